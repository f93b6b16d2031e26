"""The counsel's "Membrete y documentos…" dialog: the office's name and the classification printed
on every document, and the letterhead (a Word .docx whose header, footer and page set-up the
packets and dossiers take; without one they use a clean default).

Choosing or removing the letterhead takes effect with "Guardar", together with the texts, in one
unit of work: a refused file (not a real .docx) is said in one sentence under the form and
nothing is changed. ``office_settings_action`` makes the menu action (only for the counsel).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import office_settings
from secretariat.services.office_settings import DEFAULT_CLASSIFICATION, DEFAULT_OFFICE_NAME, OfficeSettings
from ui.errors import describe
from ui.views.dialog_parts import error_label, save_cancel_buttons

#: suggestions; the counsel may type any other
CLASSIFICATIONS = ("Uso interno", "Reservado", "Confidencial", "Público")


class OfficeSettingsDialog(QDialog):
    """``saved(OfficeSettings)`` after a successful save."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.setWindowTitle(self.tr("Membrete y documentos"))
        self.setMinimumWidth(560)
        self.current: OfficeSettings | None = None
        self.new_letterhead: Path | None = None
        self.clear_requested = False

        self.office_name = QLineEdit(self)
        self.office_name.setPlaceholderText(DEFAULT_OFFICE_NAME)
        self.classification = QComboBox(self)
        self.classification.setEditable(True)
        self.classification.addItems(CLASSIFICATIONS)
        self.letterhead_label = QLabel(self)
        self.letterhead_label.setObjectName("letterhead_label")
        self.letterhead_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("&Elegir archivo .docx…"), self)
        self.clear_button = QPushButton(self.tr("&Quitar membrete"), self)
        for button in (self.choose_button, self.clear_button):
            button.setAutoDefault(False)
        letterhead_buttons = QHBoxLayout()
        letterhead_buttons.addWidget(self.choose_button)
        letterhead_buttons.addWidget(self.clear_button)
        letterhead_buttons.addStretch(1)
        hint = QLabel(self.tr("Los paquetes de sesión y los expedientes toman del membrete su encabezado, su pie "
                              "de página y sus márgenes. Sin membrete usan un diseño sencillo."), self)
        hint.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Nombre de la oficina:"), self.office_name)
        form.addRow(self.tr("&Clasificación:"), self.classification)
        form.addRow(self.tr("Membrete:"), self.letterhead_label)
        form.addRow("", letterhead_buttons)
        form.addRow(hint)
        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(lambda: self.choose_letterhead())
        self.clear_button.clicked.connect(self.clear_letterhead)
        self._load()
        self.office_name.setFocus()

    # ------------------------------------------------------------------ state
    def _load(self) -> None:
        try:
            with self._db.read() as s:
                self.current = office_settings.office_settings(s, self._actor)
        except Exception as exc:  # noqa: BLE001 - the sentence says why; saving stays possible
            self.current = OfficeSettings(DEFAULT_OFFICE_NAME, DEFAULT_CLASSIFICATION, None, None)
            self.show_error(describe(exc, "office settings"))
        self.office_name.setText(self.current.office_name)
        self.classification.setCurrentText(self.current.classification)
        self._show_letterhead()

    def _show_letterhead(self) -> None:
        if self.new_letterhead is not None:
            text = self.tr("%1 (se guardará al pulsar Guardar)").replace("%1", self.new_letterhead.name)
        elif self.clear_requested or self.current is None or self.current.letterhead_filename is None:
            text = self.tr("Ninguno: los documentos usan el diseño predeterminado.")
        else:
            text = self.current.letterhead_filename
        self.letterhead_label.setText(text)
        has = self.new_letterhead is not None or (
            not self.clear_requested and self.current is not None and self.current.has_letterhead)
        self.clear_button.setEnabled(has)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # ------------------------------------------------------------------ commands
    def choose_letterhead(self, path: str | Path | None = None) -> Path | None:
        """Pick the .docx (a file dialog unless ``path`` is given); saved with "Guardar"."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Elegir el membrete"), "", self.tr("Documentos de Word (*.docx)"))
            if not path:
                return None
        self.new_letterhead, self.clear_requested = Path(path), False
        self.error.hide()
        self._show_letterhead()
        return self.new_letterhead

    def clear_letterhead(self) -> None:
        self.new_letterhead, self.clear_requested = None, True
        self._show_letterhead()

    def save(self) -> None:
        db, actor = self._db, self._actor
        name, classification = self.office_name.text(), self.classification.currentText()
        new, clear = self.new_letterhead, self.clear_requested

        def work(_progress):
            with db.write() as s:
                result = office_settings.set_office_texts(s, actor, office_name=name, classification=classification)
                if new is not None:
                    result = office_settings.set_letterhead(s, actor, new)
                elif clear:
                    result = office_settings.clear_letterhead(s, actor)
                return result

        self.error.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._runner.submit(work, title=self.tr("Guardando el membrete y los textos"), on_done=self._done,
                            on_error=self._failed, parent_widget=self)

    def _done(self, result: OfficeSettings) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.current, self.new_letterhead, self.clear_requested = result, None, False
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.show_error(describe(exc, self.windowTitle()))


def office_settings_action(parent: QWidget, db, actor, runner) -> QAction:
    """"Membrete y documentos…", for a menu; hidden for roles that cannot change the settings."""
    action = QAction(QCoreApplication.translate("OfficeSettingsDialog", "Membrete y &documentos…"), parent)
    action.setObjectName("action_office_settings")
    action.setVisible(actor.can(Action.CONFIGURE_WORK))

    def open_dialog() -> None:
        dialog = OfficeSettingsDialog(db, actor, runner, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(lambda _checked=False: open_dialog())
    return action
