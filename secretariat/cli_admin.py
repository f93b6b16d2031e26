"""CLI commands for the case file's safekeeping: ``backup OUT``, ``restore IN``, and
``users disable|enable|reset-password NAME``.

Wired in by ``secretariat/cli.py`` (which owns the parser and ``main``): ``register(sub)`` adds
the top-level commands, ``register_users(users_sub)`` the account actions; ``COMMANDS`` and
``USERS_COMMANDS`` map them to functions. Like the rest of the CLI it has no logic of its own,
speaks Spanish by default, and on bad input leaves one sentence on stderr and exit status 1
(``main`` turns every ``SecretariatError`` into that).
"""

from __future__ import annotations

import os
import sys

EXIT_OK = 0


def _cli():
    # Imported late: cli.py imports this module while it is being built.
    from . import cli

    return cli


def _es(es: str, en: str) -> str:
    return _cli()._es(es, en)


def _size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


# ------------------------------------------------------------------------ parsers

def register(sub) -> None:
    """Add ``backup OUT`` and ``restore IN`` to the top-level subparsers."""
    b = sub.add_parser("backup", help=_es(
        "guarda una copia de seguridad del expediente en un solo archivo (.secbak)",
        "write a backup of the case file to one file (.secbak)"))
    b.add_argument("out", metavar=_es("ARCHIVO", "FILE"))
    r = sub.add_parser("restore", help=_es(
        "restaura una copia de seguridad en un expediente vacío",
        "restore a backup into an empty case file"))
    r.add_argument("file", metavar=_es("ARCHIVO", "FILE"))


def register_users(users_sub) -> None:
    """Add ``disable``, ``enable`` and ``reset-password`` to the ``users`` subparsers."""
    for name, es, en in (
            ("disable", "desactiva una cuenta", "disable an account"),
            ("enable", "reactiva una cuenta (y la desbloquea)", "re-enable (and unlock) an account"),
            ("reset-password", "asigna una contraseña nueva (SECRETARIAT_NEW_PASSWORD o se pide)",
             "set a new password (SECRETARIAT_NEW_PASSWORD or a prompt)")):
        p = users_sub.add_parser(name, help=_es(es, en))
        p.add_argument("name", metavar=_es("NOMBRE", "NAME"))


# ------------------------------------------------------------------------ commands

def cmd_backup(args) -> int:
    from .services import backup

    cli = _cli()
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    summary = backup.backup(db, actor, args.out)
    print(_es(f"Copia de seguridad guardada en «{summary.path}»: {summary.rows:,} registros de "
              f"{summary.tables} tablas, {_size(summary.bytes)}.",
              f"Backup written to «{summary.path}»: {summary.rows:,} records in {summary.tables} "
              f"tables, {_size(summary.bytes)}."))
    return EXIT_OK


def cmd_restore(args) -> int:
    """Restore needs no sign-in: the target must be empty, so it has no accounts yet."""
    from .services import backup

    cli = _cli()
    if not os.path.isfile(args.file):
        raise cli._Fail(f"No existe el archivo «{args.file}».", f"The file «{args.file}» does not exist.")
    db = cli._open(args)
    summary = backup.restore(db, None, args.file)
    made = summary.created_at.replace("T", " ").rstrip("Z")
    print(_es(f"Copia restaurada desde «{os.path.basename(summary.path)}» (hecha el {made} UTC por "
              f"{summary.created_by}): {summary.rows:,} registros de {summary.tables} tablas. "
              f"Inicie sesión con las cuentas de la copia.",
              f"Backup «{os.path.basename(summary.path)}» restored (made {made} UTC by "
              f"{summary.created_by}): {summary.rows:,} records in {summary.tables} tables. "
              f"Sign in with the accounts in the backup."))
    return EXIT_OK


def _new_password(cli) -> str:
    value = os.environ.get("SECRETARIAT_NEW_PASSWORD")
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return cli._password("SECRETARIAT_NEW_PASSWORD", _es("Contraseña nueva: ", "New password: "))
    raise cli._Fail("Falta la contraseña nueva (SECRETARIAT_NEW_PASSWORD).",
                    "The new password is missing (SECRETARIAT_NEW_PASSWORD).")


def cmd_users_admin(args) -> int:
    """``users disable|enable|reset-password NAME``."""
    from .services import accounts

    cli = _cli()
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    action = args.users_command
    if action == "reset-password":
        password = _new_password(cli)
        with db.write() as s:
            row = accounts.reset_password(s, actor, args.name, password)
        print(_es(f"Contraseña restablecida para la cuenta {row.name}.",
                  f"Password reset for the account {row.name}."))
        return EXIT_OK
    with db.write() as s:
        if action == "disable":
            row = accounts.disable_user(s, actor, args.name)
        else:
            row = accounts.enable_user(s, actor, args.name)
    if action == "disable":
        print(_es(f"Cuenta desactivada: {row.name}.", f"Account disabled: {row.name}."))
    else:
        print(_es(f"Cuenta activa: {row.name}.", f"Account enabled: {row.name}."))
    return EXIT_OK


COMMANDS = {"backup": cmd_backup, "restore": cmd_restore}
USERS_COMMANDS = {"disable": cmd_users_admin, "enable": cmd_users_admin,
                  "reset-password": cmd_users_admin}
