"""Plain data of the meetings service (re-exported by ``services.meetings``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .attachments import AttachmentRow

__all__ = ["MEETING_KINDS", "MEETING_STATUSES", "ATTENDEE_ROLES", "MAX_COMMITTEE_IN_HEARING",
           "DUTY_OF_MEETING", "AttachmentRow", "Contact", "AttendeeDraft", "MeetingDraft", "PlanDefaults",
           "AttendeeRow", "AgreementRow", "MeetingRow", "MeetingDetail", "MeetingChange", "Conflict",
           "MeetingHistory"]

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
