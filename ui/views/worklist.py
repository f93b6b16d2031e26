"""The worklist tab ("Deberes"): every open duty, its age bucket, owner, petition and tier.

Filters (owner, kind, bucket, "Solo los míos") go to SQL through ``DutyQuery``. The commands act
on the selected rows: assign them to an adviser (in bulk), waive one with a reason, record a
legal review's outcome, plan or open the meeting that fulfils a duty, close a follow-up cycle.
After a command the runner's ``dataChanged`` re-reads the list; the filters stay as they were and
the selection stays on the same duties (the model emits precise signals, never a reset).

The role only hides commands: MANAGE_DUTIES assigns, waives, records outcomes and closes cycles;
PLAN_MEETINGS plans meetings; everyone can open a duty's meeting to read it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import duties, rosters
from secretariat.services.duties import BUCKETS, DUTY_KINDS, DutyRow
from ui.errors import describe
from ui.models.worklist_model import COLUMNS, WorklistModel
from ui.work_labels import bucket_label, duty_kind_label, unassigned_label

UNASSIGNED = "unassigned"
#: meeting kind planned for each duty kind (a legal review has no meeting)
MEETING_FOR_DUTY = {"hearing": "hearing", "follow_up": "follow_up", "mayoral_audience": "mayoral_audience"}


def _codes(data) -> tuple[str, ...]:
    """A filter box's data ("" for all, or comma-separated codes) as a tuple of codes."""
    return tuple(c for c in (data or "").split(",") if c)


class WorklistTab(QWidget):
    """``petitionRequested(petition_id)`` when the user asks to see a duty's petition."""

    petitionRequested = Signal(int)

    def __init__(self, db, actor, runner, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("worklist_tab")
        self.dialog = None  # the last dialog opened (tests and the lead may look at it)
        can = actor.can
        self.model = WorklistModel(db, actor, self, today=today)

        # ---- filters
        self.owner_box = QComboBox(self)
        self.owner_box.setAccessibleName(self.tr("Responsable"))
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Deber"))
        self.kind_box.addItem(self.tr("Todos los deberes"), "")
        for kind in DUTY_KINDS:
            self.kind_box.addItem(duty_kind_label(kind), kind)
        self.bucket_box = QComboBox(self)
        self.bucket_box.setAccessibleName(self.tr("Plazo"))
        self.bucket_box.addItem(self.tr("Cualquier plazo"), "")
        for bucket in reversed(BUCKETS):
            self.bucket_box.addItem(bucket_label(bucket), bucket)
        self.bucket_box.addItem(self.tr("Vencidos o por vencer"), "overdue,due_soon")
        self.mine = QCheckBox(self.tr("Solo los &míos"), self)
        self.mine.setToolTip(self.tr("Mostrar solo los deberes de los que usted es responsable"))
        self.mine.setVisible(actor.id is not None)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        for caption, box in ((self.tr("Responsable:"), self.owner_box), (self.tr("Deber:"), self.kind_box),
                             (self.tr("Plazo:"), self.bucket_box)):
            bar.addWidget(QLabel(caption, self))
            bar.addWidget(box)
            bar.addSpacing(6)
        bar.addWidget(self.mine)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        # ---- the table
        self.table = QTableView(self)
        self.table.setObjectName("worklist_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, col in enumerate(COLUMNS):
            self.table.setColumnWidth(i, max(col.width, header.sectionSizeHint(i)))
        header.setSectionResizeMode(COLUMNS.index(next(c for c in COLUMNS if c.key == "petition")),
                                    QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        # ---- commands
        self.assign_box = QComboBox(self)
        self.assign_box.setAccessibleName(self.tr("Asignar a"))
        self.assign_button = QPushButton(self.tr("&Asignar seleccionados"), self)
        self.waive_button = QPushButton(self.tr("&Dispensar…"), self)
        self.waive_button.setToolTip(self.tr("Cerrar el deber sin cumplirlo, con un motivo"))
        self.outcome_button = QPushButton(self.tr("&Resultado de la revisión…"), self)
        self.plan_button = QPushButton(self.tr("&Planear reunión…"), self)
        self.meeting_button = QPushButton(self.tr("Abrir r&eunión…"), self)
        self.cycle_button = QPushButton(self.tr("Cerrar &ciclo de seguimiento…"), self)
        self.cycle_button.setToolTip(self.tr("Terminar las reuniones de seguimiento de esta petición"))
        self.petition_button = QPushButton(self.tr("Ver la pe&tición"), self)
        self.petition_button.setToolTip(self.tr("Mostrar la petición del deber en el registro"))
        self.assign_caption = QLabel(self.tr("Asignar a:"), self)
        manage = can(Action.MANAGE_DUTIES)
        for widget in (self.assign_caption, self.assign_box, self.assign_button, self.waive_button,
                       self.outcome_button, self.cycle_button):
            widget.setVisible(manage)
        self.plan_button.setVisible(can(Action.PLAN_MEETINGS))
        self.message = QLabel(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        commands = QHBoxLayout()
        commands.setSpacing(6)
        commands.addWidget(self.assign_caption)
        commands.addWidget(self.assign_box)
        commands.addWidget(self.assign_button)
        commands.addSpacing(12)
        for button in (self.plan_button, self.meeting_button, self.outcome_button, self.waive_button,
                       self.cycle_button):
            commands.addWidget(button)
        commands.addStretch(1)
        commands.addWidget(self.petition_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(commands)
        layout.addWidget(self.message)

        self._load_people()
        self.owner_box.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.kind_box.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.bucket_box.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.mine.toggled.connect(lambda _on: self._apply_filters())
        self.model.countChanged.connect(self._show_count)
        self.model.loadFailed.connect(self.message.setText)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync_buttons())
        self.table.doubleClicked.connect(self._activated)
        self.assign_button.clicked.connect(lambda: self.assign_selected())
        self.waive_button.clicked.connect(lambda: self.waive_current())
        self.outcome_button.clicked.connect(lambda: self.record_outcome())
        self.plan_button.clicked.connect(lambda: self.plan_meeting())
        self.meeting_button.clicked.connect(lambda: self.open_meeting())
        self.cycle_button.clicked.connect(lambda: self.close_cycle())
        self.petition_button.clicked.connect(lambda: self.current() and self.petitionRequested.emit(self.current().petition_id))
        runner.dataChanged.connect(self.reload)
        self._show_count(self.model.rowCount())
        self._sync_buttons()

    # ------------------------------------------------------------------ people and filters
    def _load_people(self) -> None:
        try:
            with self.db.read() as s:
                people = rosters.advisers(s, self.actor)
        except Exception as exc:  # noqa: BLE001 - the list says why it is empty
            self.message.setText(describe(exc, "advisers"))
            people = []
        self.advisers = people
        for box, first in ((self.owner_box, self.tr("Todos")), (self.assign_box, None)):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            if first is not None:
                box.addItem(first, None)
            box.addItem(unassigned_label(), UNASSIGNED)
            for person in people:
                box.addItem(person.label, person.id)
            index = box.findData(current) if current is not None else -1
            box.setCurrentIndex(index if index >= 0 else (0 if first is not None else 1 if people else 0))
            box.blockSignals(False)

    def _apply_filters(self) -> None:
        owner = self.owner_box.currentData()
        self.owner_box.setEnabled(not self.mine.isChecked())
        if self.mine.isChecked():
            owner_ids, unassigned = (self.actor.id,), False
        elif owner == UNASSIGNED:
            owner_ids, unassigned = (), True
        else:
            owner_ids, unassigned = ((owner,) if owner is not None else ()), False
        self.model.update_query(owner_ids=owner_ids, unassigned=unassigned,
                                kinds=_codes(self.kind_box.currentData()),
                                buckets=_codes(self.bucket_box.currentData()))
        self._sync_buttons()

    def set_filters(self, *, owner=None, kind: str | None = None, bucket: str | None = None,
                    mine: bool | None = None) -> None:
        """Choose filter values by code (the boxes change as if the user had picked them)."""
        if owner is not None:
            self.owner_box.setCurrentIndex(self.owner_box.findData(owner))
        if kind is not None:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        if bucket is not None:
            self.bucket_box.setCurrentIndex(max(0, self.bucket_box.findData(bucket)))
        if mine is not None:
            self.mine.setChecked(mine)

    def _show_count(self, shown: int) -> None:
        loc = QLocale()
        self.count_label.setText(self.tr("1 deber") if shown == 1 else
                                 self.tr("%1 deberes").replace("%1", loc.toString(shown)))

    def reload(self) -> None:
        """Re-read the advisers and the duties (after a change here or on another workstation)."""
        self._load_people()
        self.model.refresh()
        self._sync_buttons()

    # ------------------------------------------------------------------ selection
    def selected_rows(self) -> list[DutyRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.duty(i) for i in rows) if r is not None]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def select_ids(self, duty_ids) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for duty_id in duty_ids:
            row = self.model.row_of(duty_id)
            if row >= 0:
                sel.select(self.model.index(row, 0), flags)
                sel.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def current(self) -> DutyRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _sync_buttons(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        self.assign_button.setEnabled(bool(rows))
        self.waive_button.setEnabled(one is not None)
        self.outcome_button.setEnabled(one is not None and one.kind == "legal_review")
        self.plan_button.setEnabled(one is not None and one.kind in MEETING_FOR_DUTY and one.meeting_id is None)
        self.meeting_button.setEnabled(one is not None and one.meeting_id is not None)
        self.cycle_button.setEnabled(one is not None and one.kind == "follow_up")
        self.petition_button.setEnabled(one is not None)

    def _activated(self, index) -> None:
        duty = self.model.duty(index.row())
        if duty is None:
            return
        if duty.meeting_id is not None:
            self.open_meeting(duty)
        elif duty.kind == "legal_review" and self.actor.can(Action.MANAGE_DUTIES):
            self.record_outcome(duty)
        elif duty.kind in MEETING_FOR_DUTY and self.actor.can(Action.PLAN_MEETINGS):
            self.plan_meeting(duty)
        else:
            self.petitionRequested.emit(duty.petition_id)

    # ------------------------------------------------------------------ commands
    def assign_selected(self, owner=None):
        """Assign every selected duty to ``owner`` (an account id, ``UNASSIGNED``, or the box's)."""
        ids = self.selected_ids()
        owner = self.assign_box.currentData() if owner is None else owner
        if not ids:
            return None
        owner_id = None if owner == UNASSIGNED else owner
        name = next((p.label for p in self.advisers if p.id == owner_id), unassigned_label())
        db, actor = self.db, self.actor

        def work(_progress):
            with db.write() as s:
                return duties.assign(s, actor, ids, owner_id)

        def done(result) -> None:
            n = len(result.assigned)
            self.message.setText(
                (self.tr("Se asignó 1 deber a %2.") if n == 1 else self.tr("Se asignaron %1 deberes a %2."))
                .replace("%1", QLocale().toString(n)).replace("%2", name))

        return self.runner.submit(work, title=self.tr("Asignando deberes"), on_done=done,
                                  on_error=lambda exc: self.message.setText(describe(exc, "assign")),
                                  parent_widget=self)

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def waive_current(self, duty: DutyRow | None = None):
        from ui.views.duty_dialogs import WaiveDialog

        duty = duty or self.current()
        return self._open(WaiveDialog(self.db, self.actor, self.runner, duty, self)) if duty else None

    def record_outcome(self, duty: DutyRow | None = None):
        from ui.views.duty_dialogs import OutcomeDialog

        duty = duty or self.current()
        if duty is None or duty.kind != "legal_review":
            return None
        return self._open(OutcomeDialog(self.db, self.actor, self.runner, duty, self))

    def plan_meeting(self, duty: DutyRow | None = None):
        from ui.views.meeting_dialog import MeetingDialog

        duty = duty or self.current()
        if duty is None or duty.kind not in MEETING_FOR_DUTY:
            return None
        return self._open(MeetingDialog(self.db, self.actor, self.runner, self, petition_id=duty.petition_id,
                                        kind=MEETING_FOR_DUTY[duty.kind], duty_id=duty.id))

    def open_meeting(self, duty: DutyRow | None = None):
        from ui.views.meeting_dialog import MeetingDialog

        duty = duty or self.current()
        if duty is None or duty.meeting_id is None:
            return None
        return self._open(MeetingDialog(self.db, self.actor, self.runner, self, meeting_id=duty.meeting_id))

    def close_cycle(self, duty: DutyRow | None = None, *, confirm: bool = True):
        duty = duty or self.current()
        if duty is None or duty.kind != "follow_up":
            return None
        if confirm and QMessageBox.question(
                self, self.tr("Cerrar ciclo de seguimiento"),
                self.tr("¿Terminar las reuniones de seguimiento de «%1»? Los seguimientos abiertos se "
                        "dispensarán y no aparecerán más.").replace("%1", duty.petition_title)
        ) != QMessageBox.StandardButton.Yes:
            return None
        db, actor, pid = self.db, self.actor, duty.petition_id

        def work(_progress):
            with db.write() as s:
                return duties.close_cycle(s, actor, pid)

        return self.runner.submit(
            work, title=self.tr("Cerrando el ciclo de seguimiento"),
            on_done=lambda _r: self.message.setText(self.tr("Se cerró el ciclo de seguimiento.")),
            on_error=lambda exc: self.message.setText(describe(exc, "close cycle")), parent_widget=self)
