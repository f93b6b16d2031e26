"""Shared fixtures. Qt runs offscreen; databases are real (SQLite files, PostgreSQL if given).

- ``db``: a migrated case file, once per backend: SQLite always; PostgreSQL when
  ``SECRETARIAT_TEST_PG`` holds a server URL (``postgresql+psycopg://user@host:port/postgres``).
  With ``SECRETARIAT_REQUIRE_PG=1`` (CI) a missing server is an error, never a silent skip.
- ``sqlite_db``: SQLite only (UI tests, file-level tests).
The schema is migrated once per test session into a template and copied for each test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
os.environ.setdefault("SECRETARIAT_LANG", "es")

import itertools
import shutil
import uuid
from pathlib import Path

import pytest

from secretariat.db import Database, upgrade, create_db_engine
from secretariat.permissions import Actor
from secretariat.services import users

PASSWORD = "clave-de-prueba"
_counter = itertools.count()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


def _pg_server() -> str | None:
    url = os.environ.get("SECRETARIAT_TEST_PG")
    if not url:
        if os.environ.get("SECRETARIAT_REQUIRE_PG") == "1":
            pytest.fail("SECRETARIAT_REQUIRE_PG=1 but SECRETARIAT_TEST_PG is not set")
        return None
    return url


@pytest.fixture(scope="session")
def pg_template():
    server = _pg_server()
    if server is None:
        yield None
        return
    from sqlalchemy import create_engine, text

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"secretariat_tpl_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    tpl_url = server.rsplit("/", 1)[0] + "/" + name
    engine = create_db_engine(tpl_url)
    upgrade(engine)
    engine.dispose()
    yield admin, name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _sqlite_copy(template: Path, tmp_path: Path) -> str:
    target = tmp_path / f"case-{next(_counter)}.sqlite3"
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, sqlite_template, tmp_path):
    if request.param == "sqlite":
        yield _sqlite_copy(sqlite_template, tmp_path)
        return
    yield from _pg_copy(request)


def _pg_copy(request):
    tpl = request.getfixturevalue("pg_template")
    if tpl is None:
        pytest.skip("no PostgreSQL server (set SECRETARIAT_TEST_PG)")
    from sqlalchemy import text

    admin, tpl_name = tpl
    name = f"t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{tpl_name}"'))
    server = os.environ["SECRETARIAT_TEST_PG"]
    yield server.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def sqlite_url(sqlite_template, tmp_path) -> str:
    return _sqlite_copy(sqlite_template, tmp_path)


def _open(url: str):
    database = Database(url)
    return database


@pytest.fixture
def db(db_url):
    database = _open(db_url)
    yield database
    database.dispose()


#: ``SECRETARIAT_UI_ON_PG=1`` puts the window's tests (which use ``sqlite_db``) on PostgreSQL
#: too: CI runs ``tests/ui`` a second time that way, so the whole suite meets both backends.
UI_ON_PG = os.environ.get("SECRETARIAT_UI_ON_PG") == "1"


@pytest.fixture
def sqlite_db(request, sqlite_url):
    if UI_ON_PG and request.node.path.is_relative_to(Path(__file__).parent / "ui"):
        gen = _pg_copy(request)
        database = _open(next(gen))
        yield database
        database.dispose()
        next(gen, None)
        return
    database = _open(sqlite_url)
    yield database
    database.dispose()


def make_actor(database: Database, name: str, role: str) -> Actor:
    with database.write() as s:
        if not users.has_users(s):
            users.init_first_counsel(s, "consejera", PASSWORD)
        if name == "consejera":
            row = next(u for u in users.list_users(s, Actor(None, "t", "observer")) if u.name == name)
        else:
            row = users.add_user(s, Actor(None, "system", "counsel"), name, role, PASSWORD)
    return Actor(row.id, row.name, row.role)


@pytest.fixture
def counsel(db):
    return make_actor(db, "consejera", "counsel")


@pytest.fixture
def adviser(db, counsel):
    return make_actor(db, "asesor", "adviser")


@pytest.fixture
def clerk(db, counsel):
    return make_actor(db, "actuario", "clerk")


@pytest.fixture
def observer(db, counsel):
    return make_actor(db, "observador", "observer")
