"""The detail panel: link, facts, the growth chart with thresholds, the tier timeline, contacts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from secretariat.services import petitions, tiers
from tests.ui.petition_data import DAY3, _row, import_rows, small_register, ui_adviser  # noqa: F401
from tests.ui.support import spanish_ui, ui_counsel, ui_observer  # noqa: F401 - fixtures
from ui.views.detail_panel import PetitionDetailPanel
from ui.views.growth_chart import render_chart_png, visible_thresholds


@pytest.fixture
def panel_for(qtbot, sqlite_db, spanish_ui):  # noqa: F811
    def make(actor) -> PetitionDetailPanel:
        panel = PetitionDetailPanel(sqlite_db, actor)
        qtbot.addWidget(panel)
        panel.resize(520, 900)
        panel.show()
        return panel

    return make


def test_nothing_selected_shows_a_hint(panel_for, ui_counsel):
    panel = panel_for(ui_counsel)
    panel.show_petition(None)
    assert panel.placeholder.isVisible()
    assert panel.placeholder.text() == "Seleccione una petición en la lista para ver su detalle."


def test_title_link_facts_and_summary(panel_for, ui_counsel, small_register):
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["agua-potable"])
    assert panel.title.text() == "Agua potable para todas las colonias"
    assert 'href="https://www.change.org/p/agua-potable"' in panel.link.text()
    assert panel.link.openExternalLinks()
    facts = panel.facts.text().replace("&nbsp;", " ")
    assert "Audiencia ante el grupo redactor" in facts
    assert "12,000 firmas al 15 mar 2016" in facts
    assert "+6,000 en 7 días" in facts
    assert "Tema: Agua" in facts
    assert panel.summary.text() == "Resumen de la petición «Agua potable para todas las colonias»."


def test_timeline_shows_each_crossing_with_the_thresholds_in_force(panel_for, ui_counsel, small_register):
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["agua-potable"])
    text = panel.timeline.text()
    assert text.index("Revisión jurídica") < text.index("Audiencia ante el grupo redactor")
    assert "8 de marzo de 2016" in text and "15 de marzo de 2016" in text
    assert "6,000 firmas; umbral de 5,000 (umbrales vigentes: 5,000 / 10,000 / 50,000)" in text
    assert "12,000 firmas; umbral de 10,000" in text
    assert "<s>" not in text and "Revertido" not in text  # both still held
    panel.show_petition(small_register["bicicletas"])
    assert panel.timeline.text() == "Todavía no ha cruzado ningún umbral."


def test_a_reverted_crossing_says_when_and_with_how_many(panel_for, ui_counsel, small_register):
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["derecho-ciudad"])
    text = panel.timeline.text()
    assert "Revisión jurídica" in text and "8 de marzo de 2016" in text
    assert "Revertido el 15 de marzo de 2016, con 4,500 firmas." in text
    assert "<s>Revisión jurídica</s>" in text


def test_new_thresholds_show_on_later_crossings_only(panel_for, sqlite_db, ui_counsel, small_register):
    with sqlite_db.write() as s:
        tiers.set_thresholds(s, ui_counsel, 6_000, 12_000, 60_000, "Ajuste de prueba")
    later = DAY3 + timedelta(days=7)
    import_rows(sqlite_db, ui_counsel, [_row(2, "derecho-ciudad", "Derecho a la ciudad para personas mayores",
                                             ("Óscar Ruiz",), "Derechos", 6_500, later)])
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["derecho-ciudad"])
    text = panel.timeline.text()
    assert "7,000 firmas; umbral de 5,000 (umbrales vigentes: 5,000 / 10,000 / 50,000)" in text
    assert "6,500 firmas; umbral de 6,000 (umbrales vigentes: 6,000 / 12,000 / 60,000)" in text
    assert panel.chart.chart().threshold_labels() == ["Revisión jurídica (6,000)", "Grupo redactor (12,000)"]


def test_chart_draws_the_counts_and_the_thresholds_worth_seeing(panel_for, ui_counsel, small_register):
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["agua-potable"])
    chart = panel.chart.chart()
    curve = chart.series()[0]
    assert [int(p.y()) for p in curve.points()] == [3_000, 6_000, 12_000]
    assert chart.threshold_labels() == ["Revisión jurídica (5,000)", "Grupo redactor (10,000)",
                                        "Jefe de gobierno (50,000)"]
    panel.show_petition(small_register["bicicletas"])  # 800 signatures: only the next tier is drawn
    assert panel.chart.chart().threshold_labels() == ["Revisión jurídica (5,000)"]


def test_visible_thresholds_stop_at_the_next_tier():
    from datetime import date

    day = date(2016, 3, 1)
    assert visible_thresholds([(day, 100)], (5000, 10000, 50000)) == [("review", 5000)]
    assert visible_thresholds([(day, 7000)], (5000, 10000, 50000)) == [("review", 5000), ("hearing", 10000)]
    assert len(visible_thresholds([(day, 100)], (5000, 10000, 50000), all_thresholds=True)) == 3


def test_chart_renders_to_png_without_a_window(qapp, spanish_ui):  # noqa: F811
    from datetime import date

    counts = [(date(2016, 3, 1) + timedelta(days=7 * i), 1_000 * (i + 1) ** 2) for i in range(8)]
    data = render_chart_png(counts, (5000, 10000, 50000), width=600, height=300, title="Agua potable")
    assert data.startswith(b"\x89PNG")
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (1200, 600)  # scale 2 for print
    colours = {image.pixel(x, y) for x in range(0, 1200, 10) for y in range(0, 600, 10)}
    assert len(colours) > 10  # not a blank page


def test_petitioners_with_mail_links_and_phones(panel_for, ui_counsel, small_register):
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["bicicletas"])
    text = panel.people.text()
    assert "<b>Juan Núñez</b>" in text and "<b>Lucía Ortega</b>" in text
    assert 'href="mailto:juan@example.org"' in text
    assert "55 0100 0300" in text


def test_admissibility_with_reason_note_and_duplicate(panel_for, sqlite_db, ui_counsel, small_register):
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_counsel, small_register["espacios-verdes"], "inadmissible",
                                       reason="duplicate", note="Misma propuesta.",
                                       duplicate_of_url="https://www.change.org/p/agua-potable")
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["espacios-verdes"])
    text = panel.admissibility.text()
    assert "<b>Inadmisible</b> — Duplicada" in text
    assert 'href="https://www.change.org/p/agua-potable"' in text
    assert "Nota: Misma propuesta." in text


def test_decision_button_follows_the_role(panel_for, ui_observer, ui_adviser, small_register):
    assert panel_for(ui_observer).decide_button.isHidden()
    adviser_panel = panel_for(ui_adviser)
    adviser_panel.show_petition(small_register["calles"])
    assert not adviser_panel.decide_button.isHidden()
    assert adviser_panel.decide_button.text() == "Decidir admisibilidad…"


def test_reload_shows_changes_and_a_vanished_petition_says_so(panel_for, sqlite_db, ui_counsel,
                                                              small_register):
    panel = panel_for(ui_counsel)
    pid = small_register["calles"]
    panel.show_petition(pid)
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_counsel, pid, "admitted")
    panel.reload()
    assert "<b>Admitida</b>" in panel.admissibility.text()
    panel.show_petition(999_999)
    assert panel.placeholder.isVisible()
    assert "999999" in panel.placeholder.text() and "Traceback" not in panel.placeholder.text()


def test_dates_follow_the_locale(panel_for, ui_counsel, small_register):
    assert QLocale().name() == "es_MX"
    panel = panel_for(ui_counsel)
    panel.show_petition(small_register["calles"])
    assert "de marzo de 2016" in panel.timeline.text()
