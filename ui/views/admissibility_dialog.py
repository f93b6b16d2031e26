"""Deciding a petition's admissibility: pending, admitted, or inadmissible with a coded reason.

The decision is saved with the version of the petition the user was looking at; if someone else
saved in between, the service refuses (``ConflictError``): the dialog keeps what the user typed,
shows the sentence, and opens ``ConflictDialog`` with both decisions side by side. "Conservar la
mía" saves again over the version now in the case file; "Usar la de la otra persona" closes this
dialog without saving and emits ``superseded`` so the window shows the saved decision; "Seguir
editando" goes back to the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import ConflictError
from secretariat.models import INADMISSIBILITY_REASONS
from secretariat.services import audit, petitions
from secretariat.services.petitions import PetitionDetail
from ui.errors import describe
from ui.labels import admissibility_label, reason_label
from ui.views.conflict_dialog import KEEP_MINE, USE_THEIRS, ConflictDialog
from ui.views.dialog_parts import error_label, save_cancel_buttons

DECISIONS = ("pending", "admitted", "inadmissible")


class AdmissibilityDialog(QDialog):
    """``decided(AdmissibilityChange)`` after the decision was saved; ``superseded(PetitionDetail)``
    when the user chose the other person's decision over theirs (nothing was saved)."""

    decided = Signal(object)
    superseded = Signal(object)

    def __init__(self, db, actor, runner, detail: PetitionDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._runner = runner
        self._detail = detail
        self.conflict: ConflictDialog | None = None
        self.setWindowTitle(self.tr("Decidir admisibilidad"))
        self.setMinimumWidth(520)

        heading = QLabel(detail.title, self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.radios: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        radio_row = QHBoxLayout()
        for code in DECISIONS:
            radio = QRadioButton(admissibility_label(code), self)
            self.radios[code] = radio
            self._group.addButton(radio)
            radio_row.addWidget(radio)
        radio_row.addStretch(1)
        self.radios.get(detail.admissibility, self.radios["pending"]).setChecked(True)

        self.reason = QComboBox(self)
        for code in INADMISSIBILITY_REASONS:
            self.reason.addItem(reason_label(code), code)
        if detail.inadmissible_reason in INADMISSIBILITY_REASONS:
            self.reason.setCurrentIndex(INADMISSIBILITY_REASONS.index(detail.inadmissible_reason))
        self.duplicate_of = QLineEdit(detail.duplicate_of_url or "", self)
        self.duplicate_of.setPlaceholderText(self.tr("Enlace de la petición original en Change.org"))
        self.note = QPlainTextEdit(detail.admissibility_note, self)
        self.note.setPlaceholderText(self.tr("Fundamento o comentario (opcional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)

        self.error = error_label(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Decisión:"), radio_row)
        form.addRow(self.tr("Motivo:"), self.reason)
        form.addRow(self.tr("Duplicada de:"), self.duplicate_of)
        form.addRow(self.tr("Nota:"), self.note)

        self.buttons = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._group.buttonToggled.connect(lambda *_: self._sync())
        self.reason.currentIndexChanged.connect(lambda _i: self._sync())
        self._sync()

    # ------------------------------------------------------------------ state
    def decision(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def choose(self, decision: str, reason: str | None = None) -> None:
        self.radios[decision].setChecked(True)
        if reason is not None:
            self.reason.setCurrentIndex(INADMISSIBILITY_REASONS.index(reason))

    def _sync(self) -> None:
        inadmissible = self.decision() == "inadmissible"
        self.reason.setEnabled(inadmissible)
        self.duplicate_of.setEnabled(inadmissible and self.reason.currentData() == "duplicate")

    def _set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    def typed(self) -> dict[str, str | None]:
        """What the user chose and wrote, keyed like ``conflict_dialog.FIELDS``."""
        decision = self.decision()
        reason = self.reason.currentData() if decision == "inadmissible" else None
        duplicate = self.duplicate_of.text().strip() if reason == "duplicate" else None
        return {"admissibility": decision, "reason": reason, "duplicate_of_url": duplicate or None,
                "note": self.note.toPlainText()}

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        typed = self.typed()
        decision, reason, duplicate, note = (typed["admissibility"], typed["reason"],
                                             typed["duplicate_of_url"], typed["note"])
        pid, version = self._detail.id, self._detail.version
        db, actor = self._db, self._actor

        def work(_progress):
            with db.write() as s:
                return petitions.decide_admissibility(
                    s, actor, pid, decision, reason=reason, note=note,
                    duplicate_of_url=duplicate or None, expected_version=version)

        self.error.hide()
        self._set_busy(True)
        if self._runner is None:
            try:
                result = work(None)
            except Exception as exc:  # noqa: BLE001 - shown as one sentence
                self._failed(exc)
            else:
                self._done(result)
            return
        self._runner.submit(work, title=self.tr("Guardando la decisión de admisibilidad"),
                            on_done=self._done, on_error=self._failed, parent_widget=self)

    def _done(self, change) -> None:
        self._set_busy(False)
        self.decided.emit(change)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(describe(exc, "decide admissibility"))
        self.error.show()
        if isinstance(exc, ConflictError):
            self._show_conflict()

    # ------------------------------------------------------------------ someone else saved first
    def _show_conflict(self) -> None:
        typed = self.typed()
        try:
            with self._db.read() as s:
                current = petitions.petition_detail(s, self._actor, self._detail.id)
                rows = audit.history(s, self._actor, "petition", self._detail.id)
        except Exception as exc:  # noqa: BLE001 - gone meanwhile or unreachable: the sentence says so
            self.error.setText(describe(exc, "reload after a conflict"))
            return
        self.conflict = ConflictDialog(typed, current, rows[-1] if rows else None, self)
        self.conflict.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict.finished.connect(lambda code, current=current: self._conflict_chosen(code, current))
        self.conflict.open()

    def _conflict_chosen(self, code: int, current: PetitionDetail) -> None:
        self.conflict = None
        if code == KEEP_MINE:
            self._detail = current  # save over the version the user has now seen
            self.save()
        elif code == USE_THEIRS:
            self.superseded.emit(current)
            self.reject()
