"""Fill a case file with a realistic invented case, by simulating the monitoring.

Each of ``days`` days ending at ``today`` becomes one monitoring file that goes through the real
import service (``imports.apply_rows``), so tiers, crossings, reverts, growth and the audit trail
come from the same code path as a real import. Then admissibility decisions are recorded through
``petitions.decide_admissibility``, the duties and meetings are worked on (``demo_work``), and the
drafting is added: provisions, wording, consultations, assembly outcomes and the committee's
sessions (``demo_drafting``).
Everything runs in the caller's transaction: a cancel or an
error leaves the case file as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import Petition
from ..permissions import Action, Actor, require
from ..progress import NO_PROGRESS, Progress
from . import audit
from .demo_data import build_case
from .demo_drafting import add_drafting
from .demo_work import add_work
from .imports import apply_rows
from .petitions import decide_admissibility


@dataclass(frozen=True)
class DemoSummary:
    petitions: int     # petitions created
    counts: int        # signature counts recorded (one per petition and day)
    crossings: int     # tier crossings recorded
    reverts: int       # crossings later reverted
    days: int
    admitted: int
    inadmissible: int
    meetings: int = 0  # meetings planned or held (see demo_work)
    provisions: int = 0     # provisions of the draft (see demo_drafting)
    versions: int = 0       # wording versions saved
    consultations: int = 0  # petitioners' answers recorded
    sessions: int = 0       # committee sessions, held and next


def load_demo(session: Session, actor: Actor, progress: Progress = NO_PROGRESS, *, seed: int = 2016,
              today: date | None = None, petitions: int = 320, days: int = 60) -> DemoSummary:
    require(actor, Action.LOAD_DEMO)
    if petitions < 1 or petitions > 100_000:
        raise InvalidInput(field="peticiones", value=str(petitions))
    if days < 1 or days > 3_650:
        raise InvalidInput(field="días", value=str(days))
    today = today or date.today()
    case = build_case(seed=seed, today=today, petitions=petitions, days=days)
    # The import reports progress within one file; only its cancel check is passed on.
    inner = Progress(is_cancelled=progress.is_cancelled)
    new = counts = crossings = reverts = 0
    for i, day in enumerate(case.dates):
        progress.step(i, days)
        summary = apply_rows(session, actor, case.rows_for(i), source=f"demo-{day.isoformat()}.csv",
                             progress=inner)
        new += summary.new
        counts += summary.rows
        crossings += summary.crossings
        reverts += summary.reverts

    wanted = [d.url for d in case.decisions]
    ids = {url: pid for url, pid in session.execute(
        select(Petition.url, Petition.id).where(Petition.url.in_(wanted)))}
    admitted = inadmissible = 0
    for d in case.decisions:
        decide_admissibility(session, actor, ids[d.url], d.decision, reason=d.reason, note=d.note,
                             duplicate_of_url=d.duplicate_of_url)
        if d.decision == "admitted":
            admitted += 1
        else:
            inadmissible += 1
    work = add_work(session, actor, today, seed)
    drafting = add_drafting(session, actor, today=today, start=case.dates[0], seed=seed)
    audit.record(session, actor, "load_demo", "case", "demo", None,
                 {"seed": seed, "today": today.isoformat(), "petitions": petitions, "days": days})
    progress.step(days, days)
    return DemoSummary(petitions=new, counts=counts, crossings=crossings, reverts=reverts, days=days,
                       admitted=admitted, inadmissible=inadmissible, meetings=work.meetings,
                       provisions=drafting.provisions, versions=drafting.versions,
                       consultations=drafting.outcomes, sessions=drafting.sessions)
