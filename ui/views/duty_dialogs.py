"""The two small dialogs of the worklist: waive a duty with a reason, and record a legal review's
outcome. Both save through the task runner; a refusal (a conflict, a missing reason) shows its
sentence under the form and keeps what the user typed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import duties
from secretariat.services.duties import OUTCOMES, DutyRow
from ui.views.dialog_parts import SavingDialog, error_label, save_cancel_buttons
from ui.work_labels import duty_kind_label, outcome_label


class _DutyDialog(SavingDialog, QDialog):
    """Common frame: heading naming the duty and its petition, a form, an error line, buttons."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, duty: DutyRow, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self._db, self._actor, self.runner, self.duty = db, actor, runner, duty
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        heading = QLabel(f"<b>{_esc(duty_kind_label(duty.kind))}</b><br>{_esc(duty.petition_title)}", self)
        heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _note_edit(self, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        return edit

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class WaiveDialog(_DutyDialog):
    """Close a duty without doing it: the reason is required (the service refuses a blank one)."""

    def __init__(self, db, actor, runner, duty: DutyRow, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, runner, duty, parent, self.tr("Dispensar deber"))
        self.reason = self._note_edit(self.tr("Por qué ya no hace falta cumplir este deber"))
        self.form.addRow(self.tr("Motivo:"), self.reason)

    def save(self) -> None:
        db, actor, duty = self._db, self._actor, self.duty
        reason = self.reason.toPlainText().strip()
        if not reason:
            self._say(self.tr("Escriba el motivo para dispensar el deber."))
            self.reason.setFocus()
            return

        def work(_progress):
            with db.write() as s:
                return duties.waive(s, actor, duty.id, reason, expected_version=duty.version)

        self._submit(work, self.tr("Dispensando el deber"))


class OutcomeDialog(_DutyDialog):
    """A legal review's outcome: viable, needs reformulation or not viable, and a note."""

    def __init__(self, db, actor, runner, duty: DutyRow, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, runner, duty, parent, self.tr("Resultado de la revisión jurídica"))
        self.radios: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for code in OUTCOMES:
            radio = QRadioButton(outcome_label(code), self)
            group.addButton(radio)
            self.radios[code] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.radios[duty.outcome or OUTCOMES[0]].setChecked(True)
        self.note = self._note_edit(self.tr("Fundamento del resultado (opcional)"))
        self.form.addRow(self.tr("Resultado:"), row)
        self.form.addRow(self.tr("Nota:"), self.note)

    def outcome(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def choose(self, outcome: str) -> None:
        self.radios[outcome].setChecked(True)

    def save(self) -> None:
        db, actor, duty = self._db, self._actor, self.duty
        outcome, note = self.outcome(), self.note.toPlainText().strip()

        def work(_progress):
            with db.write() as s:
                return duties.complete_legal_review(s, actor, duty.id, outcome, note,
                                                    expected_version=duty.version)

        self._submit(work, self.tr("Guardando el resultado de la revisión"))


def _esc(text: str) -> str:
    import html

    return html.escape(text or "", quote=True)
