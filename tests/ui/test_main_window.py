"""The main window as a user meets it: list, filters, selection, roles, reloads, start-up."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from secretariat.services import petitions
from tests.ui.petition_data import seed_small, small_register  # noqa: F401 - fixtures
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    spanish_ui,
    ui_counsel,
    ui_observer,
)
from ui.main_window import MainWindow
from ui.models.petition_table import COLUMN_INDEX
from ui.views.admissibility_dialog import AdmissibilityDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def open_window(qtbot, sqlite_db, runner, spanish_ui, tmp_path):  # noqa: F811
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)

    def make(actor, **kw) -> MainWindow:
        window = MainWindow(sqlite_db, actor, runner, settings=store, **{"poll_ms": 0, **kw})
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def visible_titles(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, COLUMN_INDEX["title"]).data() for r in range(model.rowCount())]


def cell(window: MainWindow, petition_id: int, key: str) -> str:
    model = window.model
    return model.index(model.row_of(petition_id), COLUMN_INDEX[key]).data()


def test_title_and_status_bar_name_the_user_role_and_case_file(open_window, ui_counsel, small_register,
                                                                sqlite_db):
    window = open_window(ui_counsel)
    assert window.windowTitle() == "Secretariat — consejera (Consejería jurídica)"
    assert window.session_label.text() == "Sesión: consejera (Consejería jurídica)"
    if sqlite_db.is_sqlite:
        assert window.case_label.text() == "Expediente: " + sqlite_db.url.removeprefix("sqlite:///")
    else:  # the server and database, without the driver or the user name
        server_db = sqlite_db.url.split("@", 1)[1]
        assert window.case_label.text() == f"Expediente: postgresql://{server_db}"
    assert window.filters.count_label.text() == "5 peticiones"
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Archivo", "Expediente", "Ayuda"]


def test_first_petition_is_selected_and_shown(open_window, ui_counsel, small_register):
    window = open_window(ui_counsel)
    assert window.table.selected_id() == small_register["calles"]  # most signatures first
    assert window.detail.title.text() == "Calles iluminadas y caminables"


def test_search_as_you_type_accent_insensitive_and_esc_clears(qtbot, open_window, ui_counsel,
                                                             small_register):
    window = open_window(ui_counsel)
    qtbot.keyClicks(window.filters.search, "pena")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert visible_titles(window) == ["Agua potable para todas las colonias"]
    assert window.filters.count_label.text() == "1 de 5 peticiones"
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Escape)
    assert window.filters.search.text() == ""
    assert window.model.rowCount() == 5
    assert window.filters.count_label.text() == "5 peticiones"


def test_typing_fast_queries_once_after_the_pause(qtbot, open_window, ui_counsel, small_register):
    window = open_window(ui_counsel)
    queries = []
    window.filters.changed.connect(lambda *args: queries.append(args))
    qtbot.keyClicks(window.filters.search, "calles")
    assert queries == []  # nothing yet: the search waits for a pause in the typing
    qtbot.waitUntil(lambda: len(queries) == 1)
    assert queries == [((), (), "calles")]


def test_ctrl_f_focuses_the_search_box(qtbot, open_window, ui_counsel, small_register):
    window = open_window(ui_counsel)
    window.activateWindow()
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.filters.search.hasFocus)


def test_tier_and_admissibility_filters(qtbot, open_window, ui_counsel, small_register):
    window = open_window(ui_counsel)
    box = window.filters.tier_box
    box.setCurrentIndex(box.findText("Revisión jurídica o más"))
    assert sorted(t.split()[0] for t in visible_titles(window)) == ["Agua", "Calles", "Espacios"]
    assert window.filters.count_label.text() == "3 de 5 peticiones"
    box.setCurrentIndex(box.findText("En seguimiento"))
    assert sorted(t.split()[0] for t in visible_titles(window)) == ["Bicicletas", "Derecho"]
    box.setCurrentIndex(0)
    adm = window.filters.admissibility_box
    adm.setCurrentIndex(adm.findText("Admitida"))
    assert window.model.rowCount() == 0
    assert window.filters.count_label.text() == "0 de 5 peticiones"


def test_selection_survives_filtering_and_clears_when_filtered_out(qtbot, open_window, ui_counsel,
                                                                  small_register):
    window = open_window(ui_counsel)
    window.table.select_id(small_register["derecho-ciudad"])
    assert window.detail.petition_id() == small_register["derecho-ciudad"]
    window.filters.search.setText("ciudad")
    window.filters.flush()
    assert window.table.selected_id() == small_register["derecho-ciudad"]
    assert window.detail.title.text() == "Derecho a la ciudad para personas mayores"
    window.filters.search.setText("bicicletas")
    window.filters.flush()
    assert window.table.selected_id() is None
    assert window.detail.petition_id() is None


def test_clicking_a_header_sorts_in_sql_and_keeps_the_selection(qtbot, open_window, ui_counsel,
                                                               small_register):
    window = open_window(ui_counsel)
    window.table.select_id(small_register["bicicletas"])
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMN_INDEX["title"]) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    titles = visible_titles(window)
    assert titles in (sorted(titles), sorted(titles, reverse=True))
    assert window.table.selected_id() == small_register["bicicletas"]
    assert header.sortIndicatorSection() == COLUMN_INDEX["title"]


def test_observer_sees_no_editing_commands(open_window, ui_observer, small_register):
    window = open_window(ui_observer)
    assert window.findChild(QAction, "action_thresholds") is None
    assert window.act_import not in window.menuBar().actions()[0].menu().actions()
    assert window.act_demo not in window.menuBar().actions()[0].menu().actions()
    assert window.detail.decide_button.isHidden()
    assert window.windowTitle() == "Secretariat — observador (Observador)"


def test_counsel_sees_the_thresholds_menu_and_the_decision_button(open_window, ui_counsel, small_register):
    window = open_window(ui_counsel)
    case_menu = window.menuBar().actions()[1].menu()
    assert [a.text() for a in case_menu.actions() if not a.isSeparator()] == [
        "&Actualizar", "&Umbrales de nivel…", "C&uentas…", "&Bitácora de auditoría…",
        "&Grupo redactor y asesores…", "Membrete y &documentos…"]
    assert not window.detail.decide_button.isHidden()


def test_deciding_admissibility_updates_the_table_and_the_detail(qtbot, open_window, ui_counsel,
                                                                  small_register, runner):  # noqa: F811
    window = open_window(ui_counsel)
    pid = small_register["bicicletas"]
    window.table.select_id(pid)
    qtbot.mouseClick(window.detail.decide_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AdmissibilityDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.choose("admitted")
    dialog.note.setPlainText("Materia de derechos de movilidad.")
    with qtbot.waitSignal(runner.dataChanged):
        dialog.save()
    qtbot.waitUntil(lambda: cell(window, pid, "admissibility") == "Admitida")
    assert "Admitida" in window.detail.admissibility.text()
    assert "Materia de derechos de movilidad." in window.detail.admissibility.text()
    assert window.table.selected_id() == pid


def test_changes_from_another_workstation_appear_by_polling(qtbot, open_window, ui_counsel, small_register,
                                                            sqlite_db):
    window = open_window(ui_counsel, poll_ms=50)
    pid = small_register["espacios-verdes"]
    window.table.select_id(pid)
    assert cell(window, pid, "admissibility") == "Pendiente"
    with sqlite_db.write() as s:  # as if saved on another computer: no signal reaches this window
        petitions.decide_admissibility(s, ui_counsel, pid, "inadmissible", reason="other", note="Ya atendida.")
    qtbot.waitUntil(lambda: cell(window, pid, "admissibility") == "Inadmisible")
    qtbot.waitUntil(lambda: "Ya atendida." in window.detail.admissibility.text())
    assert window.table.selected_id() == pid


def test_new_petitions_from_elsewhere_appear_and_the_count_follows(qtbot, open_window, ui_counsel,
                                                                   small_register, sqlite_db):
    from tests.ui.petition_data import DAY3, _row, import_rows

    window = open_window(ui_counsel)
    window.table.select_id(small_register["agua-potable"])
    import_rows(sqlite_db, ui_counsel, [_row(2, "nueva", "Nueva petición de prueba", ("Ana Pérez",),
                                             "Agua", 90_000, DAY3)])
    window.poll_changes()
    assert window.model.rowCount() == 6
    assert window.filters.count_label.text() == "6 peticiones"
    assert visible_titles(window)[0] == "Nueva petición de prueba"
    assert window.table.selected_id() == small_register["agua-potable"]


def test_window_layout_is_remembered(qtbot, open_window, ui_counsel, small_register):
    window = open_window(ui_counsel)
    window.resize(780, 560)  # the offscreen screen is 800×600: a larger window would be clamped
    window.splitter.setSizes([300, 460])
    window.table.setColumnWidth(COLUMN_INDEX["title"], 333)
    sizes = window.splitter.sizes()
    window.close()
    again = open_window(ui_counsel)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes
    assert again.table.columnWidth(COLUMN_INDEX["title"]) == 333


def test_demo_loads_through_the_runner_into_an_empty_case_file(qtbot, open_window, ui_counsel, runner):  # noqa: F811
    window = open_window(ui_counsel)
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(runner.dataChanged, timeout=60_000):
        window.load_demo(petitions=40, days=10)
    assert window.model.rowCount() == 40
    assert window.filters.count_label.text() == "40 peticiones"


def test_demo_is_refused_when_the_case_file_has_petitions(open_window, ui_counsel, small_register,
                                                          monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("must not ask"))
    window = open_window(ui_counsel)
    window.ask_load_demo()
    assert shown and shown[0].startswith("El expediente ya tiene peticiones")


# ------------------------------------------------------------------------------ start-up

def test_smoke_start_on_a_fresh_case_file_returns_0(qapp, tmp_path, isolated_settings, isolated_log):  # noqa: F811
    from ui.app import run_gui

    case = tmp_path / "nuevo.sqlite3"
    assert run_gui(str(case), user=None, password=None, smoke_test=True) == 0
    assert case.exists()


def test_a_newer_case_file_is_refused_with_one_sentence_and_left_untouched(
        qapp, tmp_path, sqlite_url, isolated_settings, isolated_log, monkeypatch, capsys):  # noqa: F811
    from sqlalchemy import create_engine, text

    from ui.app import run_gui

    path = Path(sqlite_url.removeprefix("sqlite:///"))
    engine = create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert run_gui(str(path), user=None, password=None, smoke_test=True) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("El expediente fue creado por una versión más reciente de Secretariat")
    assert err.count("\n") == 0 and "Traceback" not in err
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_gui(str(path), user="consejera", password="x") == 1
    assert shown == [err]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_screenshot_of_the_demo_case(qtbot, qapp, open_window, ui_counsel, runner):  # noqa: F811
    """The window at 1400×850 with the demo case; saved to docs/ when SECRETARIAT_SCREENSHOTS=1."""
    window = open_window(ui_counsel)
    window.resize(1400, 850)
    with qtbot.waitSignal(runner.dataChanged, timeout=60_000):
        window.load_demo()
    window.table.selectRow(0)
    first = window.model.index(0, COLUMN_INDEX["title"]).data()
    qtbot.waitUntil(lambda: window.detail.title.text() == first)
    label = window.filters.count_label
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    for _ in range(3):  # let the chart lay out at its final size (posted layout requests)
        qapp.processEvents()
    image = window.grab().toImage()
    assert (image.width(), image.height()) == (1400, 850)
    assert len({image.pixel(x, y) for x in range(0, 1400, 25) for y in range(0, 850, 25)}) > 20
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "screenshot-main.png"))


def test_ctrl_i_opens_the_import_wizard(qtbot, open_window, ui_counsel):
    from ui.views.import_wizard import ImportWizard

    window = open_window(ui_counsel)
    assert window.act_import.shortcut().toString() == "Ctrl+I"
    window.act_import.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.windowTitle() == "Importar archivo de monitoreo"
    wizard.reject()


def test_run_gui_signs_in_from_the_environment_and_shows_the_window(qapp, sqlite_url, isolated_settings,
                                                                    isolated_log):  # noqa: F811
    from PySide6.QtCore import QTimer

    from secretariat.db import Database
    from tests.conftest import PASSWORD, make_actor
    from ui.app import run_gui

    database = Database(sqlite_url)
    make_actor(database, "consejera", "counsel")
    database.dispose()
    seen = []

    def close_when_shown():
        shown = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, close_when_shown)
            return
        seen.append((shown[0].windowTitle(), shown[0].model.rowCount()))
        shown[0].close()

    QTimer.singleShot(0, close_when_shown)
    assert run_gui(sqlite_url, user="consejera", password=PASSWORD) == 0
    assert seen == [("Secretariat — consejera (Consejería jurídica)", 0)]


def test_the_timer_polls_on_the_worker_not_the_ui_thread(qtbot, open_window, ui_counsel, small_register,
                                                        sqlite_db, monkeypatch):
    import threading

    from secretariat.services import audit as audit_service

    window = open_window(ui_counsel)
    threads = []
    real = audit_service.change_counter

    def spy(session):
        threads.append(threading.current_thread())
        return real(session)

    monkeypatch.setattr(audit_service, "change_counter", spy)
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_counsel, small_register["espacios-verdes"], "admitted")
    window._poll_in_background()
    window._poll_in_background()  # a second tick while the first is in flight adds nothing
    qtbot.waitUntil(lambda: cell(window, small_register["espacios-verdes"], "admissibility") == "Admitida")
    qtbot.waitUntil(lambda: not window._poll_pending)
    assert threads[0] is not threading.main_thread()  # the poll; the reload after it reads on the UI thread


def test_the_window_has_the_drafting_consultation_and_session_tabs(qtbot, open_window, ui_counsel, small_register):
    window = open_window(ui_counsel)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "Peticiones"
    assert [t.split(" (")[0] for t in titles[1:]] == ["Deberes", "Calendario", "Redacción", "Consultas", "Sesiones"]
    window.tabs.setCurrentWidget(window.case_tabs.drafting)
    assert window.case_tabs.drafting.isVisible()


def test_the_petition_screen_exports_its_dossier(qtbot, monkeypatch, open_window, ui_counsel, small_register,
                                                 runner, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.exports.docx_reader import read_docx

    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: questions.append(text) or QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    target = tmp_path / "expediente.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, caption, start, filters, *a, **k: (str(target), filters)))
    window = open_window(ui_counsel)
    pid = small_register["bicicletas"]
    window.table.select_id(pid)
    button = window.detail.dossier_button
    assert button.isVisible() and button.text() == "Expediente en Word…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and runner.pending() == 0, timeout=60_000)
    assert questions and "correos y teléfonos" in questions[0], "it asks whether to include contact data"
    with window.db.read() as s:
        from secretariat.services import petitions

        title = petitions.petition_detail(s, ui_counsel, pid).title
    assert title in read_docx(target).text
