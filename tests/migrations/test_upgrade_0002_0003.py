"""Upgrading a case file with data from 0002 to 0003 (drafting, consultations, sessions):
petitions, counts, duties and meetings survive untouched, and the new tables take rows at once."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import select, text

from secretariat.db import SCHEMA_HEAD, Database, alembic_config, create_db_engine, current_revision, upgrade
from secretariat.models import Provision, ProvisionVersion, VersionImmutable
from secretariat.services import duties, petitions
from tests.migrations.test_upgrade_0001_0002 import COUNSEL, _fill_at_0001, empty_url  # noqa: F401

NOW = datetime(2016, 3, 6, 10, 0)


def _fill_at_0002(engine) -> None:
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO meetings (id, petition_id, kind, status, starts_at, ends_at, place, minutes, note, "
            "created_at, updated_at, version_id) VALUES (1, 1, 'hearing', 'held', :s, :e, 'Sala de juntas', "
            "'Se escuchó a la peticionaria.', '', :now, :now, 1)"),
            {"s": datetime(2016, 3, 4, 10), "e": datetime(2016, 3, 4, 11), "now": NOW})
        conn.execute(text("INSERT INTO attachment_blobs (sha256, content) VALUES (:h, :c)"),
                     {"h": "a" * 64, "c": b"acta"})


def _table_rows(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                for t in ("petitions", "petitioners", "signature_counts", "tier_crossings", "duties",
                          "meetings", "attachment_blobs", "audit_log")}


def test_upgrade_keeps_everything_and_the_drafting_tables_work(empty_url):
    engine = create_db_engine(empty_url)
    try:
        upgrade(engine, "0001")
        _fill_at_0001(engine)
        upgrade(engine, "0002")
        _fill_at_0002(engine)
        assert current_revision(engine) == "0002"
        before = _table_rows(engine)
    finally:
        engine.dispose()
    assert before["duties"] == 4 and before["meetings"] == 1

    database = Database(empty_url)
    try:
        assert current_revision(database.engine) == SCHEMA_HEAD == "0003"
        command.check(alembic_config(database.engine))
        assert _table_rows(database.engine) == before
        with database.read() as s:
            assert len(petitions.list_petitions(s, COUNSEL)) == 4
            assert len(duties.list_duties(s, COUNSEL, duties.DutyQuery(statuses=()))) == 4
        with database.write() as s:
            art = Provision(kind="articulo", citation="Art. 9", heading="Ciudad solidaria", position=1)
            s.add(art)
            s.flush()
            s.add(ProvisionVersion(provision_id=art.id, number=1, text="Toda persona tiene derecho al agua.",
                                   text_sha256="b" * 64, status="draft"))
        with database.write() as s:
            version = s.execute(select(ProvisionVersion)).scalar_one()
            version.text = "Otra redacción."
            with pytest.raises(VersionImmutable):
                s.flush()
            s.rollback()
        with database.read() as s:
            assert s.execute(select(ProvisionVersion.text)).scalar_one() == "Toda persona tiene derecho al agua."
    finally:
        database.dispose()
