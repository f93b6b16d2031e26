"""Tier policy: thresholds, crossings and reverts.

Rules:
- the tier of a petition is the highest tier among its crossings that are not reverted;
- a new count at or above the threshold *in force* crosses a tier not already held; the crossing
  records the count's date, the count, the threshold and the policy;
- a count below the threshold *recorded in a held crossing* (and below the one in force now)
  reverts that crossing (it is marked, never deleted);
- changing the thresholds writes a new policy row and an audit row; past crossings stay as they
  were (nothing is re-tiered silently). The new thresholds apply to counts imported afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import SecretariatError
from ..models import TierPolicy
from ..permissions import Action, Actor, require
from . import audit

TIER_ORDER = ("watch", "review", "hearing", "audience")
CROSSING_TIERS = TIER_ORDER[1:]


@dataclass(frozen=True)
class Policy:
    id: int
    review: int
    hearing: int
    audience: int
    effective_at: datetime
    note: str = ""

    def threshold(self, tier: str) -> int:
        return getattr(self, tier)

    def tier_for(self, signatures: int) -> str:
        result = "watch"
        for tier in CROSSING_TIERS:
            if signatures >= self.threshold(tier):
                result = tier
        return result


@dataclass
class HeldCrossing:
    """A crossing that is not reverted (mutable working copy used while evaluating)."""

    id: int | None
    tier: str
    threshold: int


@dataclass(frozen=True)
class CrossingEvent:
    kind: str  # "crossed" | "reverted"
    tier: str
    threshold: int
    on: date
    signatures: int
    crossing_id: int | None = None  # for reverts


def tier_of(held: list[HeldCrossing]) -> str:
    best = 0
    for c in held:
        best = max(best, TIER_ORDER.index(c.tier))
    return TIER_ORDER[best]


def evaluate(held: list[HeldCrossing], signatures: int, on: date, policy: Policy) -> list[CrossingEvent]:
    """What a new count does to a petition's crossings. Pure; ``held`` is not modified."""
    events: list[CrossingEvent] = []
    held_tiers = set()
    for c in held:
        # Reverted only when the count is below the threshold it crossed AND below the one in
        # force now: after the thresholds are lowered, a count that still meets the new one
        # keeps its tier (no false revert, no second duty).
        if signatures < c.threshold and signatures < policy.threshold(c.tier):
            events.append(CrossingEvent("reverted", c.tier, c.threshold, on, signatures, c.id))
        else:
            held_tiers.add(c.tier)
    for tier in CROSSING_TIERS:
        if tier not in held_tiers and signatures >= policy.threshold(tier):
            events.append(CrossingEvent("crossed", tier, policy.threshold(tier), on, signatures))
    return events


def apply_events(held: list[HeldCrossing], events: list[CrossingEvent]) -> list[HeldCrossing]:
    reverted = {(e.tier, e.threshold) for e in events if e.kind == "reverted"}
    out = [c for c in held if (c.tier, c.threshold) not in reverted]
    out += [HeldCrossing(None, e.tier, e.threshold) for e in events if e.kind == "crossed"]
    return out


def _row(p: TierPolicy) -> Policy:
    return Policy(p.id, p.review, p.hearing, p.audience, p.effective_at, p.note)


def current_policy(session: Session) -> Policy:
    p = session.execute(select(TierPolicy).order_by(TierPolicy.id.desc()).limit(1)).scalar_one()
    return _row(p)


def policy_history(session: Session, actor: Actor) -> list[Policy]:
    require(actor, Action.READ)
    return [_row(p) for p in session.execute(select(TierPolicy).order_by(TierPolicy.id)).scalars()]


def set_thresholds(session: Session, actor: Actor, review: int, hearing: int, audience: int,
                   note: str = "") -> Policy:
    """The counsel changes the thresholds. Past crossings are not touched."""
    require(actor, Action.SET_THRESHOLDS)
    values = [review, hearing, audience]
    if any(not isinstance(v, int) or isinstance(v, bool) or v <= 0 or v > 2_000_000_000 for v in values) \
            or not review < hearing < audience:
        raise SecretariatError("thresholds_order", review=review, hearing=hearing, audience=audience)
    before = current_policy(session)
    row = TierPolicy(review=review, hearing=hearing, audience=audience, set_by_id=actor.id,
                     note=note.strip())
    session.add(row)
    session.flush()
    audit.record(session, actor, "set_thresholds", "policy", row.id,
                 {"review": before.review, "hearing": before.hearing, "audience": before.audience},
                 {"review": review, "hearing": hearing, "audience": audience, "note": row.note})
    return _row(row)
