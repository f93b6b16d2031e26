"""Writing monitoring files byte by byte (to control encodings) and reading them back through
``parse_file``: the helpers the import-parsing tests share."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.errors import ImportRefused
from secretariat.messages import IMPORT_REASONS
from secretariat.services.import_parse import ParsedFile, parse_file

TODAY = date(2016, 7, 20)
AGUA = "https://www.change.org/p/agua-para-todos"


def write(tmp_path, text: str, encoding: str = "utf-8", name: str = "monitoreo.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def parse(tmp_path, text: str, encoding: str = "utf-8", **kw) -> ParsedFile:
    kw.setdefault("today", TODAY)
    return parse_file(write(tmp_path, text, encoding), **kw)


def refusal(tmp_path, text: str | bytes, name: str = "monitoreo.csv", **kw) -> ImportRefused:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    kw.setdefault("today", TODAY)
    with pytest.raises(ImportRefused) as info:
        parse_file(path, **kw)
    err = info.value
    assert err.params["reason"] in IMPORT_REASONS["es"]  # every refusal has its sentence
    return err


def xlsx(tmp_path, rows, name: str = "monitoreo.xlsx", extra_sheet=None):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row, 1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    if extra_sheet:
        other = book.create_sheet("Otra")
        for row in extra_sheet:
            other.append(row)
    path = tmp_path / name
    book.save(path)
    return path
