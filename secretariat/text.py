"""Small text helpers shared by import, search and exports."""

from __future__ import annotations

import re
import unicodedata

# Control characters, lone UTF-16 surrogates (broken text pasted from some mail clients; they
# cannot even be encoded to store) and the two noncharacters U+FFFE/U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_COMBINING_CACHE: dict[str, str] = {}


def fold(text: str) -> str:
    """Lower case without accents: the form used for search and header matching."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def has_control_chars(text: str) -> bool:
    return bool(_CONTROL.search(text))


def strip_control_chars(text: str) -> str:
    """Remove characters Word and Excel cannot store (keeps tab, newline, carriage return)."""
    return _CONTROL.sub("", text)


def search_text(title: str, petitioner_names: str) -> str:
    return fold(f"{title} {petitioner_names}")
