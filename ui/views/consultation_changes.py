"""A small dialog of redlines, one per provision: "Ver cambios" of a stale approval (the approved
wording → today's) and the assembly's amendment (our wording → the assembly's).

``ChangesDialog(parent, title, intro, pieces)`` where ``pieces`` is a sequence of
``(caption, segments)``; each piece gets a caption and a ``RedlineView``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from secretariat.redline import Segment
from ui.views.redline_view import RedlineView


class ChangesDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, intro: str,
                 pieces: Sequence[tuple[str, Sequence[Segment]]]) -> None:
        super().__init__(parent)
        self.setObjectName("changes_dialog")
        self.setWindowTitle(title)
        self.resize(720, 240 + 200 * min(len(pieces), 3))
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.views: list[RedlineView] = []
        self.captions: list[QLabel] = []
        for caption, segments in pieces:
            head = QLabel(caption, self)
            head.setTextFormat(Qt.TextFormat.RichText)
            head.setContentsMargins(0, 6, 0, 0)
            view = RedlineView(self)
            view.set_segments(segments)
            view.setMinimumHeight(140)
            layout.addWidget(head)
            layout.addWidget(view, 1)
            self.views.append(view)
            self.captions.append(head)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
