"""What the three dossier builders share besides their reads: the frame (office, date,
classification, letterhead), the chart callable and the id batches.

The domain never imports Qt: a growth chart is drawn by a ``Chart`` the caller passes
(``ui.charts_headless.render_growth_png`` from the CLI, the window's renderer from the window),
``(counts, thresholds) -> PNG bytes``. Without one, the dossiers say that no chart is available.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from exports.dossier_types import DossierFrame

from ..permissions import Actor
from ..progress import Progress
from .office_settings import letterhead_bytes, office_settings

#: ``(counts as (date, signatures), (review, hearing, audience)) -> PNG bytes``
Chart = Callable[[list[tuple[date, int]], tuple[int, int, int]], bytes]

#: ids per ``IN (...)`` list: far below SQLite's and PostgreSQL's limits on bound parameters
BATCH = 500
LANGS = ("es", "en")

T = TypeVar("T")


def dossier_frame(session: Session, actor: Actor, today: date | None, lang: str) -> DossierFrame:
    """The office's name, the classification and the letterhead in force (verified against its
    sha256: a missing or altered copy is refused with one sentence, never used)."""
    settings = office_settings(session, actor)
    letterhead = letterhead_bytes(session, actor) if settings.has_letterhead else None
    return DossierFrame(settings.office_name, today or date.today(), settings.classification, letterhead,
                        lang if lang in LANGS else "es")


def batches(ids: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    """``ids`` (duplicates dropped, order kept) in lists of at most ``size``."""
    unique = list(dict.fromkeys(ids))
    for i in range(0, len(unique), size):
        yield unique[i:i + size]


def draw_charts(chart: Chart | None, counts: dict[int, list[tuple[date, int]]], ids: Sequence[int],
                thresholds: tuple[int, int, int], progress: Progress) -> dict[int, bytes]:
    """petition id → its growth chart, for those of ``ids`` with counts (none without ``chart``).
    Steps ``progress`` once per chart, so a cancel lands between two charts."""
    if chart is None:
        return {}
    wanted = [pid for pid in dict.fromkeys(ids) if counts.get(pid)]
    out = {}
    for i, pid in enumerate(wanted):
        progress.step(i, len(wanted))
        out[pid] = chart(counts[pid], thresholds)
    return out
