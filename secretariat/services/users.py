"""Accounts: creation, sign-in (argon2 hashes, lock-out), listing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import AuthError, InvalidInput, SecretariatError
from ..models import ROLES, User, utcnow
from ..permissions import Action, Actor, require
from . import audit

MAX_FAILURES = 5
LOCK_MINUTES = 5
# Cheap enough for an interactive sign-in on an office PC, still memory-hard.
_hasher = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def hash_password(password: str) -> str:
    """The argon2 hash stored for ``password`` (used by ``accounts`` for resets)."""
    return _hasher.hash(password)


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    full_name: str
    role: str
    active: bool
    locked_until: datetime | None = None


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 80 or any(c.isspace() or ord(c) < 32 for c in name):
        raise InvalidInput(field="usuario", value=name or "(vacío)")
    return name


def _check_password(password: str) -> None:
    if not password:
        raise SecretariatError("password_required")
    if len(password) < 4:
        raise InvalidInput(field="contraseña", value="demasiado corta (mínimo 4 caracteres)")


def _add(session: Session, actor: Actor, name: str, role: str, password: str,
         full_name: str = "") -> UserRow:
    name = _check_name(name)
    if role not in ROLES:
        raise InvalidInput(field="rol", value=role)
    _check_password(password)
    if session.execute(select(User.id).where(User.name == name)).first():
        raise SecretariatError("user_exists", name=name)
    user = User(name=name, full_name=full_name.strip(), role=role,
                password_hash=_hasher.hash(password), active=True)
    session.add(user)
    session.flush()
    audit.record(session, actor, "create", "user", user.id, None,
                 {"name": name, "role": role, "full_name": user.full_name})
    return UserRow(user.id, user.name, user.full_name, user.role, user.active)


def has_users(session: Session) -> bool:
    return (session.execute(select(func.count(User.id))).scalar() or 0) > 0


def init_first_counsel(session: Session, name: str, password: str, full_name: str = "") -> UserRow:
    """The first account of a new case file. Refused once any account exists."""
    if has_users(session):
        raise SecretariatError("already_initialised")
    system = Actor(None, "system", "counsel")
    return _add(session, system, name, "counsel", password, full_name)


def add_user(session: Session, actor: Actor, name: str, role: str, password: str,
             full_name: str = "") -> UserRow:
    require(actor, Action.MANAGE_USERS)
    return _add(session, actor, name, role, password, full_name)


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    require(actor, Action.READ)
    q = select(User.id, User.name, User.full_name, User.role, User.active, User.locked_until).order_by(User.name)
    return [UserRow(*r) for r in session.execute(q)]


def authenticate(session: Session, name: str, password: str) -> Actor:
    """Sign in. Five wrong passwords in a row lock the account for five minutes.

    Runs in a write session: failures are counted even though the sign-in is refused, so the
    caller must commit the session after catching ``AuthError``.
    """
    user = session.execute(select(User).where(User.name == (name or "").strip())).scalar_one_or_none()
    if user is None:
        raise AuthError("bad_credentials")
    now = utcnow()
    if not user.active:
        raise AuthError("account_disabled", name=user.name)
    if user.locked_until and user.locked_until > now:
        minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
        raise AuthError("account_locked", name=user.name, minutes=minutes)
    try:
        _hasher.verify(user.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
            user.failed_logins = 0
        raise AuthError("bad_credentials") from None
    if user.failed_logins or user.locked_until:
        user.failed_logins = 0
        user.locked_until = None
    return Actor(user.id, user.name, user.role)


def sign_in(db, name: str, password: str) -> Actor:
    """Authenticate against ``db`` (a ``secretariat.db.Database``), keeping the failure count."""
    # Through db.write(): one writer at a time (PostgreSQL's advisory lock, SQLite's BEGIN
    # IMMEDIATE), so parallel guesses are all counted. The failure count is committed, then the
    # refusal is raised.
    failure: AuthError | None = None
    with db.write() as session:
        try:
            return authenticate(session, name, password)
        except AuthError as exc:
            failure = exc
    raise failure
