"""The petition's timeline widget: counts, crossings, duties and meetings in order, with links."""

from __future__ import annotations

from datetime import datetime

import pytest

from secretariat.services import duties, meetings
from tests.ui.petition_data import small_register, ui_adviser  # noqa: F401 - fixtures
from tests.ui.support import isolated_log, isolated_settings, spanish_ui, ui_counsel  # noqa: F401
from tests.ui.work_support import TODAY, duty_of, plan
from ui.views.timeline_view import TimelineView


@pytest.fixture
def view(qtbot, sqlite_db, spanish_ui):  # noqa: F811
    def make(actor) -> TimelineView:
        widget = TimelineView(sqlite_db, actor)
        qtbot.addWidget(widget)
        widget.resize(600, 500)
        widget.show()
        return widget

    return make


def test_counts_crossings_duties_and_meetings_in_order(view, sqlite_db, ui_counsel, ui_adviser, small_register):  # noqa: F811
    agua = small_register["agua-potable"]
    review = duty_of(sqlite_db, ui_counsel, agua, "legal_review")
    with sqlite_db.write() as s:
        duties.assign(s, ui_counsel, [review.id], ui_adviser.id)
        duties.complete_legal_review(s, ui_counsel, review.id, "viable", "Procede.", today=TODAY)
    hearing = plan(sqlite_db, ui_counsel, agua, datetime(2016, 3, 29, 10, 0))
    with sqlite_db.write() as s:
        meetings.set_status(s, ui_counsel, hearing.row.id, "held")
    w = view(ui_counsel)
    w.show_petition(agua)
    lines = w.lines()
    assert lines[:5] == [
        "8 mar 2016 Alcanzó Revisión jurídica con 6,000 firmas",
        "8 mar 2016 Deber: Revisión jurídica (responsable: asesor)",
        "15 mar 2016 Alcanzó Audiencia ante el grupo redactor con 12,000 firmas",
        "15 mar 2016 Deber: Audiencia ante el grupo redactor",
        "15 mar 2016 3 cortes de firmas: de 3,000 (1 mar 2016) a 12,000 firmas",
    ]
    rest = lines[5:]
    assert "29 mar 2016 10:00 Audiencia — Celebrada" in rest
    assert any(line.endswith("Deber cumplido: Revisión jurídica — Viable") for line in rest)
    assert any(line.endswith("Deber cumplido: Audiencia ante el grupo redactor") for line in rest)
    assert any(line.endswith("Deber: Reunión de seguimiento") for line in rest)
    days = [e.on for e in w.events()]
    assert days == sorted(days)
    # the same day is written once in the rendered list
    assert w.label.text().count("15 mar 2016") == 1


def test_a_reverted_crossing_and_its_waived_duty_are_shown(view, ui_counsel, small_register):  # noqa: F811
    w = view(ui_counsel)
    w.show_petition(small_register["derecho-ciudad"])
    lines = w.lines()
    assert "15 mar 2016 Revertido Revisión jurídica: bajó a 4,500 firmas" in lines
    assert "15 mar 2016 Deber dispensado: Revisión jurídica — Cruce revertido" in lines
    assert 'color:#b3261e' in w.label.text()  # the revert is in red


def test_links_open_meetings_and_duties(qtbot, view, sqlite_db, ui_counsel, small_register):  # noqa: F811
    agua = small_register["agua-potable"]
    hearing = plan(sqlite_db, ui_counsel, agua, datetime(2016, 3, 29, 10, 0))
    w = view(ui_counsel)
    w.show_petition(agua)
    assert f'href="meeting:{hearing.row.id}"' in w.label.text()
    with qtbot.waitSignal(w.meetingActivated) as got:
        w.label.linkActivated.emit(f"meeting:{hearing.row.id}")
    assert got.args == [hearing.row.id]
    duty = duty_of(sqlite_db, ui_counsel, agua, "hearing")
    with qtbot.waitSignal(w.dutyActivated) as got:
        w.label.linkActivated.emit(f"duty:{duty.id}")
    assert got.args == [duty.id]


def test_nothing_selected_and_an_unknown_petition(view, ui_counsel, small_register):  # noqa: F811
    w = view(ui_counsel)
    w.show_petition(None)
    assert w.label.text() == "" and w.events() == []
    w.show_petition(99_999)
    assert w.label.text().startswith("No se encontró")
