"""The drafting tab's item models: the provision tree, the versions and the petition links."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from secretariat.services import petitions, provisions, wording
from secretariat.services.petitions import PetitionQuery
from tests.ui.drafting_support import (  # noqa: F401 - fixtures
    AGUA_V1,
    add,
    drafting_case,
    drafting_clerk,
    save,
    ui_adviser,
)
from tests.ui.support import isolated_log, isolated_settings, spanish_ui, ui_counsel  # noqa: F401
from ui.models.provision_links_model import PetitionPickModel, ProvisionLinksModel
from ui.models.provision_tree_model import COLUMN_INDEX, IdRole, ProvisionTreeModel
from ui.models.versions_model import COLUMN_INDEX as VCOL
from ui.models.versions_model import VersionsModel


def tree_rows(db, actor):
    with db.read() as s:
        return provisions.provision_tree(s, actor)


def text_at(model, index, column):
    return model.data(index.siblingAtColumn(column), Qt.ItemDataRole.DisplayRole)


def test_tree_model_passes_the_model_tester_and_nests_as_the_draft(qtmodeltester, spanish_ui, sqlite_db,
                                                                     ui_adviser, drafting_case):
    model = ProvisionTreeModel()
    model.set_rows(tree_rows(sqlite_db, ui_adviser))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    titulo = model.index(0, 0)
    assert model.data(titulo) == "Título Segundo" and model.data(titulo, IdRole) == drafting_case["titulo"]
    assert model.data(titulo, Qt.ItemDataRole.FontRole).bold()
    assert [model.data(model.index(r, 0, titulo)) for r in range(model.rowCount(titulo))] == ["Art. 9", "Art. 13"]
    agua = model.index_of(drafting_case["agua"])
    assert agua.parent() == model.index(0, 0, titulo)
    assert model.parent(agua).internalId() == drafting_case["art9"]
    assert text_at(model, agua, COLUMN_INDEX["heading"]) == "Derecho al agua y a su saneamiento"
    assert text_at(model, agua, COLUMN_INDEX["version"]) == "v2"
    assert text_at(model, agua, COLUMN_INDEX["status"]) == "Borrador"
    assert text_at(model, agua, COLUMN_INDEX["petitions"]) == "2"
    assert text_at(model, agua, COLUMN_INDEX["signatures"]) == "17,600"  # 12,000 + 5,600, es-MX grouping
    tip = model.data(agua.siblingAtColumn(COLUMN_INDEX["petitions"]), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == ["https://www.change.org/p/agua-potable", "https://www.change.org/p/espacios-verdes"]
    art9 = model.index_of(drafting_case["art9"])
    assert text_at(model, art9, COLUMN_INDEX["status"]) == "Sin redacción"
    assert text_at(model, art9, COLUMN_INDEX["petitions"]) == ""
    assert model.flags(agua) & Qt.ItemFlag.ItemNeverHasChildren
    assert not model.flags(art9) & Qt.ItemFlag.ItemNeverHasChildren


def test_tree_model_reread_changes_only_what_changed(qtmodeltester, qtbot, sqlite_db, ui_adviser, drafting_case):
    model = ProvisionTreeModel()
    model.set_rows(tree_rows(sqlite_db, ui_adviser))
    agua_before = model.index_of(drafting_case["agua"])
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changed.append(model.data(a, IdRole)))
    assert not model.set_rows(tree_rows(sqlite_db, ui_adviser))  # same read: nothing at all
    save(sqlite_db, ui_adviser, drafting_case["agua"], AGUA_V1 + " Nueva oración.", 2)
    assert model.set_rows(tree_rows(sqlite_db, ui_adviser))
    assert resets == [] and changed == [drafting_case["agua"]]
    assert model.index_of(drafting_case["agua"]) == agua_before
    assert text_at(model, agua_before, COLUMN_INDEX["version"]) == "v3"
    # a provision added changes the shape: one reset, and the new one is where it belongs
    add(sqlite_db, ui_adviser, "articulo", "Art. 10", "Ciudad productiva", parent=drafting_case["titulo"], position=1)
    model.set_rows(tree_rows(sqlite_db, ui_adviser))
    assert resets == [1]
    titulo = model.index(0, 0)
    assert [model.data(model.index(r, 0, titulo)) for r in range(3)] == ["Art. 9", "Art. 10", "Art. 13"]
    assert model.siblings_of(drafting_case["art9"]) == [drafting_case["art9"], model.data(model.index(1, 0, titulo),
                                                                                       IdRole), drafting_case["art13"]]
    qtmodeltester.check(model)
    model.set_rows([])
    assert model.rowCount() == 0 and model.index_of(drafting_case["agua"]) == QModelIndex()
    qtmodeltester.check(model)


def test_versions_model_shows_status_author_and_restored_note(qtmodeltester, spanish_ui, sqlite_db, ui_adviser,
                                                              drafting_case):
    agua = drafting_case["agua"]
    with sqlite_db.write() as s:
        wording.restore_version(s, ui_adviser, agua, 1, base_number=2, note="Volvemos al texto breve")
    with sqlite_db.read() as s:
        rows = wording.versions(s, ui_adviser, agua)
    model = VersionsModel()
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.set_rows(rows[1:])
    qtmodeltester.check(model)
    assert [model.data(model.index(r, VCOL["number"])) for r in range(2)] == ["v2", "v1"]
    model.set_rows(rows)  # the new version arrives as one row at the top
    assert inserted[-1] == (0, 0)
    qtmodeltester.check(model)
    assert model.data(model.index(0, VCOL["status"])) == "Borrador"
    assert model.data(model.index(0, VCOL["author"])) == "asesora"
    assert model.data(model.index(0, VCOL["note"])) == "Restaurada de la v1. Volvemos al texto breve"
    assert model.data(model.index(2, VCOL["note"])) == "Primera propuesta a partir de la petición"
    when = model.data(model.index(0, VCOL["created_at"]))
    assert any(m in when for m in ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"))
    assert model.current().number == 3
    with sqlite_db.write() as s:
        wording.propose_version(s, ui_adviser, rows[0].id)
    changed = []
    model.dataChanged.connect(lambda a, _b: changed.append(a.row()))
    with sqlite_db.read() as s:
        model.set_rows(wording.versions(s, ui_adviser, agua))
    assert changed == [0]
    assert model.data(model.index(0, VCOL["status"])) == "Propuesta al grupo"


def test_links_and_pick_models(qtmodeltester, spanish_ui, sqlite_db, ui_adviser, drafting_case):
    with sqlite_db.read() as s:
        links = provisions.provision_petitions(s, ui_adviser, drafting_case["agua"])
        ids = petitions.petition_ids(s, ui_adviser, PetitionQuery())
        found = petitions.petition_rows(s, ui_adviser, ids)
    model = ProvisionLinksModel()
    model.set_rows(links)
    qtmodeltester.check(model)
    assert model.totals() == (2, 17_600)
    assert model.data(model.index(0, 0)) == "Agua potable para todas las colonias"
    assert model.data(model.index(0, 2)) == "12,000"
    assert model.data(model.index(0, 3)) == "Audiencia ante el grupo redactor"
    assert model.data(model.index(0, 4)) == "La cobertura universal y el acceso diario al agua"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "https://www.change.org/p/agua-potable"
    pick = PetitionPickModel()
    pick.set_rows(found)
    pick.set_linked([r.petition_id for r in links])
    qtmodeltester.check(pick)
    linked_row = pick.row_of(drafting_case["agua-potable"])
    other_row = pick.row_of(drafting_case["calles"])
    assert not pick.flags(pick.index(linked_row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert pick.flags(pick.index(other_row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert pick.data(pick.index(linked_row, 0), Qt.ItemDataRole.ForegroundRole) is not None
