"""The append-only audit trail. Each row's hash covers the previous row's hash and its own
content, so a row changed, deleted or inserted outside the app breaks the chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..errors import AuthError
from ..models import AuditEntry, ChangeCounter, User
from ..models.base import real_utcnow
from ..permissions import Action, Actor, require

GENESIS = "0" * 64


def _canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))


def _digest(prev: str, at: datetime, user_id: int | None, user_name: str, action: str, entity: str,
            entity_id: str, before: str | None, after: str | None) -> str:
    payload = "\x1f".join([prev, at.isoformat(timespec="microseconds"),
                           "" if user_id is None else str(user_id), user_name, action,
                           entity, entity_id, before or "", after or ""])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _lock_chain(session: Session) -> None:
    """Serialise appends: on PostgreSQL a transaction-scoped advisory lock; SQLite writers
    already hold the database lock (BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(0x5EC2E7)))


def bump_counter(session: Session) -> None:
    session.execute(update(ChangeCounter).where(ChangeCounter.id == 1)
                    .values(value=ChangeCounter.value + 1))


def change_counter(session: Session) -> int:
    return session.execute(select(ChangeCounter.value).where(ChangeCounter.id == 1)).scalar() or 0


def record(session: Session, actor: Actor, action: str, entity: str, entity_id: Any,
           before: Any = None, after: Any = None) -> None:
    """Append one audit row in the caller's transaction and bump the change counter.

    Every change passes through here, so this is where an account disabled while its window
    was open stops writing (its own account's rows excepted: disabling yourself must work)."""
    if actor.id is not None and not (entity == "user" and str(entity_id) == str(actor.id)):
        active = session.execute(select(User.active).where(User.id == actor.id)).scalar()
        if not active:
            raise AuthError("account_disabled", name=actor.name)
    _lock_chain(session)
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    at = real_utcnow()
    b, a = _canonical(before), _canonical(after)
    entry = AuditEntry(at=at, user_id=actor.id, user_name=actor.name, action=action, entity=entity,
                       entity_id=str(entity_id), before=b, after=a, prev_hash=prev,
                       hash=_digest(prev, at, actor.id, actor.name, action, entity, str(entity_id), b, a))
    session.add(entry)
    bump_counter(session)
    session.flush()


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_name: str
    action: str
    entity: str
    entity_id: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class AuditVerification:
    ok: bool
    rows: int
    first_bad_id: int | None = None
    problem: str | None = None  # "changed" | "broken_link" | "count_mismatch"


def verify(session: Session, actor: Actor) -> AuditVerification:
    require(actor, Action.VERIFY_AUDIT)
    prev = GENESIS
    n = 0
    last_id = 0
    # One statement sees the count, the counter and the last id together (one snapshot even under
    # READ COMMITTED): writers committing meanwhile never look like tampering.
    counter_now = select(ChangeCounter.value).where(ChangeCounter.id == 1).scalar_subquery()
    top, total, counter = session.execute(
        select(func.max(AuditEntry.id), func.count(AuditEntry.id), counter_now)).one()
    q = select(AuditEntry.id, AuditEntry.at, AuditEntry.user_id, AuditEntry.user_name, AuditEntry.action,
               AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after,
               AuditEntry.prev_hash, AuditEntry.hash).where(AuditEntry.id <= (top or 0)).order_by(AuditEntry.id)
    for row in session.execute(q):
        n += 1
        last_id = row.id
        if row.prev_hash != prev:
            return AuditVerification(False, n, row.id, "broken_link")
        expect = _digest(prev, row.at, row.user_id, row.user_name, row.action, row.entity, row.entity_id,
                         row.before, row.after)
        if expect != row.hash:
            return AuditVerification(False, n, row.id, "changed")
        prev = row.hash
    # Every append also bumps the change counter, in the same transaction: rows deleted from the
    # end of the chain (which no link can show) leave the count short of the counter.
    if n != total or total != (counter or 0):
        return AuditVerification(False, n, last_id + 1, "count_mismatch")
    return AuditVerification(True, n)


def history(session: Session, actor: Actor, entity: str, entity_id: Any) -> list[AuditRow]:
    require(actor, Action.READ)
    q = (select(AuditEntry.id, AuditEntry.at, AuditEntry.user_name, AuditEntry.action,
                AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after)
         .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
         .order_by(AuditEntry.id))
    return [AuditRow(*r) for r in session.execute(q)]


# ------------------------------------------------------------------------------ browsing

_ROW_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.user_name, AuditEntry.action,
                AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after)


def _lower_bound(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time.min)


def _upper_bound(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.combine(value + timedelta(days=1), time.min)


def browse(session: Session, actor: Actor, *, user_name: str | None = None, entity: str | None = None,
           date_from: date | datetime | None = None, date_to: date | datetime | None = None,
           limit: int = 1000) -> list[AuditRow]:
    """The audit rows matching every filter given, newest first, at most ``limit`` of them.

    Times are stored as naive UTC. A ``datetime`` bound is an instant in UTC: ``date_from`` is
    inclusive and ``date_to`` exclusive (the window passes the user's local midnights converted
    to UTC). A ``date`` bound is a whole UTC day, inclusive at both ends.
    """
    require(actor, Action.BROWSE_AUDIT)
    q = select(*_ROW_COLUMNS)
    if user_name is not None:
        q = q.where(AuditEntry.user_name == user_name)
    if entity is not None:
        q = q.where(AuditEntry.entity == entity)
    if date_from is not None:
        q = q.where(AuditEntry.at >= _lower_bound(date_from))
    if date_to is not None:
        q = q.where(AuditEntry.at < _upper_bound(date_to))
    q = q.order_by(AuditEntry.id.desc()).limit(max(0, int(limit)))
    return [AuditRow(*r) for r in session.execute(q)]


def audit_users(session: Session, actor: Actor) -> list[str]:
    """Every user name that appears in the audit trail, in alphabetical order (for a filter)."""
    require(actor, Action.BROWSE_AUDIT)
    q = select(AuditEntry.user_name).distinct().order_by(AuditEntry.user_name)
    return list(session.execute(q).scalars())


def audit_entities(session: Session, actor: Actor) -> list[str]:
    """Every record type (``petition``, ``user``, ``policy``…) in the audit trail (for a filter)."""
    require(actor, Action.BROWSE_AUDIT)
    q = select(AuditEntry.entity).distinct().order_by(AuditEntry.entity)
    return list(session.execute(q).scalars())
