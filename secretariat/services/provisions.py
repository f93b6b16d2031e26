"""The provision tree (disposiciones): título → artículo → apartado → numeral.

- A título goes at the root; an artículo at the root or inside a título; an apartado inside an
  artículo; a numeral inside an apartado. The hierarchy makes a cycle impossible, and a move
  under the provision itself or one of its descendants is refused all the same.
- ``position`` orders siblings from 0; adding or moving renumbers the siblings it displaces.
- Citations ("Art. 16, A, 3") are unique, compared without case or accents.
- A provision is deleted only while nothing refers to it: no wording, no children, no petitions,
  no assembly outcome.
- Edits of citation, heading or order take the ``version_id`` the user saw
  (``expected_version``); a concurrent edit becomes ``ConflictError``.

Which petitions feed each provision lives in ``provision_links`` (re-exported here); wording
versions live in ``wording``.

Roles: EDIT_PROVISIONS (advisers, counsel) edits; READ lists.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import ConflictError, NotFound, SecretariatError
from ..models import AssemblyOutcome, PetitionProvision, Provision, ProvisionVersion, utcnow
from ..permissions import Action, Actor, require
from . import audit
from .provision_links import (  # noqa: F401  (part of this module's API)
    link_petition,
    petition_provisions,
    provision_petitions,
    set_contribution,
    unlink_petition,
)
from .provision_rows import (  # noqa: F401  (the plain data of this module's API)
    PARENT_KINDS,
    LinkRow,
    PetitionLinkRow,
    ProvisionRow,
    build_rows,
    check_citation_free,
    check_kind,
    check_parent,
    clean_citation,
    clean_line,
    get_provision,
    one_row,
    HEADING_LIMIT,
)


# ------------------------------------------------------------------------ reading

def provision_tree(session: Session, actor: Actor) -> list[ProvisionRow]:
    """Every provision, depth-first by position, with its current wording and petitions. READ."""
    require(actor, Action.READ)
    return build_rows(session)


def provision(session: Session, actor: Actor, provision_id: int) -> ProvisionRow:
    """One provision's row. READ."""
    require(actor, Action.READ)
    return one_row(session, provision_id)


# ------------------------------------------------------------------------ helpers

def _siblings(session: Session, parent_id: int | None, exclude: int | None = None) -> list[Provision]:
    stmt = select(Provision).where(Provision.parent_id.is_(None) if parent_id is None
                                   else Provision.parent_id == parent_id)
    if exclude is not None:
        stmt = stmt.where(Provision.id != exclude)
    return list(session.scalars(stmt.order_by(Provision.position, Provision.id)))


def _renumber(ordered: list[Provision]) -> None:
    """Number siblings from 0, touching only those whose position changes."""
    for i, p in enumerate(ordered):
        if p.position != i:
            p.position = i
            p.updated_at = utcnow()


def _place(siblings: list[Provision], node: Provision, position: int | None) -> None:
    """Put ``node`` among ``siblings`` at ``position`` (None or past the end: last)."""
    at = len(siblings) if position is None else max(0, min(position, len(siblings)))
    _renumber(siblings[:at] + [node] + siblings[at:])


def _parent(session: Session, parent_id: int | None) -> Provision | None:
    if parent_id is None:
        return None
    parent = session.get(Provision, parent_id)
    if parent is None:
        raise NotFound(what="provision", key=str(parent_id))
    return parent


def _flush(session: Session, p: Provision, citation: str) -> None:
    """Flush; a concurrent edit is ``ConflictError``, a concurrent equal citation is refused
    (the caller's unit of work then rolls back whole)."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(what="provision", key=p.citation) from exc
    except IntegrityError as exc:
        raise SecretariatError("citation_exists", citation=citation) from exc


def _log(p: Provision) -> dict:
    return {"kind": p.kind, "citation": p.citation, "heading": p.heading, "parent_id": p.parent_id,
            "position": p.position}


# ------------------------------------------------------------------------ editing

def add_provision(session: Session, actor: Actor, kind: str, citation: str, heading: str = "",
                  parent_id: int | None = None, position: int | None = None) -> ProvisionRow:
    """A new provision under ``parent_id`` (None: the root) at ``position`` among its siblings
    (None: last). EDIT_PROVISIONS."""
    require(actor, Action.EDIT_PROVISIONS)
    check_kind(kind)
    citation = clean_citation(citation)
    heading = clean_line(heading, HEADING_LIMIT, "heading")
    parent = _parent(session, parent_id)
    check_parent(kind, citation, parent)
    check_citation_free(session, citation)
    siblings = _siblings(session, parent_id)
    p = Provision(parent_id=parent_id, kind=kind, citation=citation, heading=heading, position=len(siblings),
                  created_by_id=actor.id)
    session.add(p)
    _place(siblings, p, position)
    _flush(session, p, citation)
    audit.record(session, actor, "add_provision", "provision", p.id, None, _log(p))
    return one_row(session, p.id)


def update_provision(session: Session, actor: Actor, provision_id: int, *, citation: str | None = None,
                     heading: str | None = None, expected_version: int | None = None) -> ProvisionRow:
    """Change a provision's citation and/or heading (None: unchanged). EDIT_PROVISIONS."""
    require(actor, Action.EDIT_PROVISIONS)
    p = get_provision(session, provision_id, expected_version)
    new_citation = p.citation if citation is None else clean_citation(citation)
    new_heading = p.heading if heading is None else clean_line(heading, HEADING_LIMIT, "heading")
    if (new_citation, new_heading) == (p.citation, p.heading):
        return one_row(session, p.id)
    if new_citation != p.citation:
        check_citation_free(session, new_citation, own_id=p.id)
    before = _log(p)
    p.citation, p.heading, p.updated_at = new_citation, new_heading, utcnow()
    _flush(session, p, new_citation)
    audit.record(session, actor, "update_provision", "provision", p.id, before, _log(p))
    return one_row(session, p.id)


def move_provision(session: Session, actor: Actor, provision_id: int, *, parent_id: int | None,
                   position: int | None, expected_version: int | None = None) -> ProvisionRow:
    """Move a provision under ``parent_id`` (None: the root) to ``position`` among its new
    siblings (None: last), or reorder it among its siblings. EDIT_PROVISIONS."""
    require(actor, Action.EDIT_PROVISIONS)
    p = get_provision(session, provision_id, expected_version)
    parent = _parent(session, parent_id)
    ancestor = parent
    while ancestor is not None:
        if ancestor.id == p.id:
            raise SecretariatError("provision_cycle", citation=p.citation, parent=parent.citation)
        ancestor = session.get(Provision, ancestor.parent_id) if ancestor.parent_id else None
    check_parent(p.kind, p.citation, parent)
    before = _log(p)
    siblings = _siblings(session, parent_id, exclude=p.id)
    if p.parent_id != parent_id:
        _renumber(_siblings(session, p.parent_id, exclude=p.id))  # close the gap it leaves
        p.parent_id = parent_id
    _place(siblings, p, position)
    if _log(p) == before:
        return one_row(session, p.id)
    p.updated_at = utcnow()
    _flush(session, p, p.citation)
    audit.record(session, actor, "move_provision", "provision", p.id, before, _log(p))
    return one_row(session, p.id)


def delete_provision(session: Session, actor: Actor, provision_id: int) -> None:
    """Delete a provision nothing refers to yet (a mistake just made). EDIT_PROVISIONS."""
    require(actor, Action.EDIT_PROVISIONS)
    p = get_provision(session, provision_id)

    def count(model, column) -> int:
        return session.execute(select(func.count()).select_from(model).where(column == p.id)).scalar_one()

    for code, model, column in (("provision_has_versions", ProvisionVersion, ProvisionVersion.provision_id),
                                ("provision_has_children", Provision, Provision.parent_id),
                                ("provision_has_petitions", PetitionProvision, PetitionProvision.provision_id),
                                ("provision_has_assembly", AssemblyOutcome, AssemblyOutcome.provision_id)):
        n = count(model, column)
        if n:
            raise SecretariatError(code, citation=p.citation, count=n)
    before = _log(p)
    parent_id = p.parent_id
    session.delete(p)
    session.flush()
    _renumber(_siblings(session, parent_id))
    session.flush()
    audit.record(session, actor, "delete_provision", "provision", provision_id, before, None)
