"""Run every benchmark and print one table: work, ours, raw (medians), ratio, target, PASS/MISS.

    python bench/run_all.py [--reps 3] [--only open,filter,import,tracker,dossier]

By default: open, filter and import; ``tracker`` (the Excel export, bench_tracker.py) and
``dossier`` (the Word packet and assembly dossier at 500 and 2,000 briefs against bare
python-docx, bench_dossier.py; about 5 minutes) on request.

Makes the synthetic case file and monitoring CSV first if bench/out/ does not hold them
(``bench/generate.py``: 100,000 petitions, 3,000,000 daily counts). Results go to
bench/out/results.json and bench/out/results.txt (bench/out/ is not in git).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_dossier  # noqa: E402
import bench_filter  # noqa: E402
import bench_import  # noqa: E402
import bench_open  # noqa: E402
import bench_tracker  # noqa: E402
from common import OUT, ensure_case_file, machine_line, save, table  # noqa: E402

BENCHES = {"open": bench_open.run, "filter": bench_filter.run, "import": bench_import.run,
           "tracker": bench_tracker.run, "dossier": bench_dossier.run}
DEFAULT = ("open", "filter", "import")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3, help="samples per side (the median is shown)")
    ap.add_argument("--only", default=",".join(DEFAULT), help=f"comma-separated: {', '.join(BENCHES)}")
    args = ap.parse_args()
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        ap.error(f"unknown benchmark: {', '.join(unknown)}")
    machine = machine_line()
    print(machine, flush=True)
    ensure_case_file()
    started = time.perf_counter()
    results = []
    for name in names:
        print(f"\n[{name}]", flush=True)
        results += BENCHES[name](reps=args.reps)
    text = "\n".join([machine, f"medians of {args.reps}; {time.strftime('%Y-%m-%d %H:%M')}", "",
                      table(results), "", *[f"- {r.work}: {r.note}" for r in results if r.note]])
    print("\n" + text)
    save("results", results, {"reps": args.reps, "seconds": time.perf_counter() - started})
    (OUT / "results.txt").write_text(text + "\n", encoding="utf-8")
    print(f"\nsaved {OUT / 'results.json'} and {OUT / 'results.txt'}")
    misses = [r for r in results if r.passed is False]
    return 1 if misses else 0


if __name__ == "__main__":
    raise SystemExit(main())
