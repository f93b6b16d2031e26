"""Tier crossings, reverts and threshold changes, through the import service."""

from datetime import date

import pytest

from secretariat.errors import PermissionDenied, SecretariatError
from secretariat.services import petitions, tiers
from secretariat.services.tiers import HeldCrossing, Policy, evaluate

from .helpers import day, row

D = date(2016, 7, 1)
POLICY = Policy(1, 5000, 10000, 50000, None)


def detail(db, actor, slug):
    with db.read() as s:
        pid = petitions.petition_id_by_url(s, f"https://www.change.org/p/{slug}")
        return petitions.petition_detail(s, actor, pid)


@pytest.mark.parametrize("count,tier", [(0, "watch"), (4999, "watch"), (5000, "review"), (9999, "review"),
                                        (10000, "hearing"), (49999, "hearing"), (50000, "audience")])
def test_tier_boundaries(count, tier):
    assert POLICY.tier_for(count) == tier
    # the import's own path agrees with the policy at every boundary
    assert tiers.tier_of(tiers.apply_events([], evaluate([], count, D, POLICY))) == tier


def test_lowered_thresholds_do_not_revert_a_tier_still_met(db, counsel):
    day(db, counsel, [row("a", 5200, date(2016, 7, 1))])
    with db.write() as s:
        tiers.set_thresholds(s, counsel, 4000, 9000, 45000)
    summary = day(db, counsel, [row("a", 4500, date(2016, 7, 2))])
    assert (summary.reverts, summary.crossings) == (0, 0)
    d = detail(db, counsel, "a")
    assert d.tier == "review" and [(c.tier, c.reverted_on) for c in d.crossings] == [("review", None)]
    assert d.crossings[0].crossed_on == date(2016, 7, 1)


def test_jump_crosses_every_tier_at_once():
    events = evaluate([], 60000, D, POLICY)
    assert [(e.kind, e.tier, e.threshold) for e in events] == [
        ("crossed", "review", 5000), ("crossed", "hearing", 10000), ("crossed", "audience", 50000)]


def test_drop_reverts_only_crossings_above_count():
    held = [HeldCrossing(1, "review", 5000), HeldCrossing(2, "hearing", 10000)]
    events = evaluate(held, 9000, D, POLICY)
    assert [(e.kind, e.tier, e.crossing_id) for e in events] == [("reverted", "hearing", 2)]


def test_crossing_recorded_with_date_count_and_thresholds(db, adviser):
    day(db, adviser, [row("agua", 4000, date(2016, 7, 1))])
    day(db, adviser, [row("agua", 10200, date(2016, 7, 2))])
    d = detail(db, adviser, "agua")
    assert d.tier == "hearing"
    assert [(c.tier, c.crossed_on, c.signatures, c.threshold, c.policy) for c in d.crossings] == [
        ("review", date(2016, 7, 2), 10200, 5000, (5000, 10000, 50000)),
        ("hearing", date(2016, 7, 2), 10200, 10000, (5000, 10000, 50000)),
    ]


def test_days_since_last_crossing_ignore_reverts(db, adviser):
    day(db, adviser, [row("c", 10500, date(2016, 7, 1))])
    day(db, adviser, [row("c", 9000, date(2016, 7, 5))])
    with db.read() as s:
        (r,) = petitions.list_petitions(s, adviser)
    assert r.last_crossing_on == date(2016, 7, 1)


def test_fall_below_threshold_marks_reverted_and_keeps_row(db, adviser):
    day(db, adviser, [row("bici", 10500, date(2016, 7, 1))])
    summary = day(db, adviser, [row("bici", 9800, date(2016, 7, 2))])
    assert summary.reverts == 1
    d = detail(db, adviser, "bici")
    assert d.tier == "review"
    hearing = [c for c in d.crossings if c.tier == "hearing"]
    assert len(hearing) == 1 and hearing[0].reverted_on == date(2016, 7, 2)
    assert hearing[0].reverted_signatures == 9800
    # crossing again later creates a new crossing; the reverted one stays on record
    day(db, adviser, [row("bici", 11000, date(2016, 7, 3))])
    d = detail(db, adviser, "bici")
    assert d.tier == "hearing"
    assert [(c.tier, c.reverted_on) for c in d.crossings if c.tier == "hearing"] == [
        ("hearing", date(2016, 7, 2)), ("hearing", None)]


def test_threshold_change_does_not_retier_the_past(db, counsel):
    day(db, counsel, [row("vivienda", 6000, date(2016, 7, 1))])
    with db.write() as s:
        tiers.set_thresholds(s, counsel, 7000, 12000, 60000, note="acuerdo del comité")
    d = detail(db, counsel, "vivienda")
    assert d.tier == "review"
    assert d.crossings[0].threshold == 5000 and d.crossings[0].policy == (5000, 10000, 50000)
    # a new petition at the same count is judged by the new thresholds
    day(db, counsel, [row("movilidad", 6000, date(2016, 7, 2))])
    assert detail(db, counsel, "movilidad").tier == "watch"
    # the change is in the audit trail
    from secretariat.services import audit
    with db.read() as s:
        rows = audit.history(s, counsel, "policy", tiers.current_policy(s).id)
    assert rows and rows[0].action == "set_thresholds" and '"review":5000' in rows[0].before


@pytest.mark.parametrize("values", [(5000, 5000, 50000), (0, 10, 20), (9000, 8000, 50000), (5000, 10000, 10000)])
def test_thresholds_must_increase(db, counsel, values):
    with pytest.raises(SecretariatError) as e, db.write() as s:
        tiers.set_thresholds(s, counsel, *values)
    assert "crecientes" in e.value.sentence("es")


@pytest.mark.parametrize("who", ["adviser", "clerk", "observer"])
def test_only_counsel_changes_thresholds(db, request, who):
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied), db.write() as s:
        tiers.set_thresholds(s, actor, 6000, 11000, 55000)
    with db.read() as s:
        assert tiers.current_policy(s).review == 5000
