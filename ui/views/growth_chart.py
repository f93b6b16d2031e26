"""The growth chart: a petition's signature counts over time, with the tier thresholds.

Used twice: live in the detail panel (``GrowthChartView``) and, without any window, by the
session packets (``render_chart_png``), which need the same picture as an image.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
        QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QDateTime, QIODevice, QLocale, QMargins, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem

#: One colour per tier, shared with the petition table.
TIER_COLORS = {
    "watch": QColor("#8a8f98"),
    "review": QColor("#2f6db5"),
    "hearing": QColor("#c07a12"),
    "audience": QColor("#b3261e"),
}
_CURVE = QColor("#1b5e3b")
_THRESHOLD_TIERS = ("review", "hearing", "audience")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GrowthChart", text)


def _default_tier_names() -> dict[str, str]:
    try:
        from ui.labels import tier_label
    except ImportError:  # pragma: no cover - labels module always ships with the app
        return {"review": _tr("Revisión jurídica"), "hearing": _tr("Audiencia"),
                "audience": _tr("Jefe de Gobierno")}
    return {t: tier_label(t) for t in _THRESHOLD_TIERS}


def _msecs(d: date) -> float:
    return float(QDateTime(QDate(d.year, d.month, d.day), QTime(12, 0)).toMSecsSinceEpoch())


class _GrowthChart(QChart):
    """A chart that writes each threshold's tier name just above its dashed line, at the left."""

    def __init__(self) -> None:
        super().__init__()
        self._labels: list[tuple[QGraphicsSimpleTextItem, float, QLineSeries]] = []
        self.plotAreaChanged.connect(self._place_labels)

    def add_threshold_label(self, text: str, value: float, color: QColor, series: QLineSeries) -> None:
        item = QGraphicsSimpleTextItem(text, self)
        item.setBrush(color)
        font = QFont(item.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        item.setFont(font)
        item.setZValue(10)
        self._labels.append((item, value, series))
        self._place_labels(self.plotArea())

    def threshold_labels(self) -> list[str]:
        return [item.text() for item, _v, _s in self._labels]

    def _place_labels(self, area: QRectF) -> None:
        for item, value, series in self._labels:
            pos = self.mapToPosition(QPointF(0, value), series)
            height = item.boundingRect().height()
            item.setPos(area.left() + 6, pos.y() - height - 1)
            item.setVisible(area.top() <= pos.y() <= area.bottom() + 1)


def visible_thresholds(counts: Sequence[tuple[date, int]], thresholds: tuple[int, int, int],
                       *, all_thresholds: bool = False) -> list[tuple[str, int]]:
    """The threshold lines worth drawing: those already reached plus the next one.

    Drawing the 50,000 line over a petition with 800 signatures would flatten its curve to
    the floor, so by default the chart stops at the next tier to reach.
    """
    pairs = list(zip(_THRESHOLD_TIERS, thresholds))
    if all_thresholds or not counts:
        return pairs
    top = max(s for _d, s in counts)
    out = []
    for tier, value in pairs:
        out.append((tier, value))
        if value > top:
            break
    return out


def build_chart(counts: Sequence[tuple[date, int]], thresholds: tuple[int, int, int], *,
                title: str = "", tier_names: dict[str, str] | None = None,
                locale: QLocale | None = None, all_thresholds: bool = False,
                animate: bool = False) -> QChart:
    """A ``QChart`` of ``counts`` (date, signatures) with dashed threshold lines."""
    locale = locale or QLocale()
    names = tier_names or _default_tier_names()
    chart = _GrowthChart()
    chart.setLocalizeNumbers(True)
    chart.setLocale(locale)
    chart.setAnimationOptions(QChart.SeriesAnimations if animate else QChart.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 18, 4))
    if title:
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
    chart.legend().setAlignment(Qt.AlignBottom)

    points = sorted(counts)
    if points:
        start, end = points[0][0], points[-1][0]
    else:
        start = end = date.today()
    x_min, x_max = _msecs(start), _msecs(end)
    if x_max - x_min < 86_400_000 * 2:  # one day or a single count: widen so the point shows
        x_min -= 86_400_000 * 3
        x_max += 86_400_000 * 3

    axis_x = QDateTimeAxis()
    axis_x.setFormat("dd/MM/yy")
    axis_x.setRange(QDateTime.fromMSecsSinceEpoch(int(x_min)), QDateTime.fromMSecsSinceEpoch(int(x_max)))
    axis_x.setTickCount(min(6, max(2, len(points))))
    axis_x.setTitleText(_tr("Fecha del corte"))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setTitleText(_tr("Firmas"))
    chart.addAxis(axis_x, Qt.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignLeft)

    curve = QLineSeries()
    curve.setName(_tr("Firmas"))
    pen = QPen(_CURVE)
    pen.setWidthF(2.5)
    curve.setPen(pen)
    curve.setPointsVisible(True)
    for d, s in points:
        curve.append(QPointF(_msecs(d), float(s)))
    chart.addSeries(curve)
    curve.attachAxis(axis_x)
    curve.attachAxis(axis_y)

    lines = visible_thresholds(points, thresholds, all_thresholds=all_thresholds)
    top = max([s for _d, s in points] + [v for _t, v in lines] + [0])
    axis_y.setRange(0, max(10.0, top * 1.08))
    axis_y.applyNiceNumbers()
    for tier, value in lines:
        line = QLineSeries()
        line.setName(f"{names.get(tier, tier)} ({locale.toString(value)})")
        dash = QPen(TIER_COLORS[tier])
        dash.setStyle(Qt.DashLine)
        dash.setWidthF(1.6)
        line.setPen(dash)
        line.append(QPointF(x_min, float(value)))
        line.append(QPointF(x_max, float(value)))
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        chart.add_threshold_label(names.get(tier, tier), float(value), TIER_COLORS[tier], line)
    return chart


class GrowthChartView(QChartView):
    """The live chart in the detail panel."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(240)
        self._data: tuple = ((), (5000, 10000, 50000))
        self.set_data((), (5000, 10000, 50000))

    def set_data(self, counts: Sequence[tuple[date, int]], thresholds: tuple[int, int, int]) -> None:
        self._data = (tuple(counts), tuple(thresholds))
        old = self.chart()
        self.setChart(build_chart(counts, thresholds))
        if old is not None:
            old.deleteLater()

    def series_count(self) -> int:
        return len(self.chart().series())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(520, 300)


def _ensure_app() -> None:
    """Charts are widgets: make an offscreen QApplication if the caller (CLI, export) has none."""
    if QCoreApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        QApplication([sys.argv[0] if sys.argv else "secretariat", "-platform", "offscreen"])


def render_chart_image(counts: Sequence[tuple[date, int]], thresholds: tuple[int, int, int], *,
                       width: int = 900, height: int = 420, title: str = "",
                       tier_names: dict[str, str] | None = None, locale: QLocale | None = None,
                       scale: float = 2.0) -> QImage:
    """Draw the chart to a ``QImage`` without showing any window (``scale`` for print quality)."""
    _ensure_app()
    from PySide6.QtWidgets import QGraphicsScene

    chart = build_chart(counts, thresholds, title=title, tier_names=tier_names, locale=locale)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    scene.setSceneRect(QRectF(0, 0, width, height))
    image = QImage(int(width * scale), int(height * scale), QImage.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


def render_chart_png(counts: Sequence[tuple[date, int]], thresholds: tuple[int, int, int], **kw) -> bytes:
    """The same chart as PNG bytes (for a .docx packet)."""
    image = render_chart_image(counts, thresholds, **kw)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())
