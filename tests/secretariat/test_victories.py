"""Victory: the petition feeds a provision whose current version is final, and its consultation
is approved on today's wording. A draft, a stale approval or a rejection is not a victory."""

from __future__ import annotations

from datetime import timedelta

import pytest

from secretariat.services import consultations as c
from tests.secretariat.test_consultations_support import ON, current, drafted_case, finalize, save, shown


@pytest.fixture
def case(db, counsel):
    return drafted_case(db, counsel)


def _answer(db, actor, petition_id, versions, outcome="approved", remarks=""):
    with db.write() as s:
        c.record_outcome(s, actor, petition_id, outcome=outcome, decided_on=ON + timedelta(days=5),
                         method="email", versions=versions, remarks=remarks)


def _finalize(db, counsel, provision_id):
    with db.write() as s:
        finalize(s, counsel, current(s, provision_id))


def _victories(db, actor) -> list[str]:
    with db.read() as s:
        found = c.victories(s, actor)
        flagged = [r.title for r in c.list_consultations(s, actor) if r.victory]
    assert [r.title for r in found] == flagged
    return flagged


def test_final_and_approved_is_a_victory(db, counsel, clerk, observer, case):
    _finalize(db, counsel, case["art13"])
    _answer(db, clerk, case["bici"], shown(db, case["art13"]))
    assert _victories(db, observer) == ["Ciclovías seguras en la ciudad"]


def test_an_approval_on_a_draft_is_not_a_victory_until_it_is_final(db, counsel, clerk, case):
    _answer(db, clerk, case["bici"], shown(db, case["art13"]))
    assert _victories(db, clerk) == []
    # marking the approved wording final changes its status, not its words: the approval holds
    _finalize(db, counsel, case["art13"])
    with db.read() as s:
        (row,) = [r for r in c.list_consultations(s, clerk) if r.petition_id == case["bici"]]
    assert (row.state, row.victory) == ("approved", True)


def test_one_final_provision_among_several_is_enough(db, counsel, clerk, case):
    _answer(db, clerk, case["agua"], shown(db, case["art9"], case["art16"]))
    _finalize(db, counsel, case["art16"])
    assert _victories(db, clerk) == ["Derecho al agua potable"]


def test_a_stale_approval_is_not_a_victory(db, counsel, adviser, clerk, case):
    _answer(db, clerk, case["bici"], shown(db, case["art13"]))
    with db.write() as s:
        save(s, adviser, case["art13"], "Se garantiza la movilidad segura y sustentable.")
    _finalize(db, counsel, case["art13"])
    assert _victories(db, clerk) == []
    with db.read() as s:
        assert c.consultation_counts(s, clerk)["stale"] == 1


def test_a_rejection_is_not_a_victory(db, counsel, clerk, case):
    _finalize(db, counsel, case["art13"])
    _answer(db, clerk, case["bici"], shown(db, case["art13"]), outcome="rejected",
            remarks="La redacción no menciona las ciclovías.")
    assert _victories(db, clerk) == []
    # a later approval on the same wording replaces the rejection as the latest answer
    _answer(db, clerk, case["bici"], shown(db, case["art13"]), outcome="approved_with_remarks",
            remarks="Conforme, aunque preferiría mencionar las ciclovías.")
    assert _victories(db, clerk) == ["Ciclovías seguras en la ciudad"]
