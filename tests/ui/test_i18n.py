"""Interface language: Spanish by default (with Qt's own dialogs in Spanish), English from the .ts."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

import ui.i18n as i18n
from tests.ui.support import isolated_settings  # noqa: F401 - fixture
from ui.labels import event_label, tier_label
from ui.views.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "ui" / "i18n" / "secretariat_en.ts"


@pytest.fixture(scope="session")
def compiled_qm(tmp_path_factory) -> Path:
    """The English catalogue compiled with pyside6-lrelease (.qm files are built, not committed)."""
    folder = tmp_path_factory.mktemp("qm")
    assert i18n.compile_ts(TS, folder / "secretariat_en.qm")
    return folder


@pytest.fixture
def english(qapp, compiled_qm, isolated_settings):
    i18n.install_translators(qapp, "en", qm_dir=compiled_qm)
    yield qapp
    i18n.install_translators(qapp, "es")


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_english_translates_the_window_and_its_labels(qtbot, english):
    from ui.views.sign_in import SignInDialog

    assert QCoreApplication.translate("Labels", "Revisión jurídica") == "Legal review"
    assert tier_label("hearing") == "Hearing before the drafting committee"
    assert event_label("reverted:review") == "Reverted: Legal review"
    dialog = SignInDialog(db=None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Secretariat — Sign in"
    assert dialog.ok_button.text() == "&Sign in"
    assert _cancel_text() == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_spanish_is_the_default_and_qt_dialogs_speak_it(qtbot, qapp, isolated_settings, monkeypatch):
    monkeypatch.delenv("SECRETARIAT_LANG")
    assert i18n.current_language() == "es"
    i18n.install_translators(qapp)
    assert _cancel_text() == "Cancelar"
    assert tier_label("review") == "Revisión jurídica"
    assert QLocale().toString(63508) == "63,508"  # es-MX groups thousands with a comma
    assert QLocale().territory() == QLocale.Country.Mexico


def test_the_environment_overrides_the_saved_language(isolated_settings, monkeypatch):
    i18n.set_language("en")
    monkeypatch.delenv("SECRETARIAT_LANG")
    assert i18n.current_language() == "en"
    monkeypatch.setenv("SECRETARIAT_LANG", "es_MX")
    assert i18n.current_language() == "es"


def test_the_settings_dialog_saves_the_language_and_escape_cancels(qtbot, isolated_settings, monkeypatch):
    monkeypatch.delenv("SECRETARIAT_LANG")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_combo.currentText() == "Español (México)"
    assert not dialog.env_note.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert i18n.current_language() == "es"  # cancelled: nothing saved

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert i18n.current_language() == "en"


def test_a_source_checkout_compiles_the_catalogue_on_first_use(tmp_path, monkeypatch):
    package = tmp_path / "i18n"
    package.mkdir()
    shutil.copy(TS, package / TS.name)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: package)
    monkeypatch.setattr(i18n, "_cache_dir", lambda: tmp_path / "cache")
    qm = i18n.app_qm("en")
    assert qm == tmp_path / "cache" / "secretariat_en.qm" and qm.stat().st_size > 1000


def _messages(path: Path) -> list[tuple[str, str, str, str | None]]:
    tree = ET.parse(path)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            out.append((name, message.find("source").text, translation.text or "",
                        translation.get("type")))
    return out


def test_every_english_translation_is_finished_and_keeps_its_placeholders():
    messages = _messages(TS)
    assert len(messages) > 100
    unfinished = [(c, s) for c, s, t, kind in messages if not t or kind in ("unfinished", "vanished", "obsolete")]
    assert unfinished == []
    placeholders = [(c, s, t) for c, s, t, _ in messages
                    if sorted(re.findall(r"%\d", s)) != sorted(re.findall(r"%\d", t))]
    assert placeholders == []


def test_the_catalogue_covers_every_string_marked_in_ui(tmp_path):
    """Guards against strings added to ui/ without regenerating the .ts (see the module docstring)."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate is installed with PySide6"
    subprocess.run([lupdate, *sources, "-silent", "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c, s) for c, s, _t, _k in _messages(fresh)}
    have = {(c, s) for c, s, _t, kind in _messages(TS) if kind not in ("vanished", "obsolete")}
    assert sorted(wanted - have) == [], "run pyside6-lupdate and translate the new strings"
