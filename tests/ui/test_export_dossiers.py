"""Archivo → Exportar → the Word dossiers from the window: the menu, the questions (which session,
contact data, where), the background export with charts drawn on the UI thread, "Abrir carpeta",
cancel leaving no file, errors in one sentence; a screenshot of the menu and of the closing box."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox, QPushButton

from secretariat.services import consultations, sessions
from secretariat.services.demo import load_demo
from secretariat.services.petitions import petition_detail
from tests.exports.docx_reader import read_docx
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    ui_counsel,
    ui_observer,
)
from ui.views import export_dossiers as view

TODAY = date(2016, 9, 15)
SHOTS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def boxes(monkeypatch):
    """What the view tells and asks the user, instead of modal boxes; ``answers`` feeds them."""
    shown: dict[str, list] = {"information": [], "warning": [], "question": [], "saved": []}
    answers = {"question": QMessageBox.StandardButton.No, "open_folder": False}

    def record(kind):
        def box(parent, title, text, *args, **kwargs):
            shown[kind].append(text)
            return answers.get(kind, QMessageBox.StandardButton.Ok)
        return box

    for kind in ("information", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(record(kind)))

    def exec_(self):
        shown["saved"].append(self.text())
        if answers["open_folder"]:
            next(b for b in self.buttons() if b.text() == "Abrir carpeta").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    shown["answers"], shown["opened"] = answers, opened
    return shown


@pytest.fixture
def window(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


@pytest.fixture
def case(sqlite_db, ui_counsel):
    with sqlite_db.write() as s:
        load_demo(s, ui_counsel, today=TODAY, petitions=160, days=40)
    with sqlite_db.read() as s:
        days = [r.held_on for r in sessions.list_sessions(s, ui_counsel)]
        stale = next(r for r in consultations.list_consultations(s, ui_counsel) if r.state == "stale")
        emails = [p.email for p in petition_detail(s, ui_counsel, stale.petition_id).petitioners if p.email]
    return {"db": sqlite_db, "days": days, "stale": stale, "emails": emails}


@pytest.fixture
def exports(qtbot, window, case, ui_observer, runner, boxes):
    menu = window.menuBar().addMenu("E&xportar")
    yield view.install_dossier_exports(window, menu, case["db"], ui_observer, runner)
    # a test that failed halfway leaves its export running: let it end while the boxes are fakes
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=60_000)


def _dialog(monkeypatch, answer):
    asked: list[tuple] = []

    def fake(parent, caption, start, filters, *args, **kwargs):
        asked.append((caption, start, filters))
        return (answer(start) if callable(answer) else answer), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_the_export_menu_offers_the_three_dossiers(qtbot, window, exports):
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Paquete de sesión…", "Expediente para la &Asamblea…", "Expediente de la &petición…"]
    window.resize(560, 320)
    window.show()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    SHOTS.mkdir(exist_ok=True)
    assert menu.grab().save(str(SHOTS / "export-dossiers-menu.png"))
    menu.hide()


def test_the_packet_of_a_session_with_charts_drawn_on_the_ui_thread(qtbot, monkeypatch, window, case, exports,
                                                                     boxes, tmp_path):
    held = case["days"][1]
    asked = _dialog(monkeypatch, lambda start: str(tmp_path / Path(start).name))
    task = exports.export_packet(held)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    [(caption, start, filters)] = asked
    assert caption == "Guardar el paquete de la sesión" and filters == "Documento de Word (*.docx)"
    out = tmp_path / f"paquete-sesion-{held.isoformat()}.docx"
    assert Path(start).name == out.name
    [said] = boxes["saved"]
    assert said == f"Se guardó el paquete de la sesión en:\n{out}"
    doc = read_docx(out)
    assert exports.charts.drawn > 0 and doc.media and "Crecimiento de las firmas" in doc.text
    assert not [e for e in case["emails"] if e in doc.all_xml()]
    assert boxes["warning"] == []


def test_without_a_date_it_asks_which_session_first(qtbot, monkeypatch, window, case, exports, boxes, tmp_path):
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.append((title, list(items), current))
        return items[2], True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    _dialog(monkeypatch, lambda start: str(tmp_path / Path(start).name))
    reading = exports.export_packet()
    with qtbot.waitSignal(reading.finished, timeout=20_000):
        pass
    chosen = case["days"][2]
    out = tmp_path / f"paquete-sesion-{chosen.isoformat()}.docx"
    qtbot.waitUntil(lambda: bool(boxes["saved"] or boxes["warning"]), timeout=60_000)
    assert out.exists() and boxes["warning"] == []
    [(title, items, current)] = offered
    assert title == "Paquete de sesión" and len(items) == len(case["days"])
    assert items[0].endswith(" asuntos") and "2016 · " in items[0], items[0]


def test_the_assembly_dossier_and_open_folder(qtbot, monkeypatch, window, case, exports, boxes, tmp_path):
    asked = _dialog(monkeypatch, lambda start: str(tmp_path / Path(start).name))
    boxes["answers"]["open_folder"] = True
    task = exports.export_assembly(today=TODAY)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert Path(asked[0][1]).name == "expediente-asamblea-2016-09-15.docx"
    doc = read_docx(tmp_path / "expediente-asamblea-2016-09-15.docx")
    assert "VISTO BUENO DESACTUALIZADO" in doc.text
    assert boxes["opened"] == [QUrl.fromLocalFile(str(tmp_path))]


def test_the_petition_dossier_asks_about_contacts_default_no(qtbot, monkeypatch, window, case, exports, boxes,
                                                             tmp_path):
    asked = _dialog(monkeypatch, lambda start: str(tmp_path / Path(start).name))
    stale = case["stale"]
    reading = exports.export_petition(stale.petition_id)
    with qtbot.waitSignal(reading.finished, timeout=20_000):
        pass
    [question] = boxes["question"]
    assert "correos y teléfonos" in question
    name = Path(asked[0][1]).name
    assert name == f"expediente-{view.slug(stale.url)}.docx"
    assert stale.url.rsplit("/", 1)[-1].startswith(name[len("expediente-"):-len(".docx")])
    with qtbot.waitSignal(exports.pending.finished, timeout=60_000):
        pass
    xml = read_docx(tmp_path / name).all_xml()
    assert case["emails"] and not [e for e in case["emails"] if e in xml]
    # asked again, the counsel says yes: the contacts are in
    boxes["answers"]["question"] = QMessageBox.StandardButton.Yes
    target = tmp_path / "con-contactos.docx"
    task = exports.export_petition(stale.petition_id, path=str(target), with_contacts=True)
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert all(e in read_docx(target).all_xml() for e in case["emails"])


def test_no_petition_selected_is_said_plainly(window, exports, boxes, runner):
    assert exports.export_petition() is None and runner.pending() == 0
    assert boxes["information"] == ["Seleccione primero una petición en la lista."]


def test_a_missing_folder_is_one_plain_sentence(qtbot, window, case, exports, boxes, tmp_path):
    task = exports.export_assembly(path=str(tmp_path / "no-existe" / "expediente.docx"))
    with qtbot.waitSignal(task.failed, timeout=60_000):
        pass
    [sentence] = boxes["warning"]
    assert "No se pudo guardar el archivo" in sentence and "la carpeta no existe" in sentence
    assert boxes["saved"] == []


def test_cancel_in_the_progress_dialog_leaves_no_file(qtbot, monkeypatch, window, case, exports, boxes, tmp_path):
    """The export is held once the data is read until Cancelar has been pressed, so the cancel
    lands before the document is written."""
    from secretariat.services import dossier_data

    reached, go = threading.Event(), threading.Event()
    real = dossier_data.session_packet_data

    def held(*args, **kwargs):
        data = real(*args, **kwargs)
        reached.set()
        go.wait(30)
        return data

    monkeypatch.setattr(dossier_data, "session_packet_data", held)
    folder = tmp_path / "salida"
    folder.mkdir()
    task = exports.export_packet(case["days"][1], path=str(folder / "paquete.docx"))
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    qtbot.waitUntil(lambda: task.progress_dialog is not None and task.progress_dialog.isVisible(), timeout=5_000)
    assert task.progress_dialog.labelText() == "Exportando el paquete de la sesión"
    [button] = [b for b in task.progress_dialog.findChildren(QPushButton) if b.isVisible()]
    assert button.text() == "Cancelar"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(task.cancelled, timeout=20_000):
        go.set()
    assert list(folder.iterdir()) == []
    assert window.statusBar().currentMessage() == "Exportación cancelada: no se guardó ningún archivo."
    assert boxes["saved"] == [] and boxes["warning"] == []


def test_the_closing_box_looks_right(qtbot, monkeypatch, window):
    from ui.views.export_dossier_run import announce_saved

    grabbed = []

    def show_and_grab(box):
        box.show()
        qtbot.waitExposed(box)
        grabbed.append(box.grab())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show_and_grab)
    path = Path("/home/consejeria/Documentos/paquete-sesion-2016-09-13.docx")
    announce_saved(window, "Paquete de la sesión guardado", f"Se guardó el paquete de la sesión en:\n{path}", path)
    [image] = grabbed
    assert image.width() > 300 and image.save(str(SHOTS / "export-dossiers-saved.png"))


def test_the_chart_bridge_draws_on_the_ui_thread_and_gives_up_when_it_never_answers(qtbot, monkeypatch):
    from ui.views.export_dossier_run import ChartBridge

    bridge = ChartBridge()
    counts = [(date(2016, 7, d), 1_000 * d) for d in range(1, 20)]
    assert bridge(counts, (5_000, 10_000, 50_000)).startswith(b"\x89PNG")   # called on the UI thread itself
    results = []
    worker = threading.Thread(target=lambda: results.append(bridge(counts, (5_000, 10_000, 50_000))))
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20_000)           # drawn here, for the worker
    assert results[0].startswith(b"\x89PNG") and bridge.drawn == 2
    # a UI thread that never answers (the window closing): the worker goes on without the chart
    monkeypatch.setattr(ChartBridge, "WAIT", 0.2)
    worker = threading.Thread(target=lambda: results.append(bridge(counts, (5_000, 10_000, 50_000))))
    worker.start()
    worker.join(5)
    assert results[1] is None and bridge(counts, (5_000, 10_000, 50_000)) is not None


def test_a_slug_for_any_petition():
    assert view.slug("https://www.change.org/p/derecho-al-agua-iztapalapa") == "derecho-al-agua-iztapalapa"
    assert view.slug("", "Ciclovías seguras: ¡ya!") == "ciclovias-seguras-ya"
    assert view.slug("https://www.change.org/p/" + "a" * 90).count("a") == view.SLUG_LIMIT
    assert view.slug("", "¿?") == "peticion"
