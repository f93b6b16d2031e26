"""The main window. It only composes: filter bar, petition table, detail panel, menus, status bar,
and the dialogs the menus open (accounts and the audit browser for the counsel; one's own
password for everyone). With ``backup_on_close`` it asks ``ui.backup_on_close`` before closing.

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
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

import secretariat
from secretariat.permissions import Action, Actor
from secretariat.services import audit
from ui import window_state
from ui.backup_on_close import BackupOnClose
from ui.case_tabs import install_case_tabs
from ui.labels import role_label
from ui.models.petition_table import PetitionTableModel, PetitionTableView
from ui.views import demo_loader
from ui.views.admissibility_dialog import AdmissibilityDialog
from ui.views.detail_panel import PetitionDetailPanel
from ui.views.petition_filters import PetitionFilterBar
from ui.views.sign_in import case_file_label
from ui.views.work_tabs import install_work_tabs

POLL_MS = 3000


class MainWindow(QMainWindow):
    def __init__(self, db, actor: Actor, runner, parent: QWidget | None = None, *,
                 settings: QSettings | None = None, poll_ms: int = POLL_MS,
                 backup_on_close: bool = False) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self._settings = settings
        self.closer = BackupOnClose(db, actor, runner, self._store(), self) if backup_on_close else None
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
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(central, self.tr("Peticiones"))
        self.setCentralWidget(self.tabs)

        self._build_actions()
        self._build_status_bar()
        self.work = install_work_tabs(self, self.tabs, db, actor, runner, menu=self.case_menu)
        self.work.wire_timeline(self.detail.timeline_view)
        self.case_tabs = install_case_tabs(self, self.tabs, db, actor, runner, case_menu=self.case_menu,
                                           export_menu=self.export_menu)

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
        self._poll_pending = False
        self.poll_timer.timeout.connect(self._poll_in_background)
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
        self.act_export_tracker = self._action(
            self.tr("&Seguimiento en Excel…"), self.export_tracker, name="action_export_tracker",
            shortcut="Ctrl+E", tip=self.tr("Exportar peticiones, cortes diarios y cruces a un libro de Excel"))
        self.act_prefs = self._action(self.tr("&Preferencias…"), self.open_settings, name="action_settings")
        self.act_password = self._action(self.tr("Cambiar mi &contraseña…"), self.change_own_password,
                                         name="action_own_password")
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
        self.export_menu = menu.addMenu(self.tr("E&xportar"))
        self.export_menu.addAction(self.act_export_tracker)
        menu.addSeparator()
        if self.actor.id is not None:
            menu.addAction(self.act_password)
        menu.addAction(self.act_prefs)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        case = self.menuBar().addMenu(self.tr("&Expediente"))
        self.case_menu = case
        case.addAction(self.act_reload)
        if can(Action.SET_THRESHOLDS):
            self.act_thresholds = self._action(
                self.tr("&Umbrales de nivel…"), self.edit_thresholds, name="action_thresholds",
                icon=sp.SP_FileDialogDetailedView, tip=self.tr("Cambiar las firmas que exige cada nivel"))
            case.addAction(self.act_thresholds)
        self.act_accounts = self.act_audit = None
        if can(Action.MANAGE_USERS) or can(Action.BROWSE_AUDIT):
            case.addSeparator()
        if can(Action.MANAGE_USERS):
            self.act_accounts = self._action(self.tr("C&uentas…"), self.open_accounts, name="action_accounts",
                                             tip=self.tr("Crear, desactivar y reactivar cuentas; "
                                                         "restablecer contraseñas y cambiar roles"))
            case.addAction(self.act_accounts)
        if can(Action.BROWSE_AUDIT):
            self.act_audit = self._action(self.tr("&Bitácora de auditoría…"), self.open_audit_browser,
                                          name="action_audit", tip=self.tr("Quién cambió qué y cuándo"))
            case.addAction(self.act_audit)
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
        self.work.reload()
        self.case_tabs.reload()

    def poll_changes(self) -> None:
        value = self._read_counter()
        if value is not None and value != self._counter:
            self.reload_data()

    def _poll_in_background(self) -> None:
        """The timer's poll goes through the worker: an unreachable server (up to the 10 s connect
        timeout) never freezes the window. At most one poll is in flight."""
        if self._poll_pending:
            return
        self._poll_pending = True

        def read(_progress):
            with self.db.read() as s:
                return audit.change_counter(s)

        def done(value):
            self._poll_pending = False
            if value is not None and value != self._counter:
                self.reload_data()

        def failed(_exc):  # briefly unreachable: try again next tick, no dialog every 3 s
            self._poll_pending = False

        self.runner.submit(read, title=self.tr("Buscando cambios"), on_done=done, on_error=failed,
                           mutates=False, show_progress=False, parent_widget=self)

    def _read_counter(self) -> int | None:
        try:
            with self.db.read() as s:
                return audit.change_counter(s)
        except Exception:  # the server may be briefly unreachable; try again next tick
            return self._counter if hasattr(self, "_counter") else None

    # ------------------------------------------------------------------ commands
    def export_tracker(self) -> None:
        from ui.views.export_tracker import export_tracker

        export_tracker(self, self.db, self.actor, self.runner)

    @staticmethod
    def _open(dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def decide_admissibility(self, petition_id: int | None = None) -> AdmissibilityDialog | None:
        detail = self.detail.current_detail()
        if detail is None or (petition_id is not None and detail.id != petition_id):
            return None
        dialog = AdmissibilityDialog(self.db, self.actor, self.runner, detail, self)
        dialog.superseded.connect(lambda _detail: self.reload_data())
        return self._open(dialog)

    def edit_thresholds(self):
        from ui.views.thresholds_dialog import ThresholdsDialog

        return self._open(ThresholdsDialog(self.db, self.actor, self.runner, self))

    def import_file(self, path: str | None = None):
        from ui.views.import_wizard import ImportWizard

        return self._open(ImportWizard(self.db, self.actor, self.runner, self, path=path))

    def open_accounts(self):
        from ui.views.accounts_dialog import AccountsDialog

        return self._open(AccountsDialog(self.db, self.actor, self.runner, self))

    def open_audit_browser(self):
        from ui.views.audit_browser import AuditBrowser

        return self._open(AuditBrowser(self.db, self.actor, self.runner, self))

    def change_own_password(self):
        from ui.views.account_forms import PasswordDialog

        dialog = PasswordDialog(self.db, self.actor, self.runner, self.actor.name, self, own=True)
        dialog.saved.connect(lambda _row: self.statusBar().showMessage(self.tr("Su contraseña cambió."), 10_000))
        return self._open(dialog)

    def ask_load_demo(self) -> None:
        demo_loader.ask_load_demo(self)

    def load_demo(self, **options):
        return demo_loader.load_demo(self, **options)

    def open_settings(self):
        from ui.views.settings_dialog import SettingsDialog

        store = self._store() if self.actor.can(Action.BACKUP) else None
        return self._open(SettingsDialog(self, backup_store=store, is_sqlite=self.db.is_sqlite))

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
        window_state.restore(self, self._store())

    def save_state(self) -> None:
        window_state.save(self, self._store())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.closer is not None and not self.closer.allow_close(self):
            event.ignore()  # a backup runs first; it closes the window when done
            return
        self.poll_timer.stop()
        self.save_state()
        super().closeEvent(event)
