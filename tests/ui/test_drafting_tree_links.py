"""The drafting tab's tree commands (order, edit, delete) and its linked petitions (link, edit the
contribution, unlink)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from secretariat.services import provisions
from tests.ui.drafting_support import (  # noqa: F401 - fixtures
    activate,
    add,
    drafting_case,
    make_tab,
    select,
    ui_adviser,
    wait_idle,
)
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel  # noqa: F401


def children(tab, provision_id):
    model = tab.tree.model
    parent = model.index_of(provision_id)
    return [model.data(model.index(r, 0, parent)) for r in range(model.rowCount(parent))]


def test_ctrl_arrows_move_a_provision_among_its_siblings(qtbot, sqlite_db, runner, ui_adviser, drafting_case):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    assert children(tab, drafting_case["titulo"]) == ["Art. 9", "Art. 13"]
    select(qtbot, tab, drafting_case["art13"])
    assert tab.tree.up_button.isEnabled() and not tab.tree.down_button.isEnabled()
    activate(qtbot, tab)
    tab.tree.view.setFocus()
    qtbot.keyClick(tab.tree.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, tab)
    assert children(tab, drafting_case["titulo"]) == ["Art. 13", "Art. 9"]
    assert tab.tree.current_id() == drafting_case["art13"]  # the moved provision stays selected
    assert tab.tree.view.isExpanded(tab.tree.model.index_of(drafting_case["art9"]))  # expansion survives
    with sqlite_db.read() as s:
        assert [r.citation for r in provisions.provision_tree(s, ui_adviser)][:3] == [
            "Título Segundo", "Art. 13", "Art. 13, A"]
    qtbot.keyClick(tab.tree.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, tab)
    assert children(tab, drafting_case["titulo"]) == ["Art. 9", "Art. 13"]


def test_add_sibling_edit_and_delete(qtbot, monkeypatch, sqlite_db, runner, ui_adviser, drafting_case):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    select(qtbot, tab, drafting_case["art9"])
    tab.tree.add_sibling_button.click()
    dialog = tab.tree.dialog
    assert dialog.kind() == "articulo"
    dialog.citation.setText("art. 13")  # the same citation, another case: refused in one sentence
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert dialog.error.text() == "Ya existe la disposición «Art. 13»; cada cita debe ser única."
    dialog.citation.setText("Art. 10")
    dialog.heading_edit.setText("Ciudad productiva")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    wait_idle(qtbot, tab)
    assert children(tab, drafting_case["titulo"]) == ["Art. 9", "Art. 10", "Art. 13"]  # right after Art. 9
    new = tab.tree.current()
    assert new.citation == "Art. 10" and tab.editor.provision.id == new.id

    tab.tree.edit_button.click()
    edit = tab.tree.dialog
    assert not edit.kind_box.isEnabled()
    edit.heading_edit.setText("Ciudad productiva y del trabajo digno")
    with qtbot.waitSignal(edit.saved):
        edit.save()
    wait_idle(qtbot, tab)
    assert tab.tree.current().heading == "Ciudad productiva y del trabajo digno"
    assert "Ciudad productiva y del trabajo digno" in tab.editor.title.text()

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    tab.tree.delete_button.click()
    wait_idle(qtbot, tab)
    assert asked == ["¿Eliminar Art. 10 del proyecto? Esta acción no se puede deshacer."]
    assert children(tab, drafting_case["titulo"]) == ["Art. 9", "Art. 13"]
    assert tab.editor.provision is None  # nothing selected any more

    select(qtbot, tab, drafting_case["agua"])  # has wording: the service refuses, the tab says why
    tab.tree.delete_current(confirm=False)
    wait_idle(qtbot, tab)
    assert tab.tree.message.text() == ("No se puede borrar «Art. 9, F»: ya tiene redacción guardada, y las "
                                       "versiones nunca se borran.")
    assert tab.tree.model.provision(drafting_case["agua"]) is not None


def test_declining_the_confirmation_deletes_nothing(qtbot, monkeypatch, sqlite_db, runner, ui_adviser,
                                                    drafting_case):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    extra = add(sqlite_db, ui_adviser, "articulo", "Art. 14", "Ciudad segura", parent=drafting_case["titulo"])
    tab.reload()
    wait_idle(qtbot, tab)
    select(qtbot, tab, extra.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert tab.tree.delete_current() is None
    wait_idle(qtbot, tab)
    assert tab.tree.model.provision(extra.id) is not None


def test_linked_petitions_link_contribution_and_unlink(qtbot, monkeypatch, spanish_ui, sqlite_db, runner,
                                                       ui_adviser, drafting_case):
    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    select(qtbot, tab, drafting_case["agua"])
    links = tab.links
    assert links.summary.text() == "Alimentada por 2 peticiones, 17,600 firmas en total"
    assert tab.lower.tabText(tab.links_index) == "Peticiones vinculadas (2)"

    links.link_button.click()
    picker = links.dialog
    qtbot.waitUntil(lambda: picker.searching == 0)
    assert picker.model.rowCount() == 5  # the whole (small) register
    picker.search("calles iluminadas")
    qtbot.waitUntil(lambda: picker.searching == 0)
    assert [r.title for r in picker.model.rows()] == ["Calles iluminadas y caminables"]
    picker.search("https://www.change.org/p/agua-potable")  # by URL: found, but it already feeds it
    qtbot.waitUntil(lambda: picker.searching == 0)
    assert not picker.choose(drafting_case["agua-potable"])
    picker.save()
    assert picker.error.text() == "Elija en la lista la petición que alimenta esta disposición."
    picker.search("Ana López")  # by petitioner
    qtbot.waitUntil(lambda: picker.searching == 0)
    assert picker.choose(drafting_case["calles"])
    picker.contribution.setPlainText("El alumbrado de los caminos al agua")
    with qtbot.waitSignal(picker.saved):
        picker.save()
    wait_idle(qtbot, tab)
    assert links.summary.text() == "Alimentada por 3 peticiones, 75,600 firmas en total"
    assert links.message.text() == "«Calles iluminadas y caminables» ahora alimenta Art. 9, F."
    assert tab.tree.model.data(tab.tree.model.index_of(drafting_case["agua"], 4)) == "3"

    links.select_petition(drafting_case["calles"])
    links.contribution_button.click()
    dialog = links.dialog
    assert dialog.contribution.toPlainText() == "El alumbrado de los caminos al agua"
    dialog.contribution.setPlainText("La seguridad de quienes acarrean agua de noche")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    wait_idle(qtbot, tab)
    row = links.model.row_of(drafting_case["calles"])
    assert links.model.data(links.model.index(row, 4)) == "La seguridad de quienes acarrean agua de noche"

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    links.select_petition(drafting_case["calles"])
    links.unlink_button.click()
    wait_idle(qtbot, tab)
    assert asked == ["¿«Calles iluminadas y caminables» deja de alimentar Art. 9, F? La petición no se borra; "
                     "solo el vínculo."]
    assert links.summary.text() == "Alimentada por 2 peticiones, 17,600 firmas en total"

    wanted = []
    links.petitionRequested.connect(wanted.append)
    links.select_petition(drafting_case["agua-potable"])
    links.show_button.click()
    assert wanted == [drafting_case["agua-potable"]]
