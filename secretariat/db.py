"""Database: URL resolution, engine set-up, schema upgrade from code, sessions.

Start-up cost matters, so alembic is imported only when the schema is not already at head.
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
SCHEMA_HEAD = "0001"
#: Every revision this build can upgrade from (oldest first).
KNOWN_REVISIONS = ("0001",)

APP_NAME = "Secretariat"


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
        cur.execute("PRAGMA busy_timeout=15000")
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
        engine = create_engine(url, connect_args={"timeout": 15})
        _sqlite_setup(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


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


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``. Refuses a database newer than this build."""
    rev = current_revision(engine)
    if rev == SCHEMA_HEAD and revision == "head":
        return
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DatabaseError("database_newer", revision=rev)
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


class Database:
    """An open case file: the engine plus session factories for reads and writes."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
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
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else self.engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any exception."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(cli_value: str | None = None, *, migrate: bool = True) -> Database:
    return Database(resolve_url(cli_value), migrate=migrate)
