"""The counsel's work settings (``work_settings``): integers by key, defaults in code.

Internal helpers for ``duties`` and ``attachments``, which check permissions and audit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import WorkSetting, utcnow
from ..permissions import Actor


def values(session: Session, prefix: str = "") -> dict[str, int]:
    rows = session.execute(select(WorkSetting.key, WorkSetting.value)
                           .where(WorkSetting.key.startswith(prefix))).all()
    return {k: int(v) for k, v in rows}


def value(session: Session, key: str, default: int) -> int:
    found = session.execute(select(WorkSetting.value).where(WorkSetting.key == key)).scalar()
    return default if found is None else int(found)


def store(session: Session, actor: Actor, key: str, new: int) -> int | None:
    """Set ``key`` to ``new``; returns the stored value before (None: it was the default)."""
    row = session.get(WorkSetting, key)
    before = None if row is None else int(row.value)
    if row is None:
        session.add(WorkSetting(key=key, value=new, set_by_id=actor.id, updated_at=utcnow()))
    else:
        row.value, row.set_by_id, row.updated_at = new, actor.id, utcnow()
    session.flush()
    return before
