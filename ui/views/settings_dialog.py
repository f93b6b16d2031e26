"""Preferences: the interface language (applied the next time Secretariat starts)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import i18n

#: Each language is named in itself, so that anyone can find their own.
LANGUAGE_NAMES = (("es", "Español (México)"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferencias"))
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        saved = i18n.normalise(i18n.settings().value(i18n.SETTINGS_KEY, i18n.DEFAULT_LANGUAGE)) or "es"
        self.language_combo.setCurrentIndex(self.language_combo.findData(saved))

        form = QFormLayout()
        form.addRow(self.tr("&Idioma:"), self.language_combo)

        note = QLabel(self.tr("El cambio de idioma se aplica la próxima vez que abra Secretariat."))
        note.setWordWrap(True)
        self.env_note = QLabel(self.tr(
            "En esta computadora la variable SECRETARIAT_LANG fija el idioma y tiene prioridad "
            "sobre esta preferencia."))
        self.env_note.setWordWrap(True)
        self.env_note.setVisible(i18n.language_forced_by_environment())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)  # Esc cancels too
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.env_note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.language_combo.setFocus()

    def selected_language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        i18n.set_language(self.selected_language())
        super().accept()
