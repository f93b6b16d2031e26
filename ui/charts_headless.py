"""Growth charts without a window, for dossiers exported from the command line.

``render_growth_png(counts, thresholds)`` draws the window's own chart
(``ui.views.growth_chart.render_chart_png``) to PNG bytes. When the process has no Qt
application yet it starts one on the ``offscreen`` platform, so no display is needed. It is a
``QApplication``, not a bare ``QGuiApplication``: the chart is a graphics widget, and QtCharts
crashes the process (segmentation fault) under a ``QGuiApplication``.

``start()`` does that up front and raises ``ChartsUnavailable`` (one sentence) when Qt cannot
start here: PySide6 missing or broken, or no ``offscreen`` platform plug-in (Qt would abort the
process rather than raise). The CLI then exports without charts and says so.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

#: printed 14 cm wide: 900 points at 1.5 is about 250 dpi, and a quarter faster than at 2
SCALE = 1.5


class ChartsUnavailable(RuntimeError):
    """Qt cannot draw charts in this process; the message says why."""


def _offscreen_plugin() -> bool:
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    return folder.is_dir() and any(p.name.startswith(("libqoffscreen", "qoffscreen")) for p in folder.iterdir())


def start() -> None:
    """Make sure a Qt application exists (offscreen when this call creates it)."""
    try:
        from PySide6.QtCore import QCoreApplication

        if QCoreApplication.instance() is not None:
            return
        if not _offscreen_plugin():
            raise ChartsUnavailable("Qt no tiene su complemento «offscreen»")
        from PySide6.QtCharts import QChart  # noqa: F401 - fails here, not halfway through an export
        from PySide6.QtWidgets import QApplication

        QApplication([sys.argv[0] if sys.argv else "secretariat", "-platform", "offscreen"])
    except ChartsUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 - ImportError, a missing libGL (OSError) …: all "no charts"
        raise ChartsUnavailable(str(exc) or type(exc).__name__) from exc


def render_growth_png(counts: Sequence[tuple[date, int]], thresholds: tuple[int, int, int]) -> bytes:
    """The growth chart of ``counts`` with the tier ``thresholds``, as PNG bytes."""
    start()
    from ui.views.growth_chart import render_chart_png

    return render_chart_png(counts, thresholds, scale=SCALE)
