"""A PostgreSQL server that goes away in the middle of a session.

Each test runs against its own throw-away cluster (``scripts/pg-test-server.sh`` on a free port,
in a temporary folder), because the tests stop it: ``pg_ctl stop -m immediate``, as when a server
crashes or the network drops. The user must then get ONE sentence (``DatabaseError``
``database_connection_lost``: the connection was lost, nothing was saved, try again), nothing
half-saved, and once the server is back the very next call must work with no restart of the app
(the broken connection is dropped, ``pool_pre_ping`` replaces stale pooled ones).

Skipped only when the PostgreSQL server binaries are missing and this is not CI (``CI`` or
``SECRETARIAT_REQUIRE_PG=1``): in CI a missing server fails.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, exc, select, text

from secretariat.db import Database
from secretariat.errors import DatabaseError
from secretariat.models import Petition
from secretariat.permissions import Actor
from secretariat.services import audit, imports, petitions, users
from tests.conftest import PASSWORD
from tests.secretariat.helpers import row

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pg-test-server.sh"
ON = date(2016, 3, 1)
CHECKER = Actor(None, "verificador", "counsel")


def _in_ci() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("SECRETARIAT_REQUIRE_PG") == "1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayServer:
    """A PostgreSQL cluster of our own that the test may stop and start at will."""

    def __init__(self) -> None:
        # As root the server runs as the postgres user, who must reach the folder: mkdtemp
        # makes it, the script hands it over.
        self.folder = tempfile.mkdtemp(prefix="secretariat-pg-loss-", dir="/tmp")
        self.port = _free_port()
        self.server_url = f"postgresql+psycopg://app@127.0.0.1:{self.port}/postgres"
        self.template = f"tpl_{uuid.uuid4().hex[:8]}"
        self.running = False

    def _script(self, command: str) -> None:
        env = {**os.environ, "PG_TEST_PORT": str(self.port)}
        done = subprocess.run(["bash", str(SCRIPT), command, self.folder], env=env,
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"pg-test-server.sh {command} failed: {done.stderr.strip()}")

    def start(self) -> None:
        self._script("start")
        self.running = True
        if not getattr(self, "_durable", False):
            # The script starts test servers with synchronous_commit=off, which loses the last
            # commits on a crash; a real server keeps them, and so must this one.
            self.admin("ALTER ROLE app SET synchronous_commit = on")
            self._durable = True

    def stop(self) -> None:
        """``pg_ctl stop -m immediate``: every backend dies at once, nothing is flushed."""
        self._script("stop")
        self.running = False

    def url(self, name: str) -> str:
        return self.server_url.rsplit("/", 1)[0] + "/" + name

    def admin(self, sql: str) -> None:
        engine = create_engine(self.server_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()

    def new_case_file(self) -> str:
        """A migrated, empty case file: a copy of a template migrated once."""
        if not getattr(self, "_migrated", False):
            self.admin(f'CREATE DATABASE "{self.template}"')
            Database(self.url(self.template)).dispose()
            self._migrated = True
        name = f"t_{uuid.uuid4().hex[:10]}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.url(name)

    def destroy(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _binaries_present() -> bool:
    return bool(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")) or shutil.which("pg_ctl") is not None


@pytest.fixture(scope="module")
def pg_server():
    if not _binaries_present():
        if _in_ci():
            pytest.fail("the PostgreSQL server binaries are missing in CI (apt-get install postgresql)")
        pytest.skip("PostgreSQL server binaries not installed")
    server = ThrowawayServer()
    try:
        server.start()
        yield server
    finally:
        server.destroy()


@pytest.fixture
def server(pg_server):
    if not pg_server.running:  # a previous test failed while it was stopped
        pg_server.start()
    yield pg_server
    if not pg_server.running:
        pg_server.start()


@pytest.fixture
def case(server):
    """An open Database on the throw-away server with a counsel and two petitions."""
    database = Database(server.new_case_file())
    with database.write() as s:
        first = users.init_first_counsel(s, "consejera", PASSWORD)
        actor = Actor(first.id, first.name, first.role)
        imports.apply_rows(s, actor, [row("bicicletas", 6200, ON), row("agua", 800, ON)],
                           source="inicial.csv")
    yield database, actor
    database.dispose()


def _pid(database: Database, slug: str) -> int:
    with database.read() as s:
        return s.execute(select(Petition.id).where(Petition.url.like(f"%/{slug}"))).scalar_one()


def _decision(database: Database, pid: int) -> tuple[str, str]:
    with database.read() as s:
        p = s.get(Petition, pid)
        return p.admissibility, p.admissibility_note


def _decide(database: Database, actor: Actor, pid: int, note: str):
    with database.write() as s:
        return petitions.decide_admissibility(s, actor, pid, "admitted", note=note)


def _assert_connection_lost(err: DatabaseError) -> None:
    assert err.code == "database_connection_lost"
    assert err.sentence("es") == ("Se perdió la conexión con el servidor de la base de datos y no se "
                                  "guardó nada; vuelva a intentarlo cuando el servidor responda.")
    assert "connection" in err.sentence("en") and "nothing was saved" in err.sentence("en")


# ------------------------------------------------------------------------------ tests

def test_a_save_while_the_server_is_down_is_one_sentence_and_works_again_after_restart(server, case):
    database, actor = case
    pid = _pid(database, "bicicletas")
    assert _decision(database, pid) == ("pending", "")  # a pooled connection now exists

    server.stop()
    with pytest.raises(DatabaseError) as lost:
        _decide(database, actor, pid, "Guardado sin servidor")
    _assert_connection_lost(lost.value)
    with pytest.raises(DatabaseError) as lost_read:  # reads say the same, and do not hang
        _decision(database, pid)
    _assert_connection_lost(lost_read.value)

    server.start()
    change = _decide(database, actor, pid, "Guardado con el servidor de vuelta")
    assert change.after == "admitted"
    assert _decision(database, pid) == ("admitted", "Guardado con el servidor de vuelta")
    with database.read() as s:
        result = audit.verify(s, CHECKER)
        notes = [r.after for r in audit.history(s, CHECKER, "petition", pid)]
    assert result.ok
    assert not any("sin servidor" in (n or "") for n in notes), "the failed save reached the audit trail"


def test_stale_pooled_connections_are_replaced_after_a_restart(server, case):
    database, actor = case
    pid = _pid(database, "agua")
    # Fill the pool with several idle connections, all of which the restart will kill.
    sessions = [database._read() for _ in range(3)]  # noqa: SLF001 - three checkouts at once
    for s in sessions:
        s.execute(text("SELECT 1"))
    for s in sessions:
        s.close()
    assert database.engine.pool.checkedin() >= 3

    server.stop()
    server.start()  # nothing was called while it was down: only pre_ping can notice

    assert _decide(database, actor, pid, "Tras reiniciar el servidor").after == "admitted"
    with database.read() as s:
        assert petitions.tier_counts(s, actor)["review"] == 1
    assert users.sign_in(database, "consejera", PASSWORD).name == "consejera"


def test_losing_the_server_while_committing_says_it_is_unknown_whether_it_was_saved(server, case):
    database, actor = case
    pid = _pid(database, "bicicletas")
    with pytest.raises(DatabaseError) as lost:
        with database.write() as s:
            petitions.decide_admissibility(s, actor, pid, "admitted", note="Al confirmar")
            server.stop()
    err = lost.value
    assert err.code == "database_connection_lost_commit"
    assert err.sentence("es").startswith("Se perdió la conexión con el servidor de la base de datos "
                                         "mientras se guardaba el cambio, así que no se sabe si quedó guardado")
    server.start()
    # Killed before COMMIT reached it: the server rolled it back, and the chain is whole.
    assert _decision(database, pid) == ("pending", "")
    with database.read() as s:
        assert audit.verify(s, CHECKER).ok


def test_other_database_errors_are_not_mistaken_for_a_lost_connection(server, case):
    database, actor = case
    with pytest.raises(exc.IntegrityError):  # a constraint stays a constraint
        with database.write() as s:
            s.execute(text("INSERT INTO users (name) VALUES (NULL)"))
    with pytest.raises(exc.OperationalError) as cancelled:  # so does a statement timeout
        with database.read() as s:
            s.execute(text("SET LOCAL statement_timeout = '50ms'"))
            s.execute(text("SELECT pg_sleep(2)"))
    assert not isinstance(cancelled.value, DatabaseError)
    assert "statement timeout" in str(cancelled.value.orig)
    # …and the session is usable right after.
    with database.read() as s:
        assert len(petitions.list_petitions(s, actor)) == 2


def test_a_server_that_is_down_when_the_case_file_is_opened_is_named(server, case):
    database, _actor = case
    url = database.url
    server.stop()
    with pytest.raises(DatabaseError) as refused:
        Database(url)
    assert refused.value.code == "database_unreachable"
    assert refused.value.sentence("es").startswith("No se pudo abrir el expediente: ")
