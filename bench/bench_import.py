"""Importing the 100,000-row monitoring CSV.

    python bench/bench_import.py [--reps 3] [CASE.sqlite3 CSV]

(i)  into an empty case file: 100,000 new petitions;
(ii) into the generated case file: the same 100,000 petitions updated by URL (a new count each,
     some crossings, some reverts), on top of 3,000,000 stored counts.

ours: ``secretariat.services.import_parse.parse_file`` + ``secretariat.services.imports.apply``
      inside ``Database.write()`` (one transaction), as the CLI and the import wizard do.
raw:  plain ``sqlite3`` + ``csv``: read the same file, convert the counts ("63,508") and the
      dates (dd/mm/yyyy), then ``executemany``: (i) INSERT the petitions, read back their ids,
      INSERT the counts; (ii) UPDATE the petitions' count and date by URL, read the ids, INSERT
      the counts. Same database settings as the app (WAL, foreign keys on, synchronous=NORMAL),
      one transaction. It computes none of what the app adds (tiers and crossings, growth,
      petitioners, search text, audit).

Every sample runs in a fresh interpreter on a fresh copy of the database (the copy is not timed).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET = 2.0
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=15000",
           "PRAGMA synchronous=NORMAL")


def _fresh(kind: str, case: str, work: Path) -> Path:
    from secretariat.db import Database

    target = work / f"import-{kind}.sqlite3"
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    if kind == "empty":
        Database(f"sqlite:///{target}").dispose()
    else:
        shutil.copyfile(case, target)
    return target


def _counts(path: Path) -> tuple[int, int]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT count(*) FROM petitions").fetchone()[0],
                con.execute("SELECT count(*) FROM signature_counts").fetchone()[0])
    finally:
        con.close()


def child_ours(db_path: Path, csv_path: str) -> dict:
    from secretariat.db import Database
    from secretariat.permissions import Actor
    from secretariat.services import imports
    from secretariat.services.import_parse import parse_file

    db = Database(f"sqlite:///{db_path}")
    actor = Actor(id=None, name="bench", role="adviser")
    t0 = time.perf_counter()
    parsed = parse_file(csv_path)
    t1 = time.perf_counter()
    with db.write() as s:
        summary = imports.apply(s, actor, parsed)
    t2 = time.perf_counter()
    db.dispose()
    return {"total": t2 - t0, "parse": t1 - t0, "apply": t2 - t1,
            "summary": {k: getattr(summary, k) for k in ("rows", "new", "updated", "unchanged",
                                                         "crossings", "reverts")}}


def _read_csv(csv_path: str) -> list[tuple]:
    rows = []
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, delimiter=";")
        next(reader)
        for url, title, names, count, day in reader:
            d, m, y = day.split("/")
            rows.append((url, title, names, int(count.replace(",", "")), date(int(y), int(m), int(d)).isoformat()))
    return rows


def child_raw(db_path: Path, csv_path: str, kind: str) -> dict:
    con = sqlite3.connect(db_path, isolation_level=None)
    for p in PRAGMAS:
        con.execute(p)
    t0 = time.perf_counter()
    rows = _read_csv(csv_path)
    t1 = time.perf_counter()
    now = time.strftime("%Y-%m-%d %H:%M:%S.000000")
    con.execute("BEGIN IMMEDIATE")
    if kind == "empty":
        con.executemany(
            "INSERT INTO petitions (url, title, summary, topic, status, admissibility, admissibility_note, "
            "signatures, as_of, tier, petitioner_names, search_text, created_at, updated_at, version_id) "
            "VALUES (?, ?, '', '', 'active', 'pending', '', ?, ?, 'watch', ?, '', ?, ?, 1)",
            ((u, t, c, d, n, now, now) for u, t, n, c, d in rows))
    else:
        con.executemany("UPDATE petitions SET signatures = ?, as_of = ?, updated_at = ? WHERE url = ?",
                        ((c, d, now, u) for u, _t, _n, c, d in rows))
    ids = dict(con.execute("SELECT url, id FROM petitions"))
    con.executemany("INSERT INTO signature_counts (petition_id, counted_on, signatures) VALUES (?, ?, ?)",
                    ((ids[u], d, c) for u, _t, _n, c, d in rows))
    con.execute("COMMIT")
    t2 = time.perf_counter()
    con.close()
    return {"total": t2 - t0, "parse": t1 - t0, "apply": t2 - t1}


def child(side: str, kind: str, case: str, csv_path: str, work: str) -> dict:
    db_path = _fresh(kind, case, Path(work))
    before = _counts(db_path)
    out = child_ours(db_path, csv_path) if side == "ours" else child_raw(db_path, csv_path, kind)
    out["before"], out["after"] = before, _counts(db_path)
    for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        p.unlink(missing_ok=True)
    return out


def run(reps: int = 3, case: Path | None = None, csv_path: Path | None = None, verbose: bool = True) -> list:
    from common import OUT, Result, child as run_child, ensure_case_file, median

    if case is None or csv_path is None:
        case, csv_path = ensure_case_file()
    results = []
    for kind, label in (("empty", "import 100k rows into an empty case file"),
                        ("update", "import 100k rows over 100k petitions + 3M counts")):
        ours, raw = [], []
        for _ in range(reps):
            ours.append(run_child("bench_import.py", "ours", kind, str(case), str(csv_path), str(OUT)))
            raw.append(run_child("bench_import.py", "raw", kind, str(case), str(csv_path), str(OUT)))
        if ours[0]["after"] != raw[0]["after"]:
            raise SystemExit(f"{kind}: the app and the raw side end with different row counts: "
                             f"{ours[0]['after']} / {raw[0]['after']}")
        s = ours[0]["summary"]
        note = (f"parse {median([x['parse'] for x in ours]):.2f} s + apply "
                f"{median([x['apply'] for x in ours]):.2f} s (raw: read {median([x['parse'] for x in raw]):.2f} s "
                f"+ write {median([x['apply'] for x in raw]):.2f} s); new {s['new']:,}, updated {s['updated']:,}, "
                f"crossings {s['crossings']:,}, reverts {s['reverts']:,}")
        results.append(Result(label, median([x["total"] for x in ours]), median([x["total"] for x in raw]),
                              TARGET, note=note,
                              samples={"ours": [x["total"] for x in ours], "raw": [x["total"] for x in raw],
                                       "ours_parse": [x["parse"] for x in ours],
                                       "ours_apply": [x["apply"] for x in ours]}))
        if verbose:
            r = results[-1]
            print(f"{r.work}: ours {r.ours:.2f} s, raw {r.raw:.2f} s ({r.ratio:.2f}×); {r.note}")
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", nargs=5, metavar=("SIDE", "KIND", "CASE", "CSV", "WORKDIR"))
    ap.add_argument("--spawn", type=float, default=0.0)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    from common import machine_line, save

    print(machine_line())
    case, csv_path = (Path(args.paths[0]), Path(args.paths[1])) if len(args.paths) == 2 else (None, None)
    results = run(args.reps, case, csv_path)
    print(f"saved {save('import', results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
