"""The consultations as a table model: petition, petitioners, tier, signatures, provisions, state,
date, method and victory.

The list is small (the petitions that call for a consultation: tens, not thousands), so the model
keeps its ``ConsultationRow``s. The state filter and the search go to SQL through
``consultations.list_consultations``; a header click sorts in Python. A refresh re-reads the rows
and the counts of every state and applies the difference with ``row_sync.sync_rows``, so a
recorded approval changes one row and the selection stays put.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from secretariat.services import consultations
from secretariat.services.consultations import ConsultationRow
from ui.labels import tier_label
from ui.models.row_sync import sync_rows
from ui.models.table_base import ReadOnlyTableModel
from ui.models.worklist_model import fmt_day
from ui.views.consultation_labels import STATE_COLORS, STATES, method_label, state_label
from ui.views.growth_chart import short_tier_label


@dataclass(frozen=True)
class Column:
    key: str
    title: str     # source text, translated in ``CONTEXT``
    width: int


class ColumnTableModel(ReadOnlyTableModel):
    """A read-only table over ``self._rows`` whose columns are ``COLUMNS`` (titles translated in
    ``CONTEXT``). Subclasses give ``_id``, ``_display``, ``_tooltip`` and ``_styled`` (the other
    roles: colours, fonts, alignment, their own roles)."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    COLUMNS: tuple[Column, ...] = ()
    CONTEXT = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    @property
    def COLUMN_COUNT(self) -> int:  # noqa: N802 - the base's name
        return len(self.COLUMNS)

    def _row_total(self) -> int:
        return len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key)
        if role == self.IdRole:
            return self._id(r)
        if role == self.RowRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        return self._styled(r, key, role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)
        return None


COLUMNS: tuple[Column, ...] = (
    Column("petition", QT_TRANSLATE_NOOP("Consultations", "Petición"), 300),
    Column("petitioners", QT_TRANSLATE_NOOP("Consultations", "Peticionarios"), 180),
    Column("tier", QT_TRANSLATE_NOOP("Consultations", "Nivel"), 190),
    Column("signatures", QT_TRANSLATE_NOOP("Consultations", "Firmas"), 80),
    Column("provisions", QT_TRANSLATE_NOOP("Consultations", "Disposiciones"), 150),
    Column("state", QT_TRANSLATE_NOOP("Consultations", "Estado"), 120),
    Column("decided_on", QT_TRANSLATE_NOOP("Consultations", "Fecha"), 95),
    Column("method", QT_TRANSLATE_NOOP("Consultations", "Método"), 130),
    Column("victory", QT_TRANSLATE_NOOP("Consultations", "Victoria"), 70),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}
_STATE_RANK = {s: i for i, s in enumerate(STATES)}


class ConsultationsModel(ColumnTableModel):
    StateRole = Qt.ItemDataRole.UserRole + 3
    SortKeyRole = Qt.ItemDataRole.UserRole + 4

    #: one sentence when the case file could not be read
    loadFailed = Signal(str)
    #: the number of rows after every re-read
    countChanged = Signal(int)
    #: {state: count} over the whole case file (the filter buttons' numbers)
    countsChanged = Signal(dict)

    COLUMNS = COLUMNS
    CONTEXT = "Consultations"

    def __init__(self, db, actor, parent=None, *, states: tuple[str, ...] | None = None,
                 search: str = "") -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._states = states
        self._search = search
        self._counts: dict[str, int] = {s: 0 for s in STATES}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.refresh()

    # ------------------------------------------------------------------ public API
    def rows(self) -> list[ConsultationRow]:
        return list(self._rows)

    def consultation(self, row: int) -> ConsultationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, petition_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.petition_id == petition_id), -1)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def states(self) -> tuple[str, ...] | None:
        return self._states

    def search(self) -> str:
        return self._search

    def set_filter(self, *, states: tuple[str, ...] | None = None, search: str = "") -> None:
        """Show only ``states`` (None: all) whose petition, URL or petitioner matches ``search``."""
        states = tuple(s for s in STATES if s in states) if states is not None else None
        if (states, search) != (self._states, self._search):
            self._states, self._search = states, search
            self.refresh()

    def refresh(self) -> bool:
        """Re-read the rows and the counts; emits only the signals the difference needs."""
        try:
            with self._db.read() as s:
                fresh = consultations.list_consultations(s, self._actor, states=self._states,
                                                         search=self._search)
                counts = consultations.consultation_counts(s, self._actor)
        except Exception as exc:  # the list must never take the window down
            from ui.errors import describe

            self.loadFailed.emit(describe(exc, "consultations"))
            return False
        changed = sync_rows(self, self._rows, self._sorted(list(fresh)), lambda r: r.petition_id,
                            len(COLUMNS))
        self._counts = {s: int(counts.get(s, 0)) for s in STATES}
        self.countChanged.emit(len(self._rows))
        self.countsChanged.emit(dict(self._counts))
        return changed

    # ------------------------------------------------------------------ sorting (in memory: few rows)
    def _key(self, r: ConsultationRow, key: str):
        if key == "petition":
            return (r.title.casefold(), r.petition_id)
        if key == "petitioners":
            return (r.petitioners.casefold(), r.petition_id)
        if key == "tier":
            from secretariat.services.tiers import TIER_ORDER

            return (TIER_ORDER.index(r.tier) if r.tier in TIER_ORDER else -1, r.signatures)
        if key == "signatures":
            return (r.signatures, r.petition_id)
        if key == "provisions":
            return (", ".join(r.provisions), r.petition_id)
        if key == "state":
            return (_STATE_RANK.get(r.state, 9), r.title.casefold())
        if key == "decided_on":
            return (r.decided_on is None, r.decided_on.toordinal() if r.decided_on else 0, r.petition_id)
        if key == "method":
            return (method_label(r.method), r.petition_id)
        return (not r.victory, r.title.casefold())

    def _sorted(self, rows: list[ConsultationRow]) -> list[ConsultationRow]:
        if self._sort is None:
            return rows  # the service's order
        column, order = self._sort
        key = COLUMNS[column].key
        return sorted(rows, key=lambda r: self._key(r, key), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        sync_rows(self, self._rows, self._sorted(list(self._rows)), lambda r: r.petition_id, len(COLUMNS))

    # ------------------------------------------------------------------ display
    def _display(self, r: ConsultationRow, key: str) -> str:
        if key == "petition":
            return r.title
        if key == "petitioners":
            return r.petitioners
        if key == "tier":
            text = short_tier_label(r.tier)
            if not r.requested:
                return text
            return QCoreApplication.translate("Consultations", "%1 (agregada)").replace("%1", text)
        if key == "signatures":
            return QLocale().toString(r.signatures)
        if key == "provisions":
            return " · ".join(r.provisions)
        if key == "state":
            return state_label(r.state)
        if key == "decided_on":
            return fmt_day(r.decided_on)
        if key == "method":
            return method_label(r.method)
        return "✓" if r.victory else ""

    def _tooltip(self, r: ConsultationRow, key: str) -> str | None:
        if key == "petition":
            return f"{r.title}\n{r.url}"
        if key == "tier":
            text = tier_label(r.tier)
            if not r.requested:
                return text
            return text + "\n" + QCoreApplication.translate("Consultations",
                                                            "Agregada a la consulta por la consejería jurídica")
        if key == "state" and r.state == "stale":
            return QCoreApplication.translate(
                "Consultations", "La redacción que aprobó cambió después; hace falta consultar de nuevo.")
        if key == "state" and r.recorded_by:
            return QCoreApplication.translate("Consultations", "Registró: %1").replace("%1", r.recorded_by)
        if key == "victory" and r.victory:
            return QCoreApplication.translate(
                "Consultations", "Su idea está en la redacción final y el peticionario la aprobó.")
        return None

    # ------------------------------------------------------------------ the other roles
    def _id(self, r: ConsultationRow) -> int:
        return r.petition_id

    def _styled(self, r: ConsultationRow, key: str, role: int):
        if role == self.StateRole:
            return r.state
        if role == self.SortKeyRole:
            return self._key(r, key)
        if role == Qt.ItemDataRole.BackgroundRole and key == "state" and r.state in STATE_COLORS:
            return STATE_COLORS[r.state][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "state" and r.state in STATE_COLORS:
                return STATE_COLORS[r.state][1]
            if key == "victory":
                return STATE_COLORS["approved"][1]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "signatures":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key == "victory":
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.FontRole and (key == "victory" or (key == "state" and r.state == "stale")):
            font = QFont()
            font.setBold(True)
            return font
        return None


__all__ = ["COLUMNS", "COLUMN_INDEX", "Column", "ColumnTableModel", "ConsultationsModel"]
