"""CLI commands for consultations: ``consultations [--pending|--stale] [--json]`` lists each
consulted petition's URL, consultation state, the hash of the wording its latest answer approved
(or rejected), that answer's date and method.

Wired in by ``secretariat/cli.py``: ``register(sub)`` adds the command, ``COMMANDS`` maps it to
its function. No logic of its own: it calls services and prints.
"""

from __future__ import annotations

import json
import sys

EXIT_OK = 0

STATE_ES = {"pending": "pendiente", "approved": "aprobada", "rejected": "rechazada", "stale": "desactualizada"}
STATE_EN = {"pending": "pending", "approved": "approved", "rejected": "rejected", "stale": "stale"}
METHOD_ES = {"in_person": "en persona", "signed_letter": "carta firmada", "email": "correo electrónico"}
METHOD_EN = {"in_person": "in person", "signed_letter": "signed letter", "email": "email"}


def _cli():
    from . import cli  # imported late: cli.py imports this module while it is being built

    return cli


def _es(es: str, en: str) -> str:
    return _cli()._es(es, en)


def register(sub) -> None:
    """Add ``consultations`` to the top-level subparsers."""
    p = sub.add_parser("consultations", help=_es(
        "lista las consultas a los peticionarios: estado, huella de la redacción aprobada, fecha y medio",
        "list the petitioners' consultations: state, hash of the approved wording, date and method"))
    only = p.add_mutually_exclusive_group()
    only.add_argument("--pending", action="store_true",
                      help=_es("solo las que necesitan consulta (pendientes y desactualizadas)",
                               "only those that need consulting (pending and stale)"))
    only.add_argument("--stale", action="store_true",
                      help=_es("solo las desactualizadas (la redacción cambió desde la respuesta)",
                               "only stale ones (the wording changed since the answer)"))
    p.add_argument("--json", action="store_true")


def cmd_consultations(args) -> int:
    from .services import consultations

    cli = _cli()
    states = ("pending", "stale") if args.pending else ("stale",) if args.stale else None
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    with db.read() as s:
        rows = consultations.list_consultations(s, actor, states)
    if args.json:
        out = [{"url": r.url, "title": r.title, "state": r.state, "wording_sha256": r.wording_sha256,
                "decided_on": r.decided_on.isoformat() if r.decided_on else None, "method": r.method,
                "provisions": list(r.provisions), "victory": r.victory} for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rows:
        state = _es(STATE_ES.get(r.state, r.state), STATE_EN.get(r.state, r.state))
        method = _es(METHOD_ES.get(r.method, r.method), METHOD_EN.get(r.method, r.method)) if r.method else "—"
        flag = _es("  [victoria]", "  [victory]") if r.victory else ""
        print(f"{r.url}  {state:<14}  {r.wording_sha256 or '—':<64}  "
              f"{r.decided_on.isoformat() if r.decided_on else '—':<10}  {method}{flag}")
    print(_es(f"{len(rows)} consultas.", f"{len(rows)} consultations."))
    return EXIT_OK


COMMANDS = {"consultations": cmd_consultations}
