"""The tracker's provisions and consultations, in bulk (a few queries, never one per row).

Consultation state of a petition (the brief's shared contract, computed here in SQL):

- eligible: tier ``hearing``/``audience`` or a ``ConsultationRequest``, and it feeds at least one
  provision; other petitions have no consultation row;
- the latest outcome is the one recorded last (the highest id);
- ``pending``: no outcome yet;
- ``stale``: one of the latest outcome's items has a ``text_sha256`` other than the current
  version's (the highest ``number``) of its provision;
- ``pending`` again: the latest outcome does not cover every provision the petition feeds now;
- otherwise ``approved`` (approved / approved with remarks) or ``rejected``.

The precedence (stale before not-covering) is the consultation services' own
(``consultation_state.state_of``); a test checks that both give every petition the same state.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from ..models import (
    AssemblyOutcome,
    ConsultationItem,
    ConsultationOutcome,
    ConsultationRequest,
    Petition,
    PetitionProvision,
    Provision,
    ProvisionVersion,
)
from .bulk import day
from .consultation_types import CONSULTED_TIERS, STATES
from .tracker_stream import stream


class ProvisionLine(NamedTuple):
    citation: str
    heading: str
    kind: str                     # titulo | articulo | apartado | numeral
    version: int | None           # the current version's number; None: no wording yet
    status: str | None            # its status: draft | proposed | final
    saved_on: date | None         # the day it was saved
    chars: int | None             # the length of its text
    petitions: int                # petitions that feed it
    signatures: int               # their signatures, in all
    fate: str | None              # the assembly's: kept | amended | removed
    fate_on: date | None


class ConsultationLine(NamedTuple):
    url: str
    title: str
    tier: str
    provisions: str               # the citations it feeds, "; "-separated, in tree order
    state: str                    # STATES
    outcome: str | None           # the latest outcome: approved | approved_with_remarks | rejected
    decided_on: date | None
    method: str | None            # in_person | signed_letter | email
    remarks: str
    wording_sha256: str | None


def _current_versions(*extra):
    """(provision_id, text_sha256, *extra) of each provision's current version (highest number)."""
    top = (select(ProvisionVersion.provision_id, func.max(ProvisionVersion.number).label("number"))
           .group_by(ProvisionVersion.provision_id).subquery())
    return (select(ProvisionVersion.provision_id, ProvisionVersion.text_sha256, *extra)
            .join(top, and_(top.c.provision_id == ProvisionVersion.provision_id,
                            top.c.number == ProvisionVersion.number))
            .subquery("current_version"))


def _state_select(*columns):
    """``columns`` + the state, the latest outcome's columns, for every eligible petition."""
    current = _current_versions()
    latest = (select(func.max(ConsultationOutcome.id).label("id"), ConsultationOutcome.petition_id)
              .group_by(ConsultationOutcome.petition_id).subquery("latest"))
    co = ConsultationOutcome
    feeds = exists().where(PetitionProvision.petition_id == Petition.id)
    requested = exists().where(ConsultationRequest.petition_id == Petition.id)
    uncovered = exists(select(1).select_from(PetitionProvision).where(
        PetitionProvision.petition_id == Petition.id,
        ~exists().where(ConsultationItem.outcome_id == co.id,
                        ConsultationItem.provision_id == PetitionProvision.provision_id)
        .correlate_except(ConsultationItem)))  # the outcome is the outermost query's, two levels up
    stale = exists(select(1).select_from(ConsultationItem)
                   .outerjoin(current, current.c.provision_id == ConsultationItem.provision_id)
                   .where(ConsultationItem.outcome_id == co.id,
                          or_(current.c.text_sha256.is_(None), current.c.text_sha256 != ConsultationItem.text_sha256)))
    state = case((co.id.is_(None), "pending"), (stale, "stale"), (uncovered, "pending"),
                 (co.outcome == "rejected", "rejected"), else_="approved").label("state")
    return (select(*columns, state, co.outcome, co.decided_on, co.method, co.remarks, co.wording_sha256)
            .select_from(Petition)
            .outerjoin(latest, latest.c.petition_id == Petition.id)
            .outerjoin(co, co.id == latest.c.id)
            .where(or_(Petition.tier.in_(CONSULTED_TIERS), requested), feeds))


def consultation_counts(session: Session) -> tuple[tuple[str, int], ...]:
    """(state, petitions) for every state, in ``STATES`` order."""
    states = _state_select(Petition.id).subquery()
    found = dict(session.execute(select(states.c.state, func.count()).group_by(states.c.state)).all())
    return tuple((s, found.get(s, 0)) for s in STATES)


def _tree_order(session: Session) -> list[tuple[int, str]]:
    """(id, citation) of every provision, depth first, siblings by position. A constitution has
    hundreds of provisions, not millions: this list is small."""
    rows = session.execute(select(Provision.id, Provision.parent_id, Provision.citation)
                           .order_by(Provision.position, Provision.id)).all()
    children: dict[int | None, list[tuple[int, str]]] = {}
    for pid, parent, citation in rows:
        children.setdefault(parent, []).append((pid, citation))
    out: list[tuple[int, str]] = []
    seen: set[int] = set()
    stack = list(reversed(children.get(None, [])))
    while stack:
        pid, citation = stack.pop()
        if pid not in seen:
            seen.add(pid)
            out.append((pid, citation))
            stack.extend(reversed(children.get(pid, [])))
    # A broken tree (a cycle) must not hide provisions: whatever was not reached comes last.
    out += [(pid, citation) for pid, _, citation in rows if pid not in seen]
    return out


def provision_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Provision)).scalar_one()


def provisions(session: Session) -> Iterator[ProvisionLine]:
    """Every provision in tree order. Read at once: see ``_tree_order``."""
    current = _current_versions(ProvisionVersion.number, ProvisionVersion.status, ProvisionVersion.created_at,
                                func.length(ProvisionVersion.text).label("chars"))
    fed = (select(PetitionProvision.provision_id, func.count().label("petitions"),
                  func.coalesce(func.sum(Petition.signatures), 0).label("signatures"))
           .join(Petition, Petition.id == PetitionProvision.petition_id)
           .group_by(PetitionProvision.provision_id).subquery())
    stmt = (select(Provision.id, Provision.citation, Provision.heading, Provision.kind, current.c.number,
                   current.c.status, current.c.created_at, current.c.chars,
                   func.coalesce(fed.c.petitions, 0), func.coalesce(fed.c.signatures, 0),
                   AssemblyOutcome.fate, AssemblyOutcome.decided_on)
            .outerjoin(current, current.c.provision_id == Provision.id)
            .outerjoin(fed, fed.c.provision_id == Provision.id)
            .outerjoin(AssemblyOutcome, AssemblyOutcome.provision_id == Provision.id))
    rows = {r[0]: r for r in session.execute(stmt)}
    for pid, _ in _tree_order(session):
        r = rows[pid]
        yield ProvisionLine(r[1], r[2] or "", r[3], r[4], r[5], _day_of(r[6]), r[7], int(r[8]), int(r[9]),
                            r[10], day(r[11]))


def consultations(session: Session, chunk: int) -> Iterator[ConsultationLine]:
    """One row per eligible petition, by signatures (most first), as the petitions sheet."""
    order = {pid: i for i, (pid, _) in enumerate(_tree_order(session))}
    links: dict[int, list[tuple[int, str]]] = {}
    for petition_id, provision_id, citation in session.execute(
            select(PetitionProvision.petition_id, PetitionProvision.provision_id, Provision.citation)
            .join(Provision, Provision.id == PetitionProvision.provision_id)):
        links.setdefault(petition_id, []).append((order.get(provision_id, 0), citation))
    stmt = _state_select(Petition.id, Petition.url, Petition.title, Petition.tier).order_by(
        Petition.signatures.desc(), Petition.id)

    def make(r: tuple) -> ConsultationLine:
        cited = "; ".join(c for _, c in sorted(links.get(r[0], ())))
        return ConsultationLine(r[1], r[2], r[3], cited, r[4], r[5], day(r[6]), r[7], r[8] or "", r[9])

    return stream(session, stmt, make, chunk)


def _day_of(value) -> date | None:
    """The day of a DateTime column read through the driver (text on SQLite)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    return day(str(value)[:10])
