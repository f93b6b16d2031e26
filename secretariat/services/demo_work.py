"""The demo case's work: the drafting committee, duties taken up or left overdue, and meetings.

Runs after the demo's monitoring files were imported (so the duties already exist, created by the
import) and goes through the real services, in the caller's transaction. What it leaves:
- a committee of 12 invented members (one inactive);
- legal reviews: the older ones mostly decided (viable / to reformulate / not viable), the rest
  open and, for the oldest, overdue; the duties of inadmissible petitions waived;
- about half of the open duties assigned to the acting account, the rest "sin asignar";
- one complete hearing cycle: a hearing held with three committee members, minutes and
  agreements, a follow-up held, and the next follow-up planned;
- two more hearings held with minutes, one where the petitioner did not come, four hearings
  planned (two at overlapping times in the same room: the calendar flags them), and a mayoral
  audience planned.
Everything is deterministic for a given seed and ``today``; small cases get what fits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Petition
from ..permissions import Actor
from . import duties, meetings, rosters
from .demo_data import _People
from .meetings import AttendeeDraft, MeetingDraft

ROOM = "Sala de juntas del grupo redactor"
OFFICE = "Consejería Jurídica, oficina 3"
CITY_HALL = "Antiguo Palacio del Ayuntamiento, Salón de Cabildos"
OUTCOMES = (("viable", 6), ("needs_reformulation", 3), ("not_viable", 1))
OUTCOME_NOTES = {
    "viable": "La propuesta cabe en la materia constitucional; se turna al grupo redactor.",
    "needs_reformulation": "La idea procede, pero su redacción actual restringe derechos reconocidos; "
                           "se propone reformularla con la persona peticionaria.",
    "not_viable": "La propuesta corresponde a la legislación secundaria, no al texto constitucional.",
}
HEARING_MINUTES = (
    "Se escuchó a la persona peticionaria, que expuso el origen de la petición y las firmas reunidas. "
    "Las y los integrantes del grupo redactor preguntaron por el alcance de la propuesta y por su relación "
    "con los derechos ya reconocidos.\n"
    "La asesoría jurídica presentó una primera lectura del texto y las dudas de la revisión jurídica.\n"
    "Se acordó preparar una redacción preliminar y revisarla en una reunión de seguimiento.")
FOLLOW_UP_MINUTES = (
    "Se revisó la redacción preliminar con la persona peticionaria. Pidió precisar el sujeto obligado y "
    "conservar la referencia a la progresividad. La asesoría jurídica ajustará el texto para la siguiente "
    "reunión.")


@dataclass(frozen=True)
class WorkSummary:
    members: int
    reviews_decided: int
    duties_waived: int
    duties_assigned: int
    meetings: int


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _pick_outcome(rng: random.Random) -> str:
    return rng.choices([o for o, _ in OUTCOMES], [w for _, w in OUTCOMES])[0]


class _Planner:
    def __init__(self, session: Session, actor: Actor, members: list[int]) -> None:
        self.s, self.actor, self.members, self.count = session, actor, members, 0

    def plan(self, kind: str, petition_id: int, start: datetime, minutes: int, place: str,
             committee: int = 0) -> int:
        defaults = meetings.plan_defaults(self.s, self.actor, petition_id, kind)
        people = [AttendeeDraft("committee", member_id=m) for m in self.members[:committee]]
        if self.actor.id is not None:
            people.append(AttendeeDraft("adviser", user_id=self.actor.id))
        people += [AttendeeDraft("petitioner", name=c.name, email=c.email, phone=c.phone)
                   for c in defaults.petitioners]
        detail = meetings.plan_meeting(self.s, self.actor, MeetingDraft(
            kind, start, start + timedelta(minutes=minutes), place, petition_id, attendees=tuple(people)))
        self.count += 1
        return detail.row.id

    def hold(self, meeting_id: int, minutes_text: str, agreements=()) -> None:
        detail = meetings.meeting_detail(self.s, self.actor, meeting_id)
        present = {a.id: (a.role != "petitioner" or i % 3 != 2) for i, a in enumerate(detail.attendees)}
        meetings.record_attendance(self.s, self.actor, meeting_id, present)
        meetings.set_minutes(self.s, self.actor, meeting_id, minutes_text)
        for text, owner, due in agreements:
            meetings.add_agreement(self.s, self.actor, meeting_id, text, owner, due)
        meetings.set_status(self.s, self.actor, meeting_id, "held")


def add_work(session: Session, actor: Actor, today: date, seed: int) -> WorkSummary:
    rng = random.Random(seed * 31 + 7)
    people = _People(rng)
    members = [rosters.add_member(session, actor, people._name()[0]).id for _ in range(12)]
    rosters.update_member(session, actor, members[-1], active=False, note="Licencia desde febrero.")
    owner_label = actor.name

    open_rows = duties.list_duties(session, actor, duties.DutyQuery(), today=today)
    inadmissible = set(session.execute(select(Petition.id).where(Petition.admissibility == "inadmissible"))
                       .scalars())
    waived = decided = 0
    for r in open_rows:
        if r.petition_id in inadmissible:
            duties.waive(session, actor, r.id, "La petición se declaró inadmisible.", today=today)
            waived += 1
        elif r.kind == "legal_review" and (today - r.created_on).days >= 12 and rng.random() < 0.7:
            outcome = _pick_outcome(rng)
            closed = min(today, r.created_on + timedelta(days=rng.randint(3, 9)))
            duties.complete_legal_review(session, actor, r.id, outcome, OUTCOME_NOTES[outcome], today=closed)
            decided += 1

    planner = _Planner(session, actor, members)
    hearings = [r for r in duties.list_duties(session, actor, duties.DutyQuery(kinds=("hearing",)), today=today)]
    hearings.sort(key=lambda r: (r.created_on, r.id))
    past = [r for r in hearings if (today - r.created_on).days >= 4]
    used: set[int] = set()

    if past:  # the complete cycle, on the oldest hearing
        h = past[0]
        used.add(h.id)
        held_on = min(h.created_on + timedelta(days=5), today - timedelta(days=2))
        mid = planner.plan("hearing", h.petition_id, _at(held_on, 10), 90, ROOM, committee=3)
        planner.hold(mid, HEARING_MINUTES, [
            ("Enviar a la persona peticionaria la redacción preliminar.", owner_label, held_on + timedelta(days=5)),
            ("Solicitar opinión técnica a la Consejería sobre el alcance.", owner_label, held_on + timedelta(days=7)),
        ])
        follow_on = held_on + timedelta(days=rng.randint(3, 6))
        if follow_on < today:
            fid = planner.plan("follow_up", h.petition_id, _at(follow_on, 12), 60, OFFICE)
            planner.hold(fid, FOLLOW_UP_MINUTES, [
                ("Ajustar el sujeto obligado en la redacción.", owner_label, follow_on + timedelta(days=4))])
        planner.plan("follow_up", h.petition_id, _at(today + timedelta(days=2), 12), 60, OFFICE)

    for h in past[1:3]:  # two more hearings held; their follow-ups wait, some already overdue
        used.add(h.id)
        held_on = min(h.created_on + timedelta(days=rng.randint(2, 4)), today - timedelta(days=1))
        mid = planner.plan("hearing", h.petition_id, _at(held_on, 16), 60, ROOM, committee=2)
        planner.hold(mid, HEARING_MINUTES)
    for h in past[3:4]:  # the petitioner did not come: the hearing duty is open again
        used.add(h.id)
        on = min(h.created_on + timedelta(days=3), today - timedelta(days=1))
        mid = planner.plan("hearing", h.petition_id, _at(on, 10), 60, ROOM, committee=3)
        meetings.set_status(session, actor, mid, "petitioner_absent",
                            note="La persona peticionaria avisó que no podía asistir.")
    upcoming = [r for r in hearings if r.id not in used][:4]
    for i, h in enumerate(upcoming):  # the first two at overlapping times in the same room
        used.add(h.id)
        start = _at(today + timedelta(days=1), 10, 30 * i) if i < 2 else _at(today + timedelta(days=3 * i), 11)
        planner.plan("hearing", h.petition_id, start, 60, ROOM, committee=3 - i % 2)

    audiences = duties.list_duties(session, actor, duties.DutyQuery(kinds=("mayoral_audience",)), today=today)
    if audiences:
        planner.plan("mayoral_audience", audiences[0].petition_id, _at(today + timedelta(days=6), 13), 45,
                     CITY_HALL)

    assigned = 0
    if actor.id is not None:
        still_open = duties.list_duties(session, actor, duties.DutyQuery(unassigned=True), today=today)
        mine = [r.id for i, r in enumerate(still_open) if r.kind != "legal_review" or i % 2 == 0]
        assigned = len(duties.assign(session, actor, mine, actor.id).assigned) if mine else 0
    return WorkSummary(members=len(members), reviews_decided=decided, duties_waived=waived,
                       duties_assigned=assigned, meetings=planner.count)
