"""The consultation as the dossiers show it, read in batches (internal: builders check READ).

The state of each petition comes from ``consultation_state.consultation_rows`` (the rules are
written there once); this module adds what the dossiers print about the latest answer on record:
its outcome, date, method, remarks and the versions it answered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exports.dossier_types import ConsultationBrief

from ..models import ConsultationOutcome
from .consultation_state import citations, consultation_rows, outcome_items
from .dossier_frame import batches

NOT_ELIGIBLE = "not_eligible"


@dataclass(frozen=True)
class Latest:
    """A petition's latest answer; ``items`` are (provision id, version id, text hash, number)."""

    id: int
    outcome: str
    decided_on: date
    method: str
    remarks: str
    items: tuple[tuple[int, int, str, int], ...]


def states(session: Session, ids: Iterable[int] | None) -> dict[int, str]:
    """petition id → pending / approved / rejected / stale, for the consulted ones among ``ids``
    (``None``: every consulted petition). Petitions not consulted are absent."""
    if ids is None:
        return {r.petition_id: r.state for r in consultation_rows(session)}
    out: dict[int, str] = {}
    for batch in batches(ids):
        out.update((r.petition_id, r.state) for r in consultation_rows(session, batch))
    return out


def latest_answers(session: Session, ids: Iterable[int] | None) -> dict[int, Latest]:
    """petition id → its latest answer on record (the highest outcome id, as the state rules)."""
    def stmt_for(batch):
        last = select(func.max(ConsultationOutcome.id)).group_by(ConsultationOutcome.petition_id)
        if batch is not None:
            last = last.where(ConsultationOutcome.petition_id.in_(batch))
        return select(ConsultationOutcome.petition_id, ConsultationOutcome.id, ConsultationOutcome.outcome,
                      ConsultationOutcome.decided_on, ConsultationOutcome.method, ConsultationOutcome.remarks) \
            .where(ConsultationOutcome.id.in_(last.scalar_subquery()))

    rows = []
    for batch in ([None] if ids is None else batches(ids)):
        rows += session.execute(stmt_for(batch)).all()
    items = outcome_items(session, [r[1] for r in rows])
    return {pid: Latest(oid, outcome, on, method, remarks or "", tuple(items.get(oid, ())))
            for pid, oid, outcome, on, method, remarks in rows}


def briefs(session: Session, ids: list[int], rank: dict[int, int]) -> dict[int, ConsultationBrief]:
    """petition id → its consultation as the packet shows it (``not_eligible`` when none is due)."""
    state = states(session, ids)
    latest = latest_answers(session, [pid for pid in ids if pid in state])
    names = citations(session, {i[0] for a in latest.values() for i in a.items})
    out = {}
    for pid in ids:
        if pid not in state:
            out[pid] = ConsultationBrief(NOT_ELIGIBLE)
            continue
        a = latest.get(pid)
        if a is None:
            out[pid] = ConsultationBrief(state[pid])
            continue
        answered = tuple((names.get(prov, ""), number)
                         for prov, _vid, _sha, number in sorted(a.items, key=lambda i: rank.get(i[0], i[0])))
        out[pid] = ConsultationBrief(state[pid], a.outcome, a.decided_on, a.method, a.remarks, answered)
    return out
