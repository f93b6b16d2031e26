"""The petitions that feed the selected provision: "Alimentada por 3 peticiones, 85,000 firmas en
total", the list (petition, petitioners, signatures, tier, what it contributed) and the commands:
link a petition (searched by URL, title or petitioner), edit what it contributed, remove the
link (asks first), and show the petition in the register. EDIT_PROVISIONS edits; everyone reads.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import provisions
from ui.errors import describe
from ui.models.provision_links_model import ProvisionLinksModel
from ui.views.drafting_dialogs import ContributionDialog, PetitionPickerDialog
from ui.views.drafting_labels import fed_by_text
from ui.views.drafting_parts import bold_label, button_row, list_view, message_line, show_message


class LinksPanel(QWidget):
    """``petitionRequested(petition_id)``: show that petition in the register."""

    petitionRequested = Signal(int)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.provision = None
        self.dialog = None
        self.model = ProvisionLinksModel(self)

        self.summary = bold_label(self)
        self.summary.setObjectName("links_summary")
        self.table = list_view(QTableView(self), self.model, "links_table",
                               self.tr("Peticiones que alimentan la disposición"))
        header = self.table.horizontalHeader()
        for col, width in ((0, 260), (1, 170), (2, 80), (3, 150)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

        self.link_button = QPushButton(self.tr("&Vincular petición…"), self)
        self.link_button.setToolTip(self.tr("Buscar una petición por enlace, título o peticionario"))
        self.contribution_button = QPushButton(self.tr("Editar a&portación…"), self)
        self.unlink_button = QPushButton(self.tr("&Quitar vínculo…"), self)
        self.show_button = QPushButton(self.tr("Ver la pe&tición"), self)
        self.show_button.setToolTip(self.tr("Mostrar la petición en el registro"))
        edit = actor.can(Action.EDIT_PROVISIONS)
        for button in (self.link_button, self.contribution_button, self.unlink_button):
            button.setVisible(edit)
        self.message = message_line(self)

        buttons = button_row((self.link_button, self.contribution_button, self.unlink_button), (self.show_button,))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.table.doubleClicked.connect(lambda _i: self._show_current())
        self.link_button.clicked.connect(lambda: self.link_petition())
        self.contribution_button.clicked.connect(lambda: self.edit_contribution())
        self.unlink_button.clicked.connect(lambda: self.unlink_current())
        self.show_button.clicked.connect(lambda: self._show_current())
        self.set_provision(None, [])

    def set_provision(self, row, links) -> None:
        same = row is not None and self.provision is not None and row.id == self.provision.id
        self.provision = row
        if not same:
            self.model.set_rows([])
            self.message.hide()
        self.model.set_rows(links)
        petitions, signatures = self.model.totals()
        self.summary.setText(fed_by_text(petitions, signatures) if row is not None else "")
        self._sync_buttons()

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_petition(self, petition_id: int) -> None:
        row = self.model.row_of(petition_id)
        if row >= 0:
            self.table.selectRow(row)

    def _sync_buttons(self) -> None:
        one = self.current()
        self.link_button.setEnabled(self.provision is not None)
        for button in (self.contribution_button, self.unlink_button, self.show_button):
            button.setEnabled(one is not None)

    def _show_current(self) -> None:
        one = self.current()
        if one is not None:
            self.petitionRequested.emit(one.petition_id)

    def _show_message(self, text: str) -> None:
        show_message(self.message, text)

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ commands
    def link_petition(self):
        if self.provision is None or not self.actor.can(Action.EDIT_PROVISIONS):
            return None
        linked = [r.petition_id for r in self.model.rows()]
        dialog = PetitionPickerDialog(self.db, self.actor, self.runner, self.provision, linked, self)
        dialog.saved.connect(lambda link: self._show_message(
            self.tr("«%1» ahora alimenta %2.").replace("%1", link.title).replace("%2", self.provision.citation)))
        return self._open(dialog)

    def edit_contribution(self):
        one = self.current()
        if one is None or self.provision is None or not self.actor.can(Action.EDIT_PROVISIONS):
            return None
        return self._open(ContributionDialog(self.db, self.actor, self.runner, self.provision, one, self))

    def unlink_current(self, *, confirm: bool = True):
        one, prov = self.current(), self.provision
        if one is None or prov is None or not self.actor.can(Action.EDIT_PROVISIONS):
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Quitar vínculo"),
                self.tr("¿«%1» deja de alimentar %2? La petición no se borra; solo el vínculo.")
                .replace("%1", one.title).replace("%2", prov.citation)
        ) != QMessageBox.StandardButton.Yes:
            return None
        db, actor = self.db, self.actor

        def work(_progress):
            with db.write() as s:
                return provisions.unlink_petition(s, actor, one.petition_id, prov.id)

        return self.runner.submit(
            work, title=self.tr("Quitando el vínculo"),
            on_done=lambda _r: self._show_message(self.tr("Se quitó el vínculo con «%1».").replace("%1", one.title)),
            on_error=lambda exc: self._show_message(describe(exc, "unlink petition")), parent_widget=self)
