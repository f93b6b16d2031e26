"""Excel tables written as a stream: the sheets of the tracker and of any later workbook export.

A ``TableSheet`` is a title, its columns and an iterable of rows. ``write_table_sheet`` writes it
into a write-only openpyxl workbook as one Excel table (style, filter buttons, frozen header,
column widths, print set-up), with real numbers and dates, and colours chosen by value through
conditional formatting. Rows past Excel's 1,048,576-row limit go on to "Title (2)", "Title (3)" …

Memory stays flat however many rows come: openpyxl's write-only sheets write each row as it is
appended, and the table range and the colour rules, which openpyxl writes after the rows, are set
once the sheet's rows are counted. Links are ``HYPERLINK`` formulas: openpyxl keeps every real
hyperlink object until the end, about 2.4 KB each (measured: 100,000 links took 270 MB at save).
"""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from secretariat.progress import Progress

from .xlsx_text import TextCells, clean_text

#: Excel's rows per sheet, header included.
EXCEL_MAX_ROWS = 1_048_576
MAX_DATA_ROWS = EXCEL_MAX_ROWS - 1
#: ``progress.step`` is called every this many rows (that is also where a cancel is heard).
ROWS_PER_STEP = 2_000
#: Excel's limit for a text constant in a formula: longer links are written as plain text.
MAX_FORMULA_LINK = 255

INT_FORMAT = "#,##0"
SIGNED_FORMAT = "+#,##0;-#,##0;0"
DATE_FORMAT = "dd/mm/yyyy"
TIME_FORMAT = "hh:mm"
PAPER_LETTER = "1"  # carta, the paper used in Mexico
TABLE_STYLE = "TableStyleMedium2"
#: The header row of TableStyleMedium2, also set on the cells so that readers without table
#: styles (LibreOffice) show the same header.
HEADER_FILL, HEADER_FONT = "4472C4", "FFFFFF"
LINK_COLOUR = "0563C1"
HEADER_HEIGHT = 32  # points: two lines, for headers wrapped in narrow columns


@dataclass(frozen=True)
class Column:
    header: str
    width: float                  # in characters, as Excel counts them
    kind: str = "text"            # text | link | int | signed | date | time
    colours: tuple[tuple[str, str, str], ...] = ()  # (cell text, fill RGB, font RGB) rules


@dataclass(frozen=True)
class TableSheet:
    title: str                    # the sheet's name (at most 26 characters, to leave room for " (2)")
    table: str                    # the Excel table's name: letters and digits, unique in the workbook
    columns: tuple[Column, ...]
    rows: Iterable[Sequence[Any]]  # plain values in column order: str, int, date, time or None


class RowCounter:
    """Counts the rows written in all sheets and reports every ``ROWS_PER_STEP``."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0
        progress.step(0, total)

    def add(self, n: int) -> None:
        self.done += n
        self.progress.step(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.progress.step(self.total, self.total)


class Styles:
    """Cell styles built once per workbook and shared by every cell that uses them.

    openpyxl's usual way (``cell.number_format = ...`` on each new cell) looks the format up for
    every cell; a cell ends up holding a small style array of indexes, so one ready array is
    given to all of them."""

    def __init__(self) -> None:
        self._arrays: dict[tuple, Any] = {}

    def array(self, ws, **attrs):
        """The style array for ``attrs`` (``number_format=``, ``font=``, ``fill=`` …)."""
        key = tuple(sorted((k, repr(v)) for k, v in attrs.items()))
        if key not in self._arrays:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(ws)
            for name, value in attrs.items():
                setattr(cell, name, value)
            self._arrays[key] = cell._style
        return self._arrays[key]

    def cell(self, ws, value, **attrs):
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, value)
        if attrs:
            c._style = self.array(ws, **attrs)
        return c


def converters(ws, columns: Sequence[Column], styles: Styles) -> list[Callable[[Any], Any]]:
    """One function per column turning a plain value into what ``ws.append`` takes."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils.datetime import to_excel

    text = TextCells(ws)
    epoch = ws.parent.epoch

    def styled(fmt: str) -> Callable[[Any], Any]:
        style = styles.array(ws, number_format=fmt)

        def make(value):
            if value is None:
                return None
            cell = WriteOnlyCell(ws, value)
            cell._style = style
            return cell
        return make

    def dates() -> Callable[[Any], Any]:
        style = styles.array(ws, number_format=DATE_FORMAT)
        serials: dict[date, int] = {}

        def make(value):
            if value is None:
                return None
            serial = serials.get(value)
            if serial is None:
                serial = serials[value] = int(to_excel(value, epoch))
            cell = WriteOnlyCell(ws, serial)  # the day's serial number with a date format: a date
            cell._style = style
            return cell
        return make

    def times() -> Callable[[Any], Any]:
        style = styles.array(ws, number_format=TIME_FORMAT)

        def make(value):
            if value is None:
                return None
            # the time of day as Excel keeps it: a fraction of a day, shown with a time format
            cell = WriteOnlyCell(ws, (value.hour * 3600 + value.minute * 60 + value.second) / 86400)
            cell._style = style
            return cell
        return make

    def texts() -> Callable[[Any], Any]:
        last: list[Any] = [object(), None]  # consecutive rows often repeat a value: clean it once

        def make(value):
            if value != last[0]:
                last[0], last[1] = value, text(value)
            return last[1]
        return make

    def links() -> Callable[[Any], Any]:
        style = styles.array(ws, font=Font(color=LINK_COLOUR, underline="single"))

        def make(value):
            url = clean_text(value)
            if not url.startswith(("http://", "https://")) or len(url) > MAX_FORMULA_LINK:
                return text(url)
            quoted = url.replace('"', '""')
            cell = WriteOnlyCell(ws, f'=HYPERLINK("{quoted}","{quoted}")')
            cell._style = style
            return cell
        return make

    made = {"text": texts, "link": links, "int": lambda: styled(INT_FORMAT),
            "signed": lambda: styled(SIGNED_FORMAT), "date": dates, "time": times}
    return [made[c.kind]() for c in columns]


def start_sheet(wb, name: str, columns: Sequence[Column], styles: Styles):
    """A new sheet with the column widths, frozen header, print set-up and the header row.
    In write-only mode all of these must be set before the first row."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    ws = wb.create_sheet(name)
    for i, col in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.row_dimensions[1].height = HEADER_HEIGHT
    ws.freeze_panes = "A2"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_LETTER
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "1:1"
    header = dict(font=Font(bold=True, color=HEADER_FONT),
                  fill=PatternFill("solid", start_color=HEADER_FILL, end_color=HEADER_FILL),
                  alignment=Alignment(wrap_text=True, vertical="center"))
    # Header texts are ours, never formula-like: plain strings, as Excel wants for table columns.
    ws.append([styles.cell(ws, c.header, **header) for c in columns])
    return ws


_END = object()


def split_rows(rows: Iterable[Any], limit: int) -> Iterator[Iterator[Any]]:
    """``rows`` in consecutive parts of at most ``limit``: always one part (maybe empty), and never
    an empty part after a full one. Each part must be used up before the next is asked for."""
    it = iter(rows)
    first = True
    while True:
        head = next(it, _END)
        if head is _END:
            if first:
                yield iter(())
            return
        first = False
        yield itertools.chain((head,), itertools.islice(it, limit - 1))


def write_table_sheet(wb, spec: TableSheet, styles: Styles, counter: RowCounter,
                      limit: int = MAX_DATA_ROWS) -> list[tuple[str, int]]:
    """Write ``spec`` as one or more sheets of at most ``limit`` data rows. Returns (name, rows)."""
    if not 1 <= limit <= MAX_DATA_ROWS:
        raise ValueError(f"limit must be 1..{MAX_DATA_ROWS}")
    written = []
    for part, rows in enumerate(split_rows(spec.rows, limit), 1):
        name = spec.title if part == 1 else f"{spec.title} ({part})"
        ws = start_sheet(wb, name, spec.columns, styles)
        convert = converters(ws, spec.columns, styles)
        append = ws.append
        n = 0
        while batch := list(itertools.islice(rows, ROWS_PER_STEP)):
            for row in batch:
                append([f(v) for f, v in zip(convert, row)])
            n += len(batch)
            counter.add(len(batch))
        finish_table(ws, spec.table if part == 1 else f"{spec.table}{part}", spec.columns, n)
        written.append((name, n))
    return written


def finish_table(ws, name: str, columns: Sequence[Column], n: int, first_row: int = 1) -> str:
    """Declare the table over the header at ``first_row`` and ``n`` data rows, and the colour
    rules. An empty table keeps one blank row, as Excel does. Returns the table's range."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

    last_row = first_row + max(n, 1)
    ref = f"A{first_row}:{get_column_letter(len(columns))}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(columns, 1)]
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():  # "in write-only mode you must add table columns manually": done
        warnings.simplefilter("ignore")
        ws.add_table(table)
    # Printing stops at the table: long text overflowing an empty last cell would otherwise widen
    # the printed area and shrink every page to fit it.
    ws.print_area = ref
    for i, col in enumerate(columns, 1):
        if col.colours:
            letter = get_column_letter(i)
            colour_rules(ws, f"{letter}{first_row + 1}:{letter}{last_row}", col.colours)
    return ref


def colour_rules(ws, cells: str, colours: Iterable[tuple[str, str, str]]) -> None:
    """Conditional formatting: a cell whose text is exactly ``value`` gets that fill and font."""
    from openpyxl.formatting.rule import Rule
    from openpyxl.styles import Font, PatternFill
    from openpyxl.styles.differential import DifferentialStyle

    for value, fill, font in colours:
        dxf = DifferentialStyle(fill=PatternFill("solid", start_color=fill, end_color=fill,
                                                 bgColor=fill), font=Font(color=font))
        quoted = value.replace('"', '""')
        ws.conditional_formatting.add(cells, Rule(type="cellIs", operator="equal",
                                                  formula=[f'"{quoted}"'], dxf=dxf))


def discard(wb) -> None:
    """Close and delete the temporary sheet files of a write-only workbook that will not be
    saved (openpyxl would otherwise leave them in the temp folder until the program exits)."""
    from openpyxl.worksheet import _writer

    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        for stream in (getattr(ws, "_rows", None), writer):  # the row stream first, then the file
            try:
                if stream is not None:
                    stream.close()
            except Exception:  # noqa: BLE001 - it may be broken already; removing the file is what matters
                pass
        if os.path.exists(writer.out):
            os.remove(writer.out)
        if writer.out in _writer.ALL_TEMP_FILES:
            _writer.ALL_TEMP_FILES.remove(writer.out)
