"""Leftovers of interrupted writes: hidden ``.NAME.xxxxxxxx.part`` files beside a target and
``secretariat-snapshot-*`` folders in the temporary directory.

They never take a final name (a restore refuses a ``.part``), but a killed process cannot remove
them. Each new write to the same target sweeps the ones old enough that no live write can own
them.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from pathlib import Path

STALE_AFTER_S = 6 * 3600  # far longer than the longest export (100k-petition tracker: ~3 min)
SNAPSHOT_PREFIX = "secretariat-snapshot-"


def _old(path: Path, now: float) -> bool:
    try:
        return now - path.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False


def sweep_stale_parts(target: Path, now: float | None = None) -> int:
    """Remove ``target``'s stale temporaries; returns how many went."""
    now = time.time() if now is None else now
    own = re.compile(rf"^\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.part$")
    removed = 0
    try:
        candidates = list(target.parent.iterdir())
    except OSError:
        return 0
    for p in candidates:
        if own.match(p.name) and p.is_file() and _old(p, now):
            try:
                p.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def sweep_stale_snapshots(now: float | None = None) -> int:
    now = time.time() if now is None else now
    removed = 0
    for p in Path(tempfile.gettempdir()).glob(SNAPSHOT_PREFIX + "*"):
        if p.is_dir() and _old(p, now):
            shutil.rmtree(p, ignore_errors=True)
            removed += 1
    return removed
