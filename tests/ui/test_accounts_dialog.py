"""The counsel's accounts dialog, own-password changes, and which roles see which menus."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt

from secretariat.errors import AuthError
from secretariat.services import audit, users
from tests.conftest import PASSWORD, make_actor
from tests.ui.trust_support import boxes, mexico_time  # noqa: F401 - fixtures
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    spanish_ui,
    ui_counsel,
    ui_observer,
)
from ui.main_window import MainWindow
from ui.models.accounts_model import AccountsModel, account_state
from ui.views.account_forms import NewAccountDialog, PasswordDialog, RoleDialog
from ui.views.accounts_dialog import AccountsDialog

ROOT = Path(__file__).resolve().parents[2]
LAST_COUNSEL = "No se puede desactivar ni cambiar de rol la última cuenta activa de consejería jurídica."


@pytest.fixture
def adviser(sqlite_db, ui_counsel):
    return make_actor(sqlite_db, "lgarcia", "adviser")


@pytest.fixture
def accounts_dialog(qtbot, sqlite_db, runner, spanish_ui, ui_counsel, qtmodeltester):  # noqa: F811
    def make() -> AccountsDialog:
        dialog = AccountsDialog(sqlite_db, ui_counsel, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtmodeltester.check(dialog.model)
        return dialog

    return make


def user(db, name):
    with db.read() as s:
        return next((u for u in users.list_users(s, make_observer(db)) if u.name == name), None)


def make_observer(db):
    from secretariat.permissions import Actor

    return Actor(None, "prueba", "observer")


def table_text(dialog) -> list[list[str]]:
    m = dialog.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def audit_actions(db, counsel) -> list[str]:
    with db.read() as s:
        return [r.action for r in audit.browse(s, counsel, entity="user")]


def test_the_table_lists_accounts_in_words(accounts_dialog, adviser, ui_observer):
    dialog = accounts_dialog()
    assert [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Usuario", "Nombre completo", "Rol", "Estado"]
    assert table_text(dialog) == [
        ["consejera", "", "Consejería jurídica", "Activa"],
        ["lgarcia", "", "Asesor jurídico", "Activa"],
        ["observador", "", "Observador", "Activa"],
    ]
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Su propia cuenta"


def test_a_new_account_is_created_and_can_sign_in(qtbot, accounts_dialog, sqlite_db, boxes):  # noqa: F811
    dialog = accounts_dialog()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert isinstance(form, NewAccountDialog) and form.isVisible()
    assert [form.role.itemText(i) for i in range(form.role.count())] == [
        "Asesor jurídico", "Secretario de actas", "Observador", "Consejería jurídica"]
    form.fill("mramirez", "Marisol Ramírez Ortiz", "clerk", "pluma-y-tintero")
    with qtbot.waitSignal(dialog.changed) as got:
        form.ok_button.click()
    assert got.args[0].name == "mramirez"
    row = user(sqlite_db, "mramirez")
    assert (row.full_name, row.role, row.active) == ("Marisol Ramírez Ortiz", "clerk", True)
    assert users.sign_in(sqlite_db, "mramirez", "pluma-y-tintero").role == "clerk"
    assert ["mramirez", "Marisol Ramírez Ortiz", "Secretario de actas", "Activa"] in table_text(dialog)
    assert dialog.selected().name == "mramirez"
    assert dialog.status.text() == "Se creó la cuenta «mramirez»."
    assert boxes == []


def test_different_passwords_are_refused_before_saving(qtbot, accounts_dialog, sqlite_db, boxes):  # noqa: F811
    dialog = accounts_dialog()
    form = dialog.new_account()
    qtbot.addWidget(form)
    form.fill("mramirez", "", "clerk", "pluma-y-tintero", repeat="pluma-y-tinter0")
    form.ok_button.click()
    assert boxes.texts("warning") == ["Las dos contraseñas no coinciden; escríbalas de nuevo."]
    assert form.isVisible() and form.name.text() == "mramirez" and form.repeat.text() == ""
    assert user(sqlite_db, "mramirez") is None


def test_a_taken_name_is_one_sentence_and_the_form_keeps_what_was_typed(qtbot, accounts_dialog, adviser,
                                                                        runner, boxes):  # noqa: F811
    dialog = accounts_dialog()
    form = dialog.new_account()
    qtbot.addWidget(form)
    form.fill("lgarcia", "Luis García", "observer", "otra-clave")
    with qtbot.waitSignal(form.buttons.accepted):
        form.ok_button.click()
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert boxes.texts("warning") == ["Ya existe una cuenta llamada lgarcia."]
    assert form.isVisible() and form.full_name.text() == "Luis García" and form.ok_button.isEnabled()


def test_disable_asks_first_then_reenable(qtbot, accounts_dialog, sqlite_db, ui_counsel, adviser, boxes):  # noqa: F811
    dialog = accounts_dialog()
    dialog.select("lgarcia")
    assert dialog.toggle_button.text() == "&Desactivar"
    boxes.answer = boxes.answer.No
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert boxes.texts("question") == ["¿Desactivar la cuenta «lgarcia»? Ya no podrá iniciar sesión hasta "
                                       "que alguien de la consejería jurídica la reactive."]
    assert user(sqlite_db, "lgarcia").active and "disable" not in audit_actions(sqlite_db, ui_counsel)

    boxes.answer = boxes.answer.Yes
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert not user(sqlite_db, "lgarcia").active
    with pytest.raises(AuthError) as refused:
        users.sign_in(sqlite_db, "lgarcia", PASSWORD)
    assert refused.value.sentence("es") == "La cuenta lgarcia está desactivada."
    assert table_text(dialog)[1][3] == "Desactivada"
    assert dialog.toggle_button.text() == "&Reactivar"

    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert user(sqlite_db, "lgarcia").active
    assert users.sign_in(sqlite_db, "lgarcia", PASSWORD).name == "lgarcia"
    assert table_text(dialog)[1][3] == "Activa"
    assert audit_actions(sqlite_db, ui_counsel)[:2] == ["enable", "disable"]


def test_the_last_counsel_is_refused_with_its_sentence(qtbot, accounts_dialog, sqlite_db, runner, boxes):  # noqa: F811
    dialog = accounts_dialog()
    dialog.select("consejera")
    dialog.toggle_active()
    assert "Es su propia cuenta" in boxes.texts("question")[0]
    qtbot.waitUntil(lambda: boxes.texts("warning") != [])
    assert boxes.texts("warning") == [LAST_COUNSEL]
    assert user(sqlite_db, "consejera").active
    assert dialog.toggle_button.isEnabled()

    form = dialog.change_role()
    qtbot.addWidget(form)
    assert isinstance(form, RoleDialog) and form.role.currentData() == "counsel"
    form.choose("adviser")
    form.ok_button.click()
    qtbot.waitUntil(lambda: len(boxes.texts("warning")) == 2)
    assert boxes.texts("warning")[1] == LAST_COUNSEL
    assert user(sqlite_db, "consejera").role == "counsel"


def test_reset_password_and_change_role(qtbot, accounts_dialog, sqlite_db, adviser, boxes):  # noqa: F811
    dialog = accounts_dialog()
    dialog.select("lgarcia")
    qtbot.mouseClick(dialog.password_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert isinstance(form, PasswordDialog) and "«lgarcia»" in form.intro.text()
    form.fill("nueva-clave-2016")
    with qtbot.waitSignal(dialog.changed):
        form.ok_button.click()
    assert dialog.status.text() == "Se restableció la contraseña de «lgarcia»."
    assert users.sign_in(sqlite_db, "lgarcia", "nueva-clave-2016").name == "lgarcia"
    with pytest.raises(AuthError):
        users.sign_in(sqlite_db, "lgarcia", PASSWORD)

    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    form.choose("observer")
    with qtbot.waitSignal(dialog.changed):
        form.ok_button.click()
    assert user(sqlite_db, "lgarcia").role == "observer"
    assert table_text(dialog)[1][2] == "Observador"
    assert boxes == []


def test_a_locked_account_says_until_when_in_local_time(spanish_ui, mexico_time):
    now = datetime(2016, 3, 15, 20, 0)  # UTC
    locked = SimpleNamespace(name="lgarcia", active=True, locked_until=now + timedelta(minutes=4))
    assert account_state(locked, now) == "Bloqueada hasta las 14:04"
    assert account_state(locked, now + timedelta(minutes=5)) == "Activa"
    assert account_state(SimpleNamespace(active=False, locked_until=None), now) == "Desactivada"


# ------------------------------------------------------------------------------ the window

@pytest.fixture
def window_for(qtbot, sqlite_db, runner, spanish_ui, tmp_path):  # noqa: F811
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)

    def make(actor) -> MainWindow:
        window = MainWindow(sqlite_db, actor, runner, settings=store, poll_ms=0)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def menu_texts(window, index: int) -> list[str]:
    return [a.text() for a in window.menuBar().actions()[index].menu().actions() if not a.isSeparator()]


def test_the_counsel_sees_accounts_and_audit_in_the_case_menu(window_for, ui_counsel):
    window = window_for(ui_counsel)
    assert {"C&uentas…", "&Bitácora de auditoría…"} <= set(menu_texts(window, 1))
    assert "Cambiar mi &contraseña…" in menu_texts(window, 0)
    window.act_accounts.trigger()
    assert window.findChild(AccountsDialog).isVisible()


@pytest.mark.parametrize("role", ["adviser", "clerk", "observer"])
def test_other_roles_see_neither_menu_but_may_change_their_password(window_for, sqlite_db, ui_counsel, role):
    window = window_for(make_actor(sqlite_db, "persona", role))
    assert window.act_accounts is None and window.act_audit is None
    assert "C&uentas…" not in menu_texts(window, 1)
    assert "&Bitácora de auditoría…" not in menu_texts(window, 1)
    assert "Cambiar mi &contraseña…" in menu_texts(window, 0)


def test_anyone_changes_their_own_password_proving_the_old_one(qtbot, window_for, sqlite_db, ui_observer,
                                                              runner, boxes):  # noqa: F811
    window = window_for(ui_observer)
    window.act_password.trigger()
    form = window.findChild(PasswordDialog)
    assert form.isVisible() and form.windowTitle() == "Cambiar mi contraseña"
    form.fill("clave-nueva", current="no-es-esta")
    form.ok_button.click()
    qtbot.waitUntil(lambda: boxes != [])
    assert boxes.texts("warning") == ["La contraseña actual no es correcta; no se cambió nada."]
    assert form.isVisible() and form.current.text() == "" and form.password.text() == "clave-nueva"
    form.current.setText(PASSWORD)
    with qtbot.waitSignal(form.saved):
        form.ok_button.click()
    assert users.sign_in(sqlite_db, "observador", "clave-nueva").name == "observador"
    assert window.statusBar().currentMessage() == "Su contraseña cambió."


def test_screenshot_of_the_accounts_dialog(qtbot, accounts_dialog, sqlite_db, ui_counsel, adviser, qapp):
    from secretariat.services import accounts

    with sqlite_db.write() as s:
        users.add_user(s, ui_counsel, "mramirez", "clerk", "clave-1234", "Marisol Ramírez Ortiz")
        users.add_user(s, ui_counsel, "observa", "observer", "clave-1234", "Óscar Villalobos")
        accounts.disable_user(s, ui_counsel, "observa")
    dialog = accounts_dialog()
    dialog.resize(760, 400)
    dialog.select("observa")
    qapp.processEvents()
    image = dialog.grab().toImage()
    assert image.width() == 760
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "accounts-dialog.png"))


def test_a_locked_out_account_shows_until_when_and_can_be_unlocked(qtbot, accounts_dialog, sqlite_db, adviser,
                                                                   boxes):  # noqa: F811
    for _ in range(5):
        with pytest.raises(AuthError):
            users.sign_in(sqlite_db, "lgarcia", "equivocada")
    dialog = accounts_dialog()
    dialog.select("lgarcia")
    assert table_text(dialog)[1][3].startswith("Bloqueada hasta las ")
    assert dialog.toggle_button.text() == "&Desbloquear"
    with qtbot.waitSignal(dialog.changed):
        dialog.toggle_active()
    assert table_text(dialog)[1][3] == "Activa"
    assert users.sign_in(sqlite_db, "lgarcia", PASSWORD).name == "lgarcia"
