"""Meetings: planning from the petition, the three-member rule, dates, the hearing → follow-ups
cycle, calendar conflicts, two editors, roles, rosters, the timeline and the .ics invitation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from exports.ics import meeting_ics, write_ics
from secretariat.errors import ConflictError, InvalidInput, PermissionDenied, SecretariatError
from secretariat.models import Meeting
from secretariat.services import audit, duties, meetings, rosters, timeline
from secretariat.services.meetings import AttendeeDraft as A
from secretariat.services.meetings import MeetingDraft
from tests.secretariat.helpers import day, row

D = date(2016, 3, 1)


def at(d: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2016, 3, d, hour, minute)


@pytest.fixture
def case(db, counsel, adviser):
    """'agua' crossed the hearing tier on D (legal review + hearing duties); four committee members."""
    day(db, counsel, [row("agua", 12_000, D, title="Derecho al agua", people=("Ana Ruiz Peña", "Raúl Ibáñez")),
                      row("bici", 5_600, D)])
    with db.write() as s:
        members = [rosters.add_member(s, counsel, n).id
                   for n in ("Clara Soto", "Diego Ibarra", "Eva Márquez", "Fernanda Gil")]
        hearing = next(r for r in duties.list_duties(s, counsel) if r.kind == "hearing")
        duties.assign(s, counsel, [hearing.id], adviser.id)
    return {"petition": hearing.petition_id, "members": members, "hearing_duty": hearing.id}


def plan(db, actor, kind="hearing", petition=None, start=at(8, 10), end=at(8, 11), place="Sala de juntas",
         attendees=()):
    with db.write() as s:
        return meetings.plan_meeting(s, actor, MeetingDraft(kind, start, end, place, petition,
                                                            attendees=tuple(attendees)))


def committee(ids):
    return [A("committee", member_id=i) for i in ids]


# ------------------------------------------------------------------------------ planning

def test_planning_fills_in_the_petitioners_and_schedules_the_duty(db, counsel, adviser, case):
    with db.read() as s:
        defaults = meetings.plan_defaults(s, adviser, case["petition"], "hearing")
    assert [(c.name, c.email) for c in defaults.petitioners] == [
        ("Ana Ruiz Peña", "0@example.org"), ("Raúl Ibáñez", "1@example.org")]
    assert (defaults.duty_id, defaults.owner_id, defaults.earliest) == (case["hearing_duty"], adviser.id, D)
    people = [A("petitioner", name=c.name, email=c.email) for c in defaults.petitioners]
    detail = plan(db, adviser, petition=case["petition"],
                  attendees=[*committee(case["members"][:3]), A("adviser", user_id=adviser.id), *people])
    assert detail.row.duty_id == case["hearing_duty"] and detail.row.status == "planned"
    assert [(a.role, a.name) for a in detail.attendees][-3:] == [
        ("adviser", "asesor"), ("petitioner", "Ana Ruiz Peña"), ("petitioner", "Raúl Ibáñez")]
    with db.read() as s:
        duty = duties.duty_detail(s, adviser, case["hearing_duty"]).row
    assert (duty.status, duty.meeting_id) == ("scheduled", detail.row.id)


def test_a_fourth_committee_member_in_a_hearing_is_refused(db, counsel, clerk, case):
    four = committee(case["members"])
    with pytest.raises(SecretariatError) as caught:
        plan(db, counsel, petition=case["petition"], attendees=four)
    assert caught.value.sentence("es") == ("Una audiencia admite como máximo tres integrantes del grupo "
                                           "redactor; no se agregó a Fernanda Gil.")
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(Meeting)).scalar_one() == 0, "nothing half-planned"
    detail = plan(db, counsel, petition=case["petition"], attendees=four[:3])
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        meetings.add_attendee(s, clerk, detail.row.id, four[3])
    assert caught.value.code == "committee_limit"
    with db.write() as s:  # swapping one member is fine
        meetings.remove_attendee(s, clerk, detail.row.id, detail.attendees[0].id)
        assert meetings.add_attendee(s, clerk, detail.row.id, four[3]).row.committee == 3
    # other kinds of meeting are not limited
    other = plan(db, counsel, kind="other", start=at(9, 10), end=at(9, 12), attendees=four)
    assert other.row.committee == 4


def test_repeated_or_inactive_attendees_are_refused(db, counsel, clerk, case):
    detail = plan(db, counsel, petition=case["petition"], attendees=committee(case["members"][:1]))
    with db.write() as s:
        rosters.update_member(s, counsel, case["members"][1], active=False)
    for attendee, sentence in (
            (A("committee", member_id=case["members"][0]), "Clara Soto ya está en la lista de asistentes de esta reunión."),
            (A("committee", member_id=case["members"][1]),
             "Diego Ibarra está inactivo en el grupo redactor; reactívelo antes de invitarlo."),
            (A("adviser", user_id=clerk.id),
             "actuario no puede ser responsable de deberes: solo las cuentas activas de asesoría o consejería jurídica.")):
        with db.write() as s, pytest.raises(SecretariatError) as caught:
            meetings.add_attendee(s, clerk, detail.row.id, attendee)
        assert caught.value.sentence("es") == sentence
    with db.write() as s, pytest.raises(InvalidInput):
        meetings.add_attendee(s, clerk, detail.row.id, A("guest", name="  "))


def test_a_meeting_before_its_petition_existed_is_refused(db, counsel, case):
    with pytest.raises(SecretariatError) as caught:
        plan(db, counsel, petition=case["petition"], start=datetime(2016, 2, 29, 10), end=datetime(2016, 2, 29, 11))
    assert caught.value.sentence("es") == ("La reunión no puede ser el 2016-02-29: la petición «Derecho al agua» "
                                           "existe desde el 2016-03-01.")
    with pytest.raises(SecretariatError) as caught:
        plan(db, counsel, petition=case["petition"], start=at(8, 11), end=at(8, 11))
    assert caught.value.code == "meeting_times"
    with pytest.raises(SecretariatError) as caught:
        plan(db, counsel, kind="follow_up", petition=None)
    assert caught.value.sentence("es") == "Una reunión de tipo seguimiento debe indicar su petición."
    detail = plan(db, counsel, petition=case["petition"])
    with db.write() as s, pytest.raises(SecretariatError):
        meetings.reschedule(s, counsel, detail.row.id, starts_at=datetime(2016, 1, 5, 9),
                            ends_at=datetime(2016, 1, 5, 10), place="Sala")
    with db.read() as s:
        assert meetings.meeting_detail(s, counsel, detail.row.id).row.starts_at == at(8, 10)


# ------------------------------------------------------------------------------ the cycle

def test_hearing_then_follow_ups_until_the_cycle_is_closed(db, counsel, adviser, clerk, case):
    hearing = plan(db, adviser, petition=case["petition"], attendees=committee(case["members"][:3]))
    with db.write() as s:
        meetings.set_minutes(s, clerk, hearing.row.id, "La peticionaria expuso su propuesta.")
        change = meetings.set_status(s, adviser, hearing.row.id, "held")
    assert (change.duty_status, change.duty_id) == ("done", case["hearing_duty"])
    with db.read() as s:
        follow = duties.duty_detail(s, adviser, change.follow_up_created)
    assert (follow.row.kind, follow.row.status, follow.row.owner_id, follow.row.due_on, follow.parent_id) == (
        "follow_up", "open", adviser.id, date(2016, 3, 18), case["hearing_duty"])

    for n, d in enumerate((15, 22), start=1):
        f = plan(db, adviser, kind="follow_up", petition=case["petition"], start=at(d, 12), end=at(d, 13))
        assert f.row.duty_id is not None
        with db.write() as s:
            nxt = meetings.set_status(s, adviser, f.row.id, "held").follow_up_created
        assert nxt is not None, f"follow-up {n} opens the next one"
    with db.write() as s:
        closed = duties.close_cycle(s, adviser, case["petition"], note="Redacción acordada.")
    assert len(closed.waived_follow_ups) == 1
    with db.read() as s:
        history = meetings.meeting_history(s, counsel, case["petition"])
        open_left = [r for r in duties.list_duties(s, counsel, duties.DutyQuery(petition_id=case["petition"]))
                     if r.kind == "follow_up"]
    assert (history.hearing.id, history.follow_ups_held, history.cycle_closed) == (hearing.row.id, 2, True)
    assert open_left == []
    # after the cycle is closed, another follow-up held opens nothing
    late = plan(db, adviser, kind="follow_up", petition=case["petition"], start=at(29, 9), end=at(29, 10))
    with db.write() as s:
        assert meetings.set_status(s, adviser, late.row.id, "held").follow_up_created is None
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        duties.close_cycle(s, adviser, case["petition"])
    assert caught.value.code == "no_hearing_cycle"


def test_cancelled_or_absent_puts_the_duty_back_and_held_is_final(db, counsel, adviser, case):
    m = plan(db, adviser, petition=case["petition"])
    for status in ("cancelled", "petitioner_absent"):
        with db.write() as s:
            change = meetings.set_status(s, adviser, m.row.id, status)
        assert change.duty_status == "open"
        with db.write() as s:
            assert meetings.set_status(s, adviser, m.row.id, "planned").duty_status == "scheduled"
    with db.write() as s:
        meetings.set_status(s, adviser, m.row.id, "held")
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        meetings.set_status(s, adviser, m.row.id, "planned")
    assert caught.value.sentence("es") == "Una reunión celebrada no puede pasar a planeada."


def test_a_meeting_that_has_not_started_cannot_be_recorded_as_held(db, adviser, case):
    m = plan(db, adviser, petition=case["petition"])  # 8 March 2016, 10:00
    for status, word in (("held", "celebrada"), ("petitioner_absent", "sin asistencia del peticionario")):
        with db.write() as s, pytest.raises(SecretariatError) as caught:
            meetings.set_status(s, adviser, m.row.id, status, now=at(8, 9, 59))
        assert caught.value.sentence("es") == (
            f"La reunión empieza el 08/03/2016 10:00; todavía no puede registrarse como {word}.")
    with db.read() as s:
        assert meetings.meeting_detail(s, adviser, m.row.id).row.status == "planned"
    with db.write() as s:
        assert meetings.set_status(s, adviser, m.row.id, "held", now=at(8, 10)).status_after == "held"


def test_a_legal_review_can_be_closed_while_a_hearing_is_planned(db, counsel, adviser, case):
    plan(db, adviser, petition=case["petition"])
    with db.read() as s:
        review = next(r for r in duties.list_duties(s, counsel, duties.DutyQuery(petition_id=case["petition"]))
                      if r.kind == "legal_review")
    with db.write() as s:
        assert duties.complete_legal_review(s, adviser, review.id, "viable").status_after == "done"


# ------------------------------------------------------------------------------ calendar

def test_conflicts_same_adviser_or_same_place_at_overlapping_times(db, counsel, adviser, case):
    me = A("adviser", user_id=adviser.id)
    a = plan(db, counsel, kind="other", start=at(10, 10), end=at(10, 11), place="Sala Constituyente", attendees=[me])
    b = plan(db, counsel, kind="other", start=at(10, 10, 30), end=at(10, 12), place="Oficina 2", attendees=[me])
    c = plan(db, counsel, kind="other", start=at(10, 10, 45), end=at(10, 11, 15), place="sala constituyente  ")
    plan(db, counsel, kind="other", start=at(10, 12), end=at(10, 13), place="Oficina 2", attendees=[me])  # adjacent
    plan(db, counsel, kind="other", start=at(11, 10), end=at(11, 11), place="Sala Constituyente")  # other day
    d = plan(db, counsel, kind="other", start=at(10, 10), end=at(10, 11), place="Sala Constituyente")
    with db.write() as s:
        meetings.set_status(s, counsel, d.row.id, "cancelled")  # cancelled meetings clash with nothing
    with db.read() as s:
        found = meetings.conflicts(s, counsel, date(2016, 3, 7), date(2016, 3, 13))
    assert sorted((x.first.id, x.second.id, x.reason, x.detail) for x in found) == sorted([
        (a.row.id, b.row.id, "adviser", "asesor"),
        (a.row.id, c.row.id, "place", "Sala Constituyente"),
    ])
    with db.read() as s:
        week = meetings.list_meetings(s, counsel, date(2016, 3, 10), date(2016, 3, 10))
        planned = meetings.list_meetings(s, counsel, date(2016, 3, 10), date(2016, 3, 11), statuses=("planned",))
    assert len(week) == 5 and len(planned) == 5
    assert [m.starts_at for m in week] == sorted(m.starts_at for m in week)


# ------------------------------------------------------------------------------ editing

def test_two_people_editing_the_same_meeting(db, counsel, adviser, clerk, case):
    m = plan(db, adviser, petition=case["petition"])
    seen_by_clerk = seen_by_adviser = m.row.version
    with db.write() as s:
        saved = meetings.set_minutes(s, clerk, m.row.id, "Minuta del actuario.", expected_version=seen_by_clerk)
    assert saved.row.version == seen_by_clerk + 1
    with db.write() as s, pytest.raises(ConflictError) as caught:
        meetings.reschedule(s, adviser, m.row.id, starts_at=at(9, 10), ends_at=at(9, 11), place="Sala B",
                            expected_version=seen_by_adviser)
    assert caught.value.sentence("es") == (f"Otra persona modificó la reunión «{m.row.id}» mientras usted lo "
                                           "editaba; vuelva a cargarlo.")
    for call in (lambda s: meetings.set_minutes(s, adviser, m.row.id, "Otra minuta", expected_version=seen_by_adviser),
                 lambda s: meetings.set_status(s, adviser, m.row.id, "held", expected_version=seen_by_adviser),
                 lambda s: meetings.add_agreement(s, adviser, m.row.id, "Algo", expected_version=seen_by_adviser)):
        with db.write() as s, pytest.raises(ConflictError):
            call(s)
    with db.read() as s:
        now = meetings.meeting_detail(s, counsel, m.row.id)
    assert (now.minutes, now.row.starts_at, now.row.status, now.agreements) == (
        "Minuta del actuario.", at(8, 10), "planned", ()), "nothing of the clerk's work was lost"


def test_attendance_minutes_and_agreements(db, counsel, clerk, case):
    m = plan(db, counsel, petition=case["petition"], attendees=committee(case["members"][:2]))
    with db.write() as s:
        meetings.record_attendance(s, clerk, m.row.id, {m.attendees[0].id: True, m.attendees[1].id: False})
        meetings.add_attendee(s, clerk, m.row.id, A("guest", name="Dra. Inés Vela", email="ines@example.org"))
        meetings.add_agreement(s, clerk, m.row.id, "Enviar la redacción revisada", "asesor", date(2016, 3, 20))
        detail = meetings.add_agreement(s, clerk, m.row.id, "Convocar a seguimiento")
    assert [a.attended for a in detail.attendees] == [True, False, None]
    assert [(g.position, g.text, g.owner_name, g.due_on) for g in detail.agreements] == [
        (1, "Enviar la redacción revisada", "asesor", date(2016, 3, 20)), (2, "Convocar a seguimiento", "", None)]
    with db.write() as s:
        after = meetings.remove_agreement(s, clerk, m.row.id, detail.agreements[0].id)
    assert [g.text for g in after.agreements] == ["Convocar a seguimiento"]
    with db.read() as s:
        actions = [r.action for r in audit.history(s, counsel, "meeting", m.row.id)]
        assert audit.verify(s, counsel).ok
    assert actions == ["plan_meeting", "record_attendance", "add_attendee", "add_agreement", "add_agreement",
                       "remove_agreement"]


def test_roles_plan_record_read(db, counsel, adviser, clerk, observer, case):
    m = plan(db, adviser, petition=case["petition"])
    # clerks record attendance, minutes and agreements…
    with db.write() as s:
        meetings.set_minutes(s, clerk, m.row.id, "Minuta")
        meetings.add_attendee(s, clerk, m.row.id, A("guest", name="Invitada"))
    # …but neither plan, hold nor close duties; observers only read
    draft = MeetingDraft("other", at(12, 9), at(12, 10), "Sala")
    for actor, role in ((clerk, "secretario de actas"), (observer, "observador")):
        for call in (lambda s: meetings.plan_meeting(s, actor, draft),
                     lambda s: meetings.set_status(s, actor, m.row.id, "held"),
                     lambda s: meetings.reschedule(s, actor, m.row.id, starts_at=at(9, 9), ends_at=at(9, 10), place="x"),
                     lambda s: duties.close_cycle(s, actor, case["petition"])):
            with db.write() as s, pytest.raises(PermissionDenied) as caught:
                call(s)
            assert caught.value.sentence("es").startswith(f"Su rol ({role}) no permite")
    with db.write() as s, pytest.raises(PermissionDenied):
        meetings.set_minutes(s, observer, m.row.id, "No")
    with db.read() as s:
        assert meetings.meeting_detail(s, observer, m.row.id).minutes == "Minuta"
        assert len(meetings.list_meetings(s, observer)) == 1
    with db.write() as s:
        assert meetings.set_status(s, counsel, m.row.id, "held").duty_status == "done"


# ------------------------------------------------------------------------------ rosters

def test_the_committee_has_at_most_28_active_members(db, counsel, adviser):
    with db.write() as s:
        for i in range(28):
            rosters.add_member(s, counsel, f"Integrante {i:02d}")
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        rosters.add_member(s, counsel, "Integrante 29")
    assert caught.value.sentence("es") == ("El grupo redactor ya tiene 28 integrantes activos; desactive a "
                                           "alguien antes de agregar a Integrante 29.")
    with db.write() as s:
        first = rosters.committee(s, counsel)[0]
        rosters.update_member(s, counsel, first.id, active=False)
        rosters.add_member(s, counsel, "Integrante 29")
        with pytest.raises(SecretariatError) as caught:
            rosters.update_member(s, counsel, first.id, active=True)
        assert caught.value.code == "committee_roster_full"
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        rosters.add_member(s, counsel, "integrante 05")
    assert caught.value.code == "member_exists"
    with db.write() as s, pytest.raises(PermissionDenied):
        rosters.add_member(s, adviser, "Otra persona")
    with db.read() as s:
        listed = rosters.committee(s, adviser)
        assert [a.name for a in rosters.advisers(s, adviser)] == ["asesor", "consejera"]
    assert len(listed) == 29 and listed[-1].active is False and sum(m.active for m in listed) == 28


# ------------------------------------------------------------------------------ timeline, ics

def test_the_timeline_orders_counts_crossings_duties_and_meetings(db, counsel, adviser, case):
    day(db, counsel, [row("agua", 12_500, D + timedelta(days=3), title="Derecho al agua")])
    m = plan(db, adviser, petition=case["petition"])
    with db.write() as s:
        meetings.set_status(s, adviser, m.row.id, "held")
    with db.read() as s:
        events = timeline.timeline(s, counsel, case["petition"])
    kinds = [(e.on, e.kind, e.tier or e.duty_kind or e.meeting_kind) for e in events]
    assert kinds == [
        (D, "crossed", "review"), (D, "crossed", "hearing"),
        (D, "duty_created", "legal_review"), (D, "duty_created", "hearing"),
        (D + timedelta(days=3), "counts", None),
        (date(2016, 3, 8), "meeting", "hearing"), (date(2016, 3, 8), "duty_done", "hearing"),
        (date(2016, 3, 8), "duty_created", "follow_up"),
    ]
    counts = events[4]
    assert (counts.first_signatures, counts.signatures, counts.count_days) == (12_000, 12_500, 2)
    assert events[3].detail == "asesor", "the owner's name"


def test_ics_invitation(db, counsel, adviser, case, tmp_path):
    m = plan(db, adviser, petition=case["petition"], place="Sala 3, piso 2; edificio \"B\"",
             attendees=[A("petitioner", name="Ana Ruiz Peña", email="ana@example.org"),
                        A("guest", name="Invitado sin correo")])
    with db.read() as s:
        detail = meetings.meeting_detail(s, counsel, m.row.id)
    text = meeting_ics(detail, now=datetime(2016, 3, 2, 12, 0).astimezone())
    lines = text.split("\r\n")
    assert text.endswith("\r\n") and all(len(x.encode()) <= 75 for x in lines)
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART:20160308T160000Z" in unfolded and "DTEND:20160308T170000Z" in unfolded  # CST, UTC-6
    assert "SUMMARY:Audiencia ante el grupo redactor: Derecho al agua" in unfolded
    assert 'LOCATION:Sala 3\\, piso 2\\; edificio "B"' in unfolded
    assert unfolded.count("ATTENDEE;") == 1 and "mailto:ana@example.org" in unfolded
    assert "Invitado sin correo (invitado)" in unfolded
    out = write_ics(detail, tmp_path / "audiencia.ics")
    assert open(out, encoding="utf-8", newline="").read().replace("DTSTAMP", "") .count("BEGIN:VEVENT") == 1
