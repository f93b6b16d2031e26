"""The invented demonstration case: its data, and loading it through the real import service."""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from secretariat.errors import PermissionDenied
from secretariat.models import AuditEntry, ImportBatch, Petition, SignatureCount, TierCrossing
from secretariat.progress import Cancelled, Progress
from secretariat.services import audit, demo_words, petitions
from secretariat.services.demo import load_demo
from secretariat.services.demo_data import build_case
from tests.conftest import make_actor

TODAY = date(2016, 9, 15)


def _tier(n: int) -> str:
    return "audience" if n >= 50_000 else "hearing" if n >= 10_000 else "review" if n >= 5_000 else "watch"


@pytest.fixture(scope="module")
def case():
    return build_case(seed=2016, today=TODAY, petitions=320, days=60)


# ------------------------------------------------------------------ the data, without a database

def test_same_seed_gives_the_same_case_and_another_seed_another(case):
    assert build_case(seed=2016, today=TODAY, petitions=320, days=60) == case
    other = build_case(seed=7, today=TODAY, petitions=320, days=60)
    assert {p.title for p in other.petitions} != {p.title for p in case.petitions}


def test_final_counts_spread_over_the_four_tiers_like_change_org(case):
    tiers = Counter(_tier(p.final) for p in case.petitions)
    assert len(case.petitions) == 320
    assert 3 <= tiers["audience"] <= 4
    assert 12 <= tiers["hearing"] <= 16
    assert 30 <= tiers["review"] <= 50
    assert tiers["watch"] >= 250
    total = sum(p.final for p in case.petitions)
    assert 200_000 <= total <= 1_200_000
    assert min(p.final for p in case.petitions) >= 1


def test_urls_and_titles_are_unique_and_look_like_change_org(case):
    urls = [p.url for p in case.petitions]
    assert len(set(urls)) == len(urls)
    assert len({p.title for p in case.petitions}) == len(urls)
    assert all(re.fullmatch(r"https://www\.change\.org/p/[a-z0-9]+(-[a-z0-9]+)*", u) for u in urls)


def test_people_are_invented_with_documentation_contacts(case):
    people = [x for p in case.petitions for x in p.petitioners]
    assert all(1 <= len(p.petitioners) <= 3 for p in case.petitions)
    assert any(len(p.petitioners) == 3 for p in case.petitions)
    assert all(p.petitioners[0].email for p in case.petitions)
    emails = [x.email for x in people if x.email]
    assert all(e.endswith(("@example.org", "@example.com")) for e in emails)
    assert len(set(emails)) == len(emails)
    assert all(x.phone == "" or re.fullmatch(r"55 0100 \d{4}", x.phone) for x in people)
    given = set(demo_words.GIVEN_FEMALE + demo_words.GIVEN_MALE + demo_words.GIVEN_COMPOUND)
    for x in people:
        words = x.name.split()
        assert " ".join(words[:-2]) in given and set(words[-2:]) <= set(demo_words.SURNAMES), x.name
        assert (" ".join(words[:-2]), words[-2]) not in demo_words.BLOCKED_NAMES
        assert not any(s in x.name for s in demo_words.PUBLIC_FIGURE_SURNAMES), x.name


def test_titles_and_summaries_read_as_spanish_petitions(case):
    topics = Counter(p.topic for p in case.petitions)
    assert len(topics) >= 18
    for p in case.petitions:
        sentences = [s for s in re.split(r"(?<=[a-záéíóúñ0-9)][.!?])\s+(?=[A-ZÁÉÍÓÚ¡¿])", p.summary) if s]
        assert 2 <= len(sentences) <= 3, p.summary
        assert p.title[0].isupper() or p.title[0] in "¡¿"
    assert any("Constitución de la CDMX" in p.title for p in case.petitions)


def test_growth_never_negative_and_only_drops_when_fraud_is_removed(case):
    drops = []
    for p in case.petitions:
        assert all(v >= 0 for v in p.series)
        assert len(p.series) == 60 - p.start
        falls = [(i, a, b) for i, (a, b) in enumerate(zip(p.series, p.series[1:])) if b < a]
        if falls:
            drops.append((p, falls))
    assert drops and all(p.kind.startswith("revert") for p, _ in drops)
    # the count crossed 5,000 and then fell below it: the crossing will be reverted
    low = next(p for p, _ in drops if p.kind == "revert_low")
    assert max(low.series) >= 5_000 > low.final
    # petitions keep appearing over the window; a viral jump exists
    starts = [p.start for p in case.petitions]
    assert sum(s > 0 for s in starts) >= 40 and max(starts) > 45
    assert any(max(b - a for a, b in zip(p.series, p.series[1:])) > 10_000 for p in case.petitions)
    # and some petitions stall for a week
    assert sum(1 for p in case.petitions if len(p.series) > 7 and p.series[-8] == p.series[-1]) >= 10


def test_decisions_cover_every_reason_and_most_big_petitions_are_admitted(case):
    by_url = {p.url: p for p in case.petitions}
    reasons = Counter(d.reason for d in case.decisions if d.decision == "inadmissible")
    assert set(reasons) == {"restricts_rights", "duplicate", "outside_matter", "other"}
    assert sum(reasons.values()) <= 10
    for d in case.decisions:
        if d.decision == "inadmissible":
            assert d.note
        if d.reason == "duplicate":
            assert d.duplicate_of_url in by_url and d.duplicate_of_url != d.url
            orig, dup = by_url[d.duplicate_of_url], by_url[d.url]
            assert orig.topic == dup.topic and orig.start <= dup.start
    big = [p for p in case.petitions if p.final >= 5_000]
    admitted = {d.url for d in case.decisions if d.decision == "admitted"}
    assert all(by_url[u].final >= 5_000 for u in admitted)
    assert 0.7 * len(big) <= len(admitted) < len(big)


def test_monitoring_files_list_every_petition_already_online(case):
    first, last = case.rows_for(0), case.rows_for(59)
    assert len(last) == 320 and len(first) < 320
    assert [r.line for r in last] == list(range(2, 322))
    assert {r.as_of for r in last} == {TODAY} and {r.as_of for r in first} == {TODAY - timedelta(days=59)}
    assert all(len(r.emails) == len(r.petitioners) == len(r.phones) for r in last)


@pytest.mark.parametrize("n, days", [(1, 1), (5, 3), (12, 5), (40, 8)])
def test_small_cases_keep_the_rules(n, days):
    small = build_case(seed=3, today=TODAY, petitions=n, days=days)
    assert len(small.petitions) == n == len({p.url for p in small.petitions})
    assert all(len(p.series) == days - p.start and min(p.series) >= 1 for p in small.petitions)
    assert len(small.rows_for(days - 1)) == n
    urls = {p.url for p in small.petitions}
    assert all(d.url in urls and d.duplicate_of_url in urls | {None} for d in small.decisions)


# ------------------------------------------------------------------ loading it

def _load(db, actor, **kw):
    kw = {"today": TODAY, "petitions": 60, "days": 20, **kw}
    with db.write() as s:
        return load_demo(s, actor, **kw)


def test_loading_fills_the_case_file_through_the_real_import(db, counsel):
    summary = _load(db, counsel)
    expected = build_case(seed=2016, today=TODAY, petitions=60, days=20)
    with db.read() as s:
        rows = {r.url: r for r in petitions.list_petitions(s, counsel)}
        tiers = petitions.tier_counts(s, counsel)
        n_counts = s.scalar(select(func.count()).select_from(SignatureCount))
        n_files = s.scalar(select(func.count()).select_from(ImportBatch))
        reverted = s.execute(select(TierCrossing.petition_id).where(TierCrossing.reverted_on.is_not(None))).all()
        check = audit.verify(s, counsel)
        actions = Counter(s.scalars(select(AuditEntry.action)))
    assert summary.petitions == 60 == len(rows) and summary.days == 20 == n_files
    assert summary.counts == n_counts == sum(len(p.series) for p in expected.petitions)
    assert all(v >= 1 for v in tiers.values()), tiers
    assert summary.reverts >= 1 and len(reverted) == summary.reverts
    for p in expected.petitions:
        r = rows[p.url]
        assert (r.signatures, r.as_of, r.tier, r.title) == (p.final, TODAY, _tier(p.final), p.title)
    assert any(r.growth_7d and r.growth_7d > 0 for r in rows.values())
    adm = Counter(r.admissibility for r in rows.values())
    assert (adm["admitted"], adm["inadmissible"]) == (summary.admitted, summary.inadmissible)
    assert summary.admitted >= 3 and summary.inadmissible == 4 and adm["pending"] > 40
    assert check.ok and actions["import"] == 20 and actions["load_demo"] == 1
    assert actions["decide_admissibility"] == summary.admitted + summary.inadmissible


def test_duplicate_and_reverted_petitions_show_their_story(db, counsel):
    _load(db, counsel)
    with db.read() as s:
        dup = s.scalar(select(Petition.id).where(Petition.inadmissible_reason == "duplicate"))
        d = petitions.petition_detail(s, counsel, dup)
        low_id = s.scalar(select(TierCrossing.petition_id).where(TierCrossing.reverted_on.is_not(None)))
        low = petitions.petition_detail(s, counsel, low_id)
    assert d.duplicate_of_url and d.duplicate_of_url != d.url and d.admissibility_note
    crossing = next(c for c in low.crossings if c.reverted_on)
    assert crossing.signatures >= crossing.threshold > crossing.reverted_signatures
    assert crossing.crossed_on < crossing.reverted_on <= TODAY
    assert len(low.counts) == 20


def test_only_the_counsel_can_load_the_demo(db, adviser, clerk, observer):
    for actor in (adviser, clerk, observer):  # the adviser may import, but not load the demo
        with pytest.raises(PermissionDenied), db.write() as s:
            load_demo(s, actor, today=TODAY, petitions=60, days=20)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Petition)) == 0


def test_cancelling_midway_leaves_the_case_file_empty(db, counsel):
    seen: list[tuple[int, int]] = []
    progress = Progress(report=lambda done, total: seen.append((done, total)),
                        is_cancelled=lambda: len(seen) >= 5)
    with pytest.raises(Cancelled), db.write() as s:
        load_demo(s, counsel, progress, today=TODAY, petitions=60, days=20)
    assert seen == [(i, 20) for i in range(5)]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Petition)) == 0
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")) == 0


def test_full_default_demo_on_sqlite(sqlite_db):
    actor = make_actor(sqlite_db, "consejera", "counsel")
    seen = []
    started = time.perf_counter()
    with sqlite_db.write() as s:
        summary = load_demo(s, actor, Progress(report=lambda d, t: seen.append((d, t))), today=TODAY)
    elapsed = time.perf_counter() - started
    with sqlite_db.read() as s:
        tiers = petitions.tier_counts(s, actor)
    assert summary.petitions == 320 and summary.days == 60 and summary.reverts >= 2
    assert 3 <= tiers["audience"] <= 4 and 12 <= tiers["hearing"] <= 16 and 30 <= tiers["review"] <= 50
    assert summary.inadmissible == 7 and summary.admitted > 40
    assert seen[0] == (0, 60) and seen[-1] == (60, 60)
    print(f"full demo on SQLite: {elapsed:.2f} s")
