"""The assembly dossier: per provision its wording, origin and approvals (dissent with remarks,
stale approval flagged), the assembly's decision, the summary table; no contact data."""

from __future__ import annotations

import dataclasses

import pytest

from exports import dossier_fixtures as F
from exports import dossier_types as T
from exports.assembly_dossier import approval_state, write_assembly_dossier
from exports.docx_words import Words

from .docx_reader import read_docx
from .support import needs_office, pdf_text, to_pdf


@pytest.fixture(scope="module")
def dossier(tmp_path_factory):
    path = tmp_path_factory.mktemp("assembly") / "asamblea.docx"
    write_assembly_dossier(F.sample_assembly(), path)
    return read_docx(path)


def test_provisions_nest_as_the_draft_does(dossier):
    assert [p.text for p in dossier.with_style("Title")] == ["Expediente para la Asamblea Constituyente"]
    assert [p.text for p in dossier.with_style("heading 1")] == ["Título Segundo — Carta de derechos", "Cuadro resumen"]
    assert [p.text for p in dossier.with_style("heading 2")] == ["Art. 9 — Ciudad solidaria"]
    assert [p.text for p in dossier.with_style("heading 3")] == [
        "Art. 9, F, 3 — Derecho al agua y a su saneamiento", "Art. 11, G — Derechos de personas con discapacidad",
        "Art. 13, D — Derecho al espacio público", "Art. 16, A, 3 — Movilidad no motorizada"]
    assert 'TOC \\o "1-3" \\h \\z \\u' in dossier.fields


def test_final_wording_and_originating_petitions_with_signatures_and_approval(dossier):
    assert F.AGUA_NEW.split("\n\n")[0] in dossier.text
    origin = next(t for t in dossier.tables if t.rows[0] == ["Petición", "Firmas", "Visto bueno"])
    agua, cuenca = origin.rows[1], origin.rows[2]
    assert agua[0].startswith("Derecho al agua potable en Iztapalapa\nJosé Núñez Ávila, Ana Ruiz Peña")
    assert agua[1] == "63,508"
    assert agua[2] == "Visto bueno\nAprobó el 8 de julio de 2016 por carta firmada (versión 4)"
    assert cuenca[2] == "Visto bueno\nAprobó con observaciones el 9 de julio de 2016 por correo electrónico (versión 4)"
    assert "pedimos que la ley secundaria fije metas anuales" in dossier.text


def test_a_dissent_is_shown_with_its_remarks(dossier):
    origin = next(t for t in dossier.tables if t.rows[1][0].startswith("Accesibilidad universal"))
    assert origin.rows[1][2] == "Desacuerdo\nRechazó el 10 de julio de 2016 en persona (versión 1)"
    para = next(p for p in dossier.paragraphs if p.text.startswith("Desacuerdo — "))
    assert para.runs[0].bold and para.runs[0].color == "B3261E"
    assert "La redacción omite la información en lenguas de señas" in dossier.text


def test_a_stale_approval_is_flagged_not_hidden(dossier):
    flag = next(p for p in dossier.paragraphs if p.text.startswith("VISTO BUENO DESACTUALIZADO: "))
    assert flag.runs[0].color == "B3261E" and flag.runs[0].bold
    assert "Aprobó la versión 2; la redacción cambió después (versión vigente: 3)" in flag.text
    inserted = "".join(r.text for r in dossier.runs() if r.underline and r.color)
    assert "continuas" in inserted and "en el diseño de las vías" in inserted


def test_the_assembly_decision_is_shown(dossier):
    text = dossier.text
    assert "Modificada por la Asamblea el 20 de enero de 2017." in text
    assert "Aprobada como se redactó el 24 de enero de 2017." in text
    assert "Suprimida por la Asamblea el 26 de enero de 2017." in text and "Se trasladó a la ley de movilidad." in text


def test_summary_table(dossier):
    summary = next(t for t in dossier.tables if t.rows[0][0] == "Disposición")
    assert summary.header_rows == 1
    assert summary.rows[1:] == [
        ["Art. 9, F, 3 — Derecho al agua y a su saneamiento", "2", "85,458", "Todas con visto bueno"],
        ["Art. 11, G — Derechos de personas con discapacidad", "1", "15,870", "Desacuerdo"],
        ["Art. 13, D — Derecho al espacio público", "1", "6,100", "Consulta pendiente"],
        ["Art. 16, A, 3 — Movilidad no motorizada", "1", "12,400", "Visto bueno desactualizado"]]


def test_approval_state_wording_for_mixed_petitions():
    make = lambda state: T.PetitionApproval("u", "t", (), 1, state)  # noqa: E731
    states = tuple(make(s) for s in ("approved", "approved", "stale", "rejected", "pending", "pending"))
    assert approval_state(Words("es"), states) == "2 de 6 con visto bueno; 1 desactualizado; 1 desacuerdo; 2 pendientes"
    assert approval_state(Words("en"), states) == "2 of 6 approved; 1 stale; 1 dissent; 2 pending"
    assert approval_state(Words("es"), ()) == "Sin peticiones"


def test_no_contact_data_in_the_assembly_dossier(tmp_path):
    path = tmp_path / "asamblea.docx"
    write_assembly_dossier(F.sample_assembly(), path)
    xml = read_docx(path).all_xml()
    assert "@example.org" not in xml and not any(p in xml for p in F.PHONES)
    for cls in (T.AssemblyDossierData, T.ProvisionEntry, T.PetitionApproval, T.AssemblyFate):
        assert not {f.name for f in dataclasses.fields(cls)} & {"email", "phone", "contacts"}


def test_an_empty_case_file_gives_a_valid_dossier_that_says_so(tmp_path):
    path = tmp_path / "vacia.docx"
    write_assembly_dossier(F.empty_assembly(), path)
    doc = read_docx(path)
    assert doc.text.count("Todavía no hay disposiciones redactadas.") == 2
    assert [p.text for p in doc.with_style("heading 1")] == ["Disposiciones", "Cuadro resumen"]


def test_letterhead_and_english(tmp_path):
    path = tmp_path / "assembly-en.docx"
    write_assembly_dossier(F.sample_assembly(lang="en", letterhead=F.letterhead_docx()), path)
    doc = read_docx(path)
    assert F.LETTERHEAD_TEXT in "\n".join(h.text for h in doc.headers)
    assert "STALE APPROVAL: " in doc.text and "Summary table" in doc.text


@needs_office
def test_libreoffice_renders_the_assembly_dossier(tmp_path):
    path = tmp_path / "asamblea.docx"
    write_assembly_dossier(F.sample_assembly(), path)
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    for needle in ("Expediente para la Asamblea Constituyente", "Art. 16, A, 3", "Art. 9, F, 3",
                   "José Núñez Ávila", "Itzel Cárdenas Ñeco", "VISTO BUENO DESACTUALIZADO", "Desacuerdo",
                   "Todas con visto bueno", "Consulta pendiente", "85,458", "Cuadro resumen"):
        assert needle in text, needle


@needs_office
def test_libreoffice_opens_the_empty_assembly_dossier(tmp_path):
    path = tmp_path / "vacia.docx"
    write_assembly_dossier(F.empty_assembly(), path)
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    assert "Expediente para la Asamblea Constituyente" in text and "Todavía no hay disposiciones" in text
