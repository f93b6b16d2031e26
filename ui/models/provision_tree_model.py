"""The draft constitution as a tree model: título → artículo → apartado → numeral.

The tree is small (hundreds of provisions), so the model keeps every ``ProvisionRow`` that
``provisions.provision_tree`` returns. Each index carries its provision's id as ``internalId``
(never a Python pointer), so ``parent()`` is a dictionary look-up.

``set_rows(fresh)`` applies a re-read: when the shape of the tree is the same (same provisions,
same parents, same order) only ``dataChanged`` is emitted for the provisions whose row changed,
so the view keeps its selection, expansion and scroll; a changed shape (a provision added, moved
or deleted) resets the model and the view restores its state by id (``modelAboutToBeReset`` /
``modelReset``).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from ui.models.worklist_model import Column
from ui.views.drafting_labels import STATUS_COLORS, kind_label, number_text, status_label, version_label

_CTX = "ProvisionTree"
ROOT = 0  # internalId of the invisible root (provision ids start at 1)

IdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2


COLUMNS: tuple[Column, ...] = (
    Column("citation", QT_TRANSLATE_NOOP("ProvisionTree", "Disposición"), 130),
    Column("heading", QT_TRANSLATE_NOOP("ProvisionTree", "Encabezado"), 180),
    Column("version", QT_TRANSLATE_NOOP("ProvisionTree", "Versión"), 54),
    Column("status", QT_TRANSLATE_NOOP("ProvisionTree", "Estado"), 124),
    Column("petitions", QT_TRANSLATE_NOOP("ProvisionTree", "Peticiones"), 76),
    Column("signatures", QT_TRANSLATE_NOOP("ProvisionTree", "Firmas"), 68),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
_NUMERIC = {"version", "petitions", "signatures"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _shape(rows) -> list[tuple[int, int | None]]:
    return [(r.id, r.parent_id) for r in rows]


class ProvisionTreeModel(QAbstractItemModel):
    """``countChanged(n)`` after every ``set_rows`` with the number of provisions."""

    countChanged = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: dict[int, object] = {}
        self._order: list = []  # the rows as given (pre-order), to compare shapes
        self._children: dict[int, list[int]] = {ROOT: []}
        self._row_of: dict[int, int] = {}

    # ------------------------------------------------------------------ loading
    def set_rows(self, rows) -> bool:
        """Replace the provisions with ``rows`` (pre-order, as ``provision_tree`` returns them).
        Returns True if anything changed."""
        rows = list(rows)
        if rows == self._order:
            return False
        if _shape(rows) == _shape(self._order) and self._children_order(rows) == self._children:
            changed = [r for r in rows if self._rows.get(r.id) != r]
            self._order = rows
            for r in changed:
                self._rows[r.id] = r
                first = self.index_of(r.id)
                self.dataChanged.emit(first, first.siblingAtColumn(len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._load(rows)
            self.endResetModel()
        self.countChanged.emit(len(self._rows))
        return True

    @staticmethod
    def _children_order(rows) -> dict[int, list[int]]:
        children: dict[int, list[int]] = {ROOT: []}
        known = {r.id for r in rows}
        for r in rows:
            parent = r.parent_id if r.parent_id in known else ROOT
            children.setdefault(parent, []).append(r.id)
        for kids in children.values():
            kids.sort(key=lambda i, pos={r.id: r.position for r in rows}: pos[i])  # stable
        return children

    def _load(self, rows) -> None:
        self._order = rows
        self._rows = {r.id: r for r in rows}
        self._children = self._children_order(rows)
        self._row_of = {pid: i for kids in self._children.values() for i, pid in enumerate(kids)}

    # ------------------------------------------------------------------ look-ups
    def provision(self, index_or_id) -> object | None:
        """The ``ProvisionRow`` of an index (any column) or of an id; None if unknown."""
        if isinstance(index_or_id, (QModelIndex, QPersistentModelIndex)):
            if not index_or_id.isValid():
                return None
            return self._rows.get(int(index_or_id.internalId()))
        return self._rows.get(index_or_id)

    def index_of(self, provision_id: int, column: int = 0) -> QModelIndex:
        """The index of a provision (invalid if the model does not hold it)."""
        if provision_id not in self._rows:
            return QModelIndex()
        return self.createIndex(self._row_of[provision_id], column, provision_id)

    def siblings_of(self, provision_id: int) -> list[int]:
        """The ids sharing a parent with ``provision_id``, in order (itself included)."""
        row = self._rows.get(provision_id)
        if row is None:
            return []
        parent = row.parent_id if row.parent_id in self._rows else ROOT
        return list(self._children.get(parent, []))

    def all_ids(self) -> list[int]:
        return [r.id for r in self._order]

    # ------------------------------------------------------------------ the model
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        parent_id = int(parent.internalId()) if parent.isValid() else ROOT
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        kids = self._children.get(parent_id, [])
        if not (0 <= row < len(kids) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        row = self._rows.get(int(index.internalId()))
        if row is None or row.parent_id not in self._rows:
            return QModelIndex()
        return self.createIndex(self._row_of[row.parent_id], 0, row.parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._children[ROOT])
        if parent.column() != 0:
            return 0
        return len(self._children.get(int(parent.internalId()), []))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return len(COLUMNS)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._children.get(int(index.internalId())):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self._rows.get(int(index.internalId()))
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == IdRole:
            return row.id
        if role == KindRole:
            return row.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key == "citation" and row.kind == "titulo":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key in ("status", "version"):
            return STATUS_COLORS.get(row.current_status) if row.current_number else QColor("#8a8a8a")
        if role == Qt.ItemDataRole.AccessibleTextRole and key == "citation":
            return f"{kind_label(row.kind)} {row.citation}"
        return None

    @staticmethod
    def _display(row, key: str) -> str:
        if key == "citation":
            return row.citation
        if key == "heading":
            return row.heading
        if key == "version":
            return version_label(row.current_number)
        if key == "status":
            return status_label(row.current_status) if row.current_number else QCoreApplication.translate("ProvisionTree", "Sin redacción")
        if key == "petitions":
            return number_text(row.petitions) if row.petitions else ""
        return number_text(row.signatures) if row.petitions else ""

    @staticmethod
    def _tooltip(row, key: str) -> str | None:
        if key == "citation":
            return f"{kind_label(row.kind)}: {row.citation}"
        if key == "heading":
            return row.heading or None
        if key in ("petitions", "signatures") and row.petition_urls:
            return "\n".join(row.petition_urls)
        return None
