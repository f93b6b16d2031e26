"""The meeting dialog: the walkthrough from the worklist, the three-member rule, conflicts,
attachments that went missing or were altered, dates before the petition, and the roles."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import delete, update

from secretariat.models import AttachmentBlob
from secretariat.services import attachments, meetings
from tests.ui.petition_data import small_register, ui_adviser  # noqa: F401 - fixtures
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from tests.ui.work_support import TODAY, committee, duty_of, plan, ui_clerk  # noqa: F401
from ui.views.meeting_dialog import MeetingDialog
from ui.views.worklist import WorklistTab

HEARING_AT = datetime(2016, 3, 29, 10, 0)
LIMIT_SENTENCE = ("Una audiencia admite como máximo tres integrantes del grupo redactor; "
                  "no se agregó a Dr. Tomás Ugalde.")


@pytest.fixture
def dialog_for(qtbot, sqlite_db, runner, spanish_ui):  # noqa: F811
    def make(actor, **kw) -> MeetingDialog:
        dialog = MeetingDialog(sqlite_db, actor, runner, None, **kw)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def add_members(dialog: MeetingDialog, names) -> list[bool]:
    box = dialog.attendees_tab.member_box
    results = []
    for name in names:
        box.setCurrentIndex(box.findText(name))
        before = dialog.attendees_tab.model.rowCount()
        dialog.attendees_tab.member_button.click()
        results.append(dialog.attendees_tab.model.rowCount() == before + 1)
    return results


def people(dialog: MeetingDialog) -> list[tuple[str, str]]:
    return [(a.role, a.name) for a in dialog.attendees_tab.model.records()]


def save(qtbot, dialog: MeetingDialog, runner) -> None:  # noqa: F811
    with qtbot.waitSignal(runner.dataChanged, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_walkthrough_worklist_plan_hearing_hold_it_and_the_follow_up_appears(
        qtbot, sqlite_db, runner, spanish_ui, ui_adviser, small_register, committee, tmp_path):  # noqa: F811
    agua = small_register["agua-potable"]
    tab = WorklistTab(sqlite_db, ui_adviser, runner, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    hearing = duty_of(sqlite_db, ui_adviser, agua, "hearing")

    # 1. the worklist: select the hearing duty and plan it
    tab.select_ids([hearing.id])
    assert tab.plan_button.isEnabled() and not tab.meeting_button.isEnabled()
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, MeetingDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Planear reunión"
    assert dialog.heading.text() == "Agua potable para todas las colonias"
    assert dialog.kind() == "hearing" and dialog.kind_box.isEnabled()
    assert ("petitioner", "María Peña") in people(dialog)          # filled in from the petition
    assert dialog.attendees_tab.model.records()[-1].email == "maría@example.org"
    assert add_members(dialog, [m.name for m in committee[:3]]) == [True, True, True]
    box = dialog.attendees_tab.adviser_box
    box.setCurrentIndex(box.findText("asesor"))
    dialog.attendees_tab.adviser_button.click()
    dialog.set_starts_at(HEARING_AT)
    dialog.place.setText("Sala de juntas del grupo redactor")
    save(qtbot, dialog, runner)

    # 2. the duty is now scheduled and points to its meeting
    qtbot.waitUntil(lambda: tab.model.duty(tab.model.row_of(hearing.id)).meeting_id is not None)
    row = tab.model.duty(tab.model.row_of(hearing.id))
    assert row.status == "scheduled"
    assert tab.selected_ids() == [hearing.id] and tab.meeting_button.isEnabled()

    # 3. open the meeting and record it as held, with minutes, an agreement and an attachment
    qtbot.mouseClick(tab.meeting_button, Qt.MouseButton.LeftButton)
    held = tab.dialog
    assert held.windowTitle() == "Reunión: Audiencia" and held.starts_at() == HEARING_AT
    assert sorted(n for r, n in people(held) if r == "committee") == sorted(m.name for m in committee[:3])
    held.set_status("held")
    held.minutes.setPlainText("La peticionaria expuso la propuesta; el grupo redactor pidió datos de consumo.")
    held.agreements_tab.add("Enviar cifras de consumo por colonia", "asesor", TODAY.replace(day=31))
    minuta = tmp_path / "minuta-firmada.pdf"
    minuta.write_bytes(b"%PDF-1.4 minuta firmada " * 200)
    held.add_attachment_path(minuta)
    save(qtbot, held, runner)
    assert held.result.change.status_after == "held"

    # 4. the hearing duty is done and the follow-up duty appears in the worklist
    qtbot.waitUntil(lambda: tab.model.row_of(hearing.id) == -1)
    follow = [d for d in tab.model.rows() if d.petition_id == agua and d.kind == "follow_up"]
    assert len(follow) == 1 and follow[0].status == "open"
    assert held.result.change.follow_up_created == follow[0].id
    with sqlite_db.read() as s:
        detail = meetings.meeting_detail(s, ui_adviser, row.meeting_id)
    assert detail.minutes.startswith("La peticionaria expuso")
    assert [(a.text, a.owner_name) for a in detail.agreements] == [("Enviar cifras de consumo por colonia", "asesor")]
    assert [(a.filename, a.sha256) for a in detail.attachments] == \
        [("minuta-firmada.pdf", hashlib.sha256(minuta.read_bytes()).hexdigest())]


def test_the_fourth_committee_member_in_a_hearing_is_refused_in_the_dialog(
        qtbot, dialog_for, ui_adviser, small_register, committee, sqlite_db):  # noqa: F811
    dialog = dialog_for(ui_adviser, petition_id=small_register["agua-potable"], kind="hearing")
    assert add_members(dialog, [m.name for m in committee]) == [True, True, True, False]
    assert dialog.error.isVisible() and dialog.error.text() == LIMIT_SENTENCE
    assert dialog.attendees_tab.committee_count() == 3
    assert "3 de 3" in dialog.attendees_tab.committee_label.text()
    # the same rule as the service: another kind of meeting may have four
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("other"))
    assert add_members(dialog, [committee[3].name]) == [True]
    # back to a hearing with four: the service refuses the whole plan, the form stays as typed
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("hearing"))
    dialog.error.hide()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("Una audiencia admite como máximo tres integrantes del grupo redactor")
    assert dialog.isVisible() and dialog.attendees_tab.committee_count() == 4
    with sqlite_db.read() as s:
        assert meetings.list_meetings(s, ui_adviser) == []


def test_a_member_added_elsewhere_meanwhile_gives_the_conflict_and_reload_shows_theirs(
        qtbot, dialog_for, ui_adviser, ui_counsel, small_register, committee, sqlite_db, runner):  # noqa: F811
    agua = small_register["agua-potable"]
    planned = plan(sqlite_db, ui_adviser, agua, HEARING_AT, members=committee[:2])
    dialog = dialog_for(ui_adviser, meeting_id=planned.row.id)
    assert add_members(dialog, [committee[2].name]) == [True]
    dialog.minutes.setPlainText("Borrador de minuta.")
    with sqlite_db.write() as s:  # meanwhile someone adds the third member on another workstation
        meetings.add_attendee(s, ui_counsel, planned.row.id, meetings.AttendeeDraft("committee", member_id=committee[3].id))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("Otra persona modificó")  # the conflict is reported first
    assert dialog.isVisible() and dialog.minutes.toPlainText() == "Borrador de minuta."
    assert dialog.reload_button.isVisible()
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    dialog.reload_button.click()  # take theirs: four would be too many, so the list shows the saved three
    assert dialog.conflict is None  # reloading answers the side-by-side question too
    assert sorted(n for r, n in people(dialog) if r == "committee") == \
        sorted(m.name for m in (committee[0], committee[1], committee[3]))
    assert dialog.minutes.toPlainText() == ""


def test_two_people_editing_the_same_meeting_get_the_conflict_sentence(
        qtbot, dialog_for, ui_adviser, ui_counsel, small_register, sqlite_db):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    dialog = dialog_for(ui_adviser, meeting_id=planned.row.id)
    assert not dialog.reload_button.isVisible()
    dialog.place.setText("Auditorio")
    with sqlite_db.write() as s:
        meetings.set_minutes(s, ui_counsel, planned.row.id, "Minuta de la consejera.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("Otra persona modificó") and dialog.error.text().count("\n") == 0
    assert dialog.isVisible() and dialog.place.text() == "Auditorio"
    with sqlite_db.read() as s:
        assert meetings.meeting_detail(s, ui_adviser, planned.row.id).row.place == "Sala de juntas"


def test_a_date_before_the_petition_existed_is_refused_and_nothing_is_written(
        qtbot, dialog_for, ui_adviser, small_register, sqlite_db):  # noqa: F811
    dialog = dialog_for(ui_adviser, petition_id=small_register["agua-potable"], kind="hearing")
    dialog.set_starts_at(datetime(2016, 2, 10, 10, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith("La reunión no puede ser el")
    assert dialog.isVisible()
    with sqlite_db.read() as s:
        assert meetings.list_meetings(s, ui_adviser) == []


@pytest.mark.parametrize("damage, sentence", [
    ("alter", "fue alterada"),
    ("delete", "Falta la copia guardada"),
])
def test_opening_an_attachment_verifies_it(qtbot, dialog_for, ui_adviser, small_register, sqlite_db, runner,
                                           tmp_path, damage, sentence):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    source = tmp_path / "oficio.txt"
    source.write_text("Oficio de invitación a la audiencia.", encoding="utf-8")
    with sqlite_db.write() as s:
        row = attachments.add_attachment(s, ui_adviser, planned.row.id, source)
    dialog = dialog_for(ui_adviser, meeting_id=planned.row.id)
    dialog.open_dir = tmp_path / "abiertos"
    opened = []
    dialog.opener = opened.append
    item = dialog.attachments_tab.model.records()[0]
    with qtbot.waitSignal(dialog.runner.dataChanged, raising=False, timeout=200):
        task = dialog.open_attachment(item)
    qtbot.waitUntil(lambda: not task.is_active())
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()).read_text(encoding="utf-8") == "Oficio de invitación a la audiencia."
    with sqlite_db.write() as s:  # the stored copy is damaged behind the application's back
        blob = AttachmentBlob.__table__
        if damage == "alter":
            s.execute(update(blob).where(blob.c.sha256 == row.sha256).values(content=b"otro contenido"))
        else:
            s.execute(delete(blob).where(blob.c.sha256 == row.sha256))
    task = dialog.open_attachment(item)
    qtbot.waitUntil(lambda: not task.is_active())
    assert len(opened) == 1  # nothing opened, nothing replaced
    assert sentence in dialog.error.text() and "oficio.txt" in dialog.error.text()
    assert dialog.error.text().count(".") <= 2 and "\n" not in dialog.error.text()
    state = dialog.attachments_tab.model.index(0, 3).data()
    assert state == ("Alterado" if damage == "alter" else "Falta la copia")


def test_a_clerk_records_but_does_not_plan_and_an_observer_only_reads(
        qtbot, dialog_for, ui_adviser, ui_clerk, ui_observer, small_register, sqlite_db, runner):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    clerk = dialog_for(ui_clerk, meeting_id=planned.row.id)
    assert not clerk.status_box.isEnabled() and not clerk.starts.isEnabled() and not clerk.place.isEnabled()
    assert clerk.save_button.isVisible() and not clerk.minutes.isReadOnly()
    assert not clerk.attendees_tab.editor.isHidden()  # in a tab not shown yet
    clerk.minutes.setPlainText("Minuta levantada por el secretario de actas.")
    save(qtbot, clerk, runner)
    with sqlite_db.read() as s:
        assert meetings.meeting_detail(s, ui_adviser, planned.row.id).minutes.startswith("Minuta levantada")

    observer = dialog_for(ui_observer, meeting_id=planned.row.id)
    assert not observer.save_button.isVisible() and observer.minutes.isReadOnly()
    assert observer.attendees_tab.editor.isHidden() and observer.attachments_tab.add_button.isHidden()
    assert observer.buttons.button(observer.buttons.StandardButton.Cancel).text() == "Cerrar"


def test_the_dialog_models_pass_the_model_tester(qtmodeltester, dialog_for, ui_adviser, small_register,
                                                  committee):  # noqa: F811
    dialog = dialog_for(ui_adviser, petition_id=small_register["agua-potable"], kind="hearing")
    add_members(dialog, [committee[0].name])
    dialog.agreements_tab.add("Revisar redacción", "asesor")
    for model in (dialog.attendees_tab.model, dialog.agreements_tab.model, dialog.attachments_tab.model):
        qtmodeltester.check(model)


def test_a_saved_meeting_exports_its_invitation(dialog_for, ui_adviser, small_register, sqlite_db, tmp_path):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    new = dialog_for(ui_adviser, petition_id=small_register["agua-potable"], kind="hearing")
    assert not new.ics_button.isVisible()  # nothing saved yet to invite to
    dialog = dialog_for(ui_adviser, meeting_id=planned.row.id)
    assert dialog.ics_button.isVisible()
    path = dialog.export_ics(str(tmp_path / "audiencia.ics"))
    text = Path(path).read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "SUMMARY:Audiencia ante el grupo redactor: Agua potable" in text
    assert dialog.export_ics(str(tmp_path / "no-existe" / "x.ics")) is None
    assert dialog.error.text().startswith("No se pudo guardar el archivo")


def test_the_counsel_keeps_the_committee_roster_and_others_read_it(qtbot, sqlite_db, runner, spanish_ui,
                                                                   ui_counsel, ui_adviser, committee):  # noqa: F811
    from ui.views.rosters_dialog import RostersDialog

    dialog = RostersDialog(sqlite_db, ui_counsel, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.count_label.text() == "4 de 28 integrantes activos"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == \
        ["Grupo redactor", "Asesoría jurídica", "Plazos y adjuntos"]
    dialog.name.setText("Mtra. Elvira Sámano")
    dialog.note.setText("Académica de la UNAM")
    with qtbot.waitSignal(runner.dataChanged):
        dialog.add_member()
    qtbot.waitUntil(lambda: dialog.count_label.text() == "5 de 28 integrantes activos")
    assert dialog.current().name == "Mtra. Elvira Sámano"
    with qtbot.waitSignal(runner.dataChanged):
        dialog.toggle_member()
    qtbot.waitUntil(lambda: dialog.count_label.text() == "4 de 28 integrantes activos")
    assert dialog.members.index(dialog.member_table.currentIndex().row(), 1).data() == "Inactivo"
    dialog.name.setText(committee[0].name)  # a repeated name is refused with its sentence
    dialog.add_member()
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == f"Ya existe un integrante del grupo redactor llamado {committee[0].name}."
    dialog.days["hearing"].setValue(21)
    with qtbot.waitSignal(runner.dataChanged):
        dialog.save_settings()
    from secretariat.services import duties

    with sqlite_db.read() as s:
        assert duties.due_days(s, ui_counsel)["hearing"] == 21

    reader = RostersDialog(sqlite_db, ui_adviser, runner)
    qtbot.addWidget(reader)
    reader.show()
    assert not reader.add_button.isVisibleTo(reader) and reader.tabs.count() == 2
    assert reader.members.rowCount() == 5


def test_planning_another_kind_than_the_duty_leaves_that_duty_open(qtbot, dialog_for, ui_adviser, small_register,
                                                                   sqlite_db, runner):  # noqa: F811
    agua = small_register["agua-potable"]
    hearing = duty_of(sqlite_db, ui_adviser, agua, "hearing")
    dialog = dialog_for(ui_adviser, petition_id=agua, kind="hearing", duty_id=hearing.id)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("other"))
    dialog.set_starts_at(HEARING_AT)
    save(qtbot, dialog, runner)
    assert duty_of(sqlite_db, ui_adviser, agua, "hearing").status == "open"
    with sqlite_db.read() as s:
        assert [m.kind for m in meetings.list_meetings(s, ui_adviser, petition_id=agua)] == ["other"]


def conflicting_edit(qtbot, dialog_for, sqlite_db, ui_adviser, ui_counsel, meeting_id):  # noqa: F811
    """The adviser edits place and minutes; meanwhile the counsel saves other minutes and reschedules."""
    dialog = dialog_for(ui_adviser, meeting_id=meeting_id)
    dialog.place.setText("Auditorio")
    dialog.minutes.setPlainText("Minuta del asesor.")
    assert dialog.agreements_tab.add("Enviar la propuesta", "Ana Torres")
    with sqlite_db.write() as s:  # another workstation saves first
        meetings.set_minutes(s, ui_counsel, meeting_id, "Minuta de la consejera.")
        meetings.add_agreement(s, ui_counsel, meeting_id, "Revisar la redacción", "Luis Pérez", None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    return dialog, dialog.conflict


def stored(sqlite_db, actor, meeting_id):
    with sqlite_db.read() as s:
        return meetings.meeting_detail(s, actor, meeting_id)


def test_the_second_writer_sees_both_versions_of_the_meeting_side_by_side(
        qtbot, dialog_for, ui_adviser, ui_counsel, small_register, sqlite_db):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    dialog, conflict = conflicting_edit(qtbot, dialog_for, sqlite_db, ui_adviser, ui_counsel, planned.row.id)
    assert conflict.windowTitle() == "Otra persona guardó esta reunión"
    assert dialog.error.text().startswith("Otra persona modificó")
    texts = {field: (a.text(), b.text()) for field, (a, b) in conflict.cells.items()}
    assert texts["place"] == ("Auditorio", "Sala de juntas")
    assert texts["minutes"] == ("Minuta del asesor.", "Minuta de la consejera.")
    assert texts["agreements"] == ("1", "1")  # one each, but not the same one
    assert texts["status"][0] == texts["status"][1] != "—"
    assert texts["when"][0] == texts["when"][1] and texts["when"][0].startswith("29/03/2016 10:00–")
    assert conflict.cells["place"][0].property("differs") is True
    assert conflict.cells["when"][0].property("differs") is False


def test_keep_mine_saves_the_form_over_the_other_persons_meeting(
        qtbot, dialog_for, ui_adviser, ui_counsel, small_register, sqlite_db, runner):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    dialog, conflict = conflicting_edit(qtbot, dialog_for, sqlite_db, ui_adviser, ui_counsel, planned.row.id)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        conflict.keep_mine()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    d = stored(sqlite_db, ui_adviser, planned.row.id)
    assert (d.row.place, d.minutes) == ("Auditorio", "Minuta del asesor.")
    assert sorted(a.text for a in d.agreements) == ["Enviar la propuesta", "Revisar la redacción"]


def test_use_theirs_reloads_the_form_and_saves_nothing(
        qtbot, dialog_for, ui_adviser, ui_counsel, small_register, sqlite_db):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    dialog, conflict = conflicting_edit(qtbot, dialog_for, sqlite_db, ui_adviser, ui_counsel, planned.row.id)
    before = stored(sqlite_db, ui_adviser, planned.row.id)
    conflict.use_theirs()
    assert dialog.conflict is None and dialog.isVisible() and not dialog.error.isVisible()
    assert dialog.place.text() == "Sala de juntas"
    assert dialog.minutes.toPlainText() == "Minuta de la consejera."
    assert [a.text for a in dialog.agreements_tab.model.records()] == ["Revisar la redacción"]
    assert stored(sqlite_db, ui_adviser, planned.row.id) == before


def test_keep_editing_leaves_the_form_intact_and_the_next_save_asks_again(
        qtbot, dialog_for, ui_adviser, ui_counsel, small_register, sqlite_db):  # noqa: F811
    planned = plan(sqlite_db, ui_adviser, small_register["agua-potable"], HEARING_AT)
    dialog, conflict = conflicting_edit(qtbot, dialog_for, sqlite_db, ui_adviser, ui_counsel, planned.row.id)
    qtbot.keyClick(conflict, Qt.Key.Key_Escape)
    assert dialog.conflict is None and dialog.isVisible()
    assert (dialog.place.text(), dialog.minutes.toPlainText()) == ("Auditorio", "Minuta del asesor.")
    assert [a.text for a in dialog.agreements_tab.model.records()] == ["Enviar la propuesta"]
    d = stored(sqlite_db, ui_adviser, planned.row.id)
    assert (d.row.place, d.minutes) == ("Sala de juntas", "Minuta de la consejera.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # still the old version: asked again
    qtbot.waitUntil(lambda: dialog.conflict is not None and dialog.conflict.isVisible())
    assert stored(sqlite_db, ui_adviser, planned.row.id).minutes == "Minuta de la consejera."
