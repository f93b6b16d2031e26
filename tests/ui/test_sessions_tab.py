"""The "Sesiones" tab as the counsel meets it: a new session, "Proponer orden del día", reordering
with the keyboard, removing an item after confirming; an observer only reads; two workstations."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTabWidget

from secretariat.services import sessions
from tests.ui.petition_data import _row, import_rows, small_register  # noqa: F401 - fixture
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from tests.ui.work_support import MEMBERS, committee  # noqa: F401
from ui.models.agenda_model import AgendaModel
from ui.models.sessions_model import COLUMN_INDEX, RosterChecksModel, SessionsModel
from ui.views.session_dialogs import NewSessionDialog
from ui.views.sessions_tab import SessionsTab, install_sessions_tab

DOCS = Path(__file__).resolve().parents[2] / "docs"
FIRST = date(2016, 3, 8)


def _utc(day: int, hour: int) -> datetime:
    return datetime(2016, 3, day, hour)  # naive UTC, as the tables store it (noon in Mexico City at 18h)


@pytest.fixture
def first_session(sqlite_db, ui_counsel, small_register, committee):  # noqa: F811
    """The session of 8 March, proposed; then, before 15 March: two new petitions cross tiers, two
    provisions get new wording and "Agua potable" is approved."""
    from secretariat.models import ConsultationOutcome, Provision, ProvisionVersion

    with sqlite_db.write() as s:
        detail = sessions.create_session(s, ui_counsel, FIRST, starts_at=datetime(2016, 3, 8, 17, 0),
                                         place="Sala de juntas de la Consejería",
                                         member_ids=[m.id for m in committee[:3]])
        detail = sessions.propose_agenda(s, ui_counsel, detail.row.id)
    import_rows(sqlite_db, ui_counsel, [
        _row(2, "mercados", "Mercados públicos dignos", ("Rosa Medina",), "Abasto", 5_600, date(2016, 3, 11)),
        _row(3, "ciclovias", "Ciclovías continuas y seguras", ("Iván Tello",), "Movilidad", 10_800,
             date(2016, 3, 11))])
    with sqlite_db.write() as s:
        art9 = Provision(kind="articulo", citation="Art. 9", heading="Ciudad solidaria", position=1)
        art16 = Provision(kind="articulo", citation="Art. 16", heading="Ordenamiento territorial", position=2)
        s.add_all([art9, art16])
        s.flush()
        a3 = Provision(kind="apartado", citation="Art. 16, A, 3", heading="Movilidad", position=1, parent_id=art16.id)
        s.add(a3)
        s.flush()
        for prov, text, at in ((a3, "Toda persona tiene derecho a una movilidad segura.", _utc(10, 18)),
                               (art9, "La Ciudad garantiza el acceso al agua potable.", _utc(14, 18))):
            s.add(ProvisionVersion(provision_id=prov.id, number=1, text=text, created_at=at, status="proposed",
                                   text_sha256=hashlib.sha256(text.encode()).hexdigest()))
        s.add(ConsultationOutcome(petition_id=small_register["agua-potable"], outcome="approved",
                                  decided_on=date(2016, 3, 14), method="in_person", wording_sha256="0" * 64,
                                  recorded_at=_utc(14, 19)))
    return detail


@pytest.fixture
def tab(qtbot, sqlite_db, runner, spanish_ui):  # noqa: F811
    def make(actor) -> SessionsTab:
        widget = SessionsTab(sqlite_db, actor, runner)
        qtbot.addWidget(widget)
        widget.resize(1400, 820)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def activate(qtbot, window) -> None:
    """Make ``window`` the active window (keyboard shortcuts need it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def answer_next_box(qtbot, caption: str) -> list[str]:
    """Click the button called ``caption`` on the next message box that opens; returns its text."""
    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            button = next(b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == caption)
            button.click()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def agenda_titles(tab: SessionsTab) -> list[str]:
    return [i.title for i in tab.agenda.model.items()]


# ------------------------------------------------------------------------------ models

def test_the_models_pass_qt_model_tester(qapp, qtmodeltester, sqlite_db, ui_counsel, first_session, committee):  # noqa: F811
    model = SessionsModel(sqlite_db, ui_counsel)
    qtmodeltester.check(model)
    assert model.index(0, COLUMN_INDEX["held_on"]).data() in ("8 de marzo de 2016, 17:00", "8 March 2016, 17:00")
    with sqlite_db.write() as s:
        sessions.create_session(s, ui_counsel, date(2016, 3, 15))
    model.refresh()
    assert model.rowCount() == 2 and model.session(0).held_on == date(2016, 3, 15)
    qtmodeltester.check(model)

    agenda = AgendaModel()
    agenda.set_agenda(first_session.agenda)
    qtmodeltester.check(agenda)
    agenda.set_agenda(first_session.agenda[::-1][:3])
    qtmodeltester.check(agenda)

    roster = RosterChecksModel()
    roster.set_members(committee, [committee[1].id])
    qtmodeltester.check(roster)
    roster.set_checked(committee[0].id, True)
    assert roster.checked_ids() == [committee[0].id, committee[1].id]


def test_the_list_shows_the_day_place_and_counts(tab, ui_counsel, first_session):
    w = tab(ui_counsel)
    m = w.model
    assert [m.index(0, c).data() for c in range(4)] == [
        "8 de marzo de 2016, 17:00", "Sala de juntas de la Consejería", "3", str(len(first_session.agenda))]
    assert w.current().id == first_session.row.id, "the newest session is selected on opening"
    assert w.form.place.text() == "Sala de juntas de la Consejería"
    assert sorted(w.form.roster.checked_ids()) == sorted(a.member_id for a in first_session.attendees)


# ------------------------------------------------------------------------------ the walkthrough

def test_create_propose_reorder_and_remove(qtbot, tab, ui_counsel, first_session, sqlite_db, small_register):  # noqa: F811
    w = tab(ui_counsel)
    # 1. a new session: the dialog proposes a week after the newest one, same place and members
    dialog = w.new_session()
    assert isinstance(dialog, NewSessionDialog)
    assert dialog.date.date() == QDate(2016, 3, 15) and dialog.place.text() == "Sala de juntas de la Consejería"
    dialog.has_time.setChecked(True)
    dialog.time.setTime(QTime(16, 30))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: w.current() is not None and w.current().held_on == date(2016, 3, 15))
    assert w.message.text() == "Se creó la sesión del 15 de marzo de 2016."
    assert sorted(w.form.roster.checked_ids()) == sorted(a.member_id for a in first_session.attendees)
    assert w.agenda.model.rowCount() == 0 and w.export_button.isEnabled()

    # 2. propose: the agenda was empty, so nobody is asked
    w.agenda.propose_button.click()
    qtbot.waitUntil(lambda: w.agenda.model.rowCount() > 0)
    titles = agenda_titles(w)
    assert titles == [
        "Audiencia: Ciclovías continuas y seguras", "Audiencia: Agua potable para todas las colonias",
        "Art. 9 — Ciudad solidaria", "Art. 16, A, 3 — Movilidad", "Visto bueno: Agua potable para todas las colonias",
        "Nuevo nivel (revisión jurídica): Ciclovías continuas y seguras",
        "Nuevo nivel (revisión jurídica): Mercados públicos dignos", "Asuntos generales"]
    assert w.message.text() == "Se propuso el orden del día; revíselo y ajústelo."

    # 3. reorder from the keyboard: the last real item goes up one place, the selection follows it
    moved = w.agenda.model.item(len(titles) - 2)
    w.agenda.select_item(moved.id)
    activate(qtbot, w)
    w.agenda.table.setFocus()
    qtbot.keyClick(w.agenda.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: agenda_titles(w).index(moved.title) == len(titles) - 3)
    assert w.agenda.current().id == moved.id
    qtbot.keyClick(w.agenda.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: agenda_titles(w) == titles)

    # 4. remove the first item: asked first ("No" keeps it), then removed
    first = w.agenda.model.item(0)
    w.agenda.select_item(first.id)
    asked = answer_next_box(qtbot, "No")
    w.agenda.remove_button.click()
    assert asked == [f"¿Quitar del orden del día el punto 1, «{first.title}»?"]
    assert agenda_titles(w) == titles
    answer_next_box(qtbot, "Sí")
    w.agenda.remove_button.click()
    qtbot.waitUntil(lambda: agenda_titles(w) == titles[1:])
    assert [i.position for i in w.agenda.model.items()] == list(range(1, len(titles)))

    # 5. proposing again asks; "add only what is new" brings back just the removed item
    asked = answer_next_box(qtbot, "Agregar solo lo nuevo")
    w.agenda.propose_button.click()
    qtbot.waitUntil(lambda: len(agenda_titles(w)) == len(titles))
    assert asked and "¿Reemplazarlos por la propuesta" in asked[0]
    assert agenda_titles(w)[-2:] == [titles[0], "Asuntos generales"]

    DOCS.mkdir(exist_ok=True)
    w.agenda.select_item(w.agenda.model.item(1).id)
    assert w.grab().save(str(DOCS / "sessions.png"))
    with sqlite_db.read() as s:
        stored = sessions.session_on(s, ui_counsel, date(2016, 3, 15))
    assert [i.title for i in stored.agenda] == agenda_titles(w)
    assert stored.row.starts_at == datetime(2016, 3, 15, 16, 30)


def test_a_second_session_on_the_same_day_is_refused_in_the_dialog(qtbot, tab, ui_counsel, first_session):
    w = tab(ui_counsel)
    dialog = w.new_session()
    dialog.date.setDate(QDate(2016, 3, 8))
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == ("Ya hay una sesión del grupo redactor el 8 de marzo de 2016; solo puede haber "
                                   "una por día.")
    assert dialog.isVisible() and w.model.rowCount() == 1
    dialog.reject()


def test_saving_data_and_attendees_and_a_conflict_from_another_workstation(qtbot, tab, ui_counsel, first_session,
                                                                          sqlite_db, committee):  # noqa: F811
    w = tab(ui_counsel)
    form = w.form
    form.place.setText("Salón Verde")
    form.place.textEdited.emit("Salón Verde")
    form.roster.set_checked(committee[3].id, True)
    form.guests.setText("Lic. Mateo Ruiz (Asesor jurídico); Ing. Rocío Gamboa")
    assert form.is_dirty() and form.discard_button.isEnabled()
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_dirty())
    with sqlite_db.read() as s:
        stored = sessions.session_on(s, ui_counsel, FIRST)
    assert stored.row.place == "Salón Verde"
    assert {a.name for a in stored.attendees if a.member_id} == set(MEMBERS)
    assert [(a.name, a.role) for a in stored.attendees if a.member_id is None] == [
        ("Lic. Mateo Ruiz", "Asesor jurídico"), ("Ing. Rocío Gamboa", "")]
    # another workstation moves the session while the user types here
    form.place.setText("Sala 3")
    form.place.textEdited.emit("Sala 3")
    with sqlite_db.write() as s:
        sessions.update_session(s, ui_counsel, stored.row.id, place="Auditorio")
    form.save_button.click()
    qtbot.waitUntil(lambda: "mientras usted lo editaba" in w.message.text())
    assert form.place.text() == "Sala 3", "what the user typed stays"
    form.discard_button.click()
    assert form.place.text() == "Auditorio" and not form.is_dirty()


def test_an_agenda_change_does_not_make_the_unsaved_form_conflict(qtbot, tab, ui_counsel, first_session, sqlite_db):
    w = tab(ui_counsel)
    w.form.place.setText("Salón Verde")
    w.form.place.textEdited.emit("Salón Verde")
    w.agenda.select_item(w.agenda.model.item(1).id)
    w.agenda.up_button.click()
    qtbot.waitUntil(lambda: w.agenda.model.item(0).id == first_session.agenda[1].id)
    assert w.form.place.text() == "Salón Verde" and w.form.is_dirty()
    w.form.save_button.click()
    qtbot.waitUntil(lambda: not w.form.is_dirty())
    with sqlite_db.read() as s:
        assert sessions.session_on(s, ui_counsel, FIRST).row.place == "Salón Verde"


def test_deleting_a_session_asks_first(qtbot, tab, ui_counsel, first_session, sqlite_db):
    w = tab(ui_counsel)
    asked = answer_next_box(qtbot, "No")
    w.delete_button.click()
    assert asked and asked[0].startswith("¿Eliminar la sesión del 8 de marzo de 2016")
    assert w.model.rowCount() == 1
    answer_next_box(qtbot, "Sí")
    w.delete_button.click()
    qtbot.waitUntil(lambda: w.model.rowCount() == 0)
    assert w.current() is None and not w.export_button.isEnabled() and not w.form.isEnabled()


# ------------------------------------------------------------------------------ roles and wiring

def test_an_observer_reads_only_and_can_ask_for_the_packet(qtbot, tab, ui_observer, first_session):  # noqa: F811
    w = tab(ui_observer)
    hidden = (w.new_button, w.delete_button, w.form.save_button, w.agenda.propose_button, w.agenda.add_button,
              w.agenda.remove_button, w.agenda.up_button, w.agenda.down_button)
    assert not any(b.isVisible() for b in hidden)
    assert w.form.place.isReadOnly() and w.form.date.isReadOnly()
    assert not (w.form.roster.flags(w.form.roster.index(0)) & Qt.ItemFlag.ItemIsUserCheckable)
    assert w.agenda.model.rowCount() == len(first_session.agenda)
    assert w.agenda.remove_item(confirm=False) is None and w.new_session() is None and w.form.save() is None
    with qtbot.waitSignal(w.exportPacketRequested) as asked:
        w.export_button.click()
    assert asked.args == [FIRST]


def test_no_session_no_packet(tab, ui_counsel):
    w = tab(ui_counsel)
    assert w.model.rowCount() == 0
    assert not w.export_button.isEnabled() and not w.delete_button.isEnabled()
    assert w.form.heading.text() == "Elija una sesión de la lista o cree una nueva."


def test_install_adds_the_tab(qtbot, sqlite_db, runner, ui_counsel, spanish_ui):  # noqa: F811
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tab = install_sessions_tab(None, tabs, sqlite_db, ui_counsel, runner)
    assert tabs.count() == 1 and tabs.tabText(0) == "Sesiones" and tabs.widget(0) is tab
