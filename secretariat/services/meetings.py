"""Meetings (reuniones): hearings, follow-ups, mayoral audiences and other meetings.

- Times (``starts_at``/``ends_at``) are naive wall-clock times in Mexico City, as the users read
  them; ``exports.ics`` converts them for invitations.
- A meeting of kind hearing / follow_up / mayoral_audience belongs to a petition and fulfils that
  petition's open duty of the same kind: planning it makes the duty ``scheduled``; holding it makes
  the duty ``done`` (a held hearing or follow-up then opens the next follow-up duty, until the
  cycle is closed, see ``duties.close_cycle``); cancelling it or the petitioner's absence puts the
  duty back to ``open``. Kind ``other`` may have no petition.
- A meeting may not start before its petition existed (its first signature count, or the day it
  was registered), nor end before it starts.
- A hearing has at most three drafting-committee members (``MAX_COMMITTEE_IN_HEARING``).
- Every change of a meeting (times, status, attendees, minutes, agreements, attachments) bumps its
  version; passing the version the user saw (``expected_version``) turns a concurrent edit into
  ``ConflictError`` instead of overwriting it.

Roles: PLAN_MEETINGS (advisers, counsel) plans, reschedules and sets the status;
RECORD_MEETINGS (also clerks) records attendees and attendance, minutes, agreements and
attachments; READ lists and reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from ..permissions import Action, Actor, require
from .attachments import AttachmentRow

MEETING_KINDS = ("hearing", "follow_up", "mayoral_audience", "other")
MEETING_STATUSES = ("planned", "held", "cancelled", "petitioner_absent")
ATTENDEE_ROLES = ("committee", "adviser", "petitioner", "guest")
MAX_COMMITTEE_IN_HEARING = 3
#: meeting kind → the duty kind it fulfils
DUTY_OF_MEETING = {"hearing": "hearing", "follow_up": "follow_up", "mayoral_audience": "mayoral_audience"}


# ------------------------------------------------------------------------ data

@dataclass(frozen=True)
class Contact:
    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AttendeeDraft:
    """One attendee to add: a committee member (``member_id``), an adviser (``user_id``), a
    petitioner or a guest (``name`` and optional contact)."""

    role: str                    # ATTENDEE_ROLES
    member_id: int | None = None
    user_id: int | None = None
    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class MeetingDraft:
    kind: str                    # MEETING_KINDS
    starts_at: datetime
    ends_at: datetime
    place: str
    petition_id: int | None = None
    attendees: tuple[AttendeeDraft, ...] = ()
    duty_id: int | None = None   # default: the petition's open duty of the matching kind
    note: str = ""


@dataclass(frozen=True)
class PlanDefaults:
    """What the plan dialog starts from for a petition."""

    petition_id: int
    petition_title: str
    kind: str
    duty_id: int | None          # the open duty this meeting would fulfil
    duty_due_on: date | None
    owner_id: int | None         # that duty's owner: proposed as adviser attendee
    petitioners: tuple[Contact, ...]
    earliest: date               # the petition "exists" from this day: earlier starts are refused
    duration_minutes: int = 60


@dataclass(frozen=True)
class AttendeeRow:
    id: int
    role: str
    name: str
    member_id: int | None
    user_id: int | None
    email: str
    phone: str
    attended: bool | None        # None: not recorded yet


@dataclass(frozen=True)
class AgreementRow:
    id: int
    position: int
    text: str
    owner_name: str
    due_on: date | None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    kind: str
    status: str
    starts_at: datetime
    ends_at: datetime
    place: str
    petition_id: int | None
    petition_title: str | None
    duty_id: int | None
    advisers: tuple[str, ...]    # names of the adviser attendees (for the calendar)
    committee: int               # number of committee members attending
    version: int


@dataclass(frozen=True)
class MeetingDetail:
    row: MeetingRow
    minutes: str
    note: str
    attendees: tuple[AttendeeRow, ...] = ()
    agreements: tuple[AgreementRow, ...] = ()
    attachments: tuple[AttachmentRow, ...] = ()
    petition_url: str | None = None


@dataclass(frozen=True)
class MeetingChange:
    """What a status change did to duties."""

    meeting_id: int
    status_before: str
    status_after: str
    version: int
    duty_id: int | None = None
    duty_status: str | None = None
    follow_up_created: int | None = None  # id of the follow-up duty that appeared


@dataclass(frozen=True)
class Conflict:
    """Two meetings overlapping in time that share an adviser or a place."""

    first: MeetingRow
    second: MeetingRow
    reason: str                  # "adviser" | "place"
    detail: str                  # the adviser's name, or the place


@dataclass(frozen=True)
class MeetingHistory:
    """For the session packet: "initial hearing plus N follow-ups"."""

    petition_id: int
    hearing: MeetingRow | None   # the first hearing held
    follow_ups_held: int
    mayoral_audience: MeetingRow | None
    cycle_closed: bool
    meetings: tuple[MeetingRow, ...] = field(default=())  # every meeting, by start time


# ------------------------------------------------------------------------ reading

def plan_defaults(session: Session, actor: Actor, petition_id: int, kind: str = "hearing") -> PlanDefaults:
    """The petitioners' contacts, the open duty and its owner, for planning a meeting. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def list_meetings(session: Session, actor: Actor, date_from: date | None = None, date_to: date | None = None,
                  *, petition_id: int | None = None, statuses: tuple[str, ...] = ()) -> list[MeetingRow]:
    """Meetings starting within [date_from, date_to] (whole days, both inclusive), by start. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def meeting_detail(session: Session, actor: Actor, meeting_id: int) -> MeetingDetail:
    """One meeting with attendees, agreements and attachments. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def conflicts(session: Session, actor: Actor, date_from: date, date_to: date) -> list[Conflict]:
    """Pairs of planned/held meetings in the range that overlap and share an adviser or a place
    (compared without case or accents). READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def meeting_history(session: Session, actor: Actor, petition_id: int) -> MeetingHistory:
    """Which meetings a petition has had. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


# ------------------------------------------------------------------------ planning

def plan_meeting(session: Session, actor: Actor, draft: MeetingDraft) -> MeetingDetail:
    """Create a planned meeting (and mark its duty scheduled). PLAN_MEETINGS."""
    require(actor, Action.PLAN_MEETINGS)
    raise NotImplementedError


def reschedule(session: Session, actor: Actor, meeting_id: int, *, starts_at: datetime, ends_at: datetime,
               place: str, expected_version: int | None = None, note: str | None = None) -> MeetingDetail:
    """Change a planned meeting's times and place. PLAN_MEETINGS."""
    require(actor, Action.PLAN_MEETINGS)
    raise NotImplementedError


def set_status(session: Session, actor: Actor, meeting_id: int, status: str, *,
               expected_version: int | None = None, note: str = "") -> MeetingChange:
    """planned → held / cancelled / petitioner_absent (and back to planned). Moves the duty
    (see the module docstring). PLAN_MEETINGS."""
    require(actor, Action.PLAN_MEETINGS)
    raise NotImplementedError


# ------------------------------------------------------------------------ recording

def add_attendee(session: Session, actor: Actor, meeting_id: int, attendee: AttendeeDraft, *,
                 expected_version: int | None = None) -> MeetingDetail:
    """Add one attendee; a fourth committee member in a hearing is refused. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    raise NotImplementedError


def remove_attendee(session: Session, actor: Actor, meeting_id: int, attendee_id: int, *,
                    expected_version: int | None = None) -> MeetingDetail:
    """Remove one attendee. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    raise NotImplementedError


def record_attendance(session: Session, actor: Actor, meeting_id: int, attended: dict[int, bool | None], *,
                      expected_version: int | None = None) -> MeetingDetail:
    """Mark attendees present/absent (``{attendee_id: True|False|None}``). RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    raise NotImplementedError


def set_minutes(session: Session, actor: Actor, meeting_id: int, minutes: str, *,
                expected_version: int | None = None) -> MeetingDetail:
    """Replace the minutes text. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    raise NotImplementedError


def add_agreement(session: Session, actor: Actor, meeting_id: int, text: str, owner_name: str = "",
                  due_on: date | None = None, *, expected_version: int | None = None) -> MeetingDetail:
    """Add an agreement (text, who owns it, by when). RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    raise NotImplementedError


def remove_agreement(session: Session, actor: Actor, meeting_id: int, agreement_id: int, *,
                     expected_version: int | None = None) -> MeetingDetail:
    """Remove an agreement. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    raise NotImplementedError
