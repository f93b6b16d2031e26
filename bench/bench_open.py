"""Opening the case file to the first painted page of the petition table.

    python bench/bench_open.py [--reps 3] [CASE.sqlite3]

ours: ``secretariat.db.Database(url)`` + ``ui.models.petition_table.PetitionTableModel`` in the
      app's ``PetitionTableView`` (1280×800, offscreen), shown, until the viewport's first Paint
      event has been handled.
raw:  plain ``sqlite3.connect`` + the same ids query (all ids by signatures, descending) + the
      first block of rows the model fetches (same columns, ``WHERE id IN (…)``); then, for the
      like-for-like line, a minimal ``QAbstractTableModel`` over those rows in a plain
      ``QTableView``, shown and painted the same way. The raw side pauses the cyclic garbage
      collector while it reads, as the app does, so it is not slowed by a big Qt heap.

Every sample runs in a fresh interpreter. Python imports are outside all the "open" timings.
"Warm" means the process has already painted a table once and configured the ORM mappers (as
the running app has after sign-in): the line measures the file, not Qt's one-time set-up, which
is in the "cold" line and in "process start to first paint" (app against a bare QApplication +
QTableView over a constant model).
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

IDS_SQL = "SELECT id FROM petitions ORDER BY signatures DESC NULLS LAST, id DESC"
PAGE_SQL = ("SELECT id, url, title, petitioner_names, signatures, as_of, growth_7d, tier, admissibility, "
            "last_crossing_on, topic FROM petitions WHERE id IN ({})")
PAGE = 200          # PetitionTableModel.BLOCK: the rows fetched for the first paint
SIZE = (1280, 800)


def _paint_watcher():
    from PySide6.QtCore import QEvent, QObject

    class PaintWatcher(QObject):
        painted = False

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    return PaintWatcher()


def show_and_wait(app, view) -> None:
    """Show ``view`` and return once its viewport has handled a Paint event."""
    from PySide6.QtCore import QEventLoop

    watcher = _paint_watcher()
    view.viewport().installEventFilter(watcher)
    view.resize(*SIZE)
    view.show()
    while not watcher.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    view.viewport().removeEventFilter(watcher)


def _constant_model():
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class Constant(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return 0 if parent.isValid() else 100_000

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return 0 if parent.isValid() else 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None

    return Constant()


def _plain_model(ids: list[int], rows: dict[int, tuple]):
    """The least a table of ids with a fetched first page needs: no cache, no formatting."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    cols = (7, 2, 4, 6, 8, 9, 3)  # tier, title, signatures, growth, admissibility, last crossing, names

    class Plain(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: N802
            return 0 if parent.isValid() else len(ids)

        def columnCount(self, parent=QModelIndex()):  # noqa: N802
            return 0 if parent.isValid() else len(cols)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            row = rows.get(ids[index.row()])
            return "…" if row is None else str(row[cols[index.column()]])

    return Plain()


def _warm_up(app) -> None:
    from PySide6.QtWidgets import QTableView

    view = QTableView()
    view.setModel(_constant_model())
    show_and_wait(app, view)
    view.close()
    app.processEvents()


def child_app(path: str, cold: bool) -> dict:
    from PySide6.QtWidgets import QApplication
    import sqlalchemy.dialects.sqlite  # noqa: F401 - imported on first connect otherwise
    from sqlalchemy.orm import configure_mappers

    from secretariat.db import Database
    from secretariat.permissions import Actor
    from ui.models.petition_table import PetitionTableModel, PetitionTableView

    imported = time.perf_counter()
    app = QApplication([])
    if not cold:
        _warm_up(app)
        configure_mappers()  # done by sign-in in the running app
    actor = Actor(id=None, name="bench", role="observer")

    t0 = time.perf_counter()
    db = Database(f"sqlite:///{path}")
    t1 = time.perf_counter()
    model = PetitionTableModel(db, actor)
    t2 = time.perf_counter()
    view = PetitionTableView()
    view.setModel(model)
    show_and_wait(app, view)
    t3 = time.perf_counter()
    painted_wall = time.time()
    first = model.data(model.index(0, 1))
    rows = model.rowCount()
    view.close()
    db.dispose()
    return {"imports": imported - _T0, "open": t3 - t0, "database": t1 - t0, "model": t2 - t1,
            "view_paint": t3 - t2, "painted_wall": painted_wall, "first_title": first, "rows": rows}


def child_raw(path: str, cold: bool) -> dict:
    import sqlite3

    from PySide6.QtWidgets import QApplication, QTableView

    imported = time.perf_counter()
    app = QApplication([])
    if not cold:
        _warm_up(app)
    t0 = time.perf_counter()
    gc.disable()
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute(IDS_SQL)]
    page = ids[:PAGE]
    rows = {r[0]: r for r in con.execute(PAGE_SQL.format(",".join("?" * len(page))), page)}
    gc.enable()
    t1 = time.perf_counter()
    view = QTableView()
    view.setModel(_plain_model(ids, rows))
    show_and_wait(app, view)
    t2 = time.perf_counter()
    view.close()
    con.close()
    return {"imports": imported - _T0, "sql": t1 - t0, "open": t2 - t0, "first_title": rows[page[0]][2],
            "rows": len(ids)}


def child_bare() -> dict:
    from PySide6.QtWidgets import QApplication, QTableView

    imported = time.perf_counter()
    app = QApplication([])
    t0 = time.perf_counter()
    view = QTableView()
    view.setModel(_constant_model())
    show_and_wait(app, view)
    t1 = time.perf_counter()
    painted_wall = time.time()
    view.close()
    return {"imports": imported - _T0, "view_paint": t1 - t0, "painted_wall": painted_wall}


def run(reps: int = 3, path: Path | None = None, verbose: bool = True) -> list:
    from common import Result, child, ensure_case_file, median

    case = str(path or ensure_case_file()[0])
    s = {k: [] for k in ("app", "raw", "app_cold", "raw_cold", "bare")}
    for _ in range(reps):
        s["app"].append(child("bench_open.py", "app", case))
        s["raw"].append(child("bench_open.py", "raw", case))
        s["app_cold"].append(child("bench_open.py", "app", case, "--cold"))
        s["raw_cold"].append(child("bench_open.py", "raw", case, "--cold"))
        s["bare"].append(child("bench_open.py", "bare"))
    for a in s["app_cold"] + s["bare"]:
        a["process_to_paint"] = a["painted_wall"] - a["spawn"]
    a0, r0 = s["app"][0], s["raw"][0]
    if a0["first_title"] != r0["first_title"] or a0["rows"] != r0["rows"]:
        raise SystemExit(f"the app and the raw side disagree: {a0['first_title']!r} / "
                         f"{r0['first_title']!r}, {a0['rows']} / {r0['rows']} rows")

    def med(name, key):
        return median([x[key] for x in s[name]])

    def ms(v):
        return f"{v * 1000:.0f} ms"

    parts = (f"Database() {ms(med('app', 'database'))} + model (ids) {ms(med('app', 'model'))} + "
             f"view, first rows and paint {ms(med('app', 'view_paint'))}")
    results = [
        Result("open → first paint, warm (vs sqlite3 + plain QTableView)", med("app", "open"),
               med("raw", "open"), 1.5, note=parts,
               samples={"ours": [x["open"] for x in s["app"]], "raw": [x["open"] for x in s["raw"]]}),
        Result("open → first paint, warm (vs sqlite3 reads alone)", med("app", "open"), med("raw", "sql"), 1.5,
               note="the raw side reads the ids and the first page and paints nothing",
               samples={"ours": [x["open"] for x in s["app"]], "raw": [x["sql"] for x in s["raw"]]}),
        Result("open → first paint, cold process (imports excluded)", med("app_cold", "open"),
               med("raw_cold", "open"), None,
               note=("includes Qt's and the ORM's one-time set-up; " + ", ".join(
                   f"{k} {ms(med('app_cold', k))}" for k in ("database", "model", "view_paint"))),
               samples={"ours": [x["open"] for x in s["app_cold"]],
                        "raw": [x["open"] for x in s["raw_cold"]]}),
        Result("process start → first paint (app vs bare Qt table)", med("app_cold", "process_to_paint"),
               med("bare", "process_to_paint"), None,
               note=(f"imports: app {ms(med('app_cold', 'imports'))}, bare PySide6 {ms(med('bare', 'imports'))}, "
                     f"sqlite3 + PySide6 {ms(med('raw_cold', 'imports'))}"),
               samples={"ours": [x["process_to_paint"] for x in s["app_cold"]],
                        "raw": [x["process_to_paint"] for x in s["bare"]]}),
    ]
    if verbose:
        for r in results:
            print(f"{r.work}: ours {ms(r.ours)}, raw {ms(r.raw)} ({r.ratio:.2f}×); {r.note}")
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--child", choices=("app", "raw", "bare"))
    ap.add_argument("--cold", action="store_true")
    ap.add_argument("--spawn", type=float, default=0.0)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("path", nargs="?")
    args = ap.parse_args()
    if args.child:
        out = {"app": lambda: child_app(args.path, args.cold), "raw": lambda: child_raw(args.path, args.cold),
               "bare": child_bare}[args.child]()
        out["spawn"] = args.spawn
        print(json.dumps(out))
        return 0
    from common import machine_line, save

    print(machine_line())
    results = run(args.reps, Path(args.path) if args.path else None)
    print(f"saved {save('open', results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
