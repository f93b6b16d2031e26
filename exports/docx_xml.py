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
from functools import lru_cache

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_BREAKS = re.compile(r"(\n|\t)")


_CLARK: dict[str, str] = {}


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    name = _CLARK.get(tag)
    if name is None:
        name = _CLARK[tag] = f"{{{W_NS}}}{tag}"
    return name


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


def _copy(element: etree._Element) -> etree._Element:
    """A copy of ``element`` and its subtree (lxml's copy is deep; calling it directly skips
    the ``copy`` module's bookkeeping)."""
    return element.__copy__()


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
    if fmt is PLAIN and not rstyle:
        return
    run.append(_copy(_rpr_proto(fmt, rstyle)))


@lru_cache(maxsize=256)
def _rpr_proto(fmt: Fmt, rstyle: str | None) -> etree._Element:
    """The run properties for ``fmt``, built once and copied (copying is several times faster
    than building the same elements again)."""
    rpr = etree.Element(RPR)
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
    return rpr


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
        p.append(_copy(_ppr_proto(style, keep_next, align, page_break_before, space_after, indent)))
    if text:
        run(p, text, fmt)
    return p


@lru_cache(maxsize=512)
def _ppr_proto(style, keep_next, align, page_break_before, space_after, indent) -> etree._Element:
    ppr = etree.Element(PPR)
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
    return ppr


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

def field_begin(p: etree._Element, instruction: str, dirty: bool = False, fmt: Fmt = PLAIN) -> None:
    r = etree.SubElement(p, R)
    _rpr(r, fmt, None)
    begin = sub(r, "fldChar", fldCharType="begin")
    if dirty:
        begin.set(w("dirty"), "true")
    r = etree.SubElement(p, R)
    _rpr(r, fmt, None)
    instr = sub(r, "instrText")
    instr.text = f" {instruction} "
    instr.set(XML_SPACE, "preserve")
    r = etree.SubElement(p, R)
    _rpr(r, fmt, None)
    sub(r, "fldChar", fldCharType="separate")


def field_end(p: etree._Element, fmt: Fmt = PLAIN) -> None:
    r = etree.SubElement(p, R)
    _rpr(r, fmt, None)
    sub(r, "fldChar", fldCharType="end")


def field(p: etree._Element, instruction: str, shown: str, fmt: Fmt = PLAIN) -> None:
    """A complete field in one paragraph (PAGE, NUMPAGES …) showing ``shown`` until the reader
    updates it; every run of it carries ``fmt`` so the updated result keeps the look."""
    field_begin(p, instruction, fmt=fmt)
    run(p, shown, fmt)
    field_end(p, fmt)


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
          header_style: str | None = None) -> etree._Element:
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
    table_row(tbl, columns, [c.title for c in columns], style=header_style, header=True, fill=HEADER_FILL)
    return tbl


Cell = str | Sequence[tuple[str, Fmt]] | None


def table_row(tbl: etree._Element, columns: Sequence[Column], cells: Sequence[Cell], *,
              style: str | None = None, header: bool = False, fill: str | None = None) -> etree._Element:
    """Append a row: each cell is text, a list of ``(text, Fmt)`` runs, or None (empty).
    Text with "\\n\\n" becomes several paragraphs in the cell."""
    tr = etree.SubElement(tbl, w("tr"))
    short = header or sum(len(v) if isinstance(v, str) else sum(len(t) for t, _ in v) for v in cells if v) < 600
    tr.append(_copy(_trpr_proto(short, header)))
    for col, value in zip(columns, cells, strict=True):
        tc = _copy(_cell_proto(col.width, col.align, style, fill, header))
        tr.append(tc)
        p = tc[1]
        if value is None or isinstance(value, str):
            blocks = clean(value).split("\n\n") if value else [""]
            for i, block in enumerate(blocks):
                if i:
                    p = _copy(_cell_proto(col.width, col.align, style, fill, header)[1])
                    tc.append(p)
                if block:
                    run(p, block, BOLD if header else PLAIN)
        else:
            runs(p, value)
    return tr


@lru_cache(maxsize=8)
def _trpr_proto(cant_split: bool, header: bool) -> etree._Element:
    """Row properties: short rows never split across pages (a row taller than a page must)."""
    trpr = etree.Element(w("trPr"))
    if cant_split:
        sub(trpr, "cantSplit")
    if header:
        sub(trpr, "tblHeader")
    return trpr


@lru_cache(maxsize=512)
def _cell_proto(width: int, align: str | None, style: str | None, fill: str | None, header: bool) -> etree._Element:
    """An empty cell (properties and one empty paragraph), built once per kind and copied."""
    tc = etree.Element(w("tc"))
    tcpr = sub(tc, "tcPr")
    sub(tcpr, "tcW", w=str(width), type="dxa")
    if fill:
        sub(tcpr, "shd", val="clear", color="auto", fill=fill)
    paragraph(tc, style, align=align, keep_next=header)
    return tc
