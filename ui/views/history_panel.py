"""A record's history in the detail panel: its audit rows, newest first, in a collapsible section.

Each entry says who, when (local date and time from the stored UTC) and what (the action in
words), and lists the fields it changed with their values before and after. Anyone who may
read the case file may read a record's history (``audit.history``).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from secretariat.services import audit
from secretariat.services.audit import AuditRow
from ui.errors import describe
from ui.models.audit_model import action_label, changes, fmt_when


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


class HistoryPanel(QWidget):
    """``show_for(entity, entity_id)`` loads the rows; the header button folds the list."""

    def __init__(self, db, actor, parent: QWidget | None = None, *, expanded: bool = False) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._rows: list[AuditRow] = []
        self._key: tuple[str, str] | None = None

        self.toggle = QToolButton(self)
        self.toggle.setObjectName("history_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(expanded)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        font = self.toggle.font()
        font.setBold(True)
        self.toggle.setFont(font)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.setStyleSheet("QToolButton { border: none; border-bottom: 1px solid palette(mid); "
                                  "padding: 10px 0 2px 0; text-align: left; }")
        self.toggle.toggled.connect(self._fold)

        self.entries = QLabel(self)
        self.entries.setWordWrap(True)
        self.entries.setTextFormat(Qt.TextFormat.RichText)
        self.entries.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.entries.setContentsMargins(4, 4, 0, 0)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.toggle)
        lay.addWidget(self.entries)
        self._fold(expanded)
        self._update_header()

    # ------------------------------------------------------------------ public
    def rows(self) -> list[AuditRow]:
        """The rows shown, newest first."""
        return list(self._rows)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    def show_for(self, entity: str | None, entity_id=None) -> None:
        """Load the history of one record (None clears the list)."""
        if entity is None:
            self._key = None
            self._rows = []
            self.entries.setText("")
            self._update_header()
            return
        self._key = (entity, str(entity_id))
        try:
            with self._db.read() as s:
                rows = audit.history(s, self._actor, entity, entity_id)
        except Exception as exc:  # the case file may be briefly unreachable
            self._rows = []
            self.entries.setText(_esc(describe(exc, "record history")))
            self._update_header()
            return
        self._rows = list(reversed(rows))
        self.entries.setText(self._html())
        self._update_header()

    def reload(self) -> None:
        if self._key is not None:
            self.show_for(*self._key)

    # ------------------------------------------------------------------ rendering
    def _fold(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.entries.setVisible(expanded)

    def _update_header(self) -> None:
        if self._rows:
            self.toggle.setText(self.tr("Historial (%1)").replace("%1", QLocale().toString(len(self._rows))))
        else:
            self.toggle.setText(self.tr("Historial"))

    def _html(self) -> str:
        if not self._rows:
            return _esc(self.tr("Sin cambios registrados."))
        loc = QLocale()
        items = []
        for row in self._rows:
            head = (f"<b>{_esc(fmt_when(row.at, loc))}</b> — {_esc(row.user_name)}"
                    f" — {_esc(action_label(row.action))}")
            lines = [f"{_esc(field)}: <b>{_esc(after)}</b>" if before is None
                     else f"{_esc(field)}: {_esc(before)} → <b>{_esc(after)}</b>"
                     for field, before, after in changes(row)]
            body = "".join(f"<br>&nbsp;&nbsp;&nbsp;&nbsp;{line}" for line in lines)
            items.append(head + body)
        return '<p style="margin:0">' + '</p><p style="margin-top:6px">'.join(items) + "</p>"
