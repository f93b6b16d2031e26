"""The register's order: every sort key, the tier rank, and the SQLite plan used with a search."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.errors import InvalidInput
from secretariat.services import petitions, tiers
from secretariat.services.petitions import SORT_KEYS, PetitionQuery

from .helpers import day, row


@pytest.fixture
def register(db, counsel):
    day(db, counsel, [row("a", 12_000, date(2016, 3, 1), title="Agua potable", people=("María Peña",)),
                      row("b", 7_000, date(2016, 3, 1), title="Ciclovías", people=("Juan Núñez",)),
                      row("c", 300, date(2016, 3, 1), title="Agua para Iztapalapa", people=("Ana López",))])
    return db


def ids_of(db, actor, **kw):
    with db.read() as s:
        rows = petitions.list_petitions(s, actor, PetitionQuery(**kw))
        ids = petitions.petition_ids(s, actor, PetitionQuery(**kw))
    assert [r.id for r in rows] == ids  # the list and the id query agree
    return [r.url[-1] for r in rows]


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_every_key_sorts_both_ways(register, counsel, key):
    down = ids_of(register, counsel, sort=key, descending=True)
    up = ids_of(register, counsel, sort=key, descending=False)
    assert sorted(down) == sorted(up) == ["a", "b", "c"]


def test_search_keeps_the_chosen_order(register, counsel):
    assert ids_of(register, counsel, search="AGUA", sort="signatures") == ["a", "c"]
    assert ids_of(register, counsel, search="agua", sort="signatures", descending=False) == ["c", "a"]
    assert ids_of(register, counsel, search="nunez") == ["b"]


def test_tier_sort_follows_the_tier_held_not_the_count(register, counsel):
    # raise the thresholds: "b" keeps its review crossing at 7,000 while a new petition at
    # 8,000 stays in watch; sorting by tier must put "b" above it although it has fewer signatures
    with register.write() as s:
        tiers.set_thresholds(s, counsel, 9_000, 20_000, 60_000)
    day(register, counsel, [row("d", 8_000, date(2016, 3, 2))])
    assert ids_of(register, counsel, sort="tier") == ["a", "b", "d", "c"]


def test_unknown_sort_is_refused(register, counsel):
    with register.read() as s, pytest.raises(InvalidInput):
        petitions.petition_ids(s, counsel, PetitionQuery(sort="color"))


def test_search_on_sqlite_scans_once_instead_of_walking_the_count_index(sqlite_db):
    from sqlalchemy import select, text
    from sqlalchemy.dialects import sqlite

    from secretariat.models import Petition
    from secretariat.services.petitions import _filtered, _ordered

    q = PetitionQuery(search="agua")
    stmt = _ordered(_filtered(select(Petition.id), q), q, sqlite=True)
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with sqlite_db.read() as s:
        plan = " ".join(r[3] for r in s.connection().execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_petitions_signatures" not in plan and "TEMP B-TREE" in plan
