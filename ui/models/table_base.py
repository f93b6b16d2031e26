"""What every read-only list model here shares: counts, flags and the index bounds check."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class ReadOnlyTableModel(QAbstractTableModel):
    """A flat, selectable, read-only table. Subclasses give ``COLUMN_COUNT`` and ``_row_total``."""

    COLUMN_COUNT = 0

    def _row_total(self) -> int:
        raise NotImplementedError

    def in_range(self, index: QModelIndex) -> bool:
        return (index.isValid() and 0 <= index.row() < self._row_total()
                and 0 <= index.column() < self.COLUMN_COUNT)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._row_total()

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
