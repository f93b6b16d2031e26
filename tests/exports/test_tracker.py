"""The Excel tracker from plain data: cell types, tables, colours, sheets, text, progress, cancel.

Every workbook is read back with the independent reader in ``support`` (zipfile + ElementTree,
not openpyxl), and a few are rendered by LibreOffice to check what a reader sees.
"""

from __future__ import annotations

import os
from datetime import date, datetime

import pytest

from exports import tracker, xlsx_tables
from exports.tracker import write_tracker
from exports.xlsx_tables import split_rows
from secretariat.progress import Cancelled, Progress
from secretariat.services.tracker_data import (
    ConsultationLine,
    CountLine,
    CrossingLine,
    DutyLine,
    MeetingLine,
    PetitionLine,
    ProvisionLine,
    TrackerData,
    TrackerSummary,
)

from .support import needs_office, pdf_text, read_xlsx, to_pdf

AGUA = "https://www.change.org/p/agua-iztapalapa"
BICI = "https://www.change.org/p/ciclovias-seguras"
PARQUE = "https://www.change.org/p/mas-parques"
AGUA_TITLE = "Derecho al agua potable en Iztapalapa: que la Constitución lo garantice"
SHEETS = ["Resumen", "Peticiones", "Cortes diarios", "Cruces de nivel", "Deberes", "Reuniones", "Disposiciones",
          "Consultas"]
PETITION_HEADERS = ["Enlace", "Título", "Peticionarios", "Tema", "Firmas", "Crecimiento 7 días",
                    "Fecha del corte", "Nivel", "Admisibilidad", "Motivo", "Último cruce"]


def _petitions():
    return [
        PetitionLine(AGUA, AGUA_TITLE,
                     "Ana Ruiz Peña; José Ñúñez", "Agua", 63_508, 1_204, date(2016, 7, 12), "audience",
                     "admitted", None, None, "", date(2016, 7, 2)),
        PetitionLine(BICI, "Ciclovías seguras", "Raúl Ibáñez", "Movilidad", 10_200, -35, date(2016, 7, 12),
                     "hearing", "inadmissible", "duplicate", AGUA, "Repite la petición del agua", date(2016, 6, 30)),
        PetitionLine(PARQUE, "Más parques públicos", "Sofía Núñez", "Espacio público", 4_999, None,
                     date(2016, 7, 12), "watch", "pending", None, None, "", None),
    ]


def _counts(per=3):
    return [CountLine(url, date(2016, 7, 10 + d), 1000 * (i + 1) + d)
            for i, url in enumerate((AGUA, BICI, PARQUE)) for d in range(per)]


def _crossings():
    return [CrossingLine(AGUA, "review", 5000, date(2016, 6, 1), 5_120, None),
            CrossingLine(AGUA, "audience", 50_000, date(2016, 7, 2), 50_310, None),
            CrossingLine(BICI, "hearing", 10_000, date(2016, 6, 30), 10_050, date(2016, 7, 5))]


def _duties():
    return [DutyLine(AGUA, AGUA_TITLE, "mayoral_audience", "open", "overdue", None, date(2016, 7, 2),
                     date(2016, 8, 1), None, 11, None, None, ""),
            DutyLine(BICI, "Ciclovías seguras", "legal_review", "done", None, "Lucía Méndez Olvera",
                     date(2016, 6, 30), date(2016, 7, 10), date(2016, 7, 8), 8, "needs_reformulation", None,
                     "Reformular con la peticionaria"),
            DutyLine(BICI, "Ciclovías seguras", "hearing", "waived", None, None, date(2016, 6, 30),
                     date(2016, 7, 15), date(2016, 7, 5), 5, None, "crossing_reverted", "")]


def _meetings():
    return [MeetingLine(datetime(2016, 7, 8, 10, 0), datetime(2016, 7, 8, 11, 30), "hearing", "held", BICI,
                        "Ciclovías seguras", "Sala de juntas del grupo redactor", 5, 4, 2),
            MeetingLine(datetime(2016, 7, 20, 16, 45), datetime(2016, 7, 20, 17, 15), "other", "planned", None,
                        None, "", 0, 0, 0)]


def _provisions():
    return [ProvisionLine("Art. 9", "Ciudad solidaria", "articulo", 3, "final", date(2016, 7, 11), 420, 2,
                          73_708, "amended", date(2016, 12, 1)),
            ProvisionLine("Art. 9, F", "Derecho al agua", "apartado", None, None, None, None, 0, 0, None, None)]


def _consultations():
    return [ConsultationLine(AGUA, AGUA_TITLE, "audience", "Art. 9; Art. 9, F", "approved", "approved_with_remarks",
                             date(2016, 7, 11), "signed_letter", "De acuerdo, con una precisión", "ab" * 32),
            ConsultationLine(BICI, "Ciclovías seguras", "hearing", "Art. 13", "stale", "approved",
                             date(2016, 7, 1), "email", "", "cd" * 32),
            ConsultationLine(PARQUE, "Más parques públicos", "watch", "Art. 13", "pending", None, None, None, "",
                             None)]


def data(petitions=None, counts=None, crossings=None, latest=date(2016, 7, 12), *, duties=None, meetings=None,
         provisions=None, consultations=None) -> TrackerData:
    """Plain tracker data: the samples above for whatever is not given."""
    petitions = _petitions() if petitions is None else petitions
    counts = _counts() if counts is None else counts
    crossings = _crossings() if crossings is None else crossings
    duties = _duties() if duties is None else duties
    meetings = _meetings() if meetings is None else meetings
    provisions = _provisions() if provisions is None else provisions
    consultations = _consultations() if consultations is None else consultations
    states = {s: sum(c.state == s for c in consultations) for s in ("pending", "approved", "rejected", "stale")}
    tiers = {t: sum(p.tier == t for p in petitions) for t in ("watch", "review", "hearing", "audience")}
    adm = {a: sum(p.admissibility == a for p in petitions) for a in ("pending", "admitted", "inadmissible")}
    summary = TrackerSummary(
        generated_on=date(2016, 7, 13), latest_count_on=latest, petitions=len(petitions), counts=len(counts),
        crossings=len(crossings), reverted=sum(c.reverted_on is not None for c in crossings),
        signatures=sum(p.signatures for p in petitions), tiers=tuple(tiers.items()),
        admissibility=tuple(adm.items()), thresholds=(5000, 10000, 50000), duties=len(duties),
        open_duties=sum(d.status in ("open", "scheduled") for d in duties),
        overdue_duties=sum(d.bucket == "overdue" for d in duties), meetings=len(meetings),
        held_meetings=sum(m.status == "held" for m in meetings), provisions=len(provisions),
        consultations=tuple(states.items()))
    return TrackerData(summary, iter(petitions), iter(counts), iter(crossings), iter(duties), iter(meetings),
                       iter(provisions), iter(consultations))


EMPTY = dict(petitions=[], counts=[], crossings=[], latest=None, duties=[], meetings=[], provisions=[],
             consultations=[])


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "seguimiento.xlsx"
    result = write_tracker(path, data())
    assert result.sheets == (("Resumen", 0), ("Peticiones", 3), ("Cortes diarios", 9), ("Cruces de nivel", 3),
                             ("Deberes", 3), ("Reuniones", 2), ("Disposiciones", 2), ("Consultas", 3))
    return read_xlsx(path)


# ------------------------------------------------------------------ structure and types

def test_the_sheets_are_the_summary_and_one_table_each(book):
    assert book.sheet_names == SHEETS
    tables = {s.name: [(t.name, t.ref, t.autofilter, t.style) for t in s.tables] for s in book.sheets}
    assert tables["Peticiones"] == [("TablaPeticiones", "A1:K4", "A1:K4", "TableStyleMedium2")]
    assert tables["Cortes diarios"] == [("TablaCortes", "A1:C10", "A1:C10", "TableStyleMedium2")]
    assert tables["Cruces de nivel"] == [("TablaCruces", "A1:F4", "A1:F4", "TableStyleMedium2")]
    assert book.sheet("Peticiones").tables[0].columns == PETITION_HEADERS
    assert book.sheet("Cortes diarios").tables[0].columns == ["Enlace", "Fecha", "Firmas"]
    assert book.sheet("Cruces de nivel").tables[0].columns == [
        "Enlace", "Nivel", "Umbral", "Fecha", "Firmas", "Revertido el"]
    assert book.print_area("Peticiones") == "'Peticiones'!$A$1:$K$4"  # printing stops at the table
    assert book.names[("_xlnm.Print_Titles", "Peticiones")] == "'Peticiones'!$1:$1"  # header on every page
    for name in SHEETS[1:]:
        sheet = book.sheet(name)
        assert sheet.frozen == "A2", name
        assert sheet.row(1) == sheet.tables[0].columns  # the header cells match the table's columns
        assert all(sheet.cells[f"{chr(64 + i)}1"].type == "s" for i in range(1, len(sheet.row(1)) + 1))
        assert len(sheet.widths) == len(sheet.row(1)) and min(sheet.widths.values()) >= 8
        assert sheet.tables[0].style == "TableStyleMedium2" and sheet.tables[0].autofilter == sheet.tables[0].ref


def test_numbers_and_dates_are_real_numbers_and_dates(book):
    sheet = book.sheet("Peticiones")
    firmas = sheet.column("Firmas")
    assert [c.type for c in firmas] == ["n", "n", "n"]
    assert [c.value for c in firmas] == [63_508, 10_200, 4_999]
    assert {c.number_format for c in firmas} == {"#,##0"}
    growth = sheet.column("Crecimiento 7 días")
    assert [c and c.value for c in growth] == [1_204, -35, None]
    assert growth[0].number_format == "+#,##0;-#,##0;0"
    as_of = sheet.column("Fecha del corte")
    assert all(c.type == "n" and c.is_date for c in as_of)
    assert [c.as_date() for c in as_of] == [date(2016, 7, 12)] * 3
    assert as_of[0].number_format == "dd/mm/yyyy"
    last = sheet.column("Último cruce")
    assert [c and c.as_date() for c in last] == [date(2016, 7, 2), date(2016, 6, 30), None]
    counts = book.sheet("Cortes diarios")
    assert [c.as_date() for c in counts.column("Fecha")[:3]] == [date(2016, 7, 10), date(2016, 7, 11), date(2016, 7, 12)]
    assert [c.value for c in counts.column("Firmas")[:3]] == [1000, 1001, 1002]
    cross = book.sheet("Cruces de nivel")
    assert [c.value for c in cross.column("Umbral")] == [5000, 50_000, 10_000]
    assert [c and c.as_date() for c in cross.column("Revertido el")] == [None, None, date(2016, 7, 5)]


def test_words_for_codes_links_and_the_reason(book):
    sheet = book.sheet("Peticiones")
    assert sheet.row(2)[1:4] == ["Derecho al agua potable en Iztapalapa: que la Constitución lo garantice",
                                 "Ana Ruiz Peña; José Ñúñez", "Agua"]
    assert [c.value for c in sheet.column("Nivel")] == [
        "Audiencia con el jefe de gobierno", "Audiencia ante el grupo redactor", "En seguimiento"]
    assert [c.value for c in sheet.column("Admisibilidad")] == ["Admitida", "Inadmisible", "Pendiente"]
    assert sheet.column("Motivo")[1].value == f"Duplicada (de {AGUA}): Repite la petición del agua"
    assert sheet.column("Motivo")[0] is None
    link = sheet.column("Enlace")[0]
    assert link.type == "f" and link.value == f'HYPERLINK("{AGUA}","{AGUA}")'
    assert book.sheet("Cortes diarios").column("Enlace")[0].value == AGUA  # plain text there
    assert [c.value for c in book.sheet("Cruces de nivel").column("Nivel")] == [
        "Revisión jurídica", "Audiencia con el jefe de gobierno", "Audiencia ante el grupo redactor"]


def test_contact_data_is_not_in_the_tracker(tmp_path):
    path = tmp_path / "seguimiento.xlsx"
    write_tracker(path, data())
    import zipfile

    with zipfile.ZipFile(path) as zf:
        text = " ".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
    assert "@" not in text and "55 0100" not in text
    headers = {h for s in read_xlsx(path).sheets for t in s.tables for h in t.columns}
    assert not {"Correo", "Teléfono", "Correo electrónico"} & headers  # ("Correo electrónico" is a method word)


def test_tiers_are_coloured_by_conditional_formatting(book):
    rules = book.sheet("Peticiones").conditional
    assert {sqref for sqref, _ in rules} == {"H2:H4"}
    assert sorted(f for _, f in rules) == sorted(f'"{w}"' for w in (
        "En seguimiento", "Revisión jurídica", "Audiencia ante el grupo redactor", "Audiencia con el jefe de gobierno"))
    assert {sqref for sqref, _ in book.sheet("Cruces de nivel").conditional} == {"B2:B4"}
    assert {sqref for sqref, _ in book.sheet("Resumen").conditional} == {"A18:A21", "A29:A32"}


def test_the_summary_counts_tiers_and_admissibility_and_has_a_native_bar_chart(book, tmp_path):
    s = book.sheet("Resumen")
    assert s.cells["A1"].value == "Seguimiento de peticiones ciudadanas"
    assert s.cells["B4"].as_date() == date(2016, 7, 12)        # the newest count
    assert s.row(6) == ["Peticiones", 3]
    assert s.row(7) == ["Firmas (suma de los últimos cortes)", 63_508 + 10_200 + 4_999]
    assert [s.row(r) for r in range(11, 16)] == [
        ["Deberes abiertos", 1], ["Deberes vencidos", 1], ["Reuniones celebradas", 1], ["Disposiciones", 2],
        ["Peticiones en consulta", 3]]
    assert all(s.cells[f"B{r}"].type == "n" and s.cells[f"B{r}"].number_format == "#,##0" for r in range(6, 16))
    assert s.row(17) == ["Nivel", "A partir de (firmas)", "Peticiones"]
    assert s.row(18) == ["En seguimiento", 0, 1]
    assert s.row(21) == ["Audiencia con el jefe de gobierno", 50_000, 1]
    assert s.row(23) == ["Admisibilidad", "Peticiones"]
    assert [s.row(r) for r in (24, 25, 26)] == [["Pendiente", 1], ["Admitida", 1], ["Inadmisible", 1]]
    assert s.row(28) == ["Estado de la consulta", "Peticiones"]
    assert [s.row(r) for r in range(29, 33)] == [["Pendiente", 1], ["Aprobada", 1], ["Rechazada", 0],
                                                 ["Desactualizada", 1]]
    assert [(t.name, t.ref) for t in s.tables] == [("TablaNiveles", "A17:C21"), ("TablaAdmisibilidad", "A23:B26"),
                                                   ("TablaEstadosConsulta", "A28:B32")]
    assert s.charts == ["xl/charts/chart1.xml"]
    import zipfile
    from xml.etree import ElementTree as ET

    with zipfile.ZipFile(tmp_path / "seguimiento.xlsx") as zf:
        chart = ET.fromstring(zf.read("xl/charts/chart1.xml"))
    c = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
    bar = chart.find(f"{c}chart/{c}plotArea/{c}barChart")
    assert bar is not None and bar.find(f"{c}barDir").get("val") == "col"
    assert "Peticiones por nivel" in "".join(chart.find(f"{c}chart/{c}title").itertext())
    series = bar.find(f"{c}ser")
    assert series.find(f"{c}val/{c}numRef/{c}f").text == "'Resumen'!$C$18:$C$21"
    assert series.find(f"{c}cat/{c}numRef/{c}f").text == "'Resumen'!$A$18:$A$21"
    assert len(series.findall(f"{c}dPt")) == 4  # one colour per tier


def test_an_empty_case_file_gives_every_sheet_with_an_empty_table(tmp_path):
    path = tmp_path / "vacio.xlsx"
    result = write_tracker(path, data(**EMPTY))
    assert result.sheets == tuple((name, 0) for name in SHEETS)  # the same shape as a full tracker
    book = read_xlsx(path)
    assert book.sheet_names == SHEETS
    refs = {s.name: [t.ref for t in s.tables] for s in book.sheets[1:]}
    assert refs == {"Peticiones": ["A1:K2"], "Cortes diarios": ["A1:C2"], "Cruces de nivel": ["A1:F2"],  # one
                    "Deberes": ["A1:L2"], "Reuniones": ["A1:K2"], "Disposiciones": ["A1:K2"],  # blank row,
                    "Consultas": ["A1:J2"]}                                                   # as Excel does
    assert all(s.rows == 1 and s.frozen == "A2" for s in book.sheets[1:])  # the header only
    summary = book.sheet("Resumen")
    assert summary.cells["B4"].value == "—"
    assert summary.row(6) == ["Peticiones", 0] and summary.row(15) == ["Peticiones en consulta", 0]
    assert [summary.row(r) for r in range(29, 33)] == [["Pendiente", 0], ["Aprobada", 0], ["Rechazada", 0],
                                                       ["Desactualizada", 0]]


# ------------------------------------------------------------------ text Excel cannot store

def test_formula_looking_text_stays_text(tmp_path):
    tricky = ['=HYPERLINK("http://malo.example","clic")', "+52 55 0100 0000", "-menos", "@SUMA(A1)", "#N/A"]
    petitions = [PetitionLine(f"https://www.change.org/p/t{i}", t, t, "Tema", 1, 0, None, "watch", "pending",
                              None, None, "", None) for i, t in enumerate(tricky)]
    path = tmp_path / "formulas.xlsx"
    write_tracker(path, data(petitions, [], []))
    sheet = read_xlsx(path).sheet("Peticiones")
    titles = sheet.column("Título")
    assert [c.value for c in titles] == tricky
    assert all(c.type == "s" and c.quote_prefix for c in titles)  # text, and Excel keeps it text on edit
    assert all(c.type == "s" for c in sheet.column("Peticionarios"))
    assert [c.type for c in sheet.column("Enlace")] == ["f"] * 5  # only our own links are formulas


def test_control_characters_and_very_long_texts_are_cleaned_not_fatal(tmp_path):
    long_note = "Nota larga. " * 4_000                     # 48,000 characters
    petitions = [PetitionLine(AGUA, "Agua\x00 potable\x0b para\x1f todos\r\nya", "Ana\x07 Ruiz", "Agua\ud800",
                              5, 0, None, "watch", "inadmissible", "other", None, long_note, None)]
    path = tmp_path / "control.xlsx"
    write_tracker(path, data(petitions, [CountLine(AGUA + "\x01", date(2016, 7, 1), 5)], []))
    sheet = read_xlsx(path).sheet("Peticiones")
    assert sheet.row(2)[1:4] == ["Agua potable para todos\nya", "Ana Ruiz", "Agua"]
    motive = sheet.column("Motivo")[0].value
    assert len(motive.encode("utf-16-le")) // 2 == 32_767 and motive.endswith("…")
    assert motive.startswith("Otra: Nota larga. Nota larga.")


# ------------------------------------------------------------------ splitting at Excel's row limit

def test_split_rows_parts_never_exceed_the_limit_and_no_empty_part_follows_a_full_one():
    assert [list(p) for p in split_rows(range(10), 4)] == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    assert [list(p) for p in split_rows(range(8), 4)] == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert [list(p) for p in split_rows([], 4)] == [[]]
    assert [list(p) for p in split_rows(range(3), 1)] == [[0], [1], [2]]


def test_daily_counts_go_on_to_more_sheets_past_the_row_limit(tmp_path):
    path = tmp_path / "partido.xlsx"
    counts = [CountLine(AGUA, date(2016, 6, 1 + d), 100 + d) for d in range(10)]
    result = write_tracker(path, data(counts=counts), max_rows_per_sheet=4)
    assert result.sheets[2:5] == (("Cortes diarios", 4), ("Cortes diarios (2)", 4), ("Cortes diarios (3)", 2))
    book = read_xlsx(path)
    assert book.sheet_names[2:5] == ["Cortes diarios", "Cortes diarios (2)", "Cortes diarios (3)"]
    refs = [(s.tables[0].name, s.tables[0].ref) for s in book.sheets[2:5]]
    assert refs == [("TablaCortes", "A1:C5"), ("TablaCortes2", "A1:C5"), ("TablaCortes3", "A1:C3")]
    values = [c.value for s in book.sheets[2:5] for c in s.column("Firmas")]
    assert values == list(range(100, 110))  # every count once, in order, each part with its header
    assert all(s.row(1) == ["Enlace", "Fecha", "Firmas"] and s.frozen == "A2" for s in book.sheets[2:5])


def test_the_real_limit_is_excels():
    assert xlsx_tables.MAX_DATA_ROWS == 1_048_575 == xlsx_tables.EXCEL_MAX_ROWS - 1
    assert tracker.MAX_DATA_ROWS == xlsx_tables.MAX_DATA_ROWS


# ------------------------------------------------------------------ progress and cancel

def test_progress_counts_every_row_up_to_the_total(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_tables, "ROWS_PER_STEP", 2)
    seen = []
    write_tracker(tmp_path / "p.xlsx", data(), Progress(report=lambda d, t: seen.append((d, t))))
    assert seen[0] == (0, 25) and seen[-1] == (25, 25)  # 15 petition rows, 3 duties, 2 meetings, 2 + 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) >= 8


def test_cancel_leaves_no_file_and_no_temporary_files(tmp_path, monkeypatch):
    from openpyxl.worksheet import _writer

    monkeypatch.setattr(xlsx_tables, "ROWS_PER_STEP", 2)
    target = tmp_path / "seguimiento.xlsx"
    target.write_bytes(b"libro anterior")
    steps = []

    def cancelled() -> bool:
        steps.append(1)
        return len(steps) > 4  # mid-way through the daily counts

    before = set(_writer.ALL_TEMP_FILES)
    with pytest.raises(Cancelled):
        write_tracker(target, data(), Progress(is_cancelled=cancelled))
    assert target.read_bytes() == b"libro anterior"
    assert sorted(os.listdir(tmp_path)) == ["seguimiento.xlsx"]
    leftovers = set(_writer.ALL_TEMP_FILES) - before
    assert leftovers == set() and not any(os.path.exists(p) for p in leftovers)


# ------------------------------------------------------------------ a real client: LibreOffice

@needs_office
def test_libreoffice_renders_the_headers_the_accented_title_and_the_numbers(tmp_path):
    path = tmp_path / "seguimiento.xlsx"
    write_tracker(path, data())
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    # Narrow columns wrap their headers: "Crecimiento / 7 días", "Fecha del / corte", "Último / cruce".
    for needle in ("Seguimiento de peticiones ciudadanas", "Peticiones por nivel", "Enlace", "Título",
                   "Peticionarios", "Crecimiento", "7 días", "Fecha del", "Admisibilidad", "Último",
                   "Motivo", "Umbral", "Revertido", "Derecho al agua potable en Iztapalapa", "Ibáñez", "63,508", "+1,204",
                   "12/07/2016", "Audiencia con el jefe de gobierno", "Revisión jurídica",
                   "Duplicada (de https:"):
        assert needle in text, needle
    assert "HYPERLINK" not in text and AGUA in text  # the link shows its address, not the formula


@needs_office
def test_libreoffice_opens_the_empty_tracker(tmp_path):
    path = tmp_path / "vacio.xlsx"
    write_tracker(path, data(**EMPTY))
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    assert "Seguimiento de peticiones ciudadanas" in text and "Enlace" in text and "Cortes diarios de firmas" in text
