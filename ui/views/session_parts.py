"""Widgets the sessions tab's pieces share: the day and optional time editors, and the plain
single-selection table its two lists use."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QHeaderView, QTableView, QTimeEdit, QWidget

from ui.views.meeting_parts import records_table

DATE_FORMAT = "d 'de' MMMM 'de' yyyy"


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


def time_row(parent: QWidget, caption: str) -> tuple[QCheckBox, QTimeEdit, QWidget]:
    """"[x] a las [17:00]": the session's time is optional."""
    check = QCheckBox(caption, parent)
    edit = QTimeEdit(QTime(17, 0), parent)
    edit.setDisplayFormat("HH:mm")
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(check)
    row.addWidget(edit)
    row.addStretch(1)
    return check, edit, box



def row_table(parent: QWidget, model, name: str) -> QTableView:
    """A read-only table that selects one whole row (the meetings' records table), with columns
    the caller sizes."""
    table = records_table(parent, model, 0)
    table.setObjectName(name)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table
