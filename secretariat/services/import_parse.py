"""Reading monitoring files (CSV or XLSX) into validated rows. No database access.

Contract (see ../shared/DESIGN.md §3): headers in Spanish or English, any order/case, with or
without accents; UTF-8 (with or without BOM) or Windows-1252; comma, semicolon or tab; counts with
thousands separators; dates dd/mm/yyyy or yyyy-mm-dd; a file with no date column takes ``as_of``.
Any invalid row refuses the whole file with ``ImportRefused(row=, column=, reason=, value=)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


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


def normalise_url(raw: str) -> str | None:
    raise NotImplementedError  # being written


def parse_file(path: Path | str, *, as_of: date | None = None, today: date | None = None) -> ParsedFile:
    raise NotImplementedError  # being written
