"""An independent .docx reader for the tests (``zipfile`` + ``xml.etree``, not python-docx).

``read_docx(path)`` gives what a reader of the file would find: the body's paragraphs (style,
text, runs with their direct formatting) and tables (rows, repeated header rows), the fields
(complex and simple) in the body, headers and footers, the styles (ID → name, language), the
document defaults' language, ``w:updateFields`` in settings, the media parts, and the raw XML of
every part (to grep for data that must not be there).
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R_NS, "pr": PR}


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    color: str | None = None


@dataclass
class Para:
    style: str | None       # style ID
    text: str
    runs: list[Run]
    in_table: bool = False
    page_break_before: bool = False


@dataclass
class Table:
    rows: list[list[str]]
    header_rows: int        # leading rows marked tblHeader (repeated on every page)


@dataclass
class Part:
    name: str
    text: str
    fields: list[str]


@dataclass
class Docx:
    paragraphs: list[Para]
    tables: list[Table]
    fields: list[str]                       # field instructions in the body, in order
    headers: list[Part]
    footers: list[Part]
    styles: dict[str, tuple[str, str | None]]   # ID → (name, w:lang of the style)
    default_lang: str | None
    update_fields: bool
    media: list[str]
    xml: dict[str, str] = field(default_factory=dict)   # part name → raw XML text
    bookmarks: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)    # internal hyperlink targets

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    def style_name(self, style_id: str | None) -> str | None:
        return self.styles.get(style_id, (None, None))[0] if style_id else None

    def with_style(self, name: str) -> list[Para]:
        """Paragraphs whose style has ``name`` (case-insensitive, as Word matches built-ins)."""
        return [p for p in self.paragraphs if (self.style_name(p.style) or "").lower() == name.lower()]

    def runs(self) -> list[Run]:
        return [r for p in self.paragraphs for r in p.runs]

    def all_xml(self) -> str:
        return "\n".join(self.xml.values())


def _on(el: ET.Element | None) -> bool:
    return el is not None and el.get(_w("val"), "true") not in ("0", "false", "none")


def _run(r: ET.Element) -> Run:
    text = []
    for child in r:
        if child.tag == _w("t"):
            text.append(child.text or "")
        elif child.tag == _w("tab"):
            text.append("\t")
        elif child.tag in (_w("br"), _w("cr")):
            text.append("\n")
    rpr = r.find("w:rPr", NS)
    if rpr is None:
        return Run("".join(text))
    color = rpr.find("w:color", NS)
    return Run("".join(text), _on(rpr.find("w:b", NS)), _on(rpr.find("w:i", NS)), _on(rpr.find("w:u", NS)),
               _on(rpr.find("w:strike", NS)), color.get(_w("val")) if color is not None else None)


def _paragraph(p: ET.Element, in_table: bool) -> Para:
    ppr = p.find("w:pPr", NS)
    style = None
    if ppr is not None and ppr.find("w:pStyle", NS) is not None:
        style = ppr.find("w:pStyle", NS).get(_w("val"))
    runs = [_run(r) for r in p.iter(_w("r")) if r.find("w:instrText", NS) is None]
    return Para(style, "".join(r.text for r in runs), runs, in_table,
                ppr is not None and ppr.find("w:pageBreakBefore", NS) is not None)


def _fields(root: ET.Element) -> list[str]:
    out, current = [], None
    for el in root.iter():
        if el.tag == _w("fldChar"):
            kind = el.get(_w("fldCharType"))
            if kind == "begin":
                current = []
            elif kind == "separate" and current is not None:
                out.append("".join(current).strip())
                current = None
        elif el.tag == _w("instrText") and current is not None:
            current.append(el.text or "")
        elif el.tag == _w("fldSimple"):
            out.append((el.get(_w("instr")) or "").strip())
    return out


def _part(zf: zipfile.ZipFile, name: str) -> Part:
    root = ET.fromstring(zf.read(name))
    text = "\n".join(_paragraph(p, False).text for p in root.iter(_w("p")))
    return Part(name, text, _fields(root))


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    folder, name = posixpath.split(part)
    path = posixpath.join(folder, "_rels", name + ".rels")
    if path not in zf.namelist():
        return {}
    out = {}
    for rel in ET.fromstring(zf.read(path)).findall("pr:Relationship", NS):
        target = rel.get("Target")
        if rel.get("TargetMode") != "External":
            target = posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id")] = (rel.get("Type").rsplit("/", 1)[-1], target)
    return out


def read_docx(path) -> Docx:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None, "a damaged member in the zip"
        names = zf.namelist()
        xml = {n: zf.read(n).decode("utf-8") for n in names if n.endswith((".xml", ".rels"))}
        for n, text in xml.items():
            ET.fromstring(text.encode("utf-8"))  # every part is well-formed XML
        root = ET.fromstring(zf.read("word/document.xml"))
        body = root.find("w:body", NS)
        assert body[-1].tag == _w("sectPr"), "the body must end with its section properties"
        cells = {id(p) for tc in body.iter(_w("tc")) for p in tc.iter(_w("p"))}
        paragraphs = [_paragraph(p, id(p) in cells) for p in body.iter(_w("p"))]
        tables = []
        for tbl in body.iter(_w("tbl")):
            rows, header = [], 0
            for i, tr in enumerate(tbl.findall("w:tr", NS)):
                if tr.find("w:trPr/w:tblHeader", NS) is not None and header == i:
                    header += 1
                rows.append(["\n".join(_paragraph(p, True).text for p in tc.findall("w:p", NS))
                             for tc in tr.findall("w:tc", NS)])
            tables.append(Table(rows, header))
        rels = _rels(zf, "word/document.xml")
        sect = body[-1]
        headers = [_part(zf, rels[ref.get(f"{{{R_NS}}}id")][1]) for ref in sect.findall("w:headerReference", NS)]
        footers = [_part(zf, rels[ref.get(f"{{{R_NS}}}id")][1]) for ref in sect.findall("w:footerReference", NS)]
        styles_root = ET.fromstring(zf.read("word/styles.xml"))
        styles = {}
        for st in styles_root.findall("w:style", NS):
            name = st.find("w:name", NS)
            lang = st.find("w:rPr/w:lang", NS)
            styles[st.get(_w("styleId"))] = (name.get(_w("val")) if name is not None else "",
                                             lang.get(_w("val")) if lang is not None else None)
        default_lang = styles_root.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
        settings = ET.fromstring(zf.read("word/settings.xml"))
        update = settings.find("w:updateFields", NS)
        return Docx(
            paragraphs, tables, _fields(body), headers, footers, styles,
            default_lang.get(_w("val")) if default_lang is not None else None,
            _on(update), [n for n in names if n.startswith("word/media/")], xml,
            [b.get(_w("name")) for b in body.iter(_w("bookmarkStart"))],
            [h.get(_w("anchor")) for h in body.iter(_w("hyperlink")) if h.get(_w("anchor"))])
