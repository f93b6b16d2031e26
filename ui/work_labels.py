"""Words and colours for the codes of duties and meetings (kinds, states, buckets, outcomes).

Like ``ui.labels``: the domain returns codes, ``QT_TRANSLATE_NOOP`` marks the Spanish words for
``pyside6-lupdate``, and the functions translate at call time. The bucket colours follow
e-petitions' admin hub: on time green, due within three days amber, overdue red.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

DUTY_KIND_LABELS = {
    "legal_review": QT_TRANSLATE_NOOP("WorkLabels", "Revisión jurídica"),
    "hearing": QT_TRANSLATE_NOOP("WorkLabels", "Audiencia ante el grupo redactor"),
    "follow_up": QT_TRANSLATE_NOOP("WorkLabels", "Reunión de seguimiento"),
    "mayoral_audience": QT_TRANSLATE_NOOP("WorkLabels", "Audiencia con el jefe de gobierno"),
}

DUTY_STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("WorkLabels", "Abierto"),
    "scheduled": QT_TRANSLATE_NOOP("WorkLabels", "Agendado"),
    "done": QT_TRANSLATE_NOOP("WorkLabels", "Cumplido"),
    "waived": QT_TRANSLATE_NOOP("WorkLabels", "Dispensado"),
}

BUCKET_LABELS = {
    "on_time": QT_TRANSLATE_NOOP("WorkLabels", "A tiempo"),
    "due_soon": QT_TRANSLATE_NOOP("WorkLabels", "Vence pronto"),
    "overdue": QT_TRANSLATE_NOOP("WorkLabels", "Vencido"),
}

OUTCOME_LABELS = {
    "viable": QT_TRANSLATE_NOOP("WorkLabels", "Viable"),
    "needs_reformulation": QT_TRANSLATE_NOOP("WorkLabels", "Requiere reformulación"),
    "not_viable": QT_TRANSLATE_NOOP("WorkLabels", "No viable"),
}

MEETING_KIND_LABELS = {
    "hearing": QT_TRANSLATE_NOOP("WorkLabels", "Audiencia"),
    "follow_up": QT_TRANSLATE_NOOP("WorkLabels", "Seguimiento"),
    "mayoral_audience": QT_TRANSLATE_NOOP("WorkLabels", "Audiencia con el jefe de gobierno"),
    "other": QT_TRANSLATE_NOOP("WorkLabels", "Otra reunión"),
}

MEETING_STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("WorkLabels", "Planeada"),
    "held": QT_TRANSLATE_NOOP("WorkLabels", "Celebrada"),
    "cancelled": QT_TRANSLATE_NOOP("WorkLabels", "Cancelada"),
    "petitioner_absent": QT_TRANSLATE_NOOP("WorkLabels", "No asistió el peticionario"),
}

ATTENDEE_ROLE_LABELS = {
    "committee": QT_TRANSLATE_NOOP("WorkLabels", "Grupo redactor"),
    "adviser": QT_TRANSLATE_NOOP("WorkLabels", "Asesor jurídico"),
    "petitioner": QT_TRANSLATE_NOOP("WorkLabels", "Peticionario"),
    "guest": QT_TRANSLATE_NOOP("WorkLabels", "Invitado"),
}

WAIVER_LABELS = {
    "manual": QT_TRANSLATE_NOOP("WorkLabels", "Dispensado"),
    "crossing_reverted": QT_TRANSLATE_NOOP("WorkLabels", "Cruce revertido"),
    "cycle_closed": QT_TRANSLATE_NOOP("WorkLabels", "Ciclo de seguimiento cerrado"),
}

#: (background, text) per age bucket, as in e-petitions' admin hub.
BUCKET_COLORS = {
    "on_time": (QColor("#dcefdc"), QColor("#1e6b2e")),
    "due_soon": (QColor("#fdecc8"), QColor("#8a5a00")),
    "overdue": (QColor("#f9d6d5"), QColor("#a4161a")),
}

#: One colour per meeting kind (the calendar's blocks).
MEETING_COLORS = {
    "hearing": QColor("#c07a12"),
    "follow_up": QColor("#2f6db5"),
    "mayoral_audience": QColor("#8e2a8e"),
    "other": QColor("#5f6b76"),
}

CONFLICT_COLOR = QColor("#c62828")


def _tr(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate("WorkLabels", source) if source else code


def duty_kind_label(code: str | None) -> str:
    return _tr(DUTY_KIND_LABELS, code)


def duty_status_label(code: str | None) -> str:
    return _tr(DUTY_STATUS_LABELS, code)


def bucket_label(code: str | None) -> str:
    return _tr(BUCKET_LABELS, code)


def outcome_label(code: str | None) -> str:
    return _tr(OUTCOME_LABELS, code)


def meeting_kind_label(code: str | None) -> str:
    return _tr(MEETING_KIND_LABELS, code)


def meeting_status_label(code: str | None) -> str:
    return _tr(MEETING_STATUS_LABELS, code)


def attendee_role_label(code: str | None) -> str:
    return _tr(ATTENDEE_ROLE_LABELS, code)


def waiver_label(code: str | None) -> str:
    return _tr(WAIVER_LABELS, code)


def unassigned_label() -> str:
    return QCoreApplication.translate("WorkLabels", "Sin asignar")
