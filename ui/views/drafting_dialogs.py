"""The drafting tab's small dialogs: a provision's citation and heading, a link's contribution,
and the petition picker that links a petition to a provision.

Each one saves through the runner in ONE task; a refusal (a citation already used, a provision
that cannot go there, someone else's edit) shows its sentence under the form and keeps what was
typed. ``saved(result)`` is emitted with the service's return value, then the dialog closes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import NotFound
from secretariat.services import petitions, provisions
from secretariat.services.petitions import PetitionQuery
from ui.errors import describe
from ui.models.provision_links_model import PetitionPickModel
from ui.views.dialog_parts import error_label, save_cancel_buttons
from ui.views.drafting_labels import child_kinds, kind_label
from ui.views.drafting_parts import list_view

#: how many search results the picker shows (the register may hold 100,000 petitions)
PICK_LIMIT = 50
SEARCH_DELAY_MS = 250


class TaskFormDialog(QDialog):
    """A heading, a form, the error line and Guardar/Cancelar; ``_submit(work)`` saves."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None, *, title: str, heading: str) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.heading = QLabel(heading, self)
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.heading)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _refuse(self, sentence: str, focus: QWidget | None = None) -> None:
        self.error.setText(sentence)
        self.error.show()
        if focus is not None:
            focus.setFocus()

    def _submit(self, work, title: str) -> None:
        self.error.hide()
        self.save_button().setEnabled(False)
        self._runner.submit(work, title=title, on_done=self._done, on_error=self._failed, parent_widget=self)

    def _done(self, result) -> None:
        self.save_button().setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button().setEnabled(True)
        self._refuse(describe(exc, self.windowTitle()))

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


def _bold(text: str) -> str:
    return f"<b>{html.escape(text)}</b>"


class ProvisionDialog(TaskFormDialog):
    """Add a provision (``row`` None: inside ``parent_row`` or at the root, at ``position``) or
    edit one's citation and heading."""

    def __init__(self, db, actor, runner, parent: QWidget | None = None, *, row=None, parent_row=None,
                 position: int | None = None, kind: str | None = None) -> None:
        self.row, self.parent_row, self.position = row, parent_row, position
        if row is not None:
            title = self.tr("Editar disposición")
            heading = self.tr("%1 %2").replace("%1", kind_label(row.kind)).replace("%2", _bold(row.citation))
        elif parent_row is not None:
            title = self.tr("Nueva disposición")
            heading = self.tr("Dentro de %1").replace("%1", _bold(f"{parent_row.citation} {parent_row.heading}".strip()))
        else:
            title = self.tr("Nueva disposición")
            heading = self.tr("En el primer nivel del proyecto de Constitución")
        super().__init__(db, actor, runner, parent, title=title, heading=heading)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Tipo"))
        kinds = [row.kind] if row is not None else child_kinds(parent_row.kind if parent_row else None)
        for code in kinds:
            self.kind_box.addItem(kind_label(code), code)
        if kind is not None and self.kind_box.findData(kind) >= 0:
            self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        self.kind_box.setEnabled(row is None and len(kinds) > 1)
        self.citation = QLineEdit(row.citation if row else "", self)
        self.citation.setPlaceholderText(self.tr("Como la cita la oficina, p. ej. «Art. 16, A, 3»"))
        self.citation.setMaxLength(80)
        self.heading_edit = QLineEdit(row.heading if row else "", self)
        self.heading_edit.setPlaceholderText(self.tr("p. ej. «Derecho al agua y al saneamiento»"))
        self.heading_edit.setMaxLength(300)
        self.form.addRow(self.tr("&Tipo:"), self.kind_box)
        self.form.addRow(self.tr("&Cita:"), self.citation)
        self.form.addRow(self.tr("&Encabezado:"), self.heading_edit)
        if row is None and parent_row is not None:
            self.citation.setText(parent_row.citation + ", ")  # the adviser types what follows
        self.citation.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        # the line edit selects all on getting focus: put the cursor after the parent's citation
        QTimer.singleShot(0, self.citation, lambda: (self.citation.deselect(), self.citation.end(False)))

    def kind(self) -> str:
        return self.kind_box.currentData()

    def save(self) -> None:
        db, actor = self._db, self._actor
        citation, heading = self.citation.text(), self.heading_edit.text()
        if not citation.strip():
            self._refuse(self.tr("Escriba la cita de la disposición, p. ej. «Art. 16, A, 3»."), self.citation)
            return
        if self.row is not None:
            row = self.row

            def work(_progress):
                with db.write() as s:
                    return provisions.update_provision(s, actor, row.id, citation=citation, heading=heading,
                                                       expected_version=row.version_id)
            self._submit(work, self.tr("Guardando la disposición"))
            return
        kind, parent_id = self.kind(), (self.parent_row.id if self.parent_row else None)
        position = self.position

        def add(_progress):
            with db.write() as s:
                return provisions.add_provision(s, actor, kind, citation, heading, parent_id=parent_id,
                                                position=position)
        self._submit(add, self.tr("Agregando la disposición"))


def _note_edit(parent: QWidget, text: str, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(parent.fontMetrics().lineSpacing() * 4 + 12)
    return edit


class ContributionDialog(TaskFormDialog):
    """What a linked petition brought to the provision."""

    def __init__(self, db, actor, runner, provision_row, link, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, runner, parent, title=self.tr("Aportación de la petición"),
                         heading=f"{_bold(link.title)}<br>{html.escape(provision_row.citation)}")
        self.provision_row, self.link = provision_row, link
        self.contribution = _note_edit(self, link.contribution,
                                       self.tr("Qué idea o qué palabras de la petición recoge esta disposición"))
        self.form.addRow(self.tr("&Aportación:"), self.contribution)

    def save(self) -> None:
        db, actor = self._db, self._actor
        pid, prov, text = self.link.petition_id, self.provision_row.id, self.contribution.toPlainText()

        def work(_progress):
            with db.write() as s:
                return provisions.set_contribution(s, actor, pid, prov, text)
        self._submit(work, self.tr("Guardando la aportación"))


def _search(session, actor, term: str):
    """Petitions matching ``term``: a URL finds its petition; words search titles and petitioners."""
    term = term.strip()
    if term.lower().startswith(("http://", "https://", "www.", "change.org")):
        try:
            found = petitions.petition_id_by_url(session, term)
        except NotFound:
            found = None  # not a known URL: search its words instead
        if found is not None:
            return petitions.petition_rows(session, actor, [found]), 1
    ids = petitions.petition_ids(session, actor, PetitionQuery(search=term))
    return petitions.petition_rows(session, actor, ids[:PICK_LIMIT]), len(ids)


class PetitionPickerDialog(TaskFormDialog):
    """Find a petition by URL, title or petitioner and link it to the provision."""

    def __init__(self, db, actor, runner, provision_row, linked_ids, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, runner, parent, title=self.tr("Vincular una petición"),
                         heading=self.tr("¿Qué petición alimenta %1?").replace(
                             "%1", _bold(f"{provision_row.citation} {provision_row.heading}".strip())))
        self.setMinimumWidth(820)
        self.provision_row = provision_row
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Enlace de Change.org, palabras del título o un peticionario"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = PetitionPickModel(self)
        self.model.set_linked(linked_ids)
        self.table = list_view(QTableView(self), self.model, "petition_pick_table", self.tr("Peticiones encontradas"))
        self.table.setMinimumHeight(220)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 170), (2, 70), (3, 220)):
            self.table.setColumnWidth(col, width)
        self.found = QLabel(self)
        self.contribution = _note_edit(self, "", self.tr("Qué aporta la petición a esta disposición (opcional)"))
        self.form.addRow(self.tr("&Buscar:"), self.search_edit)
        self.form.addRow(self.table)
        self.form.addRow("", self.found)
        self.form.addRow(self.tr("&Aportación:"), self.contribution)
        self.save_button().setText(self.tr("Vincular"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.table.doubleClicked.connect(lambda _i: self.save())
        self.searching = 0  # searches under way (tests wait for 0)
        self.search()

    def search(self, term: str | None = None) -> None:
        """Run the search now (the box waits a moment after each keystroke)."""
        if term is not None:
            self.search_edit.blockSignals(True)
            self.search_edit.setText(term)
            self.search_edit.blockSignals(False)
        self._timer.stop()
        db, actor, text = self._db, self._actor, self.search_edit.text()
        self.searching += 1

        def work(_progress):
            with db.read() as s:
                return _search(s, actor, text)

        def done(result) -> None:
            self.searching -= 1
            if text != self.search_edit.text():
                return  # a newer search is on its way
            rows, total = result
            self.model.set_rows(rows)
            if total > len(rows):
                self.found.setText(self.tr("Se muestran %1 de %2; escriba más para acotar.")
                                   .replace("%1", str(len(rows))).replace("%2", str(total)))
            else:
                self.found.setText(self.tr("Ninguna petición coincide.") if not rows else "")
            first = next((i for i, r in enumerate(rows) if r.id not in self.model.linked), None)
            if first is not None:
                self.table.selectRow(first)

        def failed(exc) -> None:
            self.searching -= 1
            self._refuse(describe(exc, "petition search"))

        self._runner.submit(work, title=self.tr("Buscando peticiones"), on_done=done, on_error=failed,
                            mutates=False, parent_widget=self, show_progress=False)

    def chosen(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def choose(self, petition_id: int) -> bool:
        row = self.model.row_of(petition_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return self.chosen() is not None and self.chosen().id == petition_id

    def save(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self._refuse(self.tr("Elija en la lista la petición que alimenta esta disposición."), self.search_edit)
            return
        db, actor = self._db, self._actor
        pid, prov, text = chosen.id, self.provision_row.id, self.contribution.toPlainText()

        def work(_progress):
            with db.write() as s:
                return provisions.link_petition(s, actor, pid, prov, text)
        self._submit(work, self.tr("Vinculando la petición"))
