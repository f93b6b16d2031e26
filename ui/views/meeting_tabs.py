"""The "Asistentes", "Acuerdos" and "Adjuntos" tabs of the meeting dialog.

They edit ``RecordsModel``s in memory; nothing is written until the dialog saves. A refusal the
window can know before saving — a fourth committee member in a hearing, the same person twice —
is emitted as ``refused(SecretariatError)`` with the same code (and so the same sentence) the
service would raise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from secretariat.services.meetings import MAX_COMMITTEE_IN_HEARING
from ui.models.audit_model import fmt_when
from ui.views.meeting_parts import (
    Agreement,
    Attachment,
    Attendee,
    RecordsModel,
    agreement_fields,
    attachment_fields,
    attendee_fields,
    records_table,
)


def plain_heading(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def attendees_from(petitioners, owner=None) -> list[Attendee]:
    """The attendees a new meeting proposes: the duty's owner and the petition's petitioners."""
    people = [Attendee("adviser", owner.label, user_id=owner.id)] if owner is not None else []
    people += [Attendee("petitioner", c.name, email=c.email, phone=c.phone) for c in petitioners]
    return people


def _compose(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        if w is None:
            row.addStretch(1)
        else:
            row.addWidget(w)
    return row


class AttendeesTab(QWidget):
    refused = Signal(object)
    added = Signal()

    def __init__(self, parent: QWidget, *, can_record: bool) -> None:
        super().__init__(parent)
        self.members: list = []
        self.advisers: list = []
        self._kind = "other"
        self.model = RecordsModel(attendee_fields(self.tr), self)
        self.table = records_table(self, self.model, stretch=1)
        self.member_box = QComboBox(self)
        self.member_button = QPushButton(self.tr("Añadir integrante"), self)
        self.adviser_box = QComboBox(self)
        self.adviser_button = QPushButton(self.tr("Añadir asesor"), self)
        self.guest_name = QLineEdit(self)
        self.guest_name.setPlaceholderText(self.tr("Nombre de la persona invitada"))
        self.guest_button = QPushButton(self.tr("Añadir invitado"), self)
        self.remove_button = QPushButton(self.tr("Quitar"), self)
        self.committee_label = QLabel(self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Grupo redactor:"), self), 0, 0)
        grid.addWidget(self.member_box, 0, 1)
        grid.addWidget(self.member_button, 0, 2)
        grid.addWidget(QLabel(self.tr("Asesoría jurídica:"), self), 1, 0)
        grid.addWidget(self.adviser_box, 1, 1)
        grid.addWidget(self.adviser_button, 1, 2)
        grid.addWidget(QLabel(self.tr("Invitado:"), self), 2, 0)
        grid.addWidget(self.guest_name, 2, 1)
        grid.addWidget(self.guest_button, 2, 2)
        grid.setColumnStretch(1, 1)
        self.editor = QWidget(self)
        self.editor.setLayout(grid)
        self.editor.setVisible(can_record)
        self.remove_button.setVisible(can_record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(_compose(self.committee_label, None, self.remove_button))
        layout.addWidget(self.editor)
        self.member_button.clicked.connect(lambda: self.add_member(self.member_box.currentData()))
        self.adviser_button.clicked.connect(lambda: self.add_adviser(self.adviser_box.currentData()))
        self.guest_button.clicked.connect(lambda: self.add_guest(self.guest_name.text()))
        self.guest_name.returnPressed.connect(lambda: self.add_guest(self.guest_name.text()))
        self.remove_button.clicked.connect(self.remove_current)
        self.model.rowsInserted.connect(lambda *_: self._count())
        self.model.rowsRemoved.connect(lambda *_: self._count())
        self.model.modelReset.connect(self._count)

    def set_people(self, members, advisers) -> None:
        self.members, self.advisers = list(members), list(advisers)
        self.member_box.clear()
        for m in self.members:
            self.member_box.addItem(m.name, m)
        self.adviser_box.clear()
        for a in self.advisers:
            self.adviser_box.addItem(a.label, a)

    def show_saved(self, rows) -> None:
        self.model.set_records([Attendee(r.role, r.name, id=r.id, member_id=r.member_id, user_id=r.user_id,
                                         email=r.email, phone=r.phone, attended=r.attended) for r in rows])

    def set_attendance_enabled(self, on: bool) -> None:
        self.model.checkable = on
        self.table.setColumnHidden(3, not on and not any(a.attended is not None for a in self.model.records()))

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self._count()

    def committee_count(self) -> int:
        return sum(1 for a in self.model.records() if a.role == "committee")

    def has_member(self, member_id: int) -> bool:
        return any(a.member_id == member_id for a in self.model.records())

    def _count(self) -> None:
        n = self.committee_count()
        if self._kind == "hearing":
            text = (self.tr("Integrantes del grupo redactor: %1 de %2 (máximo en una audiencia)")
                    .replace("%1", str(n)).replace("%2", str(MAX_COMMITTEE_IN_HEARING)))
        else:
            text = self.tr("Integrantes del grupo redactor: %1").replace("%1", str(n))
        self.committee_label.setText(text)

    def add_member(self, member) -> bool:
        """Add a drafting-committee member; a fourth one in a hearing is refused (``committee_limit``)."""
        if member is None:
            return False
        if self._kind == "hearing" and self.committee_count() >= MAX_COMMITTEE_IN_HEARING:
            self.refused.emit(SecretariatError("committee_limit", name=member.name))
            return False
        if self.has_member(member.id):
            self.refused.emit(SecretariatError("attendee_duplicate", name=member.name))
            return False
        self.model.append(Attendee("committee", member.name, member_id=member.id))
        self.added.emit()
        return True

    def add_adviser(self, adviser) -> bool:
        if adviser is None:
            return False
        if any(a.user_id == adviser.id for a in self.model.records()):
            self.refused.emit(SecretariatError("attendee_duplicate", name=adviser.label))
            return False
        self.model.append(Attendee("adviser", adviser.label, user_id=adviser.id))
        self.added.emit()
        return True

    def add_guest(self, name: str) -> bool:
        name = " ".join(name.split())
        if not name:
            return False
        if any(a.role == "guest" and a.name.casefold() == name.casefold() for a in self.model.records()):
            self.refused.emit(SecretariatError("attendee_duplicate", name=name))
            return False
        self.model.append(Attendee("guest", name))
        self.guest_name.clear()
        self.added.emit()
        return True

    def remove_current(self) -> None:
        self.model.remove(self.table.currentIndex().row())


class AgreementsTab(QWidget):
    def __init__(self, parent: QWidget, *, can_record: bool) -> None:
        super().__init__(parent)
        self.model = RecordsModel(agreement_fields(self.tr), self)
        self.table = records_table(self, self.model, stretch=0)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Qué se acordó"))
        self.owner = QComboBox(self)
        self.owner.setEditable(True)
        self.owner.lineEdit().setPlaceholderText(self.tr("Responsable"))
        self.has_date = QCheckBox(self.tr("Fecha:"), self)
        self.due = QDateEdit(QDate.currentDate().addDays(7), self)
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.has_date.toggled.connect(self.due.setEnabled)
        self.add_button = QPushButton(self.tr("Añadir acuerdo"), self)
        self.remove_button = QPushButton(self.tr("Quitar"), self)
        editor = QWidget(self)
        grid = QGridLayout(editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0, 1, 4)
        grid.addWidget(self.owner, 1, 0)
        grid.addWidget(self.has_date, 1, 1)
        grid.addWidget(self.due, 1, 2)
        grid.addWidget(self.add_button, 1, 3)
        grid.setColumnStretch(0, 1)
        editor.setVisible(can_record)
        self.remove_button.setVisible(can_record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(_compose(None, self.remove_button))
        layout.addWidget(editor)
        self.add_button.clicked.connect(self.add_typed)
        self.text.returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(lambda: self.model.remove(self.table.currentIndex().row()))

    def set_people(self, names) -> None:
        self.owner.clear()
        self.owner.addItem("")
        self.owner.addItems(list(names))

    def show_saved(self, rows) -> None:
        self.model.set_records([Agreement(r.text, r.owner_name, r.due_on, id=r.id) for r in rows])

    def add(self, text: str, owner: str = "", due_on=None) -> bool:
        text = text.strip()
        if not text:
            return False
        self.model.append(Agreement(text, owner.strip(), due_on))
        return True

    def add_typed(self) -> None:
        d = self.due.date()
        due = d.toPython() if self.has_date.isChecked() else None
        if self.add(self.text.text(), self.owner.currentText(), due):
            self.text.clear()


class AttachmentsTab(QWidget):
    openRequested = Signal(object)
    verifyRequested = Signal()

    def __init__(self, parent: QWidget, *, can_record: bool) -> None:
        super().__init__(parent)
        self.model = RecordsModel(attachment_fields(self.tr, self._state_text), self)
        self.table = records_table(self, self.model, stretch=0)
        self.add_button = QPushButton(self.tr("Adjuntar archivo…"), self)
        self.open_button = QPushButton(self.tr("Abrir"), self)
        self.verify_button = QPushButton(self.tr("Verificar"), self)
        self.verify_button.setToolTip(self.tr("Comprobar que las copias guardadas siguen intactas"))
        self.remove_button = QPushButton(self.tr("Quitar"), self)
        self.remove_button.setToolTip(self.tr("Solo los archivos que todavía no se han guardado"))
        self.add_button.setVisible(can_record)
        self.remove_button.setVisible(can_record)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(_compose(self.add_button, self.remove_button, None, self.verify_button, self.open_button))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self._open_current)
        self.table.doubleClicked.connect(lambda _i: self._open_current())
        self.verify_button.clicked.connect(self.verifyRequested)
        self.remove_button.clicked.connect(self._remove_current)

    def _state_text(self, a: Attachment) -> str:
        if a.id is None:
            return self.tr("Se guardará con la reunión")
        return {"ok": self.tr("Íntegro"), "missing": self.tr("Falta la copia"),
                "altered": self.tr("Alterado")}.get(a.state, self.tr("Sin verificar"))

    def show_saved(self, rows) -> None:
        self.model.set_records([Attachment(r.filename, r.size, id=r.id,
                                           added=f"{fmt_when(r.added_at)} · {r.added_by}") for r in rows])

    def pending(self) -> list[Attachment]:
        return [a for a in self.model.records() if a.id is None]

    def add_path(self, path: Path) -> None:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the service reports the unreadable file when saving
        self.model.append(Attachment(path.name, size, path=path))

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Adjuntar archivos a la reunión"))
        for p in paths:
            self.add_path(Path(p))

    def set_state(self, attachment_id: int, state: str) -> None:
        from dataclasses import replace

        for row, a in enumerate(self.model.records()):
            if a.id == attachment_id:
                self.model.replace(row, replace(a, state=state))

    def _current(self) -> Attachment | None:
        row = self.table.currentIndex().row()
        records = self.model.records()
        return records[row] if 0 <= row < len(records) else None

    def _open_current(self) -> None:
        item = self._current()
        if item is not None:
            self.openRequested.emit(item)

    def _remove_current(self) -> None:
        item = self._current()
        if item is not None and item.id is None:
            self.model.remove(self.table.currentIndex().row())
