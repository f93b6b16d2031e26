"""The committee's sessions as a table (newest first), and the roster as a checkable list for
choosing a session's attendees.

``SessionsModel`` holds the few dozen sessions of a case file; ``refresh`` re-reads them and applies
the difference with ``row_sync.sync_rows`` (precise signals: the selection stays). Dates read the
Mexican way ("12 de julio de 2016").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QT_TRANSLATE_NOOP,
    Qt,
    Signal,
)

from secretariat.services import sessions
from secretariat.services.rosters import MemberRow
from secretariat.services.sessions import SessionRow
from ui.errors import describe
from ui.models.row_sync import sync_rows
from ui.models.table_base import ReadOnlyTableModel

COLUMNS = (
    ("held_on", QT_TRANSLATE_NOOP("Sessions", "Fecha")),
    ("place", QT_TRANSLATE_NOOP("Sessions", "Lugar")),
    ("attendees", QT_TRANSLATE_NOOP("Sessions", "Asistentes")),
    ("items", QT_TRANSLATE_NOOP("Sessions", "Puntos")),
)
COLUMN_INDEX = {key: i for i, (key, _title) in enumerate(COLUMNS)}


def long_date(d: date | None, locale: QLocale | None = None) -> str:
    """"12 de julio de 2016" (Spanish) / "12 July 2016" (other languages)."""
    if d is None:
        return ""
    loc = locale or QLocale()
    fmt = "d 'de' MMMM 'de' yyyy" if loc.language() == QLocale.Language.Spanish else "d MMMM yyyy"
    return loc.toString(QDate(d.year, d.month, d.day), fmt)


class KeyedRowsModel(ReadOnlyTableModel):
    """A small table of frozen rows with an ``id`` (sessions, agenda items): header words from
    ``COLUMNS`` translated in ``CONTEXT``, right-aligned ``RIGHT`` columns, ``IdRole``/``RowRole``;
    subclasses word each cell in ``cell``. ``replace_rows`` applies fresh rows with precise signals."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    COLUMNS: tuple[tuple[str, str], ...] = ()
    CONTEXT = ""
    RIGHT: frozenset[str] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def _row_total(self) -> int:
        return len(self._rows)

    def replace_rows(self, fresh) -> bool:
        return sync_rows(self, self._rows, list(fresh), key=lambda r: r.id, columns=self.COLUMN_COUNT)

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def cell(self, r, key: str, role: int):  # pragma: no cover - overridden
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        key, title = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, title)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == self.IdRole:
            return r.id
        if role == self.RowRole:
            return r
        if role == Qt.ItemDataRole.TextAlignmentRole and key in self.RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.cell(r, key, role)


class SessionsModel(KeyedRowsModel):
    DateRole = Qt.ItemDataRole.UserRole + 3

    COLUMNS = COLUMNS
    COLUMN_COUNT = len(COLUMNS)
    CONTEXT = "Sessions"
    RIGHT = frozenset({"attendees", "items"})
    loadFailed = Signal(str)
    countChanged = Signal(int)

    def __init__(self, db, actor, parent=None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.refresh()

    def refresh(self) -> None:
        try:
            with self._db.read() as s:
                fresh = sessions.list_sessions(s, self._actor)
        except Exception as exc:  # noqa: BLE001 - the tab shows why the list did not load
            self.loadFailed.emit(describe(exc, "sessions"))
            return
        before = len(self._rows)
        self.replace_rows(fresh)
        if len(self._rows) != before or not before:
            self.countChanged.emit(len(self._rows))

    def session(self, row: int) -> SessionRow | None:
        return self.row_at(row)

    def cell(self, r: SessionRow, key: str, role: int):
        if role == self.DateRole:
            return r.held_on
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "held_on":
                text = long_date(r.held_on)
                return f"{text}, {r.starts_at:%H:%M}" if r.starts_at else text
            if key == "place":
                return r.place
            return QLocale().toString(len(r.attendees) if key == "attendees" else r.items)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "attendees" and r.attendees:
                return "\n".join(r.attendees)
            if key == "place" and r.place:
                return r.place
        return None


class RosterChecksModel(QAbstractListModel):
    """The drafting committee with a check box each: who attends. Active members, plus inactive
    ones who are already on the list (shown as such)."""

    MemberIdRole = Qt.ItemDataRole.UserRole + 1
    checksChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._members: list[MemberRow] = []
        self._checked: set[int] = set()
        self._editable = True

    def set_members(self, members: list[MemberRow], checked) -> None:
        checked = set(checked)
        self.beginResetModel()
        self._members = [m for m in members if m.active or m.id in checked]
        self._checked = checked & {m.id for m in self._members}
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def checked_ids(self) -> list[int]:
        return [m.id for m in self._members if m.id in self._checked]

    def set_checked(self, member_id: int, on: bool) -> None:
        row = next((i for i, m in enumerate(self._members) if m.id == member_id), -1)
        if row >= 0:
            self.setData(self.index(row), Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._members)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._editable else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not (index.isValid() and 0 <= index.row() < len(self._members) and index.column() == 0):
            return None
        m = self._members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return m.name if m.active else QCoreApplication.translate("Sessions", "%1 (inactivo)").replace("%1", m.name)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if m.id in self._checked else Qt.CheckState.Unchecked
        if role == self.MemberIdRole:
            return m.id
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (index.isValid() and role == Qt.ItemDataRole.CheckStateRole and self._editable
                and 0 <= index.row() < len(self._members)):
            return False
        member_id = self._members[index.row()].id
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if (member_id in self._checked) == on:
            return True
        (self._checked.add if on else self._checked.discard)(member_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checksChanged.emit()
        return True
