"""Check that the generator fills the case file exactly as the import service would.

    python bench/verify_generate.py [--petitions N] [--days D]

Generates a small case file, then builds a second one by importing the same counts day by day
through ``secretariat.services.imports.apply_rows``, and compares the petitions' denormalised
columns, the petitioners, the counts, the tier crossings and the duties they open. Exits 1 on
the first difference.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate  # noqa: E402
from secretariat.db import Database  # noqa: E402
from secretariat.permissions import SYSTEM  # noqa: E402
from secretariat.services import imports  # noqa: E402
from secretariat.services.import_parse import ImportRow  # noqa: E402

QUERIES = {
    "petitions": "SELECT url, title, summary, topic, status, admissibility, signatures, as_of, growth_7d, "
                 "tier, last_crossing_on, petitioner_names, search_text, version_id > 0 "
                 "FROM petitions ORDER BY url",
    "petitioners": "SELECT p.url, x.position, x.name, x.email, x.phone FROM petitioners x "
                   "JOIN petitions p ON p.id = x.petition_id ORDER BY p.url, x.position",
    "counts": "SELECT p.url, c.counted_on, c.signatures FROM signature_counts c "
              "JOIN petitions p ON p.id = c.petition_id ORDER BY p.url, c.counted_on",
    "crossings": "SELECT p.url, c.tier, c.threshold, c.policy_id, c.crossed_on, c.signatures, "
                 "c.reverted_on FROM tier_crossings c JOIN petitions p ON p.id = c.petition_id "
                 "ORDER BY p.url, c.tier",
    "duties": "SELECT p.url, c.tier, d.kind, d.status, d.created_on, d.due_on, d.owner_id "
              "FROM duties d JOIN petitions p ON p.id = d.petition_id "
              "JOIN tier_crossings c ON c.id = d.crossing_id ORDER BY p.url, d.kind",
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--petitions", type=int, default=400)
    ap.add_argument("--days", type=int, default=12)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        gen_path, ref_path = Path(tmp, "gen.sqlite3"), Path(tmp, "ref.sqlite3")
        petitions = generate.make_petitions(args.petitions, args.days, 7)
        generate.write_case_file(gen_path, petitions, args.days)
        db = Database(f"sqlite:///{ref_path}")
        first = generate.LAST_DAY - timedelta(days=args.days - 1)
        for d in range(args.days):
            rows = [ImportRow(line=i + 2, url=p.url, title=p.title, petitioners=p.names,
                              signatures=p.counts[d], as_of=first + timedelta(days=d),
                              emails=p.emails, phones=p.phones)
                    for i, p in enumerate(petitions)]
            with db.write() as s:
                imports.apply_rows(s, SYSTEM, rows, source=f"day{d}.csv")
        db.dispose()
        gen, ref = sqlite3.connect(gen_path), sqlite3.connect(ref_path)
        for name, sql in QUERIES.items():
            a, b = gen.execute(sql).fetchall(), ref.execute(sql).fetchall()
            if a != b:
                diff = next(((x, y) for x, y in zip(a, b) if x != y), (len(a), len(b)))
                print(f"{name}: the generator differs from the import service: {diff}")
                return 1
            print(f"{name}: {len(a):,} rows identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
