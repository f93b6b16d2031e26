"""Preferences: the interface language (applied the next time Secretariat starts) and, for those
who may make backups, the backup made when the window closes (see ``ui.backup_on_close``)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..backup_on_close import MAX_KEEP, BackupPrefs, default_folder, load_prefs, save_prefs

#: Each language is named in itself, so that anyone can find their own.
LANGUAGE_NAMES = (("es", "Español (México)"), ("en", "English"))


class SettingsDialog(QDialog):
    """``backup_store``: where the backup-on-close preferences live (the section is shown only
    when it is given); ``is_sqlite`` decides their default."""

    def __init__(self, parent: QWidget | None = None, *, backup_store: QSettings | None = None,
                 is_sqlite: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferencias"))
        self._backup_store = backup_store
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
        self.backup_group = self._backup_group(load_prefs(backup_store, is_sqlite)) if backup_store else None
        if self.backup_group is not None:
            layout.addWidget(self.backup_group)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.language_combo.setFocus()

    def _backup_group(self, prefs: BackupPrefs) -> QGroupBox:
        group = QGroupBox(self.tr("Copia de seguridad"), self)
        self.backup_check = QCheckBox(self.tr("&Respaldar al cerrar"), group)
        self.backup_check.setChecked(prefs.enabled)
        self.backup_folder = QLineEdit(prefs.folder, group)
        self.backup_folder.setPlaceholderText(str(default_folder()))
        choose = QPushButton(self.tr("Elegir…"), group)
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_folder)
        self.backup_keep = QSpinBox(group)
        self.backup_keep.setRange(1, MAX_KEEP)
        self.backup_keep.setValue(prefs.keep)
        self.backup_keep.setSuffix(self.tr(" copias"))
        folder_row = QWidget(group)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.backup_check)
        form.addRow(self.tr("C&arpeta:"), folder_row)
        form.labelForField(folder_row).setBuddy(self.backup_folder)
        form.addRow(self.tr("&Conservar las últimas:"), self.backup_keep)
        hint = QLabel(self.tr("Al cerrar la ventana se guarda una copia completa del expediente; las "
                              "más antiguas se borran de esa carpeta."), group)
        hint.setWordWrap(True)
        form.addRow(hint)
        group.setLayout(form)
        for widget in (self.backup_folder, choose, self.backup_keep):
            self.backup_check.toggled.connect(widget.setEnabled)
            widget.setEnabled(prefs.enabled)
        return group

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta de las copias de seguridad"),
                                                  self.backup_folder.text() or str(default_folder()))
        if folder:
            self.backup_folder.setText(folder)

    def selected_language(self) -> str:
        return str(self.language_combo.currentData())

    def backup_prefs(self) -> BackupPrefs | None:
        if self.backup_group is None:
            return None
        return BackupPrefs(self.backup_check.isChecked(),
                           self.backup_folder.text().strip() or str(default_folder()),
                           self.backup_keep.value())

    def accept(self) -> None:
        i18n.set_language(self.selected_language())
        prefs = self.backup_prefs()
        if prefs is not None:
            save_prefs(self._backup_store, prefs)
        super().accept()
