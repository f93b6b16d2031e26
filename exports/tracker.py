"""The Excel tracker (libro de seguimiento): plain data in, an .xlsx file out.

``write_tracker(path, data, progress, lang=...)`` takes what ``secretariat.services.tracker_data``
returns (a summary and row iterators; any objects with the same attributes will do) and never
touches the database or a widget. The workbook, in es-MX (``lang="en"``: in English):

- "Resumen" (``tracker_summary``): title, dates, totals, petitions per tier, per admissibility
  and per consultation state (small tables) and a native Excel bar chart of petitions per tier;
- "Peticiones", "Cortes diarios", "Cruces de nivel", "Deberes", "Reuniones", "Disposiciones",
  "Consultas" (``tracker_sheets``): one Excel table each (see ``xlsx_tables``), tiers, deadlines,
  wording and consultation states coloured by conditional formatting; "Cortes diarios" goes on
  to "Cortes diarios (2)" … past Excel's row limit.

Every sheet is always there, in that order: a case file with no meetings or no provisions yet
gets those sheets with their header and an empty table, so a workbook always has the same shape
(formulas and macros that others build on it keep working). Contact data is not part of the
tracker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from secretariat.progress import NO_PROGRESS, Progress

from .atomic import atomic_target
from .tracker_sheets import table_sheets
from .tracker_summary import SUBTITLE, SUMMARY_SHEET, TITLE, write_summary
from .tracker_words import Words
from .xlsx_tables import MAX_DATA_ROWS, RowCounter, Styles, discard, write_table_sheet

if TYPE_CHECKING:
    from secretariat.services.tracker_data import TrackerData

__all__ = ["MAX_DATA_ROWS", "SUMMARY_SHEET", "TITLE", "TrackerResult", "write_tracker"]

LANGUAGE_TAGS = {"es": "es-MX", "en": "en"}


@dataclass(frozen=True)
class TrackerResult:
    path: str
    sheets: tuple[tuple[str, int], ...]  # (sheet name, data rows), in workbook order


def write_tracker(path, data: TrackerData, progress: Progress = NO_PROGRESS, *, lang: str = "es",
                  max_rows_per_sheet: int = MAX_DATA_ROWS) -> TrackerResult:
    """Write the tracker to ``path``, replaced only once complete. ``Cancelled`` raised by
    ``progress`` stops it and leaves nothing under ``path`` (an older file there is kept).
    ``lang`` is "es" (es-MX, the default) or "en"."""
    from openpyxl import Workbook

    if not 1 <= max_rows_per_sheet <= MAX_DATA_ROWS:
        raise ValueError(f"max_rows_per_sheet must be 1..{MAX_DATA_ROWS}")
    w = Words(lang)
    summary = data.summary
    counter = RowCounter(progress, summary.rows)
    with atomic_target(path) as tmp:
        wb = Workbook(write_only=True)
        try:
            props = wb.properties
            props.title, props.subject, props.creator = w(TITLE), w(SUBTITLE), "Secretariat"
            props.language = LANGUAGE_TAGS[lang]
            styles = Styles()
            write_summary(wb, summary, styles, w)
            sheets: list[tuple[str, int]] = [(w(SUMMARY_SHEET), 0)]
            for spec in table_sheets(w, data):
                sheets += write_table_sheet(wb, spec, styles, counter, max_rows_per_sheet)
            counter.finish()
            wb.save(tmp)
        except BaseException:
            discard(wb)
            raise
    return TrackerResult(str(path), tuple(sheets))
