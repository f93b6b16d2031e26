"""The data of a petition dossier (expediente de la petición): everything about one petition.

``petition_dossier_data(s, actor, url_or_id)`` gives ``exports.dossier_types.PetitionDossierData``:
the petition's data and admissibility, its petitioners (e-mails and phones only with
``with_contacts=True``: otherwise they are not even copied into the data), the signature history
and its chart, tier crossings, duties, meetings, the provisions it feeds with today's wording, its
consultation state and every answer on record (oldest first, stale ones marked), and what the
assembly did with those provisions.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from exports.dossier_types import ConsultationRecord, CountPoint, FedProvision, PetitionDossierData, PetitionerEntry, TierStep

from ..permissions import Action, Actor, require
from ..progress import NO_PROGRESS, Progress
from . import dossier_consult as C
from . import dossier_reads as R
from . import dossier_work as W
from .consultation_state import outcome_history, tree_rank
from .dossier_assembly import fates
from .dossier_frame import Chart, dossier_frame
from .petitions import petition_detail, petition_id_by_url


def petition_dossier_data(s: Session, actor: Actor, url_or_id: str | int, *, with_contacts: bool = False,
                          chart: Chart | None = None, today: date | None = None, lang: str = "es",
                          progress: Progress = NO_PROGRESS) -> PetitionDossierData:
    """Everything about one petition, given by its URL or its id (``NotFound`` names it). READ."""
    require(actor, Action.READ)
    pid = url_or_id if isinstance(url_or_id, int) else petition_id_by_url(s, str(url_or_id).strip())
    d = petition_detail(s, actor, pid)
    frame = dossier_frame(s, actor, today, lang)
    progress.step(0, 2)
    series = [(c.on, c.signatures) for c in d.counts]
    png = chart(series, tuple(d.thresholds)) if chart is not None and series else None
    progress.step(1, 2)
    rank = tree_rank(s)
    fed = sorted(R.feeds(s, [pid]).get(pid, ()), key=lambda link: rank.get(link[0], link[0]))
    ids = [prov for prov, _ in fed]
    provisions, current = R.provisions(s, ids), R.current_wordings(s, ids)
    feeds = tuple(FedProvision(provisions[prov].citation, provisions[prov].heading, note,
                               current[prov].number if prov in current else None,
                               current[prov].status if prov in current else "draft",
                               current[prov].text if prov in current else "")
                  for prov, note in fed)
    decided = fates(s, ids)
    people = tuple(PetitionerEntry(p.name, p.email if with_contacts else "", p.phone if with_contacts else "")
                   for p in d.petitioners)
    return PetitionDossierData(
        frame, d.url, d.title, d.summary, d.topic, d.status, d.signatures, d.as_of, d.growth_7d, d.tier,
        d.admissibility, d.inadmissible_reason, d.duplicate_of_url, d.admissibility_note, people, with_contacts,
        tuple(CountPoint(on, n) for on, n in series), png,
        tuple(TierStep(c.tier, c.threshold, c.crossed_on, c.signatures, c.reverted_on) for c in d.crossings),
        W.duties(s, pid), W.meetings(s, pid), feeds, C.states(s, [pid]).get(pid, C.NOT_ELIGIBLE),
        _answers(s, pid), tuple((provisions[prov].citation, decided[prov]) for prov in ids if prov in decided))


def _answers(s: Session, petition_id: int) -> tuple[ConsultationRecord, ...]:
    """Every answer on record, oldest first, each marked stale when its wording changed since."""
    return tuple(ConsultationRecord(o.outcome, o.decided_on, o.method, o.remarks, o.recorded_by, o.stale,
                                    tuple((i.citation, i.number) for i in o.items), o.evidence_filename,
                                    o.evidence_sha256 or "")
                 for o in reversed(outcome_history(s, petition_id)))
