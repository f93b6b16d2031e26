"""The tracker's duties and meetings: one plain row each, streamed (see ``tracker_data``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from ..models import Duty, Meeting, MeetingAgreement, MeetingAttendee, Petition, User
from .bulk import day
from .duties import OPEN_STATUSES, age_bucket
from .tracker_stream import stream


class DutyLine(NamedTuple):
    url: str
    title: str
    kind: str                     # duty kind code
    status: str                   # open | scheduled | done | waived
    bucket: str | None            # on_time | due_soon | overdue while open; None once closed
    owner: str | None             # the owner's full name (else account name); None: unassigned
    created_on: date
    due_on: date
    closed_on: date | None
    age_days: int                 # from creation to closing, or to the day of the export
    outcome: str | None           # legal reviews: viable | needs_reformulation | not_viable
    waived_code: str | None
    note: str                     # the outcome's note or the reason for waiving it


class MeetingLine(NamedTuple):
    starts_at: datetime
    ends_at: datetime
    kind: str
    status: str
    url: str | None               # None: a meeting about no petition
    title: str | None
    place: str
    invited: int                  # attendee rows
    attended: int                 # attendees recorded as present
    agreements: int


def work_counts(session: Session, today: date) -> tuple[int, int, int, int, int]:
    """(duties, open duties, overdue duties, meetings, meetings held)."""
    is_open = Duty.status.in_(OPEN_STATUSES)
    duties, open_, overdue = session.execute(select(
        func.count(), func.count(case((is_open, 1))),
        func.count(case(((is_open) & (Duty.due_on < today), 1))))).one()
    meetings, held = session.execute(select(
        func.count(), func.count(case((Meeting.status == "held", 1))))).one()
    return duties, open_, overdue, meetings, held


def duties(session: Session, today: date, chunk: int) -> Iterator[DutyLine]:
    owner = aliased(User)
    stmt = (select(Petition.url, Petition.title, Duty.kind, Duty.status,
                   func.coalesce(func.nullif(owner.full_name, ""), owner.name), Duty.created_on,
                   Duty.due_on, Duty.closed_on, Duty.outcome, Duty.outcome_note, Duty.waived_code,
                   Duty.waived_reason)
            .join(Petition, Petition.id == Duty.petition_id)
            .outerjoin(owner, owner.id == Duty.owner_id)
            .order_by(Duty.due_on, Duty.id))

    def make(r: tuple) -> DutyLine:
        created, due, closed, status = day(r[5]), day(r[6]), day(r[7]), r[3]
        is_open = status in OPEN_STATUSES
        age = ((today if is_open or closed is None else closed) - created).days
        note = r[9] or r[11] or ""
        return DutyLine(r[0], r[1], r[2], status, age_bucket(due, today) if is_open else None, r[4],
                        created, due, closed, age, r[8], r[10], note)

    return stream(session, stmt, make, chunk)


def meetings(session: Session, chunk: int) -> Iterator[MeetingLine]:
    people = (select(MeetingAttendee.meeting_id, func.count().label("invited"),
                     func.count(case((MeetingAttendee.attended.is_(True), 1))).label("attended"))
              .group_by(MeetingAttendee.meeting_id).subquery())
    agreed = (select(MeetingAgreement.meeting_id, func.count().label("n"))
              .group_by(MeetingAgreement.meeting_id).subquery())
    stmt = (select(Meeting.starts_at, Meeting.ends_at, Meeting.kind, Meeting.status, Petition.url,
                   Petition.title, Meeting.place, func.coalesce(people.c.invited, 0),
                   func.coalesce(people.c.attended, 0), func.coalesce(agreed.c.n, 0))
            .outerjoin(Petition, Petition.id == Meeting.petition_id)
            .outerjoin(people, people.c.meeting_id == Meeting.id)
            .outerjoin(agreed, agreed.c.meeting_id == Meeting.id)
            .order_by(Meeting.starts_at, Meeting.id))

    def make(r: tuple) -> MeetingLine:
        return MeetingLine(_moment(r[0]), _moment(r[1]), *r[2:])

    return stream(session, stmt, make, chunk)


def _moment(value) -> datetime:
    """A DateTime column read through the driver: SQLite gives text, PostgreSQL a datetime."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)
