"""CLI commands for the work the tiers create: ``duties [--overdue] [--owner NAME] [--json]`` and
``meetings [--from DATE] [--to DATE] [--json]``.

Wired in by ``secretariat/cli.py``: ``register(sub)`` adds the commands, ``COMMANDS`` maps them to
functions. Like the rest of the CLI it has no logic of its own; on bad input ``main`` leaves one
sentence on stderr and exit status 1.
"""

from __future__ import annotations

import json
import sys
from datetime import date

EXIT_OK = 0

KIND_ES = {"legal_review": "revisión jurídica", "hearing": "audiencia", "follow_up": "seguimiento",
           "mayoral_audience": "audiencia con el jefe de gobierno", "other": "otra"}
KIND_EN = {"legal_review": "legal review", "hearing": "hearing", "follow_up": "follow-up",
           "mayoral_audience": "mayoral audience", "other": "other"}
BUCKET_ES = {"on_time": "a tiempo", "due_soon": "vence pronto", "overdue": "vencido"}
BUCKET_EN = {"on_time": "on time", "due_soon": "due soon", "overdue": "overdue"}
STATUS_ES = {"planned": "planeada", "held": "celebrada", "cancelled": "cancelada",
             "petitioner_absent": "sin peticionario", "open": "abierto", "scheduled": "programado"}
STATUS_EN = {"planned": "planned", "held": "held", "cancelled": "cancelled",
             "petitioner_absent": "petitioner absent", "open": "open", "scheduled": "scheduled"}


def _cli():
    from . import cli  # imported late: cli.py imports this module while it is being built

    return cli


def _es(es: str, en: str) -> str:
    return _cli()._es(es, en)


def _word(es_map: dict, en_map: dict, code: str | None) -> str:
    if code is None:
        return ""
    return _es(es_map.get(code, code), en_map.get(code, code))


# ------------------------------------------------------------------------ parsers

def register(sub) -> None:
    """Add ``duties`` and ``meetings`` to the top-level subparsers."""
    iso = _cli()._iso_date
    d = sub.add_parser("duties", help=_es("lista los deberes pendientes (revisiones, audiencias, seguimientos)",
                                          "list the pending duties (reviews, hearings, follow-ups)"))
    d.add_argument("--overdue", action="store_true", help=_es("solo los vencidos", "only overdue ones"))
    d.add_argument("--owner", metavar=_es("NOMBRE", "NAME"),
                   help=_es("solo los de esta cuenta («sin-asignar»: los que no tienen responsable)",
                            "only this account's («unassigned»: those with no owner)"))
    d.add_argument("--json", action="store_true")
    m = sub.add_parser("meetings", help=_es("lista las reuniones (audiencias, seguimientos…)",
                                            "list the meetings (hearings, follow-ups…)"))
    m.add_argument("--from", dest="date_from", type=iso, metavar=_es("AAAA-MM-DD", "YYYY-MM-DD"))
    m.add_argument("--to", dest="date_to", type=iso, metavar=_es("AAAA-MM-DD", "YYYY-MM-DD"))
    m.add_argument("--json", action="store_true")


# ------------------------------------------------------------------------ commands

_UNASSIGNED = ("sin-asignar", "unassigned")


def cmd_duties(args) -> int:
    from .services import duties, users

    cli = _cli()
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    today = date.today()
    with db.read() as s:
        accounts = {u.id: u.name for u in users.list_users(s, actor)}
        query = duties.DutyQuery(buckets=("overdue",) if args.overdue else ())
        if args.owner in _UNASSIGNED:
            query = duties.DutyQuery(buckets=query.buckets, unassigned=True)
        elif args.owner:
            wanted = [uid for uid, name in accounts.items() if name == args.owner]
            if not wanted:
                raise cli._Fail(f"No existe la cuenta «{args.owner}».", f"There is no account «{args.owner}».")
            query = duties.DutyQuery(buckets=query.buckets, owner_ids=tuple(wanted))
        rows = duties.list_duties(s, actor, query, today=today)
    if args.json:
        out = [{"id": r.id, "kind": r.kind, "status": r.status, "petition_url": r.petition_url,
                "petition_title": r.petition_title, "tier": r.tier,
                "owner": accounts.get(r.owner_id) if r.owner_id else None, "owner_name": r.owner_name,
                "created_on": r.created_on.isoformat(), "due_on": r.due_on.isoformat(),
                "days_left": (r.due_on - today).days, "bucket": r.bucket,
                "crossing_reverted": r.crossing_reverted, "meeting_id": r.meeting_id}
               for r in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rows:
        owner = r.owner_name or _es("sin asignar", "unassigned")
        flag = _es(" [cruce revertido]", " [crossing reverted]") if r.crossing_reverted else ""
        print(f"{r.due_on.isoformat()}  {_word(BUCKET_ES, BUCKET_EN, r.bucket):<12}  "
              f"{_word(KIND_ES, KIND_EN, r.kind):<18}  {owner:<20}  {r.petition_title}  <{r.petition_url}>{flag}")
    print(_es(f"{len(rows)} deberes pendientes.", f"{len(rows)} pending duties."))
    return EXIT_OK


def cmd_meetings(args) -> int:
    from .services import meetings

    cli = _cli()
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise cli._Fail(f"El intervalo está al revés: --to {args.date_to.isoformat()} es anterior a "
                        f"--from {args.date_from.isoformat()}.",
                        f"The range is backwards: --to {args.date_to.isoformat()} is before "
                        f"--from {args.date_from.isoformat()}.")
    db = cli._open(args)
    actor = cli._sign_in(db, args)
    with db.read() as s:
        rows = meetings.list_meetings(s, actor, args.date_from, args.date_to)
        clashes: dict[int, set[int]] = {}
        if rows:
            first = args.date_from or min(r.starts_at.date() for r in rows)
            last = args.date_to or max(r.starts_at.date() for r in rows)
            for c in meetings.conflicts(s, actor, first, last):
                clashes.setdefault(c.first.id, set()).add(c.second.id)
                clashes.setdefault(c.second.id, set()).add(c.first.id)
        details = {r.id: meetings.meeting_detail(s, actor, r.id) for r in rows} if args.json else {}
    if args.json:
        out = []
        for r in rows:
            d = details[r.id]
            out.append({"id": r.id, "kind": r.kind, "status": r.status,
                        "starts_at": r.starts_at.isoformat(timespec="minutes"),
                        "ends_at": r.ends_at.isoformat(timespec="minutes"), "place": r.place,
                        "petition_url": d.petition_url, "petition_title": r.petition_title,
                        "attendees": [{"role": a.role, "name": a.name, "attended": a.attended}
                                      for a in d.attendees],
                        "agreements": len(d.agreements), "attachments": len(d.attachments),
                        "has_minutes": bool(d.minutes), "conflicts_with": sorted(clashes.get(r.id, ()))})
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    for r in rows:
        flag = _es("  ¡choca con otra reunión!", "  clashes with another meeting!") if r.id in clashes else ""
        print(f"{r.starts_at:%Y-%m-%d %H:%M}–{r.ends_at:%H:%M}  {_word(STATUS_ES, STATUS_EN, r.status):<16}  "
              f"{_word(KIND_ES, KIND_EN, r.kind):<18}  {r.place or '—'}  {r.petition_title or ''}{flag}")
    print(_es(f"{len(rows)} reuniones.", f"{len(rows)} meetings."))
    return EXIT_OK


COMMANDS = {"duties": cmd_duties, "meetings": cmd_meetings}
