"""The counsel's audit browser (Expediente › Bitácora de auditoría…).

Filters by user, record type and a range of local dates; a table of the matching rows, newest
first (at most ``LIMIT``); below it the selected row's before and after, field by field. The
"Verificar integridad" button re-computes the hash chain on the task runner and says either
"Bitácora íntegra: N registros" or which row was altered, and selects it when it is listed.
"""

from __future__ import annotations

import html
from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import audit, petitions, users
from secretariat.services.audit import AuditVerification
from ui.errors import describe
from ui.models.audit_model import AuditTableModel, DiffModel, action_label, entity_label, fmt_when, record_label

LIMIT = 1000


def utc_bound(day: date) -> datetime:
    """The local midnight that starts ``day``, as naive UTC (what the audit trail stores)."""
    return datetime.combine(day, time.min).astimezone(timezone.utc).replace(tzinfo=None)


def _table(parent: QWidget, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    return view


class AuditBrowser(QDialog):
    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self._names: dict[tuple[str, str], str] = {}
        self.setWindowTitle(self.tr("Bitácora de auditoría"))
        self.resize(1100, 720)
        self.setSizeGripEnabled(True)

        self.user_box = QComboBox(self)
        self.entity_box = QComboBox(self)
        self.from_check = QCheckBox(self.tr("Desde:"), self)
        self.to_check = QCheckBox(self.tr("Hasta:"), self)
        today = QDate.currentDate()
        self.from_date = self._date_edit(today.addDays(-30))
        self.to_date = self._date_edit(today)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Usuario:"), self))
        bar.addWidget(self.user_box)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Tipo de registro:"), self))
        bar.addWidget(self.entity_box)
        bar.addSpacing(12)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            bar.addWidget(check)
            bar.addWidget(edit)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.reload())
            edit.dateChanged.connect(lambda _d, check=check: check.isChecked() and self.reload())
        bar.addStretch(1)

        self.model = AuditTableModel(self)
        self.table = _table(self, self.model)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)

        self.detail_title = QLabel(self)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff = DiffModel(self)
        self.diff_view = _table(self, self.diff)
        self.diff_view.setWordWrap(True)
        dh = self.diff_view.horizontalHeader()
        dh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        dh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.diff_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 6, 0, 0)
        lower_box.addWidget(self.detail_title)
        lower_box.addWidget(self.diff_view, 1)
        upper = QWidget(self)
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addWidget(self.table, 1)
        upper_box.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.verify_button = QPushButton(self.tr("&Verificar integridad"), self)
        self.verify_button.setToolTip(self.tr(
            "Recalcular la cadena de huellas y comprobar que ningún registro se cambió, borró o "
            "insertó fuera de la aplicación"))
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel(self)
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.verify_button)
        foot.addWidget(self.verify_label, 1)
        foot.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(foot)

        self._fill_filters()
        self.user_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.entity_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        if runner is not None:
            runner.dataChanged.connect(self.reload)
        self.reload()

    def _date_edit(self, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setEnabled(False)
        return edit

    # ------------------------------------------------------------------ filters
    def _fill_filters(self) -> None:
        try:
            with self._db.read() as s:
                names = audit.audit_users(s, self._actor)
                entities = audit.audit_entities(s, self._actor)
        except Exception as exc:  # noqa: BLE001 - shown in the count line; the dialog stays usable
            names, entities = [], []
            self.count_label.setText(describe(exc, "audit filters"))
        for box, all_text, items in ((self.user_box, self.tr("Todos"), [(n, n) for n in names]),
                                     (self.entity_box, self.tr("Todos"),
                                      sorted(((entity_label(e), e) for e in entities),
                                             key=lambda pair: pair[0]))):
            box.blockSignals(True)
            box.clear()
            box.addItem(all_text, None)
            for text, data in items:
                box.addItem(text, data)
            box.blockSignals(False)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_filters(self, *, user: str | None = None, entity: str | None = None,
                    date_from: date | None = None, date_to: date | None = None) -> None:
        """Set every filter at once (one reload)."""
        for w in (self.user_box, self.entity_box, self.from_check, self.to_check, self.from_date, self.to_date):
            w.blockSignals(True)
        self.user_box.setCurrentIndex(max(0, self.user_box.findData(user)) if user else 0)
        self.entity_box.setCurrentIndex(max(0, self.entity_box.findData(entity)) if entity else 0)
        for check, edit, day in ((self.from_check, self.from_date, date_from),
                                 (self.to_check, self.to_date, date_to)):
            check.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        for w in (self.user_box, self.entity_box, self.from_check, self.to_check, self.from_date, self.to_date):
            w.blockSignals(False)
        self.reload()

    def _query(self) -> dict:
        q: dict = {"user_name": self.user_box.currentData(), "entity": self.entity_box.currentData()}
        if self.from_check.isChecked():
            q["date_from"] = utc_bound(self.from_date.date().toPython())
        if self.to_check.isChecked():
            q["date_to"] = utc_bound(self.to_date.date().toPython() + timedelta(days=1))
        return q

    # ------------------------------------------------------------------ list and detail
    def reload(self) -> None:
        selected = self.selected()
        try:
            with self._db.read() as s:
                rows = audit.browse(s, self._actor, limit=LIMIT, **self._query())
                self._names = self._record_names(s, rows)
        except Exception as exc:  # noqa: BLE001
            self.model.set_rows([])
            self.count_label.setText(describe(exc, "audit browse"))
            self._show_selected()
            return
        self.model.set_rows(rows, self._names)
        loc = QLocale()
        if len(rows) >= LIMIT:
            text = self.tr("Se muestran los %1 registros más recientes; use los filtros para ver los "
                           "anteriores.").replace("%1", loc.toString(LIMIT))
        elif len(rows) == 1:
            text = self.tr("1 registro")
        else:
            text = self.tr("%1 registros").replace("%1", loc.toString(len(rows)))
        self.count_label.setText(text)
        row = self.model.row_of(selected.id) if selected else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._show_selected()

    def _record_names(self, s, rows) -> dict[tuple[str, str], str]:
        """Petition titles and user names for the records listed (read through the services)."""
        ids = sorted({int(r.entity_id) for r in rows if r.entity == "petition" and r.entity_id.isdigit()})
        names = {("petition", str(p.id)): p.title for p in petitions.petition_rows(s, self._actor, ids)}
        if any(r.entity == "user" for r in rows):
            names.update({("user", str(u.id)): u.name for u in users.list_users(s, self._actor)})
        return names

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_id(self, audit_id: int) -> bool:
        row = self.model.row_of(audit_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _show_selected(self) -> None:
        row = self.selected()
        self.diff.set_row(row)
        if row is None:
            self.detail_title.setText(self.tr("Ningún registro seleccionado."))
            return
        self.detail_title.setText(self.tr("<b>%1</b> — %2, por %3, el %4 (registro n.º %5 de la bitácora)")
                                  .replace("%1", html.escape(action_label(row.action)))
                                  .replace("%2", html.escape(record_label(row, self._names)))
                                  .replace("%3", html.escape(row.user_name)).replace("%4", fmt_when(row.at))
                                  .replace("%5", str(row.id)))

    # ------------------------------------------------------------------ integrity
    def verify(self):
        db, actor = self._db, self._actor

        def work(_progress):
            with db.read() as s:
                return audit.verify(s, actor)

        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("Verificando…"))
        return self._runner.submit(work, title=self.tr("Verificando la bitácora"), mutates=False,
                                   parent_widget=self, on_done=self._verified, on_error=self._verify_failed)

    def _verified(self, result: AuditVerification) -> None:
        self.verify_button.setEnabled(True)
        loc = QLocale()
        if result.ok:
            self.verify_label.setStyleSheet("color: #1b6e20;")
            self.verify_label.setText(self.tr("Bitácora íntegra: %1 registros.").replace(
                "%1", loc.toString(result.rows)))
            return
        self.verify_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        if result.problem == "changed":
            text = self.tr("Bitácora alterada: el registro n.º %1 se modificó fuera de la aplicación.")
        elif result.problem == "count_mismatch":
            text = self.tr("Bitácora alterada: faltan registros desde el n.º %1; se borraron fuera de "
                           "la aplicación.")
        else:
            text = self.tr("Bitácora alterada: antes del registro n.º %1 se borró o se insertó un registro "
                           "fuera de la aplicación.")
        self.verify_label.setText(text.replace("%1", str(result.first_bad_id)))
        self.select_id(result.first_bad_id)

    def _verify_failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setStyleSheet("color: #b3261e;")
        self.verify_label.setText(describe(exc, "audit verify"))
