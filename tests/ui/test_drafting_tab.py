"""The drafting tab as an adviser uses it: build the tree, write and save wording, read the history
and its redline, restore an old version, and meet a colleague's save without losing a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from secretariat.services import wording
from tests.ui.drafting_support import (  # noqa: F401 - fixtures
    activate,
    char_runs,
    drafting_case,
    drafting_clerk,
    make_tab,
    other_adviser,
    save,
    select,
    ui_adviser,
    versions,
    wait_idle,
)
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel  # noqa: F401

V1 = "Toda persona tiene derecho a la movilidad en condiciones de seguridad."
V2 = "Toda persona tiene derecho a la movilidad universal en condiciones de seguridad, accesibilidad y eficiencia."
THEIRS = V1 + " Las autoridades darán prioridad al peatón."
MINE = V1 + " Se reconoce el derecho a la ciudad caminable."


def fill_provision_dialog(qtbot, tab, citation: str, heading: str) -> None:
    dialog = tab.tree.dialog
    assert dialog.isVisible()
    dialog.citation.setText(citation)
    dialog.heading_edit.setText(heading)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    wait_idle(qtbot, tab)


def type_wording(qtbot, tab, text: str) -> None:
    tab.editor.edit.selectAll()
    tab.editor.edit.insertPlainText(text)


def press_ctrl_s(qtbot, tab) -> None:
    activate(qtbot, tab)  # a dialog just closed: the shortcut needs its window active again
    tab.editor.edit.setFocus()
    qtbot.keyClick(tab.editor.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, tab)


def yes(monkeypatch) -> list[str]:
    asked = []

    def answer(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_walkthrough_tree_wording_versions_redline_restore_and_conflict(
        qtbot, monkeypatch, spanish_ui, sqlite_db, runner, ui_adviser, other_adviser):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    assert tab.tree.empty.isVisible()
    assert not tab.editor.save_button.isEnabled()

    # a título, then an artículo inside it
    tab.tree.add_title_button.click()
    fill_provision_dialog(qtbot, tab, "Título Tercero", "Desarrollo sostenible de la Ciudad")
    titulo = tab.tree.current()
    assert titulo.citation == "Título Tercero" and titulo.kind == "titulo"
    assert not tab.tree.empty.isVisible()
    tab.tree.add_child_button.click()
    assert tab.tree.dialog.kind() == "articulo"
    assert tab.tree.dialog.citation.text() == "Título Tercero, "  # a start the adviser overwrites
    fill_provision_dialog(qtbot, tab, "Art. 16, H", "Movilidad y accesibilidad")
    qtbot.waitUntil(lambda: tab.editor.provision is not None and tab.editor.provision.citation == "Art. 16, H")
    article = tab.editor.provision
    assert tab.tree.current().parent_id == titulo.id
    assert tab.editor.edit.isEnabled() and not tab.editor.edit.isReadOnly()

    # type the wording and Ctrl+S → version 1
    type_wording(qtbot, tab, V1)
    assert tab.editor.is_dirty() and tab.editor.save_button.isEnabled()
    tab.editor.note.setText("Primera redacción")
    press_ctrl_s(qtbot, tab)
    assert [v.number for v in versions(sqlite_db, ui_adviser, article.id)] == [1]
    assert not tab.editor.is_dirty() and tab.editor.note.text() == ""
    assert tab.editor.base_number() == 1

    # edit → version 2; the history shows both, newest first
    type_wording(qtbot, tab, V2)
    press_ctrl_s(qtbot, tab)
    assert tab.history.model.rowCount() == 2
    assert [tab.history.model.version(r).number for r in range(2)] == [2, 1]
    assert tab.lower.tabText(tab.history_index) == "Versiones (2)"
    assert "v2" in tab.tree.model.data(tab.tree.model.index_of(article.id, 2))

    # select v1 and v2 → the redline: inserted words underlined, deleted struck through
    tab.history.select_numbers([1, 2])
    wait_idle(qtbot, tab)
    assert tab.history.caption.text() == "Cambios de la versión 1 a la versión 2 (vigente)"
    runs = char_runs(tab.history.redline.browser.document())
    underlined = "".join(t for t, u, _s in runs if u)
    struck = "".join(t for t, _u, s in runs if s)
    assert "universal" in underlined and "accesibilidad y eficiencia" in underlined
    assert struck == ""  # V2 only adds words here...
    assert "".join(t for t, u, _s in runs if not u) == V1  # ...and the old text reads whole without them
    tab.history.select_numbers([2])  # one version: against the one before it
    wait_idle(qtbot, tab)
    assert tab.history.caption.text() == "Cambios de la versión 1 a la versión 2 (vigente)"

    # restore v1 → a NEW version 3 with v1's text
    asked = yes(monkeypatch)
    tab.history.select_numbers([1])
    wait_idle(qtbot, tab)
    assert tab.history.restore_button.isEnabled()
    tab.history.restore_button.click()
    wait_idle(qtbot, tab)
    assert "Restaurar la versión 1" in asked[0]
    rows = versions(sqlite_db, ui_adviser, article.id)
    assert [(v.number, v.restored_from) for v in rows] == [(3, 1), (2, None), (1, None)]
    assert tab.editor.text() == V1 and tab.editor.base_number() == 3
    qtbot.waitUntil(lambda: tab.history.model.rowCount() == 3)
    tab.history.select_numbers([2, 3])
    wait_idle(qtbot, tab)
    runs = char_runs(tab.history.redline.browser.document())
    assert "universal" in "".join(t for t, _u, s in runs if s)  # going back deletes what v2 added

    # a colleague saves v4 while the adviser types: Ctrl+S shows the conflict, nothing is lost
    type_wording(qtbot, tab, MINE)
    save(sqlite_db, other_adviser, article.id, THEIRS, 3, "Prioridad peatonal")
    press_ctrl_s(qtbot, tab)
    dialog = tab.editor.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text().startswith("asesor2 guardó la versión 4 de <b>Art. 16, H</b> el ")
    theirs_runs = char_runs(dialog.theirs_view.browser.document())
    assert "".join(t for t, u, _s in theirs_runs if u).strip() == "Las autoridades darán prioridad al peatón."
    assert tab.editor.text() == MINE  # still there
    assert [v.number for v in versions(sqlite_db, ui_adviser, article.id)] == [4, 3, 2, 1]
    dialog.show_theirs()
    wait_idle(qtbot, tab)
    assert tab.history.model.rowCount() == 4  # the conflict re-read the history: theirs is there
    assert "otra persona guardó" not in tab.editor.info.text()
    assert tab.editor.text() == THEIRS and tab.editor.kept_banner.isVisible()
    assert tab.editor.kept_text == MINE and not tab.editor.is_dirty()
    tab.editor.recover_button.click()
    assert tab.editor.text() == MINE and tab.editor.base_number() == 4 and not tab.editor.kept_banner.isVisible()
    press_ctrl_s(qtbot, tab)
    texts = {v.number: v.text for v in (wording_text(sqlite_db, ui_adviser, r.id)
                                        for r in versions(sqlite_db, ui_adviser, article.id))}
    assert texts[4] == THEIRS and texts[5] == MINE  # both kept, in order
    assert tab.editor.base_number() == 5 and not tab.editor.is_dirty()


def wording_text(db, actor, version_id):
    with db.read() as s:
        vt = wording.version_text(s, actor, version_id)
    return type("V", (), {"number": vt.row.number, "text": vt.text})


def test_conflict_keep_mine_saves_on_top_and_escape_changes_nothing(qtbot, sqlite_db, runner, ui_adviser,
                                                                     other_adviser, drafting_case):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    agua = drafting_case["agua"]
    select(qtbot, tab, agua)
    mine = tab.editor.text() + "\nEl agua no podrá privatizarse."
    type_wording(qtbot, tab, mine)
    save(sqlite_db, other_adviser, agua, "Toda persona tiene derecho al agua.", 2)
    tab.reload()  # the window's poll notices the other workstation's save: the text stays, and says so
    wait_idle(qtbot, tab)
    assert tab.editor.text() == mine and tab.editor.base_number() == 2
    assert "otra persona guardó la versión 3 mientras usted editaba" in tab.editor.info.text()
    assert tab.history.model.rowCount() == 3
    press_ctrl_s(qtbot, tab)
    tab.editor.dialog.reject()  # "Seguir editando": nothing changes, the next save conflicts again
    assert tab.editor.text() == mine and tab.editor.base_number() == 2
    press_ctrl_s(qtbot, tab)
    assert tab.editor.dialog.isVisible()
    assert char_runs(tab.editor.dialog.mine_view.browser.document())  # their text against mine
    tab.editor.dialog.keep_mine()
    assert tab.editor.text() == mine and tab.editor.base_number() == 3
    assert "versión 4" in tab.editor.notice.text()
    press_ctrl_s(qtbot, tab)
    rows = versions(sqlite_db, ui_adviser, agua)
    assert [v.number for v in rows] == [4, 3, 2, 1] and rows[0].author == "asesora"


def test_clerk_reads_but_cannot_write(qtbot, sqlite_db, runner, drafting_clerk, drafting_case):
    tab = make_tab(qtbot, sqlite_db, drafting_clerk, runner)
    select(qtbot, tab, drafting_case["agua"])
    assert tab.editor.edit.isReadOnly()
    assert tab.read_only.isVisible()
    for widget in (tab.editor.save_button, tab.editor.note, tab.editor.discard_button, tab.tree.add_title_button,
                   tab.tree.delete_button, tab.history.restore_button, tab.history.propose_button,
                   tab.history.final_button, tab.links.link_button, tab.links.unlink_button):
        assert widget.isHidden(), widget.text() if hasattr(widget, "text") else widget
    assert not tab.links.show_button.isHidden()
    qtbot.keyClicks(tab.editor.edit, "texto")
    assert not tab.editor.is_dirty()
    press_ctrl_s(qtbot, tab)
    assert len(versions(sqlite_db, drafting_clerk, drafting_case["agua"])) == 2
    assert tab.tree.add_provision(None) is None and tab.history.propose_current() is None
    assert "v2" in tab.tree.model.data(tab.tree.model.index_of(drafting_case["agua"], 2))


def test_propose_and_finalize_by_role(qtbot, monkeypatch, sqlite_db, runner, ui_adviser, ui_counsel, drafting_case):
    agua = drafting_case["agua"]
    adviser_tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    select(qtbot, adviser_tab, agua)
    assert not adviser_tab.history.final_button.isVisible()
    adviser_tab.history.propose_button.click()
    wait_idle(qtbot, adviser_tab)
    assert versions(sqlite_db, ui_adviser, agua)[0].status == "proposed"
    assert adviser_tab.history.message.text() == "La versión 2 quedó propuesta al grupo redactor."
    assert not adviser_tab.history.propose_button.isEnabled()

    counsel_tab = make_tab(qtbot, sqlite_db, ui_counsel, runner)
    select(qtbot, counsel_tab, agua)
    assert counsel_tab.history.final_button.isVisible() and counsel_tab.history.final_button.isEnabled()
    asked = yes(monkeypatch)
    counsel_tab.history.final_button.click()
    wait_idle(qtbot, counsel_tab)
    assert "redacción final para la Asamblea" in asked[0]
    assert versions(sqlite_db, ui_counsel, agua)[0].status == "final"
    assert not counsel_tab.history.final_button.isEnabled()
    assert counsel_tab.tree.model.data(counsel_tab.tree.model.index_of(agua, 3)) == "Final"


def test_pasted_control_characters_are_cleaned_and_an_unchanged_text_is_refused(qtbot, sqlite_db, runner,
                                                                                ui_adviser, drafting_case):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    ciudad = drafting_case["ciudad"]
    select(qtbot, tab, ciudad)
    original = tab.editor.text()
    type_wording(qtbot, tab, original + "\x07 Incluye el espacio público.\x0b")
    press_ctrl_s(qtbot, tab)
    rows = versions(sqlite_db, ui_adviser, ciudad)
    assert rows[0].number == 2
    assert tab.editor.text() == original + " Incluye el espacio público."  # what was stored
    assert not tab.editor.is_dirty()
    type_wording(qtbot, tab, original + " Incluye el espacio público.   ")  # trailing blanks only
    press_ctrl_s(qtbot, tab)
    assert tab.editor.error.isVisible()
    assert "idéntica a la versión 2" in tab.editor.error.text()
    assert len(versions(sqlite_db, ui_adviser, ciudad)) == 2
