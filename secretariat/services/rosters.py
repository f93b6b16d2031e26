"""Rosters: the drafting committee's members (at most 28 active) and the legal advisers.

Advisers are the active accounts with the adviser or counsel role. Committee members are not
accounts; the counsel keeps their list (MANAGE_ROSTER). Members are deactivated, never deleted,
so past meetings keep their names.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..permissions import Action, Actor, require

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


def committee(session: Session, actor: Actor, *, include_inactive: bool = True) -> list[MemberRow]:
    """The committee, active first, then by name. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def advisers(session: Session, actor: Actor) -> list[AdviserRow]:
    """Active accounts that can own duties and attend as advisers, by name. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def add_member(session: Session, actor: Actor, name: str, note: str = "") -> MemberRow:
    """Add an active member; refused beyond 28 active or with a repeated name. MANAGE_ROSTER."""
    require(actor, Action.MANAGE_ROSTER)
    raise NotImplementedError


def update_member(session: Session, actor: Actor, member_id: int, *, name: str | None = None,
                  note: str | None = None, active: bool | None = None) -> MemberRow:
    """Rename, annotate, deactivate or reactivate a member. MANAGE_ROSTER."""
    require(actor, Action.MANAGE_ROSTER)
    raise NotImplementedError
