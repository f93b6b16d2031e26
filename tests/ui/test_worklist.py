"""The worklist tab as a user meets it: buckets and colours, filters, bulk assignment, closing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from secretariat.services import duties
from tests.ui.petition_data import small_register, ui_adviser  # noqa: F401 - fixtures
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from tests.ui.work_support import TODAY, duty_of, open_duties, ui_clerk  # noqa: F401
from ui.models.worklist_model import COLUMN_INDEX, WorklistModel
from ui.views.duty_dialogs import OutcomeDialog, WaiveDialog
from ui.views.worklist import WorklistTab


@pytest.fixture
def tab(qtbot, sqlite_db, runner, spanish_ui, small_register):  # noqa: F811
    def make(actor) -> WorklistTab:
        widget = WorklistTab(sqlite_db, actor, runner, today=TODAY)
        qtbot.addWidget(widget)
        widget.resize(1300, 600)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def cell(tab: WorklistTab, duty_id: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.index(tab.model.row_of(duty_id), COLUMN_INDEX[key]).data(role)


def shown(tab: WorklistTab) -> list[tuple[str, str]]:
    m = tab.model
    return [(m.index(r, COLUMN_INDEX["petition"]).data().split()[0], m.index(r, COLUMN_INDEX["kind"]).data())
            for r in range(m.rowCount())]


def test_the_model_passes_qt_model_tester_including_a_refresh(qapp, qtmodeltester, sqlite_db, ui_counsel,
                                                              small_register):  # noqa: F811
    model = WorklistModel(sqlite_db, ui_counsel, today=TODAY)
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    model.sort(COLUMN_INDEX["petition"], Qt.SortOrder.DescendingOrder)
    with sqlite_db.write() as s:
        duties.waive(s, ui_counsel, model.duty(0).id, "Ya se atendió en otra petición.")
    model.refresh()
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_age_buckets_are_coloured_like_the_admin_hub(tab, ui_counsel, small_register, sqlite_db):
    w = tab(ui_counsel)
    agua, calles = small_register["agua-potable"], small_register["calles"]
    soon = duty_of(sqlite_db, ui_counsel, agua, "hearing")          # due 30 March: 3 days
    late = duty_of(sqlite_db, ui_counsel, calles, "hearing")        # due 16 March
    fine = duty_of(sqlite_db, ui_counsel, calles, "mayoral_audience")  # due 7 April
    expected = {soon.id: ("Vence pronto", "3 días", "#fdecc8"), late.id: ("Vencido", "11 días de retraso", "#f9d6d5"),
                fine.id: ("A tiempo", "11 días", "#dcefdc")}
    for duty_id, (label, left, background) in expected.items():
        assert cell(w, duty_id, "bucket") == label
        assert cell(w, duty_id, "left") == left
        assert cell(w, duty_id, "bucket", Qt.ItemDataRole.BackgroundRole) == QColor(background)
    # the text colours read as green / amber / red
    greenish, amber, red = (QColor(cell(w, d, "bucket", Qt.ItemDataRole.ForegroundRole))
                            for d in (fine.id, soon.id, late.id))
    assert greenish.green() > greenish.red() and red.red() > 2 * red.green() and amber.red() > amber.blue()
    # overdue first, as the service orders by due date
    assert cell(w, late.id, "due_on") == "16 mar 2016"
    assert w.count_label.text() == "6 deberes"


def test_filters_by_kind_bucket_owner_and_mine_only(qtbot, tab, ui_adviser, small_register, sqlite_db,
                                                   ui_counsel):  # noqa: F811
    calles = small_register["calles"]
    review = duty_of(sqlite_db, ui_counsel, calles, "legal_review")
    with sqlite_db.write() as s:
        duties.assign(s, ui_counsel, [review.id], ui_adviser.id)
    w = tab(ui_adviser)
    w.set_filters(kind="legal_review")
    assert {k for _p, k in shown(w)} == {"Revisión jurídica"} and w.model.rowCount() == 3
    w.set_filters(kind="", bucket="due_soon")
    assert shown(w) == [("Agua", "Audiencia ante el grupo redactor")]
    w.set_filters(bucket="")
    w.set_filters(owner=ui_adviser.id)
    assert [r.id for r in w.model.rows()] == [review.id]
    assert cell(w, review.id, "owner") == "asesor"
    w.set_filters(owner="unassigned")
    assert review.id not in [r.id for r in w.model.rows()] and w.model.rowCount() == 5
    w.mine.setChecked(True)
    assert not w.owner_box.isEnabled()
    assert [r.id for r in w.model.rows()] == [review.id]
    assert w.count_label.text() == "1 deber"


def test_bulk_assign_keeps_the_filters_and_the_selection(qtbot, tab, ui_counsel, ui_adviser, runner,
                                                        small_register):  # noqa: F811
    w = tab(ui_counsel)
    w.set_filters(kind="legal_review")
    rows = w.model.rows()
    chosen = [rows[0].id, rows[2].id]
    w.select_ids(chosen)
    resets = []
    w.model.modelReset.connect(lambda: resets.append(1))
    w.assign_box.setCurrentIndex(w.assign_box.findData(ui_adviser.id))
    with qtbot.waitSignal(runner.dataChanged):
        qtbot.mouseClick(w.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(w, chosen[0], "owner") == "asesor")
    assert cell(w, chosen[1], "owner") == "asesor"
    assert cell(w, rows[1].id, "owner") == "Sin asignar"
    assert w.kind_box.currentText() == "Revisión jurídica"
    assert [r.id for r in w.model.rows()] == [r.id for r in rows]
    assert w.selected_ids() == chosen
    assert resets == []
    qtbot.waitUntil(lambda: w.message.text() == "Se asignaron 2 deberes a asesor.")


def test_waive_needs_a_reason_and_then_leaves_the_list(qtbot, tab, ui_counsel, runner, small_register,
                                                      sqlite_db):  # noqa: F811
    w = tab(ui_counsel)
    target = duty_of(sqlite_db, ui_counsel, small_register["espacios-verdes"], "legal_review")
    w.select_ids([target.id])
    qtbot.mouseClick(w.waive_button, Qt.MouseButton.LeftButton)
    dialog = w.dialog
    assert isinstance(dialog, WaiveDialog) and dialog.isVisible()
    dialog.save()
    assert dialog.isVisible() and dialog.error.text() == "Escriba el motivo para dispensar el deber."
    dialog.reason.setPlainText("La petición se fusionó con «Parques y jardines».")
    with qtbot.waitSignal(runner.dataChanged):
        dialog.save()
    qtbot.waitUntil(lambda: w.model.row_of(target.id) == -1)
    assert w.model.rowCount() == 5
    assert target.id not in [d.id for d in open_duties(sqlite_db, ui_counsel)]


def test_legal_review_outcome_is_recorded(qtbot, tab, ui_adviser, runner, small_register, sqlite_db,
                                         ui_counsel):  # noqa: F811
    w = tab(ui_adviser)
    target = duty_of(sqlite_db, ui_counsel, small_register["agua-potable"], "legal_review")
    w.select_ids([target.id])
    assert w.outcome_button.isEnabled() and not w.plan_button.isEnabled()
    qtbot.mouseClick(w.outcome_button, Qt.MouseButton.LeftButton)
    dialog = w.dialog
    assert isinstance(dialog, OutcomeDialog)
    dialog.choose("needs_reformulation")
    dialog.note.setPlainText("Reformular como derecho progresivo.")
    with qtbot.waitSignal(runner.dataChanged):
        dialog.save()
    qtbot.waitUntil(lambda: w.model.row_of(target.id) == -1)
    with sqlite_db.read() as s:
        detail = duties.duty_detail(s, ui_counsel, target.id, today=TODAY)
    assert (detail.row.status, detail.row.outcome, detail.outcome_note) == \
        ("done", "needs_reformulation", "Reformular como derecho progresivo.")


def test_a_stale_outcome_shows_the_conflict_sentence_and_keeps_the_form(qtbot, tab, ui_adviser, ui_counsel,
                                                                        runner, small_register, sqlite_db):  # noqa: F811
    w = tab(ui_adviser)
    target = duty_of(sqlite_db, ui_counsel, small_register["agua-potable"], "legal_review")
    w.select_ids([target.id])
    dialog = w.record_outcome()
    dialog.note.setPlainText("Mi nota.")
    with sqlite_db.write() as s:  # someone else closes it first
        duties.waive(s, ui_counsel, target.id, "Se atendió en la sesión del grupo redactor.")
    with qtbot.waitSignal(runner.dataChanged, raising=False, timeout=300):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.isVisible() and dialog.note.toPlainText() == "Mi nota."
    assert dialog.error.text().count(".") == 1 and "\n" not in dialog.error.text()


@pytest.mark.parametrize("who, visible", [
    ("observer", set()),
    ("clerk", set()),
    ("adviser", {"assign", "waive", "outcome", "plan", "cycle"}),
    ("counsel", {"assign", "waive", "outcome", "plan", "cycle"}),
])
def test_roles_only_hide_what_they_cannot_do(tab, request, who, visible):
    actor = request.getfixturevalue({"observer": "ui_observer", "clerk": "ui_clerk", "adviser": "ui_adviser",
                                     "counsel": "ui_counsel"}[who])
    w = tab(actor)
    buttons = {"assign": w.assign_button, "waive": w.waive_button, "outcome": w.outcome_button,
               "plan": w.plan_button, "cycle": w.cycle_button}
    assert {k for k, b in buttons.items() if b.isVisible()} == visible
    assert w.meeting_button.isVisible()  # everyone may read a duty's meeting
    assert w.model.rowCount() == 6


def test_changes_elsewhere_appear_on_reload_without_losing_the_selection(tab, ui_counsel, ui_adviser,
                                                                         sqlite_db, small_register):  # noqa: F811
    w = tab(ui_counsel)
    rows = w.model.rows()
    w.select_ids([rows[3].id])
    with sqlite_db.write() as s:
        duties.waive(s, ui_counsel, rows[0].id, "Duplicado.")
        duties.assign(s, ui_counsel, [rows[3].id], ui_adviser.id)
    w.reload()
    assert w.model.row_of(rows[0].id) == -1
    assert w.selected_ids() == [rows[3].id]
    assert cell(w, rows[3].id, "owner") == "asesor"


def test_install_work_tabs_adds_both_tabs_counts_duties_and_shows_a_petition(qtbot, sqlite_db, runner, spanish_ui,
                                                                            ui_counsel, small_register):  # noqa: F811
    from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget

    from ui.models.petition_table import PetitionTableModel, PetitionTableView
    from ui.views.work_tabs import install_work_tabs

    window = QMainWindow()
    qtbot.addWidget(window)
    window.table = PetitionTableView()
    window.table.setModel(PetitionTableModel(sqlite_db, ui_counsel, window.table))
    tabs = QTabWidget(window)
    tabs.addTab(window.table, "Peticiones")
    window.setCentralWidget(tabs)
    menu = QMenu("Expediente", window)
    work = install_work_tabs(window, tabs, sqlite_db, ui_counsel, runner, menu=menu)
    window.show()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Peticiones", "Deberes (6)", "Calendario"]
    assert menu.actions() == [work.rosters_action]
    assert work.rosters_action.text() == "&Grupo redactor y asesores…"
    tabs.setCurrentWidget(work.worklist)
    target = duty_of(sqlite_db, ui_counsel, small_register["calles"],
                     "mayoral_audience")
    work.worklist.select_ids([target.id])
    qtbot.mouseClick(work.worklist.petition_button, Qt.MouseButton.LeftButton)
    assert tabs.currentIndex() == 0
    assert window.table.selected_id() == small_register["calles"]
    from ui.views.timeline_view import TimelineView

    timeline = TimelineView(sqlite_db, ui_counsel, window)
    work.wire_timeline(timeline)
    timeline.show_petition(small_register["calles"])
    timeline.label.linkActivated.emit(f"duty:{target.id}")
    assert tabs.currentWidget() is work.worklist and work.worklist.selected_ids() == [target.id]
    from datetime import datetime

    from tests.ui.work_support import plan

    meeting = plan(sqlite_db, ui_counsel, small_register["calles"], datetime(2016, 3, 30, 9, 0))
    timeline.label.linkActivated.emit(f"meeting:{meeting.row.id}")
    assert work.calendar.dialog.isVisible() and work.calendar.dialog.meeting_id == meeting.row.id
    work.calendar.dialog.reject()
    with sqlite_db.write() as s:
        duties.waive(s, ui_counsel, target.id, "Se atendió en la audiencia pública.")
    work.reload()
    assert tabs.tabText(1) == "Deberes (5)"


def test_screenshot_of_the_worklist_with_the_demo_case(qtbot, qapp, sqlite_db, runner, spanish_ui, ui_counsel):  # noqa: F811
    """Saved to docs/worklist.png when SECRETARIAT_SCREENSHOTS=1."""
    import os
    from datetime import date
    from pathlib import Path

    from secretariat.services import demo

    today = date(2016, 6, 15)
    with sqlite_db.write() as s:
        demo.load_demo(s, ui_counsel, today=today)
    w = WorklistTab(sqlite_db, ui_counsel, runner, today=today)
    qtbot.addWidget(w)
    w.resize(1400, 760)
    w.show()
    qtbot.waitExposed(w)
    buckets = {w.model.duty(r).bucket for r in range(w.model.rowCount())}
    assert buckets == {"on_time", "due_soon", "overdue"}, "the demo shows every age bucket"
    owners = {w.model.duty(r).owner_id for r in range(w.model.rowCount())}
    assert None in owners and len(owners) > 1  # some assigned, some not
    w.table.sortByColumn(COLUMN_INDEX["due_on"], Qt.SortOrder.DescendingOrder)  # green, amber, then red
    assert w.model.duty(0).bucket == "on_time" and w.model.duty(w.model.rowCount() - 1).bucket == "overdue"
    w.select_ids([w.model.duty(r).id for r in (1, 2, 4)])
    for _ in range(3):
        qapp.processEvents()
    image = w.grab().toImage()
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(Path(__file__).resolve().parents[2] / "docs" / "worklist.png"))
