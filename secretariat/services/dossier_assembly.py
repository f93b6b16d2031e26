"""The data of the dossier for the constituent assembly (expediente para la Asamblea).

``assembly_dossier_data(s, actor)`` gives ``exports.dossier_types.AssemblyDossierData``: every
provision in the tree's order with its final wording (its latest final version; the current one
while none is final), the petitions that fed it (petitioners' NAMES, signatures, what each
contributed) with each one's consultation: the latest answer's outcome, date, method and remarks,
the version of this provision it answered, and for a stale approval the redline from that wording
to today's; and the assembly's decision, with the redline from our wording to its text when it
amended it. A petition that is not consulted is marked ``not_eligible``.

A fixed number of queries, whatever the size of the draft.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from exports.dossier_types import AssemblyDossierData, AssemblyFate, PetitionApproval, ProvisionEntry

from ..models import AssemblyOutcome, ProvisionVersion
from ..permissions import Action, Actor, require
from ..progress import NO_PROGRESS, Progress
from ..redline import redline
from . import dossier_consult as C
from . import dossier_reads as R
from .dossier_frame import dossier_frame
from .provision_rows import tree_order


def assembly_dossier_data(s: Session, actor: Actor, *, today: date | None = None, lang: str = "es",
                          progress: Progress = NO_PROGRESS) -> AssemblyDossierData:
    """Everything the assembly dossier shows. ``progress`` steps once per provision. READ."""
    require(actor, Action.READ)
    frame = dossier_frame(s, actor, today, lang)
    ordered = tree_order(s)
    current = R.current_wordings(s, None)
    fed_by: dict[int, list[tuple[int, str]]] = {}
    for pet, links in R.feeds(s, None).items():
        for prov, contribution in links:
            fed_by.setdefault(prov, []).append((pet, contribution))
    approvals = _Approvals(s, list(dict.fromkeys(pet for links in fed_by.values() for pet, _ in links)), current)
    decided = fates(s)
    out = []
    for i, ((pid, _parent, kind, citation, heading, *_rest), depth) in enumerate(ordered):
        progress.step(i, len(ordered))
        # today's wording, with its status: the one approvals are judged against and the one
        # assembly.record_fate sends (a draft saved after a final version shows as a draft)
        shown = current.get(pid)
        petitions = tuple(sorted((approvals.of(pet, pid, note) for pet, note in fed_by.get(pid, ())),
                                 key=lambda a: (-a.signatures, a.title)))
        out.append(ProvisionEntry(citation, heading, shown.text if shown else "", shown.number if shown else None,
                                  shown.status if shown else "draft", kind, depth, petitions, decided.get(pid)))
    return AssemblyDossierData(frame, tuple(out))


class _Approvals:
    """Each feeding petition's answer, read once for the whole draft."""

    def __init__(self, s: Session, ids: list[int], current: dict[int, R.Wording]) -> None:
        self.cols, self.names = R.petitions(s, ids), R.petitioner_names(s, ids)
        self.state = C.states(s, ids)
        self.latest = C.latest_answers(s, [pid for pid in ids if pid in self.state])
        self.current = current
        stale = {vid for pid, a in self.latest.items() if self.state[pid] == "stale" for _p, vid, *_ in a.items}
        self.texts = R.version_texts(s, stale)

    def of(self, petition_id: int, provision_id: int, contribution: str) -> PetitionApproval:
        p = self.cols[petition_id]
        state = self.state.get(petition_id, C.NOT_ELIGIBLE)
        base = (p.url, p.title, self.names.get(petition_id, ()), p.signatures, state, contribution)
        a = self.latest.get(petition_id)
        if a is None:
            return PetitionApproval(*base)
        item = next((i for i in a.items if i[0] == provision_id), None)
        stale_redline = ()
        if state == "stale" and item is not None and item[1] in self.texts:
            now = self.current.get(provision_id)
            old, new = self.texts[item[1]], now.text if now else ""
            if old != new:
                stale_redline = tuple(redline(old, new))
        return PetitionApproval(*base, a.outcome, a.decided_on, a.method, a.remarks,
                                item[3] if item is not None else None, stale_redline)


def fates(s: Session, provision_ids: list[int] | None = None) -> dict[int, AssemblyFate]:
    """provision id → the assembly's decision, for those it decided on (``None``: all of them)."""
    stmt = select(AssemblyOutcome.provision_id, AssemblyOutcome.fate, AssemblyOutcome.decided_on,
                  AssemblyOutcome.note, AssemblyOutcome.assembly_text, ProvisionVersion.number, ProvisionVersion.text) \
        .outerjoin(ProvisionVersion, ProvisionVersion.id == AssemblyOutcome.sent_version_id)
    if provision_ids is not None:
        stmt = stmt.where(AssemblyOutcome.provision_id.in_(provision_ids))
    rows = s.execute(stmt).all()
    out = {}
    for pid, fate, on, note, text, number, sent in rows:
        segments = tuple(redline(sent or "", text)) if fate == "amended" else ()
        out[pid] = AssemblyFate(fate, on, note or "", text or "", number, segments)
    return out

