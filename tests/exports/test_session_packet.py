"""The session packet on the sample session and on an empty one: cover, agenda, briefs, redline,
consultation, annex; no contact data; LibreOffice renders it."""

from __future__ import annotations

import dataclasses

import pytest

from exports import dossier_fixtures as F
from exports import dossier_types as T
from exports.session_packet import write_session_packet

from .docx_reader import read_docx
from .support import needs_office, pdf_text, to_pdf


@pytest.fixture(scope="module")
def packet(tmp_path_factory):
    path = tmp_path_factory.mktemp("packet") / "paquete.docx"
    write_session_packet(F.sample_packet(), path)
    return read_docx(path)


def test_cover_names_the_office_session_date_place_attendees_and_classification(packet):
    text = packet.text
    for needle in (F.OFFICE, "Sesión del grupo redactor", "Martes 12 de julio de 2016, 10:00 h",
                   "Sala de juntas de la Consejería", "5 de julio de 2016", "Dra. Carmen Valdés Ortega",
                   "Lic. Beatriz Solís Ángeles", "Uso interno"):
        assert needle in text, needle


def test_one_brief_per_agenda_item_each_on_its_own_page(packet):
    briefs = packet.with_style("heading 2")[:5]
    assert [p.text.split(".")[0] for p in briefs] == ["1", "2", "3", "4", "5"]
    assert [p.page_break_before for p in briefs] == [False, True, True, True, True]
    assert briefs[3].text == "4. Parques de bolsillo alcanzó la revisión jurídica"


def test_the_brief_has_petitioners_signatures_chart_tiers_and_meetings(packet):
    text = packet.text
    assert "José Núñez Ávila, Ana Ruiz Peña" in text
    assert "63,508 firmas al 12 de julio de 2016 (+1,204 en 7 días)." in text
    assert "Reuniones celebradas: audiencia inicial y 2 seguimientos." in text
    assert "Reuniones celebradas: audiencia inicial." in text      # the cycle lanes petition
    assert len(packet.media) == 1                                   # one chart; the second brief has none
    assert "No hay gráfica de crecimiento disponible." in text
    tiers = next(t for t in packet.tables if t.rows[0][:2] == ["Nivel", "Umbral"])
    assert tiers.rows[3] == ["Audiencia con el jefe de gobierno", "50,000", "2 de julio de 2016", "50,310", ""]


def test_the_wording_is_redlined_against_the_previous_session(packet):
    runs = packet.runs()
    inserted = [r.text for r in runs if r.underline and r.color]
    deleted = [r.text for r in runs if r.strike and r.color]
    assert "segura, asequible, accesible" in "".join(inserted) and "aceptable" in deleted
    assert all(not r.strike for r in runs if r.underline)
    assert "Versión 4 · Propuesta al grupo redactor. Cambios desde la sesión del 5 de julio de 2016." in packet.text
    assert "Redacción nueva: no existía en la sesión anterior." in packet.text   # Art. 11, G
    # joining what is not struck gives today's wording, what is not underlined the old one
    wording = [p for p in packet.paragraphs if p.style == "DossierWording"][:2]
    today = "\n\n".join("".join(r.text for r in p.runs if not r.strike) for p in wording)
    assert today == F.AGUA_NEW


def test_consultation_states_are_stated(packet):
    text = packet.text
    assert "Visto bueno — aprobó el 8 de julio de 2016 por carta firmada" in text
    assert "Visto bueno desactualizado — aprobó el 4 de julio de 2016 por correo electrónico" in text


def test_annex_groups_petitions_by_tier_highest_first(packet):
    tiers = [p.text for p in packet.with_style("heading 2")[5:]]
    assert tiers == ["Audiencia con el jefe de gobierno (1)", "Audiencia ante el grupo redactor (2)",
                     "Revisión jurídica (1)", "En seguimiento (1)"]
    hearing = [t for t in packet.tables if t.rows[0] == ["Petición", "Peticionarios", "Firmas", "Admisibilidad"]][1]
    assert [r[2] for r in hearing.rows[1:]] == ["15,870", "12,400"]


def test_no_contact_data_anywhere_in_the_file(tmp_path):
    path = tmp_path / "paquete.docx"
    write_session_packet(F.sample_packet(), path)
    xml = read_docx(path).all_xml()
    for secret in F.EMAILS + F.PHONES + ("@example.org",):
        assert secret not in xml
    # and the packet's input types cannot even carry them
    for cls in (T.SessionPacketData, T.AgendaEntry, T.PetitionBrief, T.AnnexRow, T.SessionAttendee, T.MeetingBrief):
        names = {f.name for f in dataclasses.fields(cls)}
        assert not names & {"email", "phone", "emails", "phones", "contacts"}, cls


def test_an_empty_session_is_still_a_valid_packet_that_says_so(tmp_path):
    path = tmp_path / "vacio.docx"
    write_session_packet(F.empty_packet(), path)
    doc = read_docx(path)
    assert "El orden del día de esta sesión todavía no tiene asuntos." in doc.text
    assert "No hay fichas: el orden del día no tiene asuntos." in doc.text
    assert "Todavía no hay peticiones en el expediente." in doc.text
    assert 'TOC \\o "1-3" \\h \\z \\u' in doc.fields


@needs_office
def test_libreoffice_renders_the_packet(tmp_path):
    path = tmp_path / "paquete.docx"
    write_session_packet(F.sample_packet(), path)
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    for needle in ("Sesión del grupo redactor", "Orden del día", "Índice", "José Núñez Ávila",
                   "Art. 9, F, 3", "Visto bueno desactualizado", "Audiencia con el jefe de gobierno",
                   "63,508", "Página 1 de", "USO INTERNO"):
        assert needle in text, needle
    assert "@example.org" not in text


@needs_office
def test_libreoffice_opens_the_empty_packet(tmp_path):
    path = tmp_path / "vacio.docx"
    write_session_packet(F.empty_packet(), path)
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    assert "Sesión del grupo redactor" in text and "todavía no tiene asuntos" in text


def test_a_brief_names_the_provisions_still_without_wording(tmp_path):
    """A petition feeding provisions not yet drafted is not told it feeds none."""
    data = F.sample_packet()
    entries = list(data.agenda)
    i = next(n for n, e in enumerate(entries) if e.petition is not None)
    bare = dataclasses.replace(entries[i].petition, wordings=(), unworded=("Art. 9, F, 3", "Art. 13, B"))
    entries[i] = dataclasses.replace(entries[i], petition=bare)
    path = tmp_path / "paquete.docx"
    write_session_packet(dataclasses.replace(data, agenda=tuple(entries)), path)
    text = read_docx(path).text
    assert "Todavía sin redacción: Art. 9, F, 3, Art. 13, B." in text
    both = dataclasses.replace(bare, wordings=(), unworded=())
    entries[i] = dataclasses.replace(entries[i], petition=both)
    write_session_packet(dataclasses.replace(data, agenda=tuple(entries)), path)
    assert "La petición todavía no alimenta ninguna disposición." in read_docx(path).text
