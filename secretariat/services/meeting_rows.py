"""Internal helpers of the meetings services: loading, checking and describing meetings, and
adding attendees (callers check permissions and audit)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import ConflictError, InvalidInput, NotFound, SecretariatError
from ..models import (
    CommitteeMember,
    Duty,
    Meeting,
    MeetingAgreement,
    MeetingAttendee,
    Petition,
    Petitioner,
    SignatureCount,
    User,
    utcnow,
)
from ..text import fold, strip_control_chars
from .attachments import attachment_rows
from .duties import OPEN_STATUSES
from .meeting_types import (
    ATTENDEE_ROLES,
    DUTY_OF_MEETING,
    MAX_COMMITTEE_IN_HEARING,
    AgreementRow,
    AttendeeDraft,
    AttendeeRow,
    Contact,
    MeetingDetail,
    MeetingRow,
)


#: status → the statuses it may change to
TRANSITIONS = {"planned": ("held", "cancelled", "petitioner_absent"),
               "cancelled": ("planned",), "petitioner_absent": ("planned",), "held": ()}
_ACTIVE = ("planned", "held")


def _check_code(value: str, allowed, field_name: str) -> None:
    if value not in allowed:
        raise InvalidInput(field=field_name, value=str(value))


def _clean(text: str | None, limit: int | None = None) -> str:
    value = strip_control_chars(text or "").strip()
    if limit is not None and len(value) > limit:
        raise InvalidInput(field="texto", value=value[:40] + "…")
    return value


def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M")


def _earliest(session: Session, petition: Petition) -> date:
    """The day a petition "exists" from: its first signature count, or the day it was registered."""
    first = session.execute(select(func.min(SignatureCount.counted_on))
                            .where(SignatureCount.petition_id == petition.id)).scalar()
    registered = petition.created_at.date()
    return min(first, registered) if first else registered


def _check_times(session: Session, petition: Petition | None, starts_at: datetime, ends_at: datetime) -> None:
    if not isinstance(starts_at, datetime) or not isinstance(ends_at, datetime):
        raise InvalidInput(field="fecha y hora", value=f"{starts_at} – {ends_at}")
    if ends_at <= starts_at:
        raise SecretariatError("meeting_times", starts=_stamp(starts_at), ends=_stamp(ends_at))
    if petition is not None:
        since = _earliest(session, petition)
        if starts_at.date() < since:
            raise SecretariatError("meeting_before_petition", when=starts_at.date().isoformat(),
                                   title=petition.title, since=since.isoformat())


def _petition(session: Session, petition_id: int) -> Petition:
    p = session.get(Petition, petition_id)
    if p is None:
        raise NotFound(what="petition", key=str(petition_id))
    return p


def _meeting(session: Session, meeting_id: int, expected_version: int | None = None) -> Meeting:
    m = session.get(Meeting, meeting_id)
    if m is None:
        raise NotFound(what="meeting", key=str(meeting_id))
    if expected_version is not None and m.version_id != expected_version:
        raise ConflictError(what="meeting", key=str(meeting_id))
    return m


def _save(session: Session, m: Meeting) -> None:
    """Bump the meeting's version and flush; a concurrent save becomes ``ConflictError``."""
    m.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(what="meeting", key=str(m.id)) from exc


def _rows(session: Session, stmt) -> list[MeetingRow]:
    base = stmt.add_columns(Petition.title).outerjoin(Petition, Petition.id == Meeting.petition_id)
    found = session.execute(base).all()
    ids = [m.id for m, _ in found]
    advisers: dict[int, list[str]] = {}
    committee: dict[int, int] = {}
    if ids:
        for mid, role, name in session.execute(
                select(MeetingAttendee.meeting_id, MeetingAttendee.role, MeetingAttendee.name)
                .where(MeetingAttendee.meeting_id.in_(ids), MeetingAttendee.role.in_(("adviser", "committee")))
                .order_by(MeetingAttendee.id)):
            if role == "adviser":
                advisers.setdefault(mid, []).append(name)
            else:
                committee[mid] = committee.get(mid, 0) + 1
    return [MeetingRow(m.id, m.kind, m.status, m.starts_at, m.ends_at, m.place, m.petition_id, title,
                       m.duty_id, tuple(advisers.get(m.id, ())), committee.get(m.id, 0), m.version_id)
            for m, title in found]


def _detail(session: Session, m: Meeting) -> MeetingDetail:
    row = _rows(session, select(Meeting).where(Meeting.id == m.id))[0]
    people = session.execute(
        select(MeetingAttendee.id, MeetingAttendee.role, MeetingAttendee.name, MeetingAttendee.member_id,
               MeetingAttendee.user_id, MeetingAttendee.email, MeetingAttendee.phone, MeetingAttendee.attended)
        .where(MeetingAttendee.meeting_id == m.id).order_by(MeetingAttendee.id)).all()
    agreements = session.execute(
        select(MeetingAgreement.id, MeetingAgreement.position, MeetingAgreement.text,
               MeetingAgreement.owner_name, MeetingAgreement.due_on)
        .where(MeetingAgreement.meeting_id == m.id)
        .order_by(MeetingAgreement.position, MeetingAgreement.id)).all()
    url = session.execute(select(Petition.url).where(Petition.id == m.petition_id)).scalar() \
        if m.petition_id else None
    return MeetingDetail(row, m.minutes, m.note,
                         tuple(AttendeeRow(*r[:7], None if r[7] is None else bool(r[7])) for r in people),
                         tuple(AgreementRow(*r) for r in agreements),
                         tuple(attachment_rows(session, [m.id])), url)


def _contacts(session: Session, petition_id: int) -> tuple[Contact, ...]:
    return tuple(Contact(*r) for r in session.execute(
        select(Petitioner.name, Petitioner.email, Petitioner.phone)
        .where(Petitioner.petition_id == petition_id).order_by(Petitioner.position)))


def _open_duty(session: Session, petition_id: int, kind: str) -> Duty | None:
    """The duty a new meeting of ``kind`` would fulfil: open first, oldest due first."""
    duty_kind = DUTY_OF_MEETING.get(kind)
    if duty_kind is None:
        return None
    return session.execute(
        select(Duty).where(Duty.petition_id == petition_id, Duty.kind == duty_kind,
                           Duty.status.in_(OPEN_STATUSES))
        .order_by(Duty.status == "scheduled", Duty.due_on, Duty.id).limit(1)).scalar()


def _add(session: Session, m: Meeting, a: AttendeeDraft) -> MeetingAttendee:
    _check_code(a.role, ATTENDEE_ROLES, "tipo de asistente")
    existing = session.execute(select(MeetingAttendee).where(MeetingAttendee.meeting_id == m.id)).scalars().all()
    row = MeetingAttendee(meeting_id=m.id, role=a.role, email=_clean(a.email, 300), phone=_clean(a.phone, 80))
    if a.role == "committee":
        member = session.get(CommitteeMember, a.member_id) if a.member_id is not None else None
        if member is None:
            raise NotFound(what="member", key=str(a.member_id))
        if any(e.member_id == member.id for e in existing):
            raise SecretariatError("attendee_duplicate", name=member.name)
        if not member.active:
            raise SecretariatError("member_inactive", name=member.name)
        if m.kind == "hearing" and sum(e.role == "committee" for e in existing) >= MAX_COMMITTEE_IN_HEARING:
            raise SecretariatError("committee_limit", name=member.name)
        row.member_id, row.name = member.id, member.name
    elif a.role == "adviser":
        user = session.get(User, a.user_id) if a.user_id is not None else None
        if user is None:
            raise NotFound(what="user", key=str(a.user_id))
        label = user.full_name or user.name
        if not user.active or user.role not in ("adviser", "counsel"):
            raise SecretariatError("owner_not_adviser", name=label)
        if any(e.user_id == user.id for e in existing):
            raise SecretariatError("attendee_duplicate", name=label)
        row.user_id, row.name = user.id, label
    else:
        name = " ".join(_clean(a.name, 300).split())
        if not name:
            raise InvalidInput(field="nombre del asistente", value="(vacío)")
        if any(e.role == a.role and fold(e.name) == fold(name) for e in existing):
            raise SecretariatError("attendee_duplicate", name=name)
        row.name = name
    session.add(row)
    session.flush()
    return row


def _attendee_log(row: MeetingAttendee) -> dict:
    return {"attendee_id": row.id, "role": row.role, "name": row.name, "member_id": row.member_id,
            "user_id": row.user_id}
