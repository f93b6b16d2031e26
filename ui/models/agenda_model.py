"""A session's agenda (orden del día) as a table: number, kind, matter, what it is about, note.

The agenda comes with the session's detail (``set_agenda``); the difference is applied with
``row_sync.sync_rows``, so after moving an item the selection follows it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt

from secretariat.services.sessions import AgendaRow
from ui.models.sessions_model import KeyedRowsModel

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


class AgendaModel(KeyedRowsModel):
    KindRole = Qt.ItemDataRole.UserRole + 3

    COLUMNS = COLUMNS
    COLUMN_COUNT = len(COLUMNS)
    CONTEXT = _CTX
    RIGHT = frozenset({"position"})

    def set_agenda(self, agenda) -> None:
        self.replace_rows(agenda)

    def item(self, row: int) -> AgendaRow | None:
        return self.row_at(row)

    def items(self) -> list[AgendaRow]:
        return list(self._rows)

    def cell(self, r: AgendaRow, key: str, role: int):
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
        return None
