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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QDate, QDateTime, QIODevice, QLocale, QMargins, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

#: One colour per tier, shared with the petition table.
TIER_COLORS = {
    "watch": QColor("#8a8f98"),
    "review": QColor("#2f6db5"),
    "hearing": QColor("#c07a12"),
    "audience": QColor("#b3261e"),
}
_CURVE = QColor("#1b5e3b")

#: Short tier names for tight places (the table's "Nivel" column, the lines of the chart).
SHORT_TIER_LABELS = {
    "watch": QT_TRANSLATE_NOOP("TierNames", "En seguimiento"),
    "review": QT_TRANSLATE_NOOP("TierNames", "Revisión jurídica"),
    "hearing": QT_TRANSLATE_NOOP("TierNames", "Grupo redactor"),
    "audience": QT_TRANSLATE_NOOP("TierNames", "Jefe de gobierno"),
}


def short_tier_label(code: str) -> str:
    source = SHORT_TIER_LABELS.get(code)
    return QCoreApplication.translate("TierNames", source) if source else code
_THRESHOLD_TIERS = ("review", "hearing", "audience")


def _default_tier_names() -> dict[str, str]:
    return {t: short_tier_label(t) for t in _THRESHOLD_TIERS}


def _msecs(d: date) -> float:
    return float(QDateTime(QDate(d.year, d.month, d.day), QTime(12, 0)).toMSecsSinceEpoch())


class _GrowthChart(QChart):
    """A chart that writes each threshold's tier name beside its dashed line, where the curve and
    the other names are not (recomputed whenever the plot area changes size)."""

    def __init__(self) -> None:
        super().__init__()
        self._labels: list[tuple[QGraphicsRectItem, float, QLineSeries]] = []
        self._texts: list[str] = []
        self._curve: QLineSeries | None = None
        self._curve_points: list[QPointF] = []
        self._max_ticks = 6
        self.plotAreaChanged.connect(self._place_labels)

    def set_curve(self, series: QLineSeries, points: list[QPointF]) -> None:
        self._curve = series
        self._curve_points = points

    def add_threshold_label(self, text: str, value: float, color: QColor, series: QLineSeries) -> None:
        item = QGraphicsRectItem(self)  # a light box so the name reads over the grid lines
        item.setBrush(QColor(255, 255, 255, 190))
        item.setPen(QPen(Qt.NoPen))
        item.setZValue(10)
        words = QGraphicsSimpleTextItem(text, item)
        words.setBrush(color)
        font = QFont(words.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        words.setFont(font)
        words.setPos(3, 0)
        box = words.boundingRect()
        item.setRect(QRectF(0, 0, box.width() + 6, box.height()))
        self._labels.append((item, value, series))
        self._texts.append(text)
        self._place_labels(self.plotArea())

    def threshold_labels(self) -> list[str]:
        return list(self._texts)

    def _curve_samples(self) -> list[QPointF]:
        """The curve in scene coordinates, with extra points along each segment."""
        if self._curve is None or not self._curve_points:
            return []
        pos = [self.mapToPosition(p, self._curve) for p in self._curve_points]
        out = list(pos)
        for a, b in zip(pos, pos[1:]):
            out += [a + (b - a) * (i / 12) for i in range(1, 12)]
        return out

    def _fit_date_ticks(self, area: QRectF) -> None:
        """As many date ticks as fit the width without eliding "24/11/16"."""
        for axis in self.axes(Qt.Horizontal):
            if isinstance(axis, QDateTimeAxis):
                width = QFontMetricsF(axis.labelsFont()).horizontalAdvance("00/00/00") + 18
                wanted = max(2, min(self._max_ticks, int(area.width() // width) + 1))
                if axis.tickCount() != wanted:
                    axis.setTickCount(wanted)

    def _place_labels(self, area: QRectF) -> None:
        self._fit_date_ticks(area)
        placed: list[QRectF] = []
        samples = self._curve_samples()
        line_ys = [self.mapToPosition(QPointF(0, v), s).y() for _i, v, s in self._labels]
        for item, value, series in sorted(self._labels, key=lambda t: t[1]):
            y = self.mapToPosition(QPointF(0, value), series).y()
            w, h = item.rect().width(), item.rect().height()
            candidates = [QRectF(area.left() + 4, y - h - 1, w, h),
                          QRectF(area.right() - w - 4, y - h - 1, w, h),
                          QRectF(area.left() + 4, y + 1, w, h),
                          QRectF(area.right() - w - 4, y + 1, w, h),
                          QRectF(area.center().x() - w / 2, y - h - 1, w, h)]

            def cost(rect: QRectF) -> float:
                hits = sum(1 for p in samples if rect.adjusted(-2, -2, 2, 2).contains(p))
                clash = 1000 if any(rect.intersects(o) for o in placed) else 0
                covers = sum(300 for ly in line_ys if ly != y and rect.top() - 1 <= ly <= rect.bottom() + 1)
                outside = 100 if rect.top() < area.top() - h or rect.bottom() > area.bottom() else 0
                return hits * 10 + clash + covers + outside

            best = min(candidates, key=cost)  # the first of equals: above the line, at the left
            item.setPos(best.topLeft())
            item.setVisible(area.top() - 1 <= y <= area.bottom() + 1)
            placed.append(best)


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
    chart.legend().hide()  # every line is named on the chart itself

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
    chart._max_ticks = axis_x.tickCount()
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setTitleText(QCoreApplication.translate("PetitionTable", "Firmas"))
    chart.addAxis(axis_x, Qt.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignLeft)

    curve = QLineSeries()
    curve.setName(QCoreApplication.translate("PetitionTable", "Firmas"))
    pen = QPen(_CURVE)
    pen.setWidthF(2.5)
    curve.setPen(pen)
    curve.setPointsVisible(True)
    data = [QPointF(_msecs(d), float(s)) for d, s in points]
    for point in data:
        curve.append(point)
    chart.addSeries(curve)
    chart.set_curve(curve, data)
    curve.attachAxis(axis_x)
    curve.attachAxis(axis_y)

    lines = visible_thresholds(points, thresholds, all_thresholds=all_thresholds)
    top = max([s for _d, s in points] + [v for _t, v in lines] + [0])
    axis_y.setRange(0, max(10.0, top * 1.08))
    axis_y.applyNiceNumbers()
    for tier, value in lines:
        line = QLineSeries()
        caption = f"{names.get(tier, tier)} ({locale.toString(value)})"
        line.setName(caption)
        dash = QPen(TIER_COLORS[tier])
        dash.setStyle(Qt.DashLine)
        dash.setWidthF(1.6)
        line.setPen(dash)
        line.append(QPointF(x_min, float(value)))
        line.append(QPointF(x_max, float(value)))
        chart.addSeries(line)
        line.attachAxis(axis_x)
        line.attachAxis(axis_y)
        chart.add_threshold_label(caption, float(value), TIER_COLORS[tier], line)
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
