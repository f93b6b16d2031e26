"""The counsel's accounts dialog (Expediente › Cuentas…): who may open the case file, and as what.

A table of the accounts (user name, full name, role, state) and the commands beside it: a new
account, disable / re-enable (or unlock), reset a password, change the role. Everything goes
through ``users.add_user`` and ``accounts.*`` on the task runner, in ``db.write()``; refusals
(the last active counsel, a name already taken…) are one sentence via ``show_error``. Disabling
asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import accounts, users
from secretariat.services.users import UserRow
from ui.errors import describe, show_error
from ui.models.accounts_model import AccountsModel, locked_until
from ui.views.account_forms import NewAccountDialog, PasswordDialog, RoleDialog


class AccountsDialog(QDialog):
    """``changed(UserRow)`` after each change was saved (the table is already reloaded)."""

    changed = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.form: QDialog | None = None
        self.setWindowTitle(self.tr("Cuentas"))
        self.setMinimumSize(720, 380)

        intro = QLabel(self.tr(
            "Las personas que pueden abrir este expediente y lo que cada una puede hacer. Una cuenta "
            "desactivada ya no puede iniciar sesión, pero sus registros en la bitácora se conservan."), self)
        intro.setWordWrap(True)

        self.model = AccountsModel(actor.name, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.new_button = QPushButton(self.tr("&Nueva cuenta…"), self)
        self.toggle_button = QPushButton(self.tr("&Desactivar"), self)
        self.password_button = QPushButton(self.tr("Restablecer &contraseña…"), self)
        self.role_button = QPushButton(self.tr("Cambiar &rol…"), self)
        self.new_button.clicked.connect(self.new_account)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        side = QVBoxLayout()
        for button in (self.new_button, self.toggle_button, self.password_button, self.role_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        close.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._sync()

    # ------------------------------------------------------------------ reading
    def reload(self, select: str | None = None) -> None:
        keep = select or (self.selected().name if self.selected() else None)
        try:
            with self._db.read() as s:
                rows = users.list_users(s, self._actor)
        except Exception as exc:  # noqa: BLE001 - unreachable case file: say so, keep the dialog
            self.status.setText(describe(exc, "list accounts"))
            return
        self.model.set_rows(rows)
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        self._sync()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.user_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        self.table.selectRow(self.model.row_of(name))

    def _sync(self) -> None:
        user = self.selected()
        for button in (self.toggle_button, self.password_button, self.role_button):
            button.setEnabled(user is not None)
        if user is None or (user.active and locked_until(user) is None):
            self.toggle_button.setText(self.tr("&Desactivar"))
        elif not user.active:
            self.toggle_button.setText(self.tr("&Reactivar"))
        else:
            self.toggle_button.setText(self.tr("&Desbloquear"))

    # ------------------------------------------------------------------ commands
    def new_account(self) -> NewAccountDialog:
        return self._open_form(NewAccountDialog(self._db, self._actor, self._runner, self),
                               self.tr("Se creó la cuenta «%1»."))

    def reset_password(self) -> PasswordDialog | None:
        user = self.selected()
        if user is None:
            return None
        return self._open_form(PasswordDialog(self._db, self._actor, self._runner, user.name, self),
                               self.tr("Se restableció la contraseña de «%1»."))

    def change_role(self) -> RoleDialog | None:
        user = self.selected()
        if user is None:
            return None
        return self._open_form(RoleDialog(self._db, self._actor, self._runner, user.name, user.role, self),
                               self.tr("Se cambió el rol de «%1»."))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, name = self._actor, user.name
        if user.active and locked_until(user) is None:
            if not self.confirm_disable(user):
                return
            self._run(lambda s: accounts.disable_user(s, actor, name), self.tr("Desactivando la cuenta"),
                      self.tr("Se desactivó la cuenta «%1»."))
        else:
            self._run(lambda s: accounts.enable_user(s, actor, name), self.tr("Reactivando la cuenta"),
                      self.tr("Se reactivó la cuenta «%1»."))

    def confirm_disable(self, user: UserRow) -> bool:
        text = self.tr("¿Desactivar la cuenta «%1»? Ya no podrá iniciar sesión hasta que alguien de la "
                       "consejería jurídica la reactive.").replace("%1", user.name)
        if user.name == self._actor.name:
            text += " " + self.tr("Es su propia cuenta: usted tampoco podrá volver a entrar con ella.")
        answer = QMessageBox.question(self, self.tr("Desactivar cuenta"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------ plumbing
    def _open_form(self, form: QDialog, done_text: str) -> QDialog:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(lambda row, text=done_text: self._changed(row, text))
        self.form = form
        form.open()
        return form

    def _run(self, work, title: str, done_text: str) -> None:
        db = self._db

        def task(_progress):
            with db.write() as s:
                return work(s)

        self.toggle_button.setEnabled(False)
        self._runner.submit(task, title=title, parent_widget=self,
                            on_done=lambda row, text=done_text: self._changed(row, text),
                            on_error=self._failed)

    def _changed(self, row: UserRow, text: str) -> None:
        self.status.setText(text.replace("%1", row.name))
        self.reload(select=row.name)
        self.changed.emit(row)

    def _failed(self, exc: BaseException) -> None:
        self._sync()
        self.status.setText("")
        show_error(self, exc, context="accounts")
