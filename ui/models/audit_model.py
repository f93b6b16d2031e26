"""The audit trail in the window: words for its codes, local times, and two small table models.

- ``entity_label`` / ``action_label`` / ``field_label``: Spanish words for the codes the services
  write (``petition`` → "Petición", ``decide_admissibility`` → "Decisión de admisibilidad").
  Unknown codes (from services added later) are shown as they are.
- ``local_time`` / ``fmt_when``: the stored naive UTC timestamp as the user's local date and
  time ("15 mar 2016, 14:32" in es-MX).
- ``changes(row)``: the fields a row changed, as (field, before, after) in words.
- ``AuditTableModel``: the browser's list (when, who, action, record, changes).
- ``DiffModel``: one row's before and after, field by field (campo, antes, después); the fields
  that changed are tinted, the others grey.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QBrush, QColor, QFont

from secretariat.services.audit import AuditRow
from ui.audit_labels import ACTION_LABELS, ENTITY_LABELS, FIELD_LABELS
from ui.labels import admissibility_label, reason_label, role_label

_CTX = "Audit"

_PASSWORD_WORDS = {
    "reset": QT_TRANSLATE_NOOP("Audit", "restablecida"),
    "changed": QT_TRANSLATE_NOOP("Audit", "cambiada"),
}

#: What an absent value looks like in the before/after columns.
EMPTY = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return _tr(source) if source else code


def entity_label(code: str) -> str:
    return _label(ENTITY_LABELS, code)


def action_label(code: str) -> str:
    return _label(ACTION_LABELS, code)


def field_label(code: str) -> str:
    return _label(FIELD_LABELS, code)


def record_label(row: AuditRow, names: dict[tuple[str, str], str] | None = None) -> str:
    """ "Petición: Agua potable…" when ``names`` knows the record (petition titles, user names;
    an import is named by its file), else "Petición n.º 12"; case-wide rows by their type only."""
    if row.entity == "case":
        return entity_label(row.entity)
    name = (names or {}).get((row.entity, row.entity_id))
    if name is None and row.entity == "import_batch":
        name = _as_dict(parse(row.after)).get("file")
    if name is None and not row.entity_id.isdigit():
        return entity_label(row.entity)  # a record without a number (settings, batch jobs)
    if name:
        return QCoreApplication.translate("Audit", "%1: %2").replace("%1", entity_label(row.entity)) \
            .replace("%2", str(name))
    text = QCoreApplication.translate("Audit", "%1 n.º %2")
    return text.replace("%1", entity_label(row.entity)).replace("%2", row.entity_id)


# ------------------------------------------------------------------------------ times

def local_time(at: datetime) -> datetime:
    """A stored naive UTC timestamp as a naive local date and time of this computer."""
    return at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def fmt_when(at: datetime, locale: QLocale | None = None) -> str:
    """ "15 mar 2016, 14:32" (es-MX), in local time."""
    local = local_time(at)
    qdt = QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)
    return (locale or QLocale()).toString(qdt, "d MMM yyyy, HH:mm")


# ------------------------------------------------------------------------------ values

def parse(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


def fmt_value(field: str, value: Any, locale: QLocale | None = None) -> str:
    """A before/after value in words (codes translated, booleans as Sí/No, numbers grouped)."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Audit", "Sí")
        return QCoreApplication.translate("Audit", "No")
    if field == "admissibility":
        return admissibility_label(value)
    if field == "reason":
        return reason_label(value)
    if field == "role":
        return role_label(value)
    if field == "password":
        return _label(_PASSWORD_WORDS, value)
    if isinstance(value, int) and not field.endswith("_id") and field != "seed":
        return (locale or QLocale()).toString(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _as_dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, dict):
        return value
    return {"value": value}


_FIELD_ORDER = {code: i for i, code in enumerate(FIELD_LABELS)}


def diff_rows(row: AuditRow) -> list[tuple[str, Any, Any]]:
    """(field code, before, after) for every field in either side. The trail stores JSON with
    sorted keys, so the fields are put back in the order people read them (``FIELD_LABELS``)."""
    before, after = _as_dict(parse(row.before)), _as_dict(parse(row.after))
    fields = sorted(set(before) | set(after), key=lambda f: (_FIELD_ORDER.get(f, len(_FIELD_ORDER)), f))
    return [(f, before.get(f), after.get(f)) for f in fields]


def changes(row: AuditRow, *, limit: int = 60) -> list[tuple[str, str | None, str]]:
    """The fields that changed, in words: (field, before, after); long texts are shortened.

    ``before`` is None when the row has no "before" at all (a creation, an import): then only
    the values written matter. Fields whose words did not change are left out.
    """
    def short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= limit else text[: limit - 1] + "…"

    created = row.before is None
    out = []
    for field, before, after in diff_rows(row):
        b, a = fmt_value(field, before), fmt_value(field, after)
        if b == a or (created and a == EMPTY):
            continue
        out.append((field_label(field), None if created else short(b), short(a)))
    return out


def changes_text(row: AuditRow) -> str:
    """ "Admisibilidad: Pendiente → Admitida; Nota: — → Procede." (one line); for a row with
    nothing before it, only the values: "Usuario: mramirez; Rol: Secretario de actas"."""
    return "; ".join(f"{f}: {a}" if b is None else f"{f}: {b} → {a}" for f, b, a in changes(row))


# ------------------------------------------------------------------------------ models

_HEADERS = (
    QT_TRANSLATE_NOOP("Audit", "Fecha y hora"),
    QT_TRANSLATE_NOOP("Audit", "Usuario"),
    QT_TRANSLATE_NOOP("Audit", "Acción"),
    QT_TRANSLATE_NOOP("Audit", "Registro"),
    QT_TRANSLATE_NOOP("Audit", "Cambios"),
)

RowRole = Qt.ItemDataRole.UserRole + 1


class AuditTableModel(QAbstractTableModel):
    """The audit rows the browser shows (already filtered and limited by the service)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._texts: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[AuditRow], names: dict[tuple[str, str], str] | None = None) -> None:
        """``names``: {(entity, entity_id): what to call the record}, see ``record_label``."""
        self.beginResetModel()
        self._rows = list(rows)
        loc = QLocale()
        self._texts = [(fmt_when(r.at, loc), r.user_name, action_label(r.action), record_label(r, names),
                        changes_text(r)) for r in self._rows]
        self.endResetModel()

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, audit_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == audit_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_HEADERS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == RowRole:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(_HEADERS):
            return _tr(_HEADERS[section])
        return None


_DIFF_HEADERS = (
    QT_TRANSLATE_NOOP("Audit", "Campo"),
    QT_TRANSLATE_NOOP("Audit", "Antes"),
    QT_TRANSLATE_NOOP("Audit", "Después"),
)


class DiffModel(QAbstractTableModel):
    """One audit row's before and after, field by field; changed fields are in bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, bool]] = []

    def set_row(self, row: AuditRow | None) -> None:
        self.beginResetModel()
        loc = QLocale()
        self._rows = [] if row is None else [
            (field_label(f), fmt_value(f, b, loc), fmt_value(f, a, loc), b != a)
            for f, b, a in diff_rows(row)]
        self.endResetModel()

    def rows(self) -> list[tuple[str, str, str]]:
        return [r[:3] for r in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(_DIFF_HEADERS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        field, before, after, changed = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (field, before, after)[index.column()]
        if role == Qt.ItemDataRole.FontRole and changed and index.column() == 2:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and changed and index.column() > 0:
            return QBrush(QColor("#fff4ce"))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1f1f1f" if changed else "#6b6b6b"))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(_DIFF_HEADERS):
            return _tr(_DIFF_HEADERS[section])
        return None
