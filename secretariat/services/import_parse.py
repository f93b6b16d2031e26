"""Reading monitoring files (CSV or XLSX) into validated rows. No database access.

Contract (see ../shared/DESIGN.md §3): headers in Spanish or English, any order/case, with or
without accents; UTF-8 (with or without BOM) or Windows-1252; comma, semicolon or tab; counts with
thousands separators; dates dd/mm/yyyy or yyyy-mm-dd; a file with no date column takes ``as_of``.
Any invalid row refuses the whole file with ``ImportRefused(row=, column=, reason=, value=)``.

Row numbers are what a spreadsheet shows: for XLSX the sheet's row number; for CSV the record
number counted from 1 at the top of the file (blank lines count, a quoted cell that spans several
lines is one record), so the header is normally row 1. Entirely empty rows are skipped. A title
line above the header is tolerated: the header is the first of the first ten non-empty rows that
holds at least two known column names.

The cell readers live in ``import_values`` and the header names in ``import_columns``.
"""

from __future__ import annotations

import codecs
import csv
import gc
import hashlib
import io
import itertools
import re
import warnings
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, repeat
from pathlib import Path

from ..errors import ImportRefused
from .import_columns import Header, read_header, recognised
from .import_table import read_table
from .import_values import normalise_url, shorten

__all__ = ["ImportRow", "ParsedFile", "normalise_url", "parse_file"]

SEPARATORS = (";", "\t", ",")      # the order breaks ties
HEADER_SEARCH = 10                 # non-empty rows in which the header is looked for
_MIXED_UTF8 = re.compile(rb"[\xc2\xc3][\x80-\xbf]")  # UTF-8 "é" inside a file that is not UTF-8


@dataclass(frozen=True)
class ImportRow:
    line: int                 # 1-based row number in the file (the header is row 1)
    url: str                  # normalised: https://www.change.org/p/slug (see normalise_url)
    title: str
    petitioners: tuple[str, ...]
    signatures: int
    as_of: date
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    topic: str = ""
    summary: str = ""


@dataclass(frozen=True)
class ParsedFile:
    filename: str             # the file's name, no directory
    sha256: str
    format: str               # "csv" | "xlsx"
    encoding: str | None      # "utf-8", "utf-8-sig", "cp1252"; None for xlsx
    separator: str | None     # ",", ";", "\t"; None for xlsx
    columns: dict[str, str]   # field -> header as written in the file
    ignored_columns: tuple[str, ...]
    rows: tuple[ImportRow, ...] = field(default=())


def parse_file(path: Path | str, *, as_of: date | None = None, today: date | None = None) -> ParsedFile:
    """Read and check a whole file; raise ``ImportRefused`` at the first bad cell."""
    with _no_cycle_collection():
        return _parse(Path(path), as_of, today)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reading makes some million small containers and no reference cycles: the cyclic garbage
    collector would only walk them again and again (it doubles the time of a large file)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(path: Path, as_of: date | None, today: date | None) -> ParsedFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused(reason="unreadable", detail=exc.strerror or type(exc).__name__,
                            value=shorten(path.name)) from None
    if data[:4] == b"PK\x03\x04":
        fmt, encoding, separator = "xlsx", None, None
        records = _xlsx_records(data)
        blank: Callable[[Sequence[object]], bool] = _blank_cells
    else:
        fmt = "csv"
        text, encoding = _decode(data)
        separator = _sniff(text)
        records = _csv_records(text, separator)
        blank = _blank_text
    header = _find_header(records, blank)
    start, end = header.line, len(records)  # records[i] is row i + 1
    if fmt == "csv":
        keep = list(compress(range(start, end),
                             map(str.strip, map("".join, itertools.islice(records, start, None)))))
    else:
        keep = [i for i in range(start, end) if not blank(records[i])]
    if not keep:
        raise ImportRefused(reason="empty_file")
    if len(keep) == end - start:
        lines: Sequence[int] = range(start + 1, end + 1)
        cells = records[start:]
    else:
        lines = [i + 1 for i in keep]
        cells = [records[i] for i in keep]
    del records
    table = read_table(lines, cells, header, as_of=as_of, today=today or date.today(),
                       strict_width=fmt == "csv")
    get = table.get
    none, blank_text = repeat(()), repeat("")  # endless: map() stops with ``lines``
    rows = tuple(map(ImportRow, lines, table["url"], table["title"], get("petitioner") or none,
                     table["signatures"], get("date") or repeat(as_of), get("email") or none,
                     get("phone") or none, get("topic") or blank_text,
                     get("summary") or blank_text))
    return ParsedFile(filename=path.name, sha256=hashlib.sha256(data).hexdigest(), format=fmt,
                      encoding=encoding, separator=separator, columns=dict(header.written),
                      ignored_columns=header.ignored, rows=rows)


# --- CSV --------------------------------------------------------------------------------------

def _decode(data: bytes) -> tuple[str, str]:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):           # UTF-16 or UTF-32 ("Unicode text")
        raise ImportRefused(reason="bad_encoding")
    if b"\x00" in data or data[:5] == b"%PDF-":          # a binary file: .xls, image, PDF …
        raise ImportRefused(reason="unsupported_format")
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data[:3] == codecs.BOM_UTF8 else "utf-8"
    except UnicodeDecodeError:
        pass
    if _MIXED_UTF8.search(data):  # part UTF-8, part something else: cp1252 would garble it
        raise ImportRefused(reason="bad_encoding")
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:    # bytes that Windows-1252 leaves undefined (0x81, 0x8D …)
        raise ImportRefused(reason="bad_encoding") from None


def _sniff(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the header into the most known column names;
    on a tie, the one found most often outside quotes in the first line that is not blank."""
    sample = list(itertools.islice(io.StringIO(text[:65536], newline=""), HEADER_SEARCH * 2))
    first = next((line for line in sample if line.strip()), "")
    best, best_key = ",", (-1, -1, -1)
    for preference, sep in enumerate(reversed(SEPARATORS)):
        try:
            rows = [r for r in csv.reader(sample, delimiter=sep) if not _blank_text(r)]
            cells = max((len(r) for r in csv.reader([first], delimiter=sep)), default=0)
        except csv.Error:
            continue
        known = max((recognised(r) for r in rows[:HEADER_SEARCH]), default=0)
        key = (known, cells, preference)
        if key > best_key:
            best, best_key = sep, key
    return best


def _csv_records(text: str, separator: str) -> list[list[str]]:
    """All records; record i is row i + 1 (a quoted cell may span lines: it is still one row)."""
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error as exc:  # what was read before the error stays in ``records``
        raise ImportRefused(reason="unreadable", detail=f"fila {len(records) + 1}: {exc}") from None
    return records


def _blank_text(record: Sequence[str]) -> bool:
    return not "".join(record).strip()


# --- XLSX -------------------------------------------------------------------------------------

def _xlsx_records(data: bytes) -> list[tuple[object, ...]]:
    """The first worksheet's rows; item i is the sheet's row i + 1 (openpyxl fills gaps)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            is_workbook = "xl/workbook.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportRefused(reason="unreadable", detail=str(exc) or type(exc).__name__) from None
    if not is_workbook:                                  # .docx, .ods, a plain .zip …
        raise ImportRefused(reason="unsupported_format")
    import openpyxl  # noqa: PLC0415 - imported on use: it slows start-up

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")              # "no default style" and the like
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            if not book.worksheets:
                raise ImportRefused(reason="empty_file")
            sheet = book.worksheets[0]
            sheet.reset_dimensions()  # some writers store a wrong size; read what is there
            return list(sheet.iter_rows(values_only=True))
        finally:
            book.close()
    except ImportRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise ImportRefused(reason="unreadable", detail=str(exc) or type(exc).__name__) from None


def _blank_cells(record: Sequence[object]) -> bool:
    for cell in record:
        if cell is not None and (type(cell) is not str or cell.strip()):
            return False
    return True


# --- rows -------------------------------------------------------------------------------------

def _find_header(records: list[Sequence[object]], blank: Callable[[Sequence[object]], bool]
                 ) -> Header:
    """The first of the first non-empty rows that names two known columns, else the first one."""
    seen: list[int] = []
    for i, cells in enumerate(records):
        if blank(cells):
            continue
        seen.append(i)
        if recognised(cells) >= 2 or len(seen) >= HEADER_SEARCH:
            break
    if not seen:
        raise ImportRefused(reason="empty_file")
    pick = next((i for i in seen if recognised(records[i]) >= 2), seen[0])
    return read_header(records[pick], pick + 1)
