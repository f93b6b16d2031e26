"""Several writers on one case file at the same time.

- SQLite: four processes each make 30 small writes through the services (admissibility
  decisions and imports of tiny files, all four touching the same petitions) while two more
  processes read; none may fail with "database is locked", no write may be lost, and the audit
  chain stays whole. (``db.py``: WAL, busy_timeout, ``BEGIN IMMEDIATE`` for writers.)
- Both backends: four threads with their own ``Database`` do the same; on PostgreSQL this is what
  could fork the audit chain or race two imports of the same new link.
- Two people saving the same petition at the same moment: one wins, the other gets the
  conflict sentence, never a driver error. A writer that waits too long gets ``database_busy``,
  and a reader never waits for a writer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import secretariat.db as dbmod
from secretariat.db import Database
from secretariat.errors import ConflictError, DatabaseError
from secretariat.models import AuditEntry, ChangeCounter, ImportBatch, Petition
from secretariat.permissions import Actor
from secretariat.services import audit, imports, petitions
from secretariat.services.import_parse import parse_file
from tests.conftest import make_actor
from tests.secretariat.helpers import row

ROOT = Path(__file__).resolve().parents[2]
ON = date(2016, 3, 1)
WRITERS, WRITES, READERS = 4, 30, 2
SHARED = 12  # petitions every writer decides on
CHECKER = Actor(None, "verificador", "counsel")


# ------------------------------------------------------------------------------ the workload

def _csv(folder: Path, worker: int, i: int) -> Path:
    """A tiny monitoring file: one petition every writer updates, one new petition."""
    path = folder / f"monitoreo-{worker}-{i}.csv"
    path.write_text(
        "Enlace,Título,Peticionario,Firmas,Fecha\n"
        f"https://www.change.org/p/compartida,Petición compartida,Ana Ruiz,{1000 + worker * 100 + i},01/03/2016\n"
        f"https://www.change.org/p/w{worker}-{i},Petición {worker}-{i},Luis Mora,{(i + 1) * 900},01/03/2016\n",
        encoding="utf-8")
    return path


def run_writer(url: str, actor: Actor, worker: int, writes: int, pids: list[int], folder: Path,
               go: threading.Event | Path | None = None, ready: Path | None = None) -> dict:
    """``writes`` units of work, alternating a decision and an import. Returns timings."""
    database = Database(url)
    try:
        _ready(ready)
        _wait_for(go)
        slowest, total = 0.0, 0.0
        for i in range(writes):
            started = time.perf_counter()
            if i % 2 == 0:
                pid = pids[(worker * 5 + i) % len(pids)]
                decision = ("admitted", "inadmissible", "pending")[(worker + i) % 3]
                with database.write() as s:
                    petitions.decide_admissibility(s, actor, pid, decision,
                                                   reason="other" if decision == "inadmissible" else None,
                                                   note=f"escritor {worker}, paso {i}")
            else:
                parsed = parse_file(_csv(folder, worker, i))
                with database.write() as s:
                    imports.apply(s, actor, parsed)
            took = time.perf_counter() - started
            slowest, total = max(slowest, took), total + took
        return {"writes": writes, "slowest": slowest, "mean": total / writes}
    finally:
        database.dispose()


def run_reader(url: str, actor: Actor, stop: threading.Event | Path, go=None, ready: Path | None = None) -> dict:
    database = Database(url)
    try:
        _ready(ready)
        _wait_for(go)
        reads, slowest = 0, 0.0
        while not _is_set(stop):
            started = time.perf_counter()
            with database.read() as s:
                ids = petitions.petition_ids(s, actor)
                petitions.petition_rows(s, actor, ids[:50])
                petitions.tier_counts(s, actor)
                if reads % 10 == 0:
                    assert audit.verify(s, actor).ok  # a reader always sees a whole chain
            slowest = max(slowest, time.perf_counter() - started)
            reads += 1
        return {"reads": reads, "slowest": slowest}
    finally:
        database.dispose()


def _is_set(flag) -> bool:
    return flag.is_set() if isinstance(flag, threading.Event) else Path(flag).exists()


def _ready(path: Path | None) -> None:
    if path is not None:
        path.touch()


def _wait_for(go) -> None:
    if go is None:
        return
    deadline = time.monotonic() + 60
    while not _is_set(go):
        if time.monotonic() > deadline:
            raise TimeoutError("never told to start")
        time.sleep(0.002)


def main(argv: list[str]) -> None:  # the subprocess entry point
    cfg = json.loads(argv[0])
    actor = Actor(*cfg["actor"])
    if cfg["kind"] == "writer":
        out = run_writer(cfg["url"], actor, cfg["worker"], cfg["writes"], cfg["pids"],
                         Path(cfg["folder"]), Path(cfg["go"]), Path(cfg["ready"]))
    else:
        out = run_reader(cfg["url"], actor, Path(cfg["stop"]), Path(cfg["go"]), Path(cfg["ready"]))
    print(json.dumps(out))


# ------------------------------------------------------------------------------ checks

def _prepare(database: Database, counsel: Actor) -> list[int]:
    with database.write() as s:
        imports.apply_rows(s, counsel, [row(f"base-{n}", 4000 + n * 500, ON) for n in range(SHARED)],
                           source="inicial.csv")
        return list(s.execute(select(Petition.id).order_by(Petition.id)).scalars())


def _state(database: Database) -> dict:
    with database.read() as s:
        return {
            # the rows of the two kinds of write made here (an import may add others, e.g. duties)
            "audit": s.execute(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action.in_(("import", "decide_admissibility")))).scalar_one(),
            "batches": s.execute(select(func.count()).select_from(ImportBatch)).scalar_one(),
            "petitions": s.execute(select(func.count()).select_from(Petition)).scalar_one(),
            "counter": s.execute(select(ChangeCounter.value)).scalar_one(),
        }


def _assert_all_writes_landed(database: Database, before: dict, writers: int, writes: int) -> None:
    after = _state(database)
    imports_made = writers * (writes // 2)
    assert after["audit"] - before["audit"] == writers * writes, "a write was lost or doubled"
    assert after["counter"] - before["counter"] >= writers * writes
    assert after["batches"] - before["batches"] == imports_made
    # one new petition per import, plus the shared one (created once, never duplicated)
    assert after["petitions"] - before["petitions"] == imports_made + 1
    with database.read() as s:
        result = audit.verify(s, CHECKER)
        shared = s.execute(select(func.count()).select_from(Petition)
                           .where(Petition.url == "https://www.change.org/p/compartida")).scalar_one()
    assert result.ok, f"the audit chain forked at row {result.first_bad_id} ({result.problem})"
    assert shared == 1


# ------------------------------------------------------------------------------ tests

def test_four_processes_write_and_two_read_one_sqlite_file_without_locked_errors(sqlite_db, tmp_path, capsys):
    counsel = make_actor(sqlite_db, "consejera", "counsel")
    pids = _prepare(sqlite_db, counsel)
    before = _state(sqlite_db)
    go, stop = tmp_path / "go", tmp_path / "stop"
    actor = [counsel.id, counsel.name, counsel.role]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def spawn(cfg: dict) -> subprocess.Popen:
        code = "import sys; from tests.secretariat.test_concurrency import main; main(sys.argv[1:])"
        return subprocess.Popen([sys.executable, "-c", code, json.dumps(cfg)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    common = {"url": sqlite_db.url, "actor": actor, "go": str(go)}
    writers = [spawn({**common, "kind": "writer", "worker": w, "writes": WRITES, "pids": pids,
                      "folder": str(tmp_path), "ready": str(tmp_path / f"ready-w{w}")})
               for w in range(WRITERS)]
    readers = [spawn({**common, "kind": "reader", "stop": str(stop), "ready": str(tmp_path / f"ready-r{r}")})
               for r in range(READERS)]
    processes = writers + readers
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob("ready-*"))) < len(processes):  # every one has opened the file
        assert all(p.poll() is None for p in processes), "a process died before starting"
        assert time.monotonic() < deadline, "the processes never got ready"
        time.sleep(0.01)
    go.touch()  # all six start at once
    started = time.perf_counter()
    results = []
    for p in writers:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, f"a writer failed: {err.strip().splitlines()[-3:]}"
        results.append(json.loads(out))
    elapsed = time.perf_counter() - started
    stop.touch()
    reads = []
    for p in readers:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, f"a reader failed: {err.strip().splitlines()[-3:]}"
        reads.append(json.loads(out))

    _assert_all_writes_landed(sqlite_db, before, WRITERS, WRITES)
    with sqlite_db.read() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert all(r["reads"] > 0 for r in reads), "a reader never got to read"
    slowest = max(r["slowest"] for r in results)
    assert slowest < dbmod.BUSY_TIMEOUT_S, f"a write waited {slowest:.1f} s"
    with capsys.disabled():
        print(f"\n[concurrency] SQLite: {WRITERS}x{WRITES} writes + {READERS} readers in {elapsed:.1f} s; "
              f"slowest write {slowest * 1000:.0f} ms, mean {sum(r['mean'] for r in results) / WRITERS * 1000:.0f} ms; "
              f"{sum(r['reads'] for r in reads)} reads, slowest {max(r['slowest'] for r in reads) * 1000:.0f} ms")


def test_four_threads_with_their_own_database_keep_one_audit_chain(db, db_url, counsel, tmp_path, capsys):
    pids = _prepare(db, counsel)
    before = _state(db)
    go, stop = threading.Event(), threading.Event()
    results, errors = [], []

    def guarded(fn, *args):
        try:
            results.append(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(run_writer, db_url, counsel, w, WRITES, pids,
                                                      tmp_path, go)) for w in range(WRITERS)]
    reader = threading.Thread(target=guarded, args=(run_reader, db_url, counsel, stop, go))
    for t in [*threads, reader]:
        t.start()
    started = time.perf_counter()
    go.set()
    for t in threads:
        t.join(timeout=120)
    elapsed = time.perf_counter() - started
    stop.set()
    reader.join(timeout=60)
    assert not errors, f"{len(errors)} failed; first: {errors[0]!r}"
    _assert_all_writes_landed(db, before, WRITERS, WRITES)
    writes = [r for r in results if "writes" in r]
    with capsys.disabled():
        print(f"\n[concurrency] {db.engine.dialect.name}, threads: {WRITERS}x{WRITES} writes in {elapsed:.1f} s; "
              f"slowest {max(r['slowest'] for r in writes) * 1000:.0f} ms")


def _waiting_for_write_lock(database: Database) -> bool:
    """PostgreSQL: is some session waiting for the writers' advisory lock?"""
    with database.read() as s:
        return bool(s.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                   "AND NOT granted")).scalar())


def test_two_people_saving_the_same_petition_at_once_one_gets_the_conflict_sentence(db, db_url, counsel):
    pid = _prepare(db, counsel)[0]
    with db.read() as s:
        seen = petitions.petition_detail(s, counsel, pid).version
    second = Database(db_url)
    b_started, outcome = threading.Event(), {}

    def other_workstation():
        b_started.set()
        try:
            with second.write() as s:
                outcome["b"] = petitions.decide_admissibility(
                    s, counsel, pid, "inadmissible", reason="other", note="B", expected_version=seen)
        except Exception as exc:  # noqa: BLE001 - inspected below
            outcome["b"] = exc

    try:
        with db.write() as s:
            petitions.decide_admissibility(s, counsel, pid, "admitted", note="A", expected_version=seen)
            b = threading.Thread(target=other_workstation)
            b.start()
            b_started.wait(5)
            deadline = time.monotonic() + 5
            if db.is_sqlite:
                time.sleep(0.3)  # B is now waiting on BEGIN IMMEDIATE
            else:
                while not _waiting_for_write_lock(second) and time.monotonic() < deadline:
                    time.sleep(0.01)
        b.join(10)
    finally:
        second.dispose()
    err = outcome["b"]
    assert isinstance(err, ConflictError), f"B got {err!r} instead of the conflict"
    assert err.sentence("es").startswith("Otra persona modificó la petición")
    with db.read() as s:
        detail = petitions.petition_detail(s, counsel, pid)
        assert audit.verify(s, CHECKER).ok
    assert (detail.admissibility, detail.admissibility_note) == ("admitted", "A")


def test_a_writer_waits_for_another_and_a_reader_waits_for_nobody(db, db_url, counsel):
    pids = _prepare(db, counsel)
    holder_in, release = threading.Event(), threading.Event()

    def hold_the_write_lock():
        with db.write() as s:
            petitions.decide_admissibility(s, counsel, pids[0], "admitted", note="larga")
            holder_in.set()
            release.wait(10)
            time.sleep(0.2)

    other = Database(db_url)
    try:
        holder = threading.Thread(target=hold_the_write_lock)
        holder.start()
        holder_in.wait(5)
        started = time.perf_counter()
        with other.read() as s:  # not blocked, and sees the last committed state
            assert petitions.petition_detail(s, counsel, pids[0]).admissibility == "pending"
        assert time.perf_counter() - started < 1.0
        release.set()
        started = time.perf_counter()
        with other.write() as s:  # waits for the holder instead of failing
            petitions.decide_admissibility(s, counsel, pids[1], "admitted", note="después")
        waited = time.perf_counter() - started
        holder.join(5)
        assert waited >= 0.15, f"the second writer did not wait for the first ({waited:.2f} s)"
    finally:
        other.dispose()
    with db.read() as s:
        assert petitions.petition_detail(s, counsel, pids[0]).admissibility == "admitted"
        assert audit.verify(s, CHECKER).ok


def test_a_writer_kept_waiting_too_long_gets_one_sentence_and_nothing_is_saved(db, db_url, counsel,
                                                                               monkeypatch):
    pids = _prepare(db, counsel)
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 1)
    holder_in, release = threading.Event(), threading.Event()
    impatient = Database(db_url)  # connects with the 1 s timeout

    def hold_the_write_lock():
        with db.write() as s:
            petitions.decide_admissibility(s, counsel, pids[0], "admitted", note="muy larga")
            holder_in.set()
            release.wait(10)

    holder = threading.Thread(target=hold_the_write_lock)
    holder.start()
    try:
        holder_in.wait(5)
        started = time.perf_counter()
        with pytest.raises(DatabaseError) as busy:
            with impatient.write() as s:
                petitions.decide_admissibility(s, counsel, pids[1], "admitted", note="impaciente")
        waited = time.perf_counter() - started
    finally:
        release.set()
        holder.join(5)
        impatient.dispose()
    assert busy.value.code == "database_busy"
    assert busy.value.params == {"seconds": 1}
    assert DatabaseError("database_busy", seconds=15).sentence("es") == (
        "El expediente está ocupado: otra persona lleva más de 15 segundos guardando cambios y no se "
        "guardó nada; vuelva a intentarlo en un momento.")
    assert 0.8 <= waited < 5, waited
    with db.read() as s:
        assert petitions.petition_detail(s, counsel, pids[1]).admissibility == "pending"
        assert petitions.petition_detail(s, counsel, pids[0]).admissibility == "admitted"
        assert audit.verify(s, CHECKER).ok
