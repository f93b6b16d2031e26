"""WordprocessingML built straight with lxml: runs, paragraphs, fields, bookmarks, tables.

python-docx's high-level API re-scans the body as it grows (each ``add_paragraph`` finds the
last ``sectPr``; each style look-up walks the styles part), which makes long dossiers
quadratic. These helpers append elements to a parent in O(1) and take style IDs that the
engine resolved once (``docx_styles``). Child elements follow the schema's order (Word refuses
an out-of-order ``rPr`` or ``pPr``).

Text goes through ``clean``: characters XML 1.0 cannot hold (control characters, lone
surrogates, U+FFFE/U+FFFF) are removed, "\\r\\n" and "\\r" become "\\n"; inside a run "\\n" is a
line break and "\\t" a tab.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile(r"(\n|\t)")


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{tag}"


VAL = w("val")
P, PPR, R, RPR, T = w("p"), w("pPr"), w("r"), w("rPr"), w("t")


def clean(text: str | None) -> str:
    """``text`` without what XML cannot hold; line ends normalised to "\\n"."""
    if not text:
        return ""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    """Append ``<w:tag w:attr=…>`` to ``parent``."""
    return etree.SubElement(parent, w(tag), {w(k): v for k, v in attrs.items()})


@dataclass(frozen=True)
class Fmt:
    """Direct run formatting (all optional). ``size`` in half-points; ``color`` as "RRGGBB"."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    color: str | None = None
    size: int | None = None
    highlight: str | None = None
    caps: bool = False


PLAIN = Fmt()
BOLD = Fmt(bold=True)
ITALIC = Fmt(italic=True)


def _rpr(run: etree._Element, fmt: Fmt, rstyle: str | None) -> None:
    if fmt == PLAIN and not rstyle:
        return
    rpr = etree.SubElement(run, RPR)
    if rstyle:
        sub(rpr, "rStyle", val=rstyle)
    if fmt.bold:
        sub(rpr, "b")
    if fmt.italic:
        sub(rpr, "i")
    if fmt.caps:
        sub(rpr, "caps")
    if fmt.strike:
        sub(rpr, "strike")
    if fmt.color:
        sub(rpr, "color", val=fmt.color)
    if fmt.size:
        sub(rpr, "sz", val=str(fmt.size))
        sub(rpr, "szCs", val=str(fmt.size))
    if fmt.highlight:
        sub(rpr, "highlight", val=fmt.highlight)
    if fmt.underline:
        sub(rpr, "u", val="single")


def run(parent: etree._Element, text: str, fmt: Fmt = PLAIN, rstyle: str | None = None) -> etree._Element:
    """Append a run with ``text`` (cleaned; "\\n" → line break, "\\t" → tab)."""
    r = etree.SubElement(parent, R)
    _rpr(r, fmt, rstyle)
    text = clean(text)
    if "\n" not in text and "\t" not in text:
        t = etree.SubElement(r, T)
        t.text = text
        if text[:1].isspace() or text[-1:].isspace():
            t.set(XML_SPACE, "preserve")
        return r
    for piece in _BREAKS.split(text):
        if piece == "\n":
            etree.SubElement(r, w("br"))
        elif piece == "\t":
            etree.SubElement(r, w("tab"))
        elif piece:
            t = etree.SubElement(r, T)
            t.text = piece
            t.set(XML_SPACE, "preserve")
    return r


def paragraph(parent: etree._Element, style: str | None = None, text: str | None = None, fmt: Fmt = PLAIN, *,
              keep_next: bool = False, align: str | None = None, page_break_before: bool = False,
              space_after: int | None = None, indent: int | None = None) -> etree._Element:
    """Append ``<w:p>`` with style ID ``style`` and, if given, one run of ``text``.
    ``align``: left/center/right/both; ``space_after`` and ``indent`` in twips."""
    p = etree.SubElement(parent, P)
    if style or keep_next or align or page_break_before or space_after is not None or indent is not None:
        ppr = etree.SubElement(p, PPR)
        if style:
            sub(ppr, "pStyle", val=style)
        if keep_next:
            sub(ppr, "keepNext")
        if page_break_before:
            sub(ppr, "pageBreakBefore")
        if space_after is not None:
            sub(ppr, "spacing", after=str(space_after))
        if indent is not None:
            sub(ppr, "ind", left=str(indent))
        if align:
            sub(ppr, "jc", val=align)
    if text:
        run(p, text, fmt)
    return p


def runs(p: etree._Element, pieces: Iterable[tuple[str, Fmt]]) -> etree._Element:
    """Append several runs: ``(text, fmt)`` pairs."""
    for text, fmt in pieces:
        if text:
            run(p, text, fmt)
    return p


def page_break(parent: etree._Element) -> etree._Element:
    p = etree.SubElement(parent, P)
    r = etree.SubElement(p, R)
    sub(r, "br", type="page")
    return p


# ------------------------------------------------------------------ fields and bookmarks

def field_begin(p: etree._Element, instruction: str, dirty: bool = False) -> None:
    r = etree.SubElement(p, R)
    begin = sub(r, "fldChar", fldCharType="begin")
    if dirty:
        begin.set(w("dirty"), "true")
    r = etree.SubElement(p, R)
    instr = sub(r, "instrText")
    instr.text = f" {instruction} "
    instr.set(XML_SPACE, "preserve")
    r = etree.SubElement(p, R)
    sub(r, "fldChar", fldCharType="separate")


def field_end(p: etree._Element) -> None:
    r = etree.SubElement(p, R)
    sub(r, "fldChar", fldCharType="end")


def field(p: etree._Element, instruction: str, shown: str, fmt: Fmt = PLAIN) -> None:
    """A complete field in one paragraph (PAGE, NUMPAGES, PAGEREF …) showing ``shown`` until
    the reader updates it."""
    field_begin(p, instruction)
    run(p, shown, fmt)
    field_end(p)


def bookmark(p: etree._Element, ident: int, name: str) -> None:
    """Wrap the paragraph's content in a bookmark (start first, end last)."""
    start = etree.Element(w("bookmarkStart"), {w("id"): str(ident), w("name"): name})
    ppr = p.find(PPR)
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    sub(p, "bookmarkEnd", id=str(ident))


def hyperlink(p: etree._Element, anchor: str) -> etree._Element:
    """An internal hyperlink to a bookmark; append runs to the returned element."""
    return sub(p, "hyperlink", anchor=anchor, history="1")


# ------------------------------------------------------------------ tables

@dataclass(frozen=True)
class Column:
    title: str
    width: int            # twips (1 cm = 567)
    align: str | None = None


BORDER = "A6A6A6"
HEADER_FILL = "E7ECF2"


def table(parent: etree._Element, columns: Sequence[Column], *, style: str | None = None,
          header_style: str | None = None, body_style: str | None = None) -> etree._Element:
    """Append a bordered table with a header row that repeats on every page; returns it.
    Add rows with ``table_row``."""
    tbl = etree.SubElement(parent, w("tbl"))
    tblpr = sub(tbl, "tblPr")
    if style:
        sub(tblpr, "tblStyle", val=style)
    sub(tblpr, "tblW", w=str(sum(c.width for c in columns)), type="dxa")
    borders = sub(tblpr, "tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, edge, val="single", sz="4", space="0", color=BORDER)
    sub(tblpr, "tblLayout", type="fixed")
    margins = sub(tblpr, "tblCellMar")
    sub(margins, "left", w="85", type="dxa")
    sub(margins, "right", w="85", type="dxa")
    sub(tblpr, "tblLook", val="04A0", firstRow="1", lastRow="0", firstColumn="0", lastColumn="0",
        noHBand="1", noVBand="1")
    grid = sub(tbl, "tblGrid")
    for c in columns:
        sub(grid, "gridCol", w=str(c.width))
    header = table_row(tbl, columns, [c.title for c in columns], style=header_style, header=True)
    for tc in header.iterfind(w("tc")):
        tcpr = tc.find(w("tcPr"))
        sub(tcpr, "shd", val="clear", color="auto", fill=HEADER_FILL)
    return tbl


Cell = str | Sequence[tuple[str, Fmt]] | None


def table_row(tbl: etree._Element, columns: Sequence[Column], cells: Sequence[Cell], *,
              style: str | None = None, header: bool = False, fill: str | None = None) -> etree._Element:
    """Append a row: each cell is text, a list of ``(text, Fmt)`` runs, or None (empty).
    Text with "\\n\\n" becomes several paragraphs in the cell."""
    tr = sub(tbl, "tr")
    trpr = sub(tr, "trPr")
    sub(trpr, "cantSplit")
    if header:
        sub(trpr, "tblHeader")
    for col, value in zip(columns, cells, strict=True):
        tc = sub(tr, "tc")
        tcpr = sub(tc, "tcPr")
        sub(tcpr, "tcW", w=str(col.width), type="dxa")
        if fill:
            sub(tcpr, "shd", val="clear", color="auto", fill=fill)
        if value is None or isinstance(value, str):
            blocks = clean(value).split("\n\n") if value else [""]
            for block in blocks:
                paragraph(tc, style, block, BOLD if header else PLAIN, align=col.align,
                          keep_next=header)
        else:
            runs(paragraph(tc, style, align=col.align), value)
    return tr
