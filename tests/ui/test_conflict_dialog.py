"""Two people decide the same petition's admissibility: the second one chooses, nothing is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from secretariat.services import audit, petitions
from tests.ui.petition_data import small_register, ui_adviser  # noqa: F401 - fixtures
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    spanish_ui,
    ui_counsel,
)
from ui.main_window import MainWindow
from ui.views.admissibility_dialog import AdmissibilityDialog
from ui.views.conflict_dialog import ConflictDialog


def detail_of(db, actor, pid):
    with db.read() as s:
        return petitions.petition_detail(s, actor, pid)


def decisions(db, actor, pid):
    with db.read() as s:
        return [(r.user_name, r.after) for r in audit.history(s, actor, "petition", pid)]


@pytest.fixture
def two_dialogs(qtbot, sqlite_db, runner, spanish_ui, ui_counsel, ui_adviser, small_register):  # noqa: F811
    """The counsel and the adviser open the same petition (same version) in two dialogs."""
    pid = small_register["bicicletas"]
    dialogs = []
    for actor in (ui_counsel, ui_adviser):
        dialog = AdmissibilityDialog(sqlite_db, actor, runner, detail_of(sqlite_db, actor, pid))
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
    return pid, dialogs[0], dialogs[1]


def save_theirs_then_mine(qtbot, mine: AdmissibilityDialog, theirs: AdmissibilityDialog) -> ConflictDialog:
    theirs.choose("admitted")
    theirs.note.setPlainText("Materia de movilidad; procede.")
    with qtbot.waitSignal(theirs.decided):
        theirs.save()
    mine.choose("inadmissible", "outside_matter")
    mine.note.setPlainText("No es materia constitucional: es reglamentaria.")
    mine.save()
    qtbot.waitUntil(lambda: mine.conflict is not None and mine.conflict.isVisible())
    return mine.conflict


def test_the_second_save_shows_both_decisions_side_by_side(qtbot, two_dialogs):
    _pid, mine, theirs = two_dialogs
    conflict = save_theirs_then_mine(qtbot, mine, theirs)
    assert conflict.windowTitle() == "Otra persona guardó esta petición"
    assert conflict.explanation.text().startswith("asesor guardó otra decisión sobre esta petición el ")
    texts = {field: (a.text(), b.text()) for field, (a, b) in conflict.cells.items()}
    assert texts == {
        "admissibility": ("Inadmisible", "Admitida"),
        "reason": ("Fuera de la materia constitucional", "—"),
        "duplicate_of_url": ("—", "—"),
        "note": ("No es materia constitucional: es reglamentaria.", "Materia de movilidad; procede."),
    }
    assert conflict.cells["admissibility"][0].property("differs") is True
    assert conflict.cells["duplicate_of_url"][0].property("differs") is False
    assert mine.error.text().startswith("Otra persona modificó la petición")


def test_keep_mine_saves_over_the_other_persons_decision(qtbot, two_dialogs, sqlite_db, ui_counsel):
    pid, mine, theirs = two_dialogs
    conflict = save_theirs_then_mine(qtbot, mine, theirs)
    with qtbot.waitSignal(mine.decided) as got:
        conflict.keep_mine()
    assert (got.args[0].before, got.args[0].after) == ("admitted", "inadmissible")
    assert not mine.isVisible()
    d = detail_of(sqlite_db, ui_counsel, pid)
    assert (d.admissibility, d.inadmissible_reason, d.admissibility_note) == (
        "inadmissible", "outside_matter", "No es materia constitucional: es reglamentaria.")
    trail = decisions(sqlite_db, ui_counsel, pid)
    assert [who for who, _ in trail] == ["asesor", "consejera"]  # both decisions stay in the trail


def test_use_theirs_discards_mine_and_saves_nothing(qtbot, two_dialogs, sqlite_db, ui_counsel):
    pid, mine, theirs = two_dialogs
    conflict = save_theirs_then_mine(qtbot, mine, theirs)
    with qtbot.waitSignal(mine.superseded) as got:
        conflict.use_theirs()
    assert got.args[0].admissibility == "admitted"
    assert not mine.isVisible()
    d = detail_of(sqlite_db, ui_counsel, pid)
    assert (d.admissibility, d.admissibility_note) == ("admitted", "Materia de movilidad; procede.")
    assert [who for who, _ in decisions(sqlite_db, ui_counsel, pid)] == ["asesor"]


def test_going_back_keeps_what_the_user_typed(qtbot, two_dialogs, sqlite_db, ui_counsel):
    pid, mine, theirs = two_dialogs
    conflict = save_theirs_then_mine(qtbot, mine, theirs)
    qtbot.keyClick(conflict, Qt.Key.Key_Escape)
    assert mine.conflict is None and mine.isVisible()
    assert mine.decision() == "inadmissible" and mine.reason.currentData() == "outside_matter"
    assert mine.note.toPlainText() == "No es materia constitucional: es reglamentaria."
    assert detail_of(sqlite_db, ui_counsel, pid).admissibility == "admitted"
    mine.save()  # still the old version: asked again, never overwritten silently
    qtbot.waitUntil(lambda: mine.conflict is not None and mine.conflict.isVisible())
    assert detail_of(sqlite_db, ui_counsel, pid).admissibility == "admitted"


def test_in_the_window_use_theirs_shows_the_saved_decision(qtbot, sqlite_db, runner, spanish_ui, ui_counsel,
                                                          ui_adviser, small_register, tmp_path):  # noqa: F811
    pid = small_register["bicicletas"]
    window = MainWindow(sqlite_db, ui_counsel, runner, poll_ms=0,
                        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.table.select_id(pid)
    mine = window.decide_admissibility(pid)
    with sqlite_db.write() as s:  # the adviser saves from another workstation meanwhile
        petitions.decide_admissibility(s, ui_adviser, pid, "admitted", note="Decidido por el asesor.")
    mine.choose("inadmissible", "other")
    mine.save()
    qtbot.waitUntil(lambda: mine.conflict is not None and mine.conflict.isVisible())
    assert "Pendiente" in window.detail.admissibility.text()  # this window has not polled yet
    mine.conflict.use_theirs()
    assert "Admitida" in window.detail.admissibility.text()
    assert "Decidido por el asesor." in window.detail.admissibility.text()
    assert window.detail.history.toggle.text() == "Historial (1)"
