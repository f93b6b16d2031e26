"""The data of a session packet (paquete de la sesión), read from the case file in batches.

``session_packet_data(s, actor, held_on)`` gives ``exports.dossier_types.SessionPacketData``:
the session (time, place, attendees, note, previous session), one entry per agenda item with the
brief of its petition (summary, petitioners' NAMES, signatures and growth chart, tier history,
meetings, the wording of every provision it feeds with the redline against the wording at the
previous session, and its consultation as of today), and the annex of every petition.

The wording "at" a session is the one current at the end of that session's day in Mexico City:
the whole-day window "Proponer orden del día" uses. A packet shows each provision's wording at
its session (for the next session: today's) against the wording at the previous session, so a
version saved after the previous session's day is a change, one saved on that day or before is
not, and a packet exported again later still shows what its session had before it.

The number of queries does not grow with the agenda: ids are read in ``IN`` batches.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from exports.dossier_types import AgendaEntry, AnnexRow, PetitionBrief, SessionAttendee, SessionPacketData

from ..models import Petition
from ..permissions import Action, Actor, require
from ..progress import NO_PROGRESS, Progress
from . import dossier_consult as C
from . import dossier_reads as R
from .consultation_state import tree_rank
from .dossier_frame import Chart, draw_charts, dossier_frame
from .dossier_wording import changes
from .session_proposal import day_start_utc
from .sessions import session_on
from .tiers import current_policy


def session_packet_data(s: Session, actor: Actor, held_on: date, *, chart: Chart | None = None,
                        today: date | None = None, lang: str = "es",
                        progress: Progress = NO_PROGRESS) -> SessionPacketData:
    """Everything the packet of the session held on ``held_on`` shows (``NotFound`` names the day
    when there is none). ``chart`` draws the growth charts; ``progress`` steps once per chart.
    READ."""
    require(actor, Action.READ)
    detail = session_on(s, actor, held_on)
    frame = dossier_frame(s, actor, today, lang)
    previous = detail.previous_held_on
    pet_ids = list(dict.fromkeys(a.petition_id for a in detail.agenda if a.petition_id is not None))
    fed = R.feeds(s, pet_ids)
    rank = tree_rank(s)
    prov_ids = {a.provision_id for a in detail.agenda if a.provision_id is not None}
    prov_ids |= {prov for links in fed.values() for prov, _ in links}
    since = day_start_utc(previous + timedelta(days=1)) if previous is not None else None
    wording = changes(s, prov_ids, since, day_start_utc(held_on + timedelta(days=1)))
    briefs = _briefs(s, pet_ids, fed, wording, rank, chart, progress)
    entries = tuple(AgendaEntry(a.kind, a.title, a.note,
                                briefs.get(a.petition_id) if a.petition_id is not None else None,
                                wording.get(a.provision_id) if a.provision_id is not None else None)
                    for a in detail.agenda)
    row = detail.row
    people = tuple(SessionAttendee(a.name, a.role) for a in detail.attendees)
    return SessionPacketData(frame, row.held_on, row.place, row.starts_at, people, row.note, previous, entries,
                             annex(s))


def _briefs(s: Session, ids: list[int], fed, wording, rank, chart: Chart | None,
            progress: Progress) -> dict[int, PetitionBrief]:
    cols, names, counts = R.petitions(s, ids), R.petitioner_names(s, ids), R.counts(s, ids)
    steps, meetings = R.crossings(s, ids), R.meetings(s, ids)
    consult = C.briefs(s, ids, rank)
    citations = {pid: p.citation for pid, p in R.provisions(
        s, {prov for pid in ids for prov, _ in fed.get(pid, ())}).items()}
    policy = current_policy(s)
    charts = draw_charts(chart, counts, ids, (policy.review, policy.hearing, policy.audience), progress)
    out = {}
    for pid in ids:
        p = cols.get(pid)
        if p is None:
            continue
        feeds = sorted((prov for prov, _ in fed.get(pid, ())), key=lambda x: rank.get(x, x))
        out[pid] = PetitionBrief(
            p.url, p.title, p.summary, names.get(pid, ()), p.signatures, p.tier, p.topic, p.as_of, p.growth_7d,
            p.admissibility, charts.get(pid), steps.get(pid, ()), meetings.get(pid, ()),
            tuple(wording[prov] for prov in feeds if prov in wording), consult[pid],
            tuple(citations[prov] for prov in feeds if prov not in wording and prov in citations))
    return out


def annex(s: Session) -> tuple[AnnexRow, ...]:
    """Every petition (names only, no contacts), for the annex "peticiones por nivel"."""
    names = R.petitioner_names(s, None)
    rows = s.execute(select(Petition.id, Petition.url, Petition.title, Petition.signatures, Petition.tier,
                            Petition.admissibility, Petition.as_of)
                     .order_by(Petition.signatures.desc(), Petition.id))
    return tuple(AnnexRow(url, title, names.get(pid, ()), signatures, tier, admissibility, as_of)
                 for pid, url, title, signatures, tier, admissibility, as_of in rows)
