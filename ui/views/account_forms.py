"""The small forms of account management: a new account, a password, a role.

Each form checks what it can on its own (both passwords equal, a name given), then saves through
the account services on the task runner, inside ``db.write()``. A refusal is shown as one
sentence (``ui.errors.show_error``) and the form stays open with what was typed; on success the
form closes and emits ``saved(UserRow)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import AuthError
from secretariat.models import ROLES
from secretariat.services import accounts, users
from ui.errors import show_error
from ui.labels import role_label

#: Roles in the order the counsel usually gives them.
ROLE_ORDER = tuple(r for r in ("adviser", "clerk", "observer", "counsel") if r in ROLES)


def warn(parent: QWidget | None, text: str) -> None:
    """One sentence in a warning box, like ``show_error`` (for problems found before saving)."""
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Secretariat"), text)


def password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


def role_combo(parent: QWidget, current: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code in ROLE_ORDER:
        combo.addItem(role_label(code), code)
    if current in ROLE_ORDER:
        combo.setCurrentIndex(ROLE_ORDER.index(current))
    return combo


class _FormDialog(QDialog):
    """A form whose OK button saves through the runner; subclasses build ``work`` in ``collect``."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self.setMinimumWidth(440)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("_FormDialog", "Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("_FormDialog", "Cancelar"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def collect(self) -> tuple[Callable, str] | None:
        """(work(session), task title), or None after telling the user what is missing."""
        raise NotImplementedError

    def describe_failure(self, exc: BaseException) -> BaseException | str:
        return exc

    def save(self) -> None:
        found = self.collect()
        if found is None:
            return
        work, title = found
        db = self._db

        def task(_progress):
            with db.write() as s:
                return work(s)

        self.ok_button.setEnabled(False)
        self._runner.submit(task, title=title, on_done=self._done, on_error=self._failed,
                            parent_widget=self)

    def _done(self, row) -> None:
        self.ok_button.setEnabled(True)
        self.saved.emit(row)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        problem = self.describe_failure(exc)
        if isinstance(problem, str):
            warn(self, problem)
        else:
            show_error(self, problem, context=self.windowTitle())

    def _passwords(self, first: QLineEdit, second: QLineEdit) -> str | None:
        if not first.text():
            warn(self, QCoreApplication.translate("_FormDialog", "Escriba la contraseña nueva."))
            first.setFocus()
            return None
        if first.text() != second.text():
            warn(self, QCoreApplication.translate("_FormDialog", "Las dos contraseñas no coinciden; escríbalas de nuevo."))
            second.clear()
            second.setFocus()
            return None
        return first.text()


class NewAccountDialog(_FormDialog):
    def __init__(self, db, actor, runner, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, runner, parent)
        self.setWindowTitle(self.tr("Nueva cuenta"))
        self.intro.setText(self.tr(
            "La persona entrará con este usuario y esta contraseña; puede cambiarla después desde "
            "Archivo › Cambiar mi contraseña."))
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("sin espacios, p. ej. lgarcia"))
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(200)
        self.role = role_combo(self)
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        self.form.addRow(self.tr("&Usuario:"), self.name)
        self.form.addRow(self.tr("&Nombre completo:"), self.full_name)
        self.form.addRow(self.tr("&Rol:"), self.role)
        self.form.addRow(self.tr("&Contraseña:"), self.password)
        self.form.addRow(self.tr("Repe&tir contraseña:"), self.repeat)
        self.ok_button.setText(self.tr("Crear cuenta"))
        self.name.setFocus()

    def fill(self, name: str, full_name: str, role: str, password: str, repeat: str | None = None) -> None:
        self.name.setText(name)
        self.full_name.setText(full_name)
        self.role.setCurrentIndex(ROLE_ORDER.index(role))
        self.password.setText(password)
        self.repeat.setText(password if repeat is None else repeat)

    def collect(self):
        name = self.name.text().strip()
        if not name:
            warn(self, self.tr("Escriba el nombre de usuario de la cuenta nueva."))
            self.name.setFocus()
            return None
        password = self._passwords(self.password, self.repeat)
        if password is None:
            return None
        actor, role, full_name = self._actor, self.role.currentData(), self.full_name.text()
        return (lambda s: users.add_user(s, actor, name, role, password, full_name),
                self.tr("Creando la cuenta"))


class PasswordDialog(_FormDialog):
    """``own=False``: the counsel resets ``name``'s password. ``own=True``: the signed-in user
    changes their own, proving the current one."""

    def __init__(self, db, actor, runner, name: str, parent: QWidget | None = None, *,
                 own: bool = False) -> None:
        super().__init__(db, actor, runner, parent)
        if own:
            self.setWindowTitle(self.tr("Cambiar mi contraseña"))
            self.intro.setText(self.tr("Escriba su contraseña actual y la nueva dos veces."))
        else:
            self.setWindowTitle(self.tr("Restablecer contraseña"))
            self.intro.setText(self.tr(
                "Nueva contraseña para la cuenta «%1». Comuníquela a su titular en persona; también "
                "se levanta el bloqueo por intentos fallidos.").replace("%1", name))
        self._name, self._own = name, own
        self.current = password_edit(self)
        self.password = password_edit(self)
        self.repeat = password_edit(self)
        if own:
            self.form.addRow(self.tr("Contraseña &actual:"), self.current)
        self.form.addRow(self.tr("Contraseña &nueva:"), self.password)
        self.form.addRow(self.tr("Repe&tir contraseña:"), self.repeat)
        (self.current if own else self.password).setFocus()

    def fill(self, password: str, repeat: str | None = None, current: str = "") -> None:
        self.current.setText(current)
        self.password.setText(password)
        self.repeat.setText(password if repeat is None else repeat)

    def collect(self):
        password = self._passwords(self.password, self.repeat)
        if password is None:
            return None
        actor, name = self._actor, self._name
        if self._own:
            old = self.current.text()
            return (lambda s: accounts.change_own_password(s, actor, old, password),
                    self.tr("Cambiando la contraseña"))
        return (lambda s: accounts.reset_password(s, actor, name, password),
                self.tr("Restableciendo la contraseña"))

    def describe_failure(self, exc):
        if self._own and isinstance(exc, AuthError) and exc.code == "bad_credentials":
            self.current.clear()
            self.current.setFocus()
            return self.tr("La contraseña actual no es correcta; no se cambió nada.")
        return exc


class RoleDialog(_FormDialog):
    def __init__(self, db, actor, runner, name: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(db, actor, runner, parent)
        self.setWindowTitle(self.tr("Cambiar rol"))
        self.intro.setText(self.tr(
            "El rol decide lo que la cuenta «%1» puede hacer; el cambio vale desde su próximo "
            "inicio de sesión.").replace("%1", name))
        self._name = name
        self.role = role_combo(self, role)
        self.form.addRow(self.tr("&Rol:"), self.role)

    def choose(self, role: str) -> None:
        self.role.setCurrentIndex(ROLE_ORDER.index(role))

    def collect(self):
        actor, name, role = self._actor, self._name, self.role.currentData()
        return (lambda s: accounts.set_role(s, actor, name, role), self.tr("Cambiando el rol"))
