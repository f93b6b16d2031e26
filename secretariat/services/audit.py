"""The append-only audit trail. Each row's hash covers the previous row's hash and its own
content, so a row changed, deleted or inserted outside the app breaks the chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..models import AuditEntry, ChangeCounter, utcnow
from ..permissions import Action, Actor, require

GENESIS = "0" * 64


def _canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))


def _digest(prev: str, at: datetime, user_name: str, action: str, entity: str, entity_id: str,
            before: str | None, after: str | None) -> str:
    payload = "\x1f".join([prev, at.isoformat(timespec="microseconds"), user_name, action,
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
    """Append one audit row in the caller's transaction and bump the change counter."""
    _lock_chain(session)
    prev = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    at = utcnow()
    b, a = _canonical(before), _canonical(after)
    entry = AuditEntry(at=at, user_id=actor.id, user_name=actor.name, action=action, entity=entity,
                       entity_id=str(entity_id), before=b, after=a, prev_hash=prev,
                       hash=_digest(prev, at, actor.name, action, entity, str(entity_id), b, a))
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
    problem: str | None = None  # "changed" | "broken_link"


def verify(session: Session, actor: Actor) -> AuditVerification:
    require(actor, Action.VERIFY_AUDIT)
    prev = GENESIS
    n = 0
    q = select(AuditEntry.id, AuditEntry.at, AuditEntry.user_name, AuditEntry.action,
               AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after,
               AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id)
    for row in session.execute(q):
        n += 1
        if row.prev_hash != prev:
            return AuditVerification(False, n, row.id, "broken_link")
        expect = _digest(prev, row.at, row.user_name, row.action, row.entity, row.entity_id,
                         row.before, row.after)
        if expect != row.hash:
            return AuditVerification(False, n, row.id, "changed")
        prev = row.hash
    return AuditVerification(True, n)


def history(session: Session, actor: Actor, entity: str, entity_id: Any) -> list[AuditRow]:
    require(actor, Action.READ)
    q = (select(AuditEntry.id, AuditEntry.at, AuditEntry.user_name, AuditEntry.action,
                AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after)
         .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
         .order_by(AuditEntry.id))
    return [AuditRow(*r) for r in session.execute(q)]
