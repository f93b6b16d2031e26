"""The demo case's drafting: the provision tree, its wording versions, the petitions that fed it,
the petitioners' consultations, the assembly's outcomes and the committee's weekly sessions.

Runs at the end of ``demo.load_demo`` (after the petitions, the roster and the meetings exist),
through the real services and in the caller's transaction, so every rule holds and every change
is audited. What it leaves (small cases get what fits):
- about 20 provisions (títulos → artículos → apartados → numerales) from
  ``demo_drafting_words``, each with its successive wordings (drafts, proposed, final); two stay
  unfinished (one proposed, one redrafted after the hearing);
- every admitted hearing/audience petition, and the four biggest admitted review ones, linked to
  the provisions of its topic (and to those its title names), with what it contributed;
- consultations: most approved on today's wording (in person, by signed letter or by e-mail,
  most with evidence), one approval made stale by a later change of the wording, one rejection
  with remarks, those on unfinished wording pending, and one review petition the counsel asked
  to consult;
- the assembly's fate for some final provisions: kept, one amended with its text, one removed;
- a weekly session of the drafting committee (Tuesdays) across the period plus the next one,
  with attendees from the roster and the agenda from "propose agenda".
Deterministic for a given seed and dates (version and outcome times are the real clock).
"""

from __future__ import annotations

import random
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Petition, Petitioner, User
from ..models.base import simulated_utcnow
from ..permissions import Actor
from ..text import fold
from . import assembly, consultations, provisions, rosters, sessions, wording
from . import demo_drafting_evidence as evidence
from . import demo_drafting_words as W

TUESDAY = 1
REVIEW_LINKS = 4      # review petitions that also fed the draft
MAX_TARGETS = 2       # provisions a petition feeds at most
APPROVAL_METHODS = ("signed_letter", "in_person", "email")


@dataclass(frozen=True)
class DraftingSummary:
    provisions: int
    versions: int
    links: int
    outcomes: int    # consultation answers recorded
    fates: int       # assembly outcomes recorded
    sessions: int


@dataclass(frozen=True)
class _Candidate:
    id: int
    title: str
    topic: str
    tier: str
    crossed_on: date | None
    name: str
    email: str


@dataclass
class _Current:
    provision_id: int
    version_id: int
    number: int
    status: str
    text: str


class _Drafting:
    def __init__(self, session: Session, actor: Actor, today: date, start: date, seed: int) -> None:
        self.s, self.actor, self.today, self.start = session, actor, today, start
        self.rng = random.Random(seed * 53 + 11)
        self.ids: dict[str, int] = {}
        self.current: dict[str, _Current] = {}
        self.citations: dict[str, str] = {}
        self.fed: dict[int, list[str]] = {}     # petition id → provision keys
        self.saved_at: dict[str, datetime] = {}  # provision key → when its latest wording was saved
        self.versions = self.links = self.outcomes = 0
        self.folder = Path(".")                 # where evidence files are written (a temporary folder)
        self.clerk = session.execute(select(func.coalesce(func.nullif(User.full_name, ""), User.name))
                                     .where(User.id == actor.id)).scalar() or actor.name

    # ------------------------------------------------------------------ the tree and its wording

    def build_tree(self) -> None:
        span = max((self.today - self.start).days, 1)
        for i, spec in enumerate(W.PROVISIONS):
            row = provisions.add_provision(self.s, self.actor, spec.kind, spec.citation, spec.heading,
                                           parent_id=self.ids.get(spec.parent) if spec.parent else None)
            self.ids[spec.key], self.citations[spec.key] = row.id, spec.citation
            n = len(spec.versions)
            for k, w in enumerate(spec.versions):
                # spread over the first three quarters of the period, so the committee's sessions
                # see the wording change between one and the next
                offset = int(span * (0.1 + 0.65 * (k + 1) / max(n, 1))) + i % 4
                self.save(spec.key, w.text, w.note, w.status, self.start + timedelta(days=min(offset, span)))

    def _moment(self, key: str, on: date) -> datetime:
        """Mid-morning in Mexico City (UTC−6) on ``on``, after the provision's previous save."""
        moment = datetime.combine(on, time(16, self.rng.randint(0, 59)))
        last = self.saved_at.get(key)
        return moment if last is None or moment > last else last + timedelta(minutes=7)

    def save(self, key: str, text: str, note: str, status: str, on: date) -> None:
        before = self.current.get(key)
        moment = self._moment(key, min(on, self.today))
        with simulated_utcnow(moment):
            v = wording.save_version(self.s, self.actor, self.ids[key], text,
                                     base_number=before.number if before else None, note=note)
            if status == "proposed":
                wording.propose_version(self.s, self.actor, v.id)
            elif status == "final":  # the counsel finalizes (a draft or a proposal alike)
                wording.finalize_version(self.s, self.actor, v.id)
        self.versions += 1
        self.saved_at[key] = moment
        self.current[key] = _Current(self.ids[key], v.id, v.number, status, text)

    # ------------------------------------------------------------------ which petitions fed it

    def candidates(self) -> list[_Candidate]:
        found = self.s.execute(
            select(Petition.id, Petition.title, Petition.topic, Petition.tier, Petition.last_crossing_on)
            .where(Petition.admissibility == "admitted", Petition.tier.in_(("review", "hearing", "audience")))
            .order_by(Petition.signatures.desc(), Petition.id)).all()
        first: dict[int, tuple[str, str]] = {}
        for pid, name, email in self.s.execute(
                select(Petitioner.petition_id, Petitioner.name, Petitioner.email)
                .where(Petitioner.petition_id.in_([r[0] for r in found]))
                .order_by(Petitioner.petition_id, Petitioner.position, Petitioner.id)):
            first.setdefault(pid, (name, email))
        return [_Candidate(pid, title, topic, tier, crossed, *first.get(pid, ("", "")))
                for pid, title, topic, tier, crossed in found]

    def link_all(self, found: list[_Candidate]) -> None:
        by_topic: dict[str, list[str]] = {}
        for spec in W.PROVISIONS:
            for topic in spec.topics:
                by_topic.setdefault(topic, []).append(spec.key)
        specs = {spec.key: spec for spec in W.PROVISIONS}
        reviews = [c for c in found if c.tier == "review"][:REVIEW_LINKS]
        for c in [c for c in found if c.tier != "review"] + reviews:
            title = fold(c.title)
            hits = [s.key for s in W.PROVISIONS
                    if any(re.search(r"\b" + re.escape(k), title) for k in s.keywords)]
            own_keys = by_topic.get(c.topic, [])
            own = [k for k in hits if k in own_keys] or own_keys[:1] or [W.FALLBACK]
            targets = (own + [k for k in hits if k not in own])[:MAX_TARGETS]
            for key in targets:
                note = specs[key].contribution if own_keys or key != W.FALLBACK else W.FALLBACK_CONTRIBUTION
                provisions.link_petition(self.s, self.actor, c.id, self.ids[key], note)
                self.links += 1
            self.fed[c.id] = targets

    # ------------------------------------------------------------------ consultations

    def ready(self, c: _Candidate) -> bool:
        """Its wording is ready to consult: all proposed or final, some final."""
        statuses = [self.current[k].status for k in self.fed[c.id]]
        return all(st in ("proposed", "final") for st in statuses) and "final" in statuses

    def consult(self, found: list[_Candidate]) -> None:
        eligible = [c for c in found if c.tier != "review" and c.id in self.fed]
        ready = [c for c in eligible if self.ready(c)]
        pending = [c for c in eligible if not self.ready(c)]
        while len(pending) < 2 and len(ready) >= 6:  # a couple still to consult
            pending.append(ready.pop())
        requested = next((c for c in found if c.tier == "review" and c.id in self.fed and self.ready(c)), None)
        with tempfile.TemporaryDirectory(prefix="demo-consulta-") as tmp:
            self.folder = Path(tmp)
            if len(ready) >= 2:  # approved first; then the wording changes under it
                stale = ready.pop(1)
                answered_on = self.answer(stale, "approved", "signed_letter", self.day(stale, 2, 5))
                key = next(k for k in self.fed[stale.id] if self.current[k].status == "final")
                self.save(key, f"{self.current[key].text} {W.LATE_SENTENCE}", W.LATE_NOTE, "final",
                          answered_on + timedelta(days=3))
            if len(ready) >= 2:
                rejected = ready.pop(1)
                self.answer(rejected, "rejected", "signed_letter", self.day(rejected, 4, 10), W.REJECTION)
            for i, c in enumerate(ready):
                outcome, remarks = "approved", ("", "")
                if i % 4 == 3:
                    outcome, remarks = "approved_with_remarks", W.REMARKS[(i // 4) % len(W.REMARKS)]
                self.answer(c, outcome, APPROVAL_METHODS[i % 3], self.day(c, 3, 12), remarks,
                            with_evidence=i % 6 != 1)
            if requested is not None:
                consultations.request_consultation(self.s, self.actor, requested.id, W.REQUEST_NOTE)
                self.answer(requested, "approved", "email", self.day(requested, 5, 15))

    def day(self, c: _Candidate, low: int, high: int) -> date:
        base = max(c.crossed_on or self.start, self.start)
        return max(base, min(self.today, base + timedelta(days=self.rng.randint(low, high))))

    def answer(self, c: _Candidate, outcome: str, method: str, on: date, remarks: tuple[str, str] = ("", ""), *,
               with_evidence: bool = True) -> date:
        """Record ``c``'s answer on today's wording of what it feeds (never before that wording
        was saved); ``remarks`` is (as recorded, in the petitioner's own words). Returns its date."""
        latest = max(self.saved_at[k] for k in self.fed[c.id]).date()
        on = min(self.today, max(on, latest + timedelta(days=self.rng.randint(1, 4))))
        versions = {self.current[k].provision_id: self.current[k].version_id for k in self.fed[c.id]}
        shown = ", ".join(f"{self.citations[k]} (versión {self.current[k].number})" for k in self.fed[c.id])
        said = evidence.Answer(c.name or "la persona peticionaria", c.title, shown, on, outcome != "rejected",
                               own_words=remarks[1], recorded=remarks[0])
        path = file_name = None
        if with_evidence:
            if method == "signed_letter":
                file_name, data = evidence.signed_letter(said)
            elif method == "email":
                file_name, data = evidence.saved_email(said, c.email)
            else:
                file_name, data = evidence.meeting_note(said, self.clerk)
            path = self.folder / f"{c.id}-{file_name}"
            path.write_bytes(data)
        with simulated_utcnow(datetime.combine(on, time(23, self.rng.randint(0, 59)))):
            consultations.record_outcome(self.s, self.actor, c.id, outcome=outcome, decided_on=on, method=method,
                                         versions=versions, remarks=remarks[0], evidence=path,
                                         evidence_name=file_name, today=self.today)
        self.outcomes += 1
        return on

    # ------------------------------------------------------------------ the assembly

    def assembly(self) -> int:
        fed = {k for keys in self.fed.values() for k in keys}
        removed = next((r for r in W.REMOVALS if r[0] in fed), W.REMOVALS[-1])
        done = 0
        for key, fate, text, note in (*W.FATES, (removed[0], "removed", "", removed[1])):
            if self.current[key].status == "final":
                with simulated_utcnow(datetime.combine(self.today, time(20))):
                    assembly.record_fate(self.s, self.actor, self.ids[key], fate, decided_on=self.today,
                                         assembly_text=text, note=note, today=self.today)
                done += 1
        return done

    # ------------------------------------------------------------------ the committee's sessions

    def sessions(self) -> int:
        members = [m.id for m in rosters.committee(self.s, self.actor, include_inactive=False)]
        day = self.start + timedelta(days=(TUESDAY - self.start.weekday()) % 7)
        days = []
        while day <= self.today:
            days.append(day)
            day += timedelta(days=7)
        days.append(day)  # the next one, still to be held
        for n, held_on in enumerate(days, 1):
            upcoming = held_on > self.today
            size = min(len(members), self.rng.randint(6, 9))
            people = sorted(self.rng.sample(members, size), key=members.index)
            detail = sessions.create_session(
                self.s, self.actor, held_on, starts_at=datetime.combine(held_on, time(17)), place=W.SESSION_PLACE,
                note=W.UPCOMING_NOTE if upcoming else W.SESSION_NOTE.format(n=n), member_ids=people)
            detail = sessions.propose_agenda(self.s, self.actor, detail.row.id)
            if upcoming:
                self.unfinished_on_agenda(detail)
        return len(days)

    def unfinished_on_agenda(self, detail) -> None:
        """The counsel's edit of the proposal: unfinished wording goes on the next session."""
        listed = {a.provision_id for a in detail.agenda if a.kind == "wording_review"}
        for spec in W.PROVISIONS:
            cur = self.current.get(spec.key)
            if cur is not None and cur.status != "final" and cur.provision_id not in listed:
                sessions.add_item(self.s, self.actor, detail.row.id, "wording_review", provision_id=cur.provision_id,
                                  note=f"Versión {cur.number} pendiente de revisión.")


def add_drafting(session: Session, actor: Actor, *, today: date, start: date, seed: int) -> DraftingSummary:
    """Add the demo's drafting case (see the module's description). The caller checked LOAD_DEMO;
    each service called checks its own action too."""
    d = _Drafting(session, actor, today, start, seed)
    d.build_tree()
    found = d.candidates()
    d.link_all(found)
    d.consult(found)
    fates = d.assembly()
    held = d.sessions()
    return DraftingSummary(provisions=len(W.PROVISIONS), versions=d.versions, links=d.links, outcomes=d.outcomes,
                           fates=fates, sessions=held)
