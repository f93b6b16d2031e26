"""Set-based upkeep of duties after an import (``duties.sync_from_crossings`` calls ``sync``).

Three statements' worth of work, whatever the size of the import:
1. relink: a started duty flagged because its crossing was reverted is picked up again by a new
   crossing of the same tier of the same petition (no second duty appears);
2. create: one open, unassigned duty for every crossing that is not reverted and has none, in
   one ``INSERT … SELECT`` (the due date computed in SQL);
3. reverts: a duty whose crossing is now reverted is flagged if it has started (an owner, a
   meeting, or done), else waived with the code ``crossing_reverted``.
"""

from __future__ import annotations

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session
from sqlalchemy.types import Boolean, DateTime

from ..models import utcnow
from .bulk import executemany

_KIND = ("CASE c.tier WHEN 'review' THEN 'legal_review' WHEN 'hearing' THEN 'hearing' "
         "ELSE 'mayoral_audience' END")
_TIER = ("CASE d.kind WHEN 'legal_review' THEN 'review' WHEN 'hearing' THEN 'hearing' "
         "WHEN 'mayoral_audience' THEN 'audience' END")
_NO_DUTY = "NOT EXISTS (SELECT 1 FROM duties x WHERE x.crossing_id = c.id)"

_RELINK = text(
    f"SELECT d.id, min(c.id) FROM duties d JOIN tier_crossings c ON c.petition_id = d.petition_id "
    f"AND c.tier = {_TIER} WHERE d.crossing_reverted = :yes AND d.status <> 'waived' "
    f"AND c.reverted_on IS NULL AND {_NO_DUTY} GROUP BY d.id"
).bindparams(bindparam("yes", type_=Boolean))

_REVERTED = text(
    "SELECT d.id, d.status, d.owner_id, c.reverted_on, "
    "EXISTS (SELECT 1 FROM meetings m WHERE m.duty_id = d.id) "
    "FROM duties d JOIN tier_crossings c ON c.id = d.crossing_id "
    "WHERE c.reverted_on IS NOT NULL AND d.crossing_reverted = :no AND d.status <> 'waived'"
).bindparams(bindparam("no", type_=Boolean))


def _insert_sql(dialect: str, days: dict[str, int]) -> str:
    n = {t: int(days[k]) for t, k in (("review", "legal_review"), ("hearing", "hearing"),
                                      ("audience", "mayoral_audience"))}
    add = f"CASE c.tier WHEN 'review' THEN {n['review']} WHEN 'hearing' THEN {n['hearing']} ELSE {n['audience']} END"
    due = f"date(c.crossed_on, '+' || {add} || ' days')" if dialect == "sqlite" else f"c.crossed_on + {add}"
    return ("INSERT INTO duties (petition_id, crossing_id, kind, status, created_on, due_on, "
            "crossing_reverted, outcome_note, waived_reason, created_at, updated_at, version_id) "
            f"SELECT c.petition_id, c.id, {_KIND}, 'open', c.crossed_on, {due}, :no, '', '', :now, :now, 1 "
            f"FROM tier_crossings c WHERE c.reverted_on IS NULL AND {_NO_DUTY} ORDER BY c.id")


def sync(session: Session, days: dict[str, int]) -> dict[str, int]:
    session.flush()
    dialect = session.get_bind().dialect.name
    now = utcnow()
    relinks = session.execute(_RELINK, {"yes": True}).all()
    executemany(session, "duties", ("crossing_id", "crossing_reverted", "updated_at"),
                [(cid, False, now, did) for did, cid in relinks], where=("id",), bump_version=True)
    insert = text(_insert_sql(dialect, days)).bindparams(bindparam("now", type_=DateTime),
                                                          bindparam("no", type_=Boolean))
    created = session.execute(insert, {"now": now, "no": False}).rowcount or 0
    flags, waives = [], []
    for did, status, owner_id, reverted_on, has_meeting in session.execute(_REVERTED, {"no": False}):
        if status == "open" and owner_id is None and not has_meeting:
            waives.append(("waived", "crossing_reverted", True, reverted_on, now, did))
        else:
            flags.append((True, now, did))
    executemany(session, "duties", ("crossing_reverted", "updated_at"), flags, where=("id",), bump_version=True)
    executemany(session, "duties", ("status", "waived_code", "crossing_reverted", "closed_on", "updated_at"),
                waives, where=("id",), bump_version=True)
    if relinks or flags or waives:
        session.expire_all()  # ORM copies of those duties are stale now
    return {"created": created, "relinked": len(relinks), "flagged": len(flags), "waived": len(waives)}
