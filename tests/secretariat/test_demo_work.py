"""The demo case's duties and meetings: some overdue, some held with minutes, one hearing with
three committee members, a follow-up cycle, and a clash on the calendar."""

from __future__ import annotations

from datetime import date, timedelta

from secretariat.services import audit, duties, meetings, rosters
from secretariat.services.demo import load_demo

TODAY = date(2016, 7, 12)


def test_the_demo_leaves_work_to_do_and_meetings_to_read(db, counsel):
    with db.write() as s:
        summary = load_demo(s, counsel, today=TODAY)
    with db.read() as s:
        work = duties.list_duties(s, counsel, today=TODAY)
        every = duties.list_duties(s, counsel, duties.DutyQuery(statuses=()), today=TODAY)
        held = meetings.list_meetings(s, counsel, statuses=("held",))
        details = [meetings.meeting_detail(s, counsel, m.id) for m in held]
        planned = meetings.list_meetings(s, counsel, TODAY, TODAY + timedelta(days=14), statuses=("planned",))
        clashes = meetings.conflicts(s, counsel, TODAY, TODAY + timedelta(days=14))
        showcase = next(d for d in details if d.row.kind == "hearing" and d.row.committee == 3)
        history = meetings.meeting_history(s, counsel, showcase.row.petition_id)
        members = rosters.committee(s, counsel)
        ok = audit.verify(s, counsel).ok
    buckets = {r.bucket for r in work}
    assert buckets == {"overdue", "due_soon", "on_time"}, "some overdue, some not"
    assert {r.owner_id for r in work} == {None, counsel.id}, "assigned and unassigned"
    assert {r.outcome for r in every if r.kind == "legal_review" and r.status == "done"} == {
        "viable", "needs_reformulation", "not_viable"}
    assert any(r.status == "waived" for r in every)
    assert len(held) >= 4 and all(d.minutes for d in details)
    assert showcase.agreements and sum(a.role == "committee" for a in showcase.attendees) == 3
    assert history.follow_ups_held >= 1 and not history.cycle_closed
    assert len(planned) >= 4 and clashes
    assert summary.meetings >= 8
    assert len(members) == 12 and sum(m.active for m in members) == 11
    assert ok


def test_a_tiny_demo_still_loads(db, counsel):
    with db.write() as s:
        summary = load_demo(s, counsel, petitions=3, days=2, today=TODAY)
    assert summary.petitions == 3
