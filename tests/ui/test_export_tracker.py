"""Archivo → Exportar → Libro de seguimiento: the file dialog, the background export, cancel, errors."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QPushButton

from secretariat.services import tracker_data as tracker_data_module
from secretariat.services.demo import load_demo
from tests.exports.support import read_xlsx
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    ui_counsel,
    ui_observer,
)
from ui.views import export_tracker as view


@pytest.fixture
def boxes(monkeypatch):
    """What the view tells the user, instead of modal boxes."""
    shown: dict[str, list[str]] = {"information": [], "warning": []}

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown[kind].append(text)
            return QMessageBox.StandardButton.Ok
        return box

    for kind in shown:
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))
    return shown


@pytest.fixture
def window(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def case(sqlite_db, ui_counsel):
    with sqlite_db.write() as s:
        load_demo(s, ui_counsel, today=date(2016, 9, 15), petitions=20, days=10)
    return sqlite_db


def _dialog(monkeypatch, answer: str):
    asked: list[tuple] = []

    def fake(parent, caption, start, filters, *args, **kwargs):
        asked.append((caption, start, filters))
        return answer, filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_asks_for_the_file_with_a_dated_default_name_and_says_where_it_saved(
        qtbot, monkeypatch, window, case, ui_observer, runner, boxes, tmp_path):
    chosen = tmp_path / "mi-seguimiento"  # no extension typed: .xlsx is added
    asked = _dialog(monkeypatch, str(chosen))
    task = view.export_tracker(window, case, ui_observer, runner)
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    [(caption, start, filters)] = asked
    assert caption == "Guardar el libro de seguimiento" and filters == "Libro de Excel (*.xlsx)"
    assert Path(start).name == f"seguimiento-{date.today().isoformat()}.xlsx"
    out = tmp_path / "mi-seguimiento.xlsx"
    [message] = boxes["information"]
    assert str(out) in message and "20 peticiones" in message and boxes["warning"] == []
    book = read_xlsx(out)
    assert book.sheet("Peticiones").tables[0].ref == "A1:K21"
    # the next time the dialog starts in the folder used last
    asked.clear()
    view.ask_path(window)
    assert Path(asked[0][1]).parent == tmp_path


def test_closing_the_file_dialog_exports_nothing(monkeypatch, window, case, ui_counsel, runner, boxes):
    _dialog(monkeypatch, "")
    assert view.export_tracker(window, case, ui_counsel, runner) is None
    assert runner.pending() == 0 and boxes == {"information": [], "warning": []}


def test_a_missing_folder_is_one_plain_sentence(qtbot, window, case, ui_counsel, runner, boxes, tmp_path):
    target = tmp_path / "no-existe" / "seguimiento.xlsx"
    task = view.export_tracker(window, case, ui_counsel, runner, path=str(target))
    with qtbot.waitSignal(task.failed, timeout=20_000):
        pass
    [sentence] = boxes["warning"]
    assert "No se pudo guardar el archivo" in sentence and "la carpeta no existe" in sentence
    assert boxes["information"] == []


def test_cancel_in_the_progress_dialog_leaves_no_file(qtbot, monkeypatch, window, case, ui_counsel,
                                                      runner, boxes, tmp_path):
    """The export is held in the middle of the daily counts until the user has pressed Cancelar
    in the progress dialog, so the cancel always lands while the file is half written."""
    from exports import xlsx_tables

    monkeypatch.setattr(xlsx_tables, "ROWS_PER_STEP", 5)
    reached, go = threading.Event(), threading.Event()
    real = tracker_data_module.tracker_data

    def held(session, actor, **kwargs):
        data = real(session, actor, **kwargs)

        def counts():
            for i, row in enumerate(data.counts):
                if i == 20:
                    reached.set()
                    go.wait(20)
                yield row
        return type(data)(data.summary, data.petitions, counts(), data.crossings)

    monkeypatch.setattr(tracker_data_module, "tracker_data", held)
    folder = tmp_path / "salida"
    folder.mkdir()
    target = folder / "seguimiento.xlsx"
    task = view.export_tracker(window, case, ui_counsel, runner, path=str(target))
    qtbot.waitUntil(reached.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: task.progress_dialog is not None and task.progress_dialog.isVisible(), timeout=5_000)
    [button] = [b for b in task.progress_dialog.findChildren(QPushButton) if b.isVisible()]
    assert button.text() == "Cancelar"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        go.set()
    assert list(folder.iterdir()) == []  # neither the file nor its temporary
    assert window.statusBar().currentMessage() == "Exportación cancelada: no se guardó ningún archivo."
    assert boxes == {"information": [], "warning": []}
