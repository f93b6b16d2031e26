"""The counsel's audit browser and the petition's history panel."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import delete, update

from secretariat.models import AuditEntry
from secretariat.services import audit, petitions, tiers, users
from tests.ui.petition_data import small_register, ui_adviser  # noqa: F401 - fixtures
from tests.ui.support import (  # noqa: F401 - fixtures
    isolated_log,
    isolated_settings,
    runner,
    spanish_ui,
    ui_counsel,
)
from tests.ui.trust_support import mexico_time  # noqa: F401 - fixture
from ui.views.audit_browser import AuditBrowser
from ui.views.detail_panel import PetitionDetailPanel

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def trail(sqlite_db, ui_counsel, ui_adviser, small_register):  # noqa: F811
    """Three imports (consejera), one decision (asesor), thresholds and an account (consejera)."""
    pid = small_register["bicicletas"]
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_adviser, pid, "admitted", note="Materia de movilidad.")
    with sqlite_db.write() as s:
        tiers.set_thresholds(s, ui_counsel, 6_000, 12_000, 60_000, "Acuerdo del grupo redactor")
        users.add_user(s, ui_counsel, "mramirez", "clerk", "clave-1234", "Marisol Ramírez")
    return pid


@pytest.fixture
def browser(qtbot, sqlite_db, runner, spanish_ui, ui_counsel, qtmodeltester):  # noqa: F811
    def make() -> AuditBrowser:
        dialog = AuditBrowser(sqlite_db, ui_counsel, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtmodeltester.check(dialog.model)
        qtmodeltester.check(dialog.diff)
        return dialog

    return make


def column(dialog, col: int) -> list[str]:
    return [dialog.model.index(r, col).data() for r in range(dialog.model.rowCount())]


def by_user(dialog, name):
    with dialog._db.read() as s:
        return audit.browse(s, dialog._actor, user_name=name)


def all_rows(db, counsel):
    with db.read() as s:
        return audit.browse(s, counsel)


def test_everything_newest_first_with_filters_in_words(browser, trail, sqlite_db, ui_counsel):
    dialog = browser()
    every = all_rows(sqlite_db, ui_counsel)
    assert dialog.model.rowCount() == len(every)
    assert dialog.count_label.text() == f"{len(every)} registros"
    assert column(dialog, 2)[:3] == ["Alta", "Cambio de umbrales", "Decisión de admisibilidad"]
    assert column(dialog, 3)[:3] == ["Cuenta: mramirez", "Política de umbrales n.º 2",
                                     "Petición: Bicicletas seguras en avenidas"]
    assert column(dialog, 3)[-2:] == ["Cuenta: asesor", "Cuenta: consejera"]
    assert "Importación: monitoreo-2016-03-01.csv" in column(dialog, 3)
    assert [dialog.user_box.itemText(i) for i in range(dialog.user_box.count())] == [
        "Todos", "asesor", "consejera", "system"]
    kinds = [dialog.entity_box.itemText(i) for i in range(1, dialog.entity_box.count())]
    assert kinds == sorted(kinds) and {"Cuenta", "Importación", "Petición", "Política de umbrales"} <= set(kinds)


def test_filter_by_user_and_record_type(qtbot, browser, trail):
    dialog = browser()
    dialog.user_box.setCurrentIndex(dialog.user_box.findText("asesor"))
    assert column(dialog, 1) == ["asesor"]
    dialog.user_box.setCurrentIndex(dialog.user_box.findText("consejera"))
    assert set(column(dialog, 1)) == {"consejera"}
    assert len(column(dialog, 1)) == len(by_user(dialog, "consejera")) >= 5
    dialog.entity_box.setCurrentIndex(dialog.entity_box.findText("Importación"))
    assert column(dialog, 2) == ["Importación de monitoreo"] * 3
    dialog.user_box.setCurrentIndex(0)
    dialog.entity_box.setCurrentIndex(dialog.entity_box.findText("Cuenta"))
    assert column(dialog, 2) == ["Alta", "Alta", "Alta"]  # mramirez, asesor, consejera (by system)
    assert dialog.count_label.text() == "3 registros"


def test_the_details_show_an_admissibility_change_field_by_field(browser, trail):
    dialog = browser()
    dialog.set_filters(entity="petition")
    assert dialog.model.rowCount() == 1 and dialog.selected().action == "decide_admissibility"
    assert "Decisión de admisibilidad" in dialog.detail_title.text()
    assert "por asesor" in dialog.detail_title.text()
    assert dialog.diff.rows() == [
        ("Admisibilidad", "Pendiente", "Admitida"),
        ("Motivo", "—", "—"),
        ("Duplicada de (petición n.º)", "—", "—"),
        ("Nota", "—", "Materia de movilidad."),
    ]
    assert column(dialog, 4) == ["Admisibilidad: Pendiente → Admitida; Nota: — → Materia de movilidad."]


def test_thresholds_and_roles_are_shown_in_words(browser, trail):
    dialog = browser()
    dialog.set_filters(entity="policy")
    assert dialog.diff.rows()[:3] == [
        ("Umbral de revisión jurídica", "5,000", "6,000"),
        ("Umbral de audiencia ante el grupo redactor", "10,000", "12,000"),
        ("Umbral de audiencia con el jefe de gobierno", "50,000", "60,000"),
    ]
    dialog.set_filters(entity="user", user="consejera")
    assert ("Rol", "—", "Secretario de actas") in dialog.diff.rows()


def test_the_date_range_is_in_local_days(browser, trail, sqlite_db, mexico_time):
    # The decision happened late on 14 March local time, already 15 March in UTC.
    with sqlite_db.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.action == "decide_admissibility")
                  .values(at=datetime(2016, 3, 15, 4, 30)))
    dialog = browser()
    dialog.set_filters(date_from=date(2016, 3, 14), date_to=date(2016, 3, 14))
    assert column(dialog, 2) == ["Decisión de admisibilidad"]
    assert column(dialog, 0) == ["14 mar 2016, 22:30"]
    dialog.set_filters(date_from=date(2016, 3, 15), date_to=date(2016, 3, 15))
    assert dialog.model.rowCount() == 0 and dialog.count_label.text() == "0 registros"
    today = datetime.now().date()
    dialog.set_filters(date_from=today, date_to=today)
    assert "Decisión de admisibilidad" not in column(dialog, 2) and dialog.model.rowCount() > 0


def test_verify_reports_an_intact_trail(qtbot, browser, trail, sqlite_db, ui_counsel):
    dialog = browser()
    n = len(all_rows(sqlite_db, ui_counsel))
    with qtbot.waitSignal(dialog.verify().finished):
        pass
    assert dialog.verify_label.text() == f"Bitácora íntegra: {n} registros."


def test_verify_names_a_row_changed_outside_the_app_and_selects_it(qtbot, browser, trail, sqlite_db):
    with sqlite_db.write() as s:  # someone edits the decision straight in the database
        target = s.execute(AuditEntry.__table__.select().where(AuditEntry.action == "decide_admissibility")).one()
        s.execute(update(AuditEntry).where(AuditEntry.id == target.id)
                  .values(after=target.after.replace("admitted", "inadmissible")))
    dialog = browser()
    with qtbot.waitSignal(dialog.verify().finished):
        pass
    assert dialog.verify_label.text() == (
        f"Bitácora alterada: el registro n.º {target.id} se modificó fuera de la aplicación.")
    assert dialog.selected().id == target.id


def test_verify_names_where_a_row_was_deleted(qtbot, browser, trail, sqlite_db, ui_counsel):
    ids = [r.id for r in all_rows(sqlite_db, ui_counsel)]
    with sqlite_db.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == ids[3]))
    dialog = browser()
    with qtbot.waitSignal(dialog.verify().finished):
        pass
    assert dialog.verify_label.text() == (
        f"Bitácora alterada: antes del registro n.º {ids[2]} se borró o se insertó un registro fuera "
        "de la aplicación.")


def test_new_changes_appear_while_the_browser_is_open(qtbot, browser, trail, runner, sqlite_db, ui_counsel):  # noqa: F811
    dialog = browser()
    before = dialog.model.rowCount()

    def work(_progress):
        with sqlite_db.write() as s:
            return tiers.set_thresholds(s, ui_counsel, 7_000, 14_000, 70_000)

    with qtbot.waitSignal(runner.dataChanged):
        runner.submit(work, title="umbrales")
    assert dialog.model.rowCount() == before + 1


def test_screenshot_of_the_audit_browser(qtbot, browser, trail, qapp):
    dialog = browser()
    dialog.resize(1100, 680)
    with qtbot.waitSignal(dialog.verify().finished):
        pass
    dialog.select_id(next(r.id for r in dialog.model._rows if r.action == "decide_admissibility"))
    qapp.processEvents()
    image = dialog.grab().toImage()
    assert image.width() == 1100
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(ROOT / "docs" / "audit-browser.png"))


# ------------------------------------------------------------------------------ history panel

def test_the_history_lists_the_petitions_decisions_newest_first(qtbot, sqlite_db, spanish_ui, ui_counsel,
                                                               ui_adviser, small_register, mexico_time):  # noqa: F811
    pid = small_register["espacios-verdes"]
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_adviser, pid, "admitted", note="Procede.")
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_counsel, pid, "inadmissible", reason="duplicate",
                                       duplicate_of_url="https://www.change.org/p/agua-potable")
    panel = PetitionDetailPanel(sqlite_db, ui_adviser)
    qtbot.addWidget(panel)
    panel.resize(520, 900)
    panel.show()
    panel.show_petition(pid)
    history = panel.history
    assert history.toggle.text() == "Historial (2)"
    assert not history.entries.isVisible()
    history.toggle.click()
    assert history.entries.isVisible()
    assert [(r.user_name, r.action) for r in history.rows()] == [
        ("consejera", "decide_admissibility"), ("asesor", "decide_admissibility")]
    text = history.entries.text()
    assert text.index("consejera") < text.index("asesor")
    assert "Decisión de admisibilidad" in text
    assert "Admisibilidad: Pendiente → <b>Admitida</b>" in text
    assert "Admisibilidad: Admitida → <b>Inadmisible</b>" in text
    assert "Motivo: — → <b>Duplicada</b>" in text
    assert "Nota: Procede. → <b>—</b>" in text
    local = (history.rows()[0].at.replace(tzinfo=timezone.utc) - timedelta(hours=6)).strftime("%H:%M")
    assert f", {local}</b> — consejera" in text  # local time of Mexico City, from the stored UTC

    panel.show_petition(small_register["bicicletas"])
    assert history.toggle.text() == "Historial" and history.entries.text() == "Sin cambios registrados."
    assert history.is_expanded()  # the section stays open while the user moves through the list
