"""The counsel records what the constituent assembly did with a provision: kept, amended (the
assembly's text as a live redline against ours) or removed; the petition then shows it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from secretariat.services import assembly
from tests.ui.consultation_support import case, finalize_current  # noqa: F401 - fixtures
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel  # noqa: F401
from ui.views.assembly_dialog import AssemblyDialog
from ui.views.petition_drafting_section import PetitionDraftingSection

AMENDED = ("Las personas mayores tienen los derechos reconocidos en esta Constitución, en especial a la "
           "ciudad, a la movilidad y a los cuidados.")


@pytest.fixture
def section(qtbot, sqlite_db, runner, spanish_ui, ui_counsel, case):  # noqa: F811
    widget = PetitionDraftingSection(sqlite_db, ui_counsel, runner=runner)
    qtbot.addWidget(widget)
    widget.resize(560, 600)
    widget.show()
    return widget


def plain(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text)


def test_an_outcome_on_record_is_loaded_with_its_redline(qtbot, section, case):  # noqa: F811
    section.show_petition(case["ids"]["trabajo-hogar"])
    dialog = section.record_fate()
    assert dialog.provision_box.currentText() == "Art. 10, B, 5" and not dialog.provision_box.isEnabled()
    assert dialog.fate() == "amended" and dialog.date.date() == QDate(2017, 1, 16)
    assert "salario digno" in dialog.ours.toPlainText()
    assert "versión 1 · Final" in dialog.ours_caption.text()
    assert dialog.note.toPlainText() == "Dictamen de la comisión de derechos"
    assert dialog.redline.isVisible()
    deleted = "".join(s.text for s in dialog.redline.segments if s.op == "delete")
    assert "un salario digno" in deleted


def test_amend_with_a_live_redline_then_replace_it_with_removed(qtbot, section, sqlite_db, ui_counsel,
                                                                 case):  # noqa: F811
    mayores, art11f = case["ids"]["mayores"], case["prov"]["Art. 11, F"]
    section.show_petition(mayores)
    dialog = section.record_fate()
    assert dialog.fate() == "kept" and not dialog.assembly_text.isVisible()
    dialog.date.setDate(QDate(2017, 1, 23))
    dialog.save()  # our wording is still a draft: the assembly never voted on it
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == ("La redacción vigente de Art. 11, F (versión 1) no es final; márquela como "
                                   "final antes de registrar lo que resolvió la Asamblea.")
    finalize_current(sqlite_db, ui_counsel, art11f)
    dialog.load()
    dialog.choose("amended")
    assert dialog.assembly_text.toPlainText() == dialog.our_text  # starts from ours
    dialog.assembly_text.setPlainText(AMENDED)
    qtbot.waitUntil(lambda: "los cuidados" in "".join(s.text for s in dialog.redline.segments if s.op == "insert"))
    assert "al cuidado" in "".join(s.text for s in dialog.redline.segments if s.op == "delete")
    dialog.date.setDate(QDate(2017, 1, 23))
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0].fate == "amended" and saved.args[0].decided_on == date(2017, 1, 23)
    assert "La Asamblea la modificó (23 ene 2017)" in plain(section.fates_label.text())
    # recorded again: replaced
    dialog = section.record_fate()
    assert dialog.fate() == "amended" and dialog.assembly_text.toPlainText() == AMENDED
    dialog.choose("removed")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert "La Asamblea la eliminó" in plain(section.fates_label.text())
    with sqlite_db.read() as s:
        rows = [r for r in assembly.assembly_outcomes(s, ui_counsel) if r.provision_id == art11f]
    assert len(rows) == 1 and rows[0].fate == "removed" and rows[0].assembly_text == ""


def test_a_decision_recorded_meanwhile_is_not_overwritten(qtbot, section, sqlite_db, ui_counsel, case):  # noqa: F811
    section.show_petition(case["ids"]["calles"])
    dialog = section.record_fate()
    assert dialog.fate() == "kept"
    with sqlite_db.write() as s:  # another workstation replaces it first
        assembly.record_fate(s, ui_counsel, case["prov"]["Art. 13, E"], "removed", decided_on=date(2017, 1, 21))
    dialog.choose("removed")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Asamblea" in dialog.error.text() and "Art. 13, E" in dialog.error.text()


def test_the_dialog_offers_every_provision_the_petition_feeds(qtbot, sqlite_db, runner, spanish_ui, ui_counsel,
                                                              case):  # noqa: F811
    choices = [(case["prov"]["Art. 9, F, 2"], "Art. 9, F, 2"), (case["prov"]["Art. 16, B, 3"], "Art. 16, B, 3")]
    dialog = AssemblyDialog(sqlite_db, ui_counsel, runner, choices, provision_id=case["prov"]["Art. 16, B, 3"])
    qtbot.addWidget(dialog)
    assert dialog.provision_box.isEnabled() and dialog.provision_box.currentText() == "Art. 16, B, 3"
    assert dialog.ours.toPlainText() == "La gestión del agua será pública y sin fines de lucro."
    dialog.choose_provision(case["prov"]["Art. 9, F, 2"])
    assert "comunitario" in dialog.ours.toPlainText()
    assert dialog.date.maximumDate() == QDate.currentDate() and dialog.date.displayFormat() == "dd/MM/yyyy"
