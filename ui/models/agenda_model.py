"""A session's agenda (orden del día) as a table: number, kind, matter, what it is about, note.

The agenda comes with the session's detail (``set_agenda``); the difference is applied with
``row_sync.sync_rows``, so after moving an item the selection follows it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QT_TRANSLATE_NOOP, Qt

from secretariat.services.sessions import AgendaRow
from ui.models.row_sync import sync_rows
from ui.models.table_base import ReadOnlyTableModel

_CTX = "Agenda"

AGENDA_KIND_LABELS = {
    "petition_hearing": QT_TRANSLATE_NOOP("Agenda", "Audiencia"),
    "wording_review": QT_TRANSLATE_NOOP("Agenda", "Revisión de redacción"),
    "approval": QT_TRANSLATE_NOOP("Agenda", "Visto bueno"),
    "crossing": QT_TRANSLATE_NOOP("Agenda", "Nuevo nivel"),
    "other": QT_TRANSLATE_NOOP("Agenda", "Otros asuntos"),
}

COLUMNS = (
    ("position", QT_TRANSLATE_NOOP("Agenda", "N.º")),
    ("kind", QT_TRANSLATE_NOOP("Agenda", "Tipo")),
    ("title", QT_TRANSLATE_NOOP("Agenda", "Asunto")),
    ("about", QT_TRANSLATE_NOOP("Agenda", "Petición o disposición")),
    ("note", QT_TRANSLATE_NOOP("Agenda", "Nota")),
)
COLUMN_INDEX = {key: i for i, (key, _title) in enumerate(COLUMNS)}


def agenda_kind_label(code: str | None) -> str:
    source = AGENDA_KIND_LABELS.get(code or "")
    return QCoreApplication.translate(_CTX, source) if source else (code or "")


def about(item: AgendaRow) -> str:
    """What the item is about: the provision's citation and/or the petition's title."""
    parts = [p for p in (item.citation, item.petition_title) if p]
    return " · ".join(parts)


class AgendaModel(ReadOnlyTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    KindRole = Qt.ItemDataRole.UserRole + 3

    COLUMN_COUNT = len(COLUMNS)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []

    def _row_total(self) -> int:
        return len(self._rows)

    def set_agenda(self, agenda) -> None:
        sync_rows(self, self._rows, list(agenda), key=lambda r: r.id, columns=self.COLUMN_COUNT)

    def item(self, row: int) -> AgendaRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def items(self) -> list[AgendaRow]:
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(_CTX, COLUMNS[section][1])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.in_range(index):
            return None
        r = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == self.IdRole:
            return r.id
        if role == self.RowRole:
            return r
        if role == self.KindRole:
            return r.kind
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "position":
                return str(r.position)
            if key == "kind":
                return agenda_kind_label(r.kind)
            if key == "title":
                return r.title
            if key == "about":
                return about(r)
            return " ".join(r.note.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "about" and r.petition_url:
                return r.petition_url
            if key in ("title", "note"):
                return r.title if key == "title" else r.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "position":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
