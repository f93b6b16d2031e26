"""The "Consultas" tab: every petition whose petitioners are consulted on the wording, by state.

Four toggles with counts ("Pendientes (12) · Aprobadas (13) · Desactualizadas (1) · Rechazadas
(1)") narrow the list (none pressed: all of them), and a search box looks in titles, links and
petitioners; both go to the service. The right side shows the selected petition's consultation
(``ConsultationDetailView``): today's wording, the answers on record, "Ver cambios" for a stale
one and "Abrir constancia".

Commands: "Registrar visto bueno…" (Ctrl+R) opens the clerk's ``SignoffDialog``; the counsel
adds a petition outside the hearing/audience tiers ("Agregar a la consulta…") or withdraws one
it added. The role only hides commands; the services enforce them. Reads are small and direct;
writes, the evidence and the redlines go through the task runner.

``install_consultations_tab(main_window, tab_widget, db, actor, runner)`` adds the tab, keeps its
title counting what is pending, and wires the petition panel's drafting section (if the window
has one) to it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget

from secretariat.permissions import Action
from secretariat.services import consultations
from secretariat.services.consultations import ConsultationRow, OutcomeRow
from ui.errors import describe
from ui.models.consultations_model import COLUMNS, ConsultationsModel
from ui.views.consultation_detail import ConsultationDetailView
from ui.views.consultation_labels import STATES, state_filter_label
from ui.views.consultation_parts import data_table, open_dialog, select_row

SEARCH_DELAY_MS = 250


class ConsultationsTab(QWidget):
    """``petitionRequested(petition_id)`` when the user asks to see the petition in the register."""

    petitionRequested = Signal(int)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("consultations_tab")
        self.dialog = None  # the last dialog opened (tests and the lead may look at it)
        self.open_dir = Path(tempfile.gettempdir()) / "secretariat-constancias"
        self.opener = QDesktopServices.openUrl  # replaced in tests
        self.model = ConsultationsModel(db, actor, self)

        # ---- filters
        self.state_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for state in STATES:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setObjectName(f"filter_{state}")
            button.setToolTip(self.tr("Mostrar solo estas consultas (ninguno marcado: todas)"))
            button.toggled.connect(lambda _on: self._apply_filters())
            self.state_buttons[state] = button
            bar.addWidget(button)
        self.search = QLineEdit(self)
        self.search.setObjectName("consultations_search")
        self.search.setPlaceholderText(self.tr("Buscar por petición, enlace o peticionario"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Buscar consultas"))
        self.search.setMinimumWidth(260)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.count_label = QLabel(self)
        bar.addSpacing(12)
        bar.addWidget(self.search)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        # ---- table and detail
        self.table = data_table(self, self.model, COLUMNS, name="consultations_table", stretch="petition")
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.detail = ConsultationDetailView(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([280, 420])  # proportions: the detail gets the larger share
        self.splitter.setChildrenCollapsible(False)

        # ---- commands
        can = actor.can
        self.record_action = QAction(self.tr("&Registrar visto bueno…"), self)
        self.record_action.setObjectName("action_record_signoff")
        self.record_action.setShortcut(QKeySequence("Ctrl+R"))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.record_action.triggered.connect(lambda _c=False: self.record_signoff())
        self.addAction(self.record_action)
        self.record_button = QPushButton(self.tr("Registrar visto bueno…"), self)
        self.record_button.setObjectName("record_signoff_button")
        self.record_button.setToolTip(self.tr("La respuesta del peticionario sobre la redacción vigente (Ctrl+R)"))
        self.record_button.clicked.connect(self.record_action.trigger)
        self.request_button = QPushButton(self.tr("&Agregar a la consulta…"), self)
        self.request_button.setToolTip(self.tr("Consultar también una petición que no llegó a audiencia"))
        self.withdraw_button = QPushButton(self.tr("Re&tirar de la consulta…"), self)
        self.withdraw_button.setToolTip(self.tr("Quitar una petición que la consejería agregó a la consulta"))
        self.petition_button = QPushButton(self.tr("Ver la pe&tición"), self)
        self.petition_button.setToolTip(self.tr("Mostrar la petición en el registro"))
        for widget in (self.record_button,):
            widget.setVisible(can(Action.RECORD_APPROVALS))
        self.record_action.setEnabled(can(Action.RECORD_APPROVALS))
        for widget in (self.request_button, self.withdraw_button):
            widget.setVisible(can(Action.REQUEST_CONSULTATION))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        commands = QHBoxLayout()
        commands.setSpacing(6)
        for button in (self.record_button, self.request_button, self.withdraw_button):
            commands.addWidget(button)
        commands.addStretch(1)
        commands.addWidget(self.petition_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(commands)
        layout.addWidget(self.message)

        self.model.countChanged.connect(self._show_count)
        self.model.countsChanged.connect(self._show_counts)
        self.model.loadFailed.connect(self.message.setText)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.record_signoff() if can(Action.RECORD_APPROVALS) else None)
        self.detail.changesRequested.connect(self.show_changes)
        self.detail.evidenceRequested.connect(self.open_evidence)
        self.request_button.clicked.connect(lambda: self.request_consultation())
        self.withdraw_button.clicked.connect(lambda: self.withdraw_request())
        self.petition_button.clicked.connect(
            lambda: self.current() and self.petitionRequested.emit(self.current().petition_id))
        runner.dataChanged.connect(self.reload)
        self._show_counts(self.model.counts())
        self._show_count(self.model.rowCount())
        self._selection_changed()

    # ------------------------------------------------------------------ filters
    def checked_states(self) -> tuple[str, ...] | None:
        states = tuple(s for s, b in self.state_buttons.items() if b.isChecked())
        return states or None

    def set_states(self, states) -> None:
        """Press exactly the toggles of ``states`` (empty or None: none, i.e. all)."""
        wanted = set(states or ())
        for state, button in self.state_buttons.items():
            button.blockSignals(True)
            button.setChecked(state in wanted)
            button.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(states=self.checked_states(), search=self.search.text().strip())
        self._selection_changed()

    def _show_counts(self, counts: dict) -> None:
        loc = QLocale()
        for state, button in self.state_buttons.items():
            button.setText(f"{state_filter_label(state)} ({loc.toString(counts.get(state, 0))})")

    def _show_count(self, shown: int) -> None:
        self.count_label.setText(self.tr("1 petición") if shown == 1 else
                                 self.tr("%1 peticiones").replace("%1", QLocale().toString(shown)))

    def reload(self) -> None:
        """Re-read the list and the petition shown (after a change here or on another workstation)."""
        self.model.refresh()
        self._selection_changed()

    # ------------------------------------------------------------------ selection
    def current(self) -> ConsultationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.consultation(rows[0].row()) if rows else None

    def select_petition(self, petition_id: int) -> bool:
        return select_row(self.table, self.model.row_of(petition_id))

    def show_petition(self, petition_id: int) -> bool:
        """Select ``petition_id`` (clearing the filters if they hide it); False if it is not consulted."""
        if self.model.row_of(petition_id) < 0 and (self.checked_states() or self.search.text()):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.set_states(())
        return self.select_petition(petition_id)

    def _selection_changed(self) -> None:
        row = self.current()
        self.petition_button.setEnabled(row is not None)
        self.record_button.setEnabled(row is not None)
        self.withdraw_button.setEnabled(row is not None and row.requested)
        if row is None:
            self.detail.set_detail(None)
            return
        try:
            with self.db.read() as s:
                detail = consultations.consultation_detail(s, self.actor, row.petition_id)
        except Exception as exc:  # noqa: BLE001 - gone meanwhile, or unreachable
            self.detail.set_detail(None, describe(exc, "consultation detail"))
            return
        self.detail.set_detail(detail)

    # ------------------------------------------------------------------ commands
    def _open(self, dialog):
        return open_dialog(self, dialog)

    def record_signoff(self, petition_id: int | None = None):
        """Open the sign-off dialog for ``petition_id`` (default: the selected petition)."""
        from ui.views.signoff_dialog import SignoffDialog

        if not self.actor.can(Action.RECORD_APPROVALS):
            return None
        if petition_id is None:
            row = self.current()
            if row is None:
                return None
            petition_id = row.petition_id
        detail = self.detail.detail if (self.detail.detail and self.detail.detail.row
                                        and self.detail.detail.row.petition_id == petition_id) else None
        dialog = SignoffDialog(self.db, self.actor, self.runner, petition_id, self, detail=detail)
        dialog.saved.connect(lambda outcome: self._recorded(outcome))
        return self._open(dialog)

    def _recorded(self, outcome: OutcomeRow) -> None:
        row = next((r for r in self.model.rows() if r.petition_id == outcome.petition_id), None)
        title = row.title if row else ""
        self.message.setText(self.tr("Se registró la respuesta de «%1».").replace("%1", title))

    def request_consultation(self, petition_id: int | None = None):
        from ui.views.consultation_request import RequestDialog

        if not self.actor.can(Action.REQUEST_CONSULTATION):
            return None
        dialog = RequestDialog(self.db, self.actor, self.runner, self, petition_id=petition_id)
        dialog.saved.connect(lambda detail: self._requested(detail))
        return self._open(dialog)

    def _requested(self, detail) -> None:
        if detail.row is not None:
            self.show_petition(detail.row.petition_id)
            self.message.setText(self.tr("«%1» se agregó a la consulta.").replace("%1", detail.row.title))
        else:
            self.message.setText(self.tr("La petición se agregó a la consulta; aparecerá aquí cuando alimente "
                                         "alguna disposición."))

    def withdraw_request(self, *, confirm: bool = True):
        row = self.current()
        if row is None or not row.requested or not self.actor.can(Action.REQUEST_CONSULTATION):
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Retirar de la consulta"),
                self.tr("¿Retirar «%1» de la consulta? Sus respuestas registradas se conservan.")
                .replace("%1", row.title)) != QMessageBox.StandardButton.Yes:
            return None
        db, actor, pid = self.db, self.actor, row.petition_id

        def work(_progress):
            with db.write() as s:
                return consultations.withdraw_request(s, actor, pid)

        return self.runner.submit(
            work, title=self.tr("Retirando de la consulta"),
            on_done=lambda _d: self.message.setText(self.tr("«%1» se retiró de la consulta.").replace("%1", row.title)),
            on_error=lambda exc: self.message.setText(describe(exc, "withdraw")), parent_widget=self)

    def show_changes(self, outcome: OutcomeRow):
        """The redline from the wording ``outcome`` answered to today's, for each changed provision."""
        db, actor = self.db, self.actor
        items = [i for i in outcome.items if i.changed] or list(outcome.items)

        def work(_progress):
            with db.read() as s:
                return [(i, consultations.approved_redline(s, actor, outcome.id, i.provision_id)) for i in items]

        return self.runner.submit(work, title=self.tr("Comparando la redacción"), mutates=False,
                                  on_done=lambda pieces: self._show_changes(outcome, pieces),
                                  on_error=lambda exc: self.message.setText(describe(exc, "approved redline")),
                                  parent_widget=self)

    def _show_changes(self, outcome: OutcomeRow, pieces) -> None:
        from ui.views.consultation_changes import ChangesDialog
        from ui.views.consultation_labels import version_text
        from ui.models.worklist_model import fmt_day

        captions = []
        for item, segments in pieces:
            caption = (self.tr("<b>%1</b>: %2 (aprobada) → %3 (vigente)").replace("%1", item.citation)
                       .replace("%2", version_text(item.number)).replace("%3", version_text(item.current_number)))
            captions.append((caption, segments))
        intro = self.tr("El peticionario aprobó esta redacción el %1; así cambió desde entonces "
                        "(lo añadido, subrayado; lo suprimido, tachado).").replace("%1", fmt_day(outcome.decided_on))
        self._open(ChangesDialog(self, self.tr("Cambios desde el visto bueno"), intro, captions))

    def open_evidence(self, outcome: OutcomeRow):
        """Verify the stored evidence, write a copy to a temporary folder and open it there."""
        db, actor, dest = self.db, self.actor, self.open_dir / str(outcome.id)

        def work(_progress):
            with db.read() as s:
                return consultations.open_evidence(s, actor, outcome.id, dest)

        def done(path) -> None:
            self.message.setText(self.tr("Se abrió una copia verificada de «%1».").replace("%1", Path(path).name))
            self.opener(QUrl.fromLocalFile(str(path)))

        return self.runner.submit(work, title=self.tr("Abriendo la constancia"), mutates=False, on_done=done,
                                  on_error=lambda exc: self.message.setText(describe(exc, "evidence")),
                                  parent_widget=self)


def install_consultations_tab(main_window, tab_widget, db, actor, runner) -> ConsultationsTab:
    """Add "Consultas" to ``tab_widget``; its title counts the petitions pending (and stale).

    When the tab asks to show a petition it switches to the first tab and selects it in
    ``main_window.table``; the petition panel's drafting section (``main_window.detail.drafting``,
    if present) gets the runner and its "Ver en Consultas" link switches to this tab.
    """
    tab = ConsultationsTab(db, actor, runner, tab_widget)
    index = tab_widget.addTab(tab, QCoreApplication.translate("ConsultationsTab", "Consultas"))

    def title(counts: dict) -> None:
        waiting = counts.get("pending", 0) + counts.get("stale", 0)
        tab_widget.setTabText(index, QCoreApplication.translate("ConsultationsTab", "Consultas (%1)")
                              .replace("%1", str(waiting)) if waiting
                              else QCoreApplication.translate("ConsultationsTab", "Consultas"))

    tab.model.countsChanged.connect(title)
    title(tab.model.counts())

    def show_in_register(petition_id: int) -> None:
        tab_widget.setCurrentIndex(0)
        table = getattr(main_window, "table", None)
        if table is not None and hasattr(table, "select_id"):
            table.select_id(petition_id)

    def show_here(petition_id: int) -> None:
        tab_widget.setCurrentWidget(tab)
        tab.show_petition(petition_id)

    tab.petitionRequested.connect(show_in_register)
    section = getattr(getattr(main_window, "detail", None), "drafting", None)
    if section is not None:
        section.set_runner(runner)
        section.consultationRequested.connect(show_here)
    return tab
