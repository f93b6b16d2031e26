"""Fixtures for the duties and meetings window tests (imported explicitly by those modules).

The case is ``small_register`` (tests/ui/petition_data.py) seen on ``TODAY``, 27 March 2016:
- "Agua potable…" crossed review on 8 March and hearing on 15 March: its hearing duty is due on
  30 March, three days away (amber), and its legal review on 18 March (overdue, red);
- "Calles iluminadas…" owes a legal review and a hearing (overdue) and a mayoral audience due on
  7 April (on time, green);
- "Espacios verdes…" owes a legal review (overdue).
``committee`` adds four drafting-committee members through the roster service.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secretariat.services import duties, meetings, rosters
from secretariat.services.meetings import AttendeeDraft, MeetingDraft
from tests.conftest import make_actor

TODAY = date(2016, 3, 27)
MEMBERS = ("Dra. Clara Villaseñor", "Mtro. Ramón Iturbe", "Lic. Sara Benítez", "Dr. Tomás Ugalde")


@pytest.fixture
def ui_clerk(sqlite_db, ui_counsel):
    return make_actor(sqlite_db, "actuario", "clerk")


@pytest.fixture
def committee(sqlite_db, ui_counsel):
    with sqlite_db.write() as s:
        return [rosters.add_member(s, ui_counsel, name) for name in MEMBERS]


def open_duties(db, actor, petition_id: int | None = None):
    with db.read() as s:
        return duties.list_duties(s, actor, duties.DutyQuery(petition_id=petition_id), today=TODAY)


def duty_of(db, actor, petition_id: int, kind: str):
    return next(d for d in open_duties(db, actor, petition_id) if d.kind == kind)


def plan(db, actor, petition_id: int | None, starts_at: datetime, *, kind: str = "hearing", minutes: int = 60,
         place: str = "Sala de juntas", advisers=(), members=()):
    """Plan a meeting through the service (as if from another workstation)."""
    people = tuple(AttendeeDraft("adviser", user_id=a.id) for a in advisers) + \
        tuple(AttendeeDraft("committee", member_id=m.id) for m in members)
    from datetime import timedelta

    with db.write() as s:
        return meetings.plan_meeting(s, actor, MeetingDraft(
            kind=kind, starts_at=starts_at, ends_at=starts_at + timedelta(minutes=minutes), place=place,
            petition_id=petition_id, attendees=people))
