"""The shared engine of the Word dossiers: a base document, house styles, header and footer,
headings with bookmarks, a real TOC field, images, and an atomic save.

``DossierDoc(frame, name)`` opens the base (the letterhead template when the frame has one: its
header, logo, footer, page set-up and styles are kept and its body is cleared; python-docx's
clean default otherwise), resolves the styles once, and appends everything to the body with
lxml in O(1) per element (``docx_xml``). ``save(out, progress)`` writes through
``atomic_target``: a cancel or a crash leaves no file behind.

- Headings use the Title / Heading 1–3 styles (the navigation pane works) and each gets a
  ``_Toc`` bookmark; ``toc()`` marks where the table of contents goes and ``save`` fills it: a
  ``TOC \\o "1-3" \\h \\z \\u`` field (marked dirty) whose shown result already lists the headings,
  linked to their bookmarks, and ``w:updateFields`` in settings.xml so Word rebuilds it with page
  numbers on opening. LibreOffice (7.4) shows the listed result as it is and never updates it on
  load, so the shown result carries no page numbers rather than wrong ones.
- Every page repeats a header (document name, classification) and a footer (office, date,
  "Página X de Y" with PAGE / NUMPAGES fields). A letterhead's own header and footer stay
  above/below these lines.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from lxml import etree

from secretariat.errors import SecretariatError
from secretariat.progress import NO_PROGRESS, Progress

from . import docx_xml as X
from . import es_mx
from .atomic import atomic_target
from .docx_styles import Styles
from .docx_words import Words
from .dossier_types import DossierFrame

_DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_TYPES = (b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                   b"application/vnd.ms-word.document.macroEnabled.main+xml",
                   b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
#: settings.xml children that come after ``w:updateFields`` in the schema's order.
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
                        "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
                        "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
                        "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
                        "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")
CM = 567  # twips
#: Header and footer lines: small and grey whatever a letterhead's own header style says.
_SMALL = X.Fmt(size=16, color="595959")
_SMALL_BOLD = X.Fmt(size=16, color="595959", bold=True)


def open_base(letterhead: bytes | None):
    """A python-docx Document: the letterhead template, or the clean default."""
    import docx

    if letterhead is None:
        return docx.Document()
    try:
        return docx.Document(io.BytesIO(_as_document(letterhead)))
    except Exception as exc:  # a damaged or foreign file: say so in one sentence
        raise SecretariatError("dossier_letterhead_unusable", detail=type(exc).__name__) from exc


def _as_document(data: bytes) -> bytes:
    """A .dotx/.docm/.dotm letterhead re-labelled as a plain document (python-docx refuses the
    template content types); macros are not carried."""
    try:
        zin = zipfile.ZipFile(io.BytesIO(data))
        types = zin.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError):
        return data
    if not any(t in types for t in _TEMPLATE_TYPES):
        return data
    for t in _TEMPLATE_TYPES:
        types = types.replace(t, _DOC_TYPE.encode())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, types if item.filename == "[Content_Types].xml" else zin.read(item.filename))
    return out.getvalue()


class DossierDoc:
    """One dossier being written. ``body`` is the lxml body; append with the helpers."""

    def __init__(self, frame: DossierFrame, name: str) -> None:
        self.frame = frame
        self.name = X.clean(name)
        self.words = Words(frame.lang)
        self.lang = self.words.lang
        self.doc = open_base(frame.letterhead_docx)
        self.house = frame.letterhead_docx is None
        body = self.doc.element.body
        self.body = body
        sect = body.find(X.w("sectPr"))
        section = self.doc.sections[-1]
        if self.house:
            section.left_margin = section.right_margin = int(2.5 * CM * 635)  # EMU
            section.top_margin = int(2.2 * CM * 635)
            section.bottom_margin = int(2.0 * CM * 635)
            section.header_distance = section.footer_distance = int(1.0 * CM * 635)
        self.text_width = int((section.page_width - section.left_margin - section.right_margin) / 635)
        self._header_footer(section)
        for child in list(body):
            body.remove(child)
        self._sect = sect if sect is not None else etree.Element(X.w("sectPr"))
        self.styles = Styles(self.doc.styles.element, house=self.house, text_width=self.text_width,
                             lang_tag="en-US" if self.lang == "en" else "es-MX")
        self._bookmarks = 0
        self._headings: list[tuple[int, str, str]] = []
        self._toc_at: etree._Element | None = None
        self._images: dict[bytes, str] = {}
        self._shape_ids = 1000

    # -------------------------------------------------------------- text blocks

    def p(self, text: str | None = None, style: str = "normal", fmt: X.Fmt = X.PLAIN, **kw) -> etree._Element:
        """A paragraph in the house style ``style`` (a key of ``docx_styles._SPECS``)."""
        return X.paragraph(self.body, self.styles[style], text, fmt, **kw)

    def text(self, text: str | None, style: str = "normal") -> None:
        """Text that may hold several paragraphs (blank lines separate them)."""
        for block in _blocks(text):
            X.paragraph(self.body, self.styles[style], block)

    def title(self, text: str) -> etree._Element:
        return self.p(text, "title")

    def heading(self, level: int, text: str, *, page_break: bool = False) -> etree._Element:
        """A Heading 1–3 with a ``_Toc`` bookmark, listed in the table of contents."""
        text = " ".join(X.clean(text).split()) or "—"
        para = X.paragraph(self.body, self.styles.heading(level), text, page_break_before=page_break)
        self._bookmarks += 1
        mark = f"_Toc{self._bookmarks:08d}"
        X.bookmark(para, self._bookmarks, mark)
        self._headings.append((min(max(level, 1), 3), text, mark))
        return para

    def label(self, text: str) -> etree._Element:
        return self.p(text, "label")

    def note(self, text: str) -> etree._Element:
        return self.p(text, "small")

    def page_break(self) -> None:
        X.page_break(self.body)

    def pairs(self, rows: list[tuple[str, str]], widths: tuple[float, float] = (0.3, 0.7)) -> None:
        """A two-column table of label → value (no header row), skipping empty values."""
        rows = [(k, v) for k, v in rows if v]
        if not rows:
            return
        cols = self.columns([("", widths[0]), ("", widths[1])])
        tbl = etree.SubElement(self.body, X.w("tbl"))
        tblpr = X.sub(tbl, "tblPr")
        X.sub(tblpr, "tblW", w=str(self.text_width), type="dxa")
        X.sub(tblpr, "tblLayout", type="fixed")
        borders = X.sub(tblpr, "tblBorders")
        X.sub(borders, "insideH", val="single", sz="2", space="0", color="D9D9D9")
        grid = X.sub(tbl, "tblGrid")
        for c in cols:
            X.sub(grid, "gridCol", w=str(c.width))
        style = self.styles["table"]
        for key, value in rows:
            X.table_row(tbl, cols, [[(key, X.Fmt(bold=True, color="404040"))], value], style=style)
        self.p(style="small", space_after=0)

    def columns(self, spec: list[tuple[str, float]] | list[tuple[str, float, str]]) -> list[X.Column]:
        """Columns sized as fractions of the text width."""
        total = sum(s[1] for s in spec)
        return [X.Column(s[0], int(self.text_width * s[1] / total), s[2] if len(s) > 2 else None) for s in spec]

    def table(self, columns: list[X.Column]) -> etree._Element:
        return X.table(self.body, columns, header_style=self.styles["table"])

    def row(self, tbl: etree._Element, columns: list[X.Column], cells, fill: str | None = None) -> None:
        X.table_row(tbl, columns, cells, style=self.styles["table"], fill=fill)

    def after_table(self) -> None:
        """A small empty paragraph so two tables never merge and the text breathes."""
        self.p(style="small", space_after=0)

    # -------------------------------------------------------------- images

    def image(self, png: bytes, width_cm: float = 15.0) -> None:
        """An inline picture, centred, ``width_cm`` wide (height kept in proportion)."""
        from docx.image.image import Image
        from docx.opc.packuri import PackURI
        from docx.oxml.shape import CT_Inline
        from docx.parts.image import ImagePart

        image = Image.from_blob(png)
        part = self.doc.part
        rid = self._images.get(png)
        if rid is None:
            n = len(self._images) + 1
            image_part = ImagePart.from_image(image, PackURI(f"/word/media/dossier-{n}.{image.ext}"))
            rid = f"rIdDossierImg{n}"
            part.rels.add_relationship(_IMAGE_REL, image_part, rid)
            self._images[png] = rid
        cx = int(width_cm * 360000)
        cy = int(cx * image.px_height / max(image.px_width, 1))
        self._shape_ids += 1
        inline = CT_Inline.new_pic_inline(self._shape_ids, rid, f"grafica-{self._shape_ids}.{image.ext}", cx, cy)
        para = X.paragraph(self.body, self.styles["normal"], align="center", keep_next=True, space_after=40)
        r = etree.SubElement(para, X.R)
        drawing = etree.SubElement(r, X.w("drawing"))
        drawing.append(inline)

    # -------------------------------------------------------------- table of contents

    def toc(self) -> None:
        """Mark the place of the table of contents (filled in at ``save``)."""
        self._toc_at = self.p(self.words["contents"], "toc_heading")

    def _fill_toc(self) -> None:
        anchor = self._toc_at
        if anchor is None:
            return
        holder = etree.Element(X.w("body"))
        first = X.paragraph(holder, self.styles["toc1"])
        X.field_begin(first, 'TOC \\o "1-3" \\h \\z \\u', dirty=True)
        para = first
        toc_styles = {1: self.styles["toc1"], 2: self.styles["toc2"], 3: self.styles["toc3"]}
        for i, (level, text, mark) in enumerate(self._headings):
            if i:
                para = X.paragraph(holder, toc_styles[level])
            elif level != 1:
                para.find(X.PPR).find(X.w("pStyle")).set(X.VAL, toc_styles[level])
            X.run(X.hyperlink(para, mark), text)
        if self._headings:
            para = X.paragraph(holder, self.styles["normal"], space_after=0)
        X.field_end(para)
        for element in reversed(list(holder)):
            anchor.addnext(element)

    # -------------------------------------------------------------- header, footer, settings

    def _header_footer(self, section) -> None:
        w_ = self.words
        classification = X.clean(self.frame.classification)
        office = X.clean(self.frame.office_name)
        headers = [section.header]
        footers = [section.footer]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
            footers.append(section.first_page_footer)
        if self.doc.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
            footers.append(section.even_page_footer)
        for hf in headers + footers:
            hf.is_linked_to_previous = False
        header_style = self._plain_style_id("header")
        footer_style = self._plain_style_id("footer")
        for header in headers:
            el = header._element
            if self.house:
                _clear(el)
            p = X.paragraph(el, header_style)
            self._right_tab(p, header_style)
            X.run(p, self.name, _SMALL)
            if classification:
                X.run(p, "\t" + classification.upper(), _SMALL_BOLD)
            if self.house:
                bdr = etree.Element(X.w("pBdr"))
                X.sub(bdr, "bottom", val="single", sz="4", space="4", color="A6A6A6")
                p.find(X.PPR).find(X.w("pStyle")).addnext(bdr)  # pBdr comes before tabs
        for footer in footers:
            el = footer._element
            if self.house:
                _clear(el)
            p = X.paragraph(el, footer_style)
            self._right_tab(p, footer_style)
            X.run(p, " · ".join(x for x in (office, es_mx.long_date(self.frame.generated_on, self.lang)) if x), _SMALL)
            X.run(p, f"\t{w_['page']} ", _SMALL)
            X.field(p, "PAGE", "1", _SMALL)
            X.run(p, f" {w_['of']} ", _SMALL)
            X.field(p, "NUMPAGES", "1", _SMALL)

    def _right_tab(self, p: etree._Element, style_id: str) -> None:
        """One right tab stop at the text's right edge; the style's own stops (a letterhead's
        centre tab) are cleared so the second half of the line lands on the right."""
        tabs = etree.Element(X.w("tabs"))
        for st in self.doc.styles.element.iterfind(X.w("style")):
            if st.get(X.w("styleId")) == style_id:
                for tab in st.iterfind(f"{X.PPR}/{X.w('tabs')}/{X.w('tab')}"):
                    X.sub(tabs, "tab", val="clear", pos=tab.get(X.w("pos"), "0"))
        X.sub(tabs, "tab", val="right", pos=str(self.text_width))
        p.find(X.PPR).find(X.w("pStyle")).addnext(tabs)

    def office_line(self) -> None:
        """The office's name above a cover's title (a letterhead already shows it)."""
        if self.house and self.frame.office_name.strip():
            self.p(self.frame.office_name, "office")

    def _plain_style_id(self, name: str) -> str:
        """The ID of the header/footer style before ``Styles`` runs (Word's built-in names)."""
        for st in self.doc.styles.element.iterfind(X.w("style")):
            n = st.find(X.w("name"))
            if n is not None and n.get(X.VAL, "").lower() == name:
                return st.get(X.w("styleId"))
        return name.capitalize()

    def _settings(self) -> None:
        settings = self.doc.settings.element
        update = settings.find(X.w("updateFields"))
        if update is None:
            update = etree.Element(X.w("updateFields"))
            successor = next((c for c in settings if etree.QName(c).localname in _AFTER_UPDATE_FIELDS), None)
            if successor is not None:
                successor.addprevious(update)
            else:
                settings.append(update)
        update.set(X.VAL, "true")
        lang = settings.find(X.w("themeFontLang"))
        if lang is not None:
            lang.set(X.VAL, "en-US" if self.lang == "en" else "es-MX")
        props = self.doc.core_properties
        props.title = self.name[:250]
        props.language = "en-US" if self.lang == "en" else "es-MX"
        props.author = X.clean(self.frame.office_name)[:250]
        props.comments = ""

    # -------------------------------------------------------------- save

    def save(self, out: str | Path, progress: Progress = NO_PROGRESS) -> Path:
        """Finish (TOC, settings, section) and write ``out`` atomically."""
        self._fill_toc()
        self._settings()
        self.body.append(self._sect)
        target = Path(out)
        with atomic_target(target) as tmp:
            progress.step(0, 1)
            self.doc.save(str(tmp))
            progress.step(1, 1)
        return target


def _clear(element: etree._Element) -> None:
    for child in list(element):
        element.remove(child)


def _blocks(text: str | None) -> list[str]:
    """Paragraphs of ``text``: blank lines separate them; single line ends stay line breaks."""
    text = X.clean(text).strip("\n")
    if not text:
        return []
    return [b.strip("\n") for b in text.split("\n\n") if b.strip()]
