"""The background runner: one worker thread, progress dialog after a delay, cancel rolls back."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from secretariat.permissions import Actor
from secretariat.services import users
from tests.conftest import PASSWORD
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    ui_counsel,
    ui_observer,
)
from ui import tasks as tasks_module


@pytest.fixture
def warnings(monkeypatch):
    """Capture what the default error handler shows instead of opening a modal box."""
    shown: list[str] = []

    def fake_warning(parent, title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake_warning))
    return shown


def _user_names(db) -> set[str]:
    with db.read() as s:
        return {u.name for u in users.list_users(s, Actor(None, "t", "observer"))}


def _progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_work_runs_on_one_worker_thread_and_callbacks_on_the_ui_thread(qtbot, runner):
    ui_thread = threading.get_ident()
    done_threads: list[int] = []
    order: list[int] = []

    def work(n):
        def run(progress):
            order.append(n)
            return threading.get_ident()
        return run

    results: list[int] = []

    def on_done(result):
        results.append(result)
        done_threads.append(threading.get_ident())

    submitted = [runner.submit(work(n), title="Prueba", mutates=False, on_done=on_done) for n in range(3)]
    with qtbot.waitSignals([t.finished for t in submitted]):
        pass
    worker_threads = set(results)
    assert ui_thread not in worker_threads
    assert len(worker_threads) == 1          # a single worker, not a pool
    assert order == [0, 1, 2]                # first in, first out
    assert done_threads == [ui_thread] * 3   # callbacks on the UI thread


def test_data_changed_fires_once_for_a_mutating_task_and_never_for_a_read(qtbot, runner, sqlite_db, ui_counsel):
    changes: list[bool] = []
    runner.dataChanged.connect(lambda: changes.append(True))

    def add_clerk(progress):
        with sqlite_db.write() as s:
            return users.add_user(s, ui_counsel, "actuaria", "clerk", PASSWORD)

    task = runner.submit(add_clerk, title="Agregar cuenta")
    with qtbot.waitSignal(task.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].name == "actuaria"
    assert changes == [True]
    assert "actuaria" in _user_names(sqlite_db)

    def read(progress):
        with sqlite_db.read() as s:
            return len(users.list_users(s, ui_counsel))

    task = runner.submit(read, title="Leer", mutates=False)
    with qtbot.waitSignal(task.finished) as blocker:
        pass
    assert blocker.args[0] == 2
    assert changes == [True]


def test_a_refused_task_shows_its_one_sentence_and_changes_nothing(qtbot, runner, sqlite_db, ui_observer, warnings):
    changes: list[bool] = []
    runner.dataChanged.connect(lambda: changes.append(True))

    def add_as_observer(progress):
        with sqlite_db.write() as s:
            return users.add_user(s, ui_observer, "intrusa", "counsel", PASSWORD)

    task = runner.submit(add_as_observer, title="Agregar cuenta")
    with qtbot.waitSignal(task.failed):
        pass
    assert warnings == ["Su rol (observador) no permite administrar cuentas."]
    assert changes == []
    assert "intrusa" not in _user_names(sqlite_db)


def test_an_unexpected_error_is_logged_and_the_dialog_has_no_traceback(qtbot, runner, isolated_log, warnings):
    def broken(progress):
        return {}["falta"]

    task = runner.submit(broken, title="Algo")
    with qtbot.waitSignal(task.failed):
        pass
    [text] = warnings
    assert text.startswith("Ocurrió un error inesperado; se guardó el detalle en ")
    assert text.endswith("No se modificó nada.")
    assert "Traceback" not in text and "KeyError" not in text
    log = (isolated_log / "secretariat.log")
    assert str(log) in text
    assert "KeyError: 'falta'" in log.read_text(encoding="utf-8")


def test_on_error_replaces_the_default_dialog(qtbot, runner, warnings):
    seen: list[BaseException] = []
    task = runner.submit(lambda p: 1 / 0, title="División", on_error=seen.append, mutates=False)
    with qtbot.waitSignal(task.failed):
        pass
    assert warnings == []
    assert isinstance(seen[0], ZeroDivisionError)


def _write_then_spin(db, actor, name):
    """Adds an account inside a transaction, then works until the user cancels."""
    def work(progress):
        with db.write() as s:
            users.add_user(s, actor, name, "clerk", PASSWORD)
            i = 0
            while True:
                progress.step(min(i, 999), 1000)
                i += 1
    return work


def test_cancel_rolls_back_a_real_write(qtbot, runner, sqlite_db, ui_counsel, warnings):
    changes: list[bool] = []
    runner.dataChanged.connect(lambda: changes.append(True))
    task = runner.submit(_write_then_spin(sqlite_db, ui_counsel, "temporal"), title="Trabajo largo",
                         show_progress=False)
    task.progressed.connect(lambda done, total: task.cancel())
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        pass
    assert "temporal" not in _user_names(sqlite_db)
    assert changes == [] and warnings == []
    assert task.state == "cancelled"


def test_the_progress_dialog_appears_for_slow_work_and_its_cancel_button_works(qtbot, runner, sqlite_db,
                                                                               ui_counsel, warnings):
    task = runner.submit(_write_then_spin(sqlite_db, ui_counsel, "lenta"), title="Importando archivo")
    qtbot.waitUntil(lambda: bool(_progress_dialogs()), timeout=5_000)
    [dialog] = _progress_dialogs()
    assert dialog is task.progress_dialog
    assert dialog.labelText() == "Importando archivo"
    qtbot.waitUntil(lambda: dialog.maximum() == 1000)  # determinate once the total is known
    [button] = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert button.text() == "Cancelar"
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "lenta" not in _user_names(sqlite_db)
    assert _progress_dialogs() == []
    assert warnings == []


def test_a_fast_task_never_shows_the_progress_dialog(qtbot, runner):
    task = runner.submit(lambda p: 42, title="Rápida", mutates=False)
    with qtbot.waitSignal(task.finished):
        pass
    qtbot.wait(tasks_module.DIALOG_DELAY_MS + 200)  # past the moment the dialog would appear
    assert _progress_dialogs() == []
    assert task.progress_dialog is None


def test_shutdown_skips_queued_tasks_and_never_runs_new_ones(qtbot, qapp, sqlite_db, isolated_log):
    started, idle = threading.Event(), threading.Event()
    ran: list[str] = []
    queued: list = []
    r = tasks_module.TaskRunner(sqlite_db)

    def first(progress):
        started.set()
        while not queued[0].is_cancelled():  # runs until shutdown has skipped the queued task
            idle.wait(0.005)
        ran.append("first")

    r.submit(first, title="Primera", mutates=False, show_progress=False)
    second = r.submit(lambda p: ran.append("second"), title="Segunda", mutates=False, show_progress=False)
    queued.append(second)
    assert started.wait(5)
    r.shutdown()
    assert ran == ["first"]
    assert second.is_cancelled()
    late_calls: list[str] = []
    late = r.submit(lambda p: late_calls.append("ran"), title="Tarde",
                    on_done=lambda _v: late_calls.append("done"), on_error=lambda _e: late_calls.append("error"))
    assert late.is_cancelled() and not late.is_active(), "work asked for after shutdown never runs"
    qapp.processEvents()
    assert late_calls == [] and ran == ["first"]


def test_thousands_of_emits_and_void_calls_do_not_abort_the_process(qapp):
    # PySide6 6.12.0 drops a reference to True on each Python emit and one to None on each call
    # of a method that returns nothing; importing ``ui`` guards both. Without the guard this
    # process aborts (bool_dealloc / none_dealloc) long before the loops end.
    import sys

    from PySide6.QtCore import QObject, Signal

    import ui.qtfixes

    class Source(QObject):
        ping = Signal(object)

    source = Source()
    received: list[int] = []
    source.ping.connect(received.append)
    for i in range(50_000):
        source.ping.emit(i)
        source.setObjectName("fuente")
    assert len(received) == 50_000
    assert sys.getrefcount(True) > 50_000 and sys.getrefcount(None) > 50_000
    assert ui.qtfixes.guard_singletons()
