"""Meetings in a date range as a table model (the calendar's agenda), with their conflicts.

The range holds a few dozen meetings, so the model keeps them; ``refresh`` re-reads the meetings
and ``meetings.conflicts`` for the range and applies the difference with ``row_sync.sync_rows``
(precise signals, the selection stays). A meeting that overlaps another one with the same adviser
or in the same place carries the sentences that say so (``ConflictRole``); the calendar paints it
in red.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from secretariat.services import meetings
from secretariat.services.meetings import Conflict, MeetingRow
from ui.models.table_base import ReadOnlyTableModel
from ui.models.row_sync import sync_rows
from ui.work_labels import CONFLICT_COLOR, MEETING_COLORS, meeting_kind_label, meeting_status_label

COLUMNS = (
    ("day", QT_TRANSLATE_NOOP("Meetings", "Fecha")),
    ("time", QT_TRANSLATE_NOOP("Meetings", "Hora")),
    ("kind", QT_TRANSLATE_NOOP("Meetings", "Tipo")),
    ("status", QT_TRANSLATE_NOOP("Meetings", "Estado")),
    ("petition", QT_TRANSLATE_NOOP("Meetings", "Petición")),
    ("place", QT_TRANSLATE_NOOP("Meetings", "Lugar")),
    ("advisers", QT_TRANSLATE_NOOP("Meetings", "Asesores")),
    ("conflict", QT_TRANSLATE_NOOP("Meetings", "Choques")),
)
COLUMN_INDEX = {key: i for i, (key, _title) in enumerate(COLUMNS)}
SHOWN_STATUSES = ("planned", "held")
STATUS_COLORS = {"held": QColor("#1e6b2e"), "cancelled": QColor("#8a8f98"), "petitioner_absent": QColor("#8a5a00")}


def fmt_time(at: datetime) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def fmt_weekday(d: date, locale: QLocale | None = None) -> str:
    """ "lun 21 nov 2016"."""
    return (locale or QLocale()).toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy")


def conflict_text(conflict: Conflict, other: MeetingRow) -> str:
    """One sentence for one side of a conflict."""
    what = f"{meeting_kind_label(other.kind)} {fmt_time(other.starts_at)}–{fmt_time(other.ends_at)}"
    if other.petition_title:
        what += f" ({other.petition_title})"
    if conflict.reason == "adviser":
        text = QCoreApplication.translate("Meetings", "Mismo asesor (%1) a la misma hora que: %2")
    else:
        text = QCoreApplication.translate("Meetings", "Mismo lugar (%1) a la misma hora que: %2")
    return text.replace("%1", conflict.detail).replace("%2", what)


@dataclass(frozen=True)
class MeetingEntry:
    row: MeetingRow
    conflicts: tuple[str, ...] = ()

    @property
    def id(self) -> int:
        return self.row.id


class MeetingsModel(ReadOnlyTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    ConflictRole = Qt.ItemDataRole.UserRole + 3   # tuple of sentences (empty: no conflict)
    KindRole = Qt.ItemDataRole.UserRole + 4
    StatusRole = Qt.ItemDataRole.UserRole + 5
    PetitionIdRole = Qt.ItemDataRole.UserRole + 6

    loadFailed = Signal(str)
    #: after every re-read: (meetings, meetings in conflict)
    countsChanged = Signal(int, int)

    def __init__(self, db, actor, parent=None, *, date_from: date | None = None, days: int = 28,
                 statuses: tuple[str, ...] = SHOWN_STATUSES) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        start = date_from or date.today()
        self._range = (start, start + timedelta(days=days - 1))
        self._statuses = statuses
        self._entries: list[MeetingEntry] = []
        self.refresh()

    # ------------------------------------------------------------------ public API
    def date_range(self) -> tuple[date, date]:
        return self._range

    def entries(self) -> list[MeetingEntry]:
        return list(self._entries)

    def entry(self, row: int) -> MeetingEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, e in enumerate(self._entries) if e.id == meeting_id), -1)

    def set_range(self, date_from: date, date_to: date) -> None:
        if (date_from, date_to) != self._range:
            self._range = (date_from, date_to)
            self.refresh()

    def set_statuses(self, statuses: tuple[str, ...]) -> None:
        if statuses != self._statuses:
            self._statuses = statuses
            self.refresh()

    def refresh(self) -> bool:
        first, last = self._range
        try:
            with self._db.read() as s:
                rows = meetings.list_meetings(s, self._actor, first, last, statuses=self._statuses)
                clashes = meetings.conflicts(s, self._actor, first, last)
        except Exception as exc:  # the calendar must never take the window down
            from ui.errors import describe

            self.loadFailed.emit(describe(exc, "meetings"))
            return False
        texts: dict[int, list[str]] = {}
        for c in clashes:
            texts.setdefault(c.first.id, []).append(conflict_text(c, c.second))
            texts.setdefault(c.second.id, []).append(conflict_text(c, c.first))
        fresh = [MeetingEntry(r, tuple(texts.get(r.id, ()))) for r in rows]
        changed = sync_rows(self, self._entries, fresh, lambda e: e.id, len(COLUMNS))
        self.countsChanged.emit(len(self._entries), sum(1 for e in self._entries if e.conflicts))
        return changed

    # ------------------------------------------------------------------ display
    def _display(self, e: MeetingEntry, key: str) -> str:
        r = e.row
        if key == "day":
            return fmt_weekday(r.starts_at.date())
        if key == "time":
            return f"{fmt_time(r.starts_at)}–{fmt_time(r.ends_at)}"
        if key == "kind":
            return meeting_kind_label(r.kind)
        if key == "status":
            return meeting_status_label(r.status)
        if key == "petition":
            return r.petition_title or ""
        if key == "place":
            return r.place
        if key == "advisers":
            return ", ".join(r.advisers)
        if key == "conflict":
            if not e.conflicts:
                return ""
            n = len(e.conflicts)
            return "⚠ " + (QCoreApplication.translate("Meetings", "1 choque") if n == 1
                           else QCoreApplication.translate("Meetings", "%1 choques").replace("%1", str(n)))
        return ""

    # ------------------------------------------------------------------ Qt model API
    COLUMN_COUNT = len(COLUMNS)

    def _row_total(self) -> int:
        return len(self._entries)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        e = self._entries[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, key)
        if role == self.IdRole:
            return e.id
        if role == self.RowRole:
            return e.row
        if role == self.ConflictRole:
            return e.conflicts
        if role == self.KindRole:
            return e.row.kind
        if role == self.StatusRole:
            return e.row.status
        if role == self.PetitionIdRole:
            return e.row.petition_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.conflicts and key in ("conflict", "day", "time"):
                return "\n".join(e.conflicts)
            if key == "petition":
                return e.row.petition_title
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "conflict" and e.conflicts:
                return QBrush(CONFLICT_COLOR)
            if key == "kind":
                return QBrush(MEETING_COLORS.get(e.row.kind, QColor("#333333")))
            if key == "status" and e.row.status in STATUS_COLORS:
                return QBrush(STATUS_COLORS[e.row.status])
            return None
        if role == Qt.ItemDataRole.BackgroundRole and e.conflicts and key == "conflict":
            return QBrush(QColor("#fdecea"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("Meetings", COLUMNS[section][1])
        return None


__all__ = ["COLUMNS", "COLUMN_INDEX", "MeetingEntry", "MeetingsModel", "fmt_time", "fmt_weekday"]
