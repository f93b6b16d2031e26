"""The petition register as a table model (and the view that shows it), in one file.

Like Anki's card browser, the model keeps only the ordered list of petition ids; each visible row
is fetched on demand in blocks of ``BLOCK`` rows, through ``petitions.petition_rows``, and kept in
a small LRU cache. Sorting and filtering re-query the ids in SQL (``petitions.petition_ids``);
there is no ``QSortFilterProxyModel`` (5 s to sort 100,000 rows, see STACK-NOTES).

- sorting the same rows in a new order is a layout change: the selection follows its petitions;
- a new filter is a model reset (the window restores the selection by petition id);
- a refresh with the same ids re-reads only the cached rows and emits ``dataChanged`` for the
  rows that really changed.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QT_TRANSLATE_NOOP,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from secretariat.services import petitions
from secretariat.services.petitions import PetitionQuery, PetitionRow
from ui.models.table_base import ReadOnlyTableModel
from ui.labels import admissibility_label, tier_label
from ui.models.row_sync import runs
from ui.views.growth_chart import TIER_COLORS, short_tier_label

_CTX = "PetitionTable"


@dataclass(frozen=True)
class Column:
    key: str
    title: str         # Spanish source, translated at display time
    tooltip: str
    sort: str          # PetitionQuery.sort key
    inverted: bool = False  # ascending in the view = descending in SQL
    numeric: bool = False
    width: int = 120


COLUMNS: tuple[Column, ...] = (
    Column("tier", QT_TRANSLATE_NOOP("PetitionTable", "Nivel"),
           QT_TRANSLATE_NOOP("PetitionTable", "Nivel alcanzado según los umbrales de firmas"),
           "tier", width=140),
    Column("title", QT_TRANSLATE_NOOP("PetitionTable", "Título"),
           QT_TRANSLATE_NOOP("PetitionTable", "Título de la petición en Change.org"), "title", width=300),
    Column("signatures", QT_TRANSLATE_NOOP("PetitionTable", "Firmas"),
           QT_TRANSLATE_NOOP("PetitionTable", "Firmas en el corte más reciente"), "signatures",
           numeric=True, width=90),
    Column("growth_7d", QT_TRANSLATE_NOOP("PetitionTable", "Crecimiento\n7 días"),
           QT_TRANSLATE_NOOP("PetitionTable", "Firmas ganadas en los últimos siete días"), "growth_7d",
           numeric=True, width=100),
    Column("admissibility", QT_TRANSLATE_NOOP("PetitionTable", "Admisibilidad"),
           QT_TRANSLATE_NOOP("PetitionTable", "Decisión de admisibilidad"), "admissibility", width=115),
    Column("days", QT_TRANSLATE_NOOP("PetitionTable", "Días desde el\núltimo cruce"),
           QT_TRANSLATE_NOOP("PetitionTable", "Días transcurridos desde el último cruce de umbral "
                                              "(alcanzado o revertido)"),
           "last_crossing_on", inverted=True, numeric=True, width=110),
    Column("petitioners", QT_TRANSLATE_NOOP("PetitionTable", "Peticionarios"),
           QT_TRANSLATE_NOOP("PetitionTable", "Personas que crearon la petición"), "petitioners", width=220),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}

def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class _Cached:
    row: PetitionRow
    display: tuple[str, ...]


class PetitionTableModel(ReadOnlyTableModel):
    """Ids in memory, rows fetched on demand. See the module docstring."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    TierRole = Qt.ItemDataRole.UserRole + 2
    SortKeyRole = Qt.ItemDataRole.UserRole + 3
    RowRole = Qt.ItemDataRole.UserRole + 4
    UrlRole = Qt.ItemDataRole.UserRole + 5

    BLOCK = 200
    CACHE_ROWS = 2000

    #: (shown, total) after every re-query.
    countsChanged = Signal(int, int)
    #: one sentence when the case file could not be read (the table shows what it has).
    loadFailed = Signal(str)

    def __init__(self, db, actor, parent=None, *, query: PetitionQuery | None = None,
                 today: date | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._query = query or PetitionQuery()
        self._today = today
        self._locale = locale or QLocale()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, _Cached] = OrderedDict()
        self._total = 0
        self._icons: dict[str, QIcon] = {}
        self.fetch_count = 0  # row blocks read from the database (for tests and the bench)
        self._load_ids(reset=True, with_total=True)

    # ------------------------------------------------------------------ public API
    @property
    def query(self) -> PetitionQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, petition_id: int) -> int:
        try:
            return self._ids.index(petition_id)
        except ValueError:
            return -1

    def petition_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def set_query(self, query: PetitionQuery) -> bool:
        """Re-query ids for ``query``. Returns True if the rows shown changed."""
        if query == self._query:
            return False
        same_rows = _filters(query) == _filters(self._query)
        self._query = query
        return self._load_ids(reset=False, with_total=False, resort=same_rows)

    def update_query(self, **changes) -> bool:
        return self.set_query(dataclasses.replace(self._query, **changes))

    def refresh(self) -> bool:
        """Data may have changed (this window or another workstation): re-read what is shown."""
        return self._load_ids(reset=False, with_total=True, reread=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        col = COLUMNS[column]
        descending = (order == Qt.SortOrder.DescendingOrder) != col.inverted
        self.update_query(sort=col.sort, descending=descending)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The view column and order matching the current query (for the header indicator)."""
        for i, col in enumerate(COLUMNS):
            if col.sort == self._query.sort:
                asc = self._query.descending == col.inverted
                return i, Qt.SortOrder.AscendingOrder if asc else Qt.SortOrder.DescendingOrder
        return -1, Qt.SortOrder.AscendingOrder

    # ------------------------------------------------------------------ loading
    def _read_ids(self, with_total: bool) -> tuple[list[int], int | None]:
        with self._db.read() as s:
            ids = petitions.petition_ids(s, self._actor, self._query)
            if not with_total:
                return ids, None
            if not any(_filters(self._query)):  # everything is listed: the count is free
                return ids, len(ids)
            return ids, sum(petitions.tier_counts(s, self._actor).values())

    def _load_ids(self, *, reset: bool, with_total: bool, reread: bool = False,
                  resort: bool = False) -> bool:
        try:
            ids, total = self._read_ids(with_total)
        except Exception as exc:  # the table must never take the window down
            self._report(exc)
            return False
        if total is not None:
            self._total = total
        changed = True
        if reset:
            self.beginResetModel()
            self._ids = ids
            self._cache.clear()
            self.endResetModel()
        elif ids == self._ids:
            changed = self._reread_cached() if reread else False
        elif len(ids) == len(self._ids) and (resort or set(ids) == set(self._ids)):
            if reread:
                self._cache.clear()
            self._relayout(ids)
        else:
            self.beginResetModel()
            self._ids = ids
            if reread:
                self._cache.clear()
            self.endResetModel()
        self.countsChanged.emit(len(self._ids), max(self._total, len(self._ids)))
        return changed

    def _relayout(self, ids: list[int]) -> None:
        """Same petitions, new order: move persistent indexes (selection, current) with them."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_ids = [self._ids[p.row()] for p in persistent]
        self._ids = ids
        if persistent:
            where = {pid: row for row, pid in enumerate(ids)}
            self.changePersistentIndexList(
                persistent, [self.index(where[pid], p.column()) if pid in where else QModelIndex()
                             for p, pid in zip(persistent, old_ids)])
        self.layoutChanged.emit()

    def _reread_cached(self) -> bool:
        cached = list(self._cache)
        if not cached:
            return False
        fresh: dict[int, PetitionRow] = {}
        try:
            with self._db.read() as s:
                for start in range(0, len(cached), 500):
                    for r in petitions.petition_rows(s, self._actor, cached[start:start + 500]):
                        fresh[r.id] = r
        except Exception as exc:
            self._report(exc)
            return False
        dirty: list[int] = []
        where = {pid: row for row, pid in enumerate(self._ids)} if len(cached) > 50 else None
        for pid in cached:
            row = fresh.get(pid)
            if row is None:
                self._cache.pop(pid, None)
            elif row != self._cache[pid].row:
                self._cache[pid] = self._entry(row)
            else:
                continue
            dirty.append(where[pid] if where is not None else self._ids.index(pid))
        for first, last in runs(sorted(dirty)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        return bool(dirty)

    def _fetch_block(self, row: int) -> None:
        start = (row // self.BLOCK) * self.BLOCK
        wanted = [pid for pid in self._ids[start:start + self.BLOCK] if pid not in self._cache]
        if not wanted:
            return
        try:
            with self._db.read() as s:
                rows = petitions.petition_rows(s, self._actor, wanted)
        except Exception as exc:
            self._report(exc)
            return
        self.fetch_count += 1
        for r in rows:
            self._cache[r.id] = self._entry(r)
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)

    def _cached(self, row: int) -> _Cached | None:
        pid = self._ids[row]
        hit = self._cache.get(pid)
        if hit is None:
            self._fetch_block(row)
            hit = self._cache.get(pid)
        else:
            self._cache.move_to_end(pid)
        return hit

    def _report(self, exc: Exception) -> None:
        from ui.errors import describe

        self.loadFailed.emit(describe(exc, "petition table"))

    # ------------------------------------------------------------------ display
    def _entry(self, r: PetitionRow) -> _Cached:
        loc = self._locale
        growth = ""
        if r.growth_7d is not None:
            growth = ("+" if r.growth_7d > 0 else "") + loc.toString(r.growth_7d)
        days = ""
        if r.last_crossing_on is not None:
            days = loc.toString(((self._today or date.today()) - r.last_crossing_on).days)
        display = (short_tier_label(r.tier), r.title, loc.toString(r.signatures), growth,
                   admissibility_label(r.admissibility), days, r.petitioners)
        return _Cached(r, display)

    def _sort_key(self, r: PetitionRow, key: str):
        if key == "days":
            return None if r.last_crossing_on is None else ((self._today or date.today()) - r.last_crossing_on).days
        if key == "tier":
            return r.tier
        return getattr(r, key)

    def _tier_icon(self, tier: str) -> QIcon:
        icon = self._icons.get(tier)
        if icon is None:
            pix = QPixmap(12, 12)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setBrush(TIER_COLORS.get(tier, QColor("#888888")))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(1, 1, 10, 10)
            p.end()
            icon = self._icons[tier] = QIcon(pix)
        return icon

    # ------------------------------------------------------------------ Qt model API
    COLUMN_COUNT = len(COLUMNS)

    def _row_total(self) -> int:
        return len(self._ids)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        col = COLUMNS[index.column()] if 0 <= index.column() < len(COLUMNS) else None
        if col is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                        Qt.ItemDataRole.ToolTipRole, self.TierRole, self.SortKeyRole, self.RowRole,
                        self.UrlRole, Qt.ItemDataRole.ForegroundRole):
            return None
        hit = self._cached(index.row())
        if hit is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        r = hit.row
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.display[index.column()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._tier_icon(r.tier) if col.key == "tier" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col.key == "growth_7d" and r.growth_7d is not None and r.growth_7d < 0:
                return QColor("#b3261e")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.key == "title":
                return f"{r.title}\n{r.url}"
            if col.key == "petitioners":
                return r.petitioners
            if col.key == "tier":
                return tier_label(r.tier)
            return None
        if role == self.TierRole:
            return r.tier
        if role == self.SortKeyRole:
            return self._sort_key(r, col.key)
        if role == self.RowRole:
            return r
        if role == self.UrlRole:
            return r.url
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        col = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(col.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(col.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if col.numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None


def _filters(q: PetitionQuery) -> tuple:
    """What decides which petitions are listed (as opposed to their order)."""
    return q.tiers, q.admissibility, q.search.strip()


class PetitionTableView(QTableView):
    """A table tuned for 100,000 rows: fixed row height, preset column widths, no content sizing."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(False)  # enabled in setModel, once the indicator matches the query
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vh = self.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setSectionsMovable(True)
        hh.setSortIndicatorShown(True)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setMinimumSectionSize(60)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        fm = self.fontMetrics()
        tier_width = max(fm.horizontalAdvance(short_tier_label(t)) for t in TIER_COLORS) + 44
        for i, col in enumerate(COLUMNS):  # preset widths, never measured over the rows
            width = max(col.width, header.sectionSizeHint(i))
            self.setColumnWidth(i, max(width, tier_width) if col.key == "tier" else width)
        if isinstance(model, PetitionTableModel):
            column, order = model.sort_column()
            self.horizontalHeader().setSortIndicator(column, order)
        self.setSortingEnabled(True)

    def selected_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(PetitionTableModel.IdRole)

    def select_id(self, petition_id: int | None) -> bool:
        """Select (and scroll to) the row of ``petition_id``; False if it is not in the list."""
        model = self.model()
        row = model.row_of(petition_id) if petition_id is not None else -1
        if row < 0:
            self.clearSelection()
            return False
        self.selectRow(row)
        self.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True


__all__ = ["COLUMNS", "COLUMN_INDEX", "PetitionTableModel", "PetitionTableView"]
