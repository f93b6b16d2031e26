"""The main window. It only composes: filter bar, petition table, detail panel, menus, status bar.

Lists reload when the task runner reports a change made here, and when ``audit.change_counter``
moves (polled every few seconds, read-only) because another workstation saved something. The
selected petition stays selected across reloads, by id.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import secretariat
from secretariat.permissions import Action, Actor
from secretariat.services import audit
from ui.errors import show_error
from ui.labels import role_label
from ui.models.petition_table import PetitionTableModel, PetitionTableView
from ui.views.admissibility_dialog import AdmissibilityDialog
from ui.views.detail_panel import PetitionDetailPanel
from ui.views.petition_filters import PetitionFilterBar
from ui.views.sign_in import case_file_label

POLL_MS = 3000


class MainWindow(QMainWindow):
    def __init__(self, db, actor: Actor, runner, parent: QWidget | None = None, *,
                 settings: QSettings | None = None, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self._settings = settings
        self._restoring = False
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Secretariat — %1 (%2)").replace("%1", actor.name)
                            .replace("%2", role_label(actor.role)))

        self.model = PetitionTableModel(db, actor, self)
        self.table = PetitionTableView(self)
        self.table.setModel(self.model)
        self.filters = PetitionFilterBar(self)
        self.detail = PetitionDetailPanel(db, actor, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(8, 8, 8, 4)
        box.addWidget(self.filters)
        box.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_status_bar()

        self.filters.changed.connect(self._apply_filters)
        self.model.countsChanged.connect(self.filters.set_counts)
        self.model.loadFailed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.decideRequested.connect(self.decide_admissibility)
        runner.dataChanged.connect(self.reload_data)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.filters.focus_search)
        self.filters.set_counts(self.model.rowCount(), self.model.total)

        self._counter = self._read_counter()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll_changes)
        if poll_ms > 0:
            self.poll_timer.start()
        self._restore_state()
        if self.model.rowCount():
            self.table.selectRow(0)

    # ------------------------------------------------------------------ building
    def _action(self, text: str, slot, *, name: str, shortcut=None, icon=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        can = self.actor.can
        sp = QStyle.StandardPixmap
        self.act_import = self._action(self.tr("&Importar…"), self.import_file, name="action_import",
                                       shortcut="Ctrl+I", icon=sp.SP_DialogOpenButton,
                                       tip=self.tr("Importar un archivo de monitoreo (CSV o XLSX)"))
        self.act_demo = self._action(self.tr("Cargar caso de &demostración"), self.ask_load_demo,
                                     name="action_demo",
                                     tip=self.tr("Llenar el expediente con peticiones inventadas"))
        self.act_prefs = self._action(self.tr("&Preferencias…"), self.open_settings, name="action_settings")
        self.act_quit = self._action(self.tr("&Salir"), self.close, name="action_quit", shortcut="Ctrl+Q")
        self.act_reload = self._action(self.tr("&Actualizar"), self.reload_data, name="action_reload",
                                       shortcut=QKeySequence.StandardKey.Refresh, icon=sp.SP_BrowserReload,
                                       tip=self.tr("Volver a leer el expediente"))
        self.act_thresholds = None
        self.act_about = self._action(self.tr("&Acerca de Secretariat"), self.about, name="action_about")

        menu = self.menuBar().addMenu(self.tr("&Archivo"))
        if can(Action.IMPORT):
            menu.addAction(self.act_import)
        if can(Action.LOAD_DEMO):
            menu.addAction(self.act_demo)
        menu.addSeparator()
        menu.addAction(self.act_prefs)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        case = self.menuBar().addMenu(self.tr("&Expediente"))
        case.addAction(self.act_reload)
        if can(Action.SET_THRESHOLDS):
            self.act_thresholds = self._action(
                self.tr("&Umbrales de nivel…"), self.edit_thresholds, name="action_thresholds",
                icon=sp.SP_FileDialogDetailedView, tip=self.tr("Cambiar las firmas que exige cada nivel"))
            case.addAction(self.act_thresholds)
        self.menuBar().addMenu(self.tr("A&yuda")).addAction(self.act_about)

        bar = QToolBar(self.tr("Barra de herramientas"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if can(Action.IMPORT):
            bar.addAction(self.act_import)
        bar.addAction(self.act_reload)
        if self.act_thresholds is not None:
            bar.addAction(self.act_thresholds)
        self.addToolBar(bar)

    def _build_status_bar(self) -> None:
        self.case_label = QLabel(self.tr("Expediente: %1").replace("%1", case_file_label(self.db.url)))
        self.session_label = QLabel(self.tr("Sesión: %1 (%2)").replace("%1", self.actor.name)
                                    .replace("%2", role_label(self.actor.role)))
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.case_label, 1)
        self.statusBar().addPermanentWidget(self.session_label)

    # ------------------------------------------------------------------ list and selection
    def _apply_filters(self, tiers: tuple, admissibility: tuple, search: str) -> None:
        self.model.update_query(tiers=tiers, admissibility=admissibility, search=search)

    def _selection_changed(self, *_args) -> None:
        if not self._restoring:
            self.detail.show_petition(self.table.selected_id())

    def _after_reset(self) -> None:
        """A new filter or a reload replaced the rows: keep the petition the user was reading."""
        pid = self.detail.petition_id()
        self._restoring = True
        try:
            found = self.table.select_id(pid) if pid is not None else False
        finally:
            self._restoring = False
        if not found:
            self.detail.show_petition(None)

    def reload_data(self) -> None:
        """Re-read the list and the open petition (after our own change or another workstation's)."""
        self._counter = self._read_counter()
        self.model.refresh()
        self.detail.reload()

    def poll_changes(self) -> None:
        value = self._read_counter()
        if value is not None and value != self._counter:
            self.reload_data()

    def _read_counter(self) -> int | None:
        try:
            with self.db.read() as s:
                return audit.change_counter(s)
        except Exception:  # the server may be briefly unreachable; try again next tick
            return self._counter if hasattr(self, "_counter") else None

    # ------------------------------------------------------------------ commands
    def decide_admissibility(self, petition_id: int | None = None) -> AdmissibilityDialog | None:
        detail = self.detail.current_detail()
        if detail is None or (petition_id is not None and detail.id != petition_id):
            return None
        dialog = AdmissibilityDialog(self.db, self.actor, self.runner, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_thresholds(self):
        from ui.views.thresholds_dialog import ThresholdsDialog

        dialog = ThresholdsDialog(self.db, self.actor, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_file(self, path: str | None = None):
        from ui.views.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.actor, self.runner, self, path=path)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def ask_load_demo(self) -> None:
        title = self.tr("Cargar caso de demostración")
        if self.model.total:
            QMessageBox.information(self, title, self.tr(
                "El expediente ya tiene peticiones; el caso de demostración solo se carga en un "
                "expediente vacío, para no mezclar datos inventados con datos reales."))
            return
        answer = QMessageBox.question(self, title, self.tr(
            "Se cargarán unas 320 peticiones inventadas, con 60 días de cortes de firmas y algunas "
            "decisiones de admisibilidad. ¿Desea continuar?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def load_demo(self, **options):
        from secretariat.services import demo

        db, actor = self.db, self.actor

        def work(progress):
            with db.write() as s:
                return demo.load_demo(s, actor, progress, **options)

        def done(summary) -> None:
            self.statusBar().showMessage(self.tr("Caso de demostración cargado: %1 peticiones nuevas.")
                                         .replace("%1", str(summary.petitions)), 15_000)

        return self.runner.submit(work, title=self.tr("Cargando el caso de demostración"),
                                  on_done=done, on_error=lambda exc: show_error(self, exc),
                                  parent_widget=self)

    def open_settings(self) -> None:
        from ui.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("Acerca de Secretariat"), self.tr(
            "<b>Secretariat %1</b><p>Seguimiento de las peticiones ciudadanas de Change.org que "
            "alimentan la Constitución Política de la Ciudad de México (2016): niveles, "
            "admisibilidad, audiencias y visto bueno de los peticionarios.</p>")
            .replace("%1", secretariat.__version__))

    # ------------------------------------------------------------------ window state
    def _store(self) -> QSettings:
        if self._settings is None:
            from ui.i18n import settings

            self._settings = settings()
        return self._settings

    def _restore_state(self) -> None:
        store = self._store()
        geometry = store.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 850)
        splitter = store.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([960, 440])
        header = store.value("main/table_header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        store = self._store()
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("main/splitter", self.splitter.saveState())
        store.setValue("main/table_header", self.table.horizontalHeader().saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.poll_timer.stop()
        self.save_state()
        super().closeEvent(event)
