"""Rosters and work settings (Expediente › Grupo redactor y asesores…).

- "Grupo redactor": the drafting committee's members (at most 28 active), active first. The
  counsel adds, renames, annotates, deactivates and reactivates them (MANAGE_ROSTER); members are
  never deleted, so past meetings keep their names. Everyone else reads.
- "Asesoría jurídica": the accounts that can own duties (managed in Cuentas…), read only.
- "Plazos y adjuntos" (CONFIGURE_WORK, the counsel): the days to each duty kind's due date and the
  attachment size limit.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import attachments, duties, rosters
from secretariat.services.duties import DUTY_KINDS
from secretariat.services.rosters import MAX_ACTIVE_MEMBERS
from ui.errors import describe
from ui.labels import role_label
from ui.views.dialog_parts import error_label
from ui.views.meeting_parts import Field, RecordsModel, records_table
from ui.work_labels import duty_kind_label

MB = 1024 * 1024


class RostersDialog(QDialog):
    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setWindowTitle(self.tr("Grupo redactor y asesores"))
        self.resize(720, 520)
        self.can_edit = actor.can(Action.MANAGE_ROSTER)
        self.can_configure = actor.can(Action.CONFIGURE_WORK)

        # ---- committee
        self.members = RecordsModel([
            Field(self.tr("Nombre"), lambda m: m.name),
            Field(self.tr("Estado"), lambda m: self.tr("Activo") if m.active else self.tr("Inactivo")),
            Field(self.tr("Nota"), lambda m: m.note)], self)
        self.member_table = records_table(self, self.members, stretch=2)
        self.count_label = QLabel(self)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Nombre completo"))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Cargo o comentario (opcional)"))
        self.add_button = QPushButton(self.tr("Añadir integrante"), self)
        self.update_button = QPushButton(self.tr("Guardar cambios"), self)
        self.toggle_button = QPushButton(self.tr("Desactivar"), self)
        editor = QWidget(self)
        grid = QGridLayout(editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Nombre:"), self), 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(QLabel(self.tr("Nota:"), self), 1, 0)
        grid.addWidget(self.note, 1, 1)
        grid.addWidget(self.update_button, 1, 2)
        grid.addWidget(self.toggle_button, 2, 2)
        grid.setColumnStretch(1, 1)
        editor.setVisible(self.can_edit)
        committee = QWidget(self)
        box = QVBoxLayout(committee)
        box.addWidget(self.count_label)
        box.addWidget(self.member_table, 1)
        box.addWidget(editor)

        # ---- advisers (read only)
        self.advisers = RecordsModel([Field(self.tr("Nombre"), lambda a: a.label),
                                      Field(self.tr("Cuenta"), lambda a: a.name),
                                      Field(self.tr("Rol"), lambda a: role_label(a.role))], self)
        adviser_page = QWidget(self)
        abox = QVBoxLayout(adviser_page)
        hint = QLabel(self.tr("Las cuentas activas de asesoría y de consejería jurídica pueden ser responsables "
                              "de deberes y asistir a las reuniones. Se administran en Expediente › Cuentas."), self)
        hint.setWordWrap(True)
        abox.addWidget(hint)
        abox.addWidget(records_table(self, self.advisers, stretch=0), 1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(committee, self.tr("Grupo redactor"))
        self.tabs.addTab(adviser_page, self.tr("Asesoría jurídica"))
        self.days: dict[str, QSpinBox] = {}
        self.limit = QSpinBox(self)
        if self.can_configure:
            self.tabs.addTab(self._settings_page(), self.tr("Plazos y adjuntos"))

        self.error = error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_member)
        self.update_button.clicked.connect(self.update_member)
        self.toggle_button.clicked.connect(self.toggle_member)
        self.member_table.selectionModel().currentRowChanged.connect(lambda *_: self._fill_form())
        self.reload()

    def _settings_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        intro = QLabel(self.tr("Días entre el cruce de nivel (o la reunión celebrada, para los seguimientos) y la "
                               "fecha en que vence cada deber. Los deberes ya creados conservan su fecha."), page)
        intro.setWordWrap(True)
        form.addRow(intro)
        for kind in DUTY_KINDS:
            spin = QSpinBox(page)
            spin.setRange(1, 365)
            spin.setSuffix(self.tr(" días"))
            self.days[kind] = spin
            form.addRow(duty_kind_label(kind) + ":", spin)
        self.limit.setRange(1, 2048)
        self.limit.setSuffix(" MB")
        form.addRow(self.tr("Tamaño máximo de un adjunto:"), self.limit)
        self.save_settings_button = QPushButton(self.tr("Guardar plazos y límite"), page)
        self.save_settings_button.clicked.connect(self.save_settings)
        form.addRow("", self.save_settings_button)
        return page

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        try:
            with self.db.read() as s:
                members = rosters.committee(s, self.actor)
                advisers = rosters.advisers(s, self.actor)
                days = duties.due_days(s, self.actor) if self.can_configure else {}
                limit = attachments.size_limit(s, self.actor) if self.can_configure else 0
        except Exception as exc:  # noqa: BLE001
            self._show(exc)
            return
        current = self.current()
        self.members.set_records(members)
        self.advisers.set_records(advisers)
        for kind, spin in self.days.items():
            spin.setValue(days.get(kind, spin.value()))
        if limit:
            self.limit.setValue(max(1, round(limit / MB)))
        active = sum(1 for m in members if m.active)
        self.count_label.setText(self.tr("%1 de %2 integrantes activos")
                                 .replace("%1", QLocale().toString(active)).replace("%2", str(MAX_ACTIVE_MEMBERS)))
        if current is not None:
            row = next((i for i, m in enumerate(members) if m.id == current.id), -1)
            if row >= 0:
                self.member_table.selectRow(row)
        self._fill_form()

    def current(self):
        row = self.member_table.currentIndex().row()
        records = self.members.records()
        return records[row] if 0 <= row < len(records) else None

    def _fill_form(self) -> None:
        m = self.current()
        self.update_button.setEnabled(m is not None)
        self.toggle_button.setEnabled(m is not None)
        self.toggle_button.setText(self.tr("Reactivar") if m is not None and not m.active else self.tr("Desactivar"))
        if m is not None:
            self.name.setText(m.name)
            self.note.setText(m.note)

    # ------------------------------------------------------------------ changes
    def _run(self, work, title: str, then=None):
        db, actor = self.db, self.actor
        self.error.hide()

        def job(_progress):
            with db.write() as s:
                return work(s, actor)

        def done(result) -> None:
            self.reload()
            if then is not None:
                then(result)

        return self.runner.submit(job, title=title, on_done=done, on_error=self._show, parent_widget=self)

    def add_member(self):
        name, note = self.name.text().strip(), self.note.text().strip()
        if not name:
            return None

        def select_new(row) -> None:
            index = next((i for i, m in enumerate(self.members.records()) if m.id == row.id), -1)
            if index >= 0:
                self.member_table.selectRow(index)

        return self._run(lambda s, a: rosters.add_member(s, a, name, note),
                         self.tr("Añadiendo al grupo redactor"), select_new)

    def update_member(self):
        m = self.current()
        if m is None:
            return None
        name, note = self.name.text().strip(), self.note.text().strip()
        return self._run(lambda s, a: rosters.update_member(s, a, m.id, name=name, note=note),
                         self.tr("Guardando el integrante"))

    def toggle_member(self):
        m = self.current()
        if m is None:
            return None
        return self._run(lambda s, a: rosters.update_member(s, a, m.id, active=not m.active),
                         self.tr("Guardando el integrante"))

    def save_settings(self):
        days = {kind: spin.value() for kind, spin in self.days.items()}
        limit = self.limit.value() * MB

        def work(s, a):
            for kind, value in days.items():
                duties.set_due_days(s, a, kind, value)
            return attachments.set_size_limit(s, a, limit)

        return self._run(work, self.tr("Guardando los plazos"))

    def _show(self, exc: BaseException) -> None:
        self.error.setText(describe(exc, "rosters"))
        self.error.show()


__all__ = ["RostersDialog"]
