"""Which petitions feed which provisions (many to many), with what each one contributed.

The provision shows "fed by 3 petitions, 85,000 signatures in all" (``provision_petitions``);
the petition shows "feeds Art. 16, A, 3 …" (``petition_provisions``).

Roles: EDIT_PROVISIONS (advisers, counsel) links, unlinks and notes; READ lists.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound, SecretariatError
from ..models import Petition, PetitionProvision, Provision
from ..permissions import Action, Actor, require
from . import audit
from .provision_rows import (
    LinkRow,
    PetitionLinkRow,
    clean_note,
    current_versions,
    get_petition,
    get_provision,
    tree_order,
)


def _link(session: Session, petition_id: int, provision_id: int) -> tuple[PetitionProvision, Petition, Provision]:
    petition = get_petition(session, petition_id)
    prov = get_provision(session, provision_id)
    link = session.get(PetitionProvision, (petition_id, provision_id))
    if link is None:
        raise NotFound(what="petition_provision", key=f"{petition.title} → {prov.citation}")
    return link, petition, prov


def _log(petition: Petition, prov: Provision, contribution: str) -> dict:
    return {"petition_id": petition.id, "url": petition.url, "provision_id": prov.id,
            "citation": prov.citation, "contribution": contribution}


def link_petition(session: Session, actor: Actor, petition_id: int, provision_id: int,
                  contribution: str = "") -> LinkRow:
    """The petition feeds the provision; ``contribution`` says what it brought. EDIT_PROVISIONS."""
    require(actor, Action.EDIT_PROVISIONS)
    petition = get_petition(session, petition_id)
    prov = get_provision(session, provision_id)
    note = clean_note(contribution)
    if session.get(PetitionProvision, (petition_id, provision_id)) is not None:
        raise SecretariatError("link_exists", title=petition.title, citation=prov.citation)
    session.add(PetitionProvision(petition_id=petition_id, provision_id=provision_id, contribution=note,
                                  created_by_id=actor.id))
    session.flush()
    audit.record(session, actor, "link_petition", "petition_provision", f"{petition_id}:{provision_id}",
                 None, _log(petition, prov, note))
    return LinkRow(petition.id, petition.url, petition.title, petition.petitioner_names, petition.signatures,
                   petition.tier, note)


def unlink_petition(session: Session, actor: Actor, petition_id: int, provision_id: int) -> None:
    """The petition no longer feeds the provision. EDIT_PROVISIONS."""
    require(actor, Action.EDIT_PROVISIONS)
    link, petition, prov = _link(session, petition_id, provision_id)
    before = _log(petition, prov, link.contribution)
    session.delete(link)
    session.flush()
    audit.record(session, actor, "unlink_petition", "petition_provision", f"{petition_id}:{provision_id}",
                 before, None)


def set_contribution(session: Session, actor: Actor, petition_id: int, provision_id: int,
                     contribution: str) -> LinkRow:
    """What the petition contributed to the provision. EDIT_PROVISIONS."""
    require(actor, Action.EDIT_PROVISIONS)
    link, petition, prov = _link(session, petition_id, provision_id)
    note = clean_note(contribution)
    if note != link.contribution:
        before = _log(petition, prov, link.contribution)
        link.contribution = note
        session.flush()
        audit.record(session, actor, "set_contribution", "petition_provision", f"{petition_id}:{provision_id}",
                     before, _log(petition, prov, note))
    return LinkRow(petition.id, petition.url, petition.title, petition.petitioner_names, petition.signatures,
                   petition.tier, note)


def provision_petitions(session: Session, actor: Actor, provision_id: int) -> list[LinkRow]:
    """The petitions that feed a provision, most signatures first. READ."""
    require(actor, Action.READ)
    get_provision(session, provision_id)
    stmt = select(Petition.id, Petition.url, Petition.title, Petition.petitioner_names, Petition.signatures,
                  Petition.tier, PetitionProvision.contribution) \
        .join(PetitionProvision, PetitionProvision.petition_id == Petition.id) \
        .where(PetitionProvision.provision_id == provision_id) \
        .order_by(Petition.signatures.desc(), Petition.id)
    return [LinkRow(*r) for r in session.execute(stmt)]


def petition_provisions(session: Session, actor: Actor, petition_id: int) -> list[PetitionLinkRow]:
    """The provisions a petition feeds, in the tree's order. READ."""
    require(actor, Action.READ)
    get_petition(session, petition_id)
    found = {pid: contribution for pid, contribution in session.execute(
        select(PetitionProvision.provision_id, PetitionProvision.contribution)
        .where(PetitionProvision.petition_id == petition_id))}
    if not found:
        return []
    current = current_versions(session, list(found))
    out = []
    for (pid, _parent, _kind, citation, heading, *_rest), _depth in tree_order(session):
        if pid in found:
            number, status, _, _ = current.get(pid, (None, None, None, None))
            out.append(PetitionLinkRow(pid, citation, heading, found[pid], number, status))
    return out
