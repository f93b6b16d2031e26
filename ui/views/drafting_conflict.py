"""Two advisers saved the same provision: say who saved what, show it as a redline, lose nothing.

``WordingConflictDialog(conflict, mine, parent)`` takes the service's ``WordingConflict`` (their
wording, the version the writer started from, and the redline from that base to theirs) and the
text in the writer's editor. Two tabs: what the other person changed (base → theirs), and what
the writer's text would change in theirs (theirs → mine).

- "Ver su versión" (``SHOW_THEIRS``): the editor shows their version; the writer's text is kept
  aside, and one click puts it back.
- "Conservar mi texto" (``KEEP_MINE``): the editor keeps the writer's text, now on top of their
  version; saving again makes the next version, knowingly.
- "Seguir editando" or Esc (``rejected``): nothing changes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from secretariat.redline import redline
from ui.models.audit_model import fmt_when
from ui.views.drafting_labels import version_name
from ui.views.redline_view import RedlineView

SHOW_THEIRS = 10
KEEP_MINE = 11


class WordingConflictDialog(QDialog):
    def __init__(self, conflict, mine: str, parent: QWidget | None = None, *, citation: str = "") -> None:
        super().__init__(parent)
        self.conflict, self.mine = conflict, mine
        theirs = conflict.theirs.row
        self.setWindowTitle(self.tr("Otra persona guardó esta redacción"))
        self.setMinimumWidth(720)
        who = theirs.author or self.tr("Otra persona")
        self.heading = heading = QLabel(self.tr("%1 guardó la %2 de %3 el %4, mientras usted redactaba.")
                         .replace("%1", html.escape(who))
                         .replace("%2", version_name(theirs.number))
                         .replace("%3", f"<b>{html.escape(citation)}</b>" if citation else self.tr("esta disposición"))
                         .replace("%4", fmt_when(theirs.created_at)), self)
        heading.setWordWrap(True)
        base = conflict.base
        since = (self.tr("Sus cambios respecto de la %1, de la que usted partió:").replace("%1", version_name(base.row.number))
                 if base is not None else self.tr("Usted partió de una disposición sin redacción; esta es la suya:"))
        explanation = QLabel(since, self)
        explanation.setWordWrap(True)
        self.theirs_view = RedlineView(self)
        self.theirs_view.setObjectName("conflict_theirs_redline")
        self.theirs_view.set_segments(conflict.segments)
        self.mine_view = RedlineView(self)
        self.mine_view.setObjectName("conflict_mine_redline")
        self.mine_view.set_segments(redline(conflict.theirs.text, mine))
        self.tabs = QTabWidget(self)
        first = QWidget(self)
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(explanation)
        first_layout.addWidget(self.theirs_view, 1)
        self.tabs.addTab(first, self.tr("Lo que cambió %1").replace("%1", who))
        self.tabs.addTab(self.mine_view, self.tr("Su texto frente a esa versión"))
        safe = QLabel(self.tr("Su texto no se pierde: si ve la versión de la otra persona, el suyo queda a salvo "
                              "y puede recuperarlo con un clic."), self)
        safe.setWordWrap(True)
        safe.setStyleSheet("color: palette(placeholder-text);")

        self.buttons = QDialogButtonBox(self)
        self.theirs_button = QPushButton(self.tr("&Ver su versión"), self)
        self.theirs_button.setToolTip(self.tr("Mostrar en el editor la versión guardada; su texto queda a salvo"))
        self.keep_button = QPushButton(self.tr("&Conservar mi texto"), self)
        self.keep_button.setToolTip(self.tr("Seguir con su texto; al guardar se creará la versión siguiente a la suya"))
        self.back_button = QPushButton(self.tr("Seguir &editando"), self)
        self.buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.theirs_button.clicked.connect(lambda: self.done(SHOW_THEIRS))
        self.keep_button.clicked.connect(lambda: self.done(KEEP_MINE))
        self.back_button.clicked.connect(self.reject)
        self.theirs_button.setDefault(True)
        self.theirs_button.setFocus()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(safe)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def show_theirs(self) -> None:
        self.theirs_button.click()

    def keep_mine(self) -> None:
        self.keep_button.click()
