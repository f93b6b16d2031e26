"""The counsel changes the tier thresholds (revisión / audiencia / jefe de gobierno).

A change writes a new policy; the crossings already recorded keep the thresholds they were
recorded with, and the new values apply to the counts imported afterwards. The dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import tiers
from ui.errors import describe
from ui.labels import tier_label
from ui.views.detail_panel import fmt_date
from ui.views.dialog_parts import error_label, save_cancel_buttons

MAX_THRESHOLD = 2_000_000_000


class ThresholdsDialog(QDialog):
    """``saved(Policy)`` after the new thresholds were recorded."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._runner = runner
        self.setWindowTitle(self.tr("Umbrales de nivel"))
        self.setMinimumWidth(500)
        with db.read() as s:
            self.policy = tiers.current_policy(s)
        loc = QLocale()

        intro = QLabel(self.tr(
            "Cantidad de firmas a partir de la cual una petición alcanza cada nivel. "
            "Vigentes desde el %1.").replace("%1", fmt_date(self.policy.effective_at.date(), loc, long=True)), self)
        intro.setWordWrap(True)

        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for tier in ("review", "hearing", "audience"):
            spin = QSpinBox(self)
            spin.setLocale(loc)
            spin.setRange(1, MAX_THRESHOLD)
            spin.setGroupSeparatorShown(True)
            spin.setSingleStep(500)
            spin.setSuffix(self.tr(" firmas"))
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setFixedWidth(170)
            spin.setValue(self.policy.threshold(tier))
            self.spins[tier] = spin
            form.addRow(tier_label(tier) + ":", spin)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Motivo del cambio (queda en la bitácora)"))
        form.addRow(self.tr("Nota:"), self.note)

        warning = QLabel(self.tr(
            "Los cruces ya registrados conservan los umbrales con que se registraron; no se "
            "reclasifica ninguna petición. Los nuevos umbrales se aplican a los cortes de firmas "
            "que se importen a partir de ahora."), self)
        warning.setWordWrap(True)
        font = warning.font()
        font.setItalic(True)
        warning.setFont(font)

        self.error = error_label(self)

        self.buttons = save_cancel_buttons(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> tuple[int, int, int]:
        return tuple(self.spins[t].value() for t in ("review", "hearing", "audience"))

    def set_values(self, review: int, hearing: int, audience: int) -> None:
        for tier, value in zip(("review", "hearing", "audience"), (review, hearing, audience)):
            self.spins[tier].setValue(value)

    def save(self) -> None:
        review, hearing, audience = self.values()
        if (review, hearing, audience) == (self.policy.review, self.policy.hearing, self.policy.audience):
            self.reject()  # nothing changed: no new policy, no audit row
            return
        note = self.note.text()
        db, actor = self._db, self._actor

        def work(_progress):
            with db.write() as s:
                return tiers.set_thresholds(s, actor, review, hearing, audience, note)

        self.error.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        if self._runner is None:
            try:
                result = work(None)
            except Exception as exc:  # noqa: BLE001 - shown as one sentence
                self._failed(exc)
            else:
                self._done(result)
            return
        self._runner.submit(work, title=self.tr("Guardando los umbrales"), on_done=self._done,
                            on_error=self._failed, parent_widget=self)

    def _done(self, policy) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.saved.emit(policy)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.error.setText(describe(exc, "set thresholds"))
        self.error.show()
