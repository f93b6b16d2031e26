"""The accounts of the case file as a table: user name, full name, role and state.

The state is "Activa", "Desactivada" or "Bloqueada hasta las HH:MM" (local time; five wrong
passwords lock an account for five minutes). The lock time is read from the row's
``locked_until`` (naive UTC) when the service provides it.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QT_TRANSLATE_NOOP,
)
from PySide6.QtGui import QBrush, QColor, QFont

from secretariat.services.users import UserRow
from ui.labels import role_label
from ui.models.audit_model import local_time

COLUMNS = ("name", "full_name", "role", "state")
_HEADERS = (
    QT_TRANSLATE_NOOP("Accounts", "Usuario"),
    QT_TRANSLATE_NOOP("Accounts", "Nombre completo"),
    QT_TRANSLATE_NOOP("Accounts", "Rol"),
    QT_TRANSLATE_NOOP("Accounts", "Estado"),
)

UserRole = Qt.ItemDataRole.UserRole + 1


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def locked_until(row: UserRow, now: datetime | None = None) -> datetime | None:
    """When the account's lock-out ends (naive UTC), or None if it is not locked now."""
    until = getattr(row, "locked_until", None)
    if until is None or until <= (now or _utcnow()):
        return None
    return until


def account_state(row: UserRow, now: datetime | None = None) -> str:
    if not row.active:
        return QCoreApplication.translate("Accounts", "Desactivada")
    until = locked_until(row, now)
    if until is not None:
        return QCoreApplication.translate("Accounts", "Bloqueada hasta las %1").replace(
            "%1", local_time(until).strftime("%H:%M"))
    return QCoreApplication.translate("Accounts", "Activa")


class AccountsModel(QAbstractTableModel):
    """``set_rows(users.list_users(...))``; ``UserRole`` gives the ``UserRow`` of a line."""

    def __init__(self, me: str = "", parent=None) -> None:
        super().__init__(parent)
        self._me = me
        self._rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def user_at(self, row: int) -> UserRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, name: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.name == name), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        user = self._rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return user.name
            if key == "full_name":
                return user.full_name
            if key == "role":
                return role_label(user.role)
            return account_state(user)
        if role == Qt.ItemDataRole.ToolTipRole and key == "name" and user.name == self._me:
            return QCoreApplication.translate("Accounts", "Su propia cuenta")
        if role == Qt.ItemDataRole.FontRole and key == "name" and user.name == self._me:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and key == "state":
            if not user.active:
                return QBrush(QColor("#6b6b6b"))
            if locked_until(user) is not None:
                return QBrush(QColor("#b3261e"))
        if role == UserRole:
            return user
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("Accounts", _HEADERS[section])
        return None
