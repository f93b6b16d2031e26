"""Internal helpers of the committee-sessions services: loading, checking, saving and describing
sessions and their agendas (callers check permissions and audit)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import ConflictError, InvalidInput, NotFound
from ..models import AgendaItem, CommitteeSession, Petition, Provision, SessionAttendee, utcnow
from ..text import strip_control_chars
from .session_types import AgendaRow, AttendeeRow, SessionDetail, SessionRow

WHAT = "committee_session"


def clean(text: str | None, limit: int | None = None, field: str = "texto") -> str:
    """Control characters removed, ends trimmed; longer than ``limit`` is refused."""
    value = strip_control_chars(text or "").strip()
    if limit is not None and len(value) > limit:
        raise InvalidInput(field=field, value=value[:40] + "…")
    return value


def one_line(text: str | None, limit: int, field: str) -> str:
    return " ".join(clean(text, limit, field).split())


def get_session(session: Session, session_id: int, expected_version: int | None = None) -> CommitteeSession:
    cs = session.get(CommitteeSession, session_id)
    if cs is None:
        raise NotFound(what=WHAT, key=str(session_id))
    if expected_version is not None and cs.version_id != expected_version:
        raise ConflictError(what=WHAT, key=cs.held_on.isoformat())
    return cs


def get_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(what="agenda_item", key=str(item_id))
    return item


def touch(session: Session, cs: CommitteeSession) -> None:
    """Bump the session's version and flush; a concurrent save becomes ``ConflictError``."""
    cs.updated_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(what=WHAT, key=cs.held_on.isoformat()) from exc


def rows(session: Session, stmt) -> list[SessionRow]:
    found = session.execute(stmt).scalars().all()
    ids = [cs.id for cs in found]
    names: dict[int, list[str]] = {}
    counts: dict[int, int] = {}
    if ids:
        for sid, name in session.execute(select(SessionAttendee.session_id, SessionAttendee.name)
                                         .where(SessionAttendee.session_id.in_(ids))
                                         .order_by(SessionAttendee.id)):
            names.setdefault(sid, []).append(name)
        counts = dict(session.execute(select(AgendaItem.session_id, func.count())
                                      .where(AgendaItem.session_id.in_(ids))
                                      .group_by(AgendaItem.session_id)).all())
    return [SessionRow(cs.id, cs.held_on, cs.starts_at, cs.place, cs.note, tuple(names.get(cs.id, ())),
                       counts.get(cs.id, 0), cs.version_id) for cs in found]


def agenda_rows(session: Session, session_id: int) -> tuple[AgendaRow, ...]:
    stmt = (select(AgendaItem.id, AgendaItem.position, AgendaItem.kind, AgendaItem.petition_id, Petition.url,
                   Petition.title, AgendaItem.provision_id, Provision.citation, AgendaItem.title, AgendaItem.note)
            .outerjoin(Petition, Petition.id == AgendaItem.petition_id)
            .outerjoin(Provision, Provision.id == AgendaItem.provision_id)
            .where(AgendaItem.session_id == session_id)
            .order_by(AgendaItem.position, AgendaItem.id))
    return tuple(AgendaRow(*r) for r in session.execute(stmt))


def previous_held_on(session: Session, held_on: date) -> date | None:
    return session.execute(select(func.max(CommitteeSession.held_on))
                           .where(CommitteeSession.held_on < held_on)).scalar()


def detail(session: Session, cs: CommitteeSession) -> SessionDetail:
    row = rows(session, select(CommitteeSession).where(CommitteeSession.id == cs.id))[0]
    people = session.execute(select(SessionAttendee.id, SessionAttendee.member_id, SessionAttendee.name,
                                    SessionAttendee.role)
                             .where(SessionAttendee.session_id == cs.id).order_by(SessionAttendee.id)).all()
    return SessionDetail(row, tuple(AttendeeRow(*p) for p in people), agenda_rows(session, cs.id),
                         previous_held_on(session, cs.held_on))


def items_of(session: Session, session_id: int) -> list[AgendaItem]:
    return list(session.execute(select(AgendaItem).where(AgendaItem.session_id == session_id)
                                .order_by(AgendaItem.position, AgendaItem.id)).scalars())


def renumber(items: list[AgendaItem]) -> None:
    """Positions 1..n in the list's order."""
    for i, item in enumerate(items, start=1):
        if item.position != i:
            item.position = i


def item_log(item: AgendaItem) -> dict:
    return {"position": item.position, "kind": item.kind, "petition_id": item.petition_id,
            "provision_id": item.provision_id, "title": item.title, "note": item.note}
