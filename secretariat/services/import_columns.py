"""Recognising the header row of a monitoring file (Spanish or English, any case or accents)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ImportRefused
from ..text import fold
from .import_values import as_text, shorten

REQUIRED = ("url", "title", "signatures")

_NAMES = {
    "url": ("enlace", "url", "liga", "link"),
    "title": ("titulo", "title", "peticion", "petition"),
    "petitioner": ("peticionario", "peticionaria", "peticionarios", "peticionarias", "petitioner",
                   "petitioners", "autor", "autora", "autores", "author", "creador", "creadora",
                   "creadores", "creator"),
    "signatures": ("firmas", "signatures", "signature count", "signatures count",
                   "numero de firmas"),
    "date": ("fecha", "date", "as of", "fecha de corte"),
    "email": ("correo", "correos", "email", "emails", "e mail", "correo electronico"),
    "phone": ("telefono", "telefonos", "phone", "phones", "tel"),
    "topic": ("tema", "topic"),
    "summary": ("resumen", "summary"),
}
ALIASES = {name: field for field, names in _NAMES.items() for name in names}
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def header_key(text: str) -> str:
    """``" Título: "`` → ``"titulo"``; ``"Signatures_Count"`` → ``"signatures count"``."""
    return _NOT_WORD.sub(" ", fold(text)).strip()


def recognised(cells: Sequence[object]) -> int:
    """How many cells of a row are known headers (used to find the header row and separator)."""
    return sum(1 for c in cells if header_key(as_text(c)) in ALIASES)


@dataclass(frozen=True)
class Header:
    line: int
    index: dict[str, int]       # field -> position in the row
    written: dict[str, str]     # field -> header as written
    ignored: tuple[str, ...]    # other non-empty headers, as written
    width: int                  # position after the last non-empty header


def read_header(cells: Sequence[object], line: int) -> Header:
    """Map a header row to fields; refuse a field named twice or a required field missing."""
    index: dict[str, int] = {}
    written: dict[str, str] = {}
    ignored: list[str] = []
    width = 0
    for pos, cell in enumerate(cells):
        text = as_text(cell).strip()
        if not text:
            continue
        width = pos + 1
        field = ALIASES.get(header_key(text))
        if field is None:
            ignored.append(text)
        elif field in index:
            raise ImportRefused(row=line, column=field, reason="duplicate_column",
                                value=shorten(f"{written[field]}, {text}"))
        else:
            index[field] = pos
            written[field] = text
    for field in REQUIRED:
        if field not in index:
            raise ImportRefused(row=None, column=field, reason="missing_column", value="")
    return Header(line, index, written, tuple(ignored), width)
