"""Shared helpers for the benchmarks: the machine line, the case file, timing and results."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
CASE = OUT / "case.sqlite3"
CSV = OUT / "case-monitoreo.csv"
PYTHON = sys.executable
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Result:
    """One line of the results table. Times in seconds; ``target`` is a ratio or, when
    ``absolute`` is set, a time in seconds that ``ours`` must not exceed."""

    work: str
    ours: float
    raw: float | None
    target: float | None         # None: reported, no target
    absolute: bool = False
    note: str = ""
    samples: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return None if not self.raw else self.ours / self.raw

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        if self.absolute:
            return self.ours <= self.target
        return self.ratio is not None and self.ratio <= self.target

    def target_text(self) -> str:
        if self.target is None:
            return "–"
        return f"≤ {self.target * 1000:.0f} ms" if self.absolute else f"≤ {self.target:g}×"

    def as_dict(self) -> dict:
        d = asdict(self)
        d.update(ratio=self.ratio, passed=self.passed, target_text=self.target_text())
        return d


def median(values) -> float:
    return statistics.median(values)


def machine_line() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines()
                      if x.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    import sqlite3

    import sqlalchemy

    try:
        import PySide6
        qt = f", PySide6 {PySide6.__version__}"
    except ImportError:
        qt = ""
    try:
        load = f"; load average {os.getloadavg()[0]:.1f}"  # other work on the machine skews timings
    except (AttributeError, OSError):
        load = ""
    return (f"machine: {platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores{mem}; "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"SQLAlchemy {sqlalchemy.__version__}{qt}{load}")


def ensure_case_file(petitions: int = 100_000, days: int = 30) -> tuple[Path, Path]:
    """The generated case file and monitoring CSV (made once, reused by later runs)."""
    OUT.mkdir(parents=True, exist_ok=True)
    if not CASE.exists() or not CSV.exists():
        subprocess.run([PYTHON, str(BENCH / "generate.py"), str(CASE), "--petitions", str(petitions),
                        "--days", str(days)], check=True)
    import sqlite3

    from secretariat.db import SCHEMA_HEAD, Database

    con = sqlite3.connect(CASE)
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()
    if revision != SCHEMA_HEAD:  # made by an older build: upgrade it now, not inside a timing
        print(f"upgrading {CASE.name} from schema {revision} to {SCHEMA_HEAD}", flush=True)
        Database(f"sqlite:///{CASE}").dispose()
        con = sqlite3.connect(CASE)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
    return CASE, CSV


def child(script: str, *args: str) -> dict:
    """Run ``bench/SCRIPT --child ARGS`` in a fresh interpreter; it prints one JSON object last.
    ``spawn`` (wall clock just before the start) is passed so the child can time process start."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    spawn = time.time()
    proc = subprocess.run([PYTHON, str(BENCH / script), "--child", *args, "--spawn", repr(spawn)],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{script} {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def save(name: str, results: list[Result], extra: dict | None = None) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps({"machine": machine_line(), "when": time.strftime("%Y-%m-%d %H:%M:%S"),
                                "results": [r.as_dict() for r in results], **(extra or {})},
                               ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return path


def fmt_seconds(s: float | None) -> str:
    if s is None:
        return "–"
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def table(results: list[Result]) -> str:
    head = ("work", "ours", "raw", "ratio", "target", "")
    rows = [(r.work, fmt_seconds(r.ours), fmt_seconds(r.raw),
             "–" if r.ratio is None else f"{r.ratio:.2f}×", r.target_text(),
             {True: "PASS", False: "MISS", None: ""}[r.passed]) for r in results]
    widths = [max(len(x[i]) for x in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(x, widths)))
             for x in [head, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
