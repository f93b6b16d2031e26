"""The selected session's data: day, time, place, note and attendees (committee members ticked
from the roster, and guests typed as "Nombre (cargo); Nombre").

"Guardar cambios" (Ctrl+S) saves the data and the attendees in one unit of work against the
version the form was loaded from: if someone else changed the session meanwhile, the user reads
the conflict sentence and nothing is overwritten. While the form has unsaved changes a reload
(after an agenda change here, or another workstation's save) leaves the fields alone.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import sessions
from secretariat.services.sessions import SessionDetail
from ui.errors import describe
from ui.models.sessions_model import RosterChecksModel, long_date
from ui.views.session_parts import date_edit, from_qdate, time_row, to_qdate

_GUEST = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


def parse_guests(text: str) -> list[tuple[str, str]]:
    """"Lic. Mateo Ruiz (Asesor jurídico); Ing. Rocío Gamboa" → [(name, role), (name, "")]."""
    out = []
    for part in text.split(";"):
        part = part.strip()
        if part:
            found = _GUEST.match(part)
            out.append((found.group(1).strip(), found.group(2).strip()) if found else (part, ""))
    return out


def guests_text(detail: SessionDetail) -> str:
    return "; ".join(f"{a.name} ({a.role})" if a.role else a.name for a in detail.attendees if a.member_id is None)


class SessionForm(QWidget):
    """``saved(detail)`` after a save; ``status(text)`` for the tab's message line."""

    saved = Signal(object)
    status = Signal(str)
    reloadRequested = Signal()

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.detail: SessionDetail | None = None
        self.form_version: int | None = None
        self._dirty = False
        self._loading = False
        self.editable = actor.can(Action.MANAGE_SESSIONS)

        self.heading = QLabel(self)
        self.heading.setObjectName("session_heading")
        self.heading.setWordWrap(True)
        self.date = date_edit(self, datetime.today().date())
        self.has_time, self.time, time_box = time_row(self, self.tr("a las"))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Sala de juntas de la Consejería"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Nota interna sobre la sesión (opcional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        data = QFormLayout()
        data.addRow(self.tr("&Fecha:"), self.date)
        data.addRow(self.tr("Hora:"), time_box)
        data.addRow(self.tr("&Lugar:"), self.place)
        data.addRow(self.tr("N&ota:"), self.note)

        self.roster = RosterChecksModel(self)
        self.roster.set_editable(self.editable)
        self.members = QListView(self)
        self.members.setObjectName("session_members")
        self.members.setModel(self.roster)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setMinimumHeight(self.fontMetrics().height() * 5)
        self.guests = QLineEdit(self)
        self.guests.setPlaceholderText(self.tr("Lic. Mateo Ruiz (Asesor jurídico); Ing. Rocío Gamboa"))
        self.guests.setToolTip(self.tr("Otros asistentes, separados por punto y coma; el cargo, entre paréntesis"))
        people = QGroupBox(self.tr("Asistentes"), self)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(QLabel(self.tr("Integrantes del grupo redactor:"), people))
        people_layout.addWidget(self.members, 1)
        people_layout.addWidget(QLabel(self.tr("&Invitados:"), people))
        people_layout.itemAt(people_layout.count() - 1).widget().setBuddy(self.guests)
        people_layout.addWidget(self.guests)

        self.save_button = QPushButton(self.tr("&Guardar cambios"), self)
        self.save_button.setToolTip(self.tr("Guardar la fecha, el lugar y los asistentes (Ctrl+S)"))
        self.save_button.setVisible(self.editable)
        self.discard_button = QPushButton(self.tr("&Descartar cambios"), self)
        self.discard_button.setToolTip(self.tr("Volver a los datos guardados de la sesión"))
        self.discard_button.setVisible(self.editable)
        self.discard_button.setEnabled(False)
        self.dirty_label = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        columns = QHBoxLayout()
        data_column = QVBoxLayout()
        data_column.addLayout(data)
        data_column.addStretch(1)
        columns.addLayout(data_column, 1)
        columns.addWidget(people, 1)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        for widget in (self.place, self.guests):
            widget.setReadOnly(not self.editable)
            widget.textEdited.connect(self._changed)
        self.note.setReadOnly(not self.editable)
        self.date.setReadOnly(not self.editable)
        self.time.setReadOnly(not self.editable)
        self.has_time.setEnabled(self.editable)
        self.note.textChanged.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.time.timeChanged.connect(self._changed)
        self.has_time.toggled.connect(self._changed)
        self.roster.checksChanged.connect(self._changed)
        self.save_button.clicked.connect(lambda: self.save())
        self.discard_button.clicked.connect(self.discard)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(lambda: self.editable and self.detail is not None and self.save())
        self.setEnabled(False)

    # ------------------------------------------------------------------ loading
    def is_dirty(self) -> bool:
        return self._dirty

    def _changed(self, *_args) -> None:
        if self._loading or self.detail is None or not self.editable:
            return
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.discard_button.setEnabled(dirty)
        self.dirty_label.setText(self.tr("Hay cambios sin guardar.") if dirty else "")

    def discard(self) -> None:
        """Forget the unsaved changes and show the session as it is saved now."""
        self._set_dirty(False)
        self.reloadRequested.emit()

    def load(self, detail: SessionDetail | None, members=None) -> None:
        """Show ``detail`` (None: nothing selected). The fields stay as typed while they have
        unsaved changes to the same session."""
        same = detail is not None and self.detail is not None and detail.row.id == self.detail.row.id
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("Elija una sesión de la lista o cree una nueva."))
            self._set_dirty(False)
            self.form_version = None
            return
        text = self.tr("<b>Sesión del %1</b>").replace("%1", long_date(detail.row.held_on))
        if detail.previous_held_on:
            text += "<br>" + self.tr("Sesión anterior: %1").replace("%1", long_date(detail.previous_held_on))
        self.heading.setText(text)
        if same and self._dirty:
            return
        self._loading = True
        try:
            row = detail.row
            self.date.setDate(to_qdate(row.held_on))
            self.has_time.setChecked(row.starts_at is not None)
            if row.starts_at is not None:
                self.time.setTime(QTime(row.starts_at.hour, row.starts_at.minute))
            self.place.setText(row.place)
            self.note.setPlainText(row.note)
            checked = [a.member_id for a in detail.attendees if a.member_id]
            if members is not None:
                self.roster.set_members(members, checked)
            self.guests.setText(guests_text(detail))
        finally:
            self._loading = False
        self._set_dirty(False)
        self.form_version = detail.row.version_id

    def agenda_changed(self, seen_version: int, result: SessionDetail) -> None:
        """Our own agenda change moved the session from ``seen_version`` to ``result``'s version:
        unsaved fields stay valid against it."""
        if self.form_version == seen_version:
            self.form_version = result.row.version_id

    # ------------------------------------------------------------------ saving
    def save(self):
        if self.detail is None or not self.editable:
            return None
        db, actor = self._db, self._actor
        sid, version = self.detail.row.id, self.form_version
        held_on = from_qdate(self.date.date())
        t = self.time.time()
        starts_at = datetime(held_on.year, held_on.month, held_on.day, t.hour(), t.minute()) \
            if self.has_time.isChecked() else None
        place, note = self.place.text(), self.note.toPlainText()
        member_ids, guests = self.roster.checked_ids(), parse_guests(self.guests.text())

        def work(_progress):
            with db.write() as s:
                d = sessions.update_session(s, actor, sid, held_on=held_on, starts_at=starts_at, place=place,
                                            note=note, expected_version=version)
                return sessions.set_attendees(s, actor, sid, member_ids, guests, expected_version=d.row.version_id)

        def done(detail: SessionDetail) -> None:
            self._set_dirty(False)
            self.load(detail)
            self.status.emit(self.tr("Se guardó la sesión del %1.").replace("%1", long_date(detail.row.held_on)))
            self.saved.emit(detail)

        return self._runner.submit(work, title=self.tr("Guardando la sesión"), on_done=done,
                                   on_error=lambda exc: self.status.emit(describe(exc, "save session")),
                                   parent_widget=self)
