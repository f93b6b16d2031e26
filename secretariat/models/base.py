"""Declarative base with the naming convention every constraint follows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timezone

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


_SIMULATED: ContextVar[datetime | None] = ContextVar("simulated_utcnow", default=None)


def real_utcnow() -> datetime:
    """Naive UTC timestamp of the machine's clock (the audit trail always uses this one)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def utcnow() -> datetime:
    """Naive UTC timestamp (stored the same way on SQLite and PostgreSQL) for the case's own
    records (versions saved, answers recorded…): the machine's clock, unless the demo is
    replaying its invented history inside ``simulated_utcnow``."""
    simulated = _SIMULATED.get()
    return simulated if simulated is not None else real_utcnow()


@contextmanager
def simulated_utcnow(moment: datetime) -> Iterator[None]:
    """Within this block ``utcnow()`` answers ``moment`` (naive UTC). Only the demo uses it, to
    date its invented wording and answers inside the demo's 2016 calendar; the audit trail
    still records the real time of each write."""
    token = _SIMULATED.set(moment)
    try:
        yield
    finally:
        _SIMULATED.reset(token)
