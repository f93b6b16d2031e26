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
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..errors import ConflictError, InvalidInput, NotFound, SecretariatError
from ..models import Duty, Meeting, Petition, User, utcnow
from ..permissions import Action, Actor, require
from ..text import strip_control_chars
from . import audit, work_settings

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

_Owner = aliased(User)
_Closer = aliased(User)
_MEETING_OF = (select(func.max(Meeting.id))
               .where(Meeting.duty_id == Duty.id, Meeting.status.in_(("planned", "held")))
               .correlate(Duty).scalar_subquery())
_ROW_COLUMNS = (Duty.id, Duty.petition_id, Petition.title, Petition.url, Petition.tier, Duty.kind,
                Duty.status, Duty.owner_id, func.coalesce(func.nullif(_Owner.full_name, ""), _Owner.name),
                Duty.created_on, Duty.due_on, Duty.crossing_reverted, Duty.outcome, _MEETING_OF,
                Duty.version_id)


def _today(today: date | None) -> date:
    return today or date.today()


def _check_codes(values: Sequence[str], allowed: Sequence[str], field: str) -> None:
    for v in values:
        if v not in allowed:
            raise InvalidInput(field=field, value=v)


def _bucket_clause(bucket: str, today: date):
    soon = today + timedelta(days=DUE_SOON_DAYS)
    if bucket == "overdue":
        return Duty.due_on < today
    if bucket == "due_soon":
        return and_(Duty.due_on >= today, Duty.due_on <= soon)
    return Duty.due_on > soon


def _row(r, today: date) -> DutyRow:
    (did, pid, title, url, tier, kind, status, owner_id, owner, created_on, due_on, flagged, outcome,
     meeting_id, version) = r
    bucket = age_bucket(due_on, today) if status in OPEN_STATUSES else None
    return DutyRow(did, pid, title, url, tier, kind, status, owner_id, owner, created_on, due_on, bucket,
                   bool(flagged), outcome, meeting_id, version)


def _base():
    return (select(*_ROW_COLUMNS).join(Petition, Petition.id == Duty.petition_id)
            .outerjoin(_Owner, _Owner.id == Duty.owner_id))


def list_duties(session: Session, actor: Actor, query: DutyQuery = DutyQuery(),
                today: date | None = None) -> list[DutyRow]:
    """The worklist: matching duties ordered by due date (then id). READ."""
    require(actor, Action.READ)
    today = _today(today)
    _check_codes(query.statuses, DUTY_STATUSES, "estado")
    _check_codes(query.kinds, DUTY_KINDS, "tipo de deber")
    _check_codes(query.buckets, BUCKETS, "antigüedad")
    stmt = _base()
    if query.statuses:
        stmt = stmt.where(Duty.status.in_(query.statuses))
    if query.kinds:
        stmt = stmt.where(Duty.kind.in_(query.kinds))
    if query.buckets:
        stmt = stmt.where(Duty.status.in_(OPEN_STATUSES),
                          or_(*[_bucket_clause(b, today) for b in query.buckets]))
    owners = []
    if query.owner_ids:
        owners.append(Duty.owner_id.in_(query.owner_ids))
    if query.unassigned:
        owners.append(Duty.owner_id.is_(None))
    if owners:
        stmt = stmt.where(or_(*owners))
    if query.petition_id is not None:
        stmt = stmt.where(Duty.petition_id == query.petition_id)
    if query.flagged_only:
        stmt = stmt.where(Duty.crossing_reverted.is_(True))
    stmt = stmt.order_by(Duty.due_on, Duty.id)
    return [_row(r, today) for r in session.execute(stmt)]


def _get(session: Session, duty_id: int) -> Duty:
    d = session.get(Duty, duty_id)
    if d is None:
        raise NotFound(what="duty", key=str(duty_id))
    return d


def duty_detail(session: Session, actor: Actor, duty_id: int, today: date | None = None) -> DutyDetail:
    """One duty with its outcome, waiver and cycle fields. READ."""
    require(actor, Action.READ)
    r = session.execute(_base().add_columns(
        Duty.outcome_note, Duty.waived_code, Duty.waived_reason, Duty.closed_on,
        func.coalesce(func.nullif(_Closer.full_name, ""), _Closer.name), Duty.parent_id,
        Duty.cycle_closed_on, Duty.crossing_id)
        .outerjoin(_Closer, _Closer.id == Duty.closed_by_id).where(Duty.id == duty_id)).first()
    if r is None:
        raise NotFound(what="duty", key=str(duty_id))
    n = len(_ROW_COLUMNS)
    return DutyDetail(_row(r[:n], _today(today)), *r[n:])


def _due_days(session: Session) -> dict[str, int]:
    stored = work_settings.values(session, "due_days.")
    return {k: stored.get(f"due_days.{k}", v) for k, v in DEFAULT_DUE_DAYS.items()}


def due_days(session: Session, actor: Actor) -> dict[str, int]:
    """Days to the due date per kind, as configured (defaults filled in). READ."""
    require(actor, Action.READ)
    return _due_days(session)


# ------------------------------------------------------------------------ changes

def set_due_days(session: Session, actor: Actor, kind: str, days: int) -> dict[str, int]:
    """The counsel sets the days for one kind (1..365). Applies to duties created afterwards;
    existing due dates stay. CONFIGURE_WORK."""
    require(actor, Action.CONFIGURE_WORK)
    _check_codes((kind,), DUTY_KINDS, "tipo de deber")
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 365:
        raise InvalidInput(field="días de plazo", value=str(days))
    before = _due_days(session)[kind]
    work_settings.store(session, actor, f"due_days.{kind}", days)
    audit.record(session, actor, "set_due_days", "work_settings", f"due_days.{kind}",
                 {"days": before}, {"days": days})
    return _due_days(session)


def _check_version(d: Duty, expected_version: int | None) -> None:
    if expected_version is not None and d.version_id != expected_version:
        raise ConflictError(what="duty", key=str(d.id))


def _check_open(d: Duty) -> None:
    if d.status not in OPEN_STATUSES:
        raise SecretariatError("duty_closed", status=d.status)


def _clean(text: str) -> str:
    return strip_control_chars(text or "").strip()


def _snapshot(d: Duty) -> dict:
    return {"status": d.status, "owner_id": d.owner_id, "outcome": d.outcome,
            "waived_code": d.waived_code, "due_on": d.due_on.isoformat()}


def _close(d: Duty, actor: Actor, status: str, today: date) -> None:
    d.status, d.closed_on, d.closed_by_id, d.updated_at = status, today, actor.id, utcnow()


def assign(session: Session, actor: Actor, duty_ids: Sequence[int], owner_id: int | None) -> AssignResult:
    """Bulk-assign open/scheduled duties to an active adviser or counsel (None: unassign).
    All or nothing: a closed or missing duty refuses the whole batch. MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    if owner_id is not None:
        owner = session.get(User, owner_id)
        if owner is None:
            raise NotFound(what="user", key=str(owner_id))
        if not owner.active or owner.role not in ("adviser", "counsel"):
            raise SecretariatError("owner_not_adviser", name=owner.full_name or owner.name)
    ids = list(dict.fromkeys(duty_ids))
    found = {d.id: d for d in session.execute(select(Duty).where(Duty.id.in_(ids))).scalars()} if ids else {}
    assigned, unchanged = [], []
    for did in ids:
        d = found.get(did)
        if d is None:
            raise NotFound(what="duty", key=str(did))
        _check_open(d)
        if d.owner_id == owner_id:
            unchanged.append(did)
            continue
        before = d.owner_id
        d.owner_id, d.updated_at = owner_id, utcnow()
        assigned.append(did)
        audit.record(session, actor, "assign_duty", "duty", did, {"owner_id": before}, {"owner_id": owner_id})
    session.flush()
    return AssignResult(owner_id, tuple(assigned), tuple(unchanged))


def waive(session: Session, actor: Actor, duty_id: int, reason: str,
          expected_version: int | None = None, today: date | None = None) -> DutyChange:
    """Waive an open/scheduled duty with a reason (required). MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    d = _get(session, duty_id)
    _check_version(d, expected_version)
    _check_open(d)
    reason = _clean(reason)
    if not reason:
        raise SecretariatError("waive_reason_required")
    before = _snapshot(d)
    d.waived_code, d.waived_reason = "manual", reason
    _close(d, actor, "waived", _today(today))
    session.flush()
    audit.record(session, actor, "waive_duty", "duty", d.id, before, {**_snapshot(d), "reason": reason})
    return DutyChange(d.id, before["status"], d.status, d.version_id)


def complete_legal_review(session: Session, actor: Actor, duty_id: int, outcome: str, note: str = "",
                          expected_version: int | None = None, today: date | None = None) -> DutyChange:
    """Record a legal review's outcome (OUTCOMES) and note; the duty becomes done. MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    d = _get(session, duty_id)
    _check_version(d, expected_version)
    if d.kind != "legal_review":
        raise SecretariatError("duty_not_legal_review", kind=d.kind)
    _check_open(d)
    _check_codes((outcome,), OUTCOMES, "dictamen")
    before = _snapshot(d)
    d.outcome, d.outcome_note = outcome, _clean(note)
    _close(d, actor, "done", _today(today))
    session.flush()
    audit.record(session, actor, "complete_legal_review", "duty", d.id, before,
                 {**_snapshot(d), "note": d.outcome_note})
    return DutyChange(d.id, before["status"], d.status, d.version_id)


def _open_cycle(session: Session, petition_id: int) -> Duty | None:
    """The petition's latest hearing duty that is done and whose cycle is still open."""
    return session.execute(
        select(Duty).where(Duty.petition_id == petition_id, Duty.kind == "hearing", Duty.status == "done",
                           Duty.cycle_closed_on.is_(None))
        .order_by(Duty.id.desc()).limit(1)).scalar()


def close_cycle(session: Session, actor: Actor, petition_id: int, note: str = "",
                today: date | None = None) -> CycleClosed:
    """The adviser ends the follow-up cycle after the hearing: open follow-ups are waived
    (code ``cycle_closed``) and no more appear. MANAGE_DUTIES."""
    require(actor, Action.MANAGE_DUTIES)
    petition = session.get(Petition, petition_id)
    if petition is None:
        raise NotFound(what="petition", key=str(petition_id))
    hearing = _open_cycle(session, petition_id)
    if hearing is None:
        raise SecretariatError("no_hearing_cycle", title=petition.title)
    today = _today(today)
    note = _clean(note)
    hearing.cycle_closed_on, hearing.updated_at = today, utcnow()
    waived = []
    for d in session.execute(select(Duty).where(Duty.parent_id == hearing.id,
                                                Duty.status.in_(OPEN_STATUSES))).scalars():
        d.waived_code, d.waived_reason = "cycle_closed", note
        _close(d, actor, "waived", today)
        waived.append(d.id)
    session.flush()
    audit.record(session, actor, "close_cycle", "duty", hearing.id, None,
                 {"petition_id": petition_id, "waived_follow_ups": waived, "note": note})
    return CycleClosed(petition_id, hearing.id, tuple(waived))


def open_follow_up(session: Session, actor: Actor, hearing: Duty, held_on: date) -> int | None:
    """After a hearing or follow-up is held: the next follow-up duty of ``hearing``'s cycle,
    unless the cycle is closed or one is already open. Internal: ``meetings.set_status``
    checked the permission and audits."""
    if hearing.cycle_closed_on is not None:
        return None
    pending = session.execute(select(Duty.id).where(Duty.parent_id == hearing.id,
                                                    Duty.status.in_(OPEN_STATUSES)).limit(1)).scalar()
    if pending is not None:
        return None
    days = _due_days(session)["follow_up"]
    d = Duty(petition_id=hearing.petition_id, parent_id=hearing.id, kind="follow_up", status="open",
             owner_id=hearing.owner_id, created_on=held_on, due_on=held_on + timedelta(days=days),
             crossing_reverted=False, outcome_note="", waived_reason="")
    session.add(d)
    session.flush()
    audit.record(session, actor, "create_duty", "duty", d.id, None,
                 {"kind": "follow_up", "parent_id": hearing.id, "due_on": d.due_on.isoformat()})
    return d.id


def sync_from_crossings(session: Session, actor: Actor) -> DutySync:
    """Create the duties of crossings that have none, relink flagged duties to re-crossings,
    flag/waive duties whose crossing was reverted. Set-based SQL; called by the import in its
    transaction (IMPORT)."""
    require(actor, Action.IMPORT)
    from .duty_sync import sync

    result = DutySync(**sync(session, _due_days(session)))
    if result.created or result.relinked or result.flagged or result.waived:
        audit.record(session, actor, "sync_duties", "duty", "crossings", None,
                     {"created": result.created, "relinked": result.relinked,
                      "flagged": result.flagged, "waived": result.waived})
    return result
