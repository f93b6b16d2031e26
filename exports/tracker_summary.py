"""The tracker's summary sheet ("Resumen"): title, dates and totals, small tables of petitions
per tier, per admissibility and per consultation state, and a native bar chart of the tiers."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from .tracker_sheets import STATE_COLOURS, TIER_COLOURS, rules
from .tracker_words import Words
from .xlsx_tables import DATE_FORMAT, INT_FORMAT, PAPER_LETTER, Styles, colour_rules

if TYPE_CHECKING:
    from secretariat.services.tracker_data import TrackerSummary

TITLE = "Seguimiento de peticiones ciudadanas"
SUBTITLE = "Peticiones de Change.org para la Constitución Política de la Ciudad de México"
SUMMARY_SHEET = "Resumen"


def write_summary(wb, summary: TrackerSummary, styles: Styles, w: Words) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils.datetime import to_excel
    from openpyxl.worksheet.properties import PageSetupProperties

    ws = wb.create_sheet(w(SUMMARY_SHEET))
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
    ws.append([styles.cell(ws, w(TITLE), font=Font(bold=True, size=16, color="1F3864"))])
    ws.append([styles.cell(ws, w(SUBTITLE), font=Font(italic=True, color="595959"))])
    ws.append([])
    facts = (("Fecha del corte más reciente", day(summary.latest_count_on)),
             ("Fecha de elaboración", day(summary.generated_on)),
             ("Peticiones", number(summary.petitions)),
             ("Firmas (suma de los últimos cortes)", number(summary.signatures)),
             ("Cortes diarios de firmas", number(summary.counts)),
             ("Cruces de nivel", number(summary.crossings)),
             ("Cruces de nivel revertidos", number(summary.reverted)),
             ("Deberes abiertos", number(summary.open_duties)),
             ("Deberes vencidos", number(summary.overdue_duties)),
             ("Reuniones celebradas", number(summary.held_meetings)),
             ("Disposiciones", number(summary.provisions)),
             ("Peticiones en consulta", number(summary.consulted)))
    for label, value in facts:
        ws.append([styles.cell(ws, w(label), font=bold), value])
    ws.append([])

    row = 4 + len(facts) + 1
    starts = dict(zip(("review", "hearing", "audience"), summary.thresholds))
    tier_rows = [[w.code("tier", code), number(starts.get(code, 0)), number(n)] for code, n in summary.tiers]
    tier_head = row
    row = _small_table(ws, styles, "TablaNiveles", (w("Nivel"), w("A partir de (firmas)"), w("Peticiones")),
                       tier_rows, row, rules(w, "tier", TIER_COLOURS))
    adm_rows = [[w.code("admissibility", code), number(n)] for code, n in summary.admissibility]
    row = _small_table(ws, styles, "TablaAdmisibilidad", (w("Admisibilidad"), w("Peticiones")), adm_rows, row)
    state_rows = [[w.code("state", code), number(n)] for code, n in summary.consultations]
    row = _small_table(ws, styles, "TablaEstadosConsulta", (w("Estado de la consulta"), w("Peticiones")),
                       state_rows, row, rules(w, "state", STATE_COLOURS))
    _tier_chart(ws, summary, w, tier_head, tier_head + len(tier_rows), anchor=f"A{row + 1}")


def _small_table(ws, styles: Styles, name: str, headers: Sequence[str], rows: list[list], first: int,
                 colours: tuple = ()) -> int:
    """A header and ``rows`` from row ``first`` as an Excel table, then a blank row; returns the
    number of the row after it. ``colours`` colour the first column."""
    from openpyxl.styles import Border, Font, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    line = Side(style="thin", color="1F3864")
    ws.append([styles.cell(ws, h, font=Font(bold=True), border=Border(bottom=line)) for h in headers])
    for r in rows:
        ws.append(r)
    if not rows:
        ws.append([])  # the empty table's one blank row
    ws.append([])
    last = first + max(len(rows), 1)
    table = Table(displayName=name, ref=f"A{first}:{get_column_letter(len(headers))}{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the columns are added by hand, as write-only requires
        ws.add_table(table)
    if colours and rows:
        colour_rules(ws, f"A{first + 1}:A{last}", colours)
    return last + 2


def _tier_chart(ws, summary: TrackerSummary, w: Words, header_row: int, last_row: int, anchor: str) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.marker import DataPoint

    chart = BarChart()
    chart.type = "col"
    chart.title = w("Peticiones por nivel")
    chart.y_axis.title = w("Peticiones")
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
