"""Import a monitoring file in three steps: choose the file, see what would change, import.

The file is parsed once, on the preview page, and the very same ``ParsedFile`` is applied on
confirmation: what the user saw is what gets written, even if the file changes on disk meanwhile.
Both steps run on the TaskRunner's worker; the window stays responsive and Cancel works.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from shiboken6 import isValid

from secretariat.services import import_parse, imports

from ..errors import describe
from ..i18n import settings
from ..models.import_preview import COLUMN_INDEX, ImportPreviewModel
from ..tasks import Task, TaskRunner

LAST_DIR_KEY = "import/last_dir"
_ERROR_STYLE = "color: #b00020;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(_ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class _Counts(QWidget):
    """A row of figures: filas, nuevas, actualizadas, sin cambios, cruces de nivel, reversiones."""

    FIELDS = ("rows", "new", "updated", "unchanged", "crossings", "reverts")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {
            "rows": self.tr("filas"), "new": self.tr("nuevas"), "updated": self.tr("actualizadas"),
            "unchanged": self.tr("sin cambios"), "crossings": self.tr("cruces de nivel"),
            "reverts": self.tr("reversiones"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        for col, key in enumerate(self.FIELDS):
            value = QLabel("–")
            value.setObjectName(f"count_{key}")
            self.values[key] = value
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            value.setFont(font)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(names[key])
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, col)
            grid.addWidget(caption, 1, col)
        grid.setColumnStretch(len(self.FIELDS), 1)

    def show_counts(self, source) -> None:
        locale = QLocale()
        for key, label in self.values.items():
            label.setText(locale.toString(int(getattr(source, key))))

    def clear(self) -> None:
        for label in self.values.values():
            label.setText("–")

    def text_of(self, key: str) -> str:
        return self.values[key].text()


def _ignored_text(columns: tuple[str, ...]) -> str:
    if not columns:
        return QCoreApplication.translate("ImportWizard", "Se leyeron todas las columnas del archivo.")
    quoted = QCoreApplication.translate("ImportWizard", "«%1»")
    names = ", ".join(quoted.replace("%1", c) for c in columns)
    return QCoreApplication.translate("ImportWizard", "Columnas ignoradas: %1").replace("%1", names)


# ---------------------------------------------------------------------------------- pages

class FilePage(QWizardPage):
    def __init__(self, path: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Elegir el archivo"))
        self.setSubTitle(self.tr("El archivo CSV o Excel (.xlsx) del monitoreo de Change.org, "
                                 "una fila por petición. Antes de importar verá qué va a cambiar."))
        self.path_edit = QLineEdit(path or "")
        self.path_edit.setPlaceholderText(self.tr("Ruta del archivo"))
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("&Examinar…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setMinimumWidth(140)
        date_note = QLabel(self.tr("Se usa solo si el archivo no tiene columna de fecha."))
        date_note.setWordWrap(True)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(date_note, 1)

        file_label = QLabel(self.tr("&Archivo:"))
        file_label.setBuddy(self.path_edit)
        date_label = QLabel(self.tr("&Fecha del corte:"))
        date_label.setBuddy(self.date_edit)
        form = QFormLayout()
        form.addRow(file_label, row)
        form.addRow(date_label, date_row)

        help_text = QLabel(self.tr(
            "<p><b>Qué debe traer el archivo</b></p>"
            "<p>Una fila de encabezados y una fila por petición. Columnas obligatorias: "
            "<i>Enlace</i>, <i>Título</i> y <i>Firmas</i>. Opcionales: <i>Peticionario</i>, "
            "<i>Fecha</i>, <i>Correo</i>, <i>Teléfono</i>, <i>Tema</i> y <i>Resumen</i>. "
            "Los encabezados pueden estar en español o en inglés, en cualquier orden; "
            "las demás columnas se ignoran.</p>"
            "<p>Las fechas se leen como dd/mm/aaaa o aaaa-mm-dd, y las firmas pueden llevar "
            "separador de miles (63,508). Si una sola fila tiene un error, no se importa nada "
            "y se indica la fila y la columna.</p>"))
        help_text.setWordWrap(True)
        help_text.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(16)
        layout.addWidget(help_text)
        layout.addStretch(1)
        self.setAcceptDrops(True)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def as_of(self) -> date:
        return self.date_edit.date().toPython()

    def isComplete(self) -> bool:
        return bool(self.path()) and Path(self.path()).is_file()

    def browse(self) -> None:
        start = str(Path(self.path()).parent) if self.path() else str(settings().value(LAST_DIR_KEY, "") or "")
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Elegir archivo de monitoreo"), start,
            self.tr("Archivos de monitoreo (*.csv *.xlsx)") + ";;" + self.tr("Todos los archivos (*)"))
        if chosen:
            self.path_edit.setText(chosen)
            settings().setValue(LAST_DIR_KEY, str(Path(chosen).parent))

    # a file dropped from the file manager
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.path_edit.setText(urls[0].toLocalFile())
            event.acceptProposedAction()


class PreviewPage(QWizardPage):
    """Parses the file and shows what importing it would change. Nothing is written here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Vista previa"))
        self.setSubTitle(self.tr("Revise lo que va a cambiar. Todavía no se ha escrito nada."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importar"))
        self.task: Task | None = None
        self._generation = 0

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = _error_label()
        self.counts = _Counts()
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        self.only_changes = QCheckBox(self.tr("Mostrar solo las filas que &cambian"))
        self.model = ImportPreviewModel(self)
        self.only_changes.toggled.connect(self.model.set_only_changes)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN_INDEX["title"], QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        for key, width in (("line", 52), ("change", 100), ("signatures", 150), ("tier", 330), ("events", 270)):
            column = COLUMN_INDEX[key]  # never narrower than its (translated) header
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column) + 8))

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.counts)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.only_changes)
        layout.addWidget(self.table, 1)

    def wizard(self) -> "ImportWizard":  # typed accessor
        return super().wizard()  # type: ignore[return-value]

    def is_loading(self) -> bool:
        return self.task is not None and self.task.is_active()

    def isComplete(self) -> bool:
        return not self.is_loading() and self.wizard() is not None and self.wizard().preview is not None

    def _set_loading(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.show()
        self.error_label.hide()
        self.counts.clear()
        self.counts.setEnabled(False)
        self.ignored_label.clear()
        self.only_changes.setEnabled(False)
        self.model.set_preview(None)

    def initializePage(self) -> None:
        wizard = self.wizard()
        wizard.parsed = wizard.preview = None
        path = wizard.file_page.path()
        as_of = wizard.file_page.as_of()
        db, actor = wizard.db, wizard.actor
        self._generation += 1
        generation = self._generation
        self._set_loading(self.tr("Leyendo «%1»…").replace("%1", Path(path).name))

        def work(progress):
            parsed = import_parse.parse_file(path, as_of=as_of)
            progress.step(1, 2)
            with db.read() as session:
                preview = imports.preview(session, actor, parsed)
            progress.step(2, 2)
            return parsed, preview

        self.task = wizard.runner.submit(
            work, title=self.tr("Revisando el archivo"), mutates=False, parent_widget=wizard,
            on_done=lambda result: self._loaded(generation, *result),
            on_error=lambda exc: self._failed(generation, exc))
        self.task.cancelled.connect(lambda: self._cancelled(generation))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:  # going Back: drop the running preview
        self._generation += 1
        if self.task is not None:
            self.task.cancel()
        self.wizard().parsed = self.wizard().preview = None
        self.completeChanged.emit()

    def _current(self, generation: int) -> bool:
        """False for a stale result, or once the wizard was closed (and perhaps deleted)."""
        if not isValid(self) or generation != self._generation:
            return False
        wizard = self.wizard()
        return wizard is not None and not wizard.closing

    def _loaded(self, generation: int, parsed, preview) -> None:
        if not self._current(generation):
            return
        wizard = self.wizard()
        wizard.parsed, wizard.preview = parsed, preview
        self.status_label.setText(self.tr("Archivo «%1»: esto es lo que cambiaría al importarlo.")
                                  .replace("%1", preview.filename))
        self.counts.setEnabled(True)
        self.counts.show_counts(preview)
        self.ignored_label.setText(_ignored_text(preview.ignored_columns))
        self.only_changes.setEnabled(True)
        self.model.set_preview(preview)
        self.completeChanged.emit()
        wizard.button(QWizard.WizardButton.CommitButton).setFocus()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        self.status_label.hide()
        self.error_label.setText(describe(exc, "import preview"))
        self.error_label.show()
        self.completeChanged.emit()

    def _cancelled(self, generation: int) -> None:
        if self._current(generation):
            self.status_label.setText(self.tr("Se canceló la lectura del archivo."))
            self.completeChanged.emit()


class ResultPage(QWizardPage):
    """Writes the previewed file in one transaction, with progress and Cancel, then sums it up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Importación"))
        self.task: Task | None = None
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.error_label = _error_label()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("&Cancelar importación"))
        self.cancel_button.clicked.connect(self.cancel)
        bar = QHBoxLayout()
        bar.addWidget(self.progress_bar, 1)
        bar.addWidget(self.cancel_button)
        self.counts = _Counts()
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.counts)
        layout.addWidget(self.ignored_label)
        layout.addStretch(1)

    def wizard(self) -> "ImportWizard":
        return super().wizard()  # type: ignore[return-value]

    def is_running(self) -> bool:
        return self.task is not None and self.task.is_active()

    def isComplete(self) -> bool:
        return not self.is_running()

    def initializePage(self) -> None:
        wizard = self.wizard()
        parsed, db, actor = wizard.parsed, wizard.db, wizard.actor
        assert parsed is not None, "the preview page keeps the parsed file"
        self.setSubTitle(self.tr("Importando «%1». Puede cancelar: no se guardará nada a medias.")
                         .replace("%1", parsed.filename))
        self.status_label.setText(self.tr("Guardando %1 filas…").replace("%1", QLocale().toString(len(parsed.rows))))
        self.counts.hide()
        self.ignored_label.hide()
        self.error_label.hide()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)

        def work(progress):
            with db.write() as session:
                return imports.apply(session, actor, parsed, progress)

        self.task = wizard.runner.submit(work, title=self.tr("Importando archivo"), mutates=True,
                                         parent_widget=wizard, show_progress=False,
                                         on_done=self._done, on_error=self._failed)
        self.task.progressed.connect(self._progressed)
        self.task.cancelled.connect(self._cancelled)
        self.completeChanged.emit()
        self.cancel_button.setFocus()

    def cancel(self) -> None:
        if self.is_running():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelando…"))

    def _progressed(self, done: int, total: int) -> None:
        if not isValid(self):
            return
        if total > 0:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(int(1000 * min(done, total) / total))

    def _finish_ui(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.completeChanged.emit()
        if self.wizard().closing:
            self.wizard().done(QWizard.DialogCode.Rejected)
        else:
            self.wizard().button(QWizard.WizardButton.FinishButton).setFocus()

    def _done(self, summary) -> None:
        if not isValid(self):
            return
        wizard = self.wizard()
        wizard.summary = summary
        self.setSubTitle(self.tr("Se importó «%1».").replace("%1", summary.filename))
        self.status_label.setText(self.tr("Importación terminada. El registro de peticiones ya está al día."))
        self.counts.show_counts(summary)
        self.counts.show()
        self.ignored_label.setText(_ignored_text(summary.ignored_columns))
        self.ignored_label.show()
        wizard.imported.emit(summary)
        self._finish_ui()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.setSubTitle(self.tr("No se importó el archivo."))
        self.status_label.setText("")
        self.error_label.setText(describe(exc, "import apply"))
        self.error_label.show()
        self._finish_ui()

    def _cancelled(self) -> None:
        if not isValid(self):
            return
        self.setSubTitle(self.tr("Importación cancelada."))
        self.status_label.setText(self.tr("Se canceló la importación; no se importó nada."))
        self._finish_ui()


# ---------------------------------------------------------------------------------- wizard

class ImportWizard(QWizard):
    """``ImportWizard(db, actor, runner, parent, path=...)``; ``imported`` carries the summary."""

    imported = Signal(object)

    def __init__(self, db, actor, runner: TaskRunner, parent: QWidget | None = None, *,
                 path: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = runner
        self.parsed: import_parse.ParsedFile | None = None
        self.preview: imports.ImportPreview | None = None
        self.summary: imports.ImportSummary | None = None
        self.closing = False
        self.setWindowTitle(self.tr("Importar archivo de monitoreo"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Siguiente >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Atrás"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Cerrar"))
        self.file_page = FilePage(path)
        self.preview_page = PreviewPage()
        self.result_page = ResultPage()
        self.file_id = self.addPage(self.file_page)
        self.preview_id = self.addPage(self.preview_page)
        self.result_id = self.addPage(self.result_page)
        self.resize(1180, 700)

    def reject(self) -> None:
        """Esc, Cancel or the close box. During the import it cancels first, then closes."""
        if self.result_page.is_running():
            self.closing = True
            self.result_page.cancel()
            return
        self.closing = True
        if self.preview_page.task is not None:
            self.preview_page.task.cancel()
        super().reject()
