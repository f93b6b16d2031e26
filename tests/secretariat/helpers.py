"""Test helpers: build ImportRows and run imports through the real service."""

from __future__ import annotations

from datetime import date

from secretariat.services import imports
from secretariat.services.import_parse import ImportRow


def row(slug: str, signatures: int, on: date, *, title: str | None = None, people=("Ana Ruiz Peña",),
        line: int = 2, summary: str = "", topic: str = "") -> ImportRow:
    return ImportRow(line=line, url=f"https://www.change.org/p/{slug}", title=title or f"Petición {slug}",
                     petitioners=tuple(people), signatures=signatures, as_of=on,
                     emails=tuple(f"{i}@example.org" for i, _ in enumerate(people)), phones=(),
                     topic=topic, summary=summary)


def day(db, actor, rows, source="monitoreo.csv"):
    with db.write() as s:
        return imports.apply_rows(s, actor, rows, source=source)
