"""Words for the drafting tab's codes: provision kinds and wording statuses (short, for columns).

Like ``ui.labels``: ``QT_TRANSLATE_NOOP`` marks the Spanish words and the functions translate at
call time. ``child_kinds`` says which kinds may go inside a provision (the services' rule).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from secretariat.services.provision_rows import PARENT_KINDS

_CTX = "DraftingLabels"

KINDS = ("titulo", "articulo", "apartado", "numeral")
KIND_LABELS = {
    "titulo": QT_TRANSLATE_NOOP("DraftingLabels", "Título"),
    "articulo": QT_TRANSLATE_NOOP("DraftingLabels", "Artículo"),
    "apartado": QT_TRANSLATE_NOOP("DraftingLabels", "Apartado"),
    "numeral": QT_TRANSLATE_NOOP("DraftingLabels", "Numeral"),
}

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("DraftingLabels", "Borrador"),
    "proposed": QT_TRANSLATE_NOOP("DraftingLabels", "Propuesta al grupo"),
    "final": QT_TRANSLATE_NOOP("DraftingLabels", "Final"),
}
#: text colour per wording status: a draft is plain, a proposal blue, the final wording green
STATUS_COLORS = {"proposed": QColor("#1d4f91"), "final": QColor("#1e6b2e")}


def child_kinds(parent_kind: str | None) -> list[str]:
    """The kinds a new provision may take inside ``parent_kind`` (None: at the root), in order."""
    return [k for k in KINDS if parent_kind in PARENT_KINDS.get(k, ())]


def _tr(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CTX, source) if source else code


def kind_label(code: str | None) -> str:
    return _tr(KIND_LABELS, code)


def status_label(code: str | None) -> str:
    return _tr(STATUS_LABELS, code)


def number_text(value: int, locale: QLocale | None = None) -> str:
    """85,000 (es-MX grouping)."""
    return (locale or QLocale()).toString(int(value))


def fed_by_text(petitions: int, signatures: int) -> str:
    """"Alimentada por 3 peticiones, 85,000 firmas en total" (or "Ninguna petición la alimenta")."""
    if petitions == 0:
        return QCoreApplication.translate("DraftingLabels", "Ninguna petición vinculada todavía")
    if petitions == 1:
        text = QCoreApplication.translate("DraftingLabels", "Alimentada por 1 petición, %2 firmas")
    else:
        text = QCoreApplication.translate("DraftingLabels", "Alimentada por %1 peticiones, %2 firmas en total")
    return text.replace("%1", number_text(petitions)).replace("%2", number_text(signatures))


def version_label(number: int | None) -> str:
    """"v3" for the version column, "—" when there is no wording yet."""
    if number is None:
        return "—"
    return QCoreApplication.translate("DraftingLabels", "v%1").replace("%1", str(number))


def version_name(number: int) -> str:
    """"versión 3" (inside a sentence)."""
    return QCoreApplication.translate("DraftingLabels", "versión %1").replace("%1", str(number))
