"""A petition's timeline: counts, crossings, reverts, duties and meetings in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

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
    outcome: str | None = None      # duty_done of a legal review
    detail: str = ""                # waiver reason, owner name…


def timeline(session: Session, actor: Actor, petition_id: int) -> list[TimelineEvent]:
    """Ordered events: one "counts" summary (dated at the latest count), then crossings,
    reverts, duties created/done/waived and meetings, by day. READ."""
    require(actor, Action.READ)
    raise NotImplementedError
