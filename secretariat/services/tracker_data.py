"""The plain data of the Excel tracker, streamed from the case file.

``tracker_data(session, actor)`` checks the permission, runs the cheap summary queries at once
(counts per tier and admissibility, how many rows each sheet will have) and returns generators
for the rows. The generators read straight from the driver's cursor in chunks (a server-side
cursor on PostgreSQL), so 3,000,000 daily counts never sit in memory together. They run on the
caller's session: consume them inside the same ``db.read()`` block, one after the other. All of
it comes from one snapshot of the case file (see ``_one_snapshot``).

Rows are named tuples of plain values (codes, not words: the export words them). Contact data
(e-mail, telephone) is never read here. Duties and meetings come from ``tracker_work``,
provisions and consultations (with the consultation state of each eligible petition, computed
in SQL) from ``tracker_drafting``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..models import ADMISSIBILITY, TIERS, Petition, SignatureCount, TierCrossing
from ..permissions import Action, Actor, require
from .bulk import day
from .tiers import current_policy
from .tracker_drafting import (
    ConsultationLine,
    ProvisionLine,
    consultation_counts,
    consultations,
    provision_count,
    provisions,
)
from .tracker_stream import CHUNK, stream
from .tracker_work import DutyLine, MeetingLine, duties, meetings, work_counts

__all__ = ["CHUNK", "ConsultationLine", "CountLine", "CrossingLine", "DutyLine", "MeetingLine",
           "PetitionLine", "ProvisionLine", "TrackerData", "TrackerSummary", "tracker_data"]


@dataclass(frozen=True)
class TrackerSummary:
    generated_on: date
    latest_count_on: date | None        # the newest count in the case file ("fecha del corte")
    petitions: int
    counts: int
    crossings: int
    reverted: int
    signatures: int                     # the sum of every petition's latest count
    tiers: tuple[tuple[str, int], ...]  # (tier code, petitions) for every tier, lowest first
    admissibility: tuple[tuple[str, int], ...]  # (code, petitions) for every admissibility
    thresholds: tuple[int, int, int]    # review, hearing, audience in force
    duties: int = 0
    open_duties: int = 0                # open or scheduled
    overdue_duties: int = 0             # open or scheduled, past their due date
    meetings: int = 0
    held_meetings: int = 0
    provisions: int = 0
    consultations: tuple[tuple[str, int], ...] = ()  # (state, petitions) for every state

    @property
    def consulted(self) -> int:
        """Rows of the consultations sheet: the eligible petitions."""
        return sum(n for _, n in self.consultations)

    @property
    def rows(self) -> int:
        """Data rows in all sheets: what progress counts."""
        return (self.petitions + self.counts + self.crossings + self.duties + self.meetings
                + self.provisions + self.consulted)


class PetitionLine(NamedTuple):
    url: str
    title: str
    petitioners: str              # names only, "; "-separated
    topic: str
    signatures: int
    growth_7d: int | None
    as_of: date | None
    tier: str
    admissibility: str
    reason: str | None            # inadmissibility reason code
    duplicate_of: str | None      # the URL a duplicate repeats
    note: str
    last_crossing_on: date | None


class CountLine(NamedTuple):
    url: str
    counted_on: date
    signatures: int


class CrossingLine(NamedTuple):
    url: str
    tier: str
    threshold: int
    crossed_on: date
    signatures: int
    reverted_on: date | None


@dataclass(frozen=True)
class TrackerData:
    summary: TrackerSummary
    petitions: Iterator[PetitionLine]
    counts: Iterator[CountLine]
    crossings: Iterator[CrossingLine]
    duties: Iterable[DutyLine] = ()
    meetings: Iterable[MeetingLine] = ()
    provisions: Iterable[ProvisionLine] = ()
    consultations: Iterable[ConsultationLine] = ()


def tracker_data(session: Session, actor: Actor, *, today: date | None = None,
                 chunk: int = CHUNK) -> TrackerData:
    require(actor, Action.READ)
    _one_snapshot(session)
    today = today or date.today()
    return TrackerData(summary=_summary(session, today),
                       petitions=_petitions(session, chunk), counts=_counts(session, chunk),
                       crossings=_crossings(session, chunk), duties=duties(session, today, chunk),
                       meetings=meetings(session, chunk), provisions=provisions(session),
                       consultations=consultations(session, chunk))


def _one_snapshot(session: Session) -> None:
    """Every query of the export sees the same committed state, even while someone imports.
    SQLite's read transaction already does (WAL); PostgreSQL's default (READ COMMITTED) gives
    each statement its own snapshot, so the session's transaction is made REPEATABLE READ.
    That can only be chosen before the transaction starts; a caller that already read in this
    session keeps its own isolation."""
    if session.get_bind().dialect.name == "postgresql" and not session.in_transaction():
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _summary(session: Session, today: date) -> TrackerSummary:
    tiers = dict(session.execute(select(Petition.tier, func.count()).group_by(Petition.tier)).all())
    adm = dict(session.execute(select(Petition.admissibility, func.count())
                               .group_by(Petition.admissibility)).all())
    petitions, signatures, latest = session.execute(
        select(func.count(), func.coalesce(func.sum(Petition.signatures), 0), func.max(Petition.as_of))).one()
    counts = session.execute(select(func.count()).select_from(SignatureCount)).scalar_one()
    crossings, reverted = session.execute(
        select(func.count(), func.count(TierCrossing.reverted_on))).one()
    policy = current_policy(session)
    duty_n, open_n, overdue_n, meeting_n, held_n = work_counts(session, today)
    return TrackerSummary(
        generated_on=today, latest_count_on=day(latest), petitions=petitions, counts=counts,
        crossings=crossings, reverted=reverted, signatures=int(signatures),
        tiers=tuple((t, tiers.get(t, 0)) for t in TIERS),
        admissibility=tuple((a, adm.get(a, 0)) for a in ADMISSIBILITY),
        thresholds=(policy.review, policy.hearing, policy.audience), duties=duty_n, open_duties=open_n,
        overdue_duties=overdue_n, meetings=meeting_n, held_meetings=held_n,
        provisions=provision_count(session), consultations=consultation_counts(session))


def _petitions(session: Session, chunk: int) -> Iterator[PetitionLine]:
    dup = aliased(Petition)
    stmt = (select(Petition.url, Petition.title, Petition.petitioner_names, Petition.topic,
                   Petition.signatures, Petition.growth_7d, Petition.as_of, Petition.tier,
                   Petition.admissibility, Petition.inadmissible_reason, dup.url,
                   Petition.admissibility_note, Petition.last_crossing_on)
            .outerjoin(dup, dup.id == Petition.duplicate_of_id)
            .order_by(Petition.signatures.desc(), Petition.id))

    def make(r: tuple) -> PetitionLine:
        return PetitionLine(r[0], r[1], r[2], r[3], r[4], r[5], day(r[6]), r[7], r[8], r[9], r[10],
                            r[11] or "", day(r[12]))

    return stream(session, stmt, make, chunk)


def _counts(session: Session, chunk: int) -> Iterator[CountLine]:
    # The order of the (petition_id, counted_on) unique index: no sort over millions of rows.
    stmt = (select(Petition.url, SignatureCount.counted_on, SignatureCount.signatures)
            .join(Petition, Petition.id == SignatureCount.petition_id)
            .order_by(SignatureCount.petition_id, SignatureCount.counted_on))

    def make(r: tuple) -> CountLine:
        return CountLine(r[0], day(r[1]), r[2])

    return stream(session, stmt, make, chunk)


def _crossings(session: Session, chunk: int) -> Iterator[CrossingLine]:
    stmt = (select(Petition.url, TierCrossing.tier, TierCrossing.threshold, TierCrossing.crossed_on,
                   TierCrossing.signatures, TierCrossing.reverted_on)
            .join(Petition, Petition.id == TierCrossing.petition_id)
            .order_by(TierCrossing.crossed_on, TierCrossing.id))

    def make(r: tuple) -> CrossingLine:
        return CrossingLine(r[0], r[1], r[2], day(r[3]), r[4], day(r[5]))

    return stream(session, stmt, make, chunk)
