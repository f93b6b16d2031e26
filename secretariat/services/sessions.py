"""Weekly sessions of the drafting committee (sesiones del grupo redactor): date, time, place,
attendees and agenda.

- One session per day (``held_on``); ``starts_at`` is a naive Mexico City time on that day.
- Attendees are drafting-committee members from the roster (``rosters.committee``) and guests
  (free names, with an optional role such as "Asesora jurídica").
- The agenda (``session_agenda``) orders items 1..n: petitions to hear, wording to review,
  approvals obtained, new crossings and other business; ``propose_agenda`` fills it from what
  happened since the previous session and the counsel edits the result.
- Every change of a session or its agenda bumps its version; passing the version the user saw
  (``expected_version``) turns a concurrent edit into ``ConflictError``.

Roles: READ lists and reads; MANAGE_SESSIONS (the counsel) creates, edits and deletes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound, SecretariatError
from ..models import AgendaItem, CommitteeMember, CommitteeSession, Provision, SessionAttendee
from ..permissions import Action, Actor, require
from ..text import fold
from . import audit
from .session_agenda import add_item, move_item, propose_agenda, remove_item, update_item  # noqa: F401
from .session_rows import WHAT, detail, get_session, one_line, rows, touch
from .session_rows import clean as _clean
from .session_types import *  # noqa: F401,F403  (the plain data of this module's API)
from .session_types import KEEP, ProvisionChoice, SessionDetail, SessionRow, long_date_es

PLACE_LIMIT = 200


# ------------------------------------------------------------------------ reading

def list_sessions(session: Session, actor: Actor) -> list[SessionRow]:
    """Every session, newest first. READ."""
    require(actor, Action.READ)
    return rows(session, select(CommitteeSession).order_by(CommitteeSession.held_on.desc()))


def session_detail(session: Session, actor: Actor, session_id: int) -> SessionDetail:
    """One session with its attendees and agenda. READ."""
    require(actor, Action.READ)
    return detail(session, get_session(session, session_id))


def session_on(session: Session, actor: Actor, held_on: date) -> SessionDetail:
    """The session held on ``held_on``; ``NotFound`` names the date. READ."""
    require(actor, Action.READ)
    cs = session.execute(select(CommitteeSession).where(CommitteeSession.held_on == held_on)).scalar()
    if cs is None:
        raise NotFound("session_not_on", date=held_on.isoformat(), long_es=long_date_es(held_on))
    return detail(session, cs)


def provision_choices(session: Session, actor: Actor) -> list[ProvisionChoice]:
    """Provisions an agenda item may be about, by citation. READ."""
    require(actor, Action.READ)
    found = session.execute(select(Provision.id, Provision.citation, Provision.heading)).all()
    return sorted((ProvisionChoice(*r) for r in found), key=lambda p: (fold(p.citation), p.id))


# ------------------------------------------------------------------------ checks

def _check_day(session: Session, held_on: date, other_than: int | None = None) -> None:
    if not isinstance(held_on, date) or isinstance(held_on, datetime):
        raise InvalidInput(field="fecha de la sesión", value=str(held_on))
    taken = session.execute(select(CommitteeSession.id).where(CommitteeSession.held_on == held_on)).scalar()
    if taken is not None and taken != other_than:
        raise SecretariatError("session_exists", date=held_on.isoformat(), long_es=long_date_es(held_on))


def _check_start(held_on: date, starts_at: datetime | None) -> None:
    if starts_at is None:
        return
    if not isinstance(starts_at, datetime):
        raise InvalidInput(field="hora de la sesión", value=str(starts_at))
    if starts_at.date() != held_on:
        raise SecretariatError("session_time_day", date=held_on.isoformat(), long_es=long_date_es(held_on),
                               when=starts_at.strftime("%Y-%m-%d %H:%M"))


def _log(cs: CommitteeSession) -> dict:
    return {"held_on": cs.held_on.isoformat(), "starts_at": cs.starts_at.isoformat() if cs.starts_at else None,
            "place": cs.place, "note": cs.note}


# ------------------------------------------------------------------------ attendees

def _guest(entry) -> tuple[str, str]:
    name, role = (entry, "") if isinstance(entry, str) else tuple(entry)
    name = one_line(name, 300, "nombre del asistente")
    if not name:
        raise InvalidInput(field="nombre del asistente", value="(vacío)")
    return name, one_line(role, 120, "cargo del asistente")


def _replace_attendees(session: Session, cs: CommitteeSession, member_ids: Iterable[int],
                       guests: Iterable) -> list[dict]:
    """The attendee list becomes the members (in order, repeated ids once) then the guests."""
    old = {a.member_id: a for a in session.execute(
        select(SessionAttendee).where(SessionAttendee.session_id == cs.id)).scalars() if a.member_id}
    wanted: list[tuple[int | None, str, str]] = []
    seen: set[str] = set()
    for member_id in dict.fromkeys(member_ids):
        member = session.get(CommitteeMember, member_id)
        if member is None:
            raise NotFound(what="member", key=str(member_id))
        if not member.active and member_id not in old:  # a member listed before may stay
            raise SecretariatError("member_inactive", name=member.name)
        wanted.append((member.id, member.name, ""))
        seen.add(fold(member.name))
    for entry in guests:
        name, role = _guest(entry)
        if fold(name) in seen:
            raise SecretariatError("session_attendee_duplicate", name=name)
        seen.add(fold(name))
        wanted.append((None, name, role))
    session.execute(delete(SessionAttendee).where(SessionAttendee.session_id == cs.id))
    session.add_all(SessionAttendee(session_id=cs.id, member_id=m, name=n, role=r) for m, n, r in wanted)
    return [{"member_id": m, "name": n, "role": r} for m, n, r in wanted]


def _attendee_log(session: Session, session_id: int) -> list[dict]:
    return [{"member_id": m, "name": n, "role": r} for m, n, r in session.execute(
        select(SessionAttendee.member_id, SessionAttendee.name, SessionAttendee.role)
        .where(SessionAttendee.session_id == session_id).order_by(SessionAttendee.id))]


def set_attendees(session: Session, actor: Actor, session_id: int, member_ids: Iterable[int],
                  guests: Iterable = (), *, expected_version: int | None = None) -> SessionDetail:
    """Replace the attendee list: committee members by id, then guests (a name, or a pair
    ``(name, role)``). A member made inactive since may stay; an inactive one is not added.
    MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    cs = get_session(session, session_id, expected_version)
    before = _attendee_log(session, cs.id)
    after = _replace_attendees(session, cs, member_ids, guests)
    touch(session, cs)
    audit.record(session, actor, "set_session_attendees", WHAT, cs.id, {"attendees": before}, {"attendees": after})
    return detail(session, cs)


# ------------------------------------------------------------------------ sessions

def create_session(session: Session, actor: Actor, held_on: date, *, starts_at: datetime | None = None,
                   place: str = "", note: str = "", member_ids: Iterable[int] = ()) -> SessionDetail:
    """A new session on ``held_on`` (refused when that day already has one). MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    _check_day(session, held_on)
    _check_start(held_on, starts_at)
    cs = CommitteeSession(held_on=held_on, starts_at=starts_at, place=one_line(place, PLACE_LIMIT, "lugar"),
                          note=_clean(note), created_by_id=actor.id)
    session.add(cs)
    session.flush()  # writers are serialised (db.write), so the day checked above is still free
    people = _replace_attendees(session, cs, member_ids, ())
    session.flush()
    audit.record(session, actor, "create_session", WHAT, cs.id, None, {**_log(cs), "attendees": people})
    return detail(session, cs)


def update_session(session: Session, actor: Actor, session_id: int, *, held_on: date | None = None,
                   starts_at=KEEP, place: str | None = None, note: str | None = None,
                   expected_version: int | None = None) -> SessionDetail:
    """Change the date, the time (``starts_at=None`` clears it), the place or the note; what is
    not given stays. MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    cs = get_session(session, session_id, expected_version)
    before = _log(cs)
    new_day = cs.held_on if held_on is None else held_on
    if new_day != cs.held_on:
        _check_day(session, new_day, other_than=cs.id)
    new_start = cs.starts_at if starts_at is KEEP else starts_at
    if new_start is not None and starts_at is KEEP and new_day != cs.held_on:
        new_start = datetime.combine(new_day, new_start.time())  # the time moves with the day
    _check_start(new_day, new_start)
    cs.held_on, cs.starts_at = new_day, new_start
    if place is not None:
        cs.place = one_line(place, PLACE_LIMIT, "lugar")
    if note is not None:
        cs.note = _clean(note)
    if _log(cs) == before:
        return detail(session, cs)
    touch(session, cs)
    audit.record(session, actor, "update_session", WHAT, cs.id, before, _log(cs))
    return detail(session, cs)


def delete_session(session: Session, actor: Actor, session_id: int, *,
                   expected_version: int | None = None) -> SessionRow:
    """Delete a session with its attendees and agenda (the window asks first). Returns what was
    deleted. MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    cs = get_session(session, session_id, expected_version)
    gone = rows(session, select(CommitteeSession).where(CommitteeSession.id == cs.id))[0]
    titles = list(session.execute(select(AgendaItem.title).where(AgendaItem.session_id == cs.id)
                                  .order_by(AgendaItem.position, AgendaItem.id)).scalars())
    before = {**_log(cs), "attendees": list(gone.attendees), "agenda": titles}
    session.execute(delete(AgendaItem).where(AgendaItem.session_id == cs.id))
    session.execute(delete(SessionAttendee).where(SessionAttendee.session_id == cs.id))
    session.delete(cs)
    session.flush()
    audit.record(session, actor, "delete_session", WHAT, gone.id, before, None)
    return gone

