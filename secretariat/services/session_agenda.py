"""A session's agenda (orden del día): add, edit, remove and move items, and propose the agenda
from what happened since the previous session (see ``session_proposal``).

Items are numbered 1..n. A new item goes just before a closing "Asuntos generales" item, so
other business stays last. Every change bumps the session's version (``expected_version`` is the
session's). MANAGE_SESSIONS (the counsel).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import AGENDA_KINDS, AgendaItem, CommitteeSession, Petition, Provision
from ..permissions import Action, Actor, require
from ..text import fold
from . import audit
from .session_proposal import item_key, proposals
from .session_rows import (
    WHAT,
    clean,
    detail,
    get_item,
    get_session,
    item_log,
    items_of,
    previous_held_on,
    renumber,
    touch,
)
from .session_types import GENERAL_BUSINESS, KEEP, SessionDetail

TITLE_LIMIT = 500


def _is_closing(item: AgendaItem) -> bool:
    return item.kind == "other" and fold(item.title.strip()) == fold(GENERAL_BUSINESS)


def _insert_index(items: list[AgendaItem], kind: str) -> int:
    """Where a new item goes: before a closing "Asuntos generales", else at the end."""
    if kind != "other" and items and _is_closing(items[-1]):
        return len(items) - 1
    return len(items)


def _check_kind(kind: str) -> None:
    if kind not in AGENDA_KINDS:
        raise InvalidInput(field="tipo de punto del orden del día", value=str(kind))


def _target_title(session: Session, petition_id: int | None, provision_id: int | None) -> str:
    """Check the item's petition and provision exist; the title they suggest."""
    suggested = ""
    if provision_id is not None:
        prov = session.get(Provision, provision_id)
        if prov is None:
            raise NotFound(what="agenda_provision", key=str(provision_id))
        suggested = f"{prov.citation} — {prov.heading}" if prov.heading else prov.citation
    if petition_id is not None:
        title = session.execute(select(Petition.title).where(Petition.id == petition_id)).scalar()
        if title is None:
            raise NotFound(what="petition", key=str(petition_id))
        suggested = suggested or title
    return suggested


def _title(text: str, suggested: str) -> str:
    title = " ".join(clean(text, TITLE_LIMIT, "asunto").split()) or suggested
    if not title:
        raise InvalidInput(field="asunto del punto", value="(vacío)")
    return title


def _agenda_log(items: list[AgendaItem]) -> list[str]:
    return [f"{i.position}. {i.title}" for i in items]


def _owner(session: Session, item: AgendaItem, expected_version: int | None) -> CommitteeSession:
    return get_session(session, item.session_id, expected_version)


def add_item(session: Session, actor: Actor, session_id: int, kind: str, *, petition_id: int | None = None,
             provision_id: int | None = None, title: str = "", note: str = "",
             expected_version: int | None = None) -> SessionDetail:
    """Add an item (title by default: the provision's citation and heading, or the petition's
    title). MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    cs = get_session(session, session_id, expected_version)
    _check_kind(kind)
    item = AgendaItem(session_id=cs.id, kind=kind, petition_id=petition_id, provision_id=provision_id,
                      title=_title(title, _target_title(session, petition_id, provision_id)), note=clean(note))
    items = items_of(session, cs.id)
    items.insert(_insert_index(items, kind), item)
    session.add(item)
    renumber(items)
    touch(session, cs)
    audit.record(session, actor, "add_agenda_item", WHAT, cs.id, None, {"item_id": item.id, **item_log(item)})
    return detail(session, cs)


def update_item(session: Session, actor: Actor, item_id: int, *, kind: str | None = None, title: str | None = None,
                note: str | None = None, petition_id=KEEP, provision_id=KEEP,
                expected_version: int | None = None) -> SessionDetail:
    """Change an item's kind, title, note or what it is about (None clears the petition or
    provision); what is not given stays. MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    item = get_item(session, item_id)
    cs = _owner(session, item, expected_version)
    before = item_log(item)
    if kind is not None:
        _check_kind(kind)
        item.kind = kind
    new_petition = item.petition_id if petition_id is KEEP else petition_id
    new_provision = item.provision_id if provision_id is KEEP else provision_id
    suggested = _target_title(session, new_petition, new_provision)
    item.petition_id, item.provision_id = new_petition, new_provision
    if title is not None:
        item.title = _title(title, suggested)
    if note is not None:
        item.note = clean(note)
    if item_log(item) == before:
        return detail(session, cs)
    touch(session, cs)
    audit.record(session, actor, "update_agenda_item", WHAT, cs.id, {"item_id": item.id, **before},
                 {"item_id": item.id, **item_log(item)})
    return detail(session, cs)


def remove_item(session: Session, actor: Actor, item_id: int, *, expected_version: int | None = None) -> SessionDetail:
    """Take an item off the agenda; the rest close up. MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    item = get_item(session, item_id)
    cs = _owner(session, item, expected_version)
    before = {"item_id": item.id, **item_log(item)}
    items = [i for i in items_of(session, cs.id) if i.id != item.id]
    session.delete(item)
    renumber(items)
    touch(session, cs)
    audit.record(session, actor, "remove_agenda_item", WHAT, cs.id, before, None)
    return detail(session, cs)


def move_item(session: Session, actor: Actor, item_id: int, new_position: int, *,
              expected_version: int | None = None) -> SessionDetail:
    """Put an item at ``new_position`` (1 = first); the others shift. MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    item = get_item(session, item_id)
    cs = _owner(session, item, expected_version)
    items = items_of(session, cs.id)
    if not isinstance(new_position, int) or isinstance(new_position, bool) or not 1 <= new_position <= len(items):
        raise InvalidInput(field="posición en el orden del día", value=str(new_position))
    old_position = items.index(item) + 1
    if old_position == new_position:
        return detail(session, cs)
    items.remove(item)
    items.insert(new_position - 1, item)
    renumber(items)
    touch(session, cs)
    audit.record(session, actor, "move_agenda_item", WHAT, cs.id, {"item_id": item.id, "position": old_position},
                 {"item_id": item.id, "position": new_position})
    return detail(session, cs)


def propose_agenda(session: Session, actor: Actor, session_id: int, *, replace: bool = False,
                   expected_version: int | None = None) -> SessionDetail:
    """Fill the agenda from what happened since the previous session (see ``session_proposal``).
    Matters already on the agenda are not repeated; ``replace`` drops the current items first.
    The counsel edits the result. MANAGE_SESSIONS."""
    require(actor, Action.MANAGE_SESSIONS)
    cs = get_session(session, session_id, expected_version)
    items = items_of(session, cs.id)
    before = _agenda_log(items)
    if replace:
        for item in items:
            session.delete(item)
        session.flush()
        items = []
    taken = {item_key(i.kind, i.petition_id, i.provision_id, i.title) for i in items}
    added = []
    for p in proposals(session, previous_held_on(session, cs.held_on), cs.held_on):
        key = item_key(p.kind, p.petition_id, p.provision_id, p.title)
        if key in taken:
            continue
        taken.add(key)
        item = AgendaItem(session_id=cs.id, kind=p.kind, petition_id=p.petition_id, provision_id=p.provision_id,
                          title=p.title, note=p.note)
        items.insert(_insert_index(items, p.kind), item)
        session.add(item)
        added.append(item)
    renumber(items)
    if not added and not replace:
        return detail(session, cs)
    touch(session, cs)
    audit.record(session, actor, "propose_agenda", WHAT, cs.id, {"agenda": before},
                 {"agenda": _agenda_log(items), "added": len(added), "replace": bool(replace)})
    return detail(session, cs)
