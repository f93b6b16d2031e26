"""The petition register: listing (ids first, rows on demand), detail and admissibility."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Date, Select, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from ..errors import InvalidInput, NotFound, SecretariatError
from ..models import (
    ADMISSIBILITY,
    INADMISSIBILITY_REASONS,
    TIERS,
    Petition,
    Petitioner,
    SignatureCount,
    TierCrossing,
    TierPolicy,
)
from ..permissions import Action, Actor, require
from ..text import fold
from . import audit
from .bulk import day, no_cycle_collection, select_in

_TIER_RANK = case({"watch": 0, "review": 1, "hearing": 2, "audience": 3}, value=Petition.tier, else_=0)

#: Sortable columns of the register, by name (what the UI and CLI pass): a tuple of keys each.
SORT_KEYS = {
    "title": (Petition.title,),
    "tier": (_TIER_RANK, Petition.signatures),  # the tier held, then the count within it
    "signatures": (Petition.signatures,),
    "growth_7d": (Petition.growth_7d,),
    "admissibility": (Petition.admissibility,),
    "last_crossing_on": (Petition.last_crossing_on,),
    "petitioners": (Petition.petitioner_names,),
    "as_of": (Petition.as_of,),
}


def _no_index(column):
    """``+column``: the same value, but SQLite will not walk an index to produce this order."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


@dataclass(frozen=True)
class PetitionQuery:
    tiers: tuple[str, ...] = ()          # empty = all
    admissibility: tuple[str, ...] = ()  # empty = all
    search: str = ""                     # over title and petitioners, accent/case-insensitive
    sort: str = "signatures"
    descending: bool = True


@dataclass(frozen=True)
class PetitionRow:
    id: int
    url: str
    title: str
    petitioners: str
    signatures: int
    as_of: date | None
    growth_7d: int | None
    tier: str
    admissibility: str
    last_crossing_on: date | None
    topic: str


_ROW_COLUMNS = (Petition.id, Petition.url, Petition.title, Petition.petitioner_names,
                Petition.signatures, Petition.as_of, Petition.growth_7d, Petition.tier,
                Petition.admissibility, Petition.last_crossing_on, Petition.topic)
# The visible block of the register is read through the driver (bulk.select_in): no statement
# to compile, which was most of the cost of the first block when the table first paints.
_ROWS_BY_ID = (f"SELECT {', '.join(c.expression.name for c in _ROW_COLUMNS)} FROM petitions "
               "WHERE id IN ({in})")
_ROW_DATES = tuple(i for i, c in enumerate(_ROW_COLUMNS) if isinstance(c.type, Date))


def _filtered(stmt: Select, q: PetitionQuery) -> Select:
    for value in q.tiers:
        if value not in TIERS:
            raise InvalidInput(field="nivel", value=value)
    for value in q.admissibility:
        if value not in ADMISSIBILITY:
            raise InvalidInput(field="admisibilidad", value=value)
    if q.tiers:
        stmt = stmt.where(Petition.tier.in_(q.tiers))
    if q.admissibility:
        stmt = stmt.where(Petition.admissibility.in_(q.admissibility))
    term = fold(q.search.strip())
    if term:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Petition.search_text.like(f"%{escaped}%", escape="\\"))
    return stmt


def _ordered(stmt: Select, q: PetitionQuery, *, sqlite: bool = False) -> Select:
    """ORDER BY the chosen keys, then id. With a search term on SQLite the keys are wrapped in a
    unary ``+``: otherwise SQLite walks the whole signatures index and reads every row to test
    LIKE (0.45 s over 100,000 petitions) instead of scanning once and sorting the matches
    (0.07 s). Without a search the index walk is the fast plan and is kept."""
    if q.sort not in SORT_KEYS:
        raise InvalidInput(field="orden", value=q.sort)
    keys = SORT_KEYS[q.sort]
    if sqlite and q.search.strip():
        keys = tuple(_no_index(k) for k in keys)
    primary = [k.desc().nulls_last() if q.descending else k.asc().nulls_first() for k in keys]
    tiebreak = Petition.id.desc() if q.descending else Petition.id.asc()
    return stmt.order_by(*primary, tiebreak)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def petition_ids(session: Session, actor: Actor, q: PetitionQuery = PetitionQuery()) -> list[int]:
    """All matching ids in display order: filtering and sorting happen in SQL."""
    require(actor, Action.READ)
    stmt = _ordered(_filtered(select(Petition.id), q), q, sqlite=_is_sqlite(session))
    # Straight from the driver's cursor: integer ids need no result processing on either
    # backend, and ORM rows cost 2-3x plain sqlite3 on 100,000 ids (bench/bench_open.py).
    with no_cycle_collection():
        result = session.connection().execute(stmt)
        try:
            return [row[0] for row in result.cursor.fetchall()]
        finally:
            result.close()


def petition_rows(session: Session, actor: Actor, ids: list[int]) -> list[PetitionRow]:
    """The rows for ``ids``, in the order given (ids not found are skipped)."""
    require(actor, Action.READ)
    if not ids:
        return []
    found = {}
    for r in select_in(session, _ROWS_BY_ID, ids):
        values = list(r)
        for i in _ROW_DATES:
            values[i] = day(values[i])
        found[values[0]] = PetitionRow(*values)
    return [found[i] for i in ids if i in found]


def list_petitions(session: Session, actor: Actor, q: PetitionQuery = PetitionQuery()) -> list[PetitionRow]:
    require(actor, Action.READ)
    stmt = _ordered(_filtered(select(*_ROW_COLUMNS), q), q, sqlite=_is_sqlite(session))
    return [PetitionRow(*r) for r in session.execute(stmt)]


def petitioners_of(session: Session, petition_ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    stmt = select(Petitioner.petition_id, Petitioner.name).order_by(Petitioner.petition_id, Petitioner.position)
    if petition_ids is not None:
        stmt = stmt.where(Petitioner.petition_id.in_(petition_ids))
    for pid, name in session.execute(stmt):
        out.setdefault(pid, []).append(name)
    return out


def tier_counts(session: Session, actor: Actor) -> dict[str, int]:
    require(actor, Action.READ)
    counts = dict(session.execute(select(Petition.tier, func.count()).group_by(Petition.tier)).all())
    return {t: counts.get(t, 0) for t in TIERS}


# ---------------------------------------------------------------- detail

@dataclass(frozen=True)
class PetitionerRow:
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class CountPoint:
    on: date
    signatures: int


@dataclass(frozen=True)
class CrossingRow:
    tier: str
    threshold: int
    crossed_on: date
    signatures: int
    reverted_on: date | None
    reverted_signatures: int | None
    policy_id: int
    policy: tuple[int, int, int]  # the thresholds in force at the crossing


@dataclass(frozen=True)
class PetitionDetail:
    id: int
    url: str
    title: str
    summary: str
    topic: str
    status: str
    signatures: int
    as_of: date | None
    growth_7d: int | None
    tier: str
    admissibility: str
    inadmissible_reason: str | None
    duplicate_of_url: str | None
    admissibility_note: str
    version: int
    petitioners: tuple[PetitionerRow, ...] = ()
    counts: tuple[CountPoint, ...] = ()
    crossings: tuple[CrossingRow, ...] = ()
    thresholds: tuple[int, int, int] = field(default=(5000, 10000, 50000))


def _get(session: Session, petition_id: int) -> Petition:
    p = session.get(Petition, petition_id)
    if p is None:
        raise NotFound(what="petition", key=str(petition_id))
    return p


def petition_id_by_url(session: Session, url: str) -> int:
    from .import_parse import normalise_url

    key = normalise_url(url) or url
    pid = session.execute(select(Petition.id).where(Petition.url == key)).scalar()
    if pid is None:
        raise NotFound(what="petition", key=url)
    return pid


def petition_detail(session: Session, actor: Actor, petition_id: int) -> PetitionDetail:
    require(actor, Action.READ)
    p = _get(session, petition_id)
    people = session.execute(select(Petitioner.name, Petitioner.email, Petitioner.phone)
                             .where(Petitioner.petition_id == p.id).order_by(Petitioner.position)).all()
    counts = session.execute(select(SignatureCount.counted_on, SignatureCount.signatures)
                             .where(SignatureCount.petition_id == p.id)
                             .order_by(SignatureCount.counted_on)).all()
    crossings = session.execute(
        select(TierCrossing.tier, TierCrossing.threshold, TierCrossing.crossed_on, TierCrossing.signatures,
               TierCrossing.reverted_on, TierCrossing.reverted_signatures, TierCrossing.policy_id,
               TierPolicy.review, TierPolicy.hearing, TierPolicy.audience)
        .join(TierPolicy, TierPolicy.id == TierCrossing.policy_id)
        .where(TierCrossing.petition_id == p.id).order_by(TierCrossing.crossed_on, TierCrossing.id)).all()
    dup_url = None
    if p.duplicate_of_id:
        dup_url = session.execute(select(Petition.url).where(Petition.id == p.duplicate_of_id)).scalar()
    pol = session.execute(select(TierPolicy.review, TierPolicy.hearing, TierPolicy.audience)
                          .order_by(TierPolicy.id.desc()).limit(1)).one()
    return PetitionDetail(
        id=p.id, url=p.url, title=p.title, summary=p.summary, topic=p.topic, status=p.status,
        signatures=p.signatures, as_of=p.as_of, growth_7d=p.growth_7d, tier=p.tier,
        admissibility=p.admissibility, inadmissible_reason=p.inadmissible_reason,
        duplicate_of_url=dup_url, admissibility_note=p.admissibility_note, version=p.version_id,
        petitioners=tuple(PetitionerRow(*r) for r in people),
        counts=tuple(CountPoint(*r) for r in counts),
        crossings=tuple(CrossingRow(*r[:7], policy=(r[7], r[8], r[9])) for r in crossings),
        thresholds=tuple(pol),
    )


# ---------------------------------------------------------------- admissibility

@dataclass(frozen=True)
class AdmissibilityChange:
    petition_id: int
    before: str
    after: str
    reason: str | None


def decide_admissibility(session: Session, actor: Actor, petition_id: int, decision: str,
                         reason: str | None = None, note: str = "", duplicate_of_url: str | None = None,
                         expected_version: int | None = None) -> AdmissibilityChange:
    """Record admitted / inadmissible (with a coded reason) / back to pending.

    ``expected_version`` is the version the user saw; if someone saved in between, the change
    is refused with ``ConflictError`` rather than overwriting theirs.
    """
    require(actor, Action.DECIDE_ADMISSIBILITY)
    from ..errors import ConflictError
    from ..text import has_control_chars, strip_control_chars

    if decision not in ADMISSIBILITY:
        raise InvalidInput(field="admisibilidad", value=decision)
    p = _get(session, petition_id)
    if expected_version is not None and p.version_id != expected_version:
        raise ConflictError(what="petition", key=p.url)
    note = strip_control_chars(note or "").strip() if has_control_chars(note or "") else (note or "").strip()
    dup_id = None
    if decision == "inadmissible":
        if reason not in INADMISSIBILITY_REASONS:
            raise SecretariatError("reason_required")
        if reason == "duplicate":
            if not duplicate_of_url:
                raise SecretariatError("duplicate_requires_target")
            dup_id = petition_id_by_url(session, duplicate_of_url)
            if dup_id == p.id:
                raise InvalidInput(field="duplicado de", value=duplicate_of_url)
    else:
        reason = None
    before = {"admissibility": p.admissibility, "reason": p.inadmissible_reason,
              "duplicate_of_id": p.duplicate_of_id, "note": p.admissibility_note}
    p.admissibility = decision
    p.inadmissible_reason = reason
    p.duplicate_of_id = dup_id
    p.admissibility_note = note
    session.flush()
    audit.record(session, actor, "decide_admissibility", "petition", p.id, before,
                 {"admissibility": decision, "reason": reason, "duplicate_of_id": dup_id, "note": note})
    return AdmissibilityChange(p.id, before["admissibility"], decision, reason)
