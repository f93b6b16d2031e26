"""The petition table model: ids in memory, rows on demand, sorting and filtering in SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt

from secretariat.services import petitions
from secretariat.services.petitions import PetitionQuery
from secretariat.services.tiers import TIER_ORDER
from tests.ui.petition_data import DAY3, seed_many, small_register  # noqa: F401 - fixtures
from tests.ui.support import ui_counsel  # noqa: F401 - fixture
from ui.models.petition_table import COLUMN_INDEX, COLUMNS, PetitionTableModel, PetitionTableView

pytestmark = pytest.mark.usefixtures("qapp")  # tier icons are pixmaps: they need the application

ES_MX = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
TODAY = DAY3 + timedelta(days=10)


def make_model(db, actor, **kw) -> PetitionTableModel:
    return PetitionTableModel(db, actor, today=TODAY, locale=ES_MX, **kw)


def column(model: PetitionTableModel, key: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    c = COLUMN_INDEX[key]
    return [model.index(r, c).data(role) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, sqlite_db, ui_counsel, small_register):
    model = make_model(sqlite_db, ui_counsel)
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def test_model_tester_while_sorting_filtering_and_refreshing(qtmodeltester, sqlite_db, ui_counsel):
    seed_many(sqlite_db, ui_counsel, n=450, weeks=2)
    model = make_model(sqlite_db, ui_counsel)
    qtmodeltester.check(model, force_py=True)  # the Python tester keeps watching the signals below
    model.sort(COLUMN_INDEX["title"], Qt.SortOrder.AscendingOrder)
    model.update_query(search="agua")
    model.update_query(search="")
    model.refresh()
    assert model.rowCount() == 450


def test_cells_read_as_a_mexican_user_expects(sqlite_db, ui_counsel, small_register):
    model = make_model(sqlite_db, ui_counsel)
    row = model.row_of(small_register["calles"])
    cells = {c.key: model.index(row, i).data() for i, c in enumerate(COLUMNS)}
    assert cells == {
        "tier": "Jefe de gobierno",
        "title": "Calles iluminadas y caminables",
        "signatures": "58,000",
        "growth_7d": "+3,000",
        "admissibility": "Pendiente",
        "days": "17",
        "petitioners": "Ana López",
    }
    reverted = model.row_of(small_register["derecho-ciudad"])
    assert model.index(reverted, COLUMN_INDEX["growth_7d"]).data() == "-2,500"
    assert model.index(reverted, COLUMN_INDEX["tier"]).data() == "En seguimiento"
    quiet = model.row_of(small_register["bicicletas"])
    assert model.index(quiet, COLUMN_INDEX["days"]).data() == ""
    assert model.index(row, 0).data(PetitionTableModel.IdRole) == small_register["calles"]
    assert model.index(row, 0).data(PetitionTableModel.TierRole) == "audience"
    assert model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "Audiencia con el jefe de gobierno"
    assert model.headerData(COLUMN_INDEX["days"], Qt.Orientation.Horizontal) == "Días desde el\núltimo cruce"


def titles(model) -> list[str]:
    return column(model, "title")


@pytest.mark.parametrize("key", [c.key for c in COLUMNS])
def test_sorting_each_column_orders_what_the_user_sees(sqlite_db, ui_counsel, small_register, key):
    with sqlite_db.write() as s:  # make admissibility differ between rows
        petitions.decide_admissibility(s, ui_counsel, small_register["calles"], "admitted")
        petitions.decide_admissibility(s, ui_counsel, small_register["bicicletas"], "inadmissible",
                                       reason="outside_matter")
    model = make_model(sqlite_db, ui_counsel)
    c = COLUMN_INDEX[key]

    def keys():
        raw = column(model, key, PetitionTableModel.SortKeyRole)
        return [TIER_ORDER.index(v) if key == "tier" else v for v in raw]

    model.sort(c, Qt.SortOrder.AscendingOrder)
    ascending = keys()
    present = [k for k in ascending if k is not None]
    assert present == sorted(present, key=lambda v: v.casefold() if isinstance(v, str) else v)
    assert len(set(present)) > 1, "the fixture must make this column differ"
    before = titles(model)
    model.sort(c, Qt.SortOrder.DescendingOrder)
    present_desc = [k for k in keys() if k is not None]
    assert present_desc == list(reversed(present))
    assert titles(model) != before


def test_sort_by_signatures_and_title_gives_the_visible_order(sqlite_db, ui_counsel, small_register):
    model = make_model(sqlite_db, ui_counsel)
    model.sort(COLUMN_INDEX["signatures"], Qt.SortOrder.AscendingOrder)
    assert column(model, "signatures") == ["800", "4,500", "5,600", "12,000", "58,000"]
    model.sort(COLUMN_INDEX["title"], Qt.SortOrder.DescendingOrder)
    assert [t.split()[0] for t in titles(model)] == ["Espacios", "Derecho", "Calles", "Bicicletas", "Agua"]
    model.sort(COLUMN_INDEX["days"], Qt.SortOrder.AscendingOrder)
    # "derecho-ciudad" crossed 17 days ago and reverted 10 days ago: a revert is not a crossing
    assert column(model, "days") == ["10", "17", "17", "24", ""]  # never crossed: last


@pytest.mark.parametrize("term, expected", [
    ("peña", ["Agua potable para todas las colonias"]),
    ("PENA", ["Agua potable para todas las colonias"]),
    ("nunez", ["Bicicletas seguras en avenidas"]),
    ("óscar", ["Derecho a la ciudad para personas mayores"]),
    ("caminables", ["Calles iluminadas y caminables"]),
    ("ciudad", ["Derecho a la ciudad para personas mayores"]),
    ("zzz", []),
])
def test_search_filters_by_title_and_petitioner_ignoring_accents(sqlite_db, ui_counsel, small_register,
                                                                term, expected):
    model = make_model(sqlite_db, ui_counsel)
    assert model.update_query(search=term) is True
    assert sorted(titles(model)) == expected
    assert model.total == 5


def test_tier_and_admissibility_filters(sqlite_db, ui_counsel, small_register):
    model = make_model(sqlite_db, ui_counsel)
    model.update_query(tiers=("watch",))
    assert sorted(t.split()[0] for t in titles(model)) == ["Bicicletas", "Derecho"]
    model.update_query(tiers=("hearing", "audience"))
    assert sorted(t.split()[0] for t in titles(model)) == ["Agua", "Calles"]
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_counsel, small_register["agua-potable"], "admitted")
    model.update_query(tiers=(), admissibility=("admitted",))
    assert [t.split()[0] for t in titles(model)] == ["Agua"]


def test_rows_are_fetched_in_blocks_on_demand(sqlite_db, ui_counsel):
    seed_many(sqlite_db, ui_counsel, n=450, weeks=1)
    model = make_model(sqlite_db, ui_counsel)
    assert model.rowCount() == 450 and model.fetch_count == 0
    model.index(0, 1).data()
    model.index(199, 1).data()
    assert model.fetch_count == 1
    model.index(420, 1).data()
    assert model.fetch_count == 2
    assert len(model._cache) == 200 + 50  # noqa: SLF001 - only what was looked at


def test_refresh_signals_only_the_rows_that_changed(qtbot, sqlite_db, ui_counsel, small_register):
    model = make_model(sqlite_db, ui_counsel)
    for r in range(model.rowCount()):
        model.index(r, 0).data()
    with sqlite_db.write() as s:
        petitions.decide_admissibility(s, ui_counsel, small_register["bicicletas"], "admitted")
    changed = []
    resets = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.modelReset.connect(lambda: resets.append(True))
    assert model.refresh() is True
    row = model.row_of(small_register["bicicletas"])
    assert changed == [(row, row)] and not resets
    assert model.index(row, COLUMN_INDEX["admissibility"]).data() == "Admitida"
    assert model.refresh() is False  # nothing new: no signal at all
    assert changed == [(row, row)]


def test_resorting_keeps_the_selected_petition_selected(qtbot, sqlite_db, ui_counsel, small_register):
    model = make_model(sqlite_db, ui_counsel)
    view = PetitionTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    assert view.select_id(small_register["derecho-ciudad"])
    view.sortByColumn(COLUMN_INDEX["title"], Qt.SortOrder.AscendingOrder)
    assert view.selected_id() == small_register["derecho-ciudad"]
    assert view.currentIndex().row() == 3
    assert view.selectionModel().isRowSelected(3, QModelIndex())


def test_counts_report_shown_and_total(qtbot, sqlite_db, ui_counsel, small_register):
    model = make_model(sqlite_db, ui_counsel)
    with qtbot.waitSignal(model.countsChanged) as blocker:
        model.set_query(PetitionQuery(search="agua"))
    assert blocker.args == [1, 5]
