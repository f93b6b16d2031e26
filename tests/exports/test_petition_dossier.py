"""The petition dossier: every part of one petition's file; contacts only when asked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from exports import dossier_fixtures as F
from exports.dossier_types import CountPoint
from exports.petition_dossier import thin, write_petition_dossier

from .docx_reader import read_docx
from .support import needs_office, pdf_text, to_pdf

PARTS = ["Datos de la petición", "Peticionarios", "Historial de firmas", "Cruces de nivel", "Deberes", "Reuniones",
         "Disposiciones que alimenta", "Historial de la consulta", "Destino en la Asamblea"]


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    path = tmp_path_factory.mktemp("petition") / "expediente.docx"
    write_petition_dossier(F.sample_petition(with_contacts=False), path)
    return read_docx(path)


def test_every_part_is_a_heading_1(dossier):
    assert [p.text for p in dossier.with_style("Title")] == ["Expediente de la petición"]
    assert [p.text for p in dossier.with_style("heading 1")] == PARTS
    assert [p.text for p in dossier.with_style("heading 2")] == [
        "Audiencia — 15 de junio de 2016, 10:00", "Seguimiento — 29 de junio de 2016, 12:00",
        "Seguimiento — 6 de julio de 2016, 12:00", "Art. 9, F, 3 — Derecho al agua y a su saneamiento"]


def test_data_admissibility_and_history(dossier):
    text = dossier.text
    for needle in ("Derecho al agua potable en Iztapalapa", "Admitida", "Materia constitucional: derechos humanos.",
                   "Audiencia con el jefe de gobierno", "+1,204", "Se muestran 40 de 90 cortes"):
        assert needle in text, needle
    counts = next(t for t in dossier.tables if t.rows[0] == ["Fecha", "Firmas", "Cambio"])
    assert len(counts.rows) == 41 and counts.rows[-1][:2] == ["12 de julio de 2016", "63,508"]
    assert len(dossier.media) == 1


def test_duties_meetings_minutes_agreements(dossier):
    text = dossier.text
    assert "Reuniones celebradas: audiencia inicial y 2 seguimientos." in text
    assert "Los peticionarios expusieron la falta de suministro en 14 colonias de Iztapalapa." in text
    assert "Ana Ruiz Peña (Peticionario) — no asistió" in text
    agreements = next(t for t in dossier.tables if t.rows[0][0] == "Acuerdo")
    assert agreements.rows[1] == ["Enviar a los peticionarios la propuesta de redacción.",
                                  "Lic. Beatriz Solís Ángeles", "22/06/2016"]
    duties = next(t for t in dossier.tables if t.rows[0][0] == "Tipo")
    assert duties.rows[1][:3] == ["Revisión jurídica", "Cumplido", "Lic. Beatriz Solís Ángeles"]


def test_provisions_consultation_history_and_assembly(dossier):
    text = dossier.text
    assert "Aportación: Reconocer el agua como derecho exigible." in text
    assert "Estado actual: Visto bueno" in text
    history = next(t for t in dossier.tables if t.rows[0][0] == "Fecha" and "Medio" in t.rows[0])
    assert history.rows[1][1] == "Aprobó con observaciones\nVISTO BUENO DESACTUALIZADO"
    assert history.rows[2][:3] == ["08/07/2016", "Aprobó", "carta firmada"]
    assert "Falta decir «diario»." in text
    assert "Modificada por la Asamblea el 20 de enero de 2017." in text


def test_contacts_only_when_asked(tmp_path, dossier):
    xml = dossier.all_xml()
    assert not any(s in xml for s in F.EMAILS + F.PHONES)
    assert "Los datos de contacto no se incluyen en esta copia." in dossier.text
    path = tmp_path / "con-contactos.docx"
    write_petition_dossier(F.sample_petition(with_contacts=True), path)
    doc = read_docx(path)
    contacts = next(t for t in doc.tables if t.rows[0] == ["Peticionarios", "Correo", "Teléfono"])
    assert contacts.rows[1] == ["José Núñez Ávila", F.EMAILS[0], F.PHONES[0]]


def test_an_empty_petition_says_so_in_every_part(tmp_path):
    path = tmp_path / "vacia.docx"
    write_petition_dossier(F.empty_petition(), path)
    doc = read_docx(path)
    assert [p.text for p in doc.with_style("heading 1")] == PARTS
    for sentence in ("Sin cortes de firmas.", "La petición no ha cruzado ningún umbral.", "Sin deberes.",
                     "Sin reuniones.", "La petición todavía no alimenta ninguna disposición.",
                     "Sin respuestas registradas.", "La Asamblea todavía no ha resuelto."):
        assert sentence in doc.text, sentence


def test_thinning_keeps_first_and_last_and_at_most_the_limit():
    counts = tuple(CountPoint(date(2016, 1, 1) + timedelta(days=i), i) for i in range(365))
    shown = thin(counts)
    assert len(shown) == 40 and shown[0] == counts[0] and shown[-1] == counts[-1]
    assert thin(counts[:10]) == list(counts[:10])


def test_control_characters_and_long_minutes(tmp_path):
    data = F.sample_petition()
    meeting = replace(data.meetings[0], minutes="Minuta\x0c con salto\x01 de página. " * 20_000)
    path = tmp_path / "larga.docx"
    write_petition_dossier(replace(data, title="Agua\x08 ya", meetings=(meeting,)), path)
    doc = read_docx(path)
    assert "Agua ya" in doc.text and doc.text.count("Minuta con salto de página.") == 20_000


@needs_office
def test_libreoffice_renders_the_petition_dossier(tmp_path):
    path = tmp_path / "expediente.docx"
    write_petition_dossier(F.sample_petition(with_contacts=True), path)
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    for needle in ("Expediente de la petición", "José Núñez Ávila", "jose.nunez@example.org", "Art. 9, F, 3",
                   "VISTO BUENO", "Modificada por la Asamblea", "Historial de firmas", "63,508"):
        assert needle in text, needle


@needs_office
def test_libreoffice_opens_the_empty_petition_dossier(tmp_path):
    path = tmp_path / "vacia.docx"
    write_petition_dossier(F.empty_petition(), path)
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    assert "Expediente de la petición" in text and "Sin reuniones." in text
