"""The Word dossiers as they grow: time at 500 and 2,000 briefs, and against bare python-docx.

    python bench/bench_dossier.py [--reps 3] [--sizes 500,2000] [--only packet,assembly]

ours:  ``exports.session_packet.write_session_packet`` on ``dossier_fixtures.large_packet(n)``
       (n agenda items, each a full brief: petition table, summary, chart image — a different
       PNG per brief —, tier table, wording with its redline, consultation; the annex table of
       n petitions), and ``write_assembly_dossier`` on ``large_assembly(n)`` (n provisions with
       three petitions each). The input is built before the clock starts.
naive: the SAME content (the same paragraphs with the same styles and texts, the same tables and
       cells, the same pictures), read back from our file before the clock starts and written
       with python-docx's documented API: ``add_paragraph(text, style=name)``,
       ``add_table(rows, cols)`` + ``row.cells[i].text``, ``add_picture``. Run formatting
       (redline colours, bold labels) is not replayed, which only flatters the naive side.

Each sample is a fresh interpreter; ours is the median of ``--reps`` samples, naive runs once
(it takes minutes at 2,000 briefs). Times are the process's CPU time (the work is one thread
with no waiting but the final write), so other jobs on a shared machine do not skew the ratio;
wall-clock times are printed beside them. Target (issue 5): t(2000)/t(500) ≤ 4.4 for ours (linear
time); the naive ratio and ours/naive are printed for comparison. Results: bench/out/dossier.json.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import OUT, Result, child, fmt_seconds, machine_line, median, save  # noqa: E402

TARGET_GROWTH = 4.4
KINDS = ("packet", "assembly")


def _write_ours(kind: str, n: int, out: Path) -> tuple[float, float]:
    from exports import dossier_fixtures as F
    from exports.assembly_dossier import write_assembly_dossier
    from exports.session_packet import write_session_packet

    data = F.large_packet(n) if kind == "packet" else F.large_assembly(n)
    write = write_session_packet if kind == "packet" else write_assembly_dossier
    start, cpu = time.perf_counter(), time.process_time()
    write(data, out)
    return time.perf_counter() - start, time.process_time() - cpu


def _content(path: Path) -> tuple[list[tuple], list[tuple[str, str]]]:
    """Our document's body as ops: ("p", style name, text, picture bytes | None) and
    ("t", rows of cell texts); and the paragraph styles it uses (name, base)."""
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(str(path))
    blobs = {rid: rel.target_part.blob for rid, rel in d.part.rels.items() if "image" in rel.reltype}
    ops = []
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            style = el.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            name = d.styles.get_by_id(style.get(qn("w:val")), 1).name if style is not None else "Normal"
            text = "".join(t.text or "" for t in el.iter(qn("w:t")))
            blip = next(el.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"), None)
            ops.append(("p", name, text, blobs[blip.get(qn("r:embed"))] if blip is not None else None))
        elif el.tag == qn("w:tbl"):
            rows = [["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.iter(qn("w:tc"))]
                    for tr in el.iter(qn("w:tr"))]
            ops.append(("t", rows))
    used = sorted({op[1] for op in ops if op[0] == "p"})
    return ops, used


def _write_naive(ops: list[tuple], styles: list[str], out: Path) -> tuple[float, float]:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm

    start, cpu = time.perf_counter(), time.process_time()
    d = docx.Document()
    known = {s.name for s in d.styles}
    for name in styles:
        if name not in known:
            d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    for op in ops:
        if op[0] == "p":
            _, style, text, picture = op
            if picture is not None:
                d.add_picture(io.BytesIO(picture), width=Cm(14))
            else:
                d.add_paragraph(text, style=style)
        else:
            rows = op[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            for row, values in zip(table.rows, rows):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    d.save(str(out))
    return time.perf_counter() - start, time.process_time() - cpu


def child_main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("side", choices=("ours", "naive"))
    ap.add_argument("kind", choices=KINDS)
    ap.add_argument("n", type=int)
    ap.add_argument("--spawn", type=float)
    a = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    ours = OUT / f"dossier-{a.kind}-{a.n}.docx"
    if a.side == "ours":
        seconds, cpu = _write_ours(a.kind, a.n, ours)
    else:
        if not ours.exists():
            _write_ours(a.kind, a.n, ours)
        ops, styles = _content(ours)
        seconds, cpu = _write_naive(ops, styles, OUT / f"dossier-{a.kind}-{a.n}-naive.docx")
    print(json.dumps({"seconds": seconds, "cpu": cpu, "bytes": ours.stat().st_size}))


def run(reps: int = 3, sizes: tuple[int, int] = (500, 2000), kinds=KINDS, verbose: bool = True) -> list[Result]:
    small, large = sizes
    results, lines = [], []
    for kind in kinds:
        cpu: dict[tuple[str, int], float] = {}
        wall: dict[tuple[str, int], float] = {}
        for n in sizes:
            samples = [child("bench_dossier.py", "ours", kind, str(n)) for _ in range(reps)]
            cpu["ours", n] = median([s["cpu"] for s in samples])
            wall["ours", n] = median([s["seconds"] for s in samples])
            # one naive sample: it is the slow reference (minutes at 2,000 briefs)
            sample = child("bench_dossier.py", "naive", kind, str(n))
            cpu["naive", n], wall["naive", n] = sample["cpu"], sample["seconds"]
        growth = cpu["ours", large] / cpu["ours", small]
        naive_growth = cpu["naive", large] / cpu["naive", small]
        results.append(Result(f"{kind} .docx t({large})/t({small}), CPU (linear ≈ {large / small:g})",
                              cpu["ours", large], cpu["ours", small], TARGET_GROWTH,
                              note=f"naive python-docx grows {naive_growth:.2f}×",
                              samples={f"{k[0]}@{k[1]}": {"cpu": v, "wall": wall[k]} for k, v in cpu.items()}))
        for side, name in (("ours", "ours"), ("naive", "naive python-docx")):
            lines.append(f"{kind}: {name} t({small}) {fmt_seconds(cpu[side, small])}, t({large}) "
                         f"{fmt_seconds(cpu[side, large])} CPU, ratio {cpu[side, large] / cpu[side, small]:.2f}"
                         f" (wall {fmt_seconds(wall[side, small])} / {fmt_seconds(wall[side, large])}, "
                         f"ratio {wall[side, large] / wall[side, small]:.2f})")
        lines[-2] += f"; target ≤ {TARGET_GROWTH}: {'PASS' if growth <= TARGET_GROWTH else 'MISS'}"
        lines.append(f"{kind}: ours/naive at {small}: {cpu['ours', small] / cpu['naive', small]:.3f}×, "
                     f"at {large}: {cpu['ours', large] / cpu['naive', large]:.3f}× (CPU)")
        if verbose:
            print("\n".join(lines[-3:]), flush=True)
    save("dossier", results, {"lines": lines})
    return results


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3, help="samples of ours per size (median); naive runs once")
    ap.add_argument("--sizes", default="500,2000")
    ap.add_argument("--only", default=",".join(KINDS))
    a = ap.parse_args()
    small, large = (int(x) for x in a.sizes.split(","))
    print(machine_line(), flush=True)
    results = run(a.reps, (small, large), tuple(k for k in a.only.split(",") if k))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
