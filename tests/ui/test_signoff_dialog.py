"""The clerk's sign-off dialog: the wording shown is what is approved, the answer binds to those
versions, a wording changed meanwhile is refused and can be reloaded, and the walkthrough the
issue asks for: the adviser writes → the clerk records the approval with evidence → the adviser
edits → the approval shows stale, with the redline one click away."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from secretariat.services import consultations
from tests.ui.consultation_support import case, consultations_tab, save_wording  # noqa: F401 - fixtures
from tests.ui.petition_data import ui_adviser  # noqa: F401
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from tests.ui.work_support import ui_clerk  # noqa: F401
from ui.views.signoff_dialog import SignoffDialog

NEW_WORDING = ("Las personas mayores tienen los derechos reconocidos en esta Constitución, en especial a la "
               "ciudad, a la movilidad, al cuidado y a una vida libre de violencia.")
EDITED_WORDING = ("Las personas mayores tienen los derechos reconocidos en esta Constitución, en especial a la "
                  "ciudad, a la movilidad segura, al cuidado y a una vida libre de violencia.")


@pytest.fixture
def open_tab(consultations_tab):  # noqa: F811
    return consultations_tab


@pytest.fixture
def open_dialog(qtbot, sqlite_db, runner, spanish_ui, case):  # noqa: F811
    def make(actor, slug: str) -> SignoffDialog:
        dialog = SignoffDialog(sqlite_db, actor, runner, case["ids"][slug])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def answers(db, actor, petition_id: int):
    with db.read() as s:
        return consultations.consultation_detail(s, actor, petition_id).history


def save_button(dialog: SignoffDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_walkthrough_write_approve_with_evidence_edit_and_the_approval_turns_stale(
        qtbot, open_tab, sqlite_db, ui_adviser, ui_clerk, case, tmp_path):  # noqa: F811
    mayores, art11f = case["ids"]["mayores"], case["prov"]["Art. 11, F"]
    # 1. the adviser saves new wording (version 2)
    save_wording(sqlite_db, ui_adviser, art11f, NEW_WORDING, "Propuesta tras la audiencia")
    # 2. the clerk records the approval with evidence in the real dialog
    tab = open_tab(ui_clerk)
    assert tab.show_petition(mayores)
    assert tab.current().state == "pending"
    tab.activateWindow()
    qtbot.waitUntil(lambda: tab.isActiveWindow())
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Ctrl+R
    qtbot.waitUntil(lambda: isinstance(tab.dialog, SignoffDialog) and tab.dialog.isVisible())
    dialog = tab.dialog
    shown = dialog.wording.toPlainText()
    assert "Art. 11, F" in shown and "versión 2" in shown and "una vida libre de violencia" in shown
    assert dialog.radios["approved"].isChecked()
    assert dialog.date.date() == QDate.currentDate() and dialog.date.displayFormat() == "dd/MM/yyyy"
    letter = tmp_path / "carta firmada Ruiz.pdf"
    letter.write_bytes(b"%PDF-1.4\n% carta de visto bueno (inventada)\n" + bytes(range(256)) * 20)
    dialog.file_chooser = lambda *args: (str(letter), "")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    digest = hashlib.sha256(letter.read_bytes()).hexdigest()
    label = dialog.evidence_label.text()
    assert "carta firmada Ruiz.pdf" in label and "5.0 KB" in label and digest in label
    dialog.set_method("signed_letter")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    recorded = saved.args[0]
    assert recorded.outcome == "approved" and recorded.method == "signed_letter"
    assert recorded.evidence_sha256 == digest and recorded.evidence_filename == "carta firmada Ruiz.pdf"
    assert [i.number for i in recorded.items] == [2]  # the version the dialog displayed
    assert recorded.recorded_by  # who recorded it
    qtbot.waitUntil(lambda: tab.current() is not None and tab.current().state == "approved")
    assert tab.state_buttons["approved"].text() == "Aprobadas (3)"
    assert "Se registró la respuesta" in tab.message.text()
    # 3. the adviser edits the wording (from another workstation: the window's poll reloads)
    save_wording(sqlite_db, ui_adviser, art11f, EDITED_WORDING, "Movilidad segura")
    tab.reload()
    # 4. the approval shows stale, stays on record, and the redline is one click away
    assert tab.current().petition_id == mayores and tab.current().state == "stale"
    assert tab.model.index(tab.model.row_of(mayores), 5).data() == "Desactualizada"
    assert tab.state_buttons["stale"].text() == "Desactualizadas (2)"
    stale = tab.detail.current_outcome()
    assert stale.id == recorded.id and stale.stale and stale.evidence_sha256 == digest
    assert "Desactualizada" in tab.detail.outcome_info.text()
    qtbot.mouseClick(tab.detail.changes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.objectName() == "changes_dialog"
                    and tab.dialog.isVisible())
    segments = tab.dialog.views[0].segments
    assert "".join(s.text for s in segments if s.op == "insert") == " segura"
    assert not [s for s in segments if s.op == "delete"]
    assert "versión 2 (aprobada) → versión 3 (vigente)" in tab.dialog.captions[0].text()


def test_a_wording_changed_while_the_dialog_was_open_is_refused_and_can_be_reloaded(
        qtbot, open_dialog, sqlite_db, ui_adviser, ui_clerk, case):  # noqa: F811
    mayores, art11f = case["ids"]["mayores"], case["prov"]["Art. 11, F"]
    dialog = open_dialog(ui_clerk, "mayores")
    assert "versión 1" in dialog.wording.toPlainText()
    dialog.set_method("email")
    dialog.remarks.setPlainText("Lo leyó con su hija.")
    save_wording(sqlite_db, ui_adviser, art11f, NEW_WORDING)  # meanwhile, on another workstation
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == ("La redacción de Art. 11, F cambió (versión 2) desde la versión 1 que se "
                                   "consultó; vuelva a consultar.")
    assert answers(sqlite_db, ui_clerk, mayores) == ()  # nothing written
    assert dialog.reload_button.isVisible()
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert "versión 2" in dialog.wording.toPlainText() and "vida libre de violencia" in dialog.wording.toPlainText()
    assert not dialog.error.isVisible() and not dialog.reload_button.isVisible()
    assert dialog.method.currentData() == "email" and dialog.remarks.toPlainText() == "Lo leyó con su hija."
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert [i.number for i in saved.args[0].items] == [2]


def test_remarks_are_required_to_approve_with_remarks_or_to_reject(qtbot, open_dialog, sqlite_db, ui_clerk,
                                                                   case):  # noqa: F811
    dialog = open_dialog(ui_clerk, "mayores")
    assert dialog.remarks_caption.text() == "Observaciones:"
    dialog.choose("rejected")
    assert dialog.remarks_caption.text() == "Observaciones (obligatorias):"
    dialog.set_method("in_person")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == "Un rechazo debe indicar las observaciones del peticionario; no se registró nada."
    dialog.choose("approved_with_remarks")
    dialog.save()
    qtbot.waitUntil(lambda: "con observaciones" in dialog.error.text())
    assert answers(sqlite_db, ui_clerk, case["ids"]["mayores"]) == ()
    dialog.remarks.setPlainText("Pide que se nombre expresamente el derecho al cuidado.")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0].outcome == "approved_with_remarks"
    assert saved.args[0].remarks == "Pide que se nombre expresamente el derecho al cuidado."


def test_the_method_must_be_chosen_and_the_date_cannot_be_in_the_future(qtbot, open_dialog, sqlite_db, ui_clerk,
                                                                        case):  # noqa: F811
    dialog = open_dialog(ui_clerk, "mayores")
    assert dialog.method.currentData() is None
    assert [dialog.method.itemText(i) for i in range(1, 4)] == ["En persona", "Carta firmada", "Correo electrónico"]
    assert dialog.save() is None
    assert dialog.error.text() == ("Elija cómo respondió el peticionario: en persona, carta firmada o "
                                   "correo electrónico.")
    dialog.date.setDate(QDate.currentDate().addDays(3))
    assert dialog.date.date() == QDate.currentDate()  # the calendar stops at today
    dialog.date.setDate(QDate(2016, 11, 4))
    assert dialog.date.text() == "04/11/2016"
    dialog.set_method("in_person")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args[0].decided_on == date(2016, 11, 4) and saved.args[0].evidence_sha256 is None


def test_an_observer_is_refused_by_the_service_even_with_the_dialog(qtbot, open_dialog, sqlite_db, ui_observer,
                                                                    case):  # noqa: F811
    dialog = open_dialog(ui_observer, "mayores")
    dialog.set_method("in_person")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "observador" in dialog.error.text().lower() or "permiso" in dialog.error.text().lower()
    assert not dialog.reload_button.isVisible()
    assert answers(sqlite_db, ui_observer, case["ids"]["mayores"]) == ()


def test_screenshot_of_the_signoff_dialog(qtbot, qapp, open_dialog, ui_clerk, case, tmp_path):  # noqa: F811
    """Saved to docs/signoff-dialog.png when SECRETARIAT_SCREENSHOTS=1."""
    dialog = open_dialog(ui_clerk, "agua")
    dialog.resize(760, 660)
    assert "Su respuesta del 12 oct 2016 quedó desactualizada porque cambió Art. 9, F, 2" in dialog.heading.text()
    dialog.choose("approved_with_remarks")
    dialog.remarks.setPlainText("Está de acuerdo; pide que la ley secundaria fije un mínimo de litros por persona.")
    dialog.date.setDate(QDate(2016, 11, 8))
    dialog.set_method("signed_letter")
    scan = tmp_path / "visto-bueno-pena-olvera.pdf"
    scan.write_bytes(b"%PDF-1.4\n% escaneo (inventado)\n" + bytes(range(256)) * 900)
    dialog.set_evidence(scan)
    for _ in range(3):
        qapp.processEvents()
    image = dialog.grab().toImage()
    assert "sha256" in dialog.evidence_label.text()
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(Path(__file__).resolve().parents[2] / "docs" / "signoff-dialog.png"))
