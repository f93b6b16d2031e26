"""The calendar tab: week view and agenda, conflicts flagged, navigation, opening and planning."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from secretariat.services import meetings, rosters
from tests.ui.petition_data import small_register, ui_adviser  # noqa: F401 - fixtures
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from tests.ui.work_support import committee, plan  # noqa: F401
from ui.models.meetings_model import COLUMN_INDEX, MeetingsModel
from ui.views.calendar_view import CalendarTab
from ui.views.meeting_dialog import MeetingDialog
from ui.work_labels import CONFLICT_COLOR

MONDAY = date(2016, 3, 28)
ROOT = Path(__file__).resolve().parents[2]
DEMO_TODAY = date(2016, 6, 15)


@pytest.fixture
def week(sqlite_db, ui_counsel, ui_adviser, small_register):  # noqa: F811
    """Four meetings in the week of 28 March 2016: two share the adviser at 10:00 on Tuesday, two
    share the room (written differently) on Wednesday at noon; one more on Thursday clashes with
    nobody; a cancelled one sits on Friday."""
    with sqlite_db.read() as s:
        asesor = next(a for a in rosters.advisers(s, ui_counsel) if a.name == "asesor")
    p = small_register
    m = {
        "agua": plan(sqlite_db, ui_counsel, p["agua-potable"], datetime(2016, 3, 29, 10, 0), advisers=[asesor],
                     place="Sala 1"),
        "calles": plan(sqlite_db, ui_counsel, p["calles"], datetime(2016, 3, 29, 10, 30), advisers=[asesor],
                       place="Sala 2"),
        "sala_a": plan(sqlite_db, ui_counsel, None, datetime(2016, 3, 30, 12, 0), kind="other",
                       place="Sala de Juntas"),
        "sala_b": plan(sqlite_db, ui_counsel, None, datetime(2016, 3, 30, 12, 30), kind="other",
                       place="sala de  juntas"),
        "alone": plan(sqlite_db, ui_counsel, None, datetime(2016, 3, 31, 16, 0), kind="other", place="Sala 3",
                      advisers=[asesor]),
        "cancelled": plan(sqlite_db, ui_counsel, None, datetime(2016, 4, 1, 9, 0), kind="other", place="Sala 1"),
    }
    with sqlite_db.write() as s:
        meetings.set_status(s, ui_counsel, m["cancelled"].row.id, "cancelled")
    return {k: v.row.id for k, v in m.items()}


@pytest.fixture
def calendar(qtbot, sqlite_db, runner, spanish_ui):  # noqa: F811
    def make(actor) -> CalendarTab:
        tab = CalendarTab(sqlite_db, actor, runner, today=MONDAY)
        qtbot.addWidget(tab)
        tab.resize(1400, 760)
        tab.show()
        qtbot.waitExposed(tab)
        return tab

    return make


def test_the_meetings_model_passes_the_model_tester(qapp, qtmodeltester, sqlite_db, ui_counsel, week):
    model = MeetingsModel(sqlite_db, ui_counsel, date_from=MONDAY, days=28)
    assert model.rowCount() == 5  # planned and held only
    qtmodeltester.check(model)
    with sqlite_db.write() as s:  # the lone meeting moves earlier, another is cancelled
        meetings.reschedule(s, ui_counsel, week["alone"], starts_at=datetime(2016, 3, 28, 9, 0),
                            ends_at=datetime(2016, 3, 28, 10, 0), place="Sala 3")
        meetings.set_status(s, ui_counsel, week["sala_b"], "cancelled")
    model.refresh()
    assert [model.index(r, 0).data(MeetingsModel.IdRole) for r in range(model.rowCount())] == \
        [week["alone"], week["agua"], week["calles"], week["sala_a"]]
    qtmodeltester.check(model)


def test_conflicts_are_flagged_in_the_agenda_and_in_the_week(calendar, ui_counsel, week):
    tab = calendar(ui_counsel)
    model = tab.model
    flagged = {model.index(r, 0).data(MeetingsModel.IdRole): model.index(r, 0).data(MeetingsModel.ConflictRole)
               for r in range(model.rowCount())}
    assert {k for k, v in flagged.items() if v} == {week["agua"], week["calles"], week["sala_a"], week["sala_b"]}
    assert flagged[week["alone"]] == ()
    assert flagged[week["agua"]] == (
        "Mismo asesor (asesor) a la misma hora que: Audiencia 10:30–11:30 (Calles iluminadas y caminables)",)
    assert flagged[week["sala_b"]][0].startswith("Mismo lugar (Sala de Juntas) a la misma hora que: Otra reunión 12:00")
    row = model.row_of(week["agua"])
    assert model.index(row, COLUMN_INDEX["conflict"]).data() == "⚠ 1 choque"
    assert model.index(model.row_of(week["alone"]), COLUMN_INDEX["conflict"]).data() == ""
    assert tab.conflict_label.text() == "⚠ 4 reuniones con choque"
    assert tab.week.conflicted_ids() == {week["agua"], week["calles"], week["sala_a"], week["sala_b"]}
    # what the user sees: a red border around the clashing block, none around the lone one
    image = tab.week.grab().toImage()
    rects = tab.week.block_rects()

    def left_edge(meeting_id: int) -> QColor:
        r = rects[meeting_id]
        return QColor(image.pixel(int(r.left()) + 2, int(r.center().y())))

    red = left_edge(week["agua"])
    assert abs(red.red() - CONFLICT_COLOR.red()) < 30 and red.green() < 90
    assert left_edge(week["alone"]).red() < 200 or left_edge(week["alone"]).green() > 120
    tip = tab.week.tooltip_for(next(e for e in tab.week.entries() if e.id == week["calles"]))
    assert "⚠ Mismo asesor (asesor)" in tip


def test_week_navigation_and_the_agenda_range(calendar, ui_counsel, week):
    tab = calendar(ui_counsel)
    assert tab.week_label.text() == "Semana del 28 mar al 3 abr 2016"
    assert tab.agenda_label.text() == "Agenda del 28 mar al 24 abr 2016: 5 reuniones"
    assert len(tab.week.entries()) == 5
    tab.next_button.click()
    assert tab.week_label.text() == "Semana del 4 abr al 10 abr 2016"
    assert tab.week.entries() == [] and tab.model.rowCount() == 0 and tab.conflict_label.text() == ""
    tab.today_button.click()
    assert tab.monday() == MONDAY and len(tab.week.entries()) == 5
    tab.next_button.click()
    tab.set_agenda_range(1)  # four weeks before and after the week shown: this week's meetings again
    assert tab.agenda_label.text() == "Agenda del 7 mar al 8 may 2016: 5 reuniones"
    assert tab.week.entries() == []
    tab.set_agenda_range(0)
    tab.today_button.click()
    tab.cancelled.setChecked(True)
    assert tab.model.rowCount() == 6
    assert tab.model.index(tab.model.row_of(week["cancelled"]), COLUMN_INDEX["status"]).data() == "Cancelada"


def test_double_click_on_a_block_opens_the_meeting(qtbot, calendar, ui_counsel, week):
    tab = calendar(ui_counsel)
    center = tab.week.block_rects()[week["alone"]].center()
    qtbot.mouseClick(tab.week, Qt.MouseButton.LeftButton, pos=QPoint(int(center.x()), int(center.y())))
    assert tab.week.selected() == week["alone"] and tab.selected_id() == week["alone"]
    qtbot.mouseDClick(tab.week, Qt.MouseButton.LeftButton, pos=QPoint(int(center.x()), int(center.y())))
    dialog = tab.dialog
    assert isinstance(dialog, MeetingDialog) and dialog.isVisible()
    assert dialog.meeting_id == week["alone"] and dialog.place.text() == "Sala 3"
    dialog.reject()


def test_a_meeting_planned_from_the_calendar_appears_in_both_views(qtbot, calendar, ui_adviser, runner,
                                                                   small_register):  # noqa: F811
    tab = calendar(ui_adviser)
    assert tab.model.rowCount() == 0 and tab.new_button.isVisible()
    dialog = tab.new_meeting()
    assert dialog.kind() == "other" and dialog.heading.text() == "Reunión sin petición"
    dialog.set_starts_at(datetime(2016, 3, 31, 17, 0))
    dialog.place.setText("Sala de prensa")
    dialog.attendees_tab.add_guest("Rosa Martínez (colectivo Agua para Todos)")
    with qtbot.waitSignal(runner.dataChanged):
        dialog.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, COLUMN_INDEX["time"]).data() == "17:00–18:00"
    assert tab.model.index(0, COLUMN_INDEX["day"]).data() == "jue 31 mar 2016"
    assert [e.row.place for e in tab.week.entries()] == ["Sala de prensa"]


def test_an_observer_reads_the_calendar_but_cannot_plan(calendar, ui_observer, week):
    tab = calendar(ui_observer)
    assert not tab.new_button.isVisible() and tab.open_button.isVisible()
    assert tab.model.rowCount() == 5


def test_screenshot_of_the_calendar_with_the_demo_case(qtbot, qapp, sqlite_db, runner, spanish_ui,
                                                        ui_counsel):  # noqa: F811
    """The week of the demo's clashing hearings; saved to docs/calendar.png when
    SECRETARIAT_SCREENSHOTS=1."""
    from secretariat.services import demo

    today = DEMO_TODAY
    with sqlite_db.write() as s:
        demo.load_demo(s, ui_counsel, today=today)
    with sqlite_db.read() as s:
        clashes = meetings.conflicts(s, ui_counsel, today - timedelta(days=120), today + timedelta(days=120))
    assert clashes, "the demo has two hearings at the same time in the same room"
    tab = CalendarTab(sqlite_db, ui_counsel, runner, today=today)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_date(clashes[0].first.starts_at.date())
    tab.set_agenda_range(2)  # three months around it: the hearings held lately too
    statuses = {e.row.status for e in tab.model.entries()}
    assert statuses == {"planned", "held"}
    assert {clashes[0].first.id, clashes[0].second.id} <= tab.week.conflicted_ids()
    for _ in range(3):
        qapp.processEvents()
    image = tab.grab().toImage()
    assert (image.width(), image.height()) == (1400, 860)
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "calendar.png"))
