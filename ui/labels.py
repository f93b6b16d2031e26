"""Words for the codes the domain returns (tiers, admissibility, reasons, roles, import events).

The domain never translates; the window turns codes into words here. The source strings are
Spanish (es-MX); ``QT_TRANSLATE_NOOP`` marks them for ``pyside6-lupdate`` and the functions
translate them at call time, so a language switch is honoured without rebuilding the tables.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

_CTX = "Labels"

TIER_LABELS: dict[str, str] = {
    "watch": QT_TRANSLATE_NOOP("Labels", "En seguimiento"),
    "review": QT_TRANSLATE_NOOP("Labels", "Revisión jurídica"),
    "hearing": QT_TRANSLATE_NOOP("Labels", "Audiencia ante el grupo redactor"),
    "audience": QT_TRANSLATE_NOOP("Labels", "Audiencia con el jefe de gobierno"),
}

ADMISSIBILITY_LABELS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Pendiente"),
    "admitted": QT_TRANSLATE_NOOP("Labels", "Admitida"),
    "inadmissible": QT_TRANSLATE_NOOP("Labels", "Inadmisible"),
}

REASON_LABELS: dict[str, str] = {
    "restricts_rights": QT_TRANSLATE_NOOP("Labels", "Restringe derechos reconocidos"),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "Duplicada"),
    "outside_matter": QT_TRANSLATE_NOOP("Labels", "Fuera de la materia constitucional"),
    "other": QT_TRANSLATE_NOOP("Labels", "Otra"),
}

ROLE_LABELS: dict[str, str] = {
    "counsel": QT_TRANSLATE_NOOP("Labels", "Consejería jurídica"),
    "adviser": QT_TRANSLATE_NOOP("Labels", "Asesor jurídico"),
    "clerk": QT_TRANSLATE_NOOP("Labels", "Secretario de actas"),
    "observer": QT_TRANSLATE_NOOP("Labels", "Observador"),
}

CHANGE_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Labels", "Nueva"),
    "updated": QT_TRANSLATE_NOOP("Labels", "Actualizada"),
    "unchanged": QT_TRANSLATE_NOOP("Labels", "Sin cambios"),
}

_EVENT_KINDS: dict[str, str] = {
    "crossed": QT_TRANSLATE_NOOP("Labels", "Alcanzó: %1"),
    "reverted": QT_TRANSLATE_NOOP("Labels", "Revertido: %1"),
}


def _tr(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CTX, source) if source else code


def tier_label(code: str | None) -> str:
    return _tr(TIER_LABELS, code)


def admissibility_label(code: str | None) -> str:
    return _tr(ADMISSIBILITY_LABELS, code)


def reason_label(code: str | None) -> str:
    return _tr(REASON_LABELS, code)


def role_label(code: str | None) -> str:
    return _tr(ROLE_LABELS, code)


def change_label(code: str | None) -> str:
    return _tr(CHANGE_LABELS, code)


def event_label(event: str) -> str:
    """``"crossed:review"`` → "Alcanzó: Revisión jurídica"; unknown events are shown as they are."""
    kind, _, tier = event.partition(":")
    source = _EVENT_KINDS.get(kind)
    if not source:
        return event
    return QCoreApplication.translate(_CTX, source).replace("%1", tier_label(tier))
