"""Pieces the drafting tab's panels share: a read-only list view set up once, a message line,
a bold caption and a row of buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QWidget

_SINGLE = QAbstractItemView.SelectionMode.SingleSelection


def list_view(view: QAbstractItemView, model, name: str, accessible: str, *,
              mode: QAbstractItemView.SelectionMode = _SINGLE) -> QAbstractItemView:
    """Set ``view`` up as a read-only list of whole rows over ``model`` (a table also loses its grid,
    its row numbers and its wrapping, and gets compact rows)."""
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(mode)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setAccessibleName(accessible)
    if isinstance(view, QTableView):
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setHighlightSections(False)
    return view


def message_line(parent: QWidget) -> QLabel:
    """A hidden, wrapping line for what a command did (or why it could not)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def bold_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def button_row(left, right=()) -> QHBoxLayout:
    """Buttons packed on the left, a stretch, then ``right`` ones."""
    row = QHBoxLayout()
    row.setSpacing(4)
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row
