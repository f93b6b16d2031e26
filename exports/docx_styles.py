"""The paragraph styles the dossiers use, resolved once per document, and the language.

Word finds built-in styles by NAME ("heading 1", "Title"); their IDs differ by the language of
the Word that saved the file (a Spanish letterhead has ``Ttulo1`` for "heading 1"). ``Styles``
looks every style up by name once, adds the missing ones, and hands out IDs (the engine never
looks a style up again: that look-up was 40 % of python-docx's time on long documents).

- Clean default (no letterhead): the house look replaces python-docx's template's definitions.
- Letterhead: the office's own definitions are kept; only what is missing is added.

Every style the dossiers use, and the document defaults, carry ``w:lang`` (es-MX, or en-US for
English), so Word's spelling and hyphenation work in the right language.
"""

from __future__ import annotations

from lxml import etree

from .docx_xml import W_NS, w

BODY_FONT = "Calibri"
WORDING_FONT = "Cambria"
NAVY = "1F3864"
GREY = "595959"

# key: (name, id if added, type, basedOn name, pPr xml, rPr xml)
_SPECS: dict[str, tuple[str, str, str, str | None, str, str]] = {
    "normal": ("Normal", "Normal", "paragraph", None,
               '<w:spacing w:after="100" w:line="264" w:lineRule="auto"/>',
               f'<w:rFonts w:ascii="{BODY_FONT}" w:hAnsi="{BODY_FONT}" w:cs="{BODY_FONT}"/>'
               '<w:sz w:val="21"/><w:szCs w:val="21"/>'),
    "title": ("Title", "Title", "paragraph", "Normal",
              '<w:keepNext/><w:spacing w:before="0" w:after="160" w:line="240" w:lineRule="auto"/>',
              f'<w:b/><w:color w:val="{NAVY}"/><w:kern w:val="28"/><w:sz w:val="44"/><w:szCs w:val="44"/>'),
    "subtitle": ("Subtitle", "Subtitle", "paragraph", "Normal",
                 '<w:spacing w:after="240"/>',
                 f'<w:color w:val="{GREY}"/><w:sz w:val="26"/><w:szCs w:val="26"/>'),
    "h1": ("heading 1", "Heading1", "paragraph", "Normal",
           '<w:keepNext/><w:keepLines/>'
           f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="2" w:color="{NAVY}"/></w:pBdr>'
           '<w:spacing w:before="360" w:after="140"/><w:outlineLvl w:val="0"/>',
           f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
    "h2": ("heading 2", "Heading2", "paragraph", "Normal",
           '<w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="1"/>',
           f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="25"/><w:szCs w:val="25"/>'),
    "h3": ("heading 3", "Heading3", "paragraph", "Normal",
           '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/>',
           '<w:b/><w:color w:val="262626"/><w:sz w:val="22"/><w:szCs w:val="22"/>'),
    "toc_heading": ("TOC Heading", "TOCHeading", "paragraph", "Normal",
                    '<w:keepNext/><w:spacing w:before="0" w:after="200"/>',
                    f'<w:b/><w:color w:val="{NAVY}"/><w:sz w:val="30"/><w:szCs w:val="30"/>'),
    "toc1": ("toc 1", "TOC1", "paragraph", "Normal",
             '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs>'
             '<w:spacing w:before="120" w:after="40"/>', '<w:b/>'),
    "toc2": ("toc 2", "TOC2", "paragraph", "Normal",
             '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs>'
             '<w:spacing w:after="30"/><w:ind w:left="284"/>', ''),
    "toc3": ("toc 3", "TOC3", "paragraph", "Normal",
             '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs>'
             '<w:spacing w:after="20"/><w:ind w:left="567"/>', '<w:sz w:val="19"/><w:szCs w:val="19"/>'),
    "header": ("header", "Header", "paragraph", "Normal",
               '<w:tabs><w:tab w:val="right" w:pos="{width}"/></w:tabs>'
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
               f'<w:color w:val="{GREY}"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
    "footer": ("footer", "Footer", "paragraph", "Normal",
               '<w:tabs><w:tab w:val="right" w:pos="{width}"/></w:tabs>'
               '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
               f'<w:color w:val="{GREY}"/><w:sz w:val="16"/><w:szCs w:val="16"/>'),
    # the dossiers' own styles
    "label": ("Dossier Label", "DossierLabel", "paragraph", "Normal",
              '<w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/>',
              f'<w:b/><w:caps/><w:color w:val="{NAVY}"/><w:spacing w:val="6"/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
    "wording": ("Dossier Wording", "DossierWording", "paragraph", "Normal",
                '<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="B4C3D9"/></w:pBdr>'
                '<w:spacing w:before="40" w:after="120" w:line="276" w:lineRule="auto"/>'
                '<w:ind w:left="340" w:right="340"/>',
                f'<w:rFonts w:ascii="{WORDING_FONT}" w:hAnsi="{WORDING_FONT}" w:cs="{WORDING_FONT}"/>'
                '<w:sz w:val="22"/><w:szCs w:val="22"/>'),
    "table": ("Dossier Table Text", "DossierTableText", "paragraph", "Normal",
              '<w:spacing w:before="30" w:after="30" w:line="240" w:lineRule="auto"/>',
              '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
    "small": ("Dossier Note", "DossierNote", "paragraph", "Normal",
              '<w:spacing w:after="80"/>', f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="17"/><w:szCs w:val="17"/>'),
    "cover": ("Dossier Cover", "DossierCover", "paragraph", "Normal",
              '<w:spacing w:after="60"/>', '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
    "office": ("Dossier Office", "DossierOffice", "paragraph", "Normal",
               '<w:spacing w:after="480"/>',
               f'<w:b/><w:caps/><w:color w:val="{GREY}"/><w:spacing w:val="10"/><w:sz w:val="20"/><w:szCs w:val="20"/>'),
    "caption": ("caption", "Caption", "paragraph", "Normal",
                '<w:spacing w:after="160"/><w:jc w:val="center"/>',
                f'<w:i/><w:color w:val="{GREY}"/><w:sz w:val="17"/><w:szCs w:val="17"/>'),
}

HEADINGS = {1: "h1", 2: "h2", 3: "h3"}


def _nsxml(fragment: str) -> etree._Element:
    return etree.fromstring(f'<w:x xmlns:w="{W_NS}">{fragment}</w:x>')


class Styles:
    """Style IDs by key (``styles["h1"]``), every one present in the document."""

    def __init__(self, styles_element: etree._Element, *, house: bool, lang_tag: str, text_width: int) -> None:
        self._root = styles_element
        self._lang = lang_tag
        self._width = text_width
        self._by_name = {}
        for st in styles_element.iterfind(w("style")):
            name = st.find(w("name"))
            if name is not None:
                self._by_name[name.get(w("val"), "").lower()] = st
        self._ids = {st.get(w("styleId")) for st in styles_element.iterfind(w("style"))}
        self._resolved: dict[str, str] = {}
        self._defaults_language()
        for key in _SPECS:
            self._resolved[key] = self._ensure(key, house)

    def __getitem__(self, key: str) -> str:
        return self._resolved[key]

    def heading(self, level: int) -> str:
        return self._resolved[HEADINGS[min(max(level, 1), 3)]]

    def _ensure(self, key: str, house: bool) -> str:
        name, wanted_id, kind, based_on, ppr, rpr = _SPECS[key]
        existing = self._by_name.get(name.lower())
        if existing is not None and not house:
            self._set_language(existing)
            return existing.get(w("styleId"))
        style_id = existing.get(w("styleId")) if existing is not None else self._free_id(wanted_id)
        element = self._build(name, style_id, kind, based_on, ppr.replace("{width}", str(self._width)), rpr)
        if existing is not None:
            existing.addprevious(element)
            self._root.remove(existing)
        else:
            self._root.append(element)
        self._by_name[name.lower()] = element
        return style_id

    def _free_id(self, wanted: str) -> str:
        style_id, n = wanted, 1
        while style_id in self._ids:
            n += 1
            style_id = f"{wanted}{n}"
        self._ids.add(style_id)
        return style_id

    def _build(self, name: str, style_id: str, kind: str, based_on: str | None, ppr: str, rpr: str) -> etree._Element:
        st = etree.Element(w("style"), {w("type"): kind, w("styleId"): style_id})
        if style_id == "Normal":
            st.set(w("default"), "1")
        etree.SubElement(st, w("name"), {w("val"): name})
        if based_on:
            parent = self._by_name.get(based_on.lower())
            etree.SubElement(st, w("basedOn"), {w("val"): parent.get(w("styleId")) if parent is not None else based_on})
            etree.SubElement(st, w("next"), {w("val"): self._resolved.get("normal", "Normal")})
        etree.SubElement(st, w("uiPriority"), {w("val"): "39" if name.startswith("toc") else "9"})
        etree.SubElement(st, w("qFormat"))
        if ppr:
            p = etree.SubElement(st, w("pPr"))
            p.extend(list(_nsxml(ppr)))
        r = etree.SubElement(st, w("rPr"))
        r.extend(list(_nsxml(rpr)))
        etree.SubElement(r, w("lang"), {w("val"): self._lang})
        return st

    def _set_language(self, style: etree._Element) -> None:
        rpr = style.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            after = [c for c in style if etree.QName(c).localname in ("tblPr", "trPr", "tcPr", "tblStylePr")]
            (after[0].addprevious if after else style.append)(rpr)
        _set_lang(rpr, self._lang)

    def _defaults_language(self) -> None:
        defaults = self._root.find(w("docDefaults"))
        if defaults is None:
            defaults = etree.Element(w("docDefaults"))
            self._root.insert(0, defaults)
        rpr_default = defaults.find(w("rPrDefault"))
        if rpr_default is None:
            rpr_default = etree.Element(w("rPrDefault"))
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(w("rPr"))
        if rpr is None:
            rpr = etree.SubElement(rpr_default, w("rPr"))
        _set_lang(rpr, self._lang)


#: rPr children that come after ``w:lang`` in the schema's order.
_AFTER_LANG = ("eastAsianLayout", "specVanish", "oMath", "rPrChange")


def _set_lang(rpr: etree._Element, tag: str) -> None:
    """Set ``w:lang`` (the Latin-script language) in ``rPr``, in its place in the schema's order."""
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = etree.Element(w("lang"))
        after = [c for c in rpr if etree.QName(c).localname in _AFTER_LANG]
        (after[0].addprevious if after else rpr.append)(lang)
    lang.set(w("val"), tag)
