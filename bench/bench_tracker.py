"""The Excel tracker on the generated case file: time and peak memory.

    python bench/bench_tracker.py [--reps 1] [CASE.sqlite3]

ours: ``secretariat.services.tracker_data.tracker_data`` + ``exports.tracker.write_tracker`` on
      a read session (SQLAlchemy, the real export: summary sheet and chart, Excel tables,
      conditional colours, text cleaning, temporary file renamed at the end).
raw:  plain ``sqlite3`` with the same three queries, and openpyxl write-only dumping the same
      cells the way its documentation shows: the same values (HYPERLINK formulas, words for
      codes, dates, numbers), each styled cell made with ``WriteOnlyCell`` and its
      ``number_format``/``font`` set, the same sheets split at Excel's row limit; no tables,
      colours, chart or text checks.
bare: like raw but plain values only (no number formats, no fonts): the floor openpyxl sets,
      reported for information.

Every sample runs in a fresh interpreter; imports are outside the timings. Peak memory is the
child's maximum resident set size (``resource.getrusage``), interpreter and imports included.
Target (issue 5): ours ≤ 1.3× raw, peak memory ≤ 150 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import OUT, Result, child, ensure_case_file, machine_line, median, save, table  # noqa: E402

TARGET_RATIO = 1.3
TARGET_MB = 150
MAX_DATA_ROWS = 1_048_575

PETITIONS_SQL = (
    "SELECT p.url, p.title, p.petitioner_names, p.topic, p.signatures, p.growth_7d, p.as_of, p.tier, "
    "p.admissibility, p.inadmissible_reason, d.url, p.admissibility_note, p.last_crossing_on "
    "FROM petitions p LEFT OUTER JOIN petitions d ON d.id = p.duplicate_of_id "
    "ORDER BY p.signatures DESC, p.id")
COUNTS_SQL = ("SELECT p.url, c.counted_on, c.signatures FROM signature_counts c "
              "JOIN petitions p ON p.id = c.petition_id ORDER BY c.petition_id, c.counted_on")
CROSSINGS_SQL = ("SELECT p.url, c.tier, c.threshold, c.crossed_on, c.signatures, c.reverted_on "
                 "FROM tier_crossings c JOIN petitions p ON p.id = c.petition_id "
                 "ORDER BY c.crossed_on, c.id")


def _peak_mb() -> float:
    """This process image's peak RSS (VmHWM): ru_maxrss would include the parent's peak when
    the child was started with vfork."""
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ------------------------------------------------------------------ children

def run_ours(case: str, out: str) -> dict:
    from secretariat.db import Database
    from secretariat.permissions import Actor
    from secretariat.services.tracker_data import tracker_data
    from exports.tracker import write_tracker

    db = Database(f"sqlite:///{case}")
    actor = Actor(None, "bench", "observer")
    start = time.perf_counter()
    with db.read() as s:
        result = write_tracker(out, tracker_data(s, actor))
    seconds = time.perf_counter() - start
    db.dispose()
    return {"seconds": seconds, "peak_mb": _peak_mb(), "sheets": result.sheets}


def run_raw(case: str, out: str, styled: bool) -> dict:
    import sqlite3
    from datetime import date

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from exports import words

    start = time.perf_counter()
    conn = sqlite3.connect(case)
    wb = Workbook(write_only=True)
    link_font = Font(color="0563C1", underline="single")
    days: dict[str, date] = {}

    def day(v):
        if v is None:
            return None
        d = days.get(v)
        if d is None:
            d = days[v] = date.fromisoformat(v)
        return d

    def cell(ws, value, fmt=None, font=None):
        if value is None or not styled:
            return value
        c = WriteOnlyCell(ws, value)
        if fmt:
            c.number_format = fmt
        if font:
            c.font = font
        return c

    ws = wb.create_sheet("Resumen")
    ws.append(["Seguimiento de peticiones ciudadanas"])
    for table_name in ("petitions", "signature_counts", "tier_crossings"):
        ws.append([table_name, conn.execute(f"SELECT count(*) FROM {table_name}").fetchone()[0]])

    def sheets(title, headers, rows, make):
        part, n, ws = 1, 0, None
        for row in rows:
            if ws is None or n == MAX_DATA_ROWS:
                ws = wb.create_sheet(title if ws is None else f"{title} ({part})")
                part += 1
                n = 0
                ws.append(headers)
            ws.append(make(ws, row))
            n += 1
        if ws is None:
            wb.create_sheet(title).append(headers)

    tiers, adm, reasons = words.TIERS, words.ADMISSIBILITY, words.REASONS

    def petition(ws, r):
        url = r[0]
        motive = reasons.get(r[9], "") if r[9] else (r[11] or "")
        if r[9] and r[10]:
            motive += f" (de {r[10]})"
        if r[9] and r[11]:
            motive += f": {r[11]}"
        return [cell(ws, f'=HYPERLINK("{url}","{url}")', font=link_font), r[1], r[2], r[3],
                cell(ws, r[4], "#,##0"), cell(ws, r[5], "+#,##0;-#,##0;0"), cell(ws, day(r[6]), "dd/mm/yyyy"),
                tiers.get(r[7], r[7]), adm.get(r[8], r[8]), motive, cell(ws, day(r[12]), "dd/mm/yyyy")]

    def count(ws, r):
        return [r[0], cell(ws, day(r[1]), "dd/mm/yyyy"), cell(ws, r[2], "#,##0")]

    def crossing(ws, r):
        url = r[0]
        return [cell(ws, f'=HYPERLINK("{url}","{url}")', font=link_font), tiers.get(r[1], r[1]),
                cell(ws, r[2], "#,##0"), cell(ws, day(r[3]), "dd/mm/yyyy"), cell(ws, r[4], "#,##0"),
                cell(ws, day(r[5]), "dd/mm/yyyy")]

    sheets("Peticiones", ["Enlace", "Título", "Peticionarios", "Tema", "Firmas", "Crecimiento 7 días",
                          "Fecha del corte", "Nivel", "Admisibilidad", "Motivo", "Último cruce"],
           conn.execute(PETITIONS_SQL), petition)
    sheets("Cortes diarios", ["Enlace", "Fecha", "Firmas"], conn.execute(COUNTS_SQL), count)
    sheets("Cruces de nivel", ["Enlace", "Nivel", "Umbral", "Fecha", "Firmas", "Revertido el"],
           conn.execute(CROSSINGS_SQL), crossing)
    wb.save(out)
    conn.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": _peak_mb(), "sheets": [ws.title for ws in wb.worksheets]}


def child_main(argv: list[str]) -> None:
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["ours", "raw", "bare"])
    p.add_argument("case")
    p.add_argument("out")
    p.add_argument("--spawn", type=float)
    a = p.parse_args(argv)
    if a.kind == "ours":
        result = run_ours(a.case, a.out)
    else:
        result = run_raw(a.case, a.out, styled=a.kind == "raw")
    print(json.dumps(result, default=list))


# ------------------------------------------------------------------ parent

def run(reps: int = 1, path: Path | None = None, verbose: bool = True) -> list[Result]:
    """The samples, the table lines and the saved JSON (``bench/out/tracker.json``); for
    ``run_all.py`` as ``"tracker": bench_tracker.run``."""
    case = Path(path) if path else ensure_case_file()[0]
    OUT.mkdir(parents=True, exist_ok=True)
    samples: dict[str, list[dict]] = {"ours": [], "raw": [], "bare": []}
    for _ in range(reps):
        for kind in samples:
            out = OUT / f"tracker-{kind}.xlsx"
            samples[kind].append(child("bench_tracker.py", kind, str(case), str(out)))
            s = samples[kind][-1]
            if verbose:
                print(f"  {kind}: {s['seconds']:.1f} s, peak {s['peak_mb']:.0f} MB", flush=True)
    t = {k: median([s["seconds"] for s in v]) for k, v in samples.items()}
    mb = {k: max(s["peak_mb"] for s in v) for k, v in samples.items()}
    sizes = {k: (OUT / f"tracker-{k}.xlsx").stat().st_size for k in samples}
    ok_mb = mb["ours"] <= TARGET_MB
    results = [
        Result("tracker .xlsx vs openpyxl write-only, same styled cells", t["ours"], t["raw"], TARGET_RATIO,
               note=(f"peak memory {mb['ours']:.0f} MB (target ≤ {TARGET_MB} MB: "
                     f"{'PASS' if ok_mb else 'MISS'}) vs {mb['raw']:.0f} MB; "
                     f"sheets {samples['ours'][-1]['sheets']}"), samples=samples),
        Result("tracker .xlsx vs openpyxl write-only, plain values (floor)", t["ours"], t["bare"], None,
               note=f"peak {mb['ours']:.0f} MB vs {mb['bare']:.0f} MB"),
    ]
    if verbose:
        print(machine_line())
        print(f"case: {case}")
        print(table(results))
        print(f"peak memory (ours): {mb['ours']:.0f} MB (target ≤ {TARGET_MB} MB) {'PASS' if ok_mb else 'MISS'}; "
              f"raw {mb['raw']:.0f} MB, bare {mb['bare']:.0f} MB")
        print("file size: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sizes.items()))
    path_saved = save("tracker", results, {"peak_mb": mb, "target_mb": TARGET_MB, "file_bytes": sizes})
    if verbose:
        print(f"saved {path_saved}")
    return results


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("case", nargs="?", help="case file (default: the generated 100,000-petition case)")
    p.add_argument("--reps", type=int, default=1)
    a = p.parse_args()
    results = run(a.reps, Path(a.case) if a.case else None)
    return 1 if any(r.passed is False for r in results) or "MISS" in results[0].note else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
    else:
        raise SystemExit(main())
