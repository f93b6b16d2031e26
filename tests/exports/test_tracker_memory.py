"""The tracker streams: four times the rows, about the same peak memory.

Two case files made by ``bench/generate.py`` (2,000 and 8,000 petitions, 30 days of counts each)
are exported in fresh interpreters; each reports its own peak resident set size (``VmHWM``). A writer that kept rows, cells or links in memory would grow with the
file; this one must not. The 100,000-petition figures are in ``bench/bench_tracker.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, resource, sys
from secretariat.db import Database
from secretariat.permissions import Actor
from secretariat.services.tracker_data import tracker_data
from exports.tracker import write_tracker
db = Database("sqlite:///" + sys.argv[1])
with db.read() as s:
    result = write_tracker(sys.argv[2], tracker_data(s, Actor(None, "prueba", "observer")))
def peak_mb():
    # VmHWM belongs to this process image. ru_maxrss does not: a child started with vfork
    # inherits the parent's high-water mark at exec (a 234 MB pytest worker showed as 234 MB).
    try:
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peak_mb": peak_mb(), "sheets": result.sheets}))
"""


def _export(tmp_path: Path, petitions: int) -> dict:
    case = tmp_path / f"case-{petitions}.sqlite3"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(case), "--petitions",
                    str(petitions), "--days", "30", "--csv", str(tmp_path / f"m-{petitions}.csv")],
                   check=True, capture_output=True, timeout=300, cwd=ROOT)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(case), str(tmp_path / f"t-{petitions}.xlsx")],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_peak_memory_does_not_grow_with_the_number_of_rows(tmp_path):
    small, big = _export(tmp_path, 2_000), _export(tmp_path, 8_000)
    assert dict(map(tuple, big["sheets"]))["Cortes diarios"] == 240_000
    assert big["peak_mb"] - small["peak_mb"] < 15, (small, big)
    assert big["peak_mb"] < 150, (small, big)
