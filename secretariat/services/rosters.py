"""Rosters: the drafting committee's members (at most 28 active) and the legal advisers.

Advisers are the active accounts with the adviser or counsel role. Committee members are not
accounts; the counsel keeps their list (MANAGE_ROSTER). Members are deactivated, never deleted,
so past meetings keep their names.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound, SecretariatError
from ..models import CommitteeMember, User
from ..permissions import Action, Actor, require
from ..text import fold, strip_control_chars
from . import audit

MAX_ACTIVE_MEMBERS = 28


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    active: bool
    note: str


@dataclass(frozen=True)
class AdviserRow:
    id: int
    name: str          # account name
    full_name: str     # "" when not given
    role: str          # "adviser" | "counsel"

    @property
    def label(self) -> str:
        return self.full_name or self.name


def _member(m: CommitteeMember) -> MemberRow:
    return MemberRow(m.id, m.name, bool(m.active), m.note)


def committee(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[MemberRow]:
    """The committee, active first, then by name. READ."""
    require(actor, Action.READ)
    stmt = select(CommitteeMember)
    if not include_inactive:
        stmt = stmt.where(CommitteeMember.active.is_(True))
    rows = [_member(m) for m in session.execute(stmt).scalars()]
    return sorted(rows, key=lambda m: (not m.active, fold(m.name), m.id))


def advisers(session: Session, actor: Actor) -> list[AdviserRow]:
    """Active accounts that can own duties and attend as advisers, by name. READ."""
    require(actor, Action.READ)
    rows = session.execute(select(User.id, User.name, User.full_name, User.role)
                           .where(User.active.is_(True), User.role.in_(("adviser", "counsel")))).all()
    out = [AdviserRow(*r) for r in rows]
    return sorted(out, key=lambda a: (fold(a.label), a.id))


def _clean_name(name: str) -> str:
    value = " ".join(strip_control_chars(name or "").split())
    if not value or len(value) > 200:
        raise InvalidInput(field="nombre del integrante", value=value[:60] or "(vacío)")
    return value


def _same_name(session: Session, name: str, other_than: int | None = None) -> bool:
    key = fold(name)
    for mid, existing in session.execute(select(CommitteeMember.id, CommitteeMember.name)):
        if mid != other_than and fold(existing) == key:
            return True
    return False


def _active_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(CommitteeMember)
                           .where(CommitteeMember.active.is_(True))).scalar_one()


def add_member(session: Session, actor: Actor, name: str, note: str = "") -> MemberRow:
    """Add an active member; refused beyond 28 active or with a repeated name (ignoring case and
    accents). MANAGE_ROSTER."""
    require(actor, Action.MANAGE_ROSTER)
    name = _clean_name(name)
    if _same_name(session, name):
        raise SecretariatError("member_exists", name=name)
    if _active_count(session) >= MAX_ACTIVE_MEMBERS:
        raise SecretariatError("committee_roster_full", name=name)
    m = CommitteeMember(name=name, active=True, note=strip_control_chars(note or "").strip())
    session.add(m)
    session.flush()
    audit.record(session, actor, "add_member", "committee_member", m.id, None,
                 {"name": m.name, "note": m.note})
    return _member(m)


def update_member(session: Session, actor: Actor, member_id: int, *, name: str | None = None,
                  note: str | None = None, active: bool | None = None) -> MemberRow:
    """Rename, annotate, deactivate or reactivate a member. MANAGE_ROSTER."""
    require(actor, Action.MANAGE_ROSTER)
    m = session.get(CommitteeMember, member_id)
    if m is None:
        raise NotFound(what="member", key=str(member_id))
    before = {"name": m.name, "note": m.note, "active": bool(m.active)}
    if name is not None:
        name = _clean_name(name)
        if _same_name(session, name, other_than=m.id):
            raise SecretariatError("member_exists", name=name)
        m.name = name
    if note is not None:
        m.note = strip_control_chars(note).strip()
    if active is not None and bool(active) != bool(m.active):
        if active and _active_count(session) >= MAX_ACTIVE_MEMBERS:
            raise SecretariatError("committee_roster_full", name=m.name)
        m.active = bool(active)
    session.flush()
    audit.record(session, actor, "update_member", "committee_member", m.id, before,
                 {"name": m.name, "note": m.note, "active": bool(m.active)})
    return _member(m)
