"""The selected session's agenda: the items in order, and the counsel's commands on them.

- "Proponer orden del día" fills the agenda from what happened since the previous session; when
  the agenda already has items it asks whether to replace them or add only what is new.
- Agregar… / Editar… (Enter, double click) open the item dialog; Quitar… (Supr) asks first;
  Subir / Bajar (Ctrl+↑ / Ctrl+↓) move the selected item, and the selection follows it.
Every command runs through the task runner; ``changed(seen_version, detail)`` reports the
session's new detail. Roles without MANAGE_SESSIONS see the agenda only.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import sessions
from secretariat.services.sessions import AgendaRow, SessionDetail
from ui.errors import describe
from ui.models.agenda_model import COLUMN_INDEX, AgendaModel
from ui.views.session_parts import row_table

REPLACE, ADD_NEW = "replace", "add"


class AgendaPanel(QWidget):
    changed = Signal(int, object)   # the session's version before, its new SessionDetail
    status = Signal(str)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.detail: SessionDetail | None = None
        self.dialog = None  # the last dialog opened (tests look at it)
        self.editable = actor.can(Action.MANAGE_SESSIONS)
        self.model = AgendaModel(self)

        self.table = row_table(self, self.model, "agenda_table")
        header = self.table.horizontalHeader()
        for key, width in (("position", 44), ("kind", 150), ("title", 320), ("about", 220)):
            self.table.setColumnWidth(COLUMN_INDEX[key], width)
        header.setSectionResizeMode(COLUMN_INDEX["note"], QHeaderView.ResizeMode.Stretch)

        self.propose_button = QPushButton(self.tr("&Proponer orden del día"), self)
        self.propose_button.setToolTip(self.tr("Llenar el orden del día con lo ocurrido desde la sesión anterior"))
        self.add_button = QPushButton(self.tr("&Agregar…"), self)
        self.edit_button = QPushButton(self.tr("&Editar…"), self)
        self.remove_button = QPushButton(self.tr("&Quitar…"), self)
        self.up_button = QPushButton(self.tr("S&ubir"), self)
        self.up_button.setToolTip(self.tr("Subir el punto (Ctrl+↑)"))
        self.down_button = QPushButton(self.tr("&Bajar"), self)
        self.down_button.setToolTip(self.tr("Bajar el punto (Ctrl+↓)"))
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.propose_button)
        buttons.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.propose_button, self.add_button, self.edit_button, self.remove_button,
                       self.up_button, self.down_button):
            button.setVisible(self.editable)
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.propose_button.clicked.connect(lambda: self.propose())
        self.add_button.clicked.connect(lambda: self.add_item())
        self.edit_button.clicked.connect(lambda: self.edit_item())
        self.remove_button.clicked.connect(lambda: self.remove_item())
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        for keys, slot in (("Ctrl+Up", lambda: self.move(-1)), ("Ctrl+Down", lambda: self.move(+1)),
                           (QKeySequence.StandardKey.Delete, lambda: self.remove_item()),
                           ("Return", lambda: self.edit_item()), ("Enter", lambda: self.edit_item())):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._sync_buttons()

    # ------------------------------------------------------------------ state
    def set_detail(self, detail: SessionDetail | None) -> None:
        keep = self.current()
        self.detail = detail
        self.model.set_agenda(detail.agenda if detail else ())
        if keep is not None and self.current() is None:
            self.select_item(keep.id)
        self._sync_buttons()

    def current(self) -> AgendaRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _sync_buttons(self) -> None:
        item = self.current()
        last = self.model.rowCount()
        self.propose_button.setEnabled(self.detail is not None)
        self.add_button.setEnabled(self.detail is not None)
        self.edit_button.setEnabled(item is not None)
        self.remove_button.setEnabled(item is not None)
        self.up_button.setEnabled(item is not None and item.position > 1)
        self.down_button.setEnabled(item is not None and item.position < last)

    # ------------------------------------------------------------------ commands
    def _run(self, work, title: str, done_text: str, select: int | None = None):
        if self.detail is None or not self.editable:
            return None
        seen = self.detail.row.version_id

        def done(detail: SessionDetail) -> None:
            self.set_detail(detail)
            if select is not None:
                self.select_item(select)
            self.changed.emit(seen, detail)
            self.status.emit(done_text)

        return self._runner.submit(work, title=title, on_done=done,
                                   on_error=lambda exc: self.status.emit(describe(exc, title)), parent_widget=self)

    def ask_replace(self) -> str | None:
        """Replace the items, add only what is new, or cancel (None)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Proponer orden del día"),
                          self.tr("El orden del día ya tiene %1 puntos. ¿Reemplazarlos por la propuesta, o agregar "
                                  "solo lo nuevo?").replace("%1", str(self.model.rowCount())),
                          QMessageBox.StandardButton.NoButton, self)
        replace = box.addButton(self.tr("&Reemplazar"), QMessageBox.ButtonRole.DestructiveRole)
        add = box.addButton(self.tr("Agregar &solo lo nuevo"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(add)
        box.exec()
        clicked = box.clickedButton()
        return REPLACE if clicked is replace else ADD_NEW if clicked is add else None

    def propose(self, replace: bool | None = None):
        if self.detail is None:
            return None
        if replace is None:
            choice = self.ask_replace() if self.model.rowCount() else ADD_NEW
            if choice is None:
                return None
            replace = choice == REPLACE
        db, actor, sid = self._db, self._actor, self.detail.row.id

        def work(_progress):
            with db.write() as s:
                return sessions.propose_agenda(s, actor, sid, replace=replace)

        return self._run(work, self.tr("Proponiendo el orden del día"),
                         self.tr("Se propuso el orden del día; revíselo y ajústelo."))

    def _open_item_dialog(self, item: AgendaRow | None):
        from ui.views.session_dialogs import AgendaItemDialog

        if self.detail is None or not self.editable:
            return None
        seen = self.detail.row.version_id
        dialog = AgendaItemDialog(self._db, self._actor, self._runner, self.detail.row.id, self, item=item)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(detail: SessionDetail) -> None:
            self.set_detail(detail)
            self.changed.emit(seen, detail)

        dialog.saved.connect(saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_item(self):
        return self._open_item_dialog(None)

    def edit_item(self):
        item = self.current()
        return self._open_item_dialog(item) if item is not None else None

    def remove_item(self, *, confirm: bool = True):
        item = self.current()
        if item is None or not self.editable:
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Quitar punto"),
                self.tr("¿Quitar del orden del día el punto %1, «%2»?").replace("%1", str(item.position))
                .replace("%2", item.title)) != QMessageBox.StandardButton.Yes:
            return None
        db, actor = self._db, self._actor

        def work(_progress):
            with db.write() as s:
                return sessions.remove_item(s, actor, item.id)

        return self._run(work, self.tr("Quitando el punto"), self.tr("Se quitó el punto «%1».").replace("%1", item.title))

    def move(self, delta: int):
        item = self.current()
        if item is None or not self.editable:
            return None
        target = item.position + delta
        if not 1 <= target <= self.model.rowCount():
            return None
        db, actor = self._db, self._actor

        def work(_progress):
            with db.write() as s:
                return sessions.move_item(s, actor, item.id, target)

        return self._run(work, self.tr("Moviendo el punto"),
                         self.tr("El punto «%1» quedó en el lugar %2.").replace("%1", item.title)
                         .replace("%2", str(target)), select=item.id)
