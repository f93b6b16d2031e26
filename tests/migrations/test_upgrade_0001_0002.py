"""Upgrading a case file with data from 0001 to 0002: nothing is lost, and every crossing that is
not reverted gets its open duty (due on the crossing date plus the default days)."""

from __future__ import annotations

import os
import uuid
from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import text

from secretariat.db import SCHEMA_HEAD, Database, alembic_config, create_db_engine, current_revision, upgrade
from secretariat.permissions import Actor
from secretariat.services import duties, petitions

COUNSEL = Actor(None, "t", "counsel")


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'v0001.sqlite3'}"
        return
    tpl = request.getfixturevalue("pg_template")
    if tpl is None:
        pytest.skip("no PostgreSQL server (set SECRETARIAT_TEST_PG)")
    admin, _ = tpl
    name = f"u_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield os.environ["SECRETARIAT_TEST_PG"].rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


NOW = datetime(2016, 3, 5, 9, 30)
# (slug, signatures, [(tier, threshold, crossed_on, reverted_on)])
CASE = [
    ("agua", 63_508, [("review", 5000, date(2016, 2, 1), None), ("hearing", 10000, date(2016, 2, 10), None),
                      ("audience", 50000, date(2016, 3, 1), None)]),
    ("bici", 4_800, [("review", 5000, date(2016, 2, 3), date(2016, 2, 20))]),
    ("parques", 5_100, [("review", 5000, date(2016, 2, 28), None)]),
    ("baches", 120, []),
]


def _fill_at_0001(engine) -> None:
    """Rows written with plain SQL against the 0001 tables, as a case file of that build holds."""
    with engine.begin() as conn:
        for i, (slug, sig, crossings) in enumerate(CASE, start=1):
            conn.execute(text(
                "INSERT INTO petitions (id, url, title, summary, topic, status, admissibility, admissibility_note, "
                "signatures, as_of, tier, petitioner_names, search_text, created_at, updated_at, version_id) "
                "VALUES (:id, :url, :title, '', '', 'active', 'pending', '', :sig, :as_of, :tier, 'Ana Ruiz', "
                ":search, :now, :now, 1)"),
                {"id": i, "url": f"https://www.change.org/p/{slug}", "title": f"Petición {slug}", "sig": sig,
                 "as_of": date(2016, 3, 1), "tier": ([c[0] for c in crossings if c[3] is None] or ["watch"])[-1],
                 "search": slug, "now": NOW})
            conn.execute(text("INSERT INTO petitioners (petition_id, position, name, email, phone) "
                              "VALUES (:p, 0, 'Ana Ruiz', 'ana@example.org', '')"), {"p": i})
            conn.execute(text("INSERT INTO signature_counts (petition_id, counted_on, signatures) "
                              "VALUES (:p, :d, :s)"), {"p": i, "d": date(2016, 3, 1), "s": sig})
            for tier, threshold, crossed_on, reverted_on in crossings:
                conn.execute(text(
                    "INSERT INTO tier_crossings (petition_id, tier, threshold, policy_id, crossed_on, signatures, "
                    "reverted_on, reverted_signatures, created_at) "
                    "VALUES (:p, :t, :th, 1, :c, :s, :r, :rs, :now)"),
                    {"p": i, "t": tier, "th": threshold, "c": crossed_on, "s": threshold + 10,
                     "r": reverted_on, "rs": 4_800 if reverted_on else None, "now": NOW})
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT setval('petitions_id_seq', 4)"))


def test_upgrade_keeps_the_data_and_back_fills_open_duties(empty_url):
    engine = create_db_engine(empty_url)
    try:
        upgrade(engine, "0001")
        assert current_revision(engine) == "0001"
        _fill_at_0001(engine)
    finally:
        engine.dispose()

    database = Database(empty_url)  # opening upgrades to head, as the app does
    try:
        assert current_revision(database.engine) == SCHEMA_HEAD
        command.check(alembic_config(database.engine))
        with database.read() as s:
            register = petitions.list_petitions(s, COUNSEL)
            detail = petitions.petition_detail(s, COUNSEL, 1)
            work = duties.list_duties(s, COUNSEL, duties.DutyQuery(statuses=()), today=date(2016, 3, 5))
        assert sorted((r.url.rsplit("/", 1)[1], r.signatures, r.tier) for r in register) == [
            ("agua", 63_508, "audience"), ("baches", 120, "watch"), ("bici", 4_800, "watch"),
            ("parques", 5_100, "review")]
        assert [c.tier for c in detail.crossings] == ["review", "hearing", "audience"]
        assert [(p.name, p.email) for p in detail.petitioners] == [("Ana Ruiz", "ana@example.org")]
        got = sorted((r.petition_url.rsplit("/", 1)[1], r.kind, r.status, r.due_on, r.owner_id, r.bucket)
                     for r in work)
        assert got == [
            ("agua", "hearing", "open", date(2016, 2, 25), None, "overdue"),
            ("agua", "legal_review", "open", date(2016, 2, 11), None, "overdue"),
            ("agua", "mayoral_audience", "open", date(2016, 3, 31), None, "on_time"),
            ("parques", "legal_review", "open", date(2016, 3, 9), None, "on_time"),
        ], "no duty for the reverted crossing of 'bici' nor for 'baches'"
        with database.read() as s:
            assert duties.sync_from_crossings(s, COUNSEL) == duties.DutySync(0, 0, 0, 0), \
                "the back-fill left nothing for the import hook to do"
            s.rollback()
        # the new tables work: a new petition (ids continue after the old ones) gets its duty
        from tests.secretariat.helpers import day, row

        day(database, COUNSEL, [row("metro", 10_500, date(2016, 3, 4))])
        with database.read() as s:
            assert len(duties.list_duties(s, COUNSEL, duties.DutyQuery(statuses=()))) == 6
    finally:
        database.dispose()
