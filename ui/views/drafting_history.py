"""A provision's version history and the redline between versions.

Select one version to see what it changed against the current wording (the current one against
the version before it); select two (Ctrl+clic) to compare them, oldest first. Versions never
change, so each comparison is computed once (in the worker) and kept.

"Restaurar esta versión…" brings an old text back as a NEW version (``restoreRequested``: the tab
asks first and the editor saves, with its base, so a conflict is caught). "Proponer al grupo
redactor" and "Marcar como final" act on the current version; the second is the counsel's alone
and is hidden from everyone else.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import wording
from ui.errors import describe
from ui.models.versions_model import COLUMN_INDEX, VersionsModel
from ui.views.drafting_labels import version_name
from ui.views.drafting_parts import bold_label, button_row, list_view, message_line, show_message
from ui.views.redline_view import RedlineView


class VersionHistory(QWidget):
    """``restoreRequested(VersionRow)``: the user asked to bring that version back."""

    restoreRequested = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.provision = None
        self._cache: dict[tuple[int, int], tuple] = {}
        self.comparing: tuple[int, int] | None = None  # (old id, new id) shown or on its way
        self.model = VersionsModel(self)

        self.table = list_view(QTableView(self), self.model, "versions_table", self.tr("Versiones de la redacción"),
                               mode=QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        for key, width in (("number", 56), ("status", 120), ("author", 150), ("created_at", 130)):
            self.table.setColumnWidth(COLUMN_INDEX[key], width)
        header.setSectionResizeMode(COLUMN_INDEX["note"], QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr("Ctrl+clic: comparar dos versiones"), self)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        self.restore_button = QPushButton(self.tr("&Restaurar esta versión…"), self)
        self.restore_button.setToolTip(self.tr("Guardar el texto de esta versión como una versión nueva"))
        self.propose_button = QPushButton(self.tr("&Proponer al grupo redactor"), self)
        self.propose_button.setToolTip(self.tr("Marcar la versión vigente como propuesta al grupo redactor"))
        self.final_button = QPushButton(self.tr("Marcar como &final"), self)
        self.final_button.setToolTip(self.tr("La versión vigente es la que irá a la Asamblea (solo la Consejería)"))
        self.restore_button.setVisible(actor.can(Action.WRITE_WORDING))
        self.propose_button.setVisible(actor.can(Action.WRITE_WORDING))
        self.final_button.setVisible(actor.can(Action.FINALIZE_WORDING))
        self.message = message_line(self)

        self.caption = bold_label(self)
        self.caption.setObjectName("redline_caption")
        self.redline = RedlineView(self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(button_row((self.restore_button, self.propose_button, self.final_button)))
        top_layout.addWidget(self.message)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.setSpacing(2)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption)
        caption_row.addStretch(1)
        caption_row.addWidget(self.hint)
        bottom_layout.addLayout(caption_row)
        bottom_layout.addWidget(self.redline, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.restore_button.clicked.connect(lambda: self.request_restore())
        self.propose_button.clicked.connect(lambda: self.propose_current())
        self.final_button.clicked.connect(lambda: self.finalize_current())
        self.set_provision(None, [])

    # ------------------------------------------------------------------ rows
    def set_provision(self, row, versions) -> None:
        """Show a provision's versions (newest first); a re-read of the same one keeps the selection."""
        same = row is not None and self.provision is not None and row.id == self.provision.id
        self.provision = row
        if not same:
            self.model.set_rows([])
            self.message.hide()
        self.model.set_rows(versions)
        if not same and versions:
            self.select_numbers([versions[0].number])
        self._selection_changed()

    def selected(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return sorted((self.model.version(r) for r in rows), key=lambda v: v.number)

    def select_numbers(self, numbers) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for i, v in enumerate(self.model.rows()):
            if v.number in numbers:
                sel.select(self.model.index(i, 0), flags)
                sel.setCurrentIndex(self.model.index(i, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _pair(self):
        """(old, new) VersionRows to compare, or a sentence saying why there is none."""
        chosen, current = self.selected(), self.model.current()
        if self.provision is None:
            return self.tr("Elija una disposición en el índice.")
        if current is None:
            return self.tr("Esta disposición aún no tiene redacción guardada.")
        if len(chosen) == 2:
            return chosen[0], chosen[1]
        if len(chosen) > 2:
            return self.tr("Elija solo dos versiones para compararlas.")
        if not chosen:
            return self.tr("Elija una versión para ver qué cambió; dos (con Ctrl) para compararlas.")
        one = chosen[0]
        if one.id != current.id:
            return one, current
        previous = next((v for v in self.model.rows() if v.number < one.number), None)
        if previous is None:
            return self.tr("La %1 es la primera; no hay una anterior con qué compararla.").replace(
                "%1", version_name(one.number))
        return previous, one

    def _selection_changed(self) -> None:
        chosen, current = self.selected(), self.model.current()
        one = chosen[0] if len(chosen) == 1 else None
        self.restore_button.setEnabled(one is not None and current is not None and one.id != current.id)
        self.propose_button.setEnabled(current is not None and current.status == "draft")
        self.final_button.setEnabled(current is not None and current.status != "final")
        pair = self._pair()
        if isinstance(pair, str):
            self.comparing = None
            self.caption.setText(self.tr("Cambios"))
            self.redline.set_message(pair)
            return
        old, new = pair
        label = self.tr("Cambios de la %1 a la %2").replace("%1", version_name(old.number)).replace(
            "%2", version_name(new.number))
        if current is not None and new.id == current.id:
            label += " " + self.tr("(vigente)")
        self.caption.setText(label)
        self.compare(old.id, new.id)

    def compare(self, old_id: int, new_id: int) -> None:
        """Show the redline between two versions (from the cache, or read in the worker)."""
        if self.comparing == (old_id, new_id):
            return  # already shown, or on its way
        self.comparing = (old_id, new_id)
        if (old_id, new_id) in self._cache:
            self.redline.set_segments(self._cache[(old_id, new_id)])
            return
        self.redline.set_message(self.tr("Comparando…"))
        db, actor = self.db, self.actor

        def work(_progress):
            with db.read() as s:
                return wording.compare(s, actor, old_id, new_id)

        def done(segments) -> None:
            self._cache[(old_id, new_id)] = segments
            if self.comparing == (old_id, new_id):
                self.redline.set_segments(segments)

        def failed(exc) -> None:
            if self.comparing == (old_id, new_id):
                self.comparing = None
                self.redline.set_message(describe(exc, "compare versions"))

        self.runner.submit(work, title=self.tr("Comparando versiones"), on_done=done, on_error=failed,
                           mutates=False, parent_widget=self, show_progress=False)

    # ------------------------------------------------------------------ commands
    def _show_message(self, text: str) -> None:
        show_message(self.message, text)

    def request_restore(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1 and self.actor.can(Action.WRITE_WORDING):
            self.restoreRequested.emit(chosen[0])

    def _advance(self, call, title: str, done_text: str):
        current = self.model.current()
        if current is None:
            return None
        db, actor, vid = self.db, self.actor, current.id

        def work(_progress):
            with db.write() as s:
                return call(s, actor, vid)

        return self.runner.submit(
            work, title=title,
            on_done=lambda row: self._show_message(done_text.replace("%1", version_name(row.number))),
            on_error=lambda exc: self._show_message(describe(exc, title)), parent_widget=self)

    def propose_current(self):
        if not self.actor.can(Action.WRITE_WORDING):
            return None
        return self._advance(wording.propose_version, self.tr("Proponiendo al grupo redactor"),
                             self.tr("La %1 quedó propuesta al grupo redactor."))

    def finalize_current(self, *, confirm: bool = True):
        current = self.model.current()
        if current is None or not self.actor.can(Action.FINALIZE_WORDING):
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Marcar como final"),
                self.tr("¿Marcar la %1 de %2 como la redacción final para la Asamblea? Su estado ya no podrá "
                        "cambiar.").replace("%1", version_name(current.number))
                .replace("%2", self.provision.citation if self.provision else "")
        ) != QMessageBox.StandardButton.Yes:
            return None
        return self._advance(wording.finalize_version, self.tr("Marcando la versión como final"),
                             self.tr("La %1 quedó como final para la Asamblea."))
