"""Database: URL resolution, engine set-up, schema upgrade from code, sessions.

Start-up cost matters, so alembic is imported only when the schema is not already at head.

Several workstations (or processes) write the same case file, one writer at a time:
- SQLite: WAL (readers never wait), writers take the lock up front with ``BEGIN IMMEDIATE`` and
  wait up to ``BUSY_TIMEOUT_S`` for another writer (busy_timeout) instead of failing.
- PostgreSQL: every ``write()`` first takes one transaction-scoped advisory lock (the same key
  the audit trail serialises its appends with), waiting up to ``BUSY_TIMEOUT_S``
  (``lock_timeout``). So writers behave as on SQLite: a writer reads what the previous one
  committed, two imports of the same new link never race on the unique constraint, and a save
  of a record someone just changed meets their version (``ConflictError``) instead of a raw
  ``StaleDataError``.

Failures of the database itself reach callers as ``DatabaseError`` with a code, never as a
driver exception (a ``handle_error`` hook on the engine, so every session and connection is
covered, including ``users.sign_in`` and backups):
- ``database_busy``: another writer held the case file longer than ``BUSY_TIMEOUT_S``;
- ``database_connection_lost``: the PostgreSQL server went away (or cannot be reached again)
  during a session; nothing was saved. The broken connection is dropped from the pool, and
  ``pool_pre_ping`` replaces any other stale one, so the next call works once the server is back;
- ``database_connection_lost_commit``: the connection broke while committing, so whether the
  change was saved is unknown (``write()`` tells this case apart).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .errors import DatabaseError

#: The newest revision this build knows. ``tests/migrations`` checks it equals Alembic's head.
SCHEMA_HEAD = "0003"
#: Every revision this build can upgrade from (oldest first).
KNOWN_REVISIONS = ("0001", "0002", "0003")

APP_NAME = "Secretariat"

#: How long a writer waits for another writer before giving up with ``database_busy``.
BUSY_TIMEOUT_S = 15
#: PostgreSQL advisory lock that serialises writers; the same key as ``services.audit``'s chain lock.
WRITE_LOCK_KEY = 0x5EC2E7
#: Seconds to wait for a PostgreSQL server to answer a new connection.
PG_CONNECT_TIMEOUT_S = 10


def migrations_dir() -> Path:
    """Absolute path of ``migrations/``, also inside a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "migrations"
    return Path(__file__).resolve().parent.parent / "migrations"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "secretariat.sqlite3"


def resolve_url(cli_value: str | None = None) -> str:
    """``--db`` wins, then ``SECRETARIAT_DB``, then the file in the user data directory.

    A bare path is taken as a SQLite file.
    """
    value = cli_value or os.environ.get("SECRETARIAT_DB") or str(default_db_path())
    if "://" not in value:
        path = Path(value).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if value.startswith("postgresql://") or value.startswith("postgres://"):
        value = "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the lock up front (BEGIN IMMEDIATE) so that two processes never fail
        # with "database is locked" when a read transaction tries to become a write one.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def create_db_engine(url: str) -> Engine:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
        _sqlite_setup(engine)
    else:
        args = {} if "connect_timeout" in u.query else {"connect_timeout": PG_CONNECT_TIMEOUT_S}
        engine = create_engine(url, pool_pre_ping=True, connect_args=args)
    return engine


def _map_database_errors(engine: Engine) -> None:
    """Turn the database's own failures into ``DatabaseError`` codes (see the module docstring).

    Other errors (constraints, bad SQL …) pass through unchanged.
    """
    dbapi = engine.dialect.loaded_dbapi
    sqlite = engine.dialect.name == "sqlite"

    @event.listens_for(engine, "handle_error")
    def _on_error(ctx):
        if ctx.is_pre_ping:  # the pool replaces a stale connection by itself
            return None
        orig = ctx.original_exception
        if not isinstance(orig, dbapi.OperationalError):
            return None
        if sqlite:
            if str(orig).startswith(("database is locked", "database table is locked")):
                raise DatabaseError("database_busy", seconds=BUSY_TIMEOUT_S)
            return None
        if ctx.is_disconnect or ctx.connection is None:  # broke, or could not connect again
            raise DatabaseError("database_connection_lost",
                                detail=(str(orig).strip().splitlines() or [""])[0])
        if getattr(orig, "sqlstate", None) == "55P03":  # lock_not_available (lock_timeout)
            raise DatabaseError("database_busy", seconds=BUSY_TIMEOUT_S)
        return None


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise DatabaseError("database_unreachable", detail=str(exc.orig).splitlines()[0]) from exc


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


def _refuse_foreign_sqlite(url: str) -> None:
    """Look at an existing SQLite file read-only before the engine switches it to WAL: a file
    that is not a database, or another program's database, is refused untouched."""
    import sqlite3

    path = make_url(url).database
    if not path or path == ":memory:" or not Path(path).is_file() or Path(path).stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise DatabaseError("database_foreign") from None
    if names and "alembic_version" not in names:
        raise DatabaseError("database_foreign")


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``. Refuses a database newer than this build."""
    rev = current_revision(engine)
    if rev == SCHEMA_HEAD and revision == "head":
        return
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DatabaseError("database_newer", revision=rev)
    if rev is None and _has_tables(engine):
        # Not a Secretariat case file (another program's database): never write into it.
        raise DatabaseError("database_foreign")
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), revision)
    except Exception:
        # Two workstations opening the same old case file at once: the second one's migration
        # fails ("table exists") after the first committed it, and is rolled back whole (DDL is
        # transactional on SQLite and PostgreSQL). If the schema is now where we wanted it,
        # someone else did the work.
        if revision == "head" and current_revision(engine) == SCHEMA_HEAD:
            return
        raise


class Database:
    """An open case file: the engine plus session factories for reads and writes."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        if make_url(url).get_backend_name() == "sqlite":
            _refuse_foreign_sqlite(url)
        self.engine = create_db_engine(url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        try:
            if migrate:
                upgrade(self.engine)
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise DatabaseError("database_unreachable", detail=str(exc).splitlines()[0]) from exc
        except Exception:
            self.engine.dispose()
            raise
        _map_database_errors(self.engine)  # after the upgrade: failing to open is "unreachable"
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work, one writer at a time: commits on success, rolls back on any exception."""
        with self._write() as session:
            session.begin()
            try:
                if not self.is_sqlite:
                    session.execute(text(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_S}s'"))
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
                yield session
                session.flush()
            except BaseException:
                session.rollback()
                raise
            try:
                session.commit()
            except DatabaseError as exc:
                if exc.code != "database_connection_lost":
                    raise
                raise DatabaseError("database_connection_lost_commit", **exc.params) from exc

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(cli_value: str | None = None, *, migrate: bool = True) -> Database:
    return Database(resolve_url(cli_value), migrate=migrate)
