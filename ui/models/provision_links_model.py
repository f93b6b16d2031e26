"""The petitions that feed a provision (``LinkRow``s), and the search results of the petition
picker (``PetitionRow``s): two small read-only tables.

``ProvisionLinksModel``: petition, petitioners, signatures, tier and what it contributed;
``set_rows`` syncs with precise signals. ``PetitionPickModel``: the petitions found by a search,
the ones already linked greyed and not selectable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor

from ui.labels import tier_label
from ui.models.row_sync import sync_rows
from ui.models.table_base import ReadOnlyTableModel
from ui.views.drafting_labels import number_text

_CTX = "ProvisionLinks"
IdRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

LINK_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("ProvisionLinks", "Petición")),
    ("petitioners", QT_TRANSLATE_NOOP("ProvisionLinks", "Peticionarios")),
    ("signatures", QT_TRANSLATE_NOOP("ProvisionLinks", "Firmas")),
    ("tier", QT_TRANSLATE_NOOP("ProvisionLinks", "Nivel")),
    ("contribution", QT_TRANSLATE_NOOP("ProvisionLinks", "Aportación")),
)
PICK_COLUMNS = (
    ("title", QT_TRANSLATE_NOOP("ProvisionLinks", "Petición")),
    ("petitioners", QT_TRANSLATE_NOOP("ProvisionLinks", "Peticionarios")),
    ("signatures", QT_TRANSLATE_NOOP("ProvisionLinks", "Firmas")),
    ("tier", QT_TRANSLATE_NOOP("ProvisionLinks", "Nivel")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class _PetitionTable(ReadOnlyTableModel):
    """Rows with ``id``/``petition_id``, ``url``, ``title``, ``petitioners``, ``signatures``, ``tier``."""

    COLUMNS: tuple = ()
    countChanged = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    @staticmethod
    def _id(row) -> int:
        return getattr(row, "petition_id", None) or row.id

    def _row_total(self) -> int:
        return len(self._rows)

    def set_rows(self, rows) -> bool:
        changed = sync_rows(self, self._rows, list(rows), self._id, len(self.COLUMNS))
        self.countChanged.emit(len(self._rows))
        return changed

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, petition_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if self._id(r) == petition_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section][0] == "signatures":
            return _RIGHT
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        row = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "signatures":
                return number_text(row.signatures or 0)
            if key == "tier":
                return tier_label(row.tier)
            return " ".join(str(getattr(row, key) or "").split())
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "contribution":
                return row.contribution or None
            return row.url
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "signatures":
            return _RIGHT
        if role == IdRole:
            return self._id(row)
        return self._extra(row, role)

    def _extra(self, row, role: int):
        return None


class ProvisionLinksModel(_PetitionTable):
    COLUMNS = LINK_COLUMNS
    COLUMN_COUNT = len(LINK_COLUMNS)

    def totals(self) -> tuple[int, int]:
        """(petitions, signatures in all)."""
        return len(self._rows), sum(r.signatures or 0 for r in self._rows)


class PetitionPickModel(_PetitionTable):
    """Search results; ``linked`` ids are shown grey and cannot be picked."""

    COLUMNS = PICK_COLUMNS
    COLUMN_COUNT = len(PICK_COLUMNS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.linked: frozenset[int] = frozenset()

    def set_linked(self, ids) -> None:
        self.linked = frozenset(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.in_range(index) and self._id(self._rows[index.row()]) in self.linked:
            flags &= ~Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and self.in_range(index)
                and self._id(self._rows[index.row()]) in self.linked):
            return QCoreApplication.translate("ProvisionLinks", "Ya alimenta esta disposición")
        return super().data(index, role)

    def _extra(self, row, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and self._id(row) in self.linked:
            return QColor("#7a7a7a")
        return None
