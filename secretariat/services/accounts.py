"""Account management by the general counsel: disable, enable, reset a password, change a role;
and every user's own password change.

Rules:
- Only the counsel (``Action.MANAGE_USERS``) manages other accounts.
- The last active counsel account can be neither disabled nor given another role
  (``last_counsel``). The active counsel rows are locked first (``FOR UPDATE`` on PostgreSQL;
  SQLite writers already hold the database lock) so two counsels cannot disable each other at
  the same moment.
- Every change writes one audit row with before and after; a password never reaches the audit
  trail, only ``{"password": "reset"}`` or ``{"password": "changed"}``.
- Enabling an account or resetting its password also lifts a lock-out (see
  ``users.authenticate``: five wrong passwords lock for five minutes).
- A request that changes nothing (disabling a disabled account) writes nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound, SecretariatError
from ..models import ROLES, User
from ..permissions import Action, Actor, require
from . import audit
from .users import UserRow, _check_password, authenticate, hash_password


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.name, user.full_name, user.role, user.active, user.locked_until)


def _user(session: Session, name: str) -> User:
    user = session.execute(select(User).where(User.name == (name or "").strip())).scalar_one_or_none()
    if user is None:
        raise NotFound(what="user", key=(name or "").strip() or "(vacío)")
    return user


def _ensure_not_last_counsel(session: Session, user: User) -> None:
    """Refuse if ``user`` is the only active counsel account."""
    if user.role != "counsel" or not user.active:
        return
    ids = session.execute(select(User.id).where(User.role == "counsel", User.active.is_(True))
                          .order_by(User.id).with_for_update()).scalars().all()
    if not any(i != user.id for i in ids):
        raise SecretariatError("last_counsel")


def disable_user(session: Session, actor: Actor, name: str) -> UserRow:
    require(actor, Action.MANAGE_USERS)
    user = _user(session, name)
    if not user.active:
        return _row(user)
    _ensure_not_last_counsel(session, user)
    user.active = False
    session.flush()
    audit.record(session, actor, "disable", "user", user.id, {"active": True}, {"active": False})
    return _row(user)


def enable_user(session: Session, actor: Actor, name: str) -> UserRow:
    require(actor, Action.MANAGE_USERS)
    user = _user(session, name)
    if user.active and not user.locked_until and not user.failed_logins:
        return _row(user)
    before = {"active": user.active, "locked": user.locked_until is not None}
    user.active = True
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    audit.record(session, actor, "enable", "user", user.id, before, {"active": True, "locked": False})
    return _row(user)


def reset_password(session: Session, actor: Actor, name: str, new_password: str) -> UserRow:
    """The counsel sets a new password for an account (and lifts its lock-out)."""
    require(actor, Action.MANAGE_USERS)
    _check_password(new_password)
    user = _user(session, name)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    session.flush()
    audit.record(session, actor, "reset_password", "user", user.id, None, {"password": "reset"})
    return _row(user)


def change_own_password(session: Session, actor: Actor, old: str, new: str) -> UserRow:
    """Any signed-in user changes their own password, proving the old one.

    The old password is checked by ``users.authenticate``: a disabled or locked account is
    refused, and a wrong old password raises ``AuthError("bad_credentials")`` (and counts as a
    failed sign-in if the caller commits the session, as ``users.sign_in`` does).
    """
    if actor.id is None:
        raise NotFound(what="user", key=actor.name)
    _check_password(new)
    user = session.get(User, actor.id)
    if user is None:
        raise NotFound(what="user", key=actor.name)
    authenticate(session, user.name, old)
    user.password_hash = hash_password(new)
    session.flush()
    audit.record(session, actor, "change_password", "user", user.id, None, {"password": "changed"})
    return _row(user)


def set_role(session: Session, actor: Actor, name: str, role: str) -> UserRow:
    require(actor, Action.MANAGE_USERS)
    if role not in ROLES:
        raise InvalidInput(field="rol", value=role)
    user = _user(session, name)
    if user.role == role:
        return _row(user)
    if role != "counsel":
        _ensure_not_last_counsel(session, user)
    before = user.role
    user.role = role
    session.flush()
    audit.record(session, actor, "set_role", "user", user.id, {"role": before}, {"role": role})
    return _row(user)
