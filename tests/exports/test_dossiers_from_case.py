"""The Word dossiers written from a real case file (builders + writers), read back with the
independent reader and rendered by LibreOffice: the redline against the previous session as
underlined and struck runs, contact data only in the petition dossier that asks for it, the
office's letterhead set in the settings, and an empty case file."""

from __future__ import annotations

from datetime import date

import pytest

from exports import dossier_fixtures as F
from exports.assembly_dossier import write_assembly_dossier
from exports.petition_dossier import write_petition_dossier
from exports.session_packet import write_session_packet
from secretariat.services import office_settings, sessions
from secretariat.services.dossier_data import assembly_dossier_data, petition_dossier_data, session_packet_data
from tests.secretariat.dossier_data_support import AGUA, EMAILS, PHONES, S2, TODAY, ChartRecorder, build_case

from .docx_reader import read_docx
from .support import needs_office, pdf_text, to_pdf

CONTACTS = (*EMAILS, *PHONES)


@pytest.fixture
def case(db, counsel):
    return build_case(db, counsel)


def _write_all(db, actor, folder, *, with_contacts: bool = False):
    with db.read() as s:
        packet = session_packet_data(s, actor, S2, chart=ChartRecorder(), today=TODAY)
        assembly = assembly_dossier_data(s, actor, today=TODAY)
        petition = petition_dossier_data(s, actor, AGUA, with_contacts=with_contacts, chart=ChartRecorder(),
                                         today=TODAY)
    return (write_session_packet(packet, folder / "paquete.docx"),
            write_assembly_dossier(assembly, folder / "asamblea.docx"),
            write_petition_dossier(petition, folder / "peticion.docx"))


def test_the_packet_shows_what_changed_since_the_previous_session(db, counsel, case, tmp_path):
    packet, _assembly, _petition = _write_all(db, counsel, tmp_path)
    doc = read_docx(packet)
    inserted = " ".join(r.text for r in doc.runs() if r.underline and not r.strike)
    deleted = " ".join(r.text for r in doc.runs() if r.strike and not r.underline)
    assert "segura" in inserted and "acceso diario" in inserted
    assert "aceptable" in deleted and "segura" not in deleted
    assert "Versión 2 · Borrador. Cambios desde la sesión del 5 de julio de 2016." in doc.text
    assert "Martes 12 de julio de 2016, 10:00 h" in doc.text and "José Núñez Ávila, Ana Ruiz Peña" in doc.text
    assert "Visto bueno desactualizado" in doc.text and "12,350" in doc.text
    assert doc.text.count("Crecimiento de las firmas") == 2 and doc.media   # both petitions' charts


def test_contact_data_only_in_the_petition_dossier_that_asks(db, counsel, case, tmp_path):
    plain = tmp_path / "sin"
    full = tmp_path / "con"
    plain.mkdir()
    full.mkdir()
    for path in _write_all(db, counsel, plain):
        xml = read_docx(path).all_xml()
        assert not [c for c in CONTACTS if c in xml], path.name
    *_, petition = _write_all(db, counsel, full, with_contacts=True)
    xml = read_docx(petition).all_xml()
    assert EMAILS[0] in xml and PHONES[1] in xml and EMAILS[2] not in xml   # only its own petitioners


@needs_office
def test_libreoffice_renders_them_without_contacts_unless_asked(db, counsel, case, tmp_path):
    plain = tmp_path / "sin"
    plain.mkdir()
    texts = {p.stem: pdf_text(to_pdf(p, tmp_path / "pdf")) for p in _write_all(db, counsel, plain)}
    for name, text in texts.items():
        assert not [c for c in CONTACTS if c in text], name
    assert "Sesión del grupo redactor" in texts["paquete"] and "Art. 9, F, 3" in texts["paquete"]
    assert "VISTO BUENO DESACTUALIZADO" in texts["asamblea"] and "Sin consulta" in texts["asamblea"]
    assert "Derecho al agua potable en Iztapalapa" in texts["peticion"]
    full = tmp_path / "con"
    full.mkdir()
    *_, petition = _write_all(db, counsel, full, with_contacts=True)
    assert EMAILS[0] in pdf_text(to_pdf(petition, tmp_path / "pdf-con"))


def test_the_letterhead_set_in_the_settings_is_applied(db, counsel, case, tmp_path):
    template = tmp_path / "membrete.docx"
    template.write_bytes(F.letterhead_docx())
    with db.write() as s:
        office_settings.set_letterhead(s, counsel, template)
        office_settings.set_office_texts(s, counsel, classification="Reservado")
    out = tmp_path / "salida"
    out.mkdir()
    for path in _write_all(db, counsel, out):
        doc = read_docx(path)
        header = "\n".join(h.text for h in doc.headers)
        assert F.LETTERHEAD_TEXT in header and "RESERVADO" in header.upper(), path.name
        assert F.LETTERHEAD_FOOTER in "\n".join(f.text for f in doc.footers)
        assert F.TEMPLATE_BODY not in doc.text


def test_an_empty_case_file_gives_valid_documents(db, counsel, tmp_path):
    with db.write() as s:
        sessions.create_session(s, counsel, date(2016, 7, 12))
    with db.read() as s:
        packet = session_packet_data(s, counsel, date(2016, 7, 12))
        assembly = assembly_dossier_data(s, counsel)
    doc = read_docx(write_session_packet(packet, tmp_path / "paquete.docx"))
    assert "El orden del día de esta sesión todavía no tiene asuntos." in doc.text
    assert "Todavía no hay peticiones en el expediente." in doc.text
    doc = read_docx(write_assembly_dossier(assembly, tmp_path / "asamblea.docx"))
    assert "Todavía no hay disposiciones redactadas." in doc.text
