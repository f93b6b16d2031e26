"""A painted week: seven day columns, an hour grid, and one block per meeting.

Blocks take their meeting kind's colour (planned ones pale with a dashed border, held ones
solid); a meeting in conflict — same adviser or same place at the same time — gets a thick red
border and a "⚠". Meetings that overlap on one day share the column side by side. Click selects,
double click asks to open (``meetingActivated``); the tooltip says everything about the block.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.models.meetings_model import MeetingEntry, fmt_time
from ui.work_labels import CONFLICT_COLOR, MEETING_COLORS, meeting_kind_label, meeting_status_label

HEADER = 34
GUTTER = 48
DEFAULT_HOURS = (8, 20)


def lanes(entries: list[MeetingEntry]) -> dict[int, tuple[int, int]]:
    """Side-by-side places for overlapping meetings of one day: id → (lane, lanes in its group)."""
    out: dict[int, tuple[int, int]] = {}
    group: list[tuple[MeetingEntry, int]] = []
    group_end = None

    def close_group() -> None:
        width = max((lane for _e, lane in group), default=-1) + 1
        for e, lane in group:
            out[e.id] = (lane, width)

    for e in sorted(entries, key=lambda e: (e.row.starts_at, e.row.ends_at, e.id)):
        if group_end is not None and e.row.starts_at >= group_end:
            close_group()
            group, group_end = [], None
        busy = {lane for g, lane in group if g.row.ends_at > e.row.starts_at}
        lane = next(i for i in range(len(group) + 1) if i not in busy)
        group.append((e, lane))
        group_end = max(group_end or e.row.ends_at, e.row.ends_at)
    close_group()
    return out


class WeekView(QWidget):
    meetingClicked = Signal(int)
    meetingActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_view")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(560, 360)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._monday = date.today() - timedelta(days=date.today().weekday())
        self._entries: list[MeetingEntry] = []
        self._hours = DEFAULT_HOURS
        self._selected: int | None = None
        self._today: date | None = None
        self._rects: dict[int, QRectF] = {}

    # ------------------------------------------------------------------ data
    def set_week(self, monday: date, entries: list[MeetingEntry], today: date | None = None) -> None:
        self._monday = monday
        self._today = today
        end = monday + timedelta(days=7)
        self._entries = [e for e in entries if monday <= e.row.starts_at.date() < end]
        first = min([DEFAULT_HOURS[0]] + [e.row.starts_at.hour for e in self._entries])
        last = max([DEFAULT_HOURS[1]] + [min(24, e.row.ends_at.hour + (1 if e.row.ends_at.minute else 0))
                                          for e in self._entries])
        self._hours = (first, last)
        self._layout()
        self.update()

    def entries(self) -> list[MeetingEntry]:
        return list(self._entries)

    def block_rects(self) -> dict[int, QRectF]:
        return dict(self._rects)

    def conflicted_ids(self) -> set[int]:
        return {e.id for e in self._entries if e.conflicts}

    def select(self, meeting_id: int | None) -> None:
        self._selected = meeting_id
        self.update()

    def selected(self) -> int | None:
        return self._selected

    def meeting_at(self, point: QPointF) -> int | None:
        for mid, rect in self._rects.items():
            if rect.contains(point):
                return mid
        return None

    # ------------------------------------------------------------------ geometry
    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(760, 560)

    def _day_width(self) -> float:
        return max(1.0, (self.width() - GUTTER - 1) / 7)

    def _hour_height(self) -> float:
        first, last = self._hours
        return max(18.0, (self.height() - HEADER - 1) / max(1, last - first))

    def _y(self, hour: float) -> float:
        return HEADER + (hour - self._hours[0]) * self._hour_height()

    def _layout(self) -> None:
        self._rects.clear()
        by_day: dict[int, list[MeetingEntry]] = {}
        for e in self._entries:
            by_day.setdefault((e.row.starts_at.date() - self._monday).days, []).append(e)
        dw = self._day_width()
        for day, items in by_day.items():
            places = lanes(items)
            for e in items:
                lane, width = places[e.id]
                start = e.row.starts_at.hour + e.row.starts_at.minute / 60
                end_dt = e.row.ends_at if e.row.ends_at.date() == e.row.starts_at.date() else \
                    e.row.starts_at.replace(hour=23, minute=59)
                end = end_dt.hour + end_dt.minute / 60
                x = GUTTER + day * dw + 2 + lane * (dw - 4) / width
                y = self._y(start)
                h = max(18.0, self._y(end) - y - 1)
                self._rects[e.id] = QRectF(x, y, (dw - 4) / width - 2, h)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._layout()
        super().resizeEvent(event)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        loc = QLocale()
        dw, first, last = self._day_width(), *self._hours
        grid = QColor(pal.mid().color())
        grid.setAlpha(90)
        for day in range(7):
            d = self._monday + timedelta(days=day)
            x = GUTTER + day * dw
            if d == (self._today or date.today()):
                p.fillRect(QRectF(x, 0, dw, self.height()), QColor(255, 243, 205, 110))
            elif day >= 5:
                p.fillRect(QRectF(x, HEADER, dw, self.height()), QColor(0, 0, 0, 10))
            font = QFont(self.font())
            font.setBold(d == (self._today or date.today()))
            p.setFont(font)
            p.setPen(pal.text().color())
            p.drawText(QRectF(x, 0, dw, HEADER), Qt.AlignmentFlag.AlignCenter,
                       loc.toString(QDate(d.year, d.month, d.day), "ddd d MMM"))
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.setFont(self.font())
        for hour in range(first, last + 1):
            y = self._y(hour)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(GUTTER - 4, y), QPointF(self.width(), y))
            if hour < last:
                p.setPen(pal.placeholderText().color())
                p.drawText(QRectF(0, y + 1, GUTTER - 8, 16), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00")
        for e in self._entries:
            self._paint_block(p, e, self._rects[e.id])
        p.end()

    def _paint_block(self, p: QPainter, e: MeetingEntry, rect: QRectF) -> None:
        color = MEETING_COLORS.get(e.row.kind, QColor("#5f6b76"))
        held = e.row.status == "held"
        fill = QColor(color)
        fill.setAlpha(215 if held else 60)
        p.setBrush(fill)
        if e.conflicts:
            pen = QPen(CONFLICT_COLOR, 3)
        else:
            pen = QPen(color.darker(120), 1.2, Qt.PenStyle.SolidLine if held else Qt.PenStyle.DashLine)
        if e.id == self._selected:
            pen = QPen(self.palette().highlight().color(), 3)
        p.setPen(pen)
        p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        text_color = QColor("white") if held else color.darker(170)
        p.setPen(text_color)
        marks = ("✓ " if held else "") + ("⚠ " if e.conflicts else "")
        inner = rect.adjusted(5, 2, -4, -2)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        p.setFont(font)
        fm = p.fontMetrics()
        width = int(inner.width())
        head = f"{marks}{fmt_time(e.row.starts_at)} {meeting_kind_label(e.row.kind)}"
        lines = [(head, True)]
        if fm.horizontalAdvance(head) > width:  # narrow block: the time, then the kind below it
            lines = [(f"{marks}{fmt_time(e.row.starts_at)}", True), (meeting_kind_label(e.row.kind), False)]
        title = e.row.petition_title or e.row.place
        if title:
            lines.append((title, False))
        y = inner.top()
        for text, bold in lines:
            if y + fm.height() > inner.bottom() + 2:
                break
            font.setBold(bold)
            p.setFont(font)
            p.drawText(QRectF(inner.left(), y, inner.width(), fm.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                       fm.elidedText(text, Qt.TextElideMode.ElideRight, width))
            y += fm.height()

    def tooltip_for(self, e: MeetingEntry) -> str:
        r = e.row
        lines = [f"{meeting_kind_label(r.kind)} — {meeting_status_label(r.status)}",
                 f"{fmt_time(r.starts_at)}–{fmt_time(r.ends_at)} · {r.place}"]
        if r.petition_title:
            lines.append(r.petition_title)
        if r.advisers:
            lines.append(", ".join(r.advisers))
        lines += ["⚠ " + c for c in e.conflicts]
        return "\n".join(lines)

    # ------------------------------------------------------------------ mouse
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            mid = self.meeting_at(QPointF(event.pos()))
            entry = next((e for e in self._entries if e.id == mid), None)
            if entry is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(entry), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        mid = self.meeting_at(event.position())
        self.select(mid)
        if mid is not None:
            self.meetingClicked.emit(mid)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        mid = self.meeting_at(event.position())
        if mid is not None:
            self.meetingActivated.emit(mid)
