"""CLI commands for drafting: ``provisions [--json]``.

Wired in by ``secretariat/cli.py``: ``register(sub)`` adds the commands, ``COMMANDS`` maps them to
functions. No logic of its own: it calls services and prints.
"""

from __future__ import annotations

import json
import sys

EXIT_OK = 0

STATUS_ES = {"draft": "borrador", "proposed": "propuesta", "final": "final"}
STATUS_EN = {"draft": "draft", "proposed": "proposed", "final": "final"}


def _cli():
    from . import cli  # imported late: cli.py imports this module while it is being built

    return cli


def _es(es: str, en: str) -> str:
    return _cli()._es(es, en)


def register(sub) -> None:
    """Add ``provisions`` to the top-level subparsers."""
    p = sub.add_parser("provisions", help=_es(
        "lista las disposiciones del proyecto: cita, encabezado, versión vigente y peticiones que las alimentan",
        "list the draft's provisions: citation, heading, current version and the petitions that feed them"))
    p.add_argument("--json", action="store_true")


def _version(number: int | None, status: str | None) -> str:
    if number is None:
        return _es("sin redacción", "no wording")
    return f"v{number} " + _es(STATUS_ES.get(status, status), STATUS_EN.get(status, status))


def cmd_provisions(args) -> int:
    from .services import provisions

    cli = _cli()
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    with db.read() as s:
        rows = provisions.provision_tree(s, actor)
    if args.json:
        out = [{"citation": r.citation, "heading": r.heading, "kind": r.kind, "current_version": r.current_number,
                "status": r.current_status, "petitions": list(r.petition_urls), "signatures": r.signatures}
               for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rows:
        parts = ["  " * r.depth + r.citation, r.heading or "—", _version(r.current_number, r.current_status)]
        if r.petition_urls:
            parts.append(" ".join(f"<{u}>" for u in r.petition_urls))
        print("  ".join(parts))
    print(_es(f"{len(rows)} disposiciones.", f"{len(rows)} provisions."))
    return EXIT_OK


COMMANDS = {"provisions": cmd_provisions}
