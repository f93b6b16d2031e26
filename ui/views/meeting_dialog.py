"""Plan a meeting, or open one to reschedule it, record it as held and write what happened.

Tabs: "Datos" (kind, start, duration, place, status, note), "Asistentes" (committee members from
the roster, advisers, the petitioners — filled in from the petition when planning — and guests by
name; attendance once the meeting exists), "Minuta", "Acuerdos" (text, owner, date) and
"Adjuntos" (add; open a verified copy; verify). "Guardar" sends everything in ONE task and one
transaction (``meeting_save.save_meeting``): a refusal — a fourth committee member in a hearing,
a date before the petition existed, a file over the size limit, someone else's edit of the same
meeting (``ConflictError``) — shows its sentence under the form, keeps everything typed, and
writes nothing. On a conflict ``MeetingConflictDialog`` also shows the user's version beside the
saved one: "Conservar la mía" saves the form again against the version now saved, "Usar la de la
otra persona" reloads the form from it, "Seguir editando" (Esc) goes back with the form intact.

Roles hide what they cannot do: PLAN_MEETINGS plans, reschedules and changes the status;
RECORD_MEETINGS (clerks too) edits attendees, attendance, minutes, agreements and attachments;
an observer reads.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import ConflictError, SecretariatError
from secretariat.permissions import Action
from secretariat.services import attachments, meetings, rosters
from secretariat.services.meetings import MEETING_KINDS, MEETING_STATUSES
from ui.errors import describe
from ui.views.conflict_dialog import KEEP_MINE, USE_THEIRS, MeetingConflictDialog, meeting_when
from ui.views.dialog_parts import error_label
from ui.views.meeting_parts import Attachment
from ui.views.meeting_tabs import AgreementsTab, AttachmentsTab, AttendeesTab, attendees_from, plain_heading
from ui.work_labels import meeting_kind_label, meeting_status_label


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def next_slot(now: datetime | None = None) -> datetime:
    """The next working day at 10:00 (what a new meeting proposes)."""
    day = (now or datetime.now()).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime(day.year, day.month, day.day, 10, 0)


class MeetingDialog(QDialog):
    """``saved(result)`` after a successful save (``meeting_save.SaveResult``)."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None, *, meeting_id: int | None = None,
                 petition_id: int | None = None, kind: str | None = None, duty_id: int | None = None,
                 starts_at: datetime | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.meeting_id = meeting_id
        self.petition_id = petition_id
        self.duty_id = duty_id
        self.planned_kind: str | None = None
        self.detail = None
        self.defaults = None
        self.result = None
        self.conflict: MeetingConflictDialog | None = None
        self.open_dir = Path(tempfile.gettempdir()) / "secretariat-adjuntos"
        self.opener = QDesktopServices.openUrl  # replaced in tests
        self.can_plan = actor.can(Action.PLAN_MEETINGS)
        self.can_record = actor.can(Action.RECORD_MEETINGS)
        self.setMinimumSize(640, 520)

        self.heading = plain_heading(self)
        self.kind_box = QComboBox(self)
        for code in MEETING_KINDS:
            self.kind_box.addItem(meeting_kind_label(code), code)
        self.starts = QDateTimeEdit(self)
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(15, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Sala, dirección o enlace de la videollamada"))
        self.status_box = QComboBox(self)
        for code in MEETING_STATUSES:
            self.status_box.addItem(meeting_status_label(code), code)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Orden del día o indicaciones (opcional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        data = QWidget(self)
        outer = QVBoxLayout(data)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Tipo:"), self.kind_box)
        form.addRow(self.tr("Inicio:"), self.starts)
        form.addRow(self.tr("Duración:"), self.duration)
        form.addRow(self.tr("Lugar:"), self.place)
        self.status_caption = QLabel(self.tr("Estado:"), self)
        form.addRow(self.status_caption, self.status_box)
        form.addRow(self.tr("Nota:"), self.note)

        self.minutes = QPlainTextEdit(self)
        self.minutes.setPlaceholderText(self.tr("Lo que se trató y se dijo en la reunión"))
        self.attendees_tab = AttendeesTab(self, can_record=self.can_record)
        self.agreements_tab = AgreementsTab(self, can_record=self.can_record)
        self.attachments_tab = AttachmentsTab(self, can_record=self.can_record)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(data, self.tr("Datos"))
        self.tabs.addTab(self.attendees_tab, self.tr("Asistentes"))
        self.tabs.addTab(self.minutes, self.tr("Minuta"))
        self.tabs.addTab(self.agreements_tab, self.tr("Acuerdos"))
        self.tabs.addTab(self.attachments_tab, self.tr("Adjuntos"))

        self.error = error_label(self)
        self.reload_button = QPushButton(self.tr("Volver a cargar"), self)
        self.reload_button.setToolTip(self.tr("Descartar lo escrito aquí y mostrar la reunión como quedó guardada"))
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload)
        self.ics_button = QPushButton(self.tr("Exportar invitación (.ics)…"), self)
        self.ics_button.setToolTip(self.tr("Guardar la reunión como invitación para el calendario de correo"))
        self.ics_button.hide()
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.ics_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.hide()  # hidden after addButton, which shows them
        self.ics_button.hide()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.attendees_tab.refused.connect(self._show_error)
        self.attendees_tab.added.connect(self.error.hide)
        self.attachments_tab.openRequested.connect(self.open_attachment)
        self.attachments_tab.verifyRequested.connect(self.verify_attachments)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._sync())
        self._load(kind, starts_at)

    # ------------------------------------------------------------------ loading
    def _load(self, kind: str | None, starts_at: datetime | None) -> None:
        try:
            with self.db.read() as s:
                members = rosters.committee(s, self.actor, include_inactive=False)
                advisers = rosters.advisers(s, self.actor)
                if self.meeting_id is not None:
                    self.detail = meetings.meeting_detail(s, self.actor, self.meeting_id)
                elif self.petition_id is not None:
                    self.defaults = meetings.plan_defaults(s, self.actor, self.petition_id, kind or "hearing")
        except Exception as exc:  # noqa: BLE001 - the dialog says why, and saves nothing
            self._show_error(exc)
            self.save_button.setEnabled(False)
            return
        self.attendees_tab.set_people(members, advisers)
        self.agreements_tab.set_people([a.label for a in advisers])
        if self.detail is not None:
            self._show_detail()
        else:
            self._show_new(kind, starts_at)
        self._sync()

    def _show_new(self, kind: str | None, starts_at: datetime | None) -> None:
        d = self.defaults
        self.setWindowTitle(self.tr("Planear reunión"))
        self.heading.setText(d.petition_title if d else self.tr("Reunión sin petición"))
        kind = kind or (d.kind if d else "other")
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.planned_kind = kind  # the duty passed in belongs to this kind
        self.starts.setDateTime(to_qdatetime(starts_at or next_slot()))
        self.duration.setValue(d.duration_minutes if d else 60)
        self.status_box.setCurrentIndex(0)
        self.status_box.hide()
        self.status_caption.hide()
        if d is not None:
            self.duty_id = self.duty_id or d.duty_id
            owner = next((a for a in self.attendees_tab.advisers if a.id == d.owner_id), None)
            self.attendees_tab.model.set_records(attendees_from(d.petitioners, owner))
        self.attendees_tab.set_attendance_enabled(False)

    def _show_detail(self) -> None:
        d = self.detail
        r = d.row
        self.petition_id = r.petition_id
        self.setWindowTitle(self.tr("Reunión: %1").replace("%1", meeting_kind_label(r.kind)))
        self.heading.setText(r.petition_title or self.tr("Reunión sin petición"))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(r.kind)))
        self.starts.setDateTime(to_qdatetime(r.starts_at))
        self.duration.setValue(max(15, int((r.ends_at - r.starts_at).total_seconds() // 60)))
        self.place.setText(r.place)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(r.status)))
        self.note.setPlainText(d.note)
        self.minutes.setPlainText(d.minutes)
        self.attendees_tab.show_saved(d.attendees)
        self.attendees_tab.set_attendance_enabled(self.can_record)
        self.agreements_tab.show_saved(d.agreements)
        self.attachments_tab.show_saved(d.attachments)
        self.ics_button.show()

    def reload(self) -> None:
        """Discard what was typed and show the meeting as saved (after a conflict)."""
        if self.conflict is not None:
            self.conflict.reject()
        self.error.hide()
        self.reload_button.hide()
        if self.meeting_id is None:
            return
        try:
            with self.db.read() as s:
                self.detail = meetings.meeting_detail(s, self.actor, self.meeting_id)
        except Exception as exc:  # noqa: BLE001
            self._show_error(exc)
            return
        self._show_detail()
        self._sync()

    def _sync(self) -> None:
        new = self.detail is None
        planned = new or self.detail.row.status == "planned"
        self.kind_box.setEnabled(new and self.can_plan)
        for widget in (self.starts, self.duration, self.place, self.note):
            widget.setEnabled(self.can_plan and planned)
        self.status_box.setEnabled(self.can_plan)
        self.minutes.setReadOnly(not self.can_record)
        editable = self.can_plan if new else (self.can_plan or self.can_record)
        self.save_button.setVisible(editable)
        if not editable:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cerrar"))
        self.attendees_tab.set_kind(self.kind())

    # ------------------------------------------------------------------ values
    def kind(self) -> str:
        return self.kind_box.currentData()

    def starts_at(self) -> datetime:
        return from_qdatetime(self.starts.dateTime())

    def ends_at(self) -> datetime:
        return self.starts_at() + timedelta(minutes=self.duration.value())

    def set_starts_at(self, value: datetime) -> None:
        self.starts.setDateTime(to_qdatetime(value))

    def set_status(self, status: str) -> None:
        self.status_box.setCurrentIndex(self.status_box.findData(status))

    def status(self) -> str:
        return self.status_box.currentData()

    # ------------------------------------------------------------------ attendees
    def add_committee_member(self, member) -> bool:
        """Add a drafting-committee member; a fourth one in a hearing is refused with the sentence."""
        return self.attendees_tab.add_member(member)

    # ------------------------------------------------------------------ attachments
    def add_attachment_path(self, path: str | Path) -> None:
        self.attachments_tab.add_path(Path(path))

    def open_attachment(self, item: Attachment):
        """Verify the stored copy, write it to a temporary folder and open it there."""
        if item.id is None:
            self.opener(QUrl.fromLocalFile(str(item.path)))
            return None
        db, actor, dest = self.db, self.actor, self.open_dir / str(item.id)

        def work(_progress):
            with db.read() as s:
                return attachments.open_attachment(s, actor, item.id, dest)

        def done(opened) -> None:
            self.error.hide()
            self.attachments_tab.set_state(item.id, "ok")
            self.opener(QUrl.fromLocalFile(str(opened.path)))

        def failed(exc: BaseException) -> None:
            self._show_error(exc)
            code = getattr(exc, "code", "")
            if code in ("attachment_missing", "attachment_altered"):
                self.attachments_tab.set_state(item.id, code.removeprefix("attachment_"))

        return self.runner.submit(work, title=self.tr("Abriendo el adjunto"), on_done=done, on_error=failed,
                                  mutates=False, parent_widget=self)

    def verify_attachments(self):
        if self.meeting_id is None:
            return None
        db, actor, mid = self.db, self.actor, self.meeting_id

        def work(_progress):
            with db.read() as s:
                return attachments.check_attachments(s, actor, mid)

        def done(checks) -> None:
            for check in checks:
                self.attachments_tab.set_state(check.attachment_id, check.state)
            bad = [c for c in checks if c.state != "ok"]
            if bad:
                self._show_error(SecretariatError(f"attachment_{bad[0].state}", file=bad[0].filename))
            else:
                self.error.hide()

        return self.runner.submit(work, title=self.tr("Verificando los adjuntos"), on_done=done,
                                  on_error=self._show_error, mutates=False, parent_widget=self)

    # ------------------------------------------------------------------ invitation
    def export_ics(self, path: str | None = None) -> str | None:
        """Save the meeting as it is saved in the case file as an .ics invitation."""
        if self.detail is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            name = f"reunion-{self.detail.row.starts_at:%Y-%m-%d}.ics"
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Exportar invitación"), name,
                                                        self.tr("Invitaciones de calendario (*.ics)"))
            if not path:
                return None
        from exports.ics import write_ics
        from ui.i18n import current_language

        try:
            written = write_ics(self.detail, path, lang=current_language())
        except SecretariatError as exc:  # export_write_failed: the folder is gone, no permission…
            self._show_error(exc)
            return None
        self.error.hide()
        return written

    # ------------------------------------------------------------------ saving
    def save(self):
        from ui.views.meeting_save import collect, save_meeting

        plan = collect(self)
        db, actor = self.db, self.actor
        self.error.hide()
        self.reload_button.hide()
        self.save_button.setEnabled(False)
        return self.runner.submit(lambda _p: save_meeting(db, actor, plan), title=self.tr("Guardando la reunión"),
                                  on_done=self._saved, on_error=self._failed, parent_widget=self)

    def _saved(self, result) -> None:
        self.save_button.setEnabled(True)
        self.result = result
        self.meeting_id = result.meeting_id
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_error(exc)
        if isinstance(exc, ConflictError) and self.detail is not None:
            self.reload_button.show()
            self._show_conflict()

    # ------------------------------------------------------------------ someone else saved first
    def typed(self) -> dict[str, str | None]:
        """The form's values, keyed like ``conflict_dialog.MEETING_FIELDS``."""
        return {"when": meeting_when(self.starts_at(), self.ends_at()), "place": self.place.text().strip(),
                "status": self.status(), "minutes": self.minutes.toPlainText(),
                "attendees": str(len(self.attendees_tab.model.records())),
                "agreements": str(len(self.agreements_tab.model.records()))}

    def _show_conflict(self) -> None:
        try:
            with self.db.read() as s:
                current = meetings.meeting_detail(s, self.actor, self.meeting_id)
        except Exception as exc:  # noqa: BLE001 - gone meanwhile or unreachable: the sentence says so
            self._show_error(exc)
            return
        self.conflict = MeetingConflictDialog(self.typed(), current, self)
        self.conflict.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict.finished.connect(lambda code, current=current: self._conflict_chosen(code, current))
        self.conflict.open()

    def _conflict_chosen(self, code: int, current) -> None:
        self.conflict = None
        if code == KEEP_MINE:
            self.detail = current  # the form is saved against the version the user has now seen
            self.save()
        elif code == USE_THEIRS:
            self.error.hide()
            self.reload_button.hide()
            self.detail = current
            self._show_detail()
            self._sync()

    def _show_error(self, exc: BaseException) -> None:
        self.error.setText(describe(exc, "meeting dialog"))
        self.error.show()


__all__ = ["MeetingDialog", "next_slot"]
