"""Two people saved the same record: show both versions side by side and let the user choose.

``SideBySideConflict`` is the generic dialog: rows of (field, caption, mine, theirs) in words, the
differing ones marked. ``ConflictDialog`` is the admissibility one (a petition's decision), and
``MeetingConflictDialog`` the meeting one (date and time, place, status, minutes, how many attendees
and agreements). The left column is what the user typed (not saved yet), the right one what the
other person saved (read again from the case file).

- "Conservar la mía" (``KEEP_MINE``): save the user's version over the current one.
- "Usar la de la otra persona" (``USE_THEIRS``): drop the user's version and show theirs.
- "Seguir editando" or Esc (``rejected``): back to the form, with everything the user typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.services.audit import AuditRow
from secretariat.services.petitions import PetitionDetail
from ui.labels import admissibility_label, reason_label
from ui.models.audit_model import EMPTY, fmt_when
from ui.work_labels import meeting_status_label

KEEP_MINE = 10
USE_THEIRS = 11

FIELDS = ("admissibility", "reason", "duplicate_of_url", "note")
MEETING_FIELDS = ("when", "place", "status", "minutes", "attendees", "agreements")


def detail_values(detail: PetitionDetail) -> dict[str, str | None]:
    """The admissibility fields of a saved petition, keyed like ``FIELDS``."""
    return {"admissibility": detail.admissibility, "reason": detail.inadmissible_reason,
            "duplicate_of_url": detail.duplicate_of_url, "note": detail.admissibility_note}


def meeting_when(starts_at, ends_at) -> str:
    """"29/03/2016 10:00–11:00" (the end's date too when it is another day)."""
    end = f"{ends_at:%H:%M}" if ends_at.date() == starts_at.date() else f"{ends_at:%d/%m/%Y %H:%M}"
    return f"{starts_at:%d/%m/%Y %H:%M}–{end}"


def meeting_values(detail) -> dict[str, str | None]:
    """The compared fields of a saved meeting (``MeetingDetail``), keyed like ``MEETING_FIELDS``."""
    r = detail.row
    return {"when": meeting_when(r.starts_at, r.ends_at), "place": r.place, "status": r.status,
            "minutes": detail.minutes, "attendees": str(len(detail.attendees)),
            "agreements": str(len(detail.agreements))}


class SideBySideConflict(QDialog):
    """Its own strings name their context (``self.tr`` would take the subclass's name at run time).

    ``rows``: (field, caption, my words, their words); ``cells[field]`` = (mine, theirs) labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}

    def _build(self, *, window_title: str, title: str, explanation: str, theirs_head: str,
               rows: list[tuple[str, str, str, str]], keep_tip: str, theirs_tip: str) -> None:
        self.setWindowTitle(window_title)
        self.setMinimumWidth(640)

        heading = QLabel(title, self)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        mine_head = QCoreApplication.translate("SideBySideConflict", "Su cambio (sin guardar)")
        for col, text in ((1, mine_head), (2, theirs_head)):
            head = QLabel(text, self)
            head.setFont(font)
            head.setStyleSheet("border-bottom: 1px solid palette(mid); padding-bottom: 2px;")
            grid.addWidget(head, 0, col)
        for row, (field, caption, mine, theirs) in enumerate(rows, start=1):
            differs = mine != theirs
            name = QLabel(caption, self)
            name.setStyleSheet("padding: 3px 0;")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            pair = []
            for col, words in ((1, mine), (2, theirs)):
                cell = QLabel(words, self)
                cell.setWordWrap(True)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setProperty("differs", differs)
                cell.setStyleSheet("background: #fff4ce; padding: 3px;" if differs else "padding: 3px;")
                grid.addWidget(cell, row, col, Qt.AlignmentFlag.AlignTop)
                pair.append(cell)
            self.cells[field] = (pair[0], pair[1])

        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setLayout(grid)

        self.buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(
            QCoreApplication.translate("SideBySideConflict", "Conservar la mía"), self)
        self.keep_button.setToolTip(keep_tip)
        self.theirs_button = QPushButton(
            QCoreApplication.translate("SideBySideConflict", "Usar la de la otra persona"), self)
        self.theirs_button.setToolTip(theirs_tip)
        self.back_button = QPushButton(QCoreApplication.translate("SideBySideConflict", "Seguir editando"), self)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(lambda: self.done(KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self.done(USE_THEIRS))
        self.back_button.clicked.connect(self.reject)
        self.keep_button.setDefault(False)
        self.keep_button.setAutoDefault(False)
        self.theirs_button.setAutoDefault(False)
        self.back_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.explanation)
        layout.addWidget(frame)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        width = 680
        self.resize(width, max(layout.totalHeightForWidth(width), self.minimumSizeHint().height()))

    def keep_mine(self) -> None:
        self.keep_button.click()

    def use_theirs(self) -> None:
        self.theirs_button.click()


class ConflictDialog(SideBySideConflict):
    """The admissibility decision: the user's against the one saved (and who saved it, when)."""

    def __init__(self, mine: dict[str, str | None], theirs: PetitionDetail, last: AuditRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine = dict(mine)
        self.theirs = detail_values(theirs)
        if last is not None:
            who = self.tr("%1 guardó otra decisión sobre esta petición el %2, mientras usted la "
                          "editaba.").replace("%1", last.user_name).replace("%2", fmt_when(last.at))
        else:
            who = self.tr("Otra persona guardó esta petición mientras usted la editaba.")
        names = {"admissibility": self.tr("Decisión:"), "reason": self.tr("Motivo:"),
                 "duplicate_of_url": self.tr("Duplicada de:"), "note": self.tr("Nota:")}
        self._build(
            window_title=self.tr("Otra persona guardó esta petición"), title=theirs.title,
            explanation=who + " " + self.tr("Compare las dos versiones y elija cuál se conserva; lo que usted "
                                            "escribió no se pierde hasta que elija."),
            theirs_head=(self.tr("Guardado por %1").replace("%1", last.user_name) if last is not None
                         else self.tr("Guardado en el expediente")),
            rows=[(f, names[f], self._words(f, self.mine.get(f)), self._words(f, self.theirs.get(f)))
                  for f in FIELDS],
            keep_tip=self.tr("Guardar su decisión en lugar de la que está en el expediente"),
            theirs_tip=self.tr("Descartar su cambio y mostrar la decisión guardada"))

    @staticmethod
    def _words(field: str, value: str | None) -> str:
        if not value:
            return EMPTY
        if field == "admissibility":
            return admissibility_label(value)
        if field == "reason":
            return reason_label(value)
        return value


class MeetingConflictDialog(SideBySideConflict):
    """The meeting: what the form holds against the meeting as saved now."""

    def __init__(self, mine: dict[str, str | None], theirs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine = dict(mine)
        self.theirs = meeting_values(theirs)
        names = {"when": self.tr("Fecha y hora:"), "place": self.tr("Lugar:"), "status": self.tr("Estado:"),
                 "minutes": self.tr("Minuta:"), "attendees": self.tr("Asistentes:"),
                 "agreements": self.tr("Acuerdos:")}
        self._build(
            window_title=self.tr("Otra persona guardó esta reunión"),
            title=theirs.row.petition_title or self.tr("Reunión sin petición"),
            explanation=self.tr("Otra persona guardó esta reunión mientras usted la editaba. Compare las dos "
                                "versiones y elija cuál se conserva; lo que usted escribió no se pierde hasta "
                                "que elija."),
            theirs_head=self.tr("Lo guardado por la otra persona"),
            rows=[(f, names[f], self._words(f, self.mine.get(f)), self._words(f, self.theirs.get(f)))
                  for f in MEETING_FIELDS],
            keep_tip=self.tr("Guardar su versión de la reunión en lugar de la que está guardada"),
            theirs_tip=self.tr("Descartar sus cambios y mostrar la reunión como quedó guardada"))

    @staticmethod
    def _words(field: str, value: str | None) -> str:
        if not value:
            return EMPTY
        if field == "status":
            return meeting_status_label(value)
        return value
