"""register_queries.petition_ids: the same answers as petitions.petition_ids, with a better plan."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from secretariat.errors import InvalidInput
from secretariat.services import imports, petitions, register_queries
from secretariat.services.import_parse import ImportRow
from secretariat.services.petitions import SORT_KEYS, PetitionQuery

NAMES = ("María Peña", "Juan Núñez", "Ana López", "Óscar Ruiz", "Elena Gómez", "Luis Ibáñez")
TITLES = ("Agua potable", "Ciclovías seguras", "Árboles en avenidas", "Agua para Iztapalapa",
          "Parques vecinales", "Educación inicial")


@pytest.fixture
def register(db, counsel):
    rows = []
    for i in range(60):
        rows.append(ImportRow(line=i + 2, url=f"https://www.change.org/p/q-{i:03d}",
                              title=f"{TITLES[i % 6]} {i}", petitioners=(NAMES[(i * 5) % 6],),
                              signatures=(i * 7919) % 60_000, as_of=date(2016, 3, 1)))
    with db.write() as s:
        imports.apply_rows(s, counsel, rows, source="prueba.csv")
    with db.write() as s:
        ids = petitions.petition_ids(s, counsel)
        petitions.decide_admissibility(s, counsel, ids[3], "admitted")
        petitions.decide_admissibility(s, counsel, ids[5], "inadmissible", reason="other")
    return db


QUERIES = [PetitionQuery(sort=key, descending=desc, search=term, tiers=tiers)
           for key, desc, term, tiers in itertools.product(
               sorted(SORT_KEYS), (True, False), ("", "agua", "peña", "zzz"), ((), ("review", "hearing")))]


def test_same_ids_in_the_same_order_as_the_register_service(register, counsel):
    with register.read() as s:
        for q in QUERIES:
            assert register_queries.petition_ids(s, counsel, q) == petitions.petition_ids(s, counsel, q), q


def test_unknown_sort_is_refused(register, counsel):
    with register.read() as s, pytest.raises(InvalidInput):
        register_queries.petition_ids(s, counsel, PetitionQuery(sort="color"))


def test_search_on_sqlite_scans_once_instead_of_walking_the_count_index(sqlite_db):
    from sqlalchemy import select, text
    from sqlalchemy.dialects import sqlite

    from secretariat.models import Petition
    from secretariat.services.petitions import _filtered
    from secretariat.services.register_queries import _no_index

    q = PetitionQuery(search="agua")
    stmt = _filtered(select(Petition.id), q).order_by(_no_index(Petition.signatures).desc().nulls_last())
    sql = str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with sqlite_db.read() as s:
        plan = " ".join(r[3] for r in s.connection().execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert "ix_petitions_signatures" not in plan and "TEMP B-TREE" in plan
