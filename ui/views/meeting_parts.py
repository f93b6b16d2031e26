"""The lists inside the meeting dialog: attendees, agreements and attachments.

Each is a small ``RecordsModel`` (a table model over plain records, with an optional checkable
column) that holds what the dialog will save: the records already in the case file and the ones
the user added, and remembers which saved ones were removed. The dialog turns the difference into
service calls when the user saves (``meeting_dialog``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.work_labels import attendee_role_label


@dataclass(frozen=True)
class Attendee:
    role: str                       # committee | adviser | petitioner | guest
    name: str
    id: int | None = None           # None until saved
    member_id: int | None = None
    user_id: int | None = None
    email: str = ""
    phone: str = ""
    attended: bool | None = None


@dataclass(frozen=True)
class Agreement:
    text: str
    owner_name: str = ""
    due_on: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class Attachment:
    filename: str
    size: int
    id: int | None = None           # None: chosen, copied in when the meeting is saved
    path: Path | None = None        # the file chosen (pending ones)
    added: str = ""                 # "15 mar 2016, 14:32 · name"
    state: str = ""                 # "", "ok", "missing", "altered"


@dataclass(frozen=True)
class Field:
    title: str                      # already translated
    text: Callable[[Any], str]
    check: Callable[[Any], bool | None] | None = None   # a checkable column's state (None: unset)


class RecordsModel(QAbstractTableModel):
    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fields: list[Field], parent=None, *, checkable: bool = False) -> None:
        super().__init__(parent)
        self._fields = fields
        self._records: list[Any] = []
        self.removed: list[Any] = []      # saved records the user removed
        self.checkable = checkable

    def records(self) -> list[Any]:
        return list(self._records)

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.removed = []
        self.endResetModel()

    def append(self, record: Any) -> None:
        row = len(self._records)
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.append(record)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._records):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self._records.pop(row)
        self.endRemoveRows()
        if getattr(record, "id", None) is not None:
            self.removed.append(record)

    def replace(self, row: int, record: Any) -> None:
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._fields) - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._fields)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.checkable and self._fields[index.column()].check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record, field = self._records[index.row()], self._fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return field.text(record)
        if role == Qt.ItemDataRole.CheckStateRole and field.check is not None:
            state = field.check(record)
            return (Qt.CheckState.Checked if state else Qt.CheckState.Unchecked if state is False
                    else Qt.CheckState.PartiallyChecked)
        if role == self.RecordRole:
            return record
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or not self.checkable
                or self._fields[index.column()].check is None):
            return False
        record = self._records[index.row()]
        if not hasattr(record, "attended"):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.replace(index.row(), replace(record, attended=checked))
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._fields)):
            return self._fields[section].title
        return None


def records_table(parent: QWidget, model: RecordsModel, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def contact_text(a: Attendee) -> str:
    return " · ".join(p for p in (a.email, a.phone) if p)


def attendee_fields(tr: Callable[[str], str] | None = None) -> list[Field]:
    """The attendee columns, titled in context ``AttendeesTab`` (``tr``: unused, the callers still pass it)."""
    return [Field(QCoreApplication.translate("AttendeesTab", "Papel"), lambda a: attendee_role_label(a.role)),
            Field(QCoreApplication.translate("AttendeesTab", "Nombre"), lambda a: a.name),
            Field(QCoreApplication.translate("AttendeesTab", "Contacto"), contact_text),
            Field(QCoreApplication.translate("AttendeesTab", "Asistió"), lambda a: "", check=lambda a: a.attended)]


def fmt_size(size: int, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def agreement_fields(tr: Callable[[str], str] | None = None) -> list[Field]:
    """The agreement columns, titled in context ``AgreementsTab`` (``tr``: unused, the callers still pass it)."""
    loc = QLocale()
    from ui.models.worklist_model import fmt_day

    return [Field(QCoreApplication.translate("AgreementsTab", "Acuerdo"), lambda a: a.text),
            Field(QCoreApplication.translate("AgreementsTab", "Responsable"), lambda a: a.owner_name),
            Field(QCoreApplication.translate("AgreementsTab", "Fecha"), lambda a: fmt_day(a.due_on, loc))]


def attachment_fields(tr: Callable[[str], str] | None, state_text: Callable[[Attachment], str]) -> list[Field]:
    """The attachment columns, titled in context ``AttachmentsTab`` (``tr``: unused, the callers still pass it)."""
    return [Field(QCoreApplication.translate("AttachmentsTab", "Archivo"), lambda a: a.filename),
            Field(QCoreApplication.translate("AttachmentsTab", "Tamaño"), lambda a: fmt_size(a.size)),
            Field(QCoreApplication.translate("AttachmentsTab", "Agregado"), lambda a: a.added),
            Field(QCoreApplication.translate("AttachmentsTab", "Estado"), state_text)]
