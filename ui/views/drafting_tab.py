"""The "Redacción" tab: the provision tree on the left; on the right the wording editor above, and
below it the version history with its redline and the petitions that feed the provision.

All database work goes through the runner: reading the tree and the selected provision (its
wording, versions and links, in ONE read) and every change. After a change the runner's
``dataChanged`` re-reads both; the tree keeps its expansion and selection, the editor keeps
unsaved text (and the version it started from, so a version saved meanwhile is a conflict).

Unsaved text is never dropped silently: switching provision or closing the window asks "Guardar /
Descartar / Cancelar" (``ask_unsaved``). Roles only hide commands; the services enforce them.

``install_drafting_tab(main_window, tab_widget, db, actor, runner)`` adds the tab and guards the
window's close; ``DraftingTab.show_provision(id)`` is for links from other tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QTabWidget, QVBoxLayout, QWidget

from secretariat.errors import NotFound
from secretariat.permissions import Action
from secretariat.services import provisions, wording
from ui.errors import describe
from ui.views.drafting_editor import WordingEditor
from ui.views.drafting_history import VersionHistory
from ui.views.drafting_links import LinksPanel
from ui.views.drafting_parts import message_line, show_message
from ui.views.drafting_tree import ProvisionTreePanel

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def ask_unsaved(parent: QWidget, citation: str) -> str:
    """Ask what to do with unsaved wording: ``SAVE``, ``DISCARD`` or ``CANCEL``."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DraftingTab", "Cambios sin guardar"),
                      QCoreApplication.translate("DraftingTab", "La redacción de %1 tiene cambios sin guardar.").replace("%1", citation),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate("DraftingTab", "¿Guardarla como una versión nueva antes de seguir?"))
    box.button(QMessageBox.StandardButton.Save).setText(QCoreApplication.translate("DraftingTab", "Guardar versión"))
    box.button(QMessageBox.StandardButton.Discard).setText(QCoreApplication.translate("DraftingTab", "Descartar cambios"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("DraftingTab", "Cancelar"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL)


def _read_provision(s, actor, provision_id: int):
    return (provisions.provision(s, actor, provision_id), wording.current_version(s, actor, provision_id),
            wording.versions(s, actor, provision_id), provisions.provision_petitions(s, actor, provision_id))


class DraftingTab(QWidget):
    """``petitionRequested(petition_id)``: the user wants to see a petition in the register."""

    petitionRequested = Signal(int)
    loaded = Signal()  # after every read of the tree (tests and the lead wait for it)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("drafting_tab")
        self.tab_widget: QTabWidget | None = None
        self.loading = 0
        self._shown: int | None = None  # the provision whose details the right side shows
        self._wanted: int | None = None

        self.tree = ProvisionTreePanel(db, actor, runner, self)
        self.editor = WordingEditor(db, actor, runner, self)
        self.history = VersionHistory(db, actor, runner, self)
        self.links = LinksPanel(db, actor, runner, self)
        self.lower = QTabWidget(self)
        self.lower.setObjectName("drafting_lower_tabs")
        self.lower.setDocumentMode(True)
        self.history_index = self.lower.addTab(self.history, self.tr("Versiones"))
        self.links_index = self.lower.addTab(self.links, self.tr("Peticiones vinculadas"))
        self.read_only = QLabel(self.tr("Solo lectura: su cuenta puede consultar la redacción, no cambiarla."), self)
        self.read_only.setStyleSheet("color: palette(placeholder-text);")
        self.read_only.setVisible(not actor.can(Action.WRITE_WORDING))
        self.message = message_line(self)

        right = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(right)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 4)
        top_layout.addWidget(self.read_only)
        top_layout.addWidget(self.editor, 1)
        right.addWidget(top)
        right.addWidget(self.lower)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 680])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self.save_action = QAction(self.tr("Guardar versión"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(lambda _c=False: self.editor.save())
        self.save_action.setEnabled(self.editor.can_write)
        self.addAction(self.save_action)

        self.tree.currentChanged.connect(self._tree_selection)
        self.history.restoreRequested.connect(self.restore_version)
        self.editor.conflicted.connect(self.reload)  # show the version saved meanwhile
        self.links.petitionRequested.connect(self.petitionRequested)
        self.history.model.countChanged.connect(lambda n: self.lower.setTabText(
            self.history_index, self.tr("Versiones (%1)").replace("%1", str(n))))
        self.links.model.countChanged.connect(lambda n: self.lower.setTabText(
            self.links_index, self.tr("Peticiones vinculadas (%1)").replace("%1", str(n))))
        runner.dataChanged.connect(self.reload)
        self.reload()

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        """Re-read the tree and the provision shown (after a change here or elsewhere)."""
        db, actor, shown = self.db, self.actor, self._shown
        self.loading += 1

        def work(_progress):
            with db.read() as s:
                rows = provisions.provision_tree(s, actor)
                detail = None
                if shown is not None and any(r.id == shown for r in rows):
                    detail = _read_provision(s, actor, shown)
                return rows, detail

        def done(result) -> None:
            self.loading -= 1
            rows, detail = result
            self.tree.set_rows(rows)
            if detail is not None and self._shown == shown:
                self._apply(detail, refresh=True)
            elif shown is not None and detail is None and self._shown == shown:
                self._show_nothing()
            self.loaded.emit()

        def failed(exc) -> None:
            self.loading -= 1
            self._show_message(describe(exc, "drafting tree"))
            self.loaded.emit()

        self.runner.submit(work, title=self.tr("Leyendo las disposiciones"), on_done=done, on_error=failed,
                           mutates=False, parent_widget=self, show_progress=False)

    def _load(self, provision_id: int | None) -> None:
        self._wanted = provision_id
        if provision_id is None:
            self._show_nothing()
            return
        db, actor = self.db, self.actor
        self.loading += 1

        def work(_progress):
            with db.read() as s:
                return _read_provision(s, actor, provision_id)

        def done(detail) -> None:
            self.loading -= 1
            if self._wanted == provision_id:
                self._apply(detail, refresh=False)

        def failed(exc) -> None:
            self.loading -= 1
            if self._wanted != provision_id:
                return
            if isinstance(exc, NotFound):
                self._show_nothing()
            self._show_message(describe(exc, "drafting provision"))

        self.runner.submit(work, title=self.tr("Leyendo la disposición"), on_done=done, on_error=failed,
                           mutates=False, parent_widget=self, show_progress=False)

    def _apply(self, detail, *, refresh: bool) -> None:
        row, current, versions, links = detail
        self._shown = row.id
        if refresh:
            self.editor.refresh(row, current)
        else:
            self.editor.load(row, current)
        self.history.set_provision(row, versions)
        self.links.set_provision(row, links)

    def _show_nothing(self) -> None:
        self._shown = self._wanted = None
        self.editor.load(None, None)
        self.history.set_provision(None, [])
        self.links.set_provision(None, [])

    def _show_message(self, text: str) -> None:
        show_message(self.message, text)

    # ------------------------------------------------------------------ selection and unsaved text
    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def _tree_selection(self, provision_id) -> None:
        shown = self.editor.provision.id if self.editor.provision is not None else None
        if provision_id == shown:
            return
        if self.editor.is_dirty():
            answer = ask_unsaved(self, self.editor.provision.citation)
            if answer == CANCEL:
                self.tree.select_id(shown, notify=False)
                return
            if answer == SAVE:
                self.tree.select_id(shown, notify=False)
                self.editor.save(after=lambda: self.tree.select_id(provision_id))
                return
            self.editor.discard()
        self._show_message("")
        self._load(provision_id)

    def guard_close(self) -> bool:
        """Before the window closes: True to let it close (nothing unsaved, or discarded)."""
        if not self.editor.is_dirty():
            return True
        if self.tab_widget is not None:
            self.tab_widget.setCurrentWidget(self)
        answer = ask_unsaved(self, self.editor.provision.citation)
        if answer == DISCARD:
            self.editor.discard()
            return True
        if answer == SAVE:
            window = self.window()
            self.editor.save(after=window.close)
        return False

    def show_provision(self, provision_id: int) -> bool:
        """Switch to this tab and select a provision (False if it is not in the tree)."""
        if self.tab_widget is not None:
            self.tab_widget.setCurrentWidget(self)
        if self.tree.model.provision(provision_id) is None:
            self.tree.pending_select = provision_id  # the tree is still being read
            return False
        self.tree.pending_select = None
        return self.tree.select_id(provision_id)

    # ------------------------------------------------------------------ commands that span panels
    def restore_version(self, version_row, *, confirm: bool = True):
        """Bring an old version's text back as a new version (asks first)."""
        prov = self.editor.provision
        if prov is None or not self.actor.can(Action.WRITE_WORDING):
            return None
        if self.editor.is_dirty():
            answer = ask_unsaved(self, prov.citation)
            if answer == CANCEL:
                return None
            if answer == SAVE:
                self.editor.save()
                return None
            self.editor.discard()
        if confirm and QMessageBox.question(
                self, self.tr("Restaurar versión"),
                self.tr("¿Restaurar la versión %1 de %2? Su texto se guardará como una versión nueva; las demás "
                        "versiones se conservan.").replace("%1", str(version_row.number)).replace("%2", prov.citation)
        ) != QMessageBox.StandardButton.Yes:
            return None
        return self.editor.restore(version_row.number)


class _CloseGuard(QObject):
    """Asks about unsaved wording when the main window is about to close."""

    def __init__(self, tab: DraftingTab, parent: QObject) -> None:
        super().__init__(parent)
        self.tab = tab

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Close and not self.tab.guard_close():
            event.ignore()
            return True
        return False


def install_drafting_tab(main_window, tab_widget, db, actor, runner) -> DraftingTab:
    """Add "Redacción" to ``tab_widget``; a petition link shows it in the first tab's table."""
    tab = DraftingTab(db, actor, runner, tab_widget)
    tab.tab_widget = tab_widget
    tab_widget.addTab(tab, QCoreApplication.translate("DraftingTab", "Redacción"))

    def show_petition(petition_id: int) -> None:
        tab_widget.setCurrentIndex(0)
        table = getattr(main_window, "table", None)
        if table is not None and hasattr(table, "select_id"):
            table.select_id(petition_id)

    tab.petitionRequested.connect(show_petition)
    tab.close_guard = _CloseGuard(tab, main_window)
    main_window.installEventFilter(tab.close_guard)
    return tab
