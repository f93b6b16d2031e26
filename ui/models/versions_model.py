"""A provision's wording versions, newest first: number, status, author, date (es-MX) and note.

The rows are ``wording.VersionRow``s; ``set_rows`` applies a re-read with ``row_sync.sync_rows``,
so a new version arrives as one inserted row at the top and a status change as ``dataChanged``
(the selection the adviser made to compare two versions survives both).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP, Signal

from ui.models.audit_model import fmt_when
from ui.models.row_sync import sync_rows
from ui.models.table_base import ReadOnlyTableModel
from ui.views.drafting_labels import STATUS_COLORS, number_text, status_label, version_label

_CTX = "VersionsModel"
IdRole = Qt.ItemDataRole.UserRole + 1
NumberRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("VersionsModel", "Versión")),
    ("status", QT_TRANSLATE_NOOP("VersionsModel", "Estado")),
    ("author", QT_TRANSLATE_NOOP("VersionsModel", "Autor")),
    ("created_at", QT_TRANSLATE_NOOP("VersionsModel", "Fecha")),
    ("note", QT_TRANSLATE_NOOP("VersionsModel", "Nota")),
)
COLUMN_INDEX = {key: i for i, (key, _t) in enumerate(COLUMNS)}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def note_text(row) -> str:
    """The note, preceded by "Restaurada de la v1." when the version brought an old one back."""
    note = " ".join((row.note or "").split())
    if row.restored_from:
        restored = QCoreApplication.translate("VersionsModel", "Restaurada de la %1.").replace("%1", version_label(row.restored_from))
        return f"{restored} {note}".strip()
    return note


class VersionsModel(ReadOnlyTableModel):
    COLUMN_COUNT = len(COLUMNS)
    countChanged = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def _row_total(self) -> int:
        return len(self._rows)

    def set_rows(self, rows) -> bool:
        """Show ``rows`` (newest first), emitting only the signals the difference needs."""
        changed = sync_rows(self, self._rows, list(rows), lambda r: r.id, self.COLUMN_COUNT)
        self.countChanged.emit(len(self._rows))
        return changed

    def rows(self) -> list:
        return list(self._rows)

    def version(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, version_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == version_id), -1)

    def current(self):
        """The current wording's row: the highest number (the first row)."""
        return max(self._rows, key=lambda r: r.number, default=None)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return _tr(COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "number":
                return version_label(row.number)
            if key == "status":
                return status_label(row.status)
            if key == "author":
                return row.author or QCoreApplication.translate("VersionsModel", "(sin autor)")
            if key == "created_at":
                return fmt_when(row.created_at)
            return note_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "note":
                return note_text(row) or None
            return QCoreApplication.translate("VersionsModel", "%1 caracteres").replace("%1", number_text(row.chars))
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return STATUS_COLORS.get(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return row.id
        if role == NumberRole:
            return row.number
        return None
