"""Two advisers saving the same provision at once: the second is told and shown the redline, and
no version is ever lost (both backends)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from secretariat.models import ProvisionVersion
from secretariat.redline import new_text, old_text
from secretariat.services import wording
from secretariat.services.provision_rows import get_provision
from secretariat.services.wording import WordingConflict
from tests.conftest import make_actor
from tests.secretariat.test_provisions import add

BASE = "Toda persona tiene derecho al agua."
MINE = "Toda persona tiene derecho al agua potable."
THEIRS = "Toda persona tiene derecho humano al agua."


@pytest.fixture
def n3(db, adviser):
    prov = add(db, adviser, "articulo", "Art. 16, A, 3", "Derecho al agua")
    with db.write() as s:
        wording.save_version(s, adviser, prov.id, BASE, base_number=None)
    return prov.id


def numbers_and_texts(db, provision_id):
    with db.read() as s:
        return s.execute(select(ProvisionVersion.number, ProvisionVersion.text)
                         .where(ProvisionVersion.provision_id == provision_id)
                         .order_by(ProvisionVersion.number)).all()


def check_told(err: WordingConflict, winner_text: str, winner_name: str):
    assert err.code == "wording_conflict"
    assert err.theirs.text == winner_text and err.theirs.row.number == 2 and err.theirs.row.author == winner_name
    assert err.base.text == BASE and err.base.row.number == 1
    assert old_text(err.segments) == BASE and new_text(err.segments) == winner_text
    sentence = err.sentence("es")
    assert "«Art. 16, A, 3»" in sentence and f"{winner_name} guardó la versión 2" in sentence


def test_two_advisers_saving_at_once_the_second_is_told_with_the_redline(db, db_url, adviser, n3):
    other = make_actor(db, "asesora2", "adviser")
    texts = {adviser.name: MINE, other.name: THEIRS}
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def write(actor):
        try:
            barrier.wait(timeout=10)
            with db.write() as s:
                results[actor.name] = wording.save_version(s, actor, n3, texts[actor.name], base_number=1)
        except Exception as exc:  # noqa: BLE001  (inspected below)
            results[actor.name] = exc

    threads = [threading.Thread(target=write, args=(a,)) for a in (adviser, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    saved = [name for name, r in results.items() if isinstance(r, wording.VersionRow)]
    told = [name for name, r in results.items() if isinstance(r, WordingConflict)]
    assert len(saved) == 1 and len(told) == 1, results
    check_told(results[told[0]], texts[saved[0]], saved[0])
    # The second writer keeps their text, saves it on top of the winner's, and nothing is lost.
    loser = adviser if told[0] == adviser.name else other
    with db.write() as s:
        assert wording.save_version(s, loser, n3, texts[loser.name], base_number=2).number == 3
    assert numbers_and_texts(db, n3) == [(1, BASE), (2, texts[saved[0]]), (3, texts[loser.name])]


def test_a_save_that_loses_the_race_for_the_number_is_told_too(db, adviser, counsel, n3):
    """Session B read version 1 as current before session A's version 2 was committed; its
    insert of number 2 collides with A's on the unique (provision, number) pair."""
    with db.write() as a:
        wording.save_version(a, counsel, n3, THEIRS, base_number=1)
    with pytest.raises(WordingConflict) as told:
        with db.write() as b:
            prov = get_provision(b, n3)
            wording._insert(b, adviser, prov, 1, MINE, "", None)  # what B does after its stale read
    check_told(told.value, THEIRS, "consejera")
    assert isinstance(told.value.__context__, IntegrityError)  # it did collide on the constraint
    assert numbers_and_texts(db, n3) == [(1, BASE), (2, THEIRS)]


def _waiting_on_a_lock(db) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar())


def test_racing_inserts_without_the_write_lock_still_lose_nothing(db, adviser, counsel, n3):
    """PostgreSQL, two sessions that skip ``Database.write``'s lock: B reads version 1, inserts
    number 2 and waits on A's uncommitted row; when A commits, B gets the conflict, not a driver
    error. (SQLite writers cannot interleave like this: BEGIN IMMEDIATE serialises them.)"""
    if db.is_sqlite:
        pytest.skip("SQLite serialises writers; the collision itself is covered on both backends above")
    plain = sessionmaker(db.engine, expire_on_commit=False)
    outcome: dict[str, object] = {}
    with plain() as a:
        a.begin()
        wording.save_version(a, counsel, n3, THEIRS, base_number=1)

        def b_saves():
            with plain() as b:
                b.begin()
                try:
                    outcome["b"] = wording.save_version(b, adviser, n3, MINE, base_number=1)
                    b.commit()
                except Exception as exc:  # noqa: BLE001
                    b.rollback()
                    outcome["b"] = exc

        thread = threading.Thread(target=b_saves)
        thread.start()
        deadline = time.monotonic() + 20
        while not _waiting_on_a_lock(db):
            assert time.monotonic() < deadline, "B never reached the insert"
            time.sleep(0.02)
        a.commit()
        thread.join(timeout=30)
    assert isinstance(outcome["b"], WordingConflict), outcome
    check_told(outcome["b"], THEIRS, "consejera")
    assert isinstance(outcome["b"].__context__, IntegrityError)  # it did collide on the constraint
    assert numbers_and_texts(db, n3) == [(1, BASE), (2, THEIRS)]
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(ProvisionVersion)).scalar_one() == 2
