"""Duties (deberes): the work each tier crossing creates, and the worklist.

Rules:
- a crossing creates its duty automatically (``sync_from_crossings``, called by the import in the
  same transaction): review → ``legal_review``, hearing → ``hearing``, audience →
  ``mayoral_audience``. The due date is the crossing date plus the days the counsel configured
  for that kind (``due_days``; defaults in ``DEFAULT_DUE_DAYS``). New duties have no owner
  ("sin asignar") until someone assigns one.
- states: open → scheduled (a meeting is planned for it) → done, or waived with a reason.
- a legal review is done when its outcome (viable / needs_reformulation / not_viable) is recorded.
- a hearing duty is done when a hearing meeting is held; then a ``follow_up`` duty appears, and
  another after each follow-up meeting held, until an adviser closes the cycle.
- a reverted crossing never deletes a duty: a duty already started (owner assigned, scheduled or
  done) is flagged (``crossing_reverted``); an untouched one (open, no owner) is waived with the
  code ``crossing_reverted``. A later re-crossing picks the flagged duty up again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..permissions import Action, Actor, require

DUTY_KINDS = ("legal_review", "hearing", "follow_up", "mayoral_audience")
DUTY_STATUSES = ("open", "scheduled", "done", "waived")
OPEN_STATUSES = ("open", "scheduled")
OUTCOMES = ("viable", "needs_reformulation", "not_viable")
BUCKETS = ("on_time", "due_soon", "overdue")
#: tier crossed → the duty it creates
KIND_OF_TIER = {"review": "legal_review", "hearing": "hearing", "audience": "mayoral_audience"}
#: days from the crossing (or the meeting held, for follow-ups) to the due date
DEFAULT_DUE_DAYS = {"legal_review": 10, "hearing": 15, "follow_up": 10, "mayoral_audience": 30}
#: a duty due within this many days (today included) is "due_soon"
DUE_SOON_DAYS = 3


def age_bucket(due_on: date, today: date) -> str:
    """``overdue`` after the due date, ``due_soon`` from 3 days before it to the day itself,
    else ``on_time``. Pure."""
    left = (due_on - today).days
    if left < 0:
        return "overdue"
    if left <= DUE_SOON_DAYS:
        return "due_soon"
    return "on_time"


# ------------------------------------------------------------------------ data

@dataclass(frozen=True)
class DutyQuery:
    """Worklist filters; empty tuples mean "all"."""

    statuses: tuple[str, ...] = OPEN_STATUSES
    kinds: tuple[str, ...] = ()
    buckets: tuple[str, ...] = ()        # computed against ``today``
    owner_ids: tuple[int, ...] = ()      # "mine only" = (actor.id,)
    unassigned: bool = False             # only duties with no owner (combines with owner_ids: OR)
    petition_id: int | None = None
    flagged_only: bool = False           # only duties whose crossing was reverted


@dataclass(frozen=True)
class DutyRow:
    id: int
    petition_id: int
    petition_title: str
    petition_url: str
    tier: str                  # the petition's current tier
    kind: str                  # DUTY_KINDS
    status: str                # DUTY_STATUSES
    owner_id: int | None       # None: "sin asignar"
    owner_name: str | None     # the user's full name, else the account name
    created_on: date           # the crossing date (or the meeting held, for follow-ups)
    due_on: date
    bucket: str | None         # BUCKETS for open/scheduled duties, None once done/waived
    crossing_reverted: bool    # flagged: its crossing was reverted after the duty started
    outcome: str | None        # legal reviews: OUTCOMES
    meeting_id: int | None     # the meeting planned/held for it, if any
    version: int


@dataclass(frozen=True)
class DutyDetail:
    row: DutyRow
    outcome_note: str
    waived_code: str | None    # "manual" | "crossing_reverted" | "cycle_closed"
    waived_reason: str
    closed_on: date | None
    closed_by: str | None
    parent_id: int | None      # follow-ups: the hearing duty of their cycle
    cycle_closed_on: date | None  # hearing duties: when the adviser closed the follow-up cycle
    crossing_id: int | None


@dataclass(frozen=True)
class DutyChange:
    """What one mutation did. ``created`` lists duties that appeared as a consequence."""

    duty_id: int
    status_before: str
    status_after: str
    version: int
    created: tuple[int, ...] = ()


@dataclass(frozen=True)
class AssignResult:
    owner_id: int | None
    assigned: tuple[int, ...]     # duty ids whose owner changed
    unchanged: tuple[int, ...]    # already had that owner


@dataclass(frozen=True)
class CycleClosed:
    petition_id: int
    hearing_duty_id: int
    waived_follow_ups: tuple[int, ...]


@dataclass(frozen=True)
class DutySync:
    created: int    # duties created for new crossings
    relinked: int   # flagged duties picked up again by a re-crossing
    flagged: int    # started duties whose crossing was reverted
    waived: int     # untouched duties waived because their crossing was reverted


# ------------------------------------------------------------------------ reading

def list_duties(session: Session, actor: Actor, query: DutyQuery = DutyQuery(),
                today: date | None = None) -> list[DutyRow]:
    """The worklist: matching duties ordered by due date (then id). READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def duty_detail(session: Session, actor: Actor, duty_id: int, today: date | None = None) -> DutyDetail:
    """One duty with its outcome, waiver and cycle fields. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def due_days(session: Session, actor: Actor) -> dict[str, int]:
    """Days to the due date per kind, as configured (defaults filled in). READ."""
    require(actor, Action.READ)
    raise NotImplementedError


# ------------------------------------------------------------------------ changes

def set_due_days(session: Session, actor: Actor, kind: str, days: int) -> dict[str, int]:
    """The counsel sets the days for one kind (1..365). Applies to duties created afterwards;
    existing due dates stay. CONFIGURE_WORK."""
    require(actor, Action.CONFIGURE_WORK)
    raise NotImplementedError


def assign(session: Session, actor: Actor, duty_ids: Sequence[int], owner_id: int | None) -> AssignResult:
    """Bulk-assign open/scheduled duties to an active adviser or counsel (None: unassign).
    MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    raise NotImplementedError


def waive(session: Session, actor: Actor, duty_id: int, reason: str,
          expected_version: int | None = None) -> DutyChange:
    """Waive an open/scheduled duty with a reason (required). MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    raise NotImplementedError


def complete_legal_review(session: Session, actor: Actor, duty_id: int, outcome: str, note: str = "",
                          expected_version: int | None = None) -> DutyChange:
    """Record a legal review's outcome (OUTCOMES) and note; the duty becomes done. MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    raise NotImplementedError


def close_cycle(session: Session, actor: Actor, petition_id: int, note: str = "") -> CycleClosed:
    """The adviser ends the follow-up cycle after the hearing: open follow-ups are waived
    (code ``cycle_closed``) and no more appear. MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    raise NotImplementedError


def sync_from_crossings(session: Session, actor: Actor) -> DutySync:
    """Create the duties of crossings that have none, relink flagged duties to re-crossings,
    flag/waive duties whose crossing was reverted. Set-based SQL; called by the import in its
    transaction (IMPORT)."""
    require(actor, Action.IMPORT)
    raise NotImplementedError
