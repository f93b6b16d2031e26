"""The Excel tracker (libro de seguimiento): plain data in, an .xlsx file out.

``write_tracker(path, data, progress)`` takes what ``secretariat.services.tracker_data`` returns
(a summary and row iterators; any objects with the same attributes will do) and never touches
the database or a widget. The workbook, in es-MX:

- "Resumen": title, dates, totals, petitions per tier and per admissibility (two small tables)
  and a native Excel bar chart of petitions per tier;
- "Peticiones", "Cortes diarios", "Cruces de nivel": one Excel table each (see
  ``xlsx_tables``), tiers coloured by conditional formatting; "Cortes diarios" goes on to
  "Cortes diarios (2)" … past Excel's row limit.

Sheets for duties, meetings, provisions and consultations will be one more ``TableSheet`` each
in ``_table_sheets`` when that data exists. Contact data is not part of the tracker.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from secretariat.progress import NO_PROGRESS, Progress

from . import words
from .atomic import atomic_target
from .xlsx_tables import (
    DATE_FORMAT,
    INT_FORMAT,
    MAX_DATA_ROWS,
    PAPER_LETTER,
    Column,
    RowCounter,
    Styles,
    TableSheet,
    colour_rules,
    discard,
    write_table_sheet,
)

if TYPE_CHECKING:
    from secretariat.services.tracker_data import TrackerData, TrackerSummary

TITLE = "Seguimiento de peticiones ciudadanas"
SUBTITLE = "Peticiones de Change.org para la Constitución Política de la Ciudad de México"
SUMMARY_SHEET = "Resumen"

#: Per tier: fill and text colour of its cells (light tints of the window's tier colours), and
#: the colour of its bar in the chart (the window's tier colour).
TIER_COLOURS = {
    "watch": ("EEEFF1", "4B5058", "8A8F98"),
    "review": ("DCE8F6", "1F4E85", "2F6DB5"),
    "hearing": ("FBE8CC", "7A4A06", "C07A12"),
    "audience": ("F6D5D2", "8C1D17", "B3261E"),
}
TIER_RULES = tuple((words.TIERS[t], fill, font) for t, (fill, font, _) in TIER_COLOURS.items())


@dataclass(frozen=True)
class TrackerResult:
    path: str
    sheets: tuple[tuple[str, int], ...]  # (sheet name, data rows), in workbook order


# ------------------------------------------------------------------ the table sheets

PETITION_COLUMNS = (
    Column("Enlace", 40, "link"), Column("Título", 50), Column("Peticionarios", 30),
    Column("Tema", 20), Column("Firmas", 10, "int"), Column("Crecimiento 7 días", 12, "signed"),
    Column("Fecha del corte", 11, "date"), Column("Nivel", 31, colours=TIER_RULES),
    Column("Admisibilidad", 14), Column("Motivo", 36), Column("Último cruce", 11, "date"),
)
COUNT_COLUMNS = (Column("Enlace", 60), Column("Fecha", 12, "date"), Column("Firmas", 12, "int"))
CROSSING_COLUMNS = (
    Column("Enlace", 60, "link"), Column("Nivel", 31, colours=TIER_RULES), Column("Umbral", 10, "int"),
    Column("Fecha", 12, "date"), Column("Firmas", 10, "int"), Column("Revertido el", 12, "date"),
)


def motive(p) -> str:
    """Why a petition is inadmissible: the reason, the petition it duplicates, the note."""
    if not p.reason:
        return p.note or ""
    text = words.word(words.REASONS, p.reason)
    if p.duplicate_of:
        text += f" (de {p.duplicate_of})"
    return f"{text}: {p.note}" if p.note else text


def _petition_values(rows: Iterable) -> Iterator[tuple]:
    tier, adm = words.TIERS, words.ADMISSIBILITY
    for p in rows:
        yield (p.url, p.title, p.petitioners, p.topic, p.signatures, p.growth_7d, p.as_of,
               tier.get(p.tier, p.tier), adm.get(p.admissibility, p.admissibility), motive(p),
               p.last_crossing_on)


def _crossing_values(rows: Iterable) -> Iterator[tuple]:
    tier = words.TIERS
    for c in rows:
        yield (c.url, tier.get(c.tier, c.tier), c.threshold, c.crossed_on, c.signatures, c.reverted_on)


def _table_sheets(data: TrackerData) -> list[TableSheet]:
    return [
        TableSheet("Peticiones", "TablaPeticiones", PETITION_COLUMNS, _petition_values(data.petitions)),
        # Count rows are (url, date, signatures) already: millions of rows need no reshaping.
        TableSheet("Cortes diarios", "TablaCortes", COUNT_COLUMNS, data.counts),
        TableSheet("Cruces de nivel", "TablaCruces", CROSSING_COLUMNS, _crossing_values(data.crossings)),
    ]


# ------------------------------------------------------------------ writing

def write_tracker(path, data: TrackerData, progress: Progress = NO_PROGRESS, *,
                  max_rows_per_sheet: int = MAX_DATA_ROWS) -> TrackerResult:
    """Write the tracker to ``path``, replaced only once complete. ``Cancelled`` raised by
    ``progress`` stops it and leaves nothing under ``path`` (an older file there is kept)."""
    from openpyxl import Workbook

    if not 1 <= max_rows_per_sheet <= MAX_DATA_ROWS:
        raise ValueError(f"max_rows_per_sheet must be 1..{MAX_DATA_ROWS}")
    summary = data.summary
    counter = RowCounter(progress, summary.rows)
    with atomic_target(path) as tmp:
        wb = Workbook(write_only=True)
        try:
            props = wb.properties
            props.title, props.subject, props.creator, props.language = TITLE, SUBTITLE, "Secretariat", "es-MX"
            styles = Styles()
            _write_summary(wb, summary, styles)
            sheets: list[tuple[str, int]] = [(SUMMARY_SHEET, 0)]
            for spec in _table_sheets(data):
                sheets += write_table_sheet(wb, spec, styles, counter, max_rows_per_sheet)
            counter.finish()
            wb.save(tmp)
        except BaseException:
            discard(wb)
            raise
    return TrackerResult(str(path), tuple(sheets))


# ------------------------------------------------------------------ the summary sheet

def _write_summary(wb, summary: TrackerSummary, styles: Styles) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils.datetime import to_excel
    from openpyxl.worksheet.properties import PageSetupProperties

    ws = wb.create_sheet(SUMMARY_SHEET)
    for letter, width in (("A", 40), ("B", 22), ("C", 14)):
        ws.column_dimensions[letter].width = width
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.paperSize = PAPER_LETTER
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = ws.page_setup.fitToHeight = 1

    def day(value: date | None):
        if value is None:
            return styles.cell(ws, "—", alignment=Alignment(horizontal="right"))
        return styles.cell(ws, int(to_excel(value, ws.parent.epoch)), number_format=DATE_FORMAT)

    def number(value: int):
        return styles.cell(ws, value, number_format=INT_FORMAT)

    bold = Font(bold=True)
    ws.append([styles.cell(ws, TITLE, font=Font(bold=True, size=16, color="1F3864"))])
    ws.append([styles.cell(ws, SUBTITLE, font=Font(italic=True, color="595959"))])
    ws.append([])
    facts = (("Fecha del corte más reciente", day(summary.latest_count_on)),
             ("Fecha de elaboración", day(summary.generated_on)),
             ("Peticiones", number(summary.petitions)),
             ("Firmas (suma de los últimos cortes)", number(summary.signatures)),
             ("Cortes diarios de firmas", number(summary.counts)),
             ("Cruces de nivel", number(summary.crossings)),
             ("Cruces de nivel revertidos", number(summary.reverted)))
    for label, value in facts:
        ws.append([styles.cell(ws, label, font=bold), value])
    ws.append([])

    tier_head = 4 + len(facts) + 1
    tier_headers = ("Nivel", "A partir de (firmas)", "Peticiones")
    ws.append(_header_cells(ws, styles, tier_headers))
    starts = dict(zip(("review", "hearing", "audience"), summary.thresholds))
    for code, n in summary.tiers:
        ws.append([words.word(words.TIERS, code), number(starts.get(code, 0)), number(n)])
    tier_last = tier_head + len(summary.tiers)
    ws.append([])
    adm_head = tier_last + 2
    ws.append(_header_cells(ws, styles, ("Admisibilidad", "Peticiones")))
    for code, n in summary.admissibility:
        ws.append([words.word(words.ADMISSIBILITY, code), number(n)])
    adm_last = adm_head + len(summary.admissibility)

    _small_table(ws, "TablaNiveles", tier_headers, f"A{tier_head}:C{tier_last}")
    _small_table(ws, "TablaAdmisibilidad", ("Admisibilidad", "Peticiones"), f"A{adm_head}:B{adm_last}")
    colour_rules(ws, f"A{tier_head + 1}:A{tier_last}", TIER_RULES)
    _tier_chart(ws, summary, tier_head, tier_last, anchor=f"A{adm_last + 3}")


def _header_cells(ws, styles: Styles, headers: Sequence[str]) -> list:
    from openpyxl.styles import Border, Font, Side

    line = Side(style="thin", color="1F3864")
    return [styles.cell(ws, h, font=Font(bold=True), border=Border(bottom=line)) for h in headers]


def _small_table(ws, name: str, headers: Sequence[str], ref: str) -> None:
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the columns are added by hand, as write-only requires
        ws.add_table(table)


def _tier_chart(ws, summary: TrackerSummary, header_row: int, last_row: int, anchor: str) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.marker import DataPoint

    chart = BarChart()
    chart.type = "col"
    chart.title = "Peticiones por nivel"
    chart.y_axis.title = "Peticiones"
    chart.legend = None
    chart.width, chart.height = 15.5, 8.5  # cm: the width of columns A to C
    chart.x_axis.delete = False  # openpyxl 3.1 hides both axes unless told otherwise
    chart.y_axis.delete = False
    chart.y_axis.numFmt = INT_FORMAT
    chart.add_data(Reference(ws, min_col=3, min_row=header_row, max_row=last_row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row))
    series = chart.series[0]
    for i, (code, _) in enumerate(summary.tiers):
        colour = TIER_COLOURS.get(code, ("", "", "8A8F98"))[2]
        point = DataPoint(idx=i)
        point.graphicalProperties.solidFill = colour
        point.graphicalProperties.line.solidFill = colour
        series.dPt.append(point)
    labels = DataLabelList()
    labels.showVal = True
    labels.showSerName = labels.showCatName = labels.showLegendKey = labels.showPercent = False
    chart.dataLabels = labels
    ws.add_chart(chart, anchor)
