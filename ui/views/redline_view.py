"""A read-only redline: what was inserted is underlined in green, what was deleted is struck
through in red, word by word, with a small legend and a count of the words changed.

``RedlineView(parent).set_segments(segments)`` shows the ``Segment``s of
``secretariat.redline.redline(old, new)``; ``set_texts(old, new)`` computes them first.
``redline_html(segments)`` gives the same rendering as an HTML fragment (for a label, a tooltip or
a dialog that has no room for the widget). Colour is never the only cue: the underline and the
strike-through say it too, for printouts and colour-blind readers.

A deletion followed at once by an insertion ("la" → "recibir") would read as one glued word, so
a thin space (U+2009, unmarked) is shown between them; it is presentation only (``segments`` keeps
the exact texts, and joining them still gives the two wordings).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from secretariat.redline import Segment, redline, stats


#: (text colour, background) of each change; chosen to read on white and in grey print.
INSERT_COLOURS = ("#0b6e2e", "#dcf5e3")
DELETE_COLOURS = ("#b3261e", "#fde3e1")



def char_format(op: str) -> QTextCharFormat:
    """The character format of one segment kind (plain for ``equal``)."""
    fmt = QTextCharFormat()
    if op == "insert":
        fmt.setFontUnderline(True)
        fmt.setForeground(QColor(INSERT_COLOURS[0]))
        fmt.setBackground(QColor(INSERT_COLOURS[1]))
    elif op == "delete":
        fmt.setFontStrikeOut(True)
        fmt.setForeground(QColor(DELETE_COLOURS[0]))
        fmt.setBackground(QColor(DELETE_COLOURS[1]))
    return fmt


_STYLE = {
    "insert": f"color:{INSERT_COLOURS[0]};background-color:{INSERT_COLOURS[1]};text-decoration:underline;",
    "delete": f"color:{DELETE_COLOURS[0]};background-color:{DELETE_COLOURS[1]};text-decoration:line-through;",
}


#: shown between a deletion and the insertion that replaces it, so the two words do not touch
JOIN = "\u2009"


def display_runs(segments: Iterable[Segment]):
    """(op, text) to show: the segments, with ``JOIN`` between a deletion and an insertion that
    would otherwise touch."""
    previous = None
    for seg in segments:
        if (previous is not None and previous.op == "delete" and seg.op == "insert"
                and not previous.text[-1:].isspace() and not seg.text[:1].isspace()):
            yield "equal", JOIN
        yield seg.op, seg.text
        previous = seg


def redline_html(segments: Iterable[Segment]) -> str:
    """The segments as an HTML fragment Qt's rich text understands: styled ``<span>``s (Qt ignores
    ``<ins>``/``<del>``), line breaks kept. Safe in a rich-text label (the text is escaped)."""
    parts = []
    for op, raw in display_runs(segments):
        text = html.escape(raw).replace("\n", "<br/>")
        style = _STYLE.get(op)
        if style is None:
            parts.append(text)
        else:
            parts.append(f'<span style="{style}">{text}</span>')
    return '<span style="white-space:pre-wrap;">' + "".join(parts) + "</span>"


def change_summary(segments: Iterable[Segment]) -> str:
    """"3 palabras añadidas, 1 suprimida" or "Sin cambios de redacción"."""
    segments = tuple(segments)
    inserted, deleted = stats(segments)
    if not any(s.op != "equal" for s in segments):
        return QCoreApplication.translate("RedlineView", "Sin cambios de redacción")
    if inserted == 0 and deleted == 0:  # only punctuation or spacing changed
        return QCoreApplication.translate("RedlineView", "Solo cambian signos de puntuación o espacios")
    loc = QLocale()
    added = (QCoreApplication.translate("RedlineView", "1 palabra añadida") if inserted == 1 else
             QCoreApplication.translate("RedlineView", "%1 palabras añadidas").replace("%1", loc.toString(inserted)))
    if deleted == 0:
        return added
    if inserted == 0:
        return (QCoreApplication.translate("RedlineView", "1 palabra suprimida") if deleted == 1 else
                QCoreApplication.translate("RedlineView", "%1 palabras suprimidas").replace("%1", loc.toString(deleted)))
    removed = (QCoreApplication.translate("RedlineView", "1 suprimida") if deleted == 1 else
               QCoreApplication.translate("RedlineView", "%1 suprimidas").replace("%1", loc.toString(deleted)))
    return f"{added}, {removed}"


class RedlineView(QWidget):
    """The redline of two wordings, read-only and selectable (to copy into a memo)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redline_view")
        self.segments: tuple[Segment, ...] = ()
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("redline_text")
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(QCoreApplication.translate("RedlineView", "Cambios de redacción"))
        self.browser.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.inserted_key = QLabel(self)
        self.inserted_key.setText(redline_html((Segment("insert", QCoreApplication.translate("RedlineView", "añadido")),)))
        self.deleted_key = QLabel(self)
        self.deleted_key.setText(redline_html((Segment("delete", QCoreApplication.translate("RedlineView", "suprimido")),)))
        self.summary = QLabel(self)
        self.summary.setObjectName("redline_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        legend = QHBoxLayout()
        legend.setContentsMargins(0, 0, 0, 0)
        legend.setSpacing(8)
        legend.addWidget(QLabel(QCoreApplication.translate("RedlineView", "Leyenda:"), self))
        legend.addWidget(self.inserted_key)
        legend.addWidget(self.deleted_key)
        legend.addStretch(1)
        legend.addWidget(self.summary)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.browser, 1)
        layout.addLayout(legend)

    def set_segments(self, segments: Iterable[Segment]) -> None:
        """Show these segments (replacing whatever was shown)."""
        self.segments = tuple(segments)
        doc = self.browser.document()
        doc.clear()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for op, text in display_runs(self.segments):
            cursor.insertText(text, char_format(op))
        cursor.endEditBlock()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.summary.setText(change_summary(self.segments) if self.segments else "")

    def set_texts(self, old: str, new: str) -> None:
        """Show the redline from ``old`` to ``new``."""
        self.set_segments(redline(old, new))

    def set_message(self, text: str) -> None:
        """No redline: a grey sentence instead (e.g. "Elija dos versiones para compararlas.")."""
        self.segments = ()
        doc = self.browser.document()
        doc.clear()
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().placeholderText())
        fmt.setFontItalic(True)
        QTextCursor(doc).insertText(text, fmt)
        self.summary.setText("")

    def plain_text(self) -> str:
        """The text shown, both sides' words together (what a screen reader reads), with ``JOIN``
        between a deletion and the insertion that replaces it."""
        return self.browser.toPlainText()
