"""Leftovers of killed writes are swept by the next write of the same file, once they are old."""

from __future__ import annotations

import os
import time

from exports.atomic import atomic_target
from secretariat.files import STALE_AFTER_S, sweep_stale_parts
from secretariat.services import backup


def _aged(path, seconds):
    t = time.time() - seconds
    os.utime(path, (t, t))


def test_old_part_files_of_the_same_target_go_recent_and_foreign_ones_stay(tmp_path):
    target = tmp_path / "seguimiento.xlsx"
    old = tmp_path / ".seguimiento.xlsx.0123abcd.part"
    recent = tmp_path / ".seguimiento.xlsx.89abcdef.part"
    other = tmp_path / ".otro.xlsx.0123abcd.part"
    mine = tmp_path / "seguimiento.xlsx.0123abcd.part"  # not hidden: not ours
    for p in (old, recent, other, mine):
        p.write_bytes(b"x")
    for p in (old, other, mine):
        _aged(p, STALE_AFTER_S + 60)
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"nuevo")
    assert target.read_bytes() == b"nuevo"
    assert not old.exists() and recent.exists() and other.exists() and mine.exists()
    assert sweep_stale_parts(target) == 0


def test_a_backup_sweeps_its_own_leftovers(sqlite_db, counsel, tmp_path):
    out = tmp_path / "respaldo.secbak"
    stale = tmp_path / ".respaldo.secbak.deadbeef.part"
    stale.write_bytes(b"PK cortado")
    _aged(stale, STALE_AFTER_S + 60)
    backup.backup(sqlite_db, counsel, out)
    assert out.exists() and not stale.exists()
