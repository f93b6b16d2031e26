"""Signing in and the first run of a new case file, driven like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from secretariat.permissions import Actor
from secretariat.services import users
from tests.conftest import PASSWORD
from tests.ui.support import isolated_log, isolated_settings, ui_counsel  # noqa: F401 - fixtures
from ui.views.sign_in import FirstRunDialog, SignInDialog, case_file_label, obtain_actor


@pytest.fixture(autouse=True)
def _isolated(isolated_settings, isolated_log):
    return None


def _attempt(qtbot, dialog: SignInDialog, password: str) -> None:
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter submits


def test_the_right_password_signs_in(qtbot, sqlite_db, ui_counsel):
    dialog = SignInDialog(sqlite_db, user="consejera")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Secretariat — Iniciar sesión"
    _attempt(qtbot, dialog, PASSWORD)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.actor == Actor(ui_counsel.id, "consejera", "counsel")


def test_a_wrong_password_shows_one_spanish_sentence_and_keeps_the_dialog_open(qtbot, sqlite_db, ui_counsel):
    dialog = SignInDialog(sqlite_db, user="consejera")
    qtbot.addWidget(dialog)
    dialog.show()
    _attempt(qtbot, dialog, "no-es-esta")
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Usuario o contraseña incorrectos."
    assert dialog.actor is None and dialog.isVisible()
    assert dialog.password_edit.text() == ""  # ready for another try


def test_five_failures_lock_the_account_for_minutes(qtbot, sqlite_db, ui_counsel):
    dialog = SignInDialog(sqlite_db, user="consejera")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(5):
        _attempt(qtbot, dialog, "equivocada")
    _attempt(qtbot, dialog, PASSWORD)  # even the right password is refused now
    text = dialog.error_label.text()
    assert text.startswith("La cuenta consejera está bloqueada por intentos fallidos")
    assert "minutos" in text
    assert dialog.actor is None


def test_the_user_name_is_remembered_for_next_time(qtbot, sqlite_db, ui_counsel):
    first = SignInDialog(sqlite_db)
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.user_edit, "consejera")
    _attempt(qtbot, first, PASSWORD)
    assert first.actor is not None
    second = SignInDialog(sqlite_db)
    qtbot.addWidget(second)
    assert second.user_edit.text() == "consejera"


def test_environment_credentials_sign_in_without_a_dialog(qtbot, sqlite_db, ui_counsel):
    assert obtain_actor(sqlite_db, user="consejera", password=PASSWORD) == ui_counsel


def test_first_run_creates_the_general_counsel(qtbot, sqlite_db):
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    assert dialog.demo_check.isChecked()  # demo on by default
    qtbot.keyClicks(dialog.user_edit, "mgarcia")
    dialog.full_name_edit.setText("María García Ruiz")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password_edit, "secreto1")
    qtbot.keyClicks(dialog.repeat_edit, "secreto1")
    dialog.demo_check.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.name == "mgarcia" and dialog.actor.role == "counsel"
    assert dialog.load_demo is False
    with sqlite_db.read() as s:
        [row] = users.list_users(s, dialog.actor)
    assert (row.name, row.role) == ("mgarcia", "counsel")


def test_first_run_refuses_mismatched_passwords_and_writes_nothing(qtbot, sqlite_db):
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user_edit, "mgarcia")
    qtbot.keyClicks(dialog.password_edit, "secreto1")
    qtbot.keyClicks(dialog.repeat_edit, "secreto2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Las dos contraseñas no coinciden; escríbalas de nuevo."
    with sqlite_db.read() as s:
        assert not users.has_users(s)


def test_first_run_shows_the_domain_sentence_for_a_bad_name(qtbot, sqlite_db):
    dialog = FirstRunDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("María García")
    qtbot.keyClicks(dialog.password_edit, "secreto1")
    qtbot.keyClicks(dialog.repeat_edit, "secreto1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "El valor de usuario no es válido: María García."
    with sqlite_db.read() as s:
        assert not users.has_users(s)


def test_obtain_actor_opens_the_first_run_dialog_on_an_empty_case_file(qtbot, sqlite_db):
    seen: list[tuple[Actor, bool]] = []

    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstRunDialog)
        qtbot.addWidget(dialog)
        dialog.user_edit.setText("consejera")
        dialog.password_edit.setText("secreto1")
        dialog.repeat_edit.setText("secreto1")
        dialog.ok_button.click()

    QTimer.singleShot(0, fill_in)
    actor = obtain_actor(sqlite_db, on_first_run=lambda a, demo: seen.append((a, demo)))
    assert actor is not None and actor.name == "consejera"
    assert seen == [(actor, True)]


def test_refused_environment_credentials_open_the_dialog_with_the_reason(qtbot, sqlite_db, ui_counsel):
    shown: list[str] = []

    def look_and_cancel():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        qtbot.addWidget(dialog)
        shown.append(dialog.error_label.text())
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    assert obtain_actor(sqlite_db, user="consejera", password="mala") is None
    assert shown == ["Usuario o contraseña incorrectos."]


def test_case_file_label_hides_server_passwords():
    assert case_file_label("sqlite:////home/ana/caso.sqlite3") == "/home/ana/caso.sqlite3"
    assert case_file_label("postgresql+psycopg://app:s3creto@db.local:5432/caso") == "postgresql://db.local:5432/caso"
