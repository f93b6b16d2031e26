"""The worklist as a table model: open duties with their age bucket, owner, petition and tier.

The list is small (the open duties of a case file: hundreds, not 100,000), so the model keeps its
``DutyRow``s; filtering is done in SQL by ``duties.list_duties`` with a ``DutyQuery``, and a
header click sorts the rows in Python. A refresh re-reads the rows and applies the difference
with ``row_sync.sync_rows``: a bulk assignment emits ``dataChanged`` for the rows it touched and
the selection stays where it was.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from secretariat.services import duties
from secretariat.services.duties import DutyQuery, DutyRow
from ui.models.table_base import ReadOnlyTableModel
from ui.models.row_sync import sync_rows
from ui.views.growth_chart import short_tier_label
from ui.labels import tier_label
from ui.work_labels import (
    BUCKET_COLORS,
    bucket_label,
    duty_kind_label,
    duty_status_label,
    outcome_label,
    unassigned_label,
)


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: int


COLUMNS: tuple[Column, ...] = (
    Column("bucket", QT_TRANSLATE_NOOP("Worklist", "Plazo"), 120),
    Column("due_on", QT_TRANSLATE_NOOP("Worklist", "Vence"), 100),
    Column("left", QT_TRANSLATE_NOOP("Worklist", "Quedan"), 120),
    Column("kind", QT_TRANSLATE_NOOP("Worklist", "Deber"), 220),
    Column("petition", QT_TRANSLATE_NOOP("Worklist", "Petición"), 300),
    Column("tier", QT_TRANSLATE_NOOP("Worklist", "Nivel"), 130),
    Column("owner", QT_TRANSLATE_NOOP("Worklist", "Responsable"), 160),
    Column("status", QT_TRANSLATE_NOOP("Worklist", "Estado"), 110),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
_BUCKET_RANK = {"overdue": 0, "due_soon": 1, "on_time": 2}


def fmt_day(d: date | None, locale: QLocale | None = None) -> str:
    if d is None:
        return ""
    return (locale or QLocale()).toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def days_left_text(due_on: date, today: date) -> str:
    """ "hoy", "1 día", "5 días", "3 días de retraso"."""
    left = (due_on - today).days
    if left == 0:
        return QCoreApplication.translate("Worklist", "hoy")
    if left == 1:
        return QCoreApplication.translate("Worklist", "1 día")
    if left == -1:
        return QCoreApplication.translate("Worklist", "1 día de retraso")
    if left < 0:
        return QCoreApplication.translate("Worklist", "%1 días de retraso").replace("%1", str(-left))
    return QCoreApplication.translate("Worklist", "%1 días").replace("%1", str(left))


class WorklistModel(ReadOnlyTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    BucketRole = Qt.ItemDataRole.UserRole + 3
    OwnerIdRole = Qt.ItemDataRole.UserRole + 4
    PetitionIdRole = Qt.ItemDataRole.UserRole + 5
    SortKeyRole = Qt.ItemDataRole.UserRole + 6

    #: one sentence when the case file could not be read
    loadFailed = Signal(str)
    #: the number of rows after every re-read
    countChanged = Signal(int)

    def __init__(self, db, actor, parent=None, *, query: DutyQuery | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._query = query or DutyQuery()
        self._today = today
        self._rows: list[DutyRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._icons: dict[str, QIcon] = {}
        self.refresh()

    # ------------------------------------------------------------------ public API
    @property
    def query(self) -> DutyQuery:
        return self._query

    def today(self) -> date:
        return self._today or date.today()

    def rows(self) -> list[DutyRow]:
        return list(self._rows)

    def duty(self, row: int) -> DutyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, duty_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == duty_id), -1)

    def set_query(self, query: DutyQuery) -> None:
        if query != self._query:
            self._query = query
            self.refresh()

    def update_query(self, **changes) -> None:
        self.set_query(dataclasses.replace(self._query, **changes))

    def refresh(self) -> bool:
        """Re-read the duties; emits only the signals the difference needs."""
        try:
            with self._db.read() as s:
                fresh = duties.list_duties(s, self._actor, self._query, today=self.today())
        except Exception as exc:  # the list must never take the window down
            from ui.errors import describe

            self.loadFailed.emit(describe(exc, "worklist"))
            return False
        changed = sync_rows(self, self._rows, self._sorted(fresh), lambda r: r.id, len(COLUMNS))
        self.countChanged.emit(len(self._rows))
        return changed

    # ------------------------------------------------------------------ sorting (in memory: few rows)
    def _key(self, r: DutyRow, key: str):
        if key == "bucket":
            return (_BUCKET_RANK.get(r.bucket or "", 3), r.due_on, r.id)
        if key in ("due_on", "left"):
            return (r.due_on, r.id)
        if key == "kind":
            return (duty_kind_label(r.kind), r.due_on)
        if key == "petition":
            return (r.petition_title.casefold(), r.due_on)
        if key == "tier":
            from secretariat.services.tiers import TIER_ORDER

            return (TIER_ORDER.index(r.tier) if r.tier in TIER_ORDER else -1, r.due_on)
        if key == "owner":
            return ((r.owner_name or "").casefold(), r.due_on)
        return (r.status, r.due_on)

    def _sorted(self, rows: list[DutyRow]) -> list[DutyRow]:
        if self._sort is None:
            return list(rows)  # the service's order: by due date
        column, order = self._sort
        key = COLUMNS[column].key
        return sorted(rows, key=lambda r: self._key(r, key),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        sync_rows(self, self._rows, self._sorted(self._rows), lambda r: r.id, len(COLUMNS))

    # ------------------------------------------------------------------ display
    def _display(self, r: DutyRow, key: str) -> str:
        if key == "bucket":
            return bucket_label(r.bucket)
        if key == "due_on":
            return fmt_day(r.due_on)
        if key == "left":
            return days_left_text(r.due_on, self.today()) if r.bucket else ""
        if key == "kind":
            text = duty_kind_label(r.kind)
            return f"{text} — {outcome_label(r.outcome)}" if r.outcome else text
        if key == "petition":
            return r.petition_title
        if key == "tier":
            return short_tier_label(r.tier)
        if key == "owner":
            return r.owner_name or unassigned_label()
        return duty_status_label(r.status)

    def _bucket_icon(self, bucket: str) -> QIcon:
        icon = self._icons.get(bucket)
        if icon is None:
            pix = QPixmap(12, 12)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BUCKET_COLORS[bucket][1])
            p.drawEllipse(1, 1, 10, 10)
            p.end()
            icon = self._icons[bucket] = QIcon(pix)
        return icon

    def _tooltip(self, r: DutyRow, key: str) -> str | None:
        if key == "petition":
            return f"{r.petition_title}\n{r.petition_url}"
        if key == "tier":
            return tier_label(r.tier)
        if key == "status" and r.crossing_reverted:
            return QCoreApplication.translate(
                "Worklist", "El cruce de nivel que creó este deber se revirtió después de empezarlo.")
        if key in ("bucket", "due_on", "left") and r.bucket:
            return days_left_text(r.due_on, self.today())
        return None

    # ------------------------------------------------------------------ Qt model API
    COLUMN_COUNT = len(COLUMNS)

    def _row_total(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key)
        if role == self.IdRole:
            return r.id
        if role == self.RowRole:
            return r
        if role == self.BucketRole:
            return r.bucket
        if role == self.OwnerIdRole:
            return r.owner_id
        if role == self.PetitionIdRole:
            return r.petition_id
        if role == self.SortKeyRole:
            return self._key(r, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        if role == Qt.ItemDataRole.BackgroundRole and key == "bucket" and r.bucket in BUCKET_COLORS:
            return BUCKET_COLORS[r.bucket][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in ("bucket", "left") and r.bucket in BUCKET_COLORS:
                return BUCKET_COLORS[r.bucket][1]
            if key == "owner" and r.owner_id is None:
                return QColor("#8a8f98")
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "bucket" and r.bucket in BUCKET_COLORS:
                return self._bucket_icon(r.bucket)
            if key == "status" and r.crossing_reverted:
                return self._warning_icon()
            return None
        if role == Qt.ItemDataRole.FontRole and key == "bucket" and r.bucket == "overdue":
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _warning_icon(self) -> QIcon:
        icon = self._icons.get("warning")
        if icon is None:
            from PySide6.QtWidgets import QApplication, QStyle

            icon = self._icons["warning"] = QApplication.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning)
        return icon

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Worklist", COLUMNS[section].title)
        return None


__all__ = ["COLUMNS", "COLUMN_INDEX", "WorklistModel", "days_left_text", "fmt_day"]
