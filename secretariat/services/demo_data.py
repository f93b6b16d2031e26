"""The invented demonstration case as plain data: petitions, their daily counts and decisions.

Pure and deterministic: the same ``seed``, ``today``, ``petitions`` and ``days`` always give the
same case. ``demo.load_demo`` feeds it, one monitoring file per day, through the real import
service. Shapes follow Change.org: most petitions stay small; some grow steadily, some in an
S-curve, some jump after press coverage and some stall; new petitions appear along the way; and
Change.org's removal of fraudulent signatures makes a few counts drop (which reverts a crossing).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..text import fold
from . import demo_words as W
from .import_parse import ImportRow

REVIEW, HEARING, AUDIENCE = 5_000, 10_000, 50_000  # the default thresholds the shapes aim at


@dataclass(frozen=True)
class DemoPerson:
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class DemoPetition:
    url: str
    title: str
    topic: str
    summary: str
    petitioners: tuple[DemoPerson, ...]
    start: int                    # index of the first day it appears in the monitoring
    series: tuple[int, ...]       # counts from day ``start`` to the last day
    kind: str = "normal"          # normal | restricts | outside | other | duplicate | revert_low | revert_high

    def count_on(self, day: int) -> int | None:
        return self.series[day - self.start] if day >= self.start else None  # None: not online yet

    @property
    def final(self) -> int:
        return self.series[-1]


@dataclass(frozen=True)
class DemoDecision:
    url: str
    decision: str                 # admitted | inadmissible
    reason: str | None = None
    note: str = ""
    duplicate_of_url: str | None = None


@dataclass(frozen=True)
class DemoCase:
    dates: tuple[date, ...]
    petitions: tuple[DemoPetition, ...]
    decisions: tuple[DemoDecision, ...]

    def rows_for(self, day: int) -> list[ImportRow]:
        """The monitoring file of day ``day``: one row per petition already online."""
        out = []
        for p in self.petitions:
            count = p.count_on(day)
            if count is None:
                continue
            out.append(ImportRow(
                line=len(out) + 2, url=p.url, title=p.title,
                petitioners=tuple(x.name for x in p.petitioners), signatures=count,
                as_of=self.dates[day], emails=tuple(x.email for x in p.petitioners),
                phones=tuple(x.phone for x in p.petitioners), topic=p.topic, summary=p.summary))
        return out


# ------------------------------------------------------------------------------ growth shapes

def _shape(name: str, rng: random.Random):
    """A non-decreasing g on [0, 1] with g(0) = 0 and g(1) = 1."""
    if name == "steady":
        p = rng.uniform(0.8, 1.3)
        return lambda u: u ** p
    if name == "plateau":  # fast at first, then stalls
        k = rng.uniform(4, 9)
        return lambda u: (1 - math.exp(-k * u)) / (1 - math.exp(-k))
    if name == "logistic":
        k, m = rng.uniform(6, 12), rng.uniform(0.3, 0.7)
        lo, hi = 1 / (1 + math.exp(k * m)), 1 / (1 + math.exp(-k * (1 - m)))
        return lambda u: (1 / (1 + math.exp(-k * (u - m))) - lo) / (hi - lo)
    # "viral": slow until press coverage on day m, then a jump that saturates
    m, w, k = rng.uniform(0.25, 0.75), rng.uniform(0.04, 0.15), rng.uniform(8, 20)
    tail = 1 - math.exp(-k * (1 - m))
    return lambda u: w * u / m if u < m else w + (1 - w) * (1 - math.exp(-k * (u - m))) / tail


def _curve(rng: random.Random, start: int, final: int, length: int, shape: str) -> list[int]:
    """``length`` daily counts from ``start`` to ``final``, never decreasing, with daily noise."""
    if length <= 1:
        return [final]
    g = _shape(shape, rng)
    fractions = [g(i / (length - 1)) for i in range(length)]
    steps = [max(0.0, b - a) * rng.uniform(0.6, 1.4) for a, b in zip(fractions, fractions[1:])]
    total = sum(steps) or 1.0
    if not any(steps):
        steps = [1.0] * (length - 1)
        total = float(length - 1)
    out, acc = [start], 0.0
    for s in steps:
        acc += s
        out.append(start + round((final - start) * min(1.0, acc / total)))
    out[-1] = final
    return out


def _keyframes(rng: random.Random, frames: list[tuple[int, int]]) -> list[int]:
    """Counts through (day, value) keyframes; a lower value the next day is a sudden drop."""
    out = [frames[0][1]]
    for (d0, v0), (d1, v1) in zip(frames, frames[1:]):
        if d1 <= d0:
            continue
        if v1 >= v0:
            out += _curve(rng, v0, v1, d1 - d0 + 1, "steady")[1:]
        else:
            out += [v1] * (d1 - d0)
    return out


def _final_count(rng: random.Random, tier: str) -> int:
    if tier == "audience":
        return AUDIENCE + 500 + int(24_000 * rng.random() ** 1.3)
    if tier == "hearing":
        return int(HEARING * math.exp(rng.random() ** 2 * math.log(4.2)))
    if tier == "review":
        return min(9_950, REVIEW + int(5_000 * rng.random() ** 1.6))
    return max(2, min(4_900, int(rng.lognormvariate(math.log(180), 1.3))))


_SHAPES = {
    "watch": (("plateau", 4), ("steady", 3), ("logistic", 1)),
    "review": (("plateau", 2), ("steady", 3), ("logistic", 3), ("viral", 1)),
    "hearing": (("steady", 2), ("logistic", 3), ("viral", 3)),
    "audience": (("viral", 4), ("logistic", 1)),
}
_EXISTING = {"watch": (0.65, 0.35, 0.97), "review": (0.8, 0.25, 0.85),
             "hearing": (0.85, 0.1, 0.6), "audience": (0.75, 0.03, 0.2)}


def _series(rng: random.Random, tier: str, last: int) -> tuple[int, list[int]]:
    final = _final_count(rng, tier)
    share_existing, lo, hi = _EXISTING[tier]
    if last == 0 or rng.random() < share_existing:
        start, first = 0, max(1, round(final * rng.uniform(lo, hi)))
    else:
        latest = last if tier == "watch" else max(1, int(last * 0.6))
        start, first = rng.randint(1, latest), max(1, round(final * rng.uniform(0.005, 0.08)))
    names, weights = zip(*_SHAPES[tier])
    shape = rng.choices(names, weights)[0]
    return start, _curve(rng, min(first, final), final, last - start + 1, shape)


def _revert_series(rng: random.Random, kind: str, last: int) -> list[int]:
    if kind == "revert_low":  # crosses review, loses fraudulent signatures, stays below
        c = max(1, round(0.4 * last))
        r = max(c + 1, round(0.7 * last))
        peak = rng.randint(5_100, 5_400)
        low = rng.randint(4_650, 4_850)
        return _keyframes(rng, [(0, rng.randint(2_900, 3_400)), (c, peak),
                                (r - 1, peak + rng.randint(50, 200)), (r, low),
                                (last, max(low, rng.randint(4_800, 4_980)))])
    c = max(1, round(0.3 * last))  # revert_high: crosses hearing, drops, crosses again
    r = max(c + 1, round(0.5 * last))
    peak = rng.randint(10_150, 10_500)
    return _keyframes(rng, [(0, rng.randint(7_200, 8_000)), (c, peak),
                            (r - 1, peak + rng.randint(300, 600)), (r, rng.randint(9_400, 9_800)),
                            (last, rng.randint(12_000, 14_000))])


# ------------------------------------------------------------------------------ words

def _slug(title: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")
    if len(s) > 80:
        s = s[:80].rsplit("-", 1)[0]
    return s


class _People:
    def __init__(self, rng: random.Random) -> None:
        self.rng, self.names, self.emails = rng, set(), set()

    def _name(self) -> tuple[str, str, str]:
        rng = self.rng
        while True:
            pool = rng.choices((W.GIVEN_FEMALE, W.GIVEN_MALE, W.GIVEN_COMPOUND), (45, 40, 15))[0]
            given = rng.choice(pool)
            s1, s2 = rng.sample(W.SURNAMES, 2)
            full = f"{given} {s1} {s2}"
            if (given.split()[0], s1) not in W.BLOCKED_NAMES and (given, s1) not in W.BLOCKED_NAMES \
                    and full not in self.names:
                self.names.add(full)
                return full, given, f"{s1} {s2}"

    def person(self, first: bool) -> DemoPerson:
        rng = self.rng
        full, given, surnames = self._name()
        g = fold(given).split()
        s1, s2 = (fold(x).replace(" ", "") for x in surnames.split())
        email = ""
        if first or rng.random() < 0.85:
            local = rng.choice((f"{g[0]}.{s1}", f"{g[0]}{s1}{rng.randint(60, 99)}",
                                f"{''.join(x[0] for x in g)}{s1}{s2[0]}", f"{g[0]}_{s1}{rng.randint(1, 30)}"))
            domain = rng.choice(W.EMAIL_DOMAINS)
            email, n = f"{local}@{domain}", 2
            while email in self.emails:
                email, n = f"{local}{n}@{domain}", n + 1
            self.emails.add(email)
        phone = f"55 0100 {rng.randrange(10_000):04d}" if rng.random() < 0.7 else ""
        return DemoPerson(full, email, phone)

    def group(self) -> tuple[DemoPerson, ...]:
        k = self.rng.choices((1, 2, 3), (70, 22, 8))[0]
        return tuple(self.person(i == 0) for i in range(k))


def _summary(rng: random.Random, topic: W.Topic, claim: str, place: str | None) -> str:
    first = rng.choice(topic.problems).format(place=place or rng.choice(W.PLACES))
    ask = rng.choice(W.ASKS)
    text = (f"{first} Pedimos a la Asamblea Constituyente que la Constitución de la Ciudad de México "
            f"{ask} {claim}.")
    if rng.random() < 0.6:
        text += " " + rng.choice(W.CLOSINGS)
    return text


def _title(rng: random.Random, used: set[str], topic: W.Topic, claim: str | None = None,
           slogan: float = 0.3) -> tuple[str, str, str | None]:
    """A title not used yet, its claim and its place (if the title names one)."""
    free = [s for s in topic.standalone if s[0] not in used]
    if claim is None and free and rng.random() < slogan:
        title, claim = rng.choice(free)
        used.add(title)
        return title, claim, None
    for _ in range(200):
        c = claim or rng.choice(topic.claims)
        place = rng.choice(W.PLACES) if rng.random() < 0.3 else None
        frame = rng.choice(W.PLACE_FRAMES if place else W.FRAMES)
        title = frame.format(claim=c, place=place)
        if title not in used:
            used.add(title)
            return title, c, place
    raise RuntimeError("no free title")  # pragma: no cover - 117 claims × 11 frames × 16 places


# ------------------------------------------------------------------------------ the case

def _quotas(n: int) -> dict[str, int]:
    """Tier shares at ``today``: about 4, 14 and 40 of 320 above the three thresholds."""
    q = {"audience": round(n * 3.5 / 320), "hearing": round(n * 14 / 320), "review": round(n * 40 / 320)}
    if n >= 8:
        q = {k: max(1, v) for k, v in q.items()}
    q["watch"] = n - sum(q.values())
    return q


def _roles(n: int, days: int) -> list[tuple[str, str, int]]:
    """(tier, kind, index-within-its-list) for each special petition."""
    if n < 12:
        return []
    many = n >= 200
    roles = [("review", "restricts", 0), ("review", "outside", 0), ("watch", "other", 0),
             ("review", "duplicate", 0)]
    if many:
        roles += [("watch", "restricts", 1), ("watch", "outside", 1), ("watch", "duplicate", 1)]
    if days >= 5:
        roles.append(("watch", "revert_low", 0))
    if n >= 100 and days >= 10:
        roles.append(("hearing", "revert_high", 0))
    return roles


def build_case(*, seed: int, today: date, petitions: int, days: int) -> DemoCase:
    if petitions < 1 or days < 1:
        raise ValueError("petitions and days must be positive")
    rng = random.Random(seed)
    last = days - 1
    dates = tuple(today - timedelta(days=last - i) for i in range(days))
    tiers = [t for t, k in _quotas(petitions).items() for _ in range(k)]
    rng.shuffle(tiers)
    kinds = ["normal"] * petitions
    specials: dict[int, tuple[str, int]] = {}
    for tier, kind, idx in _roles(petitions, days):
        slot = next((i for i, t in enumerate(tiers) if t == tier and kinds[i] == "normal"),
                    next(i for i, k in enumerate(kinds) if k == "normal"))
        kinds[slot] = kind
        specials[slot] = (kind, idx)

    fixed = {"restricts": W.RESTRICTS_RIGHTS, "outside": W.OUTSIDE_MATTER, "other": W.OTHER}
    used = {t[0] for group in fixed.values() for t in group}
    people = _People(rng)
    topics = {t.name: t for t in W.TOPICS}
    drafts: list[dict] = []
    for i, tier in enumerate(tiers):
        kind = kinds[i]
        if kind in ("revert_low", "revert_high"):
            start, series = 0, _revert_series(rng, kind, last)
        else:
            start, series = _series(rng, tier, last)
        d = {"kind": kind, "start": start, "series": series, "note": "", "order": rng.random()}
        if kind in fixed:
            title, topic, problem, note = fixed[kind][specials[i][1]]
            d.update(title=title, topic=topic, note=note, claim=None,
                     summary=f"{problem} Pedimos que quede así en la Constitución de la Ciudad de México.")
        elif kind != "duplicate":
            big = tier in ("hearing", "audience")  # the big ones are mostly on popular themes
            topic = rng.choices(W.TOPICS, [t.weight ** (3 if big else 1) for t in W.TOPICS])[0]
            title, claim, place = _title(rng, used, topic, slogan=0.8 if big else 0.3)
            d.update(title=title, topic=topic.name, claim=claim,
                     summary=_summary(rng, topic, claim, place))
        d["people"] = people.group()
        drafts.append(d)

    # Duplicates repeat the claim of a bigger petition in other words.
    originals = sorted((d for d in drafts if d["kind"] == "normal" and d["claim"]
                        and d["series"][-1] >= REVIEW), key=lambda d: -d["series"][-1])
    for n_dup, d in enumerate(x for x in drafts if x["kind"] == "duplicate"):
        earlier = [o for o in originals if o["start"] <= d["start"]]  # the original came first
        orig = earlier[n_dup % len(earlier)] if earlier else None
        if orig is None:
            d["kind"] = "normal"
            orig = {"topic": rng.choice(W.TOPICS).name, "claim": None}
        topic = topics[orig["topic"]]
        title, claim, place = _title(rng, used, topic, orig["claim"])
        d.update(title=title, topic=topic.name, claim=claim, summary=_summary(rng, topic, claim, place),
                 original=orig)

    slugs: set[str] = set()
    for d in drafts:
        slug, base, n = _slug(d["title"]), _slug(d["title"]), 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        d["url"] = f"https://www.change.org/p/{slug}"

    drafts.sort(key=lambda d: (d["start"], d["order"]))
    built = tuple(DemoPetition(d["url"], d["title"], d["topic"], d["summary"], d["people"],
                               d["start"], tuple(d["series"]), d["kind"]) for d in drafts)
    return DemoCase(dates, built, _decisions(rng, drafts, days))


def _decisions(rng: random.Random, drafts: list[dict], days: int) -> tuple[DemoDecision, ...]:
    reasons = {"restricts": "restricts_rights", "outside": "outside_matter", "other": "other"}
    recent = max(2, days // 8)  # crossed review in the last days: the legal review is under way
    out = []
    for d in drafts:
        kind, series = d["kind"], d["series"]
        if kind in reasons:
            out.append(DemoDecision(d["url"], "inadmissible", reasons[kind], d["note"]))
        elif kind == "duplicate":
            out.append(DemoDecision(d["url"], "inadmissible", "duplicate", W.DUPLICATE_NOTE,
                                    d["original"]["url"]))
        elif series[-1] >= REVIEW:
            crossed = d["start"] + next(i for i, v in enumerate(series) if v >= REVIEW)
            if crossed < days - recent and rng.random() > 0.08:
                out.append(DemoDecision(d["url"], "admitted"))
    return tuple(out)
