"""The words the exports print for the domain's codes (es-MX), shared by every export.

They are the same words the window shows (``ui/labels.py``); the exports cannot use Qt's
translation, so they keep their own table.
"""

from __future__ import annotations

TIERS = {
    "watch": "En seguimiento",
    "review": "Revisión jurídica",
    "hearing": "Audiencia ante el grupo redactor",
    "audience": "Audiencia con el jefe de gobierno",
}

ADMISSIBILITY = {
    "pending": "Pendiente",
    "admitted": "Admitida",
    "inadmissible": "Inadmisible",
}

REASONS = {
    "restricts_rights": "Restringe derechos reconocidos",
    "duplicate": "Duplicada",
    "outside_matter": "Fuera de la materia constitucional",
    "other": "Otra",
}


def word(table: dict[str, str], code: str | None) -> str:
    """The word for ``code``; an unknown code is printed as it is, never dropped."""
    if code is None:
        return ""
    return table.get(code, code)
