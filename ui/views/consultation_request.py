"""The counsel's "Agregar a la consulta…": consult a petition that did not reach the hearing or
audience tiers. From a petition it names that petition; from the consultations tab it offers a
search over the petitions that are not consulted yet (most signatures first, at most 50 shown).
A note says why. Saved through the task runner; a refusal shows its one sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import consultations, petitions
from secretariat.services.petitions import PetitionQuery
from ui.errors import describe
from ui.views.dialog_parts import SavingDialog
from ui.views.dialog_parts import error_label, save_cancel_buttons

#: tiers whose petitions are not consulted unless the counsel adds them
UNCONSULTED_TIERS = ("watch", "review")
SHOWN = 50


class RequestDialog(SavingDialog, QDialog):
    """``saved(ConsultationDetail)`` once the petition was added."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None, *, petition_id: int | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("request_dialog")
        self.setWindowTitle(self.tr("Agregar a la consulta"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("La petición no llegó a audiencia, pero su peticionario también será consultado "
                               "sobre la redacción de las disposiciones que alimenta."), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Buscar por título o peticionario"))
        self.search.setClearButtonEnabled(True)
        self.petition_box = QComboBox(self)
        self.petition_box.setAccessibleName(self.tr("Petición"))
        self.petition_box.setMinimumContentsLength(40)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Por qué se consulta (opcional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if petition_id is None:
            form.addRow(self.tr("&Buscar:"), self.search)
            form.labelForField(self.search).setBuddy(self.search)
        else:
            self.search.hide()
        form.addRow(self.tr("&Petición:"), self.petition_box)
        form.labelForField(self.petition_box).setBuddy(self.petition_box)
        form.addRow(self.tr("&Nota:"), self.note)
        form.labelForField(self.note).setBuddy(self.note)
        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self)
        self._save_button().setText(self.tr("Agregar"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        if petition_id is None:
            self.find()
        else:
            self._show_one(petition_id)

    def _show_one(self, petition_id: int) -> None:
        try:
            with self.db.read() as s:
                rows = petitions.petition_rows(s, self.actor, [petition_id])
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc, "request petition"))
            rows = []
        self._fill(rows)
        self.petition_box.setEnabled(False)

    def find(self) -> None:
        """Offer the unconsulted petitions that match the search (most signatures first)."""
        self._timer.stop()
        query = PetitionQuery(tiers=UNCONSULTED_TIERS, search=self.search.text().strip())
        ids: list[int] = []
        try:
            with self.db.read() as s:
                consulted = {r.petition_id for r in consultations.list_consultations(s, self.actor)}
                ids = [i for i in petitions.petition_ids(s, self.actor, query) if i not in consulted][:SHOWN]
                rows = petitions.petition_rows(s, self.actor, ids)
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc, "request search"))
            rows = []
        order = {pid: n for n, pid in enumerate(ids)}
        self._fill(sorted(rows, key=lambda r: order.get(r.id, 0)))

    def _fill(self, rows) -> None:
        loc = QLocale()
        self.petition_box.clear()
        for r in rows:
            self.petition_box.addItem(
                self.tr("%1 — %2 firmas").replace("%1", r.title).replace("%2", loc.toString(r.signatures)), r.id)
        if not rows:
            self.petition_box.addItem(self.tr("Ninguna petición coincide"), None)
        self._save_button().setEnabled(bool(rows))

    def choose(self, petition_id: int) -> bool:
        index = self.petition_box.findData(petition_id)
        if index >= 0:
            self.petition_box.setCurrentIndex(index)
        return index >= 0

    def save(self):
        pid = self.petition_box.currentData()
        if pid is None:
            self._say(self.tr("Elija la petición que se agregará a la consulta."))
            return None
        db, actor, note = self.db, self.actor, self.note.toPlainText()

        def work(_progress):
            with db.write() as s:
                return consultations.request_consultation(s, actor, pid, note)

        return self._submit(work, self.tr("Agregando a la consulta"))
