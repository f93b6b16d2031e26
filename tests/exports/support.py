"""Reading exports back without the library that wrote them, and rendering them with LibreOffice.

- ``read_xlsx(path)``: an independent .xlsx reader (``zipfile`` + ``xml.etree``, not openpyxl):
  sheets in order with their cells (type, value, formula, number format), tables (ref, columns,
  style, filter), frozen pane, column widths, conditional formats, and the chart parts.
- ``to_pdf(path, out_dir)`` / ``pdf_text(pdf)``: LibreOffice headless with a fresh profile, then
  ``pdftotext``. The tests that need them are skipped when the programs are missing (CI installs
  them: ``scripts/setup.sh test``).
"""

from __future__ import annotations

import posixpath
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
}
_R_ID = f"{{{NS['r']}}}id"
#: Excel's built-in number formats that are dates.
_BUILTIN_DATES = {14, 15, 16, 17, 22}


@dataclass
class Cell:
    ref: str
    type: str            # "n" number, "s" text, "f" formula, "b", "e", "d"
    value: object        # float/int for numbers, str for text, the formula text for formulas
    number_format: str
    quote_prefix: bool = False

    @property
    def is_date(self) -> bool:
        fmt = re.sub(r'"[^"]*"|\[[^\]]*\]', "", self.number_format.lower())
        return self.type == "n" and any(ch in fmt for ch in "dmy") and "#" not in fmt

    def as_date(self) -> date:
        assert self.is_date, f"{self.ref} is not a date cell: {self}"
        return date(1899, 12, 30) + timedelta(days=int(self.value))


@dataclass
class Table:
    name: str
    ref: str
    columns: list[str]
    style: str | None
    autofilter: str | None
    path: str


@dataclass
class Sheet:
    name: str
    path: str
    cells: dict[str, Cell] = field(default_factory=dict)
    rows: int = 0                  # the highest row number that has a <row>
    tables: list[Table] = field(default_factory=list)
    frozen: str | None = None      # topLeftCell of a frozen pane
    widths: dict[int, float] = field(default_factory=dict)   # 1-based column → width
    conditional: list[tuple[str, str]] = field(default_factory=list)  # (sqref, formula)
    charts: list[str] = field(default_factory=list)         # chart part paths

    def row(self, n: int) -> list[object]:
        """The values of row ``n``, A.. to the last cell present (None where empty)."""
        cols = [_col_index(r) for r in self.cells if _row_index(r) == n]
        if not cols:
            return []
        out: list[object] = [None] * max(cols)
        for ref, cell in self.cells.items():
            if _row_index(ref) == n:
                out[_col_index(ref) - 1] = cell.value
        return out

    def column(self, header: str) -> list[Cell | None]:
        """The cells under ``header`` (row 1) in rows 2..rows."""
        idx = self.row(1).index(header) + 1
        letter = _letters(idx)
        return [self.cells.get(f"{letter}{r}") for r in range(2, self.rows + 1)]


@dataclass
class Book:
    sheets: list[Sheet]
    parts: list[str]
    properties: str
    names: dict[tuple[str, str | None], str] = field(default_factory=dict)  # (name, sheet) → value

    def sheet(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)

    @property
    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def print_area(self, sheet: str) -> str | None:
        return self.names.get(("_xlnm.Print_Area", sheet))


def _row_index(ref: str) -> int:
    return int(re.sub(r"[A-Z]+", "", ref))


def _col_index(ref: str) -> int:
    n = 0
    for ch in re.sub(r"\d+", "", ref):
        n = n * 26 + ord(ch) - 64
    return n


def _letters(idx: int) -> str:
    s = ""
    while idx:
        idx, rem = divmod(idx - 1, 26)
        s = chr(65 + rem) + s
    return s


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """rId → (type, absolute target) for ``part``."""
    folder, name = posixpath.split(part)
    rels_path = posixpath.join(folder, "_rels", name + ".rels")
    if rels_path not in zf.namelist():
        return {}
    out = {}
    for rel in ET.fromstring(zf.read(rels_path)).findall("pr:Relationship", NS):
        target = rel.get("Target")
        if rel.get("TargetMode") != "External":
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                posixpath.join(folder, target))
        out[rel.get("Id")] = (rel.get("Type").rsplit("/", 1)[-1], target)
    return out


def _styles(zf: zipfile.ZipFile) -> list[tuple[str, bool]]:
    """Per cellXfs index: (number format code, quotePrefix)."""
    root = ET.fromstring(zf.read("xl/styles.xml"))
    custom = {int(f.get("numFmtId")): f.get("formatCode") for f in root.findall("m:numFmts/m:numFmt", NS)}
    out = []
    for xf in root.findall("m:cellXfs/m:xf", NS):
        fid = int(xf.get("numFmtId", "0"))
        code = custom.get(fid) or ("dd/mm/yyyy" if fid in _BUILTIN_DATES else
                                   "#,##0" if fid == 3 else "General")
        out.append((code, xf.get("quotePrefix") in ("1", "true")))
    return out


def read_xlsx(path) -> Book:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None, "a damaged member in the zip"
        styles = _styles(zf)
        shared = [("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
                  for si in ET.fromstring(zf.read("xl/sharedStrings.xml")).findall("m:si", NS)] \
            if "xl/sharedStrings.xml" in zf.namelist() else []
        wb_rels = _rels(zf, "xl/workbook.xml")
        workbook = ET.fromstring(zf.read("xl/workbook.xml"))
        sheets = []
        for s in workbook.findall("m:sheets/m:sheet", NS):
            part = wb_rels[s.get(_R_ID)][1]
            sheets.append(_sheet(zf, s.get("name"), part, styles, shared))
        names = {}
        for d in workbook.findall("m:definedNames/m:definedName", NS):
            local = d.get("localSheetId")
            names[(d.get("name"), sheets[int(local)].name if local is not None else None)] = d.text
        props = zf.read("docProps/core.xml").decode("utf-8") if "docProps/core.xml" in zf.namelist() else ""
        return Book(sheets, zf.namelist(), props, names)


def _sheet(zf, name, part, styles, shared) -> Sheet:
    root = ET.fromstring(zf.read(part))
    sheet = Sheet(name, part)
    for row in root.findall("m:sheetData/m:row", NS):
        sheet.rows = max(sheet.rows, int(row.get("r")))
        for c in row.findall("m:c", NS):
            ref, t = c.get("r"), c.get("t", "n")
            fmt, quote = styles[int(c.get("s", "0"))]
            f, v = c.find("m:f", NS), c.find("m:v", NS)
            if f is not None:
                cell = Cell(ref, "f", f.text, fmt, quote)
            elif t == "inlineStr":
                cell = Cell(ref, "s", "".join(x.text or "" for x in c.iter(f"{{{NS['m']}}}t")), fmt, quote)
            elif t == "s":
                cell = Cell(ref, "s", shared[int(v.text)], fmt, quote)
            elif t == "n":
                text = v.text if v is not None else None
                num = None if text is None else (int(text) if re.fullmatch(r"-?\d+", text) else float(text))
                cell = Cell(ref, "n", num, fmt, quote)
            else:
                cell = Cell(ref, t, v.text if v is not None else None, fmt, quote)
            sheet.cells[ref] = cell
    pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
    if pane is not None and pane.get("state") == "frozen":
        sheet.frozen = pane.get("topLeftCell")
    for col in root.findall("m:cols/m:col", NS):
        for i in range(int(col.get("min")), int(col.get("max")) + 1):
            sheet.widths[i] = float(col.get("width"))
    for cf in root.findall("m:conditionalFormatting", NS):
        for rule in cf.findall("m:cfRule", NS):
            sheet.conditional.append((cf.get("sqref"), rule.findtext("m:formula", "", NS)))
    rels = _rels(zf, part)
    for tp in root.findall("m:tableParts/m:tablePart", NS):
        tpath = rels[tp.get(_R_ID)][1]
        t = ET.fromstring(zf.read(tpath))
        style = t.find("m:tableStyleInfo", NS)
        af = t.find("m:autoFilter", NS)
        sheet.tables.append(Table(t.get("displayName"), t.get("ref"),
                                  [c.get("name") for c in t.findall("m:tableColumns/m:tableColumn", NS)],
                                  style.get("name") if style is not None else None,
                                  af.get("ref") if af is not None else None, tpath))
    drawing = root.find("m:drawing", NS)
    if drawing is not None:
        dpath = rels[drawing.get(_R_ID)][1]
        sheet.charts = [target for kind, target in _rels(zf, dpath).values() if kind == "chart"]
    return sheet


# ------------------------------------------------------------------ LibreOffice

def have_office() -> bool:
    return bool(shutil.which("soffice") and shutil.which("pdftotext"))


needs_office = pytest.mark.skipif(not have_office(), reason="LibreOffice (soffice) and pdftotext are not installed")


def to_pdf(path: Path, out_dir: Path) -> Path:
    """Convert ``path`` with LibreOffice headless, in a fresh profile of its own."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        proc = subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
             "--convert-to", "pdf", "--outdir", str(out_dir), str(path)],
            capture_output=True, text=True, timeout=180)
    pdf = out_dir / (Path(path).stem + ".pdf")
    assert proc.returncode == 0 and pdf.is_file(), f"LibreOffice failed: {proc.stdout}\n{proc.stderr}"
    return pdf


def pdf_text(pdf: Path) -> str:
    proc = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60, check=True)
    return proc.stdout


def cell_time(cell: Cell) -> time:
    """The time of day a time cell (a fraction of a day with a time format such as ``hh:mm``) holds."""
    fmt = re.sub(r'"[^"]*"|\[[^\]]*\]', "", cell.number_format.lower())
    assert cell.type == "n" and "h" in fmt and 0 <= cell.value < 1, f"{cell.ref} is not a time cell: {cell}"
    seconds = round(cell.value * 86400)
    return time(seconds // 3600, seconds // 60 % 60, seconds % 60)


def sheet_values(sheet: Sheet) -> list[list[object]]:
    """Every data row of a sheet (rows 2..last), each as wide as its header row."""
    width = len(sheet.row(1))
    return [(sheet.row(r) + [None] * width)[:width] for r in range(2, sheet.rows + 1)]
