"""The Excel tracker on the generated case file: time and peak memory.

    python bench/bench_tracker.py [--reps 1] [CASE.sqlite3]

ours: ``secretariat.services.tracker_data.tracker_data`` + ``exports.tracker.write_tracker`` on
      a read session (SQLAlchemy, the real export: summary sheet and chart, Excel tables,
      conditional colours, text cleaning, temporary file renamed at the end).
raw:  plain ``sqlite3`` with the same queries (petitions, counts, crossings, duties, meetings,
      provisions, and the consultation state of each eligible petition in one hand-written
      query), and openpyxl write-only dumping the same cells the way its documentation shows:
      the same values (HYPERLINK formulas, words for codes, dates, times, numbers), each styled
      cell made with ``WriteOnlyCell`` and its ``number_format``/``font`` set, the same sheets
      split at Excel's row limit; no tables, colours, chart or text checks.
bare: like raw but plain values only (no number formats, no fonts): the floor openpyxl sets,
      reported for information.

Every sample runs in a fresh interpreter; imports are outside the timings. Peak memory is the
child's maximum resident set size (``resource.getrusage``), interpreter and imports included.
Target (issue 5): ours ≤ 1.3× raw, peak memory ≤ 150 MB.

The default case file has duties (one per held crossing) but no meetings or provisions; a case
made with ``generate.py --meetings N --provisions N`` fills those sheets too (pass it as CASE).
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
DUTIES_SQL = ("SELECT p.url, p.title, d.kind, d.status, coalesce(nullif(u.full_name, ''), u.name), d.created_on, "
              "d.due_on, d.closed_on, d.outcome, d.outcome_note, d.waived_code, d.waived_reason "
              "FROM duties d JOIN petitions p ON p.id = d.petition_id LEFT JOIN users u ON u.id = d.owner_id "
              "ORDER BY d.due_on, d.id")
MEETINGS_SQL = (
    "SELECT m.starts_at, m.ends_at, m.kind, m.status, p.url, p.title, m.place, coalesce(a.invited, 0), "
    "coalesce(a.attended, 0), coalesce(g.n, 0) FROM meetings m LEFT JOIN petitions p ON p.id = m.petition_id "
    "LEFT JOIN (SELECT meeting_id, count(*) invited, count(CASE WHEN attended IS 1 THEN 1 END) attended "
    "FROM meeting_attendees GROUP BY meeting_id) a ON a.meeting_id = m.id "
    "LEFT JOIN (SELECT meeting_id, count(*) n FROM meeting_agreements GROUP BY meeting_id) g ON g.meeting_id = m.id "
    "ORDER BY m.starts_at, m.id")
CURRENT_SQL = ("SELECT v.provision_id, v.number, v.status, v.text_sha256, v.created_at, length(v.text) "
               "FROM provision_versions v JOIN (SELECT provision_id, max(number) n FROM provision_versions "
               "GROUP BY provision_id) t ON t.provision_id = v.provision_id AND t.n = v.number")
PROVISIONS_SQL = (
    "SELECT r.id, r.parent_id, r.citation, r.heading, r.kind, c.number, c.status, c.created_at, c.chars, "
    "coalesce(f.n, 0), coalesce(f.s, 0), a.fate, a.decided_on FROM provisions r "
    f"LEFT JOIN ({CURRENT_SQL.replace('length(v.text)', 'length(v.text) chars')}) c ON c.provision_id = r.id "
    "LEFT JOIN (SELECT l.provision_id, count(*) n, sum(p.signatures) s FROM petition_provisions l "
    "JOIN petitions p ON p.id = l.petition_id GROUP BY l.provision_id) f ON f.provision_id = r.id "
    "LEFT JOIN assembly_outcomes a ON a.provision_id = r.id ORDER BY r.position, r.id")
CONSULTATIONS_SQL = (
    f"WITH cur AS ({CURRENT_SQL}), latest AS (SELECT max(id) id, petition_id FROM consultation_outcomes "
    "GROUP BY petition_id) "
    "SELECT p.id, p.url, p.title, p.tier, CASE WHEN o.id IS NULL THEN 'pending' "
    "WHEN EXISTS (SELECT 1 FROM consultation_items i LEFT JOIN cur ON cur.provision_id = i.provision_id "
    "WHERE i.outcome_id = o.id AND (cur.text_sha256 IS NULL OR cur.text_sha256 != i.text_sha256)) THEN 'stale' "
    "WHEN EXISTS (SELECT 1 FROM petition_provisions l WHERE l.petition_id = p.id AND NOT EXISTS "
    "(SELECT 1 FROM consultation_items i WHERE i.outcome_id = o.id AND i.provision_id = l.provision_id)) "
    "THEN 'pending' WHEN o.outcome = 'rejected' THEN 'rejected' ELSE 'approved' END, "
    "o.outcome, o.decided_on, o.method, o.remarks, o.wording_sha256 "
    "FROM petitions p LEFT JOIN latest ON latest.petition_id = p.id LEFT JOIN consultation_outcomes o ON o.id = latest.id "
    "WHERE (p.tier IN ('hearing', 'audience') OR EXISTS (SELECT 1 FROM consultation_requests q "
    "WHERE q.petition_id = p.id)) AND EXISTS (SELECT 1 FROM petition_provisions l WHERE l.petition_id = p.id) "
    "ORDER BY p.signatures DESC, p.id")


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
    from exports.tracker_words import Words

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
    for table_name in ("petitions", "signature_counts", "tier_crossings", "duties", "meetings", "provisions"):
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
    _work_and_drafting(conn, sheets, cell, day, link_font, Words("es"))
    wb.save(out)
    conn.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": _peak_mb(), "sheets": [ws.title for ws in wb.worksheets]}


def _work_and_drafting(conn, sheets, cell, day, link_font, w) -> None:
    """The raw side of the duties, meetings, provisions and consultations sheets."""
    from datetime import date, datetime

    today = date.today()
    code = {k: w.table(k) for k in ("duty_kind", "duty_status", "bucket", "review_outcome", "waiver",
                                    "meeting_kind", "meeting_status", "provision_kind", "version_status",
                                    "fate", "state", "outcome", "method", "tier")}
    unassigned = "Sin asignar"

    def link(ws, url):
        return None if url is None else cell(ws, f'=HYPERLINK("{url}","{url}")', font=link_font)

    def duty(ws, r):
        created, due, closed = day(r[5]), day(r[6]), day(r[7])
        is_open = r[3] in ("open", "scheduled")
        left = (due - today).days
        bucket = None if not is_open else "overdue" if left < 0 else "due_soon" if left <= 3 else "on_time"
        age = ((today if is_open or closed is None else closed) - created).days
        result = code["review_outcome"].get(r[8]) if r[8] else code["waiver"].get(r[10])
        return [link(ws, r[0]), r[1], code["duty_kind"][r[2]], code["duty_status"][r[3]],
                code["bucket"].get(bucket), r[4] or unassigned, cell(ws, created, "dd/mm/yyyy"),
                cell(ws, due, "dd/mm/yyyy"), cell(ws, closed, "dd/mm/yyyy"), cell(ws, age, "#,##0"), result,
                r[9] or r[11] or None]

    def meeting(ws, r):
        starts, ends = datetime.fromisoformat(r[0]), datetime.fromisoformat(r[1])
        return [cell(ws, starts.date(), "dd/mm/yyyy"), cell(ws, starts.time(), "hh:mm"), cell(ws, ends.time(), "hh:mm"),
                code["meeting_kind"][r[2]], code["meeting_status"][r[3]], link(ws, r[4]), r[5], r[6] or None,
                cell(ws, r[7], "#,##0"), cell(ws, r[8], "#,##0"), cell(ws, r[9], "#,##0")]

    rows = conn.execute(PROVISIONS_SQL).fetchall()
    children: dict = {}
    for r in rows:
        children.setdefault(r[1], []).append(r)
    ordered, stack = [], list(reversed(children.get(None, [])))
    while stack:
        r = stack.pop()
        ordered.append(r)
        stack.extend(reversed(children.get(r[0], [])))
    rank = {r[0]: i for i, r in enumerate(ordered)}

    def provision(ws, r):
        return [r[2], r[3] or None, code["provision_kind"][r[4]], cell(ws, r[5], "#,##0"),
                code["version_status"].get(r[6]), cell(ws, day(r[7] and r[7][:10]), "dd/mm/yyyy"),
                cell(ws, r[8], "#,##0"), cell(ws, r[9], "#,##0"), cell(ws, r[10], "#,##0"), code["fate"].get(r[11]),
                cell(ws, day(r[12]), "dd/mm/yyyy")]

    cited: dict = {}
    for pet, prov, citation in conn.execute("SELECT l.petition_id, l.provision_id, r.citation FROM "
                                            "petition_provisions l JOIN provisions r ON r.id = l.provision_id"):
        cited.setdefault(pet, []).append((rank.get(prov, 0), citation))

    def consultation(ws, r):
        return [link(ws, r[1]), r[2], code["tier"][r[3]], "; ".join(c for _, c in sorted(cited[r[0]])),
                code["state"][r[4]], code["outcome"].get(r[5]), cell(ws, day(r[6]), "dd/mm/yyyy"),
                code["method"].get(r[7]), r[8] or None, r[9]]

    sheets("Deberes", ["Enlace", "Título", "Deber", "Estado", "Plazo", "Responsable", "Creado el", "Vence el",
                       "Cerrado el", "Días", "Resultado", "Nota"], conn.execute(DUTIES_SQL), duty)
    sheets("Reuniones", ["Fecha", "Inicio", "Fin", "Tipo", "Estado", "Enlace", "Título", "Lugar", "Convocados",
                         "Asistieron", "Acuerdos"], conn.execute(MEETINGS_SQL), meeting)
    sheets("Disposiciones", ["Cita", "Encabezado", "Tipo", "Versión vigente", "Estado de la redacción",
                             "Guardada el", "Caracteres", "Peticiones", "Firmas", "Destino en la Asamblea",
                             "Decidido el"], ordered, provision)
    sheets("Consultas", ["Enlace", "Título", "Nivel", "Disposiciones", "Estado de la consulta", "Último resultado",
                         "Decidido el", "Método", "Observaciones", "Huella de la redacción (SHA-256)"],
           conn.execute(CONSULTATIONS_SQL), consultation)


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
