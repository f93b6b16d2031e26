"""The admissibility and thresholds dialogs: what they enable, what they save, how they refuse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from secretariat.services import petitions, tiers
from tests.ui.petition_data import small_register, ui_adviser  # noqa: F401 - fixtures
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    spanish_ui,
    ui_counsel,
)
from ui.views.admissibility_dialog import AdmissibilityDialog
from ui.views.thresholds_dialog import ThresholdsDialog


def detail_of(db, actor, pid):
    with db.read() as s:
        return petitions.petition_detail(s, actor, pid)


@pytest.fixture
def admissibility_dialog(qtbot, sqlite_db, runner, spanish_ui, ui_counsel, small_register):  # noqa: F811
    def make(slug: str, actor=None) -> AdmissibilityDialog:
        actor = actor or ui_counsel
        dialog = AdmissibilityDialog(sqlite_db, actor, runner, detail_of(sqlite_db, actor, small_register[slug]))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_reason_and_duplicate_fields_are_enabled_only_when_they_apply(admissibility_dialog):
    dialog = admissibility_dialog("bicicletas")
    assert dialog.decision() == "pending"
    assert not dialog.reason.isEnabled() and not dialog.duplicate_of.isEnabled()
    dialog.choose("inadmissible", "outside_matter")
    assert dialog.reason.isEnabled() and not dialog.duplicate_of.isEnabled()
    dialog.choose("inadmissible", "duplicate")
    assert dialog.duplicate_of.isEnabled()
    dialog.choose("admitted")
    assert not dialog.reason.isEnabled() and not dialog.duplicate_of.isEnabled()
    assert [dialog.reason.itemText(i) for i in range(dialog.reason.count())] == [
        "Restringe derechos reconocidos", "Duplicada", "Fuera de la materia constitucional", "Otra"]
    assert [r.text() for r in dialog.radios.values()] == ["Pendiente", "Admitida", "Inadmisible"]


def test_a_decision_is_recorded(qtbot, admissibility_dialog, sqlite_db, ui_counsel, small_register, runner):  # noqa: F811
    dialog = admissibility_dialog("calles")
    dialog.choose("inadmissible", "restricts_rights")
    dialog.note.setPlainText("Limita la libertad de tránsito.")
    with qtbot.waitSignal(dialog.decided) as got, qtbot.waitSignal(runner.dataChanged):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert got.args[0].after == "inadmissible"
    assert not dialog.isVisible()
    d = detail_of(sqlite_db, ui_counsel, small_register["calles"])
    assert (d.admissibility, d.inadmissible_reason, d.admissibility_note) == (
        "inadmissible", "restricts_rights", "Limita la libertad de tránsito.")


def test_a_duplicate_names_the_original(qtbot, admissibility_dialog, sqlite_db, ui_counsel, small_register):
    dialog = admissibility_dialog("espacios-verdes")
    dialog.choose("inadmissible", "duplicate")
    dialog.duplicate_of.setText("https://www.change.org/p/agua-potable")
    with qtbot.waitSignal(dialog.decided):
        dialog.save()
    d = detail_of(sqlite_db, ui_counsel, small_register["espacios-verdes"])
    assert d.duplicate_of_url == "https://www.change.org/p/agua-potable"


def test_a_refused_decision_shows_one_sentence_and_keeps_the_dialog(qtbot, admissibility_dialog, runner):  # noqa: F811
    dialog = admissibility_dialog("espacios-verdes")
    dialog.choose("inadmissible", "duplicate")
    dialog.note.setPlainText("Mi nota")
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Una petición duplicada debe indicar de cuál petición es duplicado."
    assert dialog.isVisible() and dialog.note.toPlainText() == "Mi nota"


def test_someone_else_saving_first_is_a_conflict_not_an_overwrite(qtbot, admissibility_dialog, sqlite_db,
                                                                   ui_counsel, ui_adviser, small_register,
                                                                   runner):  # noqa: F811
    pid = small_register["bicicletas"]
    dialog = admissibility_dialog("bicicletas")  # shows version v
    with sqlite_db.write() as s:  # meanwhile, on another computer
        petitions.decide_admissibility(s, ui_adviser, pid, "admitted", note="Decidido por el asesor.")
    dialog.choose("inadmissible", "other")
    dialog.note.setPlainText("Mi fundamento")
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == ("Otra persona modificó la petición «https://www.change.org/p/bicicletas» "
                                   "mientras usted lo editaba; vuelva a cargarlo.")
    assert dialog.isVisible()
    assert dialog.decision() == "inadmissible" and dialog.note.toPlainText() == "Mi fundamento"
    d = detail_of(sqlite_db, ui_counsel, pid)
    assert (d.admissibility, d.admissibility_note) == ("admitted", "Decidido por el asesor.")


# ------------------------------------------------------------------------------ thresholds

@pytest.fixture
def thresholds_dialog(qtbot, sqlite_db, runner, spanish_ui):  # noqa: F811
    def make(actor) -> ThresholdsDialog:
        dialog = ThresholdsDialog(sqlite_db, actor, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def test_thresholds_show_the_values_in_force_with_grouping(thresholds_dialog, ui_counsel):
    dialog = thresholds_dialog(ui_counsel)
    assert dialog.values() == (5_000, 10_000, 50_000)
    assert dialog.spins["audience"].text() == "50,000 firmas"
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "no se reclasifica ninguna petición" in texts


def test_new_thresholds_are_saved_as_a_new_policy(qtbot, thresholds_dialog, sqlite_db, ui_counsel):
    dialog = thresholds_dialog(ui_counsel)
    dialog.set_values(6_000, 12_000, 60_000)
    dialog.note.setText("Acuerdo del grupo redactor")
    with qtbot.waitSignal(dialog.saved) as got:
        dialog.save()
    assert (got.args[0].review, got.args[0].hearing, got.args[0].audience) == (6_000, 12_000, 60_000)
    with sqlite_db.read() as s:
        policy = tiers.current_policy(s)
    assert (policy.review, policy.hearing, policy.audience, policy.note) == (
        6_000, 12_000, 60_000, "Acuerdo del grupo redactor")


def test_thresholds_out_of_order_are_refused_with_a_sentence(qtbot, thresholds_dialog, sqlite_db, ui_counsel,
                                                            runner):  # noqa: F811
    dialog = thresholds_dialog(ui_counsel)
    dialog.set_values(20_000, 10_000, 50_000)
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("Los umbrales deben ser crecientes")
    assert dialog.isVisible()
    with sqlite_db.read() as s:
        assert tiers.current_policy(s).review == 5_000


def test_unchanged_thresholds_write_nothing(thresholds_dialog, sqlite_db, ui_counsel):
    dialog = thresholds_dialog(ui_counsel)
    dialog.save()
    assert not dialog.isVisible()
    with sqlite_db.read() as s:
        assert len(tiers.policy_history(s, ui_counsel)) == 1


def test_an_adviser_is_told_the_role_cannot(qtbot, thresholds_dialog, ui_adviser, runner):  # noqa: F811
    dialog = thresholds_dialog(ui_adviser)
    dialog.set_values(6_000, 12_000, 60_000)
    dialog.save()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Su rol (asesor jurídico) no permite cambiar los umbrales."
