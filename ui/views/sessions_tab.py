"""The "Sesiones" tab: the drafting committee's weekly sessions and, for the selected one, its
data, attendees and agenda.

Left, the sessions (newest first) with "Nueva sesión…" (Ctrl+N) and "Eliminar sesión…" (asks
first). Right, the selected session: ``SessionForm`` (day, time, place, note, attendees) and
``AgendaPanel`` (the agenda and "Proponer orden del día"). "Exportar paquete…" emits
``exportPacketRequested(date)`` with the session's day; whoever builds the packet connects it.

Reads are small and synchronous; every change goes through the task runner, whose
``dataChanged`` re-reads the list and the selected session. Roles without MANAGE_SESSIONS read
only: the commands are hidden and the fields read-only.

``install_sessions_tab(main_window, tab_widget, db, actor, runner)`` adds the tab and returns it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import rosters, sessions
from secretariat.services.sessions import SessionDetail, SessionRow
from ui.errors import describe
from ui.models.sessions_model import COLUMN_INDEX, SessionsModel, long_date
from ui.views.session_agenda_panel import AgendaPanel
from ui.views.session_form import SessionForm
from ui.views.session_parts import row_table


class SessionsTab(QWidget):
    """``exportPacketRequested(date)``: the user asked for the selected session's packet."""

    exportPacketRequested = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("sessions_tab")
        self.dialog = None
        self.editable = actor.can(Action.MANAGE_SESSIONS)
        self.model = SessionsModel(db, actor, self)

        # ---- the list
        self.table = row_table(self, self.model, "sessions_table")
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(COLUMN_INDEX["held_on"], 190)
        header.setSectionResizeMode(COLUMN_INDEX["place"], QHeaderView.ResizeMode.Stretch)
        for key in ("attendees", "items"):
            header.setSectionResizeMode(COLUMN_INDEX[key], QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton(self.tr("&Nueva sesión…"), self)
        self.new_button.setToolTip(self.tr("Crear la sesión de otro día (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("E&liminar sesión…"), self)
        for button in (self.new_button, self.delete_button):
            button.setVisible(self.editable)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_buttons)

        # ---- the selected session
        self.form = SessionForm(db, actor, runner, self)
        self.agenda = AgendaPanel(db, actor, runner, self)
        agenda_box = QGroupBox(self.tr("Orden del día"), self)
        QVBoxLayout(agenda_box).addWidget(self.agenda)
        self.export_button = QPushButton(self.tr("E&xportar paquete…"), self)
        self.export_button.setToolTip(self.tr("El paquete de la sesión en Word: portada, orden del día y fichas"))
        export_bar = QHBoxLayout()
        export_bar.addStretch(1)
        export_bar.addWidget(self.export_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form, 2)
        right_layout.addWidget(agenda_box, 3)
        right_layout.addLayout(export_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 1000])
        self.message = QLabel(self)
        self.message.setObjectName("sessions_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.loadFailed.connect(self.message.setText)
        self.new_button.clicked.connect(lambda: self.new_session())
        self.delete_button.clicked.connect(lambda: self.delete_session())
        self.export_button.clicked.connect(self._export)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.editable and self.new_session())
        for panel in (self.form, self.agenda):
            panel.status.connect(self.message.setText)
        self.form.reloadRequested.connect(self.reload_detail)
        self.agenda.changed.connect(self._agenda_changed)
        runner.dataChanged.connect(self.reload)
        self._members = None
        self.detail: SessionDetail | None = None
        if self.model.rowCount():
            self.select_session(self.model.session(0).id)
        self._selection_changed()

    # ------------------------------------------------------------------ selection and reading
    def current(self) -> SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.session(rows[0].row()) if rows else None

    def select_session(self, session_id: int) -> bool:
        row = self.model.row_of(session_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _roster(self):
        if self._members is None:
            with self.db.read() as s:
                self._members = rosters.committee(s, self.actor)
        return self._members

    def reload_detail(self) -> None:
        """Re-read the selected session (the form keeps unsaved changes)."""
        row = self.current()
        detail = None
        if row is not None:
            try:
                with self.db.read() as s:
                    detail = sessions.session_detail(s, self.actor, row.id)
                members = self._roster()
            except Exception as exc:  # noqa: BLE001 - one sentence, the tab stays usable
                self.message.setText(describe(exc, "session detail"))
                detail, members = None, None
        else:
            members = None
        self.detail = detail
        self.form.load(detail, members)
        self.agenda.set_detail(detail)
        self.delete_button.setEnabled(detail is not None)
        self.export_button.setEnabled(detail is not None)

    def _selection_changed(self) -> None:
        row = self.current()
        if self.detail is not None and (row is None or row.id != self.detail.row.id) and self.form.is_dirty():
            self.message.setText(self.tr("Se descartaron los cambios sin guardar de la sesión del %1.")
                                 .replace("%1", long_date(self.detail.row.held_on)))
            self.form.load(None)
        self.reload_detail()

    def reload(self) -> None:
        """After a change here or on another workstation: the list, the roster, the selection."""
        self._members = None
        self.model.refresh()
        if self.current() is None and self.model.rowCount():
            self.select_session(self.model.session(0).id)
        else:
            self.reload_detail()

    def _agenda_changed(self, seen_version: int, detail: SessionDetail) -> None:
        self.detail = detail
        self.form.agenda_changed(seen_version, detail)
        self.form.load(detail)

    # ------------------------------------------------------------------ commands
    def _export(self) -> None:
        if self.detail is not None:
            self.exportPacketRequested.emit(self.detail.row.held_on)

    def new_session(self):
        from ui.views.session_dialogs import NewSessionDialog

        if not self.editable:
            return None
        newest = self.model.session(0)
        held_on = newest.held_on + timedelta(days=7) if newest else date.today()
        dialog = NewSessionDialog(self.db, self.actor, self.runner, self, held_on=held_on,
                                  place=newest.place if newest else "", previous=newest.held_on if newest else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(detail: SessionDetail) -> None:
            self.model.refresh()
            self.select_session(detail.row.id)
            self.message.setText(self.tr("Se creó la sesión del %1.").replace("%1", long_date(detail.row.held_on)))

        dialog.saved.connect(saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_session(self, *, confirm: bool = True):
        detail = self.detail
        if detail is None or not self.editable:
            return None
        when = long_date(detail.row.held_on)
        if confirm and QMessageBox.question(
                self, self.tr("Eliminar sesión"),
                self.tr("¿Eliminar la sesión del %1 con sus %2 puntos del orden del día y su lista de asistentes? "
                        "No se puede deshacer.").replace("%1", when).replace("%2", str(len(detail.agenda)))
        ) != QMessageBox.StandardButton.Yes:
            return None
        db, actor, sid, version = self.db, self.actor, detail.row.id, detail.row.version_id

        def work(_progress):
            with db.write() as s:
                return sessions.delete_session(s, actor, sid, expected_version=version)

        return self.runner.submit(
            work, title=self.tr("Eliminando la sesión"), parent_widget=self,
            on_done=lambda _r: self.message.setText(self.tr("Se eliminó la sesión del %1.").replace("%1", when)),
            on_error=lambda exc: self.message.setText(describe(exc, "delete session")))


def install_sessions_tab(main_window, tab_widget, db, actor, runner) -> SessionsTab:
    """Add the "Sesiones" tab to ``tab_widget`` (``main_window`` is its parent window)."""
    tab = SessionsTab(db, actor, runner, tab_widget)
    tab_widget.addTab(tab, QCoreApplication.translate("SessionsTab", "Sesiones"))
    return tab
