"""The tracker's duties, meetings, provisions and consultations sheets, from plain data: cell
types, table ranges, Spanish headers and words, colours, English, text Excel cannot store.

Read back with the independent reader in ``support`` (zipfile + ElementTree, not openpyxl).
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from exports.tracker import write_tracker
from secretariat.services.tracker_data import ConsultationLine, DutyLine, MeetingLine, ProvisionLine

from .support import cell_time, needs_office, pdf_text, read_xlsx, sheet_values, to_pdf
from .test_tracker import AGUA, AGUA_TITLE, BICI, EMPTY, data

DUTY_HEADERS = ["Enlace", "Título", "Deber", "Estado", "Plazo", "Responsable", "Creado el", "Vence el",
                "Cerrado el", "Días", "Resultado", "Nota"]
MEETING_HEADERS = ["Fecha", "Inicio", "Fin", "Tipo", "Estado", "Enlace", "Título", "Lugar", "Convocados",
                   "Asistieron", "Acuerdos"]
PROVISION_HEADERS = ["Cita", "Encabezado", "Tipo", "Versión vigente", "Estado de la redacción", "Guardada el",
                     "Caracteres", "Peticiones", "Firmas", "Destino en la Asamblea", "Decidido el"]
CONSULTATION_HEADERS = ["Enlace", "Título", "Nivel", "Disposiciones", "Estado de la consulta", "Último resultado",
                        "Decidido el", "Método", "Observaciones", "Huella de la redacción (SHA-256)"]


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("tracker") / "seguimiento.xlsx"
    write_tracker(path, data())
    return read_xlsx(path)


def _types(sheet, header):
    return [c.type if c is not None else None for c in sheet.column(header)]


def test_each_new_sheet_is_one_table_with_spanish_headers_over_its_rows(book):
    expected = {"Deberes": ("TablaDeberes", "A1:L4", DUTY_HEADERS),
                "Reuniones": ("TablaReuniones", "A1:K3", MEETING_HEADERS),
                "Disposiciones": ("TablaDisposiciones", "A1:K3", PROVISION_HEADERS),
                "Consultas": ("TablaConsultas", "A1:J4", CONSULTATION_HEADERS)}
    for name, (table, ref, headers) in expected.items():
        sheet = book.sheet(name)
        [t] = sheet.tables
        assert (t.name, t.ref, t.autofilter, t.columns) == (table, ref, ref, headers), name
        assert sheet.row(1) == headers and sheet.frozen == "A2", name
        assert book.print_area(name) == f"'{name}'!${ref[0]}$1:${ref[3]}${ref[4:]}", name


def test_duties_have_real_dates_and_days_and_words_for_their_codes(book):
    sheet = book.sheet("Deberes")
    rows = sheet_values(sheet)
    assert [r[1:6] for r in rows] == [
        [AGUA_TITLE, "Audiencia con el jefe de gobierno", "Abierto", "Vencido", "Sin asignar"],
        ["Ciclovías seguras", "Revisión jurídica", "Cumplido", None, "Lucía Méndez Olvera"],
        ["Ciclovías seguras", "Audiencia ante el grupo redactor", "Dispensado", None, "Sin asignar"]]
    assert [c.as_date() for c in sheet.column("Creado el")] == [date(2016, 7, 2), date(2016, 6, 30), date(2016, 6, 30)]
    assert [c.as_date() for c in sheet.column("Vence el")] == [date(2016, 8, 1), date(2016, 7, 10), date(2016, 7, 15)]
    assert [c and c.as_date() for c in sheet.column("Cerrado el")] == [None, date(2016, 7, 8), date(2016, 7, 5)]
    assert {c.number_format for c in sheet.column("Vence el")} == {"dd/mm/yyyy"}
    days = sheet.column("Días")
    assert [(c.type, c.value, c.number_format) for c in days] == [("n", 11, "#,##0"), ("n", 8, "#,##0"), ("n", 5, "#,##0")]
    assert [r[10:] for r in rows] == [[None, None], ["Requiere reformulación", "Reformular con la peticionaria"],
                                      ["Cruce revertido", None]]
    assert sheet.column("Enlace")[0].value == f'HYPERLINK("{AGUA}","{AGUA}")'
    # the deadline is coloured as in the worklist: green, amber, red
    assert {sqref for sqref, _ in sheet.conditional} == {"E2:E4"}
    assert sorted(f for _, f in sheet.conditional) == ['"A tiempo"', '"Vence pronto"', '"Vencido"']


def test_meetings_have_a_date_times_of_day_and_counts(book):
    sheet = book.sheet("Reuniones")
    assert [c.as_date() for c in sheet.column("Fecha")] == [date(2016, 7, 8), date(2016, 7, 20)]
    assert [cell_time(c) for c in sheet.column("Inicio")] == [time(10, 0), time(16, 45)]
    assert [cell_time(c) for c in sheet.column("Fin")] == [time(11, 30), time(17, 15)]
    assert {c.number_format for c in sheet.column("Inicio") + sheet.column("Fin")} == {"hh:mm"}
    rows = sheet_values(sheet)
    assert [r[3:5] for r in rows] == [["Audiencia", "Celebrada"], ["Otra reunión", "Planeada"]]
    assert rows[0][6:] == ["Ciclovías seguras", "Sala de juntas del grupo redactor", 5, 4, 2]
    assert rows[1][5:8] == [None, None, None]  # a meeting about no petition: no link, no title
    assert _types(sheet, "Convocados") == _types(sheet, "Asistieron") == _types(sheet, "Acuerdos") == ["n", "n"]
    assert [c.value for c in sheet.column("Convocados")] == [5, 0]  # zero is a number, not an empty cell


def test_provisions_have_numbers_dates_and_the_assemblys_decision(book):
    sheet = book.sheet("Disposiciones")
    first, second = sheet_values(sheet)
    assert first[:5] == ["Art. 9", "Ciudad solidaria", "Artículo", 3, "Final"]
    assert first[6:10] == [420, 2, 73_708, "La Asamblea la modificó"]
    assert sheet.column("Guardada el")[0].as_date() == date(2016, 7, 11)
    assert sheet.column("Decidido el")[0].as_date() == date(2016, 12, 1)
    assert sheet.column("Firmas")[0].number_format == "#,##0" and _types(sheet, "Versión vigente") == ["n", None]
    # a provision with no wording yet: the numbers it has not got are empty, not zero or text
    assert second == ["Art. 9, F", "Derecho al agua", "Apartado", None, None, None, None, 0, 0, None, None]
    assert sorted(f for _, f in sheet.conditional) == sorted(
        ['"Borrador"', '"Propuesta al grupo"', '"Final"'])


def test_consultations_show_the_state_the_latest_answer_and_the_wording_hash(book):
    sheet = book.sheet("Consultas")
    rows = sheet_values(sheet)
    assert [r[2:6] for r in rows] == [
        ["Audiencia con el jefe de gobierno", "Art. 9; Art. 9, F", "Aprobada", "Aprueba con observaciones"],
        ["Audiencia ante el grupo redactor", "Art. 13", "Desactualizada", "Aprueba"],
        ["En seguimiento", "Art. 13", "Pendiente", None]]
    assert [c and c.as_date() for c in sheet.column("Decidido el")] == [date(2016, 7, 11), date(2016, 7, 1), None]
    assert [r[7:] for r in rows] == [["Carta firmada", "De acuerdo, con una precisión", "ab" * 32],
                                     ["Correo electrónico", None, "cd" * 32], [None, None, None]]
    assert {sqref for sqref, _ in sheet.conditional} == {"C2:C4", "E2:E4"}  # tiers and states coloured
    assert {f for sqref, f in sheet.conditional if sqref == "E2:E4"} == {
        '"Pendiente"', '"Aprobada"', '"Rechazada"', '"Desactualizada"'}


def test_an_english_tracker_has_english_sheets_headers_and_words(tmp_path):
    path = tmp_path / "tracker.xlsx"
    result = write_tracker(path, data(), lang="en")
    book = read_xlsx(path)
    assert book.sheet_names == [name for name, _ in result.sheets] == [
        "Summary", "Petitions", "Daily counts", "Tier crossings", "Duties", "Meetings", "Provisions", "Consultations"]
    assert book.sheet("Duties").row(1) == ["Link", "Title", "Duty", "Status", "Deadline", "Owner", "Created on",
                                           "Due on", "Closed on", "Days", "Outcome", "Note"]
    assert sheet_values(book.sheet("Duties"))[0][2:6] == ["Audience with the head of government", "Open",
                                                          "Overdue", "Unassigned"]
    assert [r[4] for r in sheet_values(book.sheet("Consultations"))] == ["Approved", "Stale", "Pending"]
    assert sheet_values(book.sheet("Petitions"))[1][9] == f"Duplicate (of {AGUA}): Repite la petición del agua"
    summary = book.sheet("Summary")
    assert summary.cells["A1"].value == "Citizen petitions tracker" and summary.row(6) == ["Petitions", 3]
    assert ">en</dc:language>" in book.properties
    with pytest.raises(ValueError):
        write_tracker(tmp_path / "x.xlsx", data(), lang="fr")


def test_control_characters_and_formula_like_text_in_the_new_sheets(tmp_path):
    path = tmp_path / "control.xlsx"
    duty = DutyLine(BICI, "Ciclo\x0bvías", "legal_review", "done", None, "Lu\x00cía", date(2016, 6, 30),
                    date(2016, 7, 10), date(2016, 7, 8), 8, "viable", None, "=HIPERVINCULO(\"x\")\r\nsigue")
    meeting = MeetingLine(datetime(2016, 7, 8, 10), datetime(2016, 7, 8, 11), "hearing", "held", BICI, "Ciclovías",
                          "Sala\x07 3", 1, 1, 0)
    provision = ProvisionLine("Art. 9\x1f", "+Ciudad\ud800 solidaria", "articulo", 1, "draft", None, 10, 0, 0,
                              None, None)
    consultation = ConsultationLine(AGUA, AGUA_TITLE, "hearing", "Art. 9", "rejected", "rejected",
                                    date(2016, 7, 1), "in_person", "No\x00 estoy de acuerdo " * 3_000, "ef" * 32)
    write_tracker(path, data(duties=[duty], meetings=[meeting], provisions=[provision], consultations=[consultation]))
    book = read_xlsx(path)
    d = sheet_values(book.sheet("Deberes"))[0]
    assert (d[1], d[5], d[11]) == ("Ciclovías", "Lucía", '=HIPERVINCULO("x")\nsigue')
    note = book.sheet("Deberes").column("Nota")[0]
    assert note.type == "s" and note.quote_prefix  # stays text when someone edits it in Excel
    assert sheet_values(book.sheet("Reuniones"))[0][7] == "Sala 3"
    assert sheet_values(book.sheet("Disposiciones"))[0][:2] == ["Art. 9", "+Ciudad solidaria"]
    remarks = book.sheet("Consultas").column("Observaciones")[0].value
    assert remarks.startswith("No estoy de acuerdo No estoy") and remarks.endswith("…")
    assert len(remarks.encode("utf-16-le")) // 2 == 32_767


def test_an_empty_tracker_in_english_still_has_every_sheet(tmp_path):
    path = tmp_path / "empty.xlsx"
    result = write_tracker(path, data(**EMPTY), lang="en")
    book = read_xlsx(path)
    assert [n for n, _ in result.sheets][4:] == ["Duties", "Meetings", "Provisions", "Consultations"]
    assert [t.ref for s in book.sheets[4:] for t in s.tables] == ["A1:L2", "A1:K2", "A1:K2", "A1:J2"]


@needs_office
def test_libreoffice_renders_the_new_sheets(tmp_path):
    path = tmp_path / "seguimiento.xlsx"
    write_tracker(path, data())
    text = " ".join(pdf_text(to_pdf(path, tmp_path / "pdf")).split())
    for needle in ("Deber", "Responsable", "Sin asignar", "Requiere reformulación", "01/08/2016", "Celebrada",
                   "10:00", "16:45", "Sala de juntas del grupo redactor", "Art. 9, F",
                   "73,708", "La Asamblea la modificó", "Desactualizada", "Aprueba con observaciones",
                   "Carta firmada", "Peticiones en consulta"):
        assert needle in text, needle
