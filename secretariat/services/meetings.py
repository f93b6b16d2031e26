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

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound, SecretariatError
from ..models import Duty, Meeting, MeetingAttendee, Petition, utcnow
from ..permissions import Action, Actor, require
from ..text import fold
from . import audit
from .duties import OPEN_STATUSES, _open_cycle, open_follow_up
from .meeting_records import (  # noqa: F401  (part of this module's API)
    add_agreement,
    add_attendee,
    record_attendance,
    remove_agreement,
    remove_attendee,
    set_minutes,
)
from .meeting_rows import (
    _ACTIVE,
    TRANSITIONS,
    _add,
    _attendee_log,
    _check_code,
    _check_times,
    _clean,
    _contacts,
    _detail,
    _earliest,
    _meeting,
    _open_duty,
    _petition,
    _rows,
    _save,
)
from .meeting_types import *  # noqa: F401,F403  (the plain data of this module's API)
from .meeting_types import (
    MEETING_KINDS,
    MEETING_STATUSES,
    Conflict,
    MeetingChange,
    MeetingDetail,
    MeetingDraft,
    MeetingHistory,
    MeetingRow,
    PlanDefaults,
)
from .timeline import TimelineEvent, timeline  # noqa: F401  (the petition's timeline lives there)


# ------------------------------------------------------------------------ reading

def plan_defaults(session: Session, actor: Actor, petition_id: int, kind: str = "hearing") -> PlanDefaults:
    """The petitioners' contacts, the open duty and its owner, for planning a meeting. READ."""
    require(actor, Action.READ)
    _check_code(kind, MEETING_KINDS, "tipo de reunión")
    p = _petition(session, petition_id)
    duty = _open_duty(session, p.id, kind)
    return PlanDefaults(p.id, p.title, kind, duty.id if duty else None, duty.due_on if duty else None,
                        duty.owner_id if duty else None, _contacts(session, p.id), _earliest(session, p))


def list_meetings(session: Session, actor: Actor, date_from: date | None = None, date_to: date | None = None,
                  *, petition_id: int | None = None, statuses: tuple[str, ...] = ()) -> list[MeetingRow]:
    """Meetings starting within [date_from, date_to] (whole days, both inclusive), by start. READ."""
    require(actor, Action.READ)
    for st in statuses:
        _check_code(st, MEETING_STATUSES, "estado de la reunión")
    stmt = select(Meeting)
    if date_from is not None:
        stmt = stmt.where(Meeting.starts_at >= datetime.combine(date_from, time.min))
    if date_to is not None:
        stmt = stmt.where(Meeting.starts_at < datetime.combine(date_to + timedelta(days=1), time.min))
    if petition_id is not None:
        stmt = stmt.where(Meeting.petition_id == petition_id)
    if statuses:
        stmt = stmt.where(Meeting.status.in_(statuses))
    return _rows(session, stmt.order_by(Meeting.starts_at, Meeting.id))


def meeting_detail(session: Session, actor: Actor, meeting_id: int) -> MeetingDetail:
    """One meeting with attendees, agreements and attachments. READ."""
    require(actor, Action.READ)
    return _detail(session, _meeting(session, meeting_id))


def conflicts(session: Session, actor: Actor, date_from: date, date_to: date) -> list[Conflict]:
    """Pairs of planned/held meetings in the range that overlap and share an adviser or a place
    (compared without case or accents). READ."""
    require(actor, Action.READ)
    rows = list_meetings(session, actor, date_from, date_to, statuses=_ACTIVE)
    users: dict[int, dict[int, str]] = {}
    if rows:
        for mid, uid, name in session.execute(
                select(MeetingAttendee.meeting_id, MeetingAttendee.user_id, MeetingAttendee.name)
                .where(MeetingAttendee.meeting_id.in_([r.id for r in rows]),
                       MeetingAttendee.role == "adviser")):
            users.setdefault(mid, {})[uid] = name
    out: list[Conflict] = []
    for i, a in enumerate(rows):  # sorted by start: stop at the first that starts after a ends
        for b in rows[i + 1:]:
            if b.starts_at >= a.ends_at:
                break
            shared = sorted(set(users.get(a.id, {})) & set(users.get(b.id, {})))
            for uid in shared:
                out.append(Conflict(a, b, "adviser", users[a.id][uid]))
            if a.place.strip() and fold(" ".join(a.place.split())) == fold(" ".join(b.place.split())):
                out.append(Conflict(a, b, "place", a.place))
    return out


def meeting_history(session: Session, actor: Actor, petition_id: int) -> MeetingHistory:
    """Which meetings a petition has had. READ."""
    require(actor, Action.READ)
    _petition(session, petition_id)
    rows = _rows(session, select(Meeting).where(Meeting.petition_id == petition_id)
                 .order_by(Meeting.starts_at, Meeting.id))
    held = [r for r in rows if r.status == "held"]
    hearing = next((r for r in held if r.kind == "hearing"), None)
    audience = next((r for r in held if r.kind == "mayoral_audience"), None)
    closed = session.execute(select(func.count()).select_from(Duty).where(
        Duty.petition_id == petition_id, Duty.kind == "hearing", Duty.cycle_closed_on.is_not(None))).scalar_one()
    return MeetingHistory(petition_id, hearing, sum(1 for r in held if r.kind == "follow_up"), audience,
                          bool(closed), tuple(rows))


# ------------------------------------------------------------------------ planning

def plan_meeting(session: Session, actor: Actor, draft: MeetingDraft) -> MeetingDetail:
    """Create a planned meeting (and mark its duty scheduled). PLAN_MEETINGS."""
    require(actor, Action.PLAN_MEETINGS)
    _check_code(draft.kind, MEETING_KINDS, "tipo de reunión")
    petition = None
    if draft.petition_id is not None:
        petition = _petition(session, draft.petition_id)
    elif draft.kind != "other":
        raise SecretariatError("meeting_needs_petition", kind=draft.kind)
    _check_times(session, petition, draft.starts_at, draft.ends_at)
    duty = None
    if draft.duty_id is not None:
        duty = session.get(Duty, draft.duty_id)
        if duty is None or petition is None or duty.petition_id != petition.id:
            raise NotFound(what="duty", key=str(draft.duty_id))
        if duty.status not in OPEN_STATUSES:
            raise SecretariatError("duty_closed", status=duty.status)
    elif petition is not None:
        duty = _open_duty(session, petition.id, draft.kind)
    m = Meeting(petition_id=petition.id if petition else None, duty_id=duty.id if duty else None,
                kind=draft.kind, status="planned", starts_at=draft.starts_at, ends_at=draft.ends_at,
                place=_clean(draft.place, 200), minutes="", note=_clean(draft.note), created_by_id=actor.id)
    session.add(m)
    session.flush()
    people = [_attendee_log(_add(session, m, a)) for a in draft.attendees]
    if duty is not None and duty.status == "open":
        duty.status, duty.updated_at = "scheduled", utcnow()
    session.flush()
    audit.record(session, actor, "plan_meeting", "meeting", m.id, None,
                 {"kind": m.kind, "petition_id": m.petition_id, "duty_id": m.duty_id,
                  "starts_at": m.starts_at.isoformat(), "ends_at": m.ends_at.isoformat(),
                  "place": m.place, "attendees": people})
    return _detail(session, m)


def reschedule(session: Session, actor: Actor, meeting_id: int, *, starts_at: datetime, ends_at: datetime,
               place: str, expected_version: int | None = None, note: str | None = None) -> MeetingDetail:
    """Change a planned meeting's times and place. PLAN_MEETINGS."""
    require(actor, Action.PLAN_MEETINGS)
    m = _meeting(session, meeting_id, expected_version)
    if m.status != "planned":
        raise SecretariatError("meeting_not_planned", status=m.status)
    petition = session.get(Petition, m.petition_id) if m.petition_id else None
    _check_times(session, petition, starts_at, ends_at)
    before = {"starts_at": m.starts_at.isoformat(), "ends_at": m.ends_at.isoformat(), "place": m.place}
    m.starts_at, m.ends_at, m.place = starts_at, ends_at, _clean(place, 200)
    if note is not None:
        m.note = _clean(note)
    _save(session, m)
    audit.record(session, actor, "reschedule_meeting", "meeting", m.id, before,
                 {"starts_at": m.starts_at.isoformat(), "ends_at": m.ends_at.isoformat(), "place": m.place})
    return _detail(session, m)


def _other_planned(session: Session, m: Meeting) -> bool:
    return session.execute(select(Meeting.id).where(Meeting.duty_id == m.duty_id, Meeting.id != m.id,
                                                    Meeting.status == "planned").limit(1)).scalar() is not None


def _duty_after(session: Session, actor: Actor, m: Meeting, status: str) -> tuple[Duty | None, int | None]:
    """Move the meeting's duty for its new status; returns it and any follow-up created."""
    duty = session.get(Duty, m.duty_id) if m.duty_id else None
    created = None
    if status == "held":
        held_on = m.starts_at.date()
        if duty is not None and duty.status in OPEN_STATUSES:
            duty.status, duty.closed_on, duty.closed_by_id, duty.updated_at = "done", held_on, actor.id, utcnow()
        hearing = None
        if m.kind == "hearing" and duty is not None and duty.kind == "hearing":
            hearing = duty
        elif m.kind == "follow_up" and m.petition_id is not None:
            parent = session.get(Duty, duty.parent_id) if duty is not None and duty.parent_id else None
            hearing = parent or _open_cycle(session, m.petition_id)
        session.flush()
        if hearing is not None:
            created = open_follow_up(session, actor, hearing, held_on)
    elif status in ("cancelled", "petitioner_absent"):
        if duty is not None and duty.status == "scheduled" and not _other_planned(session, m):
            duty.status, duty.updated_at = "open", utcnow()
    elif status == "planned" and duty is not None and duty.status == "open":
        duty.status, duty.updated_at = "scheduled", utcnow()
    return duty, created


def set_status(session: Session, actor: Actor, meeting_id: int, status: str, *,
               expected_version: int | None = None, note: str = "",
               now: datetime | None = None) -> MeetingChange:
    """planned → held / cancelled / petitioner_absent (and back to planned). Moves the duty
    (see the module docstring). A meeting that has not started yet (local wall-clock ``now``)
    cannot be recorded as held or as missed by the petitioner. PLAN_MEETINGS."""
    require(actor, Action.PLAN_MEETINGS)
    _check_code(status, MEETING_STATUSES, "estado de la reunión")
    m = _meeting(session, meeting_id, expected_version)
    before = m.status
    if status not in TRANSITIONS[before]:
        raise SecretariatError("meeting_status_change", before=before, after=status)
    if status in ("held", "petitioner_absent") and m.starts_at > (now or datetime.now()):
        raise SecretariatError("meeting_not_yet", status=status, starts_at=m.starts_at.strftime("%d/%m/%Y %H:%M"))
    if status == "planned":  # a re-planned meeting must still make sense
        petition = session.get(Petition, m.petition_id) if m.petition_id else None
        _check_times(session, petition, m.starts_at, m.ends_at)
    m.status = status
    if note.strip():
        m.note = _clean(note)
    _save(session, m)
    duty, created = _duty_after(session, actor, m, status)
    session.flush()
    audit.record(session, actor, "set_meeting_status", "meeting", m.id, {"status": before},
                 {"status": status, "duty_id": m.duty_id, "duty_status": duty.status if duty else None,
                  "follow_up_created": created, "note": m.note})
    return MeetingChange(m.id, before, status, m.version_id, duty.id if duty else None,
                         duty.status if duty else None, created)
