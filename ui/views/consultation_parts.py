"""Pieces the consultation views share: a read-only data table, a section heading, a choice of
radio buttons, opening a dialog that forgets itself when closed, and the save-through-the-runner
flow of an editing dialog (one sentence under the form on refusal, the form kept).

They could serve other areas too (the worklist, the sessions tab and the duty dialogs build the
same things by hand).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QWidget,
)


def data_table(parent: QWidget, model, columns, *, name: str, stretch: str | None = None) -> QTableView:
    """A single-selection, read-only, row-selecting table over ``model`` with ``columns``'
    widths (``Column(key, title, width)``); ``stretch`` names the column that takes the slack."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for i, col in enumerate(columns):
        table.setColumnWidth(i, col.width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setStretchLastSection(False)
        header.setSectionResizeMode([c.key for c in columns].index(stretch), QHeaderView.ResizeMode.Stretch)
    return table


def select_row(table: QTableView, row: int) -> bool:
    """Select ``row`` (whole row, current, scrolled to); False if out of range."""
    model = table.model()
    if not 0 <= row < model.rowCount():
        return False
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    table.scrollTo(index)
    return True


def section_heading(text: str, parent: QWidget) -> QLabel:
    """A bold heading with a thin rule under it, as in the petition panel."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 2)
    label.setStyleSheet("border-bottom: 1px solid palette(mid); padding-bottom: 2px;")
    return label


def radio_choice(parent: QWidget, codes: Iterable[str], text: Callable[[str], str],
                 layout: QBoxLayout) -> dict[str, QRadioButton]:
    """One exclusive radio button per code (captions from ``text``), added to ``layout``."""
    group = QButtonGroup(parent)
    radios: dict[str, QRadioButton] = {}
    for code in codes:
        radio = QRadioButton(text(code), parent)
        group.addButton(radio)
        layout.addWidget(radio)
        radios[code] = radio
    return radios


def open_dialog(owner, dialog):
    """Open ``dialog`` window-modal, deleted on close; ``owner.dialog`` holds it while it is open."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    owner.dialog = dialog
    dialog.finished.connect(lambda _r, d=dialog: setattr(owner, "dialog", None) if owner.dialog is d else None)
    dialog.open()
    return dialog


