"""The import wizard end to end: choose a real es-MX file, preview it, import it, check the register."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from secretariat.services import petitions
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    spanish_ui,
    ui_counsel,
    ui_observer,
)
from ui.models.import_preview import COLUMN_INDEX, ImportPreviewModel
from ui.views.import_wizard import ImportWizard

HEADER = "Enlace;Título;Peticionario;Firmas;Fecha;Notas"
ROWS = [
    "https://www.change.org/p/agua-para-iztapalapa;Agua potable para Iztapalapa;Rocío Méndez;5.230;14/03/2016;revisar",
    "https://www.change.org/p/ciclovias-en-tlalpan;Ciclovías seguras en Tlalpan;Andrés Peña;1.204;14/03/2016;",
    "https://www.change.org/p/parques-para-todos;Parques públicos para todos;Lucía Ortiz;12.480;14/03/2016;",
]


def write_csv(path, lines) -> str:
    """An es-MX spreadsheet export: semicolons, Windows-1252, CRLF, day-first dates."""
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return str(path)


@pytest.fixture(autouse=True)
def _spanish(spanish_ui):
    return spanish_ui


@pytest.fixture
def monitoring_csv(tmp_path) -> str:
    return write_csv(tmp_path / "monitoreo 14-03-2016.csv", [HEADER, *ROWS])


def _register(db, actor) -> dict[str, tuple[int, str, date | None]]:
    with db.read() as s:
        return {r.url: (r.signatures, r.tier, r.as_of) for r in petitions.list_petitions(s, actor)}


def _open(qtbot, db, actor, runner, path) -> ImportWizard:
    wizard = ImportWizard(db, actor, runner, path=path)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _go_to_preview(qtbot, wizard: ImportWizard) -> None:
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.preview_id
    qtbot.waitUntil(lambda: not wizard.preview_page.is_loading(), timeout=10_000)


def test_preview_then_import_writes_the_rows(qtbot, qtmodeltester, sqlite_db, ui_counsel, runner, monitoring_csv):
    changes: list[bool] = []
    runner.dataChanged.connect(lambda: changes.append(True))
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, monitoring_csv)
    assert wizard.windowTitle() == "Importar archivo de monitoreo"

    _go_to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert not page.error_label.isVisible()
    shown = {key: page.counts.text_of(key) for key in page.counts.FIELDS}
    assert shown == {"rows": "3", "new": "3", "updated": "0", "unchanged": "0", "crossings": "3", "reverts": "0"}
    assert page.ignored_label.text() == "Columnas ignoradas: «Notas»"
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    title = model.index(2, COLUMN_INDEX["title"])
    assert title.data() == "Parques públicos para todos"
    assert title.data(Qt.ItemDataRole.ToolTipRole) == "Parques públicos para todos\nhttps://www.change.org/p/parques-para-todos"
    assert model.index(2, COLUMN_INDEX["signatures"]).data() == "12,480"  # es-MX grouping
    assert model.index(2, COLUMN_INDEX["tier"]).data() == "Audiencia ante el grupo redactor"
    assert model.index(2, COLUMN_INDEX["events"]).data() == (
        "Alcanzó: Revisión jurídica, Alcanzó: Audiencia ante el grupo redactor")
    assert model.index(0, COLUMN_INDEX["change"]).data() == "Nueva"
    assert _register(sqlite_db, ui_counsel) == {}  # the preview writes nothing
    assert changes == []

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "&Importar" and commit.isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as blocker:
        qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    summary = blocker.args[0]
    assert (summary.rows, summary.new, summary.crossings) == (3, 3, 3)
    qtbot.waitUntil(lambda: wizard.result_page.isComplete())
    assert wizard.result_page.counts.text_of("new") == "3"
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Cerrar"
    assert changes == [True]
    assert _register(sqlite_db, ui_counsel) == {
        "https://www.change.org/p/agua-para-iztapalapa": (5230, "review", date(2016, 3, 14)),
        "https://www.change.org/p/ciclovias-en-tlalpan": (1204, "watch", date(2016, 3, 14)),
        "https://www.change.org/p/parques-para-todos": (12480, "hearing", date(2016, 3, 14)),
    }


def test_a_second_file_shows_updates_and_only_changes_can_be_listed(qtbot, qtmodeltester, sqlite_db, ui_counsel,
                                                                     runner, monitoring_csv, tmp_path):
    first = _open(qtbot, sqlite_db, ui_counsel, runner, monitoring_csv)
    _go_to_preview(qtbot, first)
    with qtbot.waitSignal(first.imported, timeout=10_000):
        first.button(QWizard.WizardButton.CommitButton).click()

    newer = write_csv(tmp_path / "monitoreo 21-03-2016.csv", [
        HEADER,
        ROWS[0].replace("5.230", "4.990").replace("14/03/2016", "21/03/2016"),  # drops under review
        ROWS[1].replace("14/03/2016", "21/03/2016"),                          # same count, new day
        ROWS[2],                                                               # the same line again
    ])
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, newer)
    _go_to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.counts.text_of("updated") == "2"
    assert page.counts.text_of("unchanged") == "1"
    assert page.counts.text_of("reverts") == "1"
    model = page.model
    assert model.index(0, COLUMN_INDEX["signatures"]).data() == "5,230 → 4,990"
    assert model.index(0, COLUMN_INDEX["tier"]).data() == "Revisión jurídica → En seguimiento"
    assert model.index(0, COLUMN_INDEX["events"]).data() == "Revertido: Revisión jurídica"
    page.only_changes.setChecked(True)
    qtmodeltester.check(model)
    assert [model.index(r, COLUMN_INDEX["line"]).data() for r in range(model.rowCount())] == ["2", "3"]


def test_the_previewed_file_is_what_gets_imported_even_if_it_changes_on_disk(qtbot, sqlite_db, ui_counsel,
                                                                             runner, monitoring_csv):
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, monitoring_csv)
    _go_to_preview(qtbot, wizard)
    write_csv_path = monitoring_csv
    with open(write_csv_path, "wb") as fh:  # someone re-saves the spreadsheet meanwhile
        fh.write((HEADER + "\r\n" + ROWS[0].replace("5.230", "99.999") + "\r\n").encode("cp1252"))
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    register = _register(sqlite_db, ui_counsel)
    assert len(register) == 3
    assert register["https://www.change.org/p/agua-para-iztapalapa"][0] == 5230


def test_a_file_without_dates_takes_the_cut_off_date_from_the_form(qtbot, sqlite_db, ui_counsel, runner, tmp_path):
    path = write_csv(tmp_path / "sin fecha.csv", [
        "Liga;Petición;Firmas",
        "https://www.change.org/p/mercados-limpios;Mercados limpios;2.310",
    ])
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, path)
    wizard.file_page.date_edit.setDate(QDate(2016, 4, 1))
    _go_to_preview(qtbot, wizard)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    assert _register(sqlite_db, ui_counsel) == {
        "https://www.change.org/p/mercados-limpios": (2310, "watch", date(2016, 4, 1))}


def test_a_refused_file_names_row_and_column_and_cannot_be_imported(qtbot, sqlite_db, ui_counsel, runner, tmp_path):
    path = write_csv(tmp_path / "con error.csv", [HEADER, ROWS[0], ROWS[1].replace("1.204", "mil doscientas")])
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, path)
    _go_to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.error_label.isVisible()
    assert page.error_label.text() == (
        "Archivo rechazado, fila 3, columna Firmas: la cantidad de firmas no es un número entero "
        "(mil doscientas). No se importó nada.")
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert page.model.rowCount() == 0
    assert _register(sqlite_db, ui_counsel) == {}


def test_a_role_that_cannot_import_reads_why_on_the_preview(qtbot, sqlite_db, ui_observer, runner, monitoring_csv):
    wizard = _open(qtbot, sqlite_db, ui_observer, runner, monitoring_csv)
    _go_to_preview(qtbot, wizard)
    assert wizard.preview_page.error_label.text() == "Su rol (observador) no permite importar archivos de monitoreo."
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_next_is_disabled_until_an_existing_file_is_chosen(qtbot, sqlite_db, ui_counsel, runner, tmp_path):
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, None)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    wizard.file_page.path_edit.setText(str(tmp_path / "no-existe.csv"))
    assert not next_button.isEnabled()
    wizard.file_page.path_edit.setText(write_csv(tmp_path / "ok.csv", [HEADER, ROWS[0]]))
    assert next_button.isEnabled()


def test_the_empty_preview_model_passes_the_model_tester(qtmodeltester):
    model = ImportPreviewModel()
    qtmodeltester.check(model)


def _hold_worker(runner):
    """Keep the single worker busy until the returned event is set (queues what follows)."""
    gate = threading.Event()
    runner.submit(lambda progress: gate.wait(10), title="Ocupado", mutates=False, show_progress=False)
    return gate


def test_escape_during_the_import_cancels_it_and_nothing_is_written(qtbot, sqlite_db, ui_counsel, runner,
                                                                    monitoring_csv):
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, monitoring_csv)
    _go_to_preview(qtbot, wizard)
    gate = _hold_worker(runner)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.result_page.is_running()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()  # it waits for the cancellation before closing
    gate.set()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.summary is None
    assert _register(sqlite_db, ui_counsel) == {}


def test_closing_a_deleted_on_close_wizard_while_its_preview_is_queued_is_quiet(qtbot, sqlite_db, ui_counsel,
                                                                                runner, monitoring_csv,
                                                                                monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2])))
    wizard = ImportWizard(sqlite_db, ui_counsel, runner, path=monitoring_csv)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    gate = _hold_worker(runner)
    wizard.button(QWizard.WizardButton.NextButton).click()
    task = wizard.preview_page.task
    with qtbot.waitSignal(wizard.destroyed):
        wizard.close()
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        gate.set()
    assert shown == []


def test_the_cancel_button_during_the_import_rolls_back_what_was_written(qtbot, sqlite_db, ui_counsel, runner,
                                                                         monitoring_csv, monkeypatch):
    from secretariat.progress import Progress
    from secretariat.services import imports

    real_apply = imports.apply
    clicked = threading.Event()
    reports: list[int] = []

    def apply_holding_after_the_inserts(session, actor, parsed, progress):
        # The real import; only its third progress report (new petitions already inserted in the
        # open transaction) waits until the person has clicked Cancel.
        def report(done, total):
            progress.report(done, total)
            reports.append(done)
            if len(reports) == 3:
                clicked.wait(10)
        return real_apply(session, actor, parsed, Progress(report=report, is_cancelled=progress.is_cancelled))

    monkeypatch.setattr(imports, "apply", apply_holding_after_the_inserts)
    wizard = _open(qtbot, sqlite_db, ui_counsel, runner, monitoring_csv)
    _go_to_preview(qtbot, wizard)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    page = wizard.result_page
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=10_000)
    assert not page.isComplete()  # Close stays disabled while the import runs
    with qtbot.waitSignal(page.task.cancelled, timeout=10_000):
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        clicked.set()
    assert page.status_label.text() == "Se canceló la importación; no se importó nada."
    assert page.isComplete() and wizard.summary is None
    assert _register(sqlite_db, ui_counsel) == {}
