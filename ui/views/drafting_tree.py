"""The left side of the drafting tab: the provision tree and its commands.

"Nuevo título" adds at the first level; "Agregar dentro" a child of the selected provision (an
artículo in a título, an apartado in an artículo, a numeral in an apartado); "Agregar al mismo
nivel" a sibling right after it; "Editar" its citation and heading; Ctrl+↑ / Ctrl+↓ move it
among its siblings; "Eliminar" asks first and shows the service's sentence when the provision
cannot go (it has wording, provisions inside, or petitions). Commands an actor cannot use are
hidden (EDIT_PROVISIONS); every change goes through the runner, whose ``dataChanged`` makes the
tab re-read the tree. The expansion and the selection survive the re-read (kept by id).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import provisions
from ui.errors import describe
from ui.models.provision_tree_model import COLUMNS, ProvisionTreeModel
from ui.views.drafting_dialogs import ProvisionDialog
from ui.views.drafting_labels import child_kinds
from ui.views.drafting_parts import button_row, list_view, message_line, show_message


class ProvisionTreePanel(QWidget):
    """``currentChanged(id or None)`` when the selected provision changes (the tab may veto it by
    calling ``select_id`` back with the previous id)."""

    currentChanged = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.dialog = None
        self.pending_select: int | None = None  # a provision just added, selected after the re-read
        self._expanded: set[int] = set()
        self._selected: int | None = None
        self._known: set[int] = set()
        self._first_load = True
        self.model = ProvisionTreeModel(self)

        self.view = list_view(QTreeView(self), self.model, "provision_tree", self.tr("Disposiciones del proyecto"))
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        for i, col in enumerate(COLUMNS):
            self.view.setColumnWidth(i, col.width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Aún no hay disposiciones. Empiece con «Nuevo título» o agregue un artículo."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        self.empty.hide()

        self.add_title_button = QPushButton(self.tr("Nuevo &título…"), self)
        self.add_title_button.setToolTip(self.tr("Agregar un título (o un artículo) en el primer nivel"))
        self.add_child_button = QPushButton(self.tr("Agregar &dentro…"), self)
        self.add_child_button.setToolTip(self.tr("Agregar una disposición dentro de la seleccionada"))
        self.add_sibling_button = QPushButton(self.tr("Agregar al mismo &nivel…"), self)
        self.add_sibling_button.setToolTip(self.tr("Agregar una disposición después de la seleccionada"))
        self.edit_button = QPushButton(self.tr("&Editar…"), self)
        self.edit_button.setToolTip(self.tr("Cambiar la cita y el encabezado"))
        self.up_button = QToolButton(self)
        self.up_button.setText("↑")
        self.up_button.setToolTip(self.tr("Subir (Ctrl+↑)"))
        self.up_button.setAccessibleName(self.tr("Subir"))
        self.down_button = QToolButton(self)
        self.down_button.setText("↓")
        self.down_button.setToolTip(self.tr("Bajar (Ctrl+↓)"))
        self.down_button.setAccessibleName(self.tr("Bajar"))
        self.delete_button = QPushButton(self.tr("Eliminar…"), self)
        self.delete_button.setToolTip(self.tr("Eliminar la disposición (solo si no tiene redacción ni vínculos)"))
        self.message = message_line(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        edit = actor.can(Action.EDIT_PROVISIONS)
        self.commands = (self.add_title_button, self.add_child_button, self.add_sibling_button, self.edit_button,
                         self.up_button, self.down_button, self.delete_button)
        for widget in self.commands:
            widget.setVisible(edit)
        first = button_row((self.add_title_button, self.add_child_button, self.add_sibling_button))
        second = button_row((self.edit_button, self.up_button, self.down_button), (self.delete_button,))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)

        self.up_action = self._action(self.tr("Subir"), QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Up),
                                      lambda: self.move_current(-1))
        self.down_action = self._action(self.tr("Bajar"),
                                        QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Down),
                                        lambda: self.move_current(+1))
        self.add_title_button.clicked.connect(lambda: self.add_provision(None))
        self.add_child_button.clicked.connect(lambda: self.add_provision("child"))
        self.add_sibling_button.clicked.connect(lambda: self.add_provision("sibling"))
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.view.doubleClicked.connect(lambda _i: edit and self.edit_current())
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self._sync_buttons()

    def _action(self, text: str, keys: QKeySequence, slot) -> QAction:
        action = QAction(text, self.view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.view.addAction(action)
        return action

    # ------------------------------------------------------------------ rows and selection
    def set_rows(self, rows) -> None:
        """Show a fresh read of the tree (the selection and the expansion stay, by id)."""
        self.model.set_rows(rows)
        if self._first_load and rows:
            self._first_load = False
            self.view.expandAll()
            self._fit_citations()
        self.empty.setVisible(not rows)
        if self.pending_select is not None and self.model.provision(self.pending_select) is not None:
            target, self.pending_select = self.pending_select, None
            self.select_id(target)
        self._sync_buttons()

    def _remember(self) -> None:
        self._known = set(self.model.all_ids())
        self._expanded = {pid for pid in self._known if self.view.isExpanded(self.model.index_of(pid))}
        self._selected = self.current_id()

    def _restore(self) -> None:
        for pid in self.model.all_ids():
            if pid in self._expanded or pid not in self._known:  # new provisions open
                self.view.expand(self.model.index_of(pid))
        self._fit_citations()
        if self._selected is not None and self.model.provision(self._selected) is not None:
            self.select_id(self._selected, notify=False)
        elif self._selected is not None:
            self.currentChanged.emit(None)

    def _fit_citations(self) -> None:
        """The citation column as wide as its deepest citation needs (within reason)."""
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, max(COLUMNS[0].width, min(self.view.columnWidth(0) + 8, 240)))

    def current_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows(0)
        row = self.model.provision(rows[0]) if rows else None
        return row.id if row is not None else None

    def current(self):
        pid = self.current_id()
        return self.model.provision(pid) if pid is not None else None

    def select_id(self, provision_id: int | None, *, notify: bool = True) -> bool:
        """Select (and reveal) a provision; ``notify`` False does not emit ``currentChanged``."""
        index = self.model.index_of(provision_id) if provision_id is not None else QModelIndex()
        sel = self.view.selectionModel()
        if not notify:
            sel.blockSignals(True)
        try:
            if not index.isValid():
                sel.clear()
            else:
                parent = index.parent()
                while parent.isValid():
                    self.view.expand(parent)
                    parent = parent.parent()
                sel.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
        finally:
            if not notify:
                sel.blockSignals(False)
                self.view.viewport().update()
        self._sync_buttons()
        return index.isValid()

    def _selection_changed(self) -> None:
        self._sync_buttons()
        self.currentChanged.emit(self.current_id())

    def _sync_buttons(self) -> None:
        row = self.current()
        siblings = self.model.siblings_of(row.id) if row is not None else []
        self.add_child_button.setEnabled(row is not None and bool(child_kinds(row.kind)))
        self.add_sibling_button.setEnabled(row is not None)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.up_button.setEnabled(row is not None and siblings.index(row.id) > 0)
        self.down_button.setEnabled(row is not None and siblings.index(row.id) < len(siblings) - 1)
        self.up_action.setEnabled(self.up_button.isEnabled())
        self.down_action.setEnabled(self.down_button.isEnabled())

    def show_message(self, text: str) -> None:
        show_message(self.message, text)

    # ------------------------------------------------------------------ commands
    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_provision(self, where: str | None):
        """``where``: None (first level), "child" or "sibling" of the selected provision."""
        if not self.actor.can(Action.EDIT_PROVISIONS):
            return None
        row = self.current()
        if where is None:
            dialog = ProvisionDialog(self.db, self.actor, self.runner, self, kind="titulo")
        elif row is None:
            return None
        elif where == "child":
            if not child_kinds(row.kind):
                return None
            dialog = ProvisionDialog(self.db, self.actor, self.runner, self, parent_row=row)
        else:
            parent = self.model.provision(row.parent_id) if row.parent_id is not None else None
            dialog = ProvisionDialog(self.db, self.actor, self.runner, self, parent_row=parent,
                                     position=row.position + 1, kind=row.kind)
        dialog.saved.connect(self._added)
        return self._open(dialog)

    def _added(self, row) -> None:
        self.pending_select = row.id
        self.show_message(self.tr("Se agregó %1.").replace("%1", row.citation))

    def edit_current(self):
        row = self.current()
        if row is None or not self.actor.can(Action.EDIT_PROVISIONS):
            return None
        dialog = ProvisionDialog(self.db, self.actor, self.runner, self, row=row)
        dialog.saved.connect(lambda r: self.show_message(self.tr("Se guardó %1.").replace("%1", r.citation)))
        return self._open(dialog)

    def move_current(self, delta: int):
        row = self.current()
        if row is None or not self.actor.can(Action.EDIT_PROVISIONS):
            return None
        siblings = self.model.siblings_of(row.id)
        at = siblings.index(row.id) + delta
        if not 0 <= at < len(siblings):
            return None
        db, actor = self.db, self.actor

        def work(_progress):
            with db.write() as s:
                return provisions.move_provision(s, actor, row.id, parent_id=row.parent_id, position=at,
                                                 expected_version=row.version_id)

        self.pending_select = row.id
        return self.runner.submit(work, title=self.tr("Moviendo la disposición"),
                                  on_done=lambda _r: self.show_message(""),
                                  on_error=lambda exc: self.show_message(describe(exc, "move provision")),
                                  parent_widget=self)

    def delete_current(self, *, confirm: bool = True):
        row = self.current()
        if row is None or not self.actor.can(Action.EDIT_PROVISIONS):
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Eliminar disposición"),
                self.tr("¿Eliminar %1 del proyecto? Esta acción no se puede deshacer.").replace("%1", row.citation)
        ) != QMessageBox.StandardButton.Yes:
            return None
        db, actor = self.db, self.actor

        def work(_progress):
            with db.write() as s:
                return provisions.delete_provision(s, actor, row.id)

        return self.runner.submit(
            work, title=self.tr("Eliminando la disposición"),
            on_done=lambda _r: self.show_message(self.tr("Se eliminó %1.").replace("%1", row.citation)),
            on_error=lambda exc: self.show_message(describe(exc, "delete provision")), parent_widget=self)
