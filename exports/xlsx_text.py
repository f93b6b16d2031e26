"""Text that Excel can store, and text that stays text.

Excel (and the XML inside an .xlsx) cannot hold every string Python can:

- control characters (except tab and line feed), lone surrogates and U+FFFE/U+FFFF are not
  allowed in XML 1.0; openpyxl refuses the first kind with ``IllegalCharacterError`` and the
  others break the file. They are removed;
- a cell holds at most 32,767 characters, counted in UTF-16 units as Excel counts them. Longer
  text is cut and ends with "…" so the reader sees that it was cut;
- carriage returns become line feeds (Excel shows ``_x000D_`` or a box for a lone ``\\r``).

And some text is not taken as text: openpyxl turns a string that starts with ``=`` into a
formula and ``#N/A`` and the other error words into error cells; Excel re-reads a cell that
starts with ``=``, ``+``, ``-`` or ``@`` as a formula as soon as someone edits it. A title such
as ``=HYPERLINK("http://…")`` must never run. ``TextCells`` writes such text as a string cell
(``t="inlineStr"``) with Excel's "quote prefix" flag, the same as typing ``'`` before it.
"""

from __future__ import annotations

import re

#: Excel's limit for the text of one cell, in UTF-16 code units.
EXCEL_MAX_TEXT = 32_767
ELLIPSIS = "…"

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = frozenset("=+-@")
#: What openpyxl (and Excel) read as an error value rather than text.
ERROR_WORDS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))


def clean_text(value: str | None) -> str:
    """``value`` without what Excel cannot store, at most 32,767 UTF-16 units long."""
    if not value:
        return ""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    # A code point is at most two UTF-16 units, so only long strings need counting.
    if len(value) > EXCEL_MAX_TEXT // 2:
        value = _fit(value)
    return value


def _fit(value: str) -> str:
    units = value.encode("utf-16-le")
    if len(units) // 2 <= EXCEL_MAX_TEXT:
        return value
    # Cut on a code-unit boundary; "ignore" drops a surrogate pair cut in half.
    cut = units[: (EXCEL_MAX_TEXT - len(ELLIPSIS)) * 2].decode("utf-16-le", errors="ignore")
    return cut + ELLIPSIS


def looks_like_formula(text: str) -> bool:
    """True for text that a spreadsheet could take for a formula or an error value."""
    if not text:
        return False
    first = text.lstrip(" \t\n")[:1]
    return first in _FORMULA_START or text.strip() in ERROR_WORDS


class TextCells:
    """Turns text into what ``WriteOnlyWorksheet.append`` should get for one text cell.

    Ordinary text is returned as a plain ``str`` (openpyxl's fast path). Text that looks like a
    formula comes back as a cell forced to the string type, with the quote-prefix flag.
    """

    def __init__(self, ws) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._ws = ws
        self._cell = WriteOnlyCell
        template = WriteOnlyCell(ws)
        template.quotePrefix = True
        self._guard_style = template._style  # one style array shared by every guarded cell

    def __call__(self, value: str | None):
        text = clean_text(value)
        if not text:
            return None
        if not looks_like_formula(text):
            return text
        return self.forced(text)

    def forced(self, text: str):
        """A cell that holds ``text`` as text, whatever it looks like."""
        cell = self._cell(self._ws)
        cell.value = text
        cell.data_type = "s"  # openpyxl guessed "f" (formula) or "e" (error) from the value
        cell._style = self._guard_style
        return cell
