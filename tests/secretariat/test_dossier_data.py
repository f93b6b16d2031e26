"""The dossiers' data read from a small drafting case: the packet's briefs with the redline against
the wording at the previous session, the consultation as of today, the annex; the assembly
dossier's origin and approvals (a stale one with what changed); the petition dossier with and
without contacts; an empty case file; bad input in one sentence."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest

from secretariat.errors import NotFound
from secretariat.redline import Segment
from secretariat.services import office_settings
from secretariat.services.dossier_data import assembly_dossier_data, petition_dossier_data, session_packet_data
from tests.secretariat.dossier_data_support import (
    AGUA,
    BICI,
    EMAILS,
    NEW,
    OLD,
    PHONES,
    S1,
    S2,
    TODAY,
    ChartRecorder,
    build_case,
)


@pytest.fixture
def case(db, counsel):
    return build_case(db, counsel)


def _contact_free(value) -> None:
    text = repr(value)
    for needle in (*EMAILS, *PHONES, "@example.org"):
        assert needle not in text, needle


def test_the_packet_has_the_session_its_briefs_and_the_annex(db, counsel, observer, case):
    charts = ChartRecorder()
    with db.read() as s:
        data = session_packet_data(s, observer, S2, chart=charts, today=TODAY)
    assert (data.held_on, data.place, data.previous_session_on) == (S2, "Sala de juntas de la Consejería", S1)
    assert data.starts_at.hour == 10 and data.note == "Sesión ordinaria."
    assert data.frame.generated_on == TODAY and data.frame.office_name and data.frame.letterhead_docx is None
    assert [e.kind for e in data.agenda] == ["petition_hearing", "wording_review", "crossing", "other"]
    agua = data.agenda[0].petition
    assert (agua.url, agua.petitioners, agua.signatures, agua.tier) == (
        AGUA, ("José Núñez Ávila", "Ana Ruiz Peña"), 12_350, "hearing")
    assert agua.topic == "Agua" and agua.summary.startswith("Resumen de") and agua.as_of == date(2016, 7, 4)
    assert [(t.tier, t.threshold) for t in agua.tier_history] == [("review", 5_000), ("hearing", 10_000)]
    # its growth chart was drawn from its counts with the thresholds in force
    assert agua.chart_png and ([c for _, c in charts.asked[0][0]], charts.asked[0][1]) == (
        [9_400, 12_350], (5_000, 10_000, 50_000))
    assert len(charts.asked) == 2                   # one per petition on the agenda, the same one once
    # the wording it feeds, against the previous session, and its consultation as of today
    [change] = agua.wordings
    assert (change.citation, change.version_number, change.previous_version) == ("Art. 9, F, 3", 2, 1)
    assert agua.consultation.state == "stale" and agua.consultation.outcome == "approved"
    assert agua.consultation.method == "signed_letter" and agua.consultation.approved_versions == (("Art. 9, F, 3", 1),)
    # the wording item carries the same change; the crossing brings the other petition
    assert data.agenda[1].wording == change and data.agenda[1].note == "Cambió tras la audiencia."
    assert data.agenda[2].petition.url == BICI and data.agenda[2].petition.consultation.state == "not_eligible"
    assert data.agenda[3].petition is None and data.agenda[3].wording is None
    assert [(r.url, r.tier) for r in data.annex] == [(AGUA, "hearing"), (BICI, "review")]
    _contact_free(data)


def test_the_redline_goes_from_the_wording_at_the_previous_session_to_today(db, counsel, case):
    with db.read() as s:
        second = session_packet_data(s, counsel, S2, today=TODAY)
        first = session_packet_data(s, counsel, S1, today=TODAY)
    change = second.agenda[1].wording
    assert change.text == NEW and all(isinstance(seg, Segment) for seg in change.redline)
    old = "".join(seg.text for seg in change.redline if seg.op != "insert")
    new = "".join(seg.text for seg in change.redline if seg.op != "delete")
    assert (old, new) == (OLD, NEW)
    inserted = "".join(seg.text for seg in change.redline if seg.op == "insert")
    deleted = "".join(seg.text for seg in change.redline if seg.op == "delete")
    assert "segura" in inserted and "diario" in inserted and "aceptable" in deleted
    # the first session had none before it: its wording (version 1, then) is all new
    [then] = first.agenda[0].petition.wordings
    assert first.previous_session_on is None and (then.version_number, then.text) == (1, OLD)
    assert then.previous_version is None and then.redline == ()


def test_a_wording_unchanged_since_the_previous_session_has_no_redline(db, counsel, case):
    from secretariat.services import sessions

    with db.write() as s:
        sessions.create_session(s, counsel, date(2016, 7, 19))
        detail = sessions.session_on(s, counsel, date(2016, 7, 19))
        sessions.add_item(s, counsel, detail.row.id, "wording_review", provision_id=case.numeral)
    with db.read() as s:
        change = session_packet_data(s, counsel, date(2016, 7, 19)).agenda[0].wording
    assert (change.version_number, change.previous_version, change.redline) == (2, 2, ())


def test_the_assembly_dossier_shows_origin_and_approvals_names_only(db, counsel, clerk, case):
    with db.read() as s:
        data = assembly_dossier_data(s, clerk, today=TODAY)
    assert [(p.citation, p.kind, p.depth) for p in data.provisions] == [
        ("Art. 9", "articulo", 0), ("Art. 9, F", "apartado", 1), ("Art. 9, F, 3", "numeral", 2)]
    numeral = data.provisions[2]
    assert (numeral.text, numeral.version_number, numeral.status) == (NEW, 2, "draft")
    agua, bici = numeral.petitions                  # most signatures first
    assert (agua.url, agua.state, agua.outcome, agua.approved_version) == (AGUA, "stale", "approved", 1)
    assert agua.contribution == "El agua como derecho exigible." and agua.petitioners == ("José Núñez Ávila",
                                                                                           "Ana Ruiz Peña")
    assert "".join(seg.text for seg in agua.stale_redline if seg.op != "delete") == NEW
    assert (bici.url, bici.state, bici.outcome, bici.stale_redline) == (BICI, "not_eligible", None, ())
    assert data.provisions[0].text == "" and data.provisions[0].petitions == ()
    _contact_free(data)


def test_the_petition_dossier_carries_contacts_only_when_asked(db, counsel, adviser, case):
    charts = ChartRecorder()
    with db.read() as s:
        plain = petition_dossier_data(s, adviser, AGUA, chart=charts, today=TODAY)
        full = petition_dossier_data(s, adviser, case.agua, with_contacts=True, today=TODAY)
    _contact_free(plain)
    assert [p.name for p in plain.petitioners] == ["José Núñez Ávila", "Ana Ruiz Peña"] and not plain.with_contacts
    assert [(p.email, p.phone) for p in full.petitioners] == list(zip(EMAILS[:2], PHONES[:2])) and full.with_contacts
    assert plain.chart_png and full.chart_png is None and len(charts.asked) == 1
    assert [c.signatures for c in plain.counts] == [9_400, 12_350] and plain.tier == "hearing"
    assert [p.citation for p in plain.provisions] == ["Art. 9, F, 3"] and plain.provisions[0].text == NEW
    assert plain.consultation_state == "stale"
    [answer] = plain.consultations
    assert (answer.outcome, answer.method, answer.stale, answer.versions) == (
        "approved", "signed_letter", True, (("Art. 9, F, 3", 1),))
    assert answer.recorded_by and plain.duties and plain.duties[0].kind == "legal_review"
    assert plain.assembly == ()


def test_an_empty_case_file_still_gives_every_dossier(db, counsel):
    from secretariat.services import sessions

    with db.write() as s:
        sessions.create_session(s, counsel, S2)
    with db.read() as s:
        packet = session_packet_data(s, counsel, S2)
        assembly = assembly_dossier_data(s, counsel)
    assert packet.agenda == () and packet.annex == () and packet.previous_session_on is None
    assert assembly.provisions == () and packet.frame.generated_on == date.today()


def test_the_office_texts_and_the_language_reach_the_frame(db, counsel, case):
    with db.write() as s:
        office_settings.set_office_texts(s, counsel, office_name="Consejería Jurídica y de Servicios Legales",
                                         classification="Reservado")
    with db.read() as s:
        frame = assembly_dossier_data(s, counsel, lang="en").frame
        fallback = assembly_dossier_data(s, counsel, lang="fr").frame
    assert (frame.office_name, frame.classification, frame.lang) == (
        "Consejería Jurídica y de Servicios Legales", "Reservado", "en")
    assert fallback.lang == "es"


def test_bad_input_is_one_sentence(db, counsel, case):
    with db.read() as s:
        with pytest.raises(NotFound) as no_session:
            session_packet_data(s, counsel, date(2016, 7, 13))
        with pytest.raises(NotFound) as no_petition:
            petition_dossier_data(s, counsel, "https://www.change.org/p/no-existe")
    assert no_session.value.sentence() == "No hay ninguna sesión del grupo redactor el 13 de julio de 2016 (2016-07-13)."
    assert no_petition.value.sentence() == "No se encontró la petición «https://www.change.org/p/no-existe»."


def test_only_the_petition_dossier_type_can_hold_contacts():
    from exports import dossier_types as T

    names = {f.name for cls in (T.PetitionBrief, T.AnnexRow, T.PetitionApproval, T.SessionAttendee)
             for f in fields(cls)}
    assert not names & {"email", "emails", "phone", "phones"}


def test_a_brief_names_what_the_petition_feeds_that_has_no_wording_yet(db, counsel, case):
    from secretariat.services import petitions, provisions

    with db.write() as s:
        bici = next(r.id for r in petitions.list_petitions(s, counsel) if r.url == BICI)
        movilidad = provisions.add_provision(s, counsel, "articulo", "Art. 13", "Ciudad habitable")
        provisions.link_petition(s, counsel, bici, movilidad.id, "Ciclovías protegidas.")
    with db.read() as s:
        data = session_packet_data(s, counsel, S2, today=TODAY)
    brief = data.agenda[2].petition
    assert brief.url == BICI
    assert [w.citation for w in brief.wordings] == ["Art. 9, F, 3"] and brief.unworded == ("Art. 13",)


def test_the_assembly_dossier_shows_a_draft_saved_after_the_final_as_such(db, counsel, case):
    """A newer draft after a final version: the dossier prints today's wording with its status
    (the one approvals are judged against and the one the assembly's record sends)."""
    from secretariat.services import provisions, wording

    with db.write() as s:
        numeral = next(r for r in provisions.provision_tree(s, counsel) if r.citation == "Art. 9, F, 3")
        wording.finalize_version(s, counsel, wording.current_version(s, counsel, numeral.id).row.id)
        wording.save_version(s, counsel, numeral.id, NEW + " Con una frase más.", base_number=2)
    with db.read() as s:
        entry = assembly_dossier_data(s, counsel, today=TODAY).provisions[2]
    assert (entry.version_number, entry.status, entry.text) == (3, "draft", NEW + " Con una frase más.")
    agua = entry.petitions[0]
    assert agua.state == "stale" and "".join(x.text for x in agua.stale_redline if x.op != "delete") == entry.text
