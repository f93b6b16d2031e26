"""Recording a meeting: attendees and attendance, minutes and agreements (RECORD_MEETINGS:
advisers, counsel and clerks). Re-exported by ``services.meetings``; attachments are in
``services.attachments``."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import Meeting, MeetingAgreement, MeetingAttendee
from ..permissions import Action, Actor, require
from . import audit
from .meeting_rows import _add, _attendee_log, _clean, _detail, _meeting, _save
from .meeting_types import AttendeeDraft, MeetingDetail

def add_attendee(session: Session, actor: Actor, meeting_id: int, attendee: AttendeeDraft, *,
                 expected_version: int | None = None) -> MeetingDetail:
    """Add one attendee; a fourth committee member in a hearing is refused. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    m = _meeting(session, meeting_id, expected_version)
    row = _add(session, m, attendee)
    _save(session, m)
    audit.record(session, actor, "add_attendee", "meeting", m.id, None, _attendee_log(row))
    return _detail(session, m)


def _attendee(session: Session, m: Meeting, attendee_id: int) -> MeetingAttendee:
    row = session.get(MeetingAttendee, attendee_id)
    if row is None or row.meeting_id != m.id:
        raise NotFound(what="attendee", key=str(attendee_id))
    return row


def remove_attendee(session: Session, actor: Actor, meeting_id: int, attendee_id: int, *,
                    expected_version: int | None = None) -> MeetingDetail:
    """Remove one attendee. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    m = _meeting(session, meeting_id, expected_version)
    row = _attendee(session, m, attendee_id)
    log = _attendee_log(row)
    session.delete(row)
    _save(session, m)
    audit.record(session, actor, "remove_attendee", "meeting", m.id, log, None)
    return _detail(session, m)


def record_attendance(session: Session, actor: Actor, meeting_id: int, attended: dict[int, bool | None], *,
                      expected_version: int | None = None) -> MeetingDetail:
    """Mark attendees present/absent (``{attendee_id: True|False|None}``). RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    m = _meeting(session, meeting_id, expected_version)
    changes = {}
    for aid, value in attended.items():
        row = _attendee(session, m, aid)
        if value is not None and not isinstance(value, bool):
            raise InvalidInput(field="asistencia", value=str(value))
        if row.attended != value:
            changes[aid] = {"before": row.attended, "after": value}
            row.attended = value
    _save(session, m)
    audit.record(session, actor, "record_attendance", "meeting", m.id, None, {"attendance": changes})
    return _detail(session, m)


def set_minutes(session: Session, actor: Actor, meeting_id: int, minutes: str, *,
                expected_version: int | None = None) -> MeetingDetail:
    """Replace the minutes text. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    m = _meeting(session, meeting_id, expected_version)
    before = m.minutes
    m.minutes = _clean(minutes, 200_000)
    _save(session, m)
    audit.record(session, actor, "set_minutes", "meeting", m.id, {"minutes": before}, {"minutes": m.minutes})
    return _detail(session, m)


def add_agreement(session: Session, actor: Actor, meeting_id: int, text: str, owner_name: str = "",
                  due_on: date | None = None, *, expected_version: int | None = None) -> MeetingDetail:
    """Add an agreement (text, who owns it, by when). RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    m = _meeting(session, meeting_id, expected_version)
    body = _clean(text, 20_000)
    if not body:
        raise InvalidInput(field="texto del acuerdo", value="(vacío)")
    if due_on is not None and not isinstance(due_on, date):
        raise InvalidInput(field="fecha del acuerdo", value=str(due_on))
    last = session.execute(select(func.max(MeetingAgreement.position))
                           .where(MeetingAgreement.meeting_id == m.id)).scalar()
    row = MeetingAgreement(meeting_id=m.id, position=(last or 0) + 1, text=body,
                           owner_name=_clean(owner_name, 300), due_on=due_on)
    session.add(row)
    _save(session, m)
    audit.record(session, actor, "add_agreement", "meeting", m.id, None,
                 {"agreement_id": row.id, "text": body, "owner": row.owner_name,
                  "due_on": due_on.isoformat() if due_on else None})
    return _detail(session, m)


def remove_agreement(session: Session, actor: Actor, meeting_id: int, agreement_id: int, *,
                     expected_version: int | None = None) -> MeetingDetail:
    """Remove an agreement. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    m = _meeting(session, meeting_id, expected_version)
    row = session.get(MeetingAgreement, agreement_id)
    if row is None or row.meeting_id != m.id:
        raise NotFound(what="agreement", key=str(agreement_id))
    log = {"agreement_id": row.id, "text": row.text, "owner": row.owner_name}
    session.delete(row)
    _save(session, m)
    audit.record(session, actor, "remove_agreement", "meeting", m.id, log, None)
    return _detail(session, m)
