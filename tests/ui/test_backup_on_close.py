"""The backup made when the main window closes: where, how many are kept, and when it fails."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from secretariat.services import backup
from tests.conftest import make_actor
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    spanish_ui,
    ui_counsel,
    ui_observer,
)
from tests.ui.trust_support import boxes  # noqa: F401 - fixture
from ui.backup_on_close import BackupPrefs, default_folder, load_prefs, prune, save_prefs
from ui.main_window import MainWindow
from ui.views.settings_dialog import SettingsDialog

OLD = [f"secretariat-2016030{d}-120000.secbak" for d in range(1, 6)]  # N + 2 with N = 3


@pytest.fixture
def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "respaldos"
    path.mkdir()
    for name in OLD:
        (path / name).write_bytes(b"copia anterior")
    (path / "notas.txt").write_text("no es una copia")
    (path / "secretariat-manual.secbak").write_bytes(b"copia hecha a mano")
    return path


@pytest.fixture
def closing_window(qtbot, sqlite_db, runner, spanish_ui, store):  # noqa: F811
    def make(actor) -> MainWindow:
        window = MainWindow(sqlite_db, actor, runner, settings=store, poll_ms=0, backup_on_close=True)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def test_closing_writes_a_backup_and_keeps_the_last_n(qtbot, closing_window, ui_counsel, store, folder, boxes):  # noqa: F811
    save_prefs(store, BackupPrefs(True, str(folder), 3))
    window = closing_window(ui_counsel)
    with qtbot.waitSignal(window.closer.finished, timeout=30_000) as got:
        assert window.close() is False  # the backup runs first
    assert not window.isVisible()
    made = Path(got.args[0].path)
    assert made.parent == folder and made.name.startswith("secretariat-20") and made.suffix == ".secbak"
    ours = sorted(p.name for p in folder.glob("secretariat-*.secbak") if p.name != "secretariat-manual.secbak")
    assert ours == [OLD[3], OLD[4], made.name]
    assert (folder / "notas.txt").exists() and (folder / "secretariat-manual.secbak").exists()
    with zipfile.ZipFile(made) as zf:
        assert "manifest.json" in zf.namelist()
    assert boxes == []


def test_the_backup_restores_into_an_empty_case_file(qtbot, closing_window, ui_counsel, store, tmp_path,
                                                     sqlite_template):
    from secretariat.db import Database
    from secretariat.services import users
    from tests.conftest import _sqlite_copy

    save_prefs(store, BackupPrefs(True, str(tmp_path / "nueva" / "carpeta"), 10))  # made on demand
    window = closing_window(ui_counsel)
    with qtbot.waitSignal(window.closer.finished, timeout=30_000) as got:
        window.close()
    empty = Database(_sqlite_copy(sqlite_template, tmp_path))
    try:
        backup.restore(empty, None, got.args[0].path)
        with empty.read() as s:
            assert [u.name for u in users.list_users(s, ui_counsel)] == ["consejera"]
    finally:
        empty.dispose()


def test_a_failed_backup_says_so_and_asks_before_closing(qtbot, closing_window, ui_counsel, store, tmp_path,
                                                         boxes):  # noqa: F811
    blocker = tmp_path / "archivo"
    blocker.write_text("una carpeta no puede llamarse como este archivo")
    save_prefs(store, BackupPrefs(True, str(blocker / "respaldos"), 3))
    window = closing_window(ui_counsel)
    boxes.answer = boxes.answer.No
    window.close()
    qtbot.waitUntil(lambda: boxes != [])
    (kind, text), = boxes
    assert kind == "question"
    assert text.startswith(f"No se pudo escribir la copia de seguridad en «{blocker / 'respaldos'}»: ")
    assert text.endswith(". ¿Cerrar de todos modos?")
    assert window.isVisible()  # "No": the window stays open

    boxes.answer = boxes.answer.Yes
    window.close()
    qtbot.waitUntil(lambda: len(boxes) == 2)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_no_backup_when_switched_off_or_for_a_role_that_may_not(qtbot, closing_window, sqlite_db, ui_counsel,
                                                                ui_observer, store, folder):  # noqa: F811
    save_prefs(store, BackupPrefs(False, str(folder), 3))
    window = closing_window(ui_counsel)
    assert window.close() is True
    save_prefs(store, BackupPrefs(True, str(folder), 3))
    for actor in (ui_observer, make_actor(sqlite_db, "asesor", "adviser")):
        window = closing_window(actor)
        assert window.close() is True
    assert sorted(p.name for p in folder.iterdir()) == sorted([*OLD, "notas.txt", "secretariat-manual.secbak"])


def test_defaults_on_for_sqlite_off_for_a_server(store):
    assert load_prefs(store, True) == BackupPrefs(True, str(default_folder()), 10)
    assert load_prefs(store, False).enabled is False
    assert default_folder().name == "respaldos"


def test_prune_only_touches_the_pattern(folder):
    removed = prune(folder, 2)
    assert [p.name for p in removed] == OLD[:3]
    assert sorted(p.name for p in folder.iterdir()) == sorted([*OLD[3:], "notas.txt", "secretariat-manual.secbak"])


def test_the_preferences_show_and_save_the_backup_settings(qtbot, isolated_settings, store, tmp_path):  # noqa: F811
    dialog = SettingsDialog(backup_store=store, is_sqlite=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.backup_group.isVisible() and dialog.backup_check.text() == "&Respaldar al cerrar"
    assert dialog.backup_check.isChecked() and dialog.backup_keep.value() == 10
    assert dialog.backup_folder.text() == str(default_folder())
    dialog.backup_folder.setText(str(tmp_path / "copias"))
    dialog.backup_keep.setValue(4)
    dialog.backup_check.setChecked(False)
    assert not dialog.backup_keep.isEnabled()
    dialog.accept()
    assert load_prefs(store, True) == BackupPrefs(False, str(tmp_path / "copias"), 4)

    plain = SettingsDialog()
    qtbot.addWidget(plain)
    assert plain.backup_group is None


def test_the_counsel_finds_the_backup_settings_in_preferences(qtbot, sqlite_db, runner, spanish_ui, store,
                                                             ui_counsel, ui_observer):  # noqa: F811
    for actor, shown in ((ui_counsel, True), (ui_observer, False)):
        window = MainWindow(sqlite_db, actor, runner, settings=store, poll_ms=0)
        qtbot.addWidget(window)
        dialog = window.open_settings()
        assert (dialog.backup_group is not None) is shown
        dialog.reject()


def test_a_window_closed_while_the_application_quits_just_closes(qtbot, closing_window, ui_counsel, store,
                                                                  folder, runner):  # noqa: F811
    save_prefs(store, BackupPrefs(True, str(folder), 3))
    window = closing_window(ui_counsel)
    runner.shutdown()  # as on aboutToQuit, before run_gui closes the window
    assert window.close() is True
    assert len(list(folder.glob("secretariat-2*.secbak"))) == len(OLD)


def test_a_cancelled_backup_asks_before_closing(qtbot, closing_window, ui_counsel, store, folder, runner,
                                                boxes):  # noqa: F811
    import threading

    save_prefs(store, BackupPrefs(True, str(folder), 3))
    window = closing_window(ui_counsel)
    hold = threading.Event()
    busy = runner.submit(lambda _p: hold.wait(10), title="ocupado", mutates=False, show_progress=False)
    boxes.answer = boxes.answer.No
    window.close()  # the backup waits behind the busy task...
    window.closer.task.cancel()  # ...and the user cancels it
    with qtbot.waitSignal(window.closer.task.cancelled):
        hold.set()
    assert busy.state == "done"
    assert boxes.texts("question") == ["Se canceló la copia de seguridad. ¿Cerrar de todos modos?"]
    assert window.isVisible()
    assert len(list(folder.glob("secretariat-2*.secbak"))) == len(OLD)
    boxes.answer = boxes.answer.Yes
    with qtbot.waitSignal(window.closer.finished, timeout=30_000):
        window.close()  # asked again later, the backup is made
    assert not window.isVisible()
