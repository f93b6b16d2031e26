"""A petition's timeline: counts, crossings, reverts, duties and meetings in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import Duty, Meeting, Petition, SignatureCount, TierCrossing, User
from ..permissions import Action, Actor, require

EVENT_KINDS = ("counts", "crossed", "reverted", "duty_created", "duty_done", "duty_waived",
               "meeting")


@dataclass(frozen=True)
class TimelineEvent:
    on: date                   # the day it happened (meetings: their day)
    at: datetime | None        # meetings: the start time
    kind: str                  # EVENT_KINDS
    tier: str | None = None    # crossed/reverted
    duty_kind: str | None = None
    duty_id: int | None = None
    meeting_kind: str | None = None
    meeting_status: str | None = None
    meeting_id: int | None = None
    signatures: int | None = None   # counts: the latest; crossed/reverted: the count then
    first_signatures: int | None = None  # counts: the first count (on ``first_on``)
    first_on: date | None = None
    count_days: int | None = None   # counts: how many counts are recorded
    outcome: str | None = None      # duty_done: a legal review's outcome; duty_waived: the waiver code
    detail: str = ""                # waiver reason, owner name…


#: order of events on the same day
_RANK = {k: i for i, k in enumerate(("crossed", "reverted", "meeting", "duty_done", "duty_waived",
                                      "duty_created", "counts"))}


def timeline(session: Session, actor: Actor, petition_id: int) -> list[TimelineEvent]:
    """Ordered events: one "counts" summary (dated at the latest count), then crossings,
    reverts, duties created/done/waived and meetings, by day. READ."""
    require(actor, Action.READ)
    if session.get(Petition, petition_id) is None:
        raise NotFound(what="petition", key=str(petition_id))
    events: list[TimelineEvent] = []
    counts = session.execute(
        select(SignatureCount.counted_on, SignatureCount.signatures)
        .where(SignatureCount.petition_id == petition_id).order_by(SignatureCount.counted_on)).all()
    if counts:
        events.append(TimelineEvent(counts[-1][0], None, "counts", signatures=counts[-1][1],
                                    first_signatures=counts[0][1], first_on=counts[0][0],
                                    count_days=len(counts)))
    for tier, crossed_on, sig, reverted_on, reverted_sig in session.execute(
            select(TierCrossing.tier, TierCrossing.crossed_on, TierCrossing.signatures,
                   TierCrossing.reverted_on, TierCrossing.reverted_signatures)
            .where(TierCrossing.petition_id == petition_id).order_by(TierCrossing.id)):
        events.append(TimelineEvent(crossed_on, None, "crossed", tier=tier, signatures=sig))
        if reverted_on is not None:
            events.append(TimelineEvent(reverted_on, None, "reverted", tier=tier, signatures=reverted_sig))
    owner = func.coalesce(func.nullif(User.full_name, ""), User.name)
    for (did, kind, status, created_on, closed_on, outcome, code, reason, who) in session.execute(
            select(Duty.id, Duty.kind, Duty.status, Duty.created_on, Duty.closed_on, Duty.outcome,
                   Duty.waived_code, Duty.waived_reason, owner)
            .outerjoin(User, User.id == Duty.owner_id)
            .where(Duty.petition_id == petition_id).order_by(Duty.id)):
        events.append(TimelineEvent(created_on, None, "duty_created", duty_kind=kind, duty_id=did,
                                    detail=who or ""))
        if status == "done" and closed_on is not None:
            events.append(TimelineEvent(closed_on, None, "duty_done", duty_kind=kind, duty_id=did,
                                        outcome=outcome))
        elif status == "waived" and closed_on is not None:
            events.append(TimelineEvent(closed_on, None, "duty_waived", duty_kind=kind, duty_id=did,
                                        outcome=code, detail=reason))
    for mid, kind, status, starts_at in session.execute(
            select(Meeting.id, Meeting.kind, Meeting.status, Meeting.starts_at)
            .where(Meeting.petition_id == petition_id).order_by(Meeting.starts_at, Meeting.id)):
        events.append(TimelineEvent(starts_at.date(), starts_at, "meeting", meeting_kind=kind,
                                    meeting_status=status, meeting_id=mid))
    events.sort(key=lambda e: (e.on, _RANK[e.kind], e.at or datetime.min))
    return events
