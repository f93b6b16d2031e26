"""The app's process killed (SIGKILL) in the middle of a write, as by a power cut or the task
manager: the case file must still be whole, the import all or nothing, and no half-written
export under its final name.

Each run is the real command in a subprocess (``python -m secretariat.cli``), signed in from
``SECRETARIAT_USER`` / ``SECRETARIAT_PASSWORD``. The kill comes when the write is under way,
judged by the files themselves: the SQLite ``-wal`` file past a size (the import's transaction
spills its pages there before it commits), or the backup's temporary ``.part`` file past a
size. Several kill points are tried, early and late.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from secretariat.db import Database
from tests.conftest import PASSWORD, make_actor

ROOT = Path(__file__).resolve().parents[2]
ROWS = 50_000
MB = 1 << 20


def _cli(args: list[str], env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "secretariat.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 120) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()`` holds. False if it finished first."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
            return True
        if time.monotonic() > deadline:
            proc.kill()
            raise TimeoutError("the command neither reached the kill point nor finished")
        time.sleep(0.003)
    return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _inspect(path: Path) -> dict:
    """Open the case file as the next run of the app would, with plain sqlite3: the row count of
    every table, the change counter and SQLite's own checks."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%'")]
        out = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in names}  # noqa: S608
        out["counter"] = conn.execute("SELECT value FROM change_counter").fetchone()[0]
        out["integrity"] = conn.execute("PRAGMA integrity_check").fetchall()
        out["foreign_keys"] = conn.execute("PRAGMA foreign_key_check").fetchall()
        return out
    finally:
        conn.close()


def _write_big_csv(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Enlace,Título,Peticionario,Correo,Firmas,Fecha,Tema\n")
        for i in range(rows):
            fh.write(f"https://www.change.org/p/peticion-{i},Petición {i} por el agua de la colonia "
                     f"{i % 97},Persona {i} Ruiz,p{i}@example.org,{(i * 7919) % 80_000},01/03/2016,Agua\n")


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "monitoreo-grande.csv"
    _write_big_csv(path, ROWS)
    return path


@pytest.fixture
def case_file(sqlite_url, tmp_path):
    """A case file with a counsel account, and the environment that signs the CLI in."""
    database = Database(sqlite_url)
    make_actor(database, "consejera", "counsel")
    database.dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    scratch = tmp_path / "tmp"  # the command's temporary files land here, where we can see them
    scratch.mkdir()
    env = dict(os.environ, SECRETARIAT_DB=str(path), SECRETARIAT_USER="consejera",
               SECRETARIAT_PASSWORD=PASSWORD, SECRETARIAT_LANG="es", TMPDIR=str(scratch))
    return path, env


# ------------------------------------------------------------------------------ import

def test_an_import_killed_mid_write_leaves_nothing_and_the_case_file_whole(case_file, big_csv, capsys):
    path, env = case_file
    wal = path.with_name(path.name + "-wal")
    before = _inspect(path)
    assert before["petitions"] == 0
    kill_points = (1 * MB, 6 * MB, 16 * MB)  # early, middle, late in the transaction
    killed_mid_write = 0
    for threshold in kill_points:
        proc = _cli(["import", str(big_csv)], env)
        killed = _kill_when(proc, lambda t=threshold: _size(wal) >= t)
        state = _inspect(path)
        assert state["integrity"] == [("ok",)], f"kill at {threshold // MB} MB: {state['integrity']}"
        assert state["foreign_keys"] == []
        if state == before:  # every table, row for row count, and the counter: nothing
            killed_mid_write += killed
            continue
        counts = state
        # It committed before the kill landed: then everything must be there.
        assert counts["petitions"] == ROWS and counts["import_batches"] == 1, counts
        assert counts["petitioners"] == ROWS and counts["signature_counts"] == ROWS, counts
        break
    assert killed_mid_write >= 2, "the kills never landed in the middle of the write"

    # The next run recovers the case file and imports everything.
    started = time.perf_counter()
    done = _cli(["import", str(big_csv)], env)
    out, err = done.communicate(timeout=180)
    took = time.perf_counter() - started
    assert done.returncode == 0, err
    assert f"Nuevas: {ROWS}" in out or "Sin cambios: " in out
    state = _inspect(path)
    assert state["integrity"] == [("ok",)]
    assert (state["petitions"], state["petitioners"], state["signature_counts"]) == (ROWS, ROWS, ROWS)
    assert state["import_batches"] == 1 and state["audit_log"] > before["audit_log"]
    assert state["counter"] > before["counter"], "the other workstations would never see the import"
    with capsys.disabled():
        print(f"\n[crash] import of {ROWS:,} rows: {killed_mid_write} kills mid-write left nothing; "
              f"the full import then took {took:.1f} s")


# ------------------------------------------------------------------------------ backup

SMALLER_ROWS = 12_000  # enough for a backup or an export to be killed half-way


@pytest.fixture
def populated_case_file(case_file, tmp_path):
    """A case file with ``SMALLER_ROWS`` petitions (imported in this process: the command's import
    is tested above)."""
    from secretariat.services import imports, users
    from secretariat.services.import_parse import parse_file

    path, env = case_file
    csv = tmp_path / "monitoreo.csv"
    _write_big_csv(csv, SMALLER_ROWS)
    database = Database(f"sqlite:///{path}")
    try:
        actor = users.sign_in(database, "consejera", PASSWORD)
        with database.write() as s:
            imports.apply(s, actor, parse_file(csv))
    finally:
        database.dispose()
    return path, env


def test_a_backup_killed_mid_write_leaves_no_file_under_its_name(populated_case_file, tmp_path, capsys):
    path, env = populated_case_file
    folder = tmp_path / "copias"
    folder.mkdir()
    out = folder / "expediente.secbak"
    before = _inspect(path)
    leftovers: list[Path] = []
    killed = 0
    for threshold in (64 * 1024, 512 * 1024):
        proc = _cli(["backup", str(out)], env)
        if _kill_when(proc, lambda t=threshold: any(_size(p) >= t for p in folder.glob("*.part"))):
            killed += 1
        assert not out.exists(), "a half-written backup exists under the final name"
        leftovers = sorted(folder.glob("*.part"))
    assert killed == 2, "the backup finished before it could be killed"
    assert leftovers and all(p.name.startswith(".") for p in leftovers), leftovers  # hidden temp names
    assert _inspect(path) == before, "a backup changed the case file"

    # The leftover is refused by restore, with one sentence, and the empty target stays empty.
    target = tmp_path / "vacio.sqlite3"
    refused = subprocess.run([sys.executable, "-m", "secretariat.cli", "--db", str(target), "restore",
                              str(leftovers[-1])], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=120)
    assert refused.returncode == 1, refused.stdout
    assert refused.stderr.count("\n") == 1, refused.stderr
    assert "está incompleta" in refused.stderr and "No se restauró nada" in refused.stderr, refused.stderr
    assert _inspect(target)["petitions"] == 0

    # A backup run to the end still works, next to the debris.
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "secretariat.cli", "backup", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert out.exists() and out.stat().st_size > 0
    snapshots = [p for p in Path(env["TMPDIR"]).iterdir()]
    with capsys.disabled():
        print(f"\n[crash] backup of {SMALLER_ROWS:,} petitions killed twice mid-write: no file under its name; "
              f"a full backup took {time.perf_counter() - started:.1f} s; "
              f"{len(leftovers)} .part and {len(snapshots)} snapshot folder(s) left behind by the kills")
    shutil.rmtree(env["TMPDIR"], ignore_errors=True)


# ------------------------------------------------------------------------------ Excel tracker

def test_an_excel_export_killed_mid_write_leaves_no_file_and_keeps_the_older_one(populated_case_file, tmp_path,
                                                                                  capsys):
    import zipfile

    path, env = populated_case_file
    scratch = Path(env["TMPDIR"])
    folder = tmp_path / "informes"
    folder.mkdir()
    out = folder / "seguimiento.xlsx"
    before = _inspect(path)

    # 1. Killed while the sheets stream out (openpyxl's own temporary files grow; no .part yet).
    proc = _cli(["export", "tracker", str(out)], env)
    assert _kill_when(proc, lambda: any(_size(p) >= 256 * 1024 for p in scratch.glob("openpyxl*"))), \
        "the export finished before its sheets were half written"
    assert not out.exists(), "a half-written export exists under the final name"

    # 2. An older export of that name exists; killed while the workbook is being zipped into
    #    its temporary .part file: the older file is kept as it was.
    older = b"PK\x03\x04 la exportacion anterior, que debe quedar intacta"
    out.write_bytes(older)
    proc = _cli(["export", "tracker", str(out)], env)
    killed_in_save = _kill_when(proc, lambda: any(_size(p) >= 64 * 1024 for p in folder.glob("*.part")))
    assert killed_in_save, "the export finished before its file was half written"
    assert out.read_bytes() == older, "the older export was replaced by a half-written one"
    parts = sorted(folder.glob("*.part"))
    assert parts and all(p.name.startswith(".") for p in parts), parts
    assert _inspect(path) == before, "an export changed the case file"

    # 3. Run to the end, it replaces the older file with a whole workbook.
    done = subprocess.run([sys.executable, "-m", "secretariat.cli", "export", "tracker", str(out)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None and "xl/workbook.xml" in zf.namelist()
    debris = [p for p in scratch.iterdir()]
    with capsys.disabled():
        print(f"\n[crash] Excel tracker of {SMALLER_ROWS:,} petitions killed while streaming and while "
              f"zipping: no file under its name, the older one kept; left behind: {len(parts)} .part in "
              f"the target folder, {len(debris)} openpyxl temporary file(s) in the temp folder")
