"""The petition panel's drafting section: what the petition feeds, its consultation, the sign-off
reachable in four actions from the register, and what the assembly made of the idea."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from secretariat.services import consultations
from tests.ui.consultation_support import case  # noqa: F401 - fixtures
from tests.ui.petition_data import ui_adviser  # noqa: F401
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from tests.ui.work_support import ui_clerk  # noqa: F401
from ui.main_window import MainWindow
from ui.views.consultations_tab import install_consultations_tab
from ui.views.detail_panel import PetitionDetailPanel
from ui.views.petition_drafting_section import PetitionDraftingSection
from ui.views.signoff_dialog import SignoffDialog


@pytest.fixture
def section_for(qtbot, sqlite_db, runner, spanish_ui, case):  # noqa: F811
    def make(actor, *, with_runner: bool = True) -> PetitionDraftingSection:
        widget = PetitionDraftingSection(sqlite_db, actor, runner=runner if with_runner else None)
        qtbot.addWidget(widget)
        widget.resize(560, 500)
        widget.show()
        return widget

    return make


def plain(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text).replace("&nbsp;", " ")


def test_feeds_shows_each_provision_with_its_version_status_and_contribution(section_for, ui_counsel, case):  # noqa: F811
    s = section_for(ui_counsel)
    s.show_petition(case["ids"]["agua"])
    assert s.isVisible()
    feeds = plain(s.feeds.text())
    assert feeds.startswith("Alimenta: Art. 9, F, 2 (versión 2 · Borrador) · Art. 16, B, 3 (versión 1 · Borrador)")
    assert "Art. 9, F, 2: El agua potable como derecho humano exigible." in feeds
    consultation = plain(s.consultation.text())
    assert "Consulta:  Desactualizada" in consultation
    assert "última respuesta: Aprueba, 12 oct 2016, en persona" in consultation
    assert "hay que consultar de nuevo" in consultation
    assert not s.fates_label.isVisible()  # the assembly has not decided on these yet


def test_a_petition_that_feeds_nothing_hides_the_section(section_for, ui_counsel, case):  # noqa: F811
    s = section_for(ui_counsel)
    s.show_petition(case["ids"]["lectura"])
    assert not s.isVisible()
    s.show_petition(None)
    assert not s.isVisible()


def test_what_became_of_the_idea_kept_and_amended_with_its_redline(qtbot, section_for, ui_observer, case):  # noqa: F811
    s = section_for(ui_observer)
    s.show_petition(case["ids"]["trabajo-hogar"])
    assert s.fates_heading.text() == "Qué fue de su idea" and s.fates_label.isVisible()
    fates = s.fates_label.text()
    assert "Art. 10, B, 5" in plain(fates) and "La Asamblea la modificó (16 ene 2017)" in plain(fates)
    assert "line-through" in fates and "a un salario digno" in fates  # our words the assembly struck
    assert "✓ Victoria" in plain(s.consultation.text())
    s.fates_label.linkActivated.emit(f"fate:{case['prov']['Art. 10, B, 5']}")
    assert s.dialog is not None and s.dialog.objectName() == "changes_dialog"
    deleted = "".join(seg.text for seg in s.dialog.views[0].segments if seg.op == "delete")
    assert "un salario digno" in deleted
    s.dialog.close()
    s.show_petition(case["ids"]["calles"])
    assert "Se conservó tal como la redactamos (20 ene 2017)" in plain(s.fates_label.text())
    # an observer reads only
    for button in (s.signoff_button, s.request_button, s.assembly_button):
        assert not button.isVisible()


@pytest.mark.parametrize("role", ["counsel", "adviser", "clerk", "observer"])
def test_commands_follow_the_role_and_the_consultation(section_for, role, ui_counsel, ui_adviser, ui_clerk,
                                                       ui_observer, case):  # noqa: F811
    actor = {"counsel": ui_counsel, "adviser": ui_adviser, "clerk": ui_clerk, "observer": ui_observer}[role]
    s = section_for(actor)
    s.show_petition(case["ids"]["mayores"])  # consulted
    assert s.signoff_button.isVisible() == (role != "observer")
    assert not s.request_button.isVisible()
    assert s.assembly_button.isVisible() == (role == "counsel")
    s.show_petition(case["ids"]["espacios-verdes"])  # feeds Art. 16, A but is not consulted
    assert "no se consulta" in plain(s.consultation.text())
    assert not s.signoff_button.isVisible()
    assert s.request_button.isVisible() == (role == "counsel")
    assert s.record_signoff() is None


def test_without_the_window_runner_the_section_only_reads(section_for, ui_counsel, case):  # noqa: F811
    s = section_for(ui_counsel, with_runner=False)
    s.show_petition(case["ids"]["mayores"])
    assert not s.signoff_button.isVisible() and not s.assembly_button.isVisible()
    assert s.record_signoff() is None


def test_the_counsel_adds_the_petition_to_the_consultation_from_its_panel(qtbot, section_for, ui_counsel,
                                                                         sqlite_db, case):  # noqa: F811
    s = section_for(ui_counsel)
    verdes = case["ids"]["espacios-verdes"]
    s.show_petition(verdes)
    s.request_button.click()
    dialog = s.dialog
    assert dialog.petition_box.currentText() == "Espacios verdes en cada alcaldía — 5,640 firmas"
    assert not dialog.petition_box.isEnabled() and not dialog.search.isVisible()
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert "Pendiente" in plain(s.consultation.text())
    assert s.signoff_button.isVisible() and not s.request_button.isVisible()


def test_the_link_opens_the_petition_in_the_consultations_tab(qtbot, section_for, ui_counsel, case):  # noqa: F811
    s = section_for(ui_counsel)
    s.show_petition(case["ids"]["agua"])
    with qtbot.waitSignal(s.consultationRequested) as asked:
        s.consultation.linkActivated.emit("consultation")
    assert asked.args == [case["ids"]["agua"]]


def test_the_panel_embeds_the_section(qtbot, sqlite_db, spanish_ui, ui_counsel, case):  # noqa: F811
    panel = PetitionDetailPanel(sqlite_db, ui_counsel)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    panel.show_petition(case["ids"]["agua"])
    assert panel.drafting.isVisible() and "Art. 9, F, 2" in panel.drafting.feeds.text()
    panel.show_petition(None)
    assert panel.drafting.petition_id is None


def test_signoff_from_a_petition_in_four_actions(qtbot, sqlite_db, runner, spanish_ui, ui_clerk, case, tmp_path):  # noqa: F811
    """Select the petition (1), click "Registrar visto bueno…" (2), choose the method (3), save (4)."""
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sqlite_db, ui_clerk, runner, settings=store, poll_ms=0)
    qtbot.addWidget(window)
    tab = install_consultations_tab(window, window.tabs, sqlite_db, ui_clerk, runner)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    mayores = case["ids"]["mayores"]
    row = window.model.row_of(mayores)
    section = window.detail.drafting
    # 1. select the petition in the register
    rect = window.table.visualRect(window.model.index(row, 1))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: section.petition_id == mayores and section.signoff_button.isVisible())
    # 2. click "Registrar visto bueno…"
    qtbot.mouseClick(section.signoff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(section.dialog, SignoffDialog) and section.dialog.isVisible())
    dialog = section.dialog
    # 3. fill: the method (the answer defaults to "Aprueba" and the date to today)
    dialog.method.setCurrentIndex(dialog.method.findData("in_person"))
    # 4. save
    with qtbot.waitSignal(runner.dataChanged):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    with sqlite_db.read() as s:
        detail = consultations.consultation_detail(s, ui_clerk, mayores)
    assert detail.row.state == "approved" and detail.history[0].method == "in_person"
    qtbot.waitUntil(lambda: "Aprobada" in section.consultation.text())
    assert tab.model.consultation(tab.model.row_of(mayores)).state == "approved"
