"""The consultations tab as users meet it: counts and filters, states in Spanish with colour, the
petition's wording and answers, "Ver cambios" on a stale approval, the evidence, the counsel's
additions, and who sees which commands."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from secretariat.services import consultations
from tests.ui.consultation_support import case, consultations_tab  # noqa: F401 - fixtures
from tests.ui.petition_data import ui_adviser  # noqa: F401
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from tests.ui.work_support import ui_clerk  # noqa: F401
from ui.models.consultations_model import COLUMN_INDEX, ConsultationsModel
from ui.models.outcomes_model import COLUMN_INDEX as OUTCOME_COLUMN, OutcomesModel
from ui.views.consultations_tab import ConsultationsTab, install_consultations_tab


@pytest.fixture
def tab(consultations_tab):  # noqa: F811
    return consultations_tab


def cell(tab: ConsultationsTab, petition_id: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.index(tab.model.row_of(petition_id), COLUMN_INDEX[key]).data(role)


def titles(tab: ConsultationsTab) -> set[str]:
    return {r.title.split()[0] for r in tab.model.rows()}


def test_the_models_pass_qt_model_tester_across_filters_sorts_and_refreshes(qapp, qtmodeltester, sqlite_db,
                                                                          ui_counsel, case):  # noqa: F811
    model = ConsultationsModel(sqlite_db, ui_counsel)
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    model.sort(COLUMN_INDEX["signatures"], Qt.SortOrder.DescendingOrder)
    assert model.consultation(0).title == "Calles iluminadas y caminables"
    model.set_filter(states=("pending", "stale"))
    assert {r.state for r in model.rows()} == {"pending", "stale"} and model.rowCount() == 3
    qtmodeltester.check(model)
    model.set_filter(states=None, search="peña")  # accents and case do not matter
    assert [r.title for r in model.rows()] == ["Agua potable para todas las colonias"]

    outcomes = OutcomesModel()
    with sqlite_db.read() as s:
        history = consultations.consultation_detail(s, ui_counsel, case["ids"]["agua"]).history
    outcomes.set_outcomes(history)
    qtmodeltester.check(outcomes)
    assert outcomes.index(0, OUTCOME_COLUMN["validity"]).data() == "Desactualizada"
    assert outcomes.index(0, OUTCOME_COLUMN["wording"]).data() == "Art. 9, F, 2 v1 · Art. 16, B, 3 v1"
    outcomes.set_outcomes(())
    qtmodeltester.check(outcomes)
    assert outcomes.rowCount() == 0


def test_counts_filters_and_search(qtbot, tab, ui_counsel, case):  # noqa: F811
    w = tab(ui_counsel)
    texts = [b.text() for b in w.state_buttons.values()]
    assert texts == ["Pendientes (2)", "Aprobadas (2)", "Desactualizadas (1)", "Rechazadas (1)"]
    assert w.model.rowCount() == 6 and w.count_label.text() == "6 peticiones"
    w.state_buttons["stale"].click()
    assert titles(w) == {"Agua"}
    w.state_buttons["pending"].click()  # toggles add up: what needs a consultation
    assert titles(w) == {"Agua", "Derecho", "Bicicletas"}
    w.state_buttons["stale"].click()
    w.state_buttons["pending"].click()  # none pressed: all of them
    assert w.model.rowCount() == 6
    w.state_buttons["rejected"].click()
    assert titles(w) == {"Protección"}
    w.set_states(())
    qtbot.keyClicks(w.search, "nunez")  # typed without accents
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    assert w.model.consultation(0).title == "Bicicletas seguras en avenidas"
    assert w.count_label.text() == "1 petición"
    # the counts stay those of the whole case file
    assert w.state_buttons["approved"].text() == "Aprobadas (2)"


def test_states_read_in_spanish_with_colour_and_the_victory_tick(tab, ui_counsel, case):  # noqa: F811
    w = tab(ui_counsel)
    ids = case["ids"]
    expected = {"agua": ("Desactualizada", "#fde0cc"), "trabajo-hogar": ("Aprobada", "#dcefdc"),
                "mascotas": ("Rechazada", "#f9d6d5"), "mayores": ("Pendiente", "#fdecc8")}
    for slug, (label, colour) in expected.items():
        assert cell(w, ids[slug], "state") == label
        assert cell(w, ids[slug], "state", Qt.ItemDataRole.BackgroundRole) == QColor(colour)
    assert cell(w, ids["trabajo-hogar"], "victory") == "✓"
    assert cell(w, ids["agua"], "victory") == ""
    assert cell(w, ids["agua"], "provisions") == "Art. 9, F, 2 · Art. 16, B, 3"
    assert cell(w, ids["trabajo-hogar"], "method") == "Carta firmada"
    assert cell(w, ids["trabajo-hogar"], "decided_on") == "14 oct 2016"
    assert cell(w, ids["calles"], "signatures") == "58,930"
    assert cell(w, ids["mayores"], "method") == "" and cell(w, ids["mayores"], "decided_on") == ""
    assert "consejería" in cell(w, ids["bicicletas"], "tier", Qt.ItemDataRole.ToolTipRole)


def test_the_detail_shows_the_wording_and_a_stale_answer_with_its_changes(qtbot, tab, ui_counsel, case):  # noqa: F811
    w = tab(ui_counsel)
    assert w.show_petition(case["ids"]["agua"])
    d = w.detail
    text = d.wording.toPlainText()
    assert "Art. 9, F, 2" in text and "versión 2" in text and "comunitario" in text
    assert "Art. 16, B, 3" in text and "La gestión del agua será pública" in text
    assert "Desactualizada" in d.title.text()
    outcome = d.current_outcome()
    assert outcome.stale and d.changes_button.isEnabled() and not d.evidence_button.isEnabled()
    assert "cambió la redacción de Art. 9, F, 2" in d.outcome_info.text()
    d.changes_button.click()
    qtbot.waitUntil(lambda: w.dialog is not None and w.dialog.isVisible())
    view = w.dialog.views[0]
    deleted = "".join(s.text for s in view.segments if s.op == "delete")
    inserted = "".join(s.text for s in view.segments if s.op == "insert")
    assert "accesible" in deleted and "comunitario" in inserted and "agua potable" not in deleted + inserted
    assert "versión 1 (aprobada) → versión 2 (vigente)" in w.dialog.captions[0].text()
    assert len(w.dialog.views) == 1  # only the provision that changed


def test_the_evidence_opens_as_a_verified_copy(qtbot, tab, ui_counsel, case, tmp_path):  # noqa: F811
    w = tab(ui_counsel)
    opened = []
    w.opener = opened.append
    w.open_dir = tmp_path / "abiertas"
    w.show_petition(case["ids"]["trabajo-hogar"])
    assert w.detail.evidence_button.isEnabled() and not w.detail.changes_button.isEnabled()
    assert "carta-visto-bueno-cruz.pdf" in w.detail.outcome_info.text()
    w.detail.evidence_button.click()
    qtbot.waitUntil(lambda: bool(opened))
    path = Path(opened[0].toLocalFile())
    assert path.read_bytes() == case["letter"].read_bytes() and path.is_relative_to(tmp_path / "abiertas")
    assert "copia verificada" in w.message.text()


def test_the_counsel_adds_a_petition_to_the_consultation_and_withdraws_it(qtbot, tab, ui_counsel, case,
                                                                          monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    w = tab(ui_counsel)
    assert w.request_button.isVisible()
    dialog = w.request_consultation()
    titles_offered = [dialog.petition_box.itemText(i) for i in range(dialog.petition_box.count())]
    assert titles_offered == ["Espacios verdes en cada alcaldía — 5,640 firmas",
                              "Bibliotecas abiertas los domingos — 870 firmas"]  # not the consulted ones
    qtbot.keyClicks(dialog.search, "espacios")
    qtbot.waitUntil(lambda: dialog.petition_box.count() == 1)
    qtbot.keyClicks(dialog.note, "Coincide con el apartado de medio ambiente.")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    verdes = case["ids"]["espacios-verdes"]
    qtbot.waitUntil(lambda: w.current() is not None and w.current().petition_id == verdes)
    assert w.current().state == "pending" and w.current().requested
    assert w.state_buttons["pending"].text() == "Pendientes (3)"
    assert w.withdraw_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.withdraw_button.click()
    qtbot.waitUntil(lambda: w.model.row_of(verdes) < 0)
    assert "se retiró" in w.message.text()


@pytest.mark.parametrize("role", ["observer", "clerk", "adviser"])
def test_only_the_counsel_adds_petitions_and_an_observer_cannot_record(tab, role, ui_observer, ui_clerk,
                                                                      ui_adviser, case):  # noqa: F811
    actor = {"observer": ui_observer, "clerk": ui_clerk, "adviser": ui_adviser}[role]
    w = tab(actor)
    w.show_petition(case["ids"]["mayores"])
    assert not w.request_button.isVisible() and not w.withdraw_button.isVisible()
    assert w.record_button.isVisible() == (role != "observer")
    assert w.record_action.isEnabled() == (role != "observer")
    if role == "observer":
        assert w.record_signoff() is None  # Ctrl+R and a double click do nothing either
        assert w.dialog is None


def test_install_adds_the_tab_counting_what_waits_and_reaches_the_register(qtbot, sqlite_db, runner, spanish_ui,
                                                                        ui_counsel, case):  # noqa: F811
    from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    tabs.addTab(QWidget(), "Peticiones")
    window.setCentralWidget(tabs)
    tab = install_consultations_tab(window, tabs, sqlite_db, ui_counsel, runner)
    assert tabs.tabText(1) == "Consultas (3)"  # two pending and one stale
    tabs.setCurrentWidget(tab)
    tab.show_petition(case["ids"]["agua"])
    tab.petition_button.click()
    assert tabs.currentIndex() == 0


def test_screenshot_of_the_consultations_tab(qtbot, qapp, tab, ui_counsel, case):  # noqa: F811
    """Saved to docs/consultations-tab.png when SECRETARIAT_SCREENSHOTS=1."""
    w = tab(ui_counsel)
    w.show_petition(case["ids"]["agua"])
    for _ in range(3):
        qapp.processEvents()
    image = w.grab().toImage()
    assert image.width() >= 1400
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(Path(__file__).resolve().parents[2] / "docs" / "consultations-tab.png"))
