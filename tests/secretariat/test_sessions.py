"""Committee sessions: one a day, date and time, attendees from the roster and guests, the agenda's
order, two editors at once, deletion, and the sentences a user reads."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from secretariat.errors import ConflictError, InvalidInput, NotFound, SecretariatError
from secretariat.models import AgendaItem, AuditEntry, SessionAttendee
from secretariat.services import rosters, sessions
from tests.secretariat.helpers import day, row

D = date(2016, 7, 12)


@pytest.fixture
def members(db, counsel):
    with db.write() as s:
        return [rosters.add_member(s, counsel, n).id for n in ("Dra. Clara Soto", "Mtro. Diego Ibarra",
                                                               "Lic. Eva Márquez")]


def create(db, actor, held_on=D, **kw):
    with db.write() as s:
        return sessions.create_session(s, actor, held_on, **kw)


def write(db, fn, *args, **kw):
    with db.write() as s:
        return fn(s, *args, **kw)


def titles(detail) -> list[str]:
    return [f"{i.position}. {i.title}" for i in detail.agenda]


# ------------------------------------------------------------------------------ sessions

def test_a_session_keeps_its_day_time_place_and_committee(db, counsel, observer, members):
    detail = create(db, counsel, starts_at=datetime(2016, 7, 12, 17, 0), place="  Sala \x07de juntas  ",
                    note="Sesión ordinaria.", member_ids=[members[1], members[0], members[1]])
    assert (detail.row.held_on, detail.row.starts_at, detail.row.place) == (
        D, datetime(2016, 7, 12, 17, 0), "Sala de juntas")
    assert detail.row.attendees == ("Mtro. Diego Ibarra", "Dra. Clara Soto"), "repeated once, in order"
    assert [(a.member_id, a.role) for a in detail.attendees] == [(members[1], ""), (members[0], "")]
    with db.read() as s:
        assert sessions.session_on(s, observer, D) == detail
        assert sessions.session_detail(s, observer, detail.row.id) == detail


def test_sessions_are_listed_newest_first_with_counts(db, counsel, observer, members):
    first = create(db, counsel, date(2016, 7, 5), member_ids=members)
    second = create(db, counsel, D, member_ids=members[:1])
    write(db, sessions.add_item, counsel, second.row.id, "other", title="Informe de la Consejería")
    with db.read() as s:
        listed = sessions.list_sessions(s, observer)
        later = sessions.session_detail(s, observer, second.row.id)
    assert [(r.held_on, len(r.attendees), r.items) for r in listed] == [(D, 1, 1), (date(2016, 7, 5), 3, 0)]
    assert later.previous_held_on == first.row.held_on


def test_one_session_a_day(db, counsel):
    first = create(db, counsel)
    with pytest.raises(SecretariatError) as refused:
        create(db, counsel, place="Otra sala")
    assert refused.value.code == "session_exists"
    assert refused.value.sentence() == ("Ya hay una sesión del grupo redactor el 12 de julio de 2016; solo puede "
                                        "haber una por día.")
    other = create(db, counsel, date(2016, 7, 19))
    with pytest.raises(SecretariatError, match="session_exists"):
        write(db, sessions.update_session, counsel, other.row.id, held_on=D)
    with db.read() as s:
        assert [r.id for r in sessions.list_sessions(s, counsel)] == [other.row.id, first.row.id]


def test_the_time_belongs_to_the_sessions_day_and_moves_with_it(db, counsel):
    with pytest.raises(SecretariatError) as refused:
        create(db, counsel, starts_at=datetime(2016, 7, 13, 17, 0))
    assert refused.value.sentence() == ("La hora de la sesión (2016-07-13 17:00) debe ser del mismo día de la "
                                        "sesión, el 12 de julio de 2016.")
    detail = create(db, counsel, starts_at=datetime(2016, 7, 12, 17, 30))
    moved = write(db, sessions.update_session, counsel, detail.row.id, held_on=date(2016, 7, 14))
    assert moved.row.starts_at == datetime(2016, 7, 14, 17, 30)
    cleared = write(db, sessions.update_session, counsel, detail.row.id, starts_at=None, place="Salón Verde")
    assert (cleared.row.starts_at, cleared.row.place) == (None, "Salón Verde")
    with pytest.raises(InvalidInput):
        write(db, sessions.update_session, counsel, detail.row.id, place="x" * 201)


def test_no_session_on_a_date_is_said_with_the_date(db, counsel):
    with db.read() as s, pytest.raises(NotFound) as missing:
        sessions.session_on(s, counsel, D)
    assert missing.value.sentence() == "No hay ninguna sesión del grupo redactor el 12 de julio de 2016 (2016-07-12)."
    assert missing.value.sentence("en") == "There is no drafting committee session on 2016-07-12."


def test_a_stale_edit_is_a_conflict_and_writes_nothing(db, counsel):
    seen = create(db, counsel, place="Sala de juntas")
    write(db, sessions.update_session, counsel, seen.row.id, place="Salón Verde",
          expected_version=seen.row.version_id)
    for call in (lambda s: sessions.update_session(s, counsel, seen.row.id, place="Sala 3",
                                                   expected_version=seen.row.version_id),
                 lambda s: sessions.add_item(s, counsel, seen.row.id, "other", title="Varios",
                                             expected_version=seen.row.version_id),
                 lambda s: sessions.set_attendees(s, counsel, seen.row.id, [], ["Invitada"],
                                                  expected_version=seen.row.version_id),
                 lambda s: sessions.delete_session(s, counsel, seen.row.id, expected_version=seen.row.version_id)):
        with pytest.raises(ConflictError) as conflict, db.write() as s:
            call(s)
        assert conflict.value.sentence() == ("Otra persona modificó la sesión del grupo redactor «2016-07-12» "
                                             "mientras usted lo editaba; vuelva a cargarlo.")
    with db.read() as s:
        now = sessions.session_detail(s, counsel, seen.row.id)
    assert (now.row.place, now.agenda, now.attendees) == ("Salón Verde", (), ())


def test_every_agenda_change_is_a_new_version_of_the_session(db, counsel):
    detail = create(db, counsel)
    versions = [detail.row.version_id]
    detail = write(db, sessions.add_item, counsel, detail.row.id, "other", title="Varios")
    versions.append(detail.row.version_id)
    detail = write(db, sessions.update_item, counsel, detail.agenda[0].id, note="Breve.")
    versions.append(detail.row.version_id)
    assert versions == sorted(set(versions))


# ------------------------------------------------------------------------------ attendees

def test_attendees_are_members_then_guests_and_the_list_is_replaced(db, counsel, members):
    detail = create(db, counsel, member_ids=members)
    detail = write(db, sessions.set_attendees, counsel, detail.row.id, [members[2]],
                   ["Ing. Rocío Gamboa", ("Lic. Mateo Ruiz", "Asesor jurídico")])
    assert [(a.member_id, a.name, a.role) for a in detail.attendees] == [
        (members[2], "Lic. Eva Márquez", ""), (None, "Ing. Rocío Gamboa", ""),
        (None, "Lic. Mateo Ruiz", "Asesor jurídico")]
    with pytest.raises(SecretariatError) as twice:
        write(db, sessions.set_attendees, counsel, detail.row.id, [], ["Rocío Gamboa", "ROCÍO  gamboa"])
    assert twice.value.sentence() == "ROCÍO gamboa ya está en la lista de asistentes de esta sesión."
    with pytest.raises(InvalidInput):
        write(db, sessions.set_attendees, counsel, detail.row.id, [], ["   "])
    with pytest.raises(NotFound):
        write(db, sessions.set_attendees, counsel, detail.row.id, [9999])
    with db.read() as s:
        assert sessions.session_detail(s, counsel, detail.row.id).attendees == detail.attendees


def test_an_inactive_member_is_not_added_but_may_stay(db, counsel, members):
    detail = create(db, counsel, member_ids=members[:1])
    with db.write() as s:
        rosters.update_member(s, counsel, members[0], active=False)
        rosters.update_member(s, counsel, members[1], active=False)
    kept = write(db, sessions.set_attendees, counsel, detail.row.id, [members[0]], ["Invitada Uno"])
    assert [a.name for a in kept.attendees] == ["Dra. Clara Soto", "Invitada Uno"]
    with pytest.raises(SecretariatError) as refused:
        write(db, sessions.set_attendees, counsel, detail.row.id, [members[0], members[1]])
    assert refused.value.code == "member_inactive" and "Mtro. Diego Ibarra" in refused.value.sentence()


# ------------------------------------------------------------------------------ agenda

def test_items_are_numbered_added_before_general_business_moved_and_removed(db, counsel):
    day(db, counsel, [row("agua", 12_000, date(2016, 7, 1), title="Derecho al agua potable")])
    sid = create(db, counsel).row.id
    write(db, sessions.add_item, counsel, sid, "other", title="Asuntos generales")
    detail = write(db, sessions.add_item, counsel, sid, "petition_hearing", petition_id=1, note="Citar a la peticionaria.")
    detail = write(db, sessions.add_item, counsel, sid, "other", title="Informe de la Consejería")
    assert titles(detail) == ["1. Derecho al agua potable", "2. Asuntos generales", "3. Informe de la Consejería"]
    assert detail.agenda[0].petition_url == "https://www.change.org/p/agua"
    informe = detail.agenda[2].id
    detail = write(db, sessions.move_item, counsel, informe, 1)
    assert titles(detail) == ["1. Informe de la Consejería", "2. Derecho al agua potable", "3. Asuntos generales"]
    detail = write(db, sessions.move_item, counsel, informe, 3)
    assert titles(detail)[-1] == "3. Informe de la Consejería"
    for bad in (0, 4, "2", True):
        with pytest.raises(InvalidInput):
            write(db, sessions.move_item, counsel, informe, bad)
    detail = write(db, sessions.remove_item, counsel, detail.agenda[0].id)
    assert titles(detail) == ["1. Asuntos generales", "2. Informe de la Consejería"]


def test_item_input_is_checked_and_cleaned(db, counsel):
    sid = create(db, counsel).row.id
    for kind, kw in (("other", {}), ("sorpresa", {"title": "Varios"})):
        with pytest.raises(InvalidInput):
            write(db, sessions.add_item, counsel, sid, kind, **kw)
    with pytest.raises(NotFound) as missing:
        write(db, sessions.add_item, counsel, sid, "petition_hearing", petition_id=404)
    assert missing.value.sentence() == "No se encontró la petición «404»."
    with pytest.raises(NotFound) as missing:
        write(db, sessions.add_item, counsel, sid, "wording_review", provision_id=404)
    assert missing.value.sentence() == "No se encontró la disposición «404»."
    detail = write(db, sessions.add_item, counsel, sid, "other", title="  Informe\x0b  de\tla Consejería ",
                   note="Línea uno\nLínea dos\x00")
    assert (detail.agenda[0].title, detail.agenda[0].note) == ("Informe de la Consejería", "Línea uno\nLínea dos")
    edited = write(db, sessions.update_item, counsel, detail.agenda[0].id, kind="approval", title="Vistos buenos")
    assert (edited.agenda[0].kind, edited.agenda[0].title, edited.agenda[0].note) == (
        "approval", "Vistos buenos", "Línea uno\nLínea dos")


def test_deleting_a_session_takes_its_agenda_and_attendees_and_is_audited(db, counsel, members):
    detail = create(db, counsel, member_ids=members)
    write(db, sessions.add_item, counsel, detail.row.id, "other", title="Varios")
    gone = write(db, sessions.delete_session, counsel, detail.row.id)
    assert gone.held_on == D and gone.items == 1
    with db.read() as s:
        assert sessions.list_sessions(s, counsel) == []
        assert s.execute(select(func.count()).select_from(AgendaItem)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(SessionAttendee)).scalar_one() == 0
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.action, last.entity, last.entity_id) == ("delete_session", "committee_session", str(detail.row.id))
    assert "Varios" in last.before and "Dra. Clara Soto" in last.before


def test_only_the_counsel_prepares_sessions(db, counsel, adviser, clerk, observer):
    detail = create(db, counsel)
    for actor in (adviser, clerk, observer):
        with pytest.raises(SecretariatError) as refused:
            write(db, sessions.add_item, actor, detail.row.id, "other", title="Varios")
        assert refused.value.sentence().endswith("no permite preparar las sesiones del grupo redactor.")
        with db.read() as s:
            assert sessions.session_detail(s, actor, detail.row.id) == detail
