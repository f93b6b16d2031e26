"""Words and colours for the codes of consultations and the assembly (states, outcomes, methods,
fates; wording statuses come from the drafting tab).

Like ``ui.labels``: the domain returns codes, ``QT_TRANSLATE_NOOP`` marks the Spanish words for
``pyside6-lupdate``, and the functions translate at call time. The state colours follow the
worklist's buckets: approved green, pending amber, stale orange-red, rejected red.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from ui.views.drafting_labels import status_label, version_name

STATES = ("pending", "approved", "stale", "rejected")

STATE_LABELS = {
    "pending": QT_TRANSLATE_NOOP("ConsultationLabels", "Pendiente"),
    "approved": QT_TRANSLATE_NOOP("ConsultationLabels", "Aprobada"),
    "stale": QT_TRANSLATE_NOOP("ConsultationLabels", "Desactualizada"),
    "rejected": QT_TRANSLATE_NOOP("ConsultationLabels", "Rechazada"),
}

#: the filter buttons' words (plural, as in "Pendientes (12)")
STATE_FILTER_LABELS = {
    "pending": QT_TRANSLATE_NOOP("ConsultationLabels", "Pendientes"),
    "approved": QT_TRANSLATE_NOOP("ConsultationLabels", "Aprobadas"),
    "stale": QT_TRANSLATE_NOOP("ConsultationLabels", "Desactualizadas"),
    "rejected": QT_TRANSLATE_NOOP("ConsultationLabels", "Rechazadas"),
}

#: (background, text) per consultation state
STATE_COLORS = {
    "pending": (QColor("#fdecc8"), QColor("#8a5a00")),
    "approved": (QColor("#dcefdc"), QColor("#1e6b2e")),
    "stale": (QColor("#fde0cc"), QColor("#b04a00")),
    "rejected": (QColor("#f9d6d5"), QColor("#a4161a")),
}

OUTCOMES = ("approved", "approved_with_remarks", "rejected")
OUTCOME_LABELS = {
    "approved": QT_TRANSLATE_NOOP("ConsultationLabels", "Aprueba"),
    "approved_with_remarks": QT_TRANSLATE_NOOP("ConsultationLabels", "Aprueba con observaciones"),
    "rejected": QT_TRANSLATE_NOOP("ConsultationLabels", "Rechaza"),
}

METHODS = ("in_person", "signed_letter", "email")
METHOD_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("ConsultationLabels", "En persona"),
    "signed_letter": QT_TRANSLATE_NOOP("ConsultationLabels", "Carta firmada"),
    "email": QT_TRANSLATE_NOOP("ConsultationLabels", "Correo electrónico"),
}

FATES = ("kept", "amended", "removed")
FATE_LABELS = {
    "kept": QT_TRANSLATE_NOOP("ConsultationLabels", "Se conservó tal como la redactamos"),
    "amended": QT_TRANSLATE_NOOP("ConsultationLabels", "La Asamblea la modificó"),
    "removed": QT_TRANSLATE_NOOP("ConsultationLabels", "La Asamblea la eliminó"),
}
FATE_COLORS = {"kept": QColor("#1e6b2e"), "amended": QColor("#8a5a00"), "removed": QColor("#a4161a")}



def _tr(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("ConsultationLabels", source) if source else code


def state_label(code: str | None) -> str:
    return _tr(STATE_LABELS, code)


def state_filter_label(code: str) -> str:
    return _tr(STATE_FILTER_LABELS, code)


def consult_outcome_label(code: str | None) -> str:
    return _tr(OUTCOME_LABELS, code)


def method_label(code: str | None) -> str:
    return _tr(METHOD_LABELS, code)


def fate_label(code: str | None) -> str:
    return _tr(FATE_LABELS, code)


def version_text(number: int | None, status: str | None = None) -> str:
    """ "versión 4 · Final" (or just "versión 4"; the drafting tab's words)."""
    if number is None:
        return QCoreApplication.translate("ConsultationLabels", "sin redacción")
    text = version_name(number)
    return f"{text} · {status_label(status)}" if status else text


def file_size_text(size: int, locale: QLocale | None = None) -> str:
    """ "840 bytes", "12.5 KB", "3.2 MB" (the locale's decimal point)."""
    loc = locale or QLocale()
    if size < 1024:
        return QCoreApplication.translate("ConsultationLabels", "%1 bytes").replace("%1", loc.toString(size))
    if size < 1024 * 1024:
        return (QCoreApplication.translate("ConsultationLabels", "%1 KB")
                .replace("%1", loc.toString(size / 1024, "f", 1)))
    return (QCoreApplication.translate("ConsultationLabels", "%1 MB")
            .replace("%1", loc.toString(size / (1024 * 1024), "f", 1)))


def file_digest(path: Path) -> tuple[int, str]:
    """The size and sha256 (hex) of a file, read in blocks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()
