"""Signing in, and creating the first account of a new case file.

``obtain_actor`` is what ``app.py`` calls: with a user and password (from the environment) it
signs in without asking; on a case file with no accounts it shows ``FirstRunDialog``; otherwise
``SignInDialog``. Errors appear inside the dialog as one plain sentence; the dialog stays open.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Actor
from secretariat.services import users

from ..errors import describe
from ..i18n import settings

LAST_USER_KEY = "session/last_user"


def case_file_label(url: str) -> str:
    """Where the case file is, for people: the file path, or the server and database name."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    scheme, _, rest = url.partition("://")
    return scheme.split("+", 1)[0] + "://" + re.sub(r"^[^@/]*@", "", rest)


def _ok_cancel(dialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Accept/Cancel buttons wired to ``dialog.submit`` and ``dialog.reject``; OK is the default."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.submit)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("errorLabel")
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


class _BusyCursor:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()


class SignInDialog(QDialog):
    """User name and password. Wrong ones show one sentence and keep the dialog open."""

    def __init__(self, db, parent: QWidget | None = None, *, user: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Secretariat — Iniciar sesión"))
        self.setModal(True)

        intro = QLabel(self.tr("Escriba su usuario y contraseña para abrir el expediente."))
        intro.setWordWrap(True)
        where = QLabel(self.tr("Expediente: %1").replace("%1", case_file_label(getattr(db, "url", ""))))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(mid);")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.user_edit = QLineEdit(user or str(settings().value(LAST_USER_KEY, "") or ""))
        self.user_edit.setMaxLength(80)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Usuario:"), self.user_edit)
        form.addRow(self.tr("&Contraseña:"), self.password_edit)

        self.error_label = _error_label()
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("&Entrar"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.setTabOrder(self.user_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.ok_button)
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def submit(self) -> None:
        name = self.user_edit.text().strip()
        if not name:
            self.show_error(self.tr("Escriba su nombre de usuario."))
            self.user_edit.setFocus()
            return
        try:
            with _BusyCursor():
                actor = users.sign_in(self.db, name, self.password_edit.text())
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence here
            self.show_error(describe(exc, "sign in"))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return
        self.actor = actor
        settings().setValue(LAST_USER_KEY, actor.name)
        self.accept()


def _accepts_full_name() -> bool:
    return "full_name" in inspect.signature(users.init_first_counsel).parameters


class FirstRunDialog(QDialog):
    """A new case file: create the first general counsel account, optionally with the demo case."""

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.load_demo = True
        self.setWindowTitle(self.tr("Secretariat — Expediente nuevo"))
        self.setModal(True)

        intro = QLabel(self.tr(
            "Este expediente todavía no tiene cuentas. Cree la cuenta de la consejería jurídica, "
            "que podrá después dar de alta al resto del equipo."))
        intro.setWordWrap(True)
        where = QLabel(self.tr("Expediente: %1").replace("%1", case_file_label(getattr(db, "url", ""))))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(mid);")

        self.user_edit = QLineEdit()
        self.user_edit.setMaxLength(80)
        self.user_edit.setPlaceholderText(self.tr("sin espacios, p. ej. mgarcia"))
        self.full_name_edit = QLineEdit()
        self.full_name_edit.setMaxLength(200)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("mínimo 4 caracteres"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.demo_check = QCheckBox(self.tr("Cargar el caso de &demostración"))
        self.demo_check.setChecked(True)
        self.demo_check.setToolTip(self.tr(
            "Llena el expediente con peticiones inventadas para conocer la aplicación."))

        form = QFormLayout()
        form.addRow(self.tr("&Usuario:"), self.user_edit)
        form.addRow(self.tr("&Nombre completo:"), self.full_name_edit)
        form.addRow(self.tr("&Contraseña:"), self.password_edit)
        form.addRow(self.tr("&Repita la contraseña:"), self.repeat_edit)

        self.error_label = _error_label()
        self.buttons, self.ok_button = _ok_cancel(self, self.tr("Crear &cuenta"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.demo_check)
        layout.addWidget(self.error_label)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.user_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def submit(self) -> None:
        name = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not name:
            self.show_error(self.tr("Escriba un nombre de usuario."))
            self.user_edit.setFocus()
            return
        if password != self.repeat_edit.text():
            self.show_error(self.tr("Las dos contraseñas no coinciden; escríbalas de nuevo."))
            self.password_edit.clear()
            self.repeat_edit.clear()
            self.password_edit.setFocus()
            return
        full_name = self.full_name_edit.text().strip()
        try:
            with _BusyCursor():
                with self.db.write() as session:
                    if full_name and _accepts_full_name():
                        users.init_first_counsel(session, name, password, full_name=full_name)
                    else:
                        users.init_first_counsel(session, name, password)
                actor = users.sign_in(self.db, name, password)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence here
            self.show_error(describe(exc, "first run"))
            return
        self.actor = actor
        self.load_demo = self.demo_check.isChecked()
        settings().setValue(LAST_USER_KEY, actor.name)
        self.accept()


def obtain_actor(db, parent: QWidget | None = None, *, user: str | None = None,
                 password: str | None = None,
                 on_first_run: Callable[[Actor, bool], None] | None = None) -> Actor | None:
    """The signed-in user, or None if the person cancelled.

    With ``user`` and ``password`` (``SECRETARIAT_USER`` / ``SECRETARIAT_PASSWORD``) nothing is
    asked, unless they are refused: then the sign-in dialog opens with the reason shown. On a
    case file without accounts the first-run dialog creates the general counsel; ``on_first_run``
    then receives the new actor and whether the demo case was requested.
    """
    with db.read() as session:
        has_accounts = users.has_users(session)
    if not has_accounts:
        first = FirstRunDialog(db, parent)
        if user:
            first.user_edit.setText(user)
        if first.exec() != QDialog.DialogCode.Accepted or first.actor is None:
            return None
        if on_first_run is not None:
            on_first_run(first.actor, first.load_demo)
        return first.actor
    dialog = SignInDialog(db, parent, user=user or "")
    if user and password:
        try:
            return users.sign_in(db, user, password)
        except Exception as exc:  # noqa: BLE001
            dialog.show_error(describe(exc, "sign in from the environment"))
            dialog.password_edit.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor
