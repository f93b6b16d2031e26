"""Unsaved wording is never dropped silently: switching provision, restoring or closing the window
asks first. Also the tab's wiring into a window (``install_drafting_tab``, ``show_provision``)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QTabWidget, QTableView

import ui.views.drafting_tab as drafting_tab
from tests.ui.drafting_support import (  # noqa: F401 - fixtures
    activate,
    drafting_case,
    make_tab,
    select,
    ui_adviser,
    versions,
    wait_idle,
)
from tests.ui.support import isolated_log, isolated_settings, runner, ui_counsel  # noqa: F401

EXTRA = "\nLa Ciudad promoverá la captación de agua de lluvia."


def answer_with(monkeypatch, answer: str) -> list[str]:
    asked = []

    def ask(_parent, citation):
        asked.append(citation)
        return answer

    monkeypatch.setattr(drafting_tab, "ask_unsaved", ask)
    return asked


@pytest.fixture
def dirty_tab(qtbot, sqlite_db, runner, ui_adviser, drafting_case):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    select(qtbot, tab, drafting_case["agua"])
    tab.editor.edit.appendPlainText(EXTRA.strip())
    assert tab.editor.is_dirty()
    return tab


def test_cancel_keeps_the_provision_and_the_text(qtbot, monkeypatch, dirty_tab, drafting_case):
    tab = dirty_tab
    text = tab.editor.text()
    asked = answer_with(monkeypatch, drafting_tab.CANCEL)
    tab.tree.select_id(drafting_case["ciudad"])
    wait_idle(qtbot, tab)
    assert asked == ["Art. 9, F"]
    assert tab.tree.current_id() == drafting_case["agua"]
    assert tab.editor.provision.id == drafting_case["agua"] and tab.editor.text() == text


def test_discard_switches_and_drops_the_text(qtbot, monkeypatch, sqlite_db, ui_adviser, dirty_tab, drafting_case):
    tab = dirty_tab
    answer_with(monkeypatch, drafting_tab.DISCARD)
    tab.tree.select_id(drafting_case["ciudad"])
    qtbot.waitUntil(lambda: tab.editor.provision.id == drafting_case["ciudad"])
    wait_idle(qtbot, tab)
    assert not tab.editor.is_dirty()
    assert len(versions(sqlite_db, ui_adviser, drafting_case["agua"])) == 2


def test_save_writes_a_version_then_switches(qtbot, monkeypatch, sqlite_db, ui_adviser, dirty_tab, drafting_case):
    tab = dirty_tab
    answer_with(monkeypatch, drafting_tab.SAVE)
    tab.tree.select_id(drafting_case["ciudad"])
    qtbot.waitUntil(lambda: tab.editor.provision.id == drafting_case["ciudad"])
    wait_idle(qtbot, tab)
    assert tab.tree.current_id() == drafting_case["ciudad"]
    assert [v.number for v in versions(sqlite_db, ui_adviser, drafting_case["agua"])] == [3, 2, 1]


def test_restore_with_unsaved_text_asks_first(qtbot, monkeypatch, sqlite_db, ui_adviser, dirty_tab, drafting_case):
    tab = dirty_tab
    asked = answer_with(monkeypatch, drafting_tab.CANCEL)
    tab.history.select_numbers([1])
    wait_idle(qtbot, tab)
    tab.history.restore_button.click()
    wait_idle(qtbot, tab)
    assert asked == ["Art. 9, F"] and tab.editor.is_dirty()
    assert len(versions(sqlite_db, ui_adviser, drafting_case["agua"])) == 2


def test_discard_button_goes_back_to_the_loaded_version(dirty_tab):
    tab = dirty_tab
    assert tab.editor.discard_button.isEnabled()
    tab.editor.discard_button.click()
    assert not tab.editor.is_dirty() and not tab.editor.discard_button.isEnabled()


def test_a_window_with_the_tab_asks_before_closing(qtbot, monkeypatch, sqlite_db, runner, ui_adviser,
                                                   drafting_case):
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    register = QTableView(tabs)
    tabs.addTab(register, "Peticiones")
    window.table = register  # the register, as MainWindow names it
    tab = drafting_tab.install_drafting_tab(window, tabs, sqlite_db, ui_adviser, runner)
    assert tabs.tabText(1) == "Redacción" and tabs.widget(1) is tab
    window.resize(1280, 800)
    window.show()
    activate(qtbot, window)
    wait_idle(qtbot, tab)

    tabs.setCurrentIndex(0)
    assert not tab.show_provision(999)  # unknown: nothing selected, remembered for the next read
    assert tabs.currentWidget() is tab
    assert tab.show_provision(drafting_case["agua"])
    qtbot.waitUntil(lambda: tab.editor.provision is not None and tab.editor.provision.id == drafting_case["agua"])
    wait_idle(qtbot, tab)

    tab.editor.edit.appendPlainText(EXTRA.strip())
    tabs.setCurrentIndex(0)
    asked = answer_with(monkeypatch, drafting_tab.CANCEL)
    assert not window.close()
    assert window.isVisible() and asked == ["Art. 9, F"]
    assert tabs.currentWidget() is tab  # it shows what is unsaved
    answer_with(monkeypatch, drafting_tab.SAVE)
    window.close()  # saves first, then closes
    qtbot.waitUntil(lambda: not window.isVisible())
    wait_idle(qtbot, tab)
    assert [v.number for v in versions(sqlite_db, ui_adviser, drafting_case["agua"])] == [3, 2, 1]

    wanted = []
    monkeypatch.setattr(register, "select_id", wanted.append, raising=False)
    tab.petitionRequested.emit(drafting_case["calles"])
    assert tabs.currentIndex() == 0 and wanted == [drafting_case["calles"]]


def test_a_clean_window_closes_without_asking(qtbot, monkeypatch, sqlite_db, runner, ui_adviser, drafting_case):
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    tab = drafting_tab.install_drafting_tab(window, tabs, sqlite_db, ui_adviser, runner)
    window.show()
    wait_idle(qtbot, tab)
    asked = answer_with(monkeypatch, drafting_tab.CANCEL)
    assert window.close() and asked == []
