"""Pieces every editing dialog shares: the one-sentence error line, the Save/Cancel buttons and
the background save that closes the dialog on success (``SavingDialog``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ui.errors import describe


def error_label(parent: QWidget) -> QLabel:
    """A hidden red line for the one sentence that says why a save was refused."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Guardar / Cancelar wired to ``dialog.save`` and ``dialog.reject``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                               dialog)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("Dialogs", "Guardar"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancelar"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SavingDialog:
    """Mixin for a QDialog with ``self.runner``, ``self.buttons`` (Save/Cancel), ``self.error`` and
    a ``saved`` signal: ``_submit(work, title)`` saves in the background, then accepts, or shows
    the refusal's sentence and keeps the form."""

    def _save_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _submit(self, work, title: str):
        self.error.hide()
        self._save_button().setEnabled(False)
        return self.runner.submit(work, title=title, on_done=self._done, on_error=self._failed, parent_widget=self)

    def _done(self, result) -> None:
        self._save_button().setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._save_button().setEnabled(True)
        self._say(describe(exc, self.windowTitle()))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
