"""Internal reading helpers of the consultation services: which petitions are consulted, today's
wording of each provision, the outcomes on record and the state they give (callers check
permissions).

The rules (brief, "shared contracts"):
- a petition is consulted (eligible) when its tier is ``hearing``/``audience`` or the counsel
  added it (a ``ConsultationRequest``), and it feeds at least one provision;
- today's wording of a provision is its version with the highest number;
- an outcome is stale when any of its items' text hash differs from today's text hash of that
  provision (a re-save of identical text changes nothing);
- the state is ``stale`` when the latest outcome is stale, else ``pending`` when there is no
  outcome or the latest does not cover every provision the petition feeds now, else
  ``approved``/``rejected`` after the latest outcome;
- a victory is an ``approved`` petition that feeds a provision whose current version is final.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from datetime import date

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, SecretariatError

from ..models import (
    ConsultationItem,
    ConsultationOutcome,
    ConsultationRequest,
    Petition,
    PetitionProvision,
    Provision,
    ProvisionVersion,
    User,
)
from ..text import strip_control_chars
from .consultation_types import APPROVALS, CONSULTED_TIERS, ConsultationRow, OutcomeItem, OutcomeRow

NOTE_LIMIT = 20_000  # characters of remarks or a note


@dataclass(frozen=True)
class Wording:
    """Today's wording of one provision (text loaded only where asked)."""

    version_id: int
    number: int
    text_sha256: str
    status: str


def wording_sha256(items: Iterable[tuple[int, int, str]]) -> str:
    """The digest of (provision id, version id, text hash) items, in provision order."""
    lines = [f"{pid}:{vid}:{sha}" for pid, vid, sha in sorted(items)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def clean_note(text: str | None, field: str) -> str:
    """Remarks or a note: control characters removed, no blanks around, at most NOTE_LIMIT."""
    value = strip_control_chars(text or "").strip()
    if len(value) > NOTE_LIMIT:
        raise InvalidInput(field=field, value=value[:40] + "…")
    return value


def past_date(value: date, today: date | None, field: str, future_code: str) -> date:
    """A decision's date: a date, and not after ``today`` (default: today)."""
    if not isinstance(value, date):
        raise InvalidInput(field=field, value=str(value))
    today = today or date.today()
    if value > today:
        raise SecretariatError(future_code, when=value.isoformat(), today=today.isoformat())
    return value


def recorder_name():
    return func.coalesce(func.nullif(User.full_name, ""), User.name, "")


def eligible_clause():
    """SQL: the petition is consulted (see the module's rules)."""
    requested = exists().where(ConsultationRequest.petition_id == Petition.id)
    feeds = exists().where(PetitionProvision.petition_id == Petition.id)
    return or_(Petition.tier.in_(CONSULTED_TIERS), requested) & feeds


def is_eligible(session: Session, petition_id: int) -> bool:
    return bool(session.execute(select(Petition.id).where(Petition.id == petition_id, eligible_clause())).first())


def is_requested(session: Session, petition_id: int) -> bool:
    return session.get(ConsultationRequest, petition_id) is not None


def tree_rank(session: Session) -> dict[int, int]:
    """provision id → its place in the tree read top to bottom (siblings by position)."""
    rows = session.execute(select(Provision.id, Provision.parent_id, Provision.position)).all()
    children: dict[int | None, list[tuple[int, int]]] = {}
    for pid, parent, position in rows:
        children.setdefault(parent, []).append((position, pid))
    order: dict[int, int] = {}
    stack = sorted(children.get(None, []), reverse=True)
    while stack:
        _, pid = stack.pop()
        order[pid] = len(order)
        stack.extend(sorted(children.get(pid, []), reverse=True))
    for _, pid, _ in rows:  # a cycle cannot be reached from a root: put it last, not lose it
        order.setdefault(pid, len(order))
    return order


def current_wordings(session: Session, provision_ids: Iterable[int] | None = None) -> dict[int, Wording]:
    """provision id → today's wording (provisions with no version are absent)."""
    top = select(ProvisionVersion.provision_id, func.max(ProvisionVersion.number).label("n")) \
        .group_by(ProvisionVersion.provision_id)
    if provision_ids is not None:
        top = top.where(ProvisionVersion.provision_id.in_(list(provision_ids)))
    top = top.subquery()
    stmt = select(ProvisionVersion.provision_id, ProvisionVersion.id, ProvisionVersion.number,
                  ProvisionVersion.text_sha256, ProvisionVersion.status) \
        .join(top, (top.c.provision_id == ProvisionVersion.provision_id) & (top.c.n == ProvisionVersion.number))
    return {pid: Wording(vid, n, sha, st) for pid, vid, n, sha, st in session.execute(stmt)}


def citations(session: Session, provision_ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(provision_ids))
    if not ids:
        return {}
    return dict(session.execute(select(Provision.id, Provision.citation).where(Provision.id.in_(ids))).all())


def fed_provisions(session: Session, petition_ids: list[int] | None) -> dict[int, set[int]]:
    """petition id → the provisions it feeds (``None``: every petition)."""
    stmt = select(PetitionProvision.petition_id, PetitionProvision.provision_id)
    if petition_ids is not None:
        stmt = stmt.where(PetitionProvision.petition_id.in_(petition_ids))
    out: dict[int, set[int]] = {}
    for pet, prov in session.execute(stmt):
        out.setdefault(pet, set()).add(prov)
    return out


def outcome_items(session: Session, outcome_ids: list[int]) -> dict[int, list[tuple[int, int, str, int]]]:
    """outcome id → [(provision id, version id, text hash, version number)]."""
    out: dict[int, list[tuple[int, int, str, int]]] = {oid: [] for oid in outcome_ids}
    if not outcome_ids:
        return out
    stmt = (select(ConsultationItem.outcome_id, ConsultationItem.provision_id, ConsultationItem.version_id,
                   ConsultationItem.text_sha256, ProvisionVersion.number)
            .join(ProvisionVersion, ProvisionVersion.id == ConsultationItem.version_id)
            .where(ConsultationItem.outcome_id.in_(outcome_ids))
            .order_by(ConsultationItem.outcome_id, ConsultationItem.provision_id))
    for oid, pid, vid, sha, number in session.execute(stmt):
        out[oid].append((pid, vid, sha, number))
    return out


def is_stale(items, current: dict[int, Wording]) -> bool:
    return any(pid not in current or current[pid].text_sha256 != sha for pid, _, sha, *_ in items)


def state_of(fed: set[int], latest: ConsultationOutcome | None, items, current: dict[int, Wording]) -> str:
    if latest is None:
        return "pending"
    if is_stale(items, current):
        return "stale"
    if not fed <= {pid for pid, *_ in items}:
        return "pending"
    return "approved" if latest.outcome in APPROVALS else "rejected"


def _latest_outcomes(session: Session, petition_ids: list[int] | None):
    last = select(func.max(ConsultationOutcome.id)).group_by(ConsultationOutcome.petition_id)
    if petition_ids is not None:
        last = last.where(ConsultationOutcome.petition_id.in_(petition_ids))
    stmt = (select(ConsultationOutcome, recorder_name())
            .outerjoin(User, User.id == ConsultationOutcome.recorded_by_id)
            .where(ConsultationOutcome.id.in_(last.scalar_subquery())))
    return {o.petition_id: (o, name) for o, name in session.execute(stmt)}


def consultation_rows(session: Session, petition_ids: list[int] | None = None,
                      search: str = "") -> list[ConsultationRow]:
    """Rows for every consulted petition (or those of ``petition_ids`` that are consulted),
    most signatures first. ``search`` is already folded."""
    stmt = select(Petition.id, Petition.url, Petition.title, Petition.tier, Petition.signatures,
                  Petition.petitioner_names).where(eligible_clause())
    if petition_ids is not None:
        stmt = stmt.where(Petition.id.in_(petition_ids))
    if search:
        escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(or_(Petition.search_text.like(f"%{escaped}%", escape="\\"),
                              func.lower(Petition.url).like(f"%{escaped}%", escape="\\")))
    petitions = session.execute(stmt.order_by(Petition.signatures.desc(), Petition.id)).all()
    if not petitions:
        return []
    ids = [p.id for p in petitions] if petition_ids is not None or search else None
    fed = fed_provisions(session, ids)
    latest = _latest_outcomes(session, ids)
    items = outcome_items(session, [o.id for o, _ in latest.values()])
    involved = {pid for provs in fed.values() for pid in provs} | {
        i[0] for its in items.values() for i in its}
    current = current_wordings(session, involved)
    names, rank = citations(session, involved), tree_rank(session)
    requested = set(session.execute(select(ConsultationRequest.petition_id)).scalars())
    out = []
    for p in petitions:
        provs = fed.get(p.id, set())
        outcome, recorder = latest.get(p.id, (None, None))
        its = items.get(outcome.id, []) if outcome else []
        state = state_of(provs, outcome, its, current)
        final = any(current.get(pid) is not None and current[pid].status == "final" for pid in provs)
        out.append(ConsultationRow(
            p.id, p.url, p.title, p.tier, p.signatures, p.petitioner_names, state,
            tuple(names[pid] for pid in sorted(provs, key=lambda x: rank.get(x, x))),
            outcome.outcome if outcome else None, outcome.decided_on if outcome else None,
            outcome.method if outcome else None, outcome.wording_sha256 if outcome else None,
            recorder, state == "approved" and final, p.id in requested))
    return out


def outcome_history(session: Session, petition_id: int) -> list[OutcomeRow]:
    """Every outcome of a petition, newest first, each against today's wording."""
    rows = session.execute(select(ConsultationOutcome, recorder_name())
                           .outerjoin(User, User.id == ConsultationOutcome.recorded_by_id)
                           .where(ConsultationOutcome.petition_id == petition_id)
                           .order_by(ConsultationOutcome.id.desc())).all()
    items = outcome_items(session, [o.id for o, _ in rows])
    involved = {i[0] for its in items.values() for i in its}
    current, names = current_wordings(session, involved), citations(session, involved)
    return [outcome_row(o, name, items[o.id], current, names) for o, name in rows]


def outcome_row(o: ConsultationOutcome, recorder: str, items, current: dict[int, Wording],
                names: dict[int, str]) -> OutcomeRow:
    described = tuple(
        OutcomeItem(pid, names.get(pid, ""), vid, number, sha,
                    current[pid].number if pid in current else None,
                    pid not in current or current[pid].text_sha256 != sha)
        for pid, vid, sha, number in items)
    return OutcomeRow(o.id, o.outcome, o.remarks, o.decided_on, o.method, recorder or "", o.recorded_at,
                      o.wording_sha256, o.evidence_filename, o.evidence_sha256, o.evidence_size,
                      any(i.changed for i in described), described, o.petition_id)
