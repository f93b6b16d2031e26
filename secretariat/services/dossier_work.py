"""A petition's duties and meetings as the petition dossier records them (internal: the builder
checks READ). Meeting attendees are names, roles and attendance: never their contact data."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exports.dossier_types import AgreementEntry, DutyEntry, MeetingAttendeeEntry, MeetingRecord

from ..models import Duty, Meeting, MeetingAgreement, MeetingAttachment, MeetingAttendee, User

_OWNER = func.coalesce(func.nullif(User.full_name, ""), User.name, "")


def duties(s: Session, petition_id: int) -> tuple[DutyEntry, ...]:
    """The petition's duties in the order they arose; the note is the outcome's or the waiver's."""
    rows = s.execute(select(Duty.kind, Duty.status, Duty.created_on, Duty.due_on, _OWNER, Duty.closed_on,
                            Duty.outcome, Duty.outcome_note, Duty.waived_reason)
                     .outerjoin(User, User.id == Duty.owner_id)
                     .where(Duty.petition_id == petition_id).order_by(Duty.created_on, Duty.id))
    return tuple(DutyEntry(kind, status, created, due, owner or "", closed, outcome,
                           (outcome_note or "").strip() or (waived or "").strip())
                 for kind, status, created, due, owner, closed, outcome, outcome_note, waived in rows)


def meetings(s: Session, petition_id: int) -> tuple[MeetingRecord, ...]:
    """The petition's meetings by start time, with attendees, minutes, agreements and the names
    of their attached files."""
    found = s.execute(select(Meeting.id, Meeting.kind, Meeting.status, Meeting.starts_at, Meeting.ends_at,
                             Meeting.place, Meeting.minutes)
                      .where(Meeting.petition_id == petition_id).order_by(Meeting.starts_at, Meeting.id)).all()
    ids = [m[0] for m in found]
    if not ids:
        return ()
    people: dict[int, list[MeetingAttendeeEntry]] = {}
    for mid, name, role, attended in s.execute(
            select(MeetingAttendee.meeting_id, MeetingAttendee.name, MeetingAttendee.role, MeetingAttendee.attended)
            .where(MeetingAttendee.meeting_id.in_(ids)).order_by(MeetingAttendee.meeting_id, MeetingAttendee.id)):
        people.setdefault(mid, []).append(MeetingAttendeeEntry(name, role, attended))
    agreed: dict[int, list[AgreementEntry]] = {}
    for mid, text, owner, due in s.execute(
            select(MeetingAgreement.meeting_id, MeetingAgreement.text, MeetingAgreement.owner_name,
                   MeetingAgreement.due_on)
            .where(MeetingAgreement.meeting_id.in_(ids))
            .order_by(MeetingAgreement.meeting_id, MeetingAgreement.position, MeetingAgreement.id)):
        agreed.setdefault(mid, []).append(AgreementEntry(text, owner or "", due))
    files: dict[int, list[str]] = {}
    for mid, name in s.execute(select(MeetingAttachment.meeting_id, MeetingAttachment.filename)
                               .where(MeetingAttachment.meeting_id.in_(ids))
                               .order_by(MeetingAttachment.meeting_id, MeetingAttachment.id)):
        files.setdefault(mid, []).append(name)
    return tuple(MeetingRecord(kind, status, starts, ends, place or "", tuple(people.get(mid, ())), minutes or "",
                               tuple(agreed.get(mid, ())), tuple(files.get(mid, ())))
                 for mid, kind, status, starts, ends, place, minutes in found)
