""""Proponer orden del día": exactly what happened between the previous session and this one.

The case (March 2016): session A on the 8th, session B on the 15th.
- agua crossed review and hearing on the 1st (A's window, not B's);
- mercados crossed review on the 8th, the day of A (A's, not B's);
- calles crossed review and hearing on the 9th; its hearing was reverted on the 12th;
- bici crossed review and hearing on the 10th; parques crossed review on the 10th;
- jardines crossed review on the 15th, the day of B (B's);
- luz crossed review on the 16th (after B: nobody's).
Wording: Art. 16, A, 3 got versions on the 10th and late on the 15th (local time); Art. 9 got one
late on the 8th (local time, already the 9th in UTC: still A's day). Approvals: agua was rejected
on the 11th and approved on the 14th (one item, the latest); parques answered on the 7th (A's).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from secretariat.models import AuditEntry, ConsultationOutcome, Petition, Provision, ProvisionVersion
from secretariat.services import sessions
from secretariat.services.session_proposal import day_start_utc
from tests.secretariat.helpers import day, row

A, B = date(2016, 3, 8), date(2016, 3, 15)


def d(n: int) -> date:
    return date(2016, 3, n)


def utc(local_day: int, hour: int, minute: int = 0) -> datetime:
    """A local Mexico City time (UTC-6 in March 2016) as the naive UTC the tables store."""
    return day_start_utc(d(local_day)) + timedelta(hours=hour, minutes=minute)


def _provision(s, citation: str, heading: str, position: int, parent: int | None = None) -> int:
    p = Provision(kind="articulo" if parent is None else "apartado", citation=citation, heading=heading,
                  position=position, parent_id=parent)
    s.add(p)
    s.flush()
    return p.id


def _version(s, provision_id: int, number: int, text: str, created_at: datetime, status: str = "draft") -> None:
    s.add(ProvisionVersion(provision_id=provision_id, number=number, text=text, status=status,
                           text_sha256=hashlib.sha256(text.encode()).hexdigest(), created_at=created_at))
    s.flush()


def _outcome(s, petition_id: int, outcome: str, decided_on: date, recorded_at: datetime, remarks: str = "") -> None:
    s.add(ConsultationOutcome(petition_id=petition_id, outcome=outcome, remarks=remarks, decided_on=decided_on,
                              method="signed_letter", wording_sha256="0" * 64, recorded_at=recorded_at))
    s.flush()


@pytest.fixture
def case(db, counsel):
    day(db, counsel, [row("agua", 12_000, d(1), title="Derecho al agua potable")])
    day(db, counsel, [row("mercados", 5_300, d(8), title="Mercados públicos dignos")])
    day(db, counsel, [row("calles", 11_000, d(9), title="Calles iluminadas")])
    day(db, counsel, [row("bici", 10_500, d(10), title="Ciclovías seguras"),
                      row("parques", 5_200, d(10), title="Más parques")])
    day(db, counsel, [row("calles", 9_000, d(12), title="Calles iluminadas")])
    day(db, counsel, [row("jardines", 5_100, d(15), title="Jardines vecinales")])
    day(db, counsel, [row("luz", 6_000, d(16), title="Alumbrado en colonias")])
    with db.write() as s:
        ids = {url.rsplit("/", 1)[1]: pid for url, pid in s.execute(select(Petition.url, Petition.id))}
        art16 = _provision(s, "Art. 16", "Derecho a la ciudad", 2)
        a3 = _provision(s, "Art. 16, A, 3", "Movilidad", 1, parent=art16)
        art9 = _provision(s, "Art. 9", "Ciudad solidaria", 1)
        _version(s, a3, 1, "Toda persona tiene derecho a la movilidad.", utc(10, 11))
        _version(s, a3, 2, "Toda persona tiene derecho a una movilidad segura.", utc(15, 23, 30), "proposed")
        _version(s, art9, 1, "La Ciudad garantiza el agua.", utc(8, 20))
        _outcome(s, ids["agua"], "rejected", d(11), utc(11, 12), "Falta el saneamiento.")
        _outcome(s, ids["agua"], "approved", d(14), utc(14, 9))
        _outcome(s, ids["parques"], "approved", d(7), utc(7, 9))
        first = sessions.create_session(s, counsel, A, place="Sala de juntas")
        second = sessions.create_session(s, counsel, B, place="Sala de juntas")
    return {"petitions": ids, "a3": a3, "art9": art9, "A": first.row.id, "B": second.row.id}


def propose(db, actor, session_id, **kw):
    with db.write() as s:
        return sessions.propose_agenda(s, actor, session_id, **kw)


def agenda(detail) -> list[tuple[str, str]]:
    return [(i.kind, i.title) for i in detail.agenda]


EXPECTED_B = [
    ("petition_hearing", "Audiencia: Ciclovías seguras"),
    ("wording_review", "Art. 16, A, 3 — Movilidad"),
    ("approval", "Visto bueno: Derecho al agua potable"),
    ("crossing", "Nuevo nivel (revisión jurídica): Calles iluminadas"),
    ("crossing", "Nuevo nivel (revisión jurídica): Ciclovías seguras"),
    ("crossing", "Nuevo nivel (revisión jurídica): Más parques"),
    ("crossing", "Nuevo nivel (revisión jurídica): Jardines vecinales"),
    ("other", "Asuntos generales"),
]


def test_the_proposal_takes_exactly_what_happened_since_the_previous_session(db, counsel, case):
    detail = propose(db, counsel, case["B"])
    assert agenda(detail) == EXPECTED_B
    assert [i.position for i in detail.agenda] == list(range(1, 9))
    assert detail.previous_held_on == A
    hearing, wording, approval = detail.agenda[:3]
    assert (hearing.petition_id, hearing.petition_url) == (
        case["petitions"]["bici"], "https://www.change.org/p/bici")
    assert hearing.note == ("Alcanzó 10,500 firmas el 10 de marzo de 2016; su audiencia ante el grupo redactor "
                            "está pendiente.")
    assert (wording.provision_id, wording.citation) == (case["a3"], "Art. 16, A, 3")
    assert wording.note == "Nueva redacción: versión 2 (propuesta al grupo redactor)."
    assert approval.petition_title == "Derecho al agua potable"
    assert approval.note == "Respuesta por escrito firmado del 14 de marzo de 2016."
    calles = detail.agenda[3]
    assert calles.note == "Revisión jurídica el 9 de marzo de 2016 (11,000 firmas).", "the reverted hearing is gone"


def test_days_are_mexico_city_days():
    assert utc(15, 23, 30) == datetime(2016, 3, 16, 5, 30), "late on the 15th is already the 16th in UTC"


def test_without_a_previous_session_everything_up_to_its_day_counts(db, counsel, case):
    detail = propose(db, counsel, case["A"])
    assert detail.previous_held_on is None
    assert agenda(detail) == [
        ("petition_hearing", "Audiencia: Derecho al agua potable"),
        ("wording_review", "Art. 9 — Ciudad solidaria"),
        ("approval", "Visto bueno: Más parques"),
        ("crossing", "Nuevo nivel (revisión jurídica): Derecho al agua potable"),
        ("crossing", "Nuevo nivel (revisión jurídica): Mercados públicos dignos"),
        ("other", "Asuntos generales"),
    ]


def test_a_rejection_with_remarks_is_an_approval_item_that_says_so(db, counsel, case):
    with db.write() as s:
        later = sessions.create_session(s, counsel, d(12))  # window 9..12 holds only the rejection
        detail = sessions.propose_agenda(s, counsel, later.row.id)
    approval = next(i for i in detail.agenda if i.kind == "approval")
    assert approval.title == "Redacción rechazada: Derecho al agua potable"
    assert approval.note.endswith("Observaciones: Falta el saneamiento.")
    assert "Audiencia: Calles iluminadas" not in [i.title for i in detail.agenda], \
        "reverted on the 12th, the session's own day"


def test_proposing_again_repeats_nothing_and_keeps_the_counsels_items(db, counsel, case):
    with db.write() as s:
        sessions.add_item(s, counsel, case["B"], "other", title="Informe de la Consejería")
    first = propose(db, counsel, case["B"])
    assert agenda(first) == [("other", "Informe de la Consejería"), *EXPECTED_B]
    with db.read() as s:
        audits = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    again = propose(db, counsel, case["B"])
    assert agenda(again) == agenda(first)
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == audits, \
            "nothing new, nothing written"
    # a removed item comes back, before the closing "Asuntos generales"
    with db.write() as s:
        sessions.remove_item(s, counsel, first.agenda[2].id)  # the wording review
    back = propose(db, counsel, case["B"])
    assert agenda(back)[-2:] == [("wording_review", "Art. 16, A, 3 — Movilidad"), ("other", "Asuntos generales")]
    assert [i.position for i in back.agenda] == list(range(1, 10))


def test_replace_drops_the_current_items_and_proposes_afresh(db, counsel, case):
    with db.write() as s:
        sessions.add_item(s, counsel, case["B"], "other", title="Informe de la Consejería")
        sessions.add_item(s, counsel, case["B"], "petition_hearing", petition_id=case["petitions"]["luz"])
    detail = propose(db, counsel, case["B"], replace=True)
    assert agenda(detail) == EXPECTED_B
    with db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert last.action == "propose_agenda" and '"replace":true' in last.after
    assert "Informe de la Consejería" in last.before


def test_an_edited_proposal_is_not_duplicated_by_its_matter(db, counsel, case):
    detail = propose(db, counsel, case["B"])
    hearing = detail.agenda[0]
    with db.write() as s:
        sessions.update_item(s, counsel, hearing.id, title="Escuchar a quienes piden ciclovías",
                             note="Invitar a la Secretaría de Movilidad.")
    again = propose(db, counsel, case["B"])
    assert [i.title for i in again.agenda].count("Audiencia: Ciclovías seguras") == 0
    assert again.agenda[0].title == "Escuchar a quienes piden ciclovías"
    assert len(again.agenda) == len(EXPECTED_B)


def test_the_general_business_item_is_not_added_twice_even_if_moved(db, counsel, case):
    detail = propose(db, counsel, case["B"])
    closing = detail.agenda[-1]
    with db.write() as s:
        sessions.move_item(s, counsel, closing.id, 1)
    again = propose(db, counsel, case["B"])
    assert [i.title for i in again.agenda].count("Asuntos generales") == 1
    assert again.agenda[0].title == "Asuntos generales"
