"""The sessions tab's two small dialogs: a new session (day, time, place) and an agenda item
(kind, matter, note, and the petition or provision it is about). Both save through the task
runner; a refusal shows its one sentence under the form and keeps what the user typed.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import petitions, sessions
from secretariat.services.sessions import AGENDA_KINDS, AgendaRow
from ui.errors import describe
from ui.models.agenda_model import agenda_kind_label
from ui.views.dialog_parts import SavingDialog, error_label, save_cancel_buttons
from ui.views.session_parts import date_edit, from_qdate, time_row

class _SavingDialog(SavingDialog, QDialog):
    """Form, error line, Guardar/Cancelar; ``_submit`` runs the work and closes on success."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self._db, self._actor, self.runner = db, actor, runner
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = error_label(self)
        self.buttons = save_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class NewSessionDialog(_SavingDialog):
    """A new session: its day (one a day), optional time and place; the committee members of
    the previous session are invited again unless unticked. ``saved`` carries its detail."""

    def __init__(self, db, actor, runner, parent: QWidget | None = None, *, held_on: date | None = None,
                 place: str = "", previous: date | None = None) -> None:
        super().__init__(db, actor, runner, parent, self.tr("Nueva sesión del grupo redactor"))
        self.previous = previous
        self.date = date_edit(self, held_on or date.today())
        self.has_time, self.time, time_box = time_row(self, self.tr("a las"))
        self.place = QLineEdit(place, self)
        self.place.setPlaceholderText(self.tr("Sala de juntas de la Consejería"))
        self.same_members = QCheckBox(self.tr("Invitar a los integrantes que asistieron a la sesión anterior"), self)
        self.same_members.setChecked(previous is not None)
        self.same_members.setVisible(previous is not None)
        self.form.addRow(self.tr("&Fecha:"), self.date)
        self.form.addRow(self.tr("Hora:"), time_box)
        self.form.addRow(self.tr("&Lugar:"), self.place)
        self.form.addRow(self.same_members)
        self.date.setFocus()

    def save(self) -> None:
        db, actor = self._db, self._actor
        held_on = from_qdate(self.date.date())
        t = self.time.time()
        starts_at = datetime(held_on.year, held_on.month, held_on.day, t.hour(), t.minute()) \
            if self.has_time.isChecked() else None
        place = self.place.text()
        previous = self.previous if self.same_members.isChecked() else None

        def work(_progress):
            with db.write() as s:
                members = ()
                if previous is not None:
                    members = [a.member_id for a in sessions.session_on(s, actor, previous).attendees if a.member_id]
                return sessions.create_session(s, actor, held_on, starts_at=starts_at, place=place,
                                               member_ids=members)

        self._submit(work, self.tr("Creando la sesión"))


class AgendaItemDialog(_SavingDialog):
    """Add an item to a session's agenda, or edit one (``item``). ``saved`` carries the
    session's detail."""

    def __init__(self, db, actor, runner, session_id: int, parent: QWidget | None = None, *,
                 item: AgendaRow | None = None) -> None:
        super().__init__(db, actor, runner, parent,
                         self.tr("Editar punto del orden del día") if item else self.tr("Agregar punto al orden del día"))
        self.session_id, self.item = session_id, item
        self.kind = QComboBox(self)
        for code in AGENDA_KINDS:
            self.kind.addItem(agenda_kind_label(code), code)
        self.kind.setCurrentIndex(self.kind.findData(item.kind if item else "other"))
        self.title = QLineEdit(item.title if item else "", self)
        self.title.setPlaceholderText(self.tr("Si se deja en blanco: el título de la petición o la disposición"))
        self.petition = QLineEdit(item.petition_url or "" if item else "", self)
        self.petition.setPlaceholderText("https://www.change.org/p/…")
        self.provision = QComboBox(self)
        self.provision.addItem(self.tr("(ninguna)"), None)
        try:
            with db.read() as s:
                choices = sessions.provision_choices(s, actor)
        except Exception as exc:  # noqa: BLE001 - the dialog still works without the list
            choices = []
            self._say(describe(exc, "provision choices"))
        for p in choices:
            self.provision.addItem(p.label, p.id)
        self.provision.setCurrentIndex(max(0, self.provision.findData(item.provision_id if item else None)))
        self.note = QPlainTextEdit(item.note if item else "", self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(self.tr("&Tipo:"), self.kind)
        self.form.addRow(self.tr("&Asunto:"), self.title)
        self.form.addRow(self.tr("&Petición (enlace):"), self.petition)
        self.form.addRow(self.tr("&Disposición:"), self.provision)
        self.form.addRow(self.tr("&Nota:"), self.note)
        self.title.setFocus()

    def save(self) -> None:
        db, actor, sid, item = self._db, self._actor, self.session_id, self.item
        kind, title, note = self.kind.currentData(), self.title.text(), self.note.toPlainText()
        url, provision_id = self.petition.text().strip(), self.provision.currentData()

        def work(_progress):
            with db.write() as s:
                petition_id = petitions.petition_id_by_url(s, url) if url else None
                if item is None:
                    return sessions.add_item(s, actor, sid, kind, petition_id=petition_id,
                                             provision_id=provision_id, title=title, note=note)
                return sessions.update_item(s, actor, item.id, kind=kind, title=title, note=note,
                                            petition_id=petition_id, provision_id=provision_id)

        self._submit(work, self.tr("Guardando el punto del orden del día"))
