"""The installed app: build the one-folder bundle from installer.spec, then run it from another
folder, as an office workstation would, with no source tree and no Python around it.

Slow (about 30 s to build). Skipped only when PyInstaller is missing outside CI; in CI it runs.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

import secretariat
from secretariat.db import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"

if importlib.util.find_spec("PyInstaller") is None and not os.environ.get("CI"):
    pytest.skip("PyInstaller is not installed (pip install -e '.[test]')", allow_module_level=True)

pytestmark = pytest.mark.slow


@contextmanager
def _exclusive(path: Path):
    """An exclusive lock between processes (pytest-xdist workers), released even on a crash."""
    with open(path, "a+b") as fh:
        if os.name == "nt":
            import msvcrt

            while True:
                try:
                    fh.seek(0)
                    msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:  # LK_LOCK gives up after ~10 s; keep waiting
                    continue
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """Build with PyInstaller into a temporary folder, once per test run; returns the bundle folder.

    Under pytest-xdist every worker asks for it; the first builds under a lock in the run's
    shared temporary folder and the others reuse that build (or its failure).
    """
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # pytest-N/, common to all workers of this run
    base = shared / "pyinstaller"
    folder = base / "dist" / "secretariat"
    failed = base / "FAILED.txt"
    with _exclusive(shared / "pyinstaller.lock"):
        if failed.exists():
            pytest.fail(failed.read_text(encoding="utf-8"), pytrace=False)
        if not (base / "OK").exists():
            shutil.rmtree(base, ignore_errors=True)
            base.mkdir()
            cmd = [
                sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                "--distpath", str(base / "dist"), "--workpath", str(base / "build"),
                str(ROOT / "installer.spec"),
            ]
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900,
                                  stdin=subprocess.DEVNULL)
            if proc.returncode != 0 or not (folder / _exe_name()).is_file():
                message = f"PyInstaller failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
                failed.write_text(message, encoding="utf-8")
                pytest.fail(message, pytrace=False)
            (base / "OK").touch()
    return folder


def _exe_name() -> str:
    return "secretariat.exe" if WINDOWS else "secretariat"


@pytest.fixture
def run(bundle, tmp_path):
    """Run the bundled `secretariat` from an unrelated folder, with a clean environment."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "SECRETARIAT_", "VIRTUAL_ENV", "QT_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),  # the default case file never lands in the real home
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        HOME=str(tmp_path / "home"),
        SECRETARIAT_LANG="es",
    )

    def _run(*args: str, prefix: tuple[str, ...] = (), extra_env: dict | None = None, timeout: int = 180):
        return subprocess.run(
            [*prefix, str(bundle / _exe_name()), *args],
            cwd=elsewhere, env={**env, **(extra_env or {})}, capture_output=True, text=True,
            timeout=timeout, stdin=subprocess.DEVNULL,
        )

    return _run


def _revision(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def test_version(run):
    proc = run("--version")
    assert proc.returncode == 0, proc.stderr
    assert secretariat.__version__ in proc.stdout + proc.stderr


def test_starts_offscreen_and_migrates_a_new_case_file(run, tmp_path):
    case_file = tmp_path / "nuevo expediente.sqlite3"  # a space, as in real folder names
    proc = run("--db", str(case_file), "--smoke-test")
    assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert case_file.is_file()
    assert _revision(case_file) == SCHEMA_HEAD


@pytest.mark.skipif(WINDOWS or shutil.which("xvfb-run") is None, reason="needs xvfb-run (Linux)")
def test_starts_on_a_real_x_display(run, tmp_path):
    # Offscreen does not load the xcb platform plugin; this proves the bundle has what a desktop
    # session needs (plugins and their Qt libraries).
    case_file = tmp_path / "x11.sqlite3"
    proc = run("--db", str(case_file), "--smoke-test", prefix=("xvfb-run", "-a"),
               extra_env={"QT_QPA_PLATFORM": "xcb"})
    assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    assert _revision(case_file) == SCHEMA_HEAD


def test_migrates_a_postgresql_database(run):
    server = os.environ.get("SECRETARIAT_TEST_PG")
    if not server:
        if os.environ.get("SECRETARIAT_REQUIRE_PG") == "1":
            pytest.fail("SECRETARIAT_REQUIRE_PG=1 but SECRETARIAT_TEST_PG is not set")
        pytest.skip("no PostgreSQL server (set SECRETARIAT_TEST_PG)")
    from sqlalchemy import create_engine, text

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"frozen_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server.rsplit("/", 1)[0] + "/" + name
    try:
        # The bundle must carry the PostgreSQL driver: plain postgresql:// as a user would type it.
        plain = "postgresql://" + url.split("://", 1)[1]
        proc = run("--db", plain, "init", "--admin", "consejera",
                   extra_env={"SECRETARIAT_PASSWORD": "clave-de-prueba-larga"})
        assert proc.returncode == 0, f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_bundle_leaves_out_unused_qt_and_keeps_what_it_needs(bundle):
    internal = bundle / "_internal"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}
    assert "migrations/env.py" in files and "migrations/script.py.mako" in files
    assert any(f.startswith("migrations/versions/") and f.endswith(".py") for f in files)
    assert any(f.startswith("ui/resources/secretariat.") for f in files)
    for ts in (ROOT / "ui" / "i18n").glob("*.ts"):
        assert f"ui/i18n/{ts.stem}.qm" in files, f"{ts.name} was not compiled and bundled"
    names = " ".join(files)
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt63D", "Multimedia"):
        assert unused not in names, f"{unused} should not be in the bundle"
    for needed in ("Qt6Charts", "Qt6Widgets", "platforms/libqxcb", "platforms/libqoffscreen"):
        assert needed in names or WINDOWS, f"{needed} missing from the bundle"
    size_mb = sum((internal / f).stat().st_size for f in files) / 2**20
    assert size_mb < 250, f"bundle grew to {size_mb:.0f} MB"


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux only")
def test_every_bundled_qt_library_finds_its_qt_dependencies(bundle):
    # Dropping unused Qt libraries must not strand a plugin that still needs one.
    missing = []
    for lib in (bundle / "_internal" / "PySide6").rglob("*.so*"):
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True).stdout
        missing += [f"{lib.name}: {line.split()[0]}" for line in out.splitlines()
                    if "not found" in line and "Qt6" in line]
    assert missing == []


def test_the_bundle_writes_the_word_dossiers_with_their_charts_and_the_tracker(run, tmp_path):
    """The frozen app carries the dossier writers, python-docx's templates and the chart code
    (drawn offscreen): the demo's session packet and assembly dossier come out whole."""
    import zipfile

    case_file = tmp_path / "demo.sqlite3"
    env = {"SECRETARIAT_PASSWORD": "clave-de-prueba-larga", "SECRETARIAT_USER": "consejera"}
    assert run("--db", str(case_file), "init", "--admin", "consejera", extra_env=env).returncode == 0
    demo = run("--db", str(case_file), "demo", extra_env=env)
    assert demo.returncode == 0, demo.stderr
    with sqlite3.connect(case_file) as conn:
        held_on = conn.execute("SELECT MIN(held_on) FROM committee_sessions").fetchone()[0]
    packet, dossier = tmp_path / "paquete.docx", tmp_path / "asamblea.docx"
    proc = run("--db", str(case_file), "export", "session-packet", "--session", str(held_on)[:10], str(packet),
               extra_env=env)
    assert proc.returncode == 0, proc.stderr
    assert "gráfica" not in proc.stderr.lower(), proc.stderr  # the charts were drawn, no warning
    proc = run("--db", str(case_file), "export", "assembly-dossier", str(dossier), extra_env=env)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(packet) as z:
        assert any(n.startswith("word/media/") and n.endswith(".png") for n in z.namelist()), "growth charts"
        assert "Sesión del grupo redactor" in z.read("word/document.xml").decode("utf-8")
    with zipfile.ZipFile(dossier) as z:
        assert "Art. 9" in z.read("word/document.xml").decode("utf-8")
    tracker = tmp_path / "seguimiento.xlsx"
    proc = run("--db", str(case_file), "export", "tracker", str(tracker), extra_env=env)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(tracker) as z:
        assert "Consultas" in z.read("xl/workbook.xml").decode("utf-8")
