"""The ``secretariat`` command. No logic of its own: it parses, signs in, calls services.

With no command it opens the window. On bad input it prints one sentence on stderr and exits 1.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from typing import NoReturn

from . import __version__, cli_admin, cli_consultations, cli_drafting, cli_export, cli_work
from .errors import SecretariatError

EXIT_OK, EXIT_ERROR = 0, 1


def _lang() -> str:
    return os.environ.get("SECRETARIAT_LANG", "es")


def _es(es: str, en: str) -> str:
    return en if _lang().startswith("en") else es


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would exit 2 with usage noise
        sys.stderr.write(_es(f"Argumentos no válidos: {message}. Vea «secretariat --help».\n",
                             f"Invalid arguments: {message}. See «secretariat --help».\n"))
        raise SystemExit(EXIT_ERROR)


class _Fail(SecretariatError):
    """A CLI-level refusal with a ready sentence."""

    def __init__(self, es: str, en: str) -> None:
        super().__init__("cli")
        self._text = (es, en)

    def sentence(self, lang: str = "es") -> str:
        return self._text[1] if lang.startswith("en") else self._text[0]


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(_es(f"la fecha «{value}» no es AAAA-MM-DD",
                                             f"the date «{value}» is not YYYY-MM-DD")) from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="secretariat", description=_es(
        "Secretariat: de las peticiones ciudadanas a los artículos constitucionales.",
        "Secretariat: from citizens' petitions to constitutional articles."))
    p.add_argument("--version", action="version", version=f"secretariat {__version__}")
    p.add_argument("--db", metavar="URL", help=_es("expediente (ruta o URL); o SECRETARIAT_DB",
                                                 "case file (path or URL); or SECRETARIAT_DB"))
    p.add_argument("--user", metavar="NOMBRE", help=_es("usuario; o SECRETARIAT_USER",
                                                       "user name; or SECRETARIAT_USER"))
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMANDO")

    init = sub.add_parser("init", help=_es("crea o actualiza el expediente y la primera cuenta de consejería",
                                           "create or upgrade the case file and the first counsel account"))
    init.add_argument("--admin", required=True, metavar="NOMBRE")

    users = sub.add_parser("users", help=_es("cuentas", "accounts"))
    users_sub = users.add_subparsers(dest="users_command", metavar="ACCIÓN", required=True)
    add = users_sub.add_parser("add", help=_es("agrega una cuenta", "add an account"))
    add.add_argument("name", metavar="NOMBRE")
    add.add_argument("--role", required=True, choices=["adviser", "counsel", "clerk", "observer"])
    add.add_argument("--full-name", default="")
    users_sub.add_parser("list", help=_es("lista las cuentas", "list accounts"))
    cli_admin.register_users(users_sub)

    imp = sub.add_parser("import", help=_es("importa un archivo de monitoreo (CSV o XLSX)",
                                            "import a monitoring file (CSV or XLSX)"))
    imp.add_argument("file", metavar="ARCHIVO")
    imp.add_argument("--as-of", type=_iso_date, metavar="AAAA-MM-DD")
    imp.add_argument("--json", action="store_true")

    pet = sub.add_parser("petitions", help=_es("lista las peticiones", "list petitions"))
    pet.add_argument("--tier", choices=["watch", "review", "hearing", "audience"])
    pet.add_argument("--json", action="store_true")

    sub.add_parser("demo", help=_es("carga un caso de demostración inventado", "load an invented demo case"))

    audit = sub.add_parser("audit", help=_es("bitácora de auditoría", "audit trail"))
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACCIÓN", required=True)
    audit_sub.add_parser("verify", help=_es("verifica la cadena de la bitácora", "verify the hash chain"))
    cli_admin.register(sub)
    cli_export.register(sub)
    cli_work.register(sub)
    cli_drafting.register(sub)
    cli_consultations.register(sub)
    return p


# ------------------------------------------------------------------------ helpers

def _password(env: str = "SECRETARIAT_PASSWORD", prompt: str | None = None) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt or _es("Contraseña: ", "Password: "))
    raise SecretariatError("password_required")


def _sign_in(db, args):
    from .services import users

    name = args.user or os.environ.get("SECRETARIAT_USER")
    with db.read() as s:
        has = users.has_users(s)
    if not has:
        raise _Fail("El expediente no tiene cuentas; créelas con «secretariat init --admin NOMBRE».",
                    "The case file has no accounts; create one with «secretariat init --admin NAME».")
    if not name:
        raise _Fail("Indique el usuario con --user o SECRETARIAT_USER.",
                    "Give the user with --user or SECRETARIAT_USER.")
    return users.sign_in(db, name, _password())


def _open(args):
    from .db import open_database

    return open_database(args.db)


# ------------------------------------------------------------------------ commands

def cmd_init(args) -> int:
    from .permissions import Actor
    from .services import users

    db = _open(args)
    with db.read() as s:
        existing = [u.name for u in users.list_users(s, Actor(None, "cli", "observer"))] \
            if users.has_users(s) else []
    if args.admin in existing:
        print(_es(f"El expediente ya estaba inicializado; esquema actualizado ({db.url.split('://')[0]}).",
                  "The case file was already initialised; schema is up to date."))
        return EXIT_OK
    password = os.environ.get("SECRETARIAT_NEW_PASSWORD") or _password()
    with db.write() as s:
        row = users.init_first_counsel(s, args.admin, password)
    print(_es(f"Expediente listo. Cuenta de consejería jurídica creada: {row.name}.",
              f"Case file ready. General counsel account created: {row.name}."))
    return EXIT_OK


def cmd_users(args) -> int:
    from .services import users

    if args.users_command in cli_admin.USERS_COMMANDS:
        return cli_admin.USERS_COMMANDS[args.users_command](args)
    db = _open(args)
    actor = _sign_in(db, args)
    if args.users_command == "list":
        with db.read() as s:
            for u in users.list_users(s, actor):
                state = "" if u.active else _es(" (desactivada)", " (disabled)")
                print(f"{u.name}\t{u.role}\t{u.full_name}{state}")
        return EXIT_OK
    password = _password("SECRETARIAT_NEW_PASSWORD", _es("Contraseña de la nueva cuenta: ",
                                                          "New account's password: "))
    with db.write() as s:
        row = users.add_user(s, actor, args.name, args.role, password, args.full_name)
    print(_es(f"Cuenta creada: {row.name} ({row.role}).", f"Account created: {row.name} ({row.role})."))
    return EXIT_OK


def cmd_import(args) -> int:
    from .services import imports
    from .services.import_parse import parse_file

    if not os.path.isfile(args.file):
        raise _Fail(f"No existe el archivo «{args.file}».", f"The file «{args.file}» does not exist.")
    db = _open(args)
    actor = _sign_in(db, args)
    parsed = parse_file(args.file, as_of=args.as_of)
    with db.write() as s:
        summary = imports.apply(s, actor, parsed)
    if args.json:
        print(json.dumps({"file": summary.filename, "rows": summary.rows, "new": summary.new,
                          "updated": summary.updated, "unchanged": summary.unchanged,
                          "crossings": summary.crossings, "reverts": summary.reverts,
                          "ignored_columns": list(summary.ignored_columns)}, ensure_ascii=False))
        return EXIT_OK
    labels = (("Archivo", "File"), ("Nuevas", "New"), ("Actualizadas", "Updated"),
              ("Sin cambios", "Unchanged"), ("Cruces de nivel", "Tier crossings"),
              ("Reversiones", "Reverts"), ("Columnas ignoradas", "Ignored columns"))
    values = (f"{summary.filename} ({summary.rows})", summary.new, summary.updated, summary.unchanged,
              summary.crossings, summary.reverts, ", ".join(summary.ignored_columns) or "—")
    for (es, en), value in zip(labels, values):
        print(f"{_es(es, en)}: {value}")
    return EXIT_OK


def cmd_petitions(args) -> int:
    from .services import petitions

    db = _open(args)
    actor = _sign_in(db, args)
    query = petitions.PetitionQuery(tiers=(args.tier,) if args.tier else ())
    with db.read() as s:
        rows = petitions.list_petitions(s, actor, query)
        people = petitions.petitioners_of(s, [r.id for r in rows]) if args.json else {}
    if args.json:
        out = [{"url": r.url, "title": r.title, "petitioners": people.get(r.id, []),
                "signatures": r.signatures, "tier": r.tier,
                "as_of": r.as_of.isoformat() if r.as_of else None,
                "admissibility": r.admissibility, "growth_7d": r.growth_7d, "topic": r.topic}
               for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rows:
        print(f"{r.tier:<9} {r.signatures:>10,} {str(r.as_of or ''):<10}  {r.title}  <{r.url}>")
    print(_es(f"{len(rows)} peticiones.", f"{len(rows)} petitions."))
    return EXIT_OK


def cmd_demo(args) -> int:
    from .services import demo

    from .services import petitions

    db = _open(args)
    actor = _sign_in(db, args)
    with db.read() as s:
        if sum(petitions.tier_counts(s, actor).values()):
            raise _Fail("El expediente ya tiene peticiones; el caso de demostración solo se carga en un "
                        "expediente vacío, para no mezclar datos inventados con datos reales.",
                        "The case file already has petitions; the demo case only loads into an empty "
                        "case file, so invented data never mixes with real data.")
    with db.write() as s:
        summary = demo.load_demo(s, actor)
    print(_es(f"Caso de demostración cargado: {summary.petitions} peticiones, {summary.counts:,} cortes "
              f"de firmas en {summary.days} días, {summary.crossings} cruces de nivel.",
              f"Demo case loaded: {summary.petitions} petitions, {summary.counts:,} signature counts over "
              f"{summary.days} days, {summary.crossings} tier crossings."))
    print(_es(f"Redacción: {summary.provisions} disposiciones con {summary.versions} versiones, "
              f"{summary.consultations} respuestas de peticionarios, {summary.meetings} reuniones y "
              f"{summary.sessions} sesiones del grupo redactor.",
              f"Drafting: {summary.provisions} provisions with {summary.versions} versions, "
              f"{summary.consultations} petitioners' answers, {summary.meetings} meetings and "
              f"{summary.sessions} drafting committee sessions."))
    return EXIT_OK


def cmd_audit(args) -> int:
    from .services import audit

    db = _open(args)
    actor = _sign_in(db, args)
    with db.read() as s:
        result = audit.verify(s, actor)
    if result.ok:
        print(_es(f"Bitácora íntegra: {result.rows} registros verificados.",
                  f"Audit trail intact: {result.rows} rows verified."))
        return EXIT_OK
    what = {"changed": _es("fue modificado", "was changed"),
            "count_mismatch": _es("y los siguientes faltan (se borraron registros al final)",
                                  "and the following ones are missing (rows were deleted at the end)"),
            "broken_link": _es("no sigue al anterior (se borró o insertó un registro)",
                               "does not follow the previous one (a row was deleted or inserted)")}
    sys.stderr.write(_es(f"Bitácora alterada: el registro {result.first_bad_id} {what[result.problem]}.\n",
                         f"Audit trail tampered: row {result.first_bad_id} {what[result.problem]}.\n"))
    return EXIT_ERROR


COMMANDS = {"init": cmd_init, "users": cmd_users, "import": cmd_import, "petitions": cmd_petitions,
            "demo": cmd_demo, "audit": cmd_audit, **cli_admin.COMMANDS,
            **cli_export.COMMANDS, **cli_work.COMMANDS,
            **cli_drafting.COMMANDS, **cli_consultations.COMMANDS}


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a refusal already written to stderr
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args.db, user=args.user or os.environ.get("SECRETARIAT_USER"),
                       password=os.environ.get("SECRETARIAT_PASSWORD"), smoke_test=args.smoke_test)
    try:
        return COMMANDS[args.command](args)
    except SecretariatError as exc:
        sys.stderr.write(exc.sentence(_lang()) + "\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write(_es("Interrumpido; no se guardó nada.\n", "Interrupted; nothing was saved.\n"))
        return EXIT_ERROR
    except Exception as exc:  # one sentence, never a traceback; the detail goes to stderr's last line
        sys.stderr.write(_es(f"Error inesperado ({type(exc).__name__}: {exc}); no se guardó nada.\n",
                             f"Unexpected error ({type(exc).__name__}: {exc}); nothing was saved.\n"))
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
