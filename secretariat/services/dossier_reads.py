"""Batched reads behind the dossiers: a fixed number of queries however many petitions and
provisions a dossier covers (ids go in ``IN`` lists of ``BATCH``). Internal: the builders check
READ first.

Petitioners are read as NAMES only here; their e-mails and phones are read by the petition
dossier alone, and only when it is asked to show them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exports.dossier_types import MeetingBrief, TierStep

from ..models import (
    Meeting,
    Petition,
    Petitioner,
    PetitionProvision,
    Provision,
    ProvisionVersion,
    SignatureCount,
    TierCrossing,
)
from .dossier_frame import batches


@dataclass(frozen=True)
class PetitionCols:
    id: int
    url: str
    title: str
    summary: str
    topic: str
    signatures: int
    tier: str
    as_of: date | None
    growth_7d: int | None
    admissibility: str


@dataclass(frozen=True)
class Wording:
    """One wording version with its text."""

    version_id: int
    number: int
    status: str
    text: str


@dataclass(frozen=True)
class ProvisionCols:
    id: int
    kind: str
    citation: str
    heading: str


_PETITION = (Petition.id, Petition.url, Petition.title, Petition.summary, Petition.topic, Petition.signatures,
             Petition.tier, Petition.as_of, Petition.growth_7d, Petition.admissibility)


def _grouped(session: Session, ids: Iterable[int], stmt_for) -> dict[int, list]:
    """Run ``stmt_for(batch)`` for each batch of ids; rows grouped by their first column."""
    out: dict[int, list] = {}
    for batch in batches(ids):
        for row in session.execute(stmt_for(batch)):
            out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


# ------------------------------------------------------------------ petitions

def petitions(session: Session, ids: Iterable[int]) -> dict[int, PetitionCols]:
    out = {}
    for batch in batches(ids):
        for row in session.execute(select(*_PETITION).where(Petition.id.in_(batch))):
            out[row[0]] = PetitionCols(*row)
    return out


def petitioner_names(session: Session, ids: Iterable[int] | None) -> dict[int, tuple[str, ...]]:
    """petition id → its petitioners' names in order (``None``: every petition). Names only."""
    stmt = select(Petitioner.petition_id, Petitioner.name).order_by(Petitioner.petition_id, Petitioner.position,
                                                                    Petitioner.id)
    if ids is None:
        found: dict[int, list] = {}
        for pid, name in session.execute(stmt):
            found.setdefault(pid, []).append((name,))
    else:
        found = _grouped(session, ids, lambda b: stmt.where(Petitioner.petition_id.in_(b)))
    return {pid: tuple(n for (n,) in rows) for pid, rows in found.items()}


def counts(session: Session, ids: Iterable[int]) -> dict[int, list[tuple[date, int]]]:
    """petition id → its signature counts, oldest first."""
    stmt = select(SignatureCount.petition_id, SignatureCount.counted_on, SignatureCount.signatures) \
        .order_by(SignatureCount.petition_id, SignatureCount.counted_on)
    return _grouped(session, ids, lambda b: stmt.where(SignatureCount.petition_id.in_(b)))


def crossings(session: Session, ids: Iterable[int]) -> dict[int, tuple[TierStep, ...]]:
    stmt = select(TierCrossing.petition_id, TierCrossing.tier, TierCrossing.threshold, TierCrossing.crossed_on,
                  TierCrossing.signatures, TierCrossing.reverted_on) \
        .order_by(TierCrossing.petition_id, TierCrossing.crossed_on, TierCrossing.id)
    found = _grouped(session, ids, lambda b: stmt.where(TierCrossing.petition_id.in_(b)))
    return {pid: tuple(TierStep(*r) for r in rows) for pid, rows in found.items()}


def meetings(session: Session, ids: Iterable[int]) -> dict[int, tuple[MeetingBrief, ...]]:
    """petition id → its meetings by start time (kind, status, start, place: no attendees)."""
    stmt = select(Meeting.petition_id, Meeting.kind, Meeting.status, Meeting.starts_at, Meeting.place) \
        .order_by(Meeting.petition_id, Meeting.starts_at, Meeting.id)
    found = _grouped(session, ids, lambda b: stmt.where(Meeting.petition_id.in_(b)))
    return {pid: tuple(MeetingBrief(*r) for r in rows) for pid, rows in found.items()}


def feeds(session: Session, ids: Iterable[int] | None) -> dict[int, list[tuple[int, str]]]:
    """petition id → [(provision id, contribution)] (``None``: every petition); unordered."""
    stmt = select(PetitionProvision.petition_id, PetitionProvision.provision_id, PetitionProvision.contribution)
    if ids is None:
        found: dict[int, list] = {}
        for pid, prov, note in session.execute(stmt):
            found.setdefault(pid, []).append((prov, note))
        return found
    return _grouped(session, ids, lambda b: stmt.where(PetitionProvision.petition_id.in_(b)))


# ------------------------------------------------------------------ provisions and wording

def provisions(session: Session, ids: Iterable[int]) -> dict[int, ProvisionCols]:
    out = {}
    for batch in batches(ids):
        for row in session.execute(select(Provision.id, Provision.kind, Provision.citation, Provision.heading)
                                   .where(Provision.id.in_(batch))):
            out[row[0]] = ProvisionCols(*row)
    return out


def _wordings(session: Session, ids: Iterable[int] | None, *conditions) -> dict[int, Wording]:
    """provision id → its highest-numbered version among those meeting ``conditions``."""
    def stmt_for(batch):
        top = select(ProvisionVersion.provision_id, func.max(ProvisionVersion.number).label("n")) \
            .where(*conditions).group_by(ProvisionVersion.provision_id)
        if batch is not None:
            top = top.where(ProvisionVersion.provision_id.in_(batch))
        top = top.subquery()
        return select(ProvisionVersion.provision_id, ProvisionVersion.id, ProvisionVersion.number,
                      ProvisionVersion.status, ProvisionVersion.text) \
            .join(top, (top.c.provision_id == ProvisionVersion.provision_id) & (top.c.n == ProvisionVersion.number))

    out = {}
    for batch in ([None] if ids is None else batches(ids)):
        for pid, vid, number, status, text in session.execute(stmt_for(batch)):
            out[pid] = Wording(vid, number, status, text)
    return out


def current_wordings(session: Session, ids: Iterable[int] | None) -> dict[int, Wording]:
    """provision id → today's wording (its highest version number); ``None``: every provision."""
    return _wordings(session, ids)


def wordings_before(session: Session, ids: Iterable[int], moment: datetime) -> dict[int, Wording]:
    """provision id → the wording current just before ``moment`` (naive UTC, as stored): the
    highest version saved before it. Provisions with no wording then are absent."""
    return _wordings(session, ids, ProvisionVersion.created_at < moment)


def version_texts(session: Session, version_ids: Iterable[int]) -> dict[int, str]:
    out = {}
    for batch in batches(version_ids):
        out.update(session.execute(select(ProvisionVersion.id, ProvisionVersion.text)
                                   .where(ProvisionVersion.id.in_(batch))).all())
    return out
