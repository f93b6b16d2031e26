"""A keystroke in the search box: the petition table filtered over 100,000 petitions.

    python bench/bench_filter.py [--reps 3] [CASE.sqlite3]

ours: ``PetitionTableModel.update_query(search=…)`` (what the main window calls once the filter
      bar's typing pause is over) until the model has been reset with the new ids, plus reading
      the first row (which fetches the first block of rows). The model sits in the app's
      ``PetitionTableView``, shown; the repaint that follows is measured apart (note).
raw:  plain ``sqlite3``: the same ``SELECT id … WHERE search_text LIKE '%…%' ORDER BY signatures
      DESC`` + the first block of rows, on its own connection, collector paused as in the app. The
      SQL text is the one the app emits (captured once, before timing), so both sides run the
      same plan; the plain statement as first written (SQLite then walks the signatures index
      and reads every row) is timed too, in the note.

The user types "agua", then deletes a letter ("agu"), then goes on ("agua p"); every round
starts from the unfiltered table. Target: 50 ms a keystroke, whatever the raw side takes.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

KEYSTROKES = ("agua", "agu", "agua p")
TARGET = 0.050
PAGE = 200
NAIVE_SQL = "SELECT id FROM petitions WHERE search_text LIKE ? ORDER BY signatures DESC, id DESC"
PAGE_SQL = ("SELECT id, url, title, petitioner_names, signatures, as_of, growth_7d, tier, admissibility, "
            "last_crossing_on, topic FROM petitions WHERE id IN ({})")


def raw_filter(con, text: str, sql: str) -> tuple[list[int], dict]:
    gc.disable()
    try:
        ids = [r[0] for r in con.execute(sql, (f"%{text}%",))]
        page = ids[:PAGE]
        rows = {r[0]: r for r in con.execute(PAGE_SQL.format(",".join("?" * len(page))), page)}
    finally:
        gc.enable()
    return ids, rows


def child(path: str, reps: int) -> dict:
    import os
    import sqlite3

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    from bench_open import show_and_wait
    from secretariat.db import Database
    from secretariat.permissions import Actor
    from ui.models.petition_table import PetitionTableModel, PetitionTableView

    app = QApplication([])
    db = Database(f"sqlite:///{path}")
    model = PetitionTableModel(db, Actor(id=None, name="bench", role="observer"))
    view = PetitionTableView()
    view.setModel(model)
    show_and_wait(app, view)
    seen: list[str] = []

    def capture(_conn, _cursor, statement, _params, _context, _many):
        if "LIKE" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", capture)
    model.update_query(search="calentamiento")  # not timed: learns the SQL the app emits
    event.remove(db.engine, "before_cursor_execute", capture)
    app_sql = seen[-1]
    con = sqlite3.connect(path)
    raw_filter(con, "calentamiento", app_sql)  # the raw connection's first query is not a keystroke
    out = {k: {"ours": [], "raw": [], "naive": [], "paint": [], "ours_cpu": [], "raw_cpu": [], "rows": None}
           for k in KEYSTROKES}
    for _ in range(reps):
        model.update_query(search="")
        model.data(model.index(0, 1))
        view.viewport().repaint()
        app.processEvents()
        for text in KEYSTROKES:
            c0, t0 = time.process_time(), time.perf_counter()
            model.update_query(search=text)
            first = model.data(model.index(0, 1))
            t1, c1 = time.perf_counter(), time.process_time()
            view.viewport().repaint()
            t2 = time.perf_counter()
            app.processEvents()
            c3, t3 = time.process_time(), time.perf_counter()
            ids, rows = raw_filter(con, text, app_sql)
            t4, c4 = time.perf_counter(), time.process_time()
            raw_filter(con, text, NAIVE_SQL)
            t5 = time.perf_counter()
            if len(ids) != model.rowCount() or rows[ids[0]][2] != first:
                raise SystemExit(f"{text!r}: the app shows {model.rowCount()} rows, raw {len(ids)}")
            o = out[text]
            o["ours"].append(t1 - t0)
            o["paint"].append(t2 - t1)
            o["raw"].append(t4 - t3)
            o["ours_cpu"].append(c1 - c0)
            o["raw_cpu"].append(c4 - c3)
            o["naive"].append(t5 - t4)
            o["rows"] = len(ids)
    view.close()
    db.dispose()
    con.close()
    out["sql"] = app_sql
    return out


def run(reps: int = 3, path: Path | None = None, verbose: bool = True) -> list:
    from common import Result, child as run_child, ensure_case_file, median

    case = str(path or ensure_case_file()[0])
    data = run_child("bench_filter.py", case, "--reps", str(reps))
    results = []
    for text in KEYSTROKES:
        d = data[text]
        results.append(Result(
            f"filter keystroke {text!r} ({d['rows']:,} of 100k rows)", median(d["ours"]), median(d["raw"]),
            TARGET, absolute=True,
            note=(f"CPU time ours {median(d['ours_cpu']) * 1000:.0f} ms, raw {median(d['raw_cpu']) * 1000:.0f} ms; "
                  f"then the repaint: {median(d['paint']) * 1000:.0f} ms; the plain SQL (index walk): "
                  f"{median(d['naive']) * 1000:.0f} ms"),
            samples={"ours": d["ours"], "raw": d["raw"], "paint": d["paint"]}))
    if verbose:
        for r in results:
            print(f"{r.work}: ours {r.ours * 1000:.1f} ms, raw {r.raw * 1000:.1f} ms "
                  f"({r.ratio:.2f}×), target {r.target_text()}; {r.note}")
        print(f"SQL: {' '.join(data['sql'].split())}")
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", action="store_true")
    ap.add_argument("--spawn", type=float, default=0.0)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("path", nargs="?")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.path, args.reps)))
        return 0
    from common import machine_line, save

    print(machine_line())
    results = run(args.reps, Path(args.path) if args.path else None)
    print(f"saved {save('filter', results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
