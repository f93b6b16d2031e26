"""The counsel records what the constituent assembly did with a provision: kept as drafted,
amended (with the assembly's text, shown live as a redline against ours) or removed.

``AssemblyDialog(db, actor, runner, choices, parent, provision_id=None)``: ``choices`` is a list
of ``(provision_id, citation)`` (one: no chooser). It shows our wording the assembly voted on (the
current version, which must be final; the service says so otherwise), and an outcome already on
record is loaded to be replaced (its version guards against a concurrent change).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import assembly, wording
from ui.errors import describe
from ui.views.consultation_labels import FATES, fate_label, version_text
from ui.views.consultation_parts import radio_choice
from ui.views.dialog_parts import SavingDialog
from ui.views.dialog_parts import error_label, save_cancel_buttons
from ui.views.redline_view import RedlineView


class AssemblyDialog(SavingDialog, QDialog):
    """``saved(AssemblyRow)`` once recorded."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, choices, parent: QWidget | None = None, *,
                 provision_id: int | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("assembly_dialog")
        self.setWindowTitle(self.tr("Resolución de la Asamblea Constituyente"))
        self.resize(720, 640)
        self.our_text = ""
        self.existing = None

        self.provision_box = QComboBox(self)
        self.provision_box.setAccessibleName(self.tr("Disposición"))
        for pid, citation in choices:
            self.provision_box.addItem(citation, pid)
        self.provision_box.setEnabled(len(choices) > 1)
        self.ours = QTextBrowser(self)
        self.ours.setObjectName("assembly_ours")
        self.ours.setAccessibleName(self.tr("Nuestra redacción"))
        self.ours.setMaximumHeight(120)
        self.ours_caption = QLabel(self)
        fates = QVBoxLayout()
        self.radios = radio_choice(self, FATES, fate_label, fates)
        self.radios["kept"].setChecked(True)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Fecha de la resolución"))
        self.assembly_text = QPlainTextEdit(self)
        self.assembly_text.setObjectName("assembly_text")
        self.assembly_text.setTabChangesFocus(True)
        self.assembly_text.setPlaceholderText(self.tr("El texto que aprobó la Asamblea"))
        self.assembly_text.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.redline = RedlineView(self)
        self.redline.setMinimumHeight(110)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Opcional: la votación, el dictamen, la sesión"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Disposición:"), self.provision_box)
        form.labelForField(self.provision_box).setBuddy(self.provision_box)
        form.addRow(self.ours_caption, self.ours)
        form.addRow(self.tr("Resolución:"), fates)
        form.addRow(self.tr("&Fecha:"), self.date)
        form.labelForField(self.date).setBuddy(self.date)
        self.text_caption = QLabel(self.tr("&Texto de la Asamblea:"), self)
        self.text_caption.setBuddy(self.assembly_text)
        form.addRow(self.text_caption, self.assembly_text)
        self.redline_caption = QLabel(self.tr("Cambios frente a\nnuestra redacción:"), self)
        form.addRow(self.redline_caption, self.redline)
        form.addRow(self.tr("&Nota:"), self.note)
        form.labelForField(self.note).setBuddy(self.note)
        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for radio in self.radios.values():
            radio.toggled.connect(lambda _on: self._sync())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._update_redline)
        self.assembly_text.textChanged.connect(self._timer.start)
        self.provision_box.currentIndexChanged.connect(lambda _i: self.load())
        if provision_id is not None:
            self.choose_provision(provision_id)
        self.load()

    # ------------------------------------------------------------------ loading
    def provision_id(self) -> int | None:
        return self.provision_box.currentData()

    def choose_provision(self, provision_id: int) -> None:
        index = self.provision_box.findData(provision_id)
        if index >= 0:
            self.provision_box.setCurrentIndex(index)

    def load(self) -> None:
        """Read our current wording and the outcome on record (if any) for the chosen provision."""
        pid = self.provision_id()
        if pid is None:
            return
        try:
            with self.db.read() as s:
                current = wording.current_version(s, self.actor, pid)
                existing = next((r for r in assembly.assembly_outcomes(s, self.actor) if r.provision_id == pid), None)
        except Exception as exc:  # noqa: BLE001
            self._say(describe(exc, self.windowTitle()))
            return
        self.error.hide()
        self.our_text = current.text if current is not None else ""
        self.ours_caption.setText(self.tr("Nuestra redacción\n(%1):").replace(
            "%1", version_text(current.row.number, current.row.status) if current else version_text(None)))
        self.ours.setPlainText(self.our_text)
        self.existing = existing
        if existing is not None:
            self.radios[existing.fate].setChecked(True)
            d = existing.decided_on
            self.date.setDate(QDate(d.year, d.month, d.day))
            self.assembly_text.setPlainText(existing.assembly_text)
            self.note.setPlainText(existing.note)
        else:
            self.assembly_text.clear()
            self.note.clear()
        self._sync()

    # ------------------------------------------------------------------ form
    def fate(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def choose(self, fate: str) -> None:
        self.radios[fate].setChecked(True)

    def _sync(self) -> None:
        amended = self.fate() == "amended"
        if amended and not self.assembly_text.toPlainText().strip():
            self.assembly_text.setPlainText(self.our_text)  # start from ours: edit what changed
        for widget in (self.text_caption, self.assembly_text, self.redline_caption, self.redline):
            widget.setVisible(amended)
        self._update_redline()

    def _update_redline(self) -> None:
        self._timer.stop()
        if self.fate() == "amended":
            self.redline.set_texts(self.our_text, self.assembly_text.toPlainText())

    # ------------------------------------------------------------------ saving
    def save(self):
        pid = self.provision_id()
        if pid is None:
            return None
        fate = self.fate()
        text = self.assembly_text.toPlainText() if fate == "amended" else ""
        note = self.note.toPlainText()
        d = self.date.date()
        decided_on = date(d.year(), d.month(), d.day())
        expected = self.existing.version if self.existing is not None else None
        db, actor = self.db, self.actor

        def work(_progress):
            with db.write() as s:
                return assembly.record_fate(s, actor, pid, fate, decided_on=decided_on, assembly_text=text,
                                            note=note, expected_version=expected)

        return self._submit(work, self.tr("Registrando la resolución de la Asamblea"))
