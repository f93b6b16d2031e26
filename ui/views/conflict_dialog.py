"""Two people saved the same petition: show both decisions side by side and let the user choose.

The admissibility dialog opens this when its save is refused with ``ConflictError``. The left
column is what the user typed (not saved yet), the right one what the other person saved (read
again from the case file), with who saved it and when. Rows that differ are marked.

- "Conservar la mía" (``KEEP_MINE``): save the user's decision over the current version.
- "Usar la de la otra persona" (``USE_THEIRS``): drop the user's decision and show theirs.
- "Seguir editando" or Esc (``rejected``): back to the form, with everything the user typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
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

KEEP_MINE = 10
USE_THEIRS = 11

FIELDS = ("admissibility", "reason", "duplicate_of_url", "note")


def detail_values(detail: PetitionDetail) -> dict[str, str | None]:
    """The admissibility fields of a saved petition, keyed like ``FIELDS``."""
    return {"admissibility": detail.admissibility, "reason": detail.inadmissible_reason,
            "duplicate_of_url": detail.duplicate_of_url, "note": detail.admissibility_note}


class ConflictDialog(QDialog):
    def __init__(self, mine: dict[str, str | None], theirs: PetitionDetail, last: AuditRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Otra persona guardó esta petición"))
        self.setMinimumWidth(640)
        self.mine = dict(mine)
        self.theirs = detail_values(theirs)

        title = QLabel(theirs.title, self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        if last is not None:
            who = self.tr("%1 guardó otra decisión sobre esta petición el %2, mientras usted la "
                          "editaba.").replace("%1", last.user_name).replace("%2", fmt_when(last.at))
        else:
            who = self.tr("Otra persona guardó esta petición mientras usted la editaba.")
        self.explanation = QLabel(who + " " + self.tr(
            "Compare las dos versiones y elija cuál se conserva; lo que usted escribió no se pierde "
            "hasta que elija."), self)
        self.explanation.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        theirs_head = (self.tr("Guardado por %1").replace("%1", last.user_name) if last is not None
                       else self.tr("Guardado en el expediente"))
        for col, text in ((1, self.tr("Su cambio (sin guardar)")), (2, theirs_head)):
            head = QLabel(text, self)
            head.setFont(font)
            head.setStyleSheet("border-bottom: 1px solid palette(mid); padding-bottom: 2px;")
            grid.addWidget(head, 0, col)
        names = {"admissibility": self.tr("Decisión:"), "reason": self.tr("Motivo:"),
                 "duplicate_of_url": self.tr("Duplicada de:"), "note": self.tr("Nota:")}
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, field in enumerate(FIELDS, start=1):
            differs = (self.mine.get(field) or None) != (self.theirs.get(field) or None)
            name = QLabel(names[field], self)
            name.setStyleSheet("padding: 3px 0;")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            pair = []
            for col, values in ((1, self.mine), (2, self.theirs)):
                cell = QLabel(self._words(field, values.get(field)), self)
                cell.setWordWrap(True)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setProperty("differs", differs)
                if differs:
                    cell.setStyleSheet("background: #fff4ce; padding: 3px;")
                else:
                    cell.setStyleSheet("padding: 3px;")
                grid.addWidget(cell, row, col, Qt.AlignmentFlag.AlignTop)
                pair.append(cell)
            self.cells[field] = (pair[0], pair[1])

        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setLayout(grid)

        self.buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Conservar la mía"), self)
        self.keep_button.setToolTip(self.tr("Guardar su decisión en lugar de la que está en el expediente"))
        self.theirs_button = QPushButton(self.tr("Usar la de la otra persona"), self)
        self.theirs_button.setToolTip(self.tr("Descartar su cambio y mostrar la decisión guardada"))
        self.back_button = QPushButton(self.tr("Seguir editando"), self)
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
        layout.addWidget(title)
        layout.addWidget(self.explanation)
        layout.addWidget(frame)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        width = 680
        self.resize(width, max(layout.totalHeightForWidth(width), self.minimumSizeHint().height()))

    def _words(self, field: str, value: str | None) -> str:
        if not value:
            return EMPTY
        if field == "admissibility":
            return admissibility_label(value)
        if field == "reason":
            return reason_label(value)
        return value

    def keep_mine(self) -> None:
        self.keep_button.click()

    def use_theirs(self) -> None:
        self.theirs_button.click()
