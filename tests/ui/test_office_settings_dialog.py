"""The counsel's "Membrete y documentos…" dialog: texts and letterhead saved together; a file that
is not a .docx is refused in one sentence and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow

from secretariat.services import office_settings
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel, ui_observer  # noqa: F401
from ui.views.office_settings_dialog import OfficeSettingsDialog, office_settings_action

DOCS = Path(__file__).resolve().parents[2] / "docs"


def docx_file(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Consejería Jurídica — Membrete"
    document.save(path)
    return path


@pytest.fixture
def dialog(qtbot, sqlite_db, runner, ui_counsel, spanish_ui):  # noqa: F811
    d = OfficeSettingsDialog(sqlite_db, ui_counsel, runner)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def stored(db, actor):
    with db.read() as s:
        return office_settings.office_settings(s, actor)


def test_it_opens_on_the_defaults(dialog):
    assert dialog.office_name.text() == "Secretaría de la Consejería Jurídica"
    assert dialog.classification.currentText() == "Uso interno"
    assert dialog.letterhead_label.text() == "Ninguno: los documentos usan el diseño predeterminado."
    assert not dialog.clear_button.isEnabled()


def test_texts_and_letterhead_are_saved_together(qtbot, dialog, sqlite_db, ui_counsel, tmp_path, monkeypatch):
    path = docx_file(tmp_path / "Membrete 2016.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    dialog.office_name.setText("Consejería Jurídica y de Servicios Legales")
    dialog.classification.setCurrentText("Reservado")
    dialog.choose_button.click()
    assert dialog.letterhead_label.text() == "Membrete 2016.docx (se guardará al pulsar Guardar)"
    DOCS.mkdir(exist_ok=True)
    dialog.layout().activate()
    assert dialog.grab().save(str(DOCS / "office-settings.png"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as done:
        dialog.save()
    assert done.args[0] == stored(sqlite_db, ui_counsel)
    assert (done.args[0].office_name, done.args[0].classification, done.args[0].letterhead_filename) == (
        "Consejería Jurídica y de Servicios Legales", "Reservado", "Membrete 2016.docx")


def test_a_file_that_is_not_a_docx_is_refused_and_nothing_changes(qtbot, dialog, sqlite_db, ui_counsel, tmp_path):
    before = stored(sqlite_db, ui_counsel)
    fake = tmp_path / "membrete.docx"
    fake.write_text("No soy un documento de Word.", encoding="utf-8")
    dialog.office_name.setText("Otra oficina")
    dialog.choose_letterhead(fake)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == ("El archivo «membrete.docx» no es un documento de Word (.docx) válido; se "
                                   "conserva el membrete anterior.")
    assert dialog.isVisible() and dialog.office_name.text() == "Otra oficina", "what the user typed stays"
    assert stored(sqlite_db, ui_counsel) == before, "the texts were not saved either"


def test_removing_the_letterhead(qtbot, dialog, sqlite_db, ui_counsel, runner, tmp_path):  # noqa: F811
    with sqlite_db.write() as s:
        office_settings.set_letterhead(s, ui_counsel, docx_file(tmp_path / "membrete.docx"))
    again = OfficeSettingsDialog(sqlite_db, ui_counsel, runner)
    qtbot.addWidget(again)
    assert again.letterhead_label.text() == "membrete.docx" and again.clear_button.isEnabled()
    again.clear_button.click()
    assert again.letterhead_label.text() == "Ninguno: los documentos usan el diseño predeterminado."
    with qtbot.waitSignal(again.saved, timeout=5000):
        again.save()
    assert stored(sqlite_db, ui_counsel).letterhead_filename is None


def test_the_menu_action_is_only_for_the_counsel(qtbot, sqlite_db, runner, ui_counsel, ui_observer, spanish_ui):  # noqa: F811
    window = QMainWindow()
    qtbot.addWidget(window)
    action = office_settings_action(window, sqlite_db, ui_counsel, runner)
    assert action.text() == "Membrete y &documentos…" and action.isVisible()
    assert not office_settings_action(window, sqlite_db, ui_observer, runner).isVisible()
    action.trigger()
    opened = window.findChild(OfficeSettingsDialog)
    assert opened is not None and opened.isVisible()
    opened.reject()
