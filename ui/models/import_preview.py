"""The rows of an import preview: what each line of the file would do to the register.

A plain table over ``ImportPreview.items`` (a tuple already in memory; 100,000 rows paint at once).
"Only changes" keeps a list of row positions and resets the model rather than hiding rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from secretariat.services.imports import ImportPreview, PreviewRow

from ..labels import change_label, event_label, tier_label

_CTX = "ImportPreviewModel"
ARROW = " → "

#: (key, header source string); headers are translated when shown.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("line", QT_TRANSLATE_NOOP("ImportPreviewModel", "Fila")),
    ("title", QT_TRANSLATE_NOOP("ImportPreviewModel", "Enlace/Título")),
    ("change", QT_TRANSLATE_NOOP("ImportPreviewModel", "Cambio")),
    ("signatures", QT_TRANSLATE_NOOP("ImportPreviewModel", "Firmas antes → después")),
    ("tier", QT_TRANSLATE_NOOP("ImportPreviewModel", "Nivel antes → después")),
    ("events", QT_TRANSLATE_NOOP("ImportPreviewModel", "Cruces")),
)
COLUMN_INDEX = {key: i for i, (key, _title) in enumerate(COLUMNS)}

RowRole = Qt.ItemDataRole.UserRole + 1     # the PreviewRow
UrlRole = Qt.ItemDataRole.UserRole + 2     # the petition's URL
ChangeRole = Qt.ItemDataRole.UserRole + 3  # "new" | "updated" | "unchanged"

_GREEN = QColor("#1b6e20")
_RED = QColor("#a4161a")
_BLUE = QColor("#0b4f8a")

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: tuple[PreviewRow, ...] = ()
        self._rows: list[int] | None = None  # positions shown when only changes are wanted
        self._only_changes = False
        self._locale = QLocale()

    # ------------------------------------------------------------------ content

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._items = preview.items if preview is not None else ()
        self._locale = QLocale()
        self._rows = self._select()
        self.endResetModel()

    def set_only_changes(self, only: bool) -> None:
        if only == self._only_changes:
            return
        self.beginResetModel()
        self._only_changes = only
        self._rows = self._select()
        self.endResetModel()

    def only_changes(self) -> bool:
        return self._only_changes

    def _select(self) -> list[int] | None:
        if not self._only_changes:
            return None
        return [i for i, item in enumerate(self._items) if item.change != "unchanged" or item.events]

    def item(self, row: int) -> PreviewRow:
        return self._items[self._rows[row] if self._rows is not None else row]

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) if self._rows is not None else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CTX, COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in ("line", "signatures"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.item(index.row())
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "title":
                return f"{item.title}\n{item.url}" if item.title else item.url
            if key == "tier" and item.tier_before not in (None, item.tier_after):
                return tier_label(item.tier_before) + ARROW + tier_label(item.tier_after)
            if key == "events" and item.events:
                return "\n".join(event_label(e) for e in item.events)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("line", "signatures"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, key)
        if role == RowRole:
            return item
        if role == UrlRole:
            return item.url
        if role == ChangeRole:
            return item.change
        return None

    # ------------------------------------------------------------------ formatting

    def _number(self, value: int | None) -> str:
        return "" if value is None else self._locale.toString(int(value))

    def _display(self, item: PreviewRow, key: str) -> str:
        if key == "line":
            return self._locale.toString(item.line)
        if key == "title":
            return item.title or item.url
        if key == "change":
            return change_label(item.change)
        if key == "signatures":
            after = self._number(item.signatures_after)
            if item.signatures_before is None or item.signatures_before == item.signatures_after:
                return after
            return self._number(item.signatures_before) + ARROW + after
        if key == "tier":
            after = tier_label(item.tier_after)
            if item.tier_before is None or item.tier_before == item.tier_after:
                return after
            return tier_label(item.tier_before) + ARROW + after
        if key == "events":
            return ", ".join(event_label(e) for e in item.events)
        return ""

    @staticmethod
    def _colour(item: PreviewRow, key: str):
        if key == "events" and item.events:
            reverted = any(e.startswith("reverted:") for e in item.events)
            return QBrush(_RED if reverted else _GREEN)
        if key == "change" and item.change == "new":
            return QBrush(_BLUE)
        return None
