"""What happened since the previous session: the items ``propose_agenda`` suggests (internal;
the caller checks permissions and audits).

The window is whole days in Mexico City: after the previous session's day, up to and including
this session's day (no previous session: everything up to this day). In it:
- a petition that crossed into ``hearing`` → ``petition_hearing`` (its hearing is due);
- a provision with a new wording version → ``wording_review`` (one per provision);
- a petitioner's answer recorded on the consultation → ``approval`` (one per petition, the latest);
- any other crossing (review, audience) → ``crossing`` (one per petition, naming its tiers).
A crossing counts unless it was reverted by the session's day. Titles are Spanish (es-MX).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..models import ConsultationOutcome, Petition, Provision, ProvisionVersion, TierCrossing
from ..text import fold
from .session_types import GENERAL_BUSINESS, long_date_es

TZ_NAME = "America/Mexico_City"
KIND_ORDER = ("petition_hearing", "wording_review", "approval", "crossing", "other")
TIER_WORDS = {"review": "revisión jurídica", "hearing": "audiencia ante el grupo redactor",
              "audience": "audiencia con el jefe de gobierno"}
TIER_RANK = {"review": 1, "hearing": 2, "audience": 3}
OUTCOME_WORDS = {"approved": "Visto bueno", "approved_with_remarks": "Visto bueno con observaciones",
                 "rejected": "Redacción rechazada"}
METHOD_WORDS = {"in_person": "en persona", "signed_letter": "por escrito firmado", "email": "por correo electrónico"}
STATUS_WORDS = {"draft": "borrador", "proposed": "propuesta al grupo redactor", "final": "final para la Asamblea"}


@dataclass(frozen=True)
class Proposed:
    kind: str
    petition_id: int | None
    provision_id: int | None
    title: str
    note: str = ""


def item_key(kind: str, petition_id: int | None, provision_id: int | None, title: str) -> tuple:
    """Two items with the same key are the same matter (a proposal never repeats one)."""
    if kind == "wording_review":
        return kind, provision_id
    if kind == "other":
        return kind, fold(" ".join(title.split()))
    return kind, petition_id


def _zone():
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(TZ_NAME)
    except Exception:  # no time-zone database (a bare Windows): Mexico City has kept UTC-6 since 2022
        return timezone(timedelta(hours=-6))


def day_start_utc(d: date) -> datetime:
    """Midnight at the start of ``d`` in Mexico City, as the naive UTC the tables store."""
    return datetime.combine(d, time.min, tzinfo=_zone()).astimezone(timezone.utc).replace(tzinfo=None)


def _n(value: int) -> str:
    return f"{value:,}"


def _hearings_and_crossings(session: Session, prev: date | None, held_on: date) -> list[Proposed]:
    stmt = (select(TierCrossing.petition_id, TierCrossing.tier, TierCrossing.crossed_on, TierCrossing.signatures,
                   Petition.title)
            .join(Petition, Petition.id == TierCrossing.petition_id)
            .where(TierCrossing.crossed_on <= held_on,
                   or_(TierCrossing.reverted_on.is_(None), TierCrossing.reverted_on > held_on))
            .order_by(TierCrossing.crossed_on, TierCrossing.id))
    if prev is not None:
        stmt = stmt.where(TierCrossing.crossed_on > prev)
    hearings: list[Proposed] = []
    others: dict[int, list] = {}
    for pid, tier, on, signatures, title in session.execute(stmt):
        if tier == "hearing":
            hearings.append(Proposed("petition_hearing", pid, None, f"Audiencia: {title}",
                                     f"Alcanzó {_n(signatures)} firmas el {long_date_es(on)}; su audiencia "
                                     "ante el grupo redactor está pendiente."))
        else:
            others.setdefault(pid, []).append((tier, on, signatures, title))
    crossings = []
    for pid, found in others.items():
        top = max(found, key=lambda c: TIER_RANK[c[0]])
        note = "; ".join(f"{TIER_WORDS[t].capitalize()} el {long_date_es(on)} ({_n(n)} firmas)"
                         for t, on, n, _title in found) + "."
        crossings.append((found[0][1], fold(top[3]), Proposed("crossing", pid, None,
                                                              f"Nuevo nivel ({TIER_WORDS[top[0]]}): {top[3]}", note)))
    return hearings + [p for _on, _t, p in sorted(crossings, key=lambda c: (c[0], c[1]))]


def _tree_order(session: Session) -> dict[int, tuple]:
    """Each provision's place in the tree (siblings by position), for sorting."""
    nodes = {pid: (parent, pos) for pid, parent, pos in
             session.execute(select(Provision.id, Provision.parent_id, Provision.position))}
    memo: dict[int, tuple] = {}

    def path(pid: int, depth: int = 0) -> tuple:
        if pid not in memo:
            parent, pos = nodes[pid]
            above = path(parent, depth + 1) if parent in nodes and depth < len(nodes) else ()
            memo[pid] = (*above, (pos, pid))
        return memo[pid]

    return {pid: path(pid) for pid in nodes}


def _wording(session: Session, lower: datetime | None, upper: datetime) -> list[Proposed]:
    cond = [ProvisionVersion.created_at < upper]
    if lower is not None:
        cond.append(ProvisionVersion.created_at >= lower)
    found: dict[int, tuple] = {}
    for pid, number, status, citation, heading in session.execute(
            select(ProvisionVersion.provision_id, ProvisionVersion.number, ProvisionVersion.status,
                   Provision.citation, Provision.heading)
            .join(Provision, Provision.id == ProvisionVersion.provision_id).where(and_(*cond))
            .order_by(ProvisionVersion.number)):
        found[pid] = (number, status, citation, heading)  # the newest version in the window
    order = _tree_order(session) if found else {}
    out = []
    for pid in sorted(found, key=lambda p: order.get(p, ())):
        number, status, citation, heading = found[pid]
        title = f"{citation} — {heading}" if heading else citation
        out.append(Proposed("wording_review", None, pid, title,
                            f"Nueva redacción: versión {number} ({STATUS_WORDS.get(status, status)})."))
    return out


def _approvals(session: Session, lower: datetime | None, upper: datetime) -> list[Proposed]:
    cond = [ConsultationOutcome.recorded_at < upper]
    if lower is not None:
        cond.append(ConsultationOutcome.recorded_at >= lower)
    latest: dict[int, tuple] = {}
    for row in session.execute(
            select(ConsultationOutcome.petition_id, ConsultationOutcome.outcome, ConsultationOutcome.method,
                   ConsultationOutcome.decided_on, ConsultationOutcome.remarks, Petition.title)
            .join(Petition, Petition.id == ConsultationOutcome.petition_id).where(and_(*cond))
            .order_by(ConsultationOutcome.recorded_at, ConsultationOutcome.id)):
        latest.pop(row[0], None)
        latest[row[0]] = row[1:]  # in order of the latest answer
    out = []
    for pid, (outcome, method, decided_on, remarks, title) in latest.items():
        note = f"Respuesta {METHOD_WORDS.get(method, method)} del {long_date_es(decided_on)}."
        if remarks.strip():
            note += f" Observaciones: {remarks.strip()}"
        out.append(Proposed("approval", pid, None, f"{OUTCOME_WORDS.get(outcome, outcome)}: {title}", note))
    return out


def proposals(session: Session, prev: date | None, held_on: date) -> list[Proposed]:
    """The items for the window (prev, held_on], in agenda order, ending with general business."""
    lower = day_start_utc(prev + timedelta(days=1)) if prev is not None else None
    upper = day_start_utc(held_on + timedelta(days=1))
    found = _hearings_and_crossings(session, prev, held_on)
    found += _wording(session, lower, upper) + _approvals(session, lower, upper)
    found.sort(key=lambda p: KIND_ORDER.index(p.kind))  # stable: each kind keeps its own order
    return [*found, Proposed("other", None, None, GENERAL_BUSINESS)]
