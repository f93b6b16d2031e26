"""A petition's timeline for the detail panel: counts, crossings, duties and meetings in order.

``TimelineView(db, actor).show_petition(petition_id)`` reads ``timeline.timeline`` and shows one
line per event under its date, with a coloured mark (tier colours for crossings, kind colours for
meetings, the age-bucket green for duties done). Meetings and duties are links:
``meetingActivated(meeting_id)`` / ``dutyActivated(duty_id)`` let the window open them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from secretariat.services import timeline
from secretariat.services.timeline import TimelineEvent
from ui.errors import describe
from ui.labels import tier_label
from ui.models.meetings_model import fmt_time
from ui.views.growth_chart import TIER_COLORS
from ui.work_labels import (
    BUCKET_COLORS,
    MEETING_COLORS,
    duty_kind_label,
    meeting_kind_label,
    meeting_status_label,
    outcome_label,
    waiver_label,
)


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


class TimelineView(QWidget):
    meetingActivated = Signal(int)
    dutyActivated = Signal(int)

    def __init__(self, db, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self._db, self._actor = db, actor
        self._petition_id: int | None = None
        self._events: list[TimelineEvent] = []
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.linkActivated.connect(self._link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addStretch(1)

    # ------------------------------------------------------------------ public
    def petition_id(self) -> int | None:
        return self._petition_id

    def events(self) -> list[TimelineEvent]:
        return list(self._events)

    def show_petition(self, petition_id: int | None) -> None:
        self._petition_id = petition_id
        if petition_id is None:
            self._events = []
            self.label.setText("")
            return
        try:
            with self._db.read() as s:
                events = timeline.timeline(s, self._actor, petition_id)
        except Exception as exc:  # noqa: BLE001 - one sentence instead of the timeline
            self._events = []
            self.label.setText(_esc(describe(exc, "timeline")))
            return
        self._events = events
        self.label.setText(self.to_html(events))

    def reload(self) -> None:
        self.show_petition(self._petition_id)

    def lines(self) -> list[str]:
        """The events as plain text lines (date, then what happened)."""
        return [f"{self._day(e)} {self.describe(e)}" for e in self._events]

    # ------------------------------------------------------------------ words
    def _day(self, e: TimelineEvent) -> str:
        return QLocale().toString(QDate(e.on.year, e.on.month, e.on.day), "d MMM yyyy")

    def describe(self, e: TimelineEvent) -> str:
        loc = QLocale()
        n = (lambda v: loc.toString(v or 0))
        if e.kind == "counts":
            if e.count_days and e.count_days > 1 and e.first_on is not None:
                first = loc.toString(QDate(e.first_on.year, e.first_on.month, e.first_on.day), "d MMM yyyy")
                return (self.tr("%1 cortes de firmas: de %2 (%3) a %4 firmas")
                        .replace("%1", n(e.count_days)).replace("%2", n(e.first_signatures))
                        .replace("%3", first).replace("%4", n(e.signatures)))
            return self.tr("Corte de firmas: %1").replace("%1", n(e.signatures))
        if e.kind == "crossed":
            return (self.tr("Alcanzó %1 con %2 firmas").replace("%1", tier_label(e.tier))
                    .replace("%2", n(e.signatures)))
        if e.kind == "reverted":
            return (self.tr("Revertido %1: bajó a %2 firmas").replace("%1", tier_label(e.tier))
                    .replace("%2", n(e.signatures)))
        if e.kind == "duty_created":
            text = self.tr("Deber: %1").replace("%1", duty_kind_label(e.duty_kind))
            return text + (self.tr(" (responsable: %1)").replace("%1", e.detail) if e.detail else "")
        if e.kind == "duty_done":
            text = self.tr("Deber cumplido: %1").replace("%1", duty_kind_label(e.duty_kind))
            if e.outcome:
                text += " — " + outcome_label(e.outcome)
            return text
        if e.kind == "duty_waived":
            text = self.tr("Deber dispensado: %1").replace("%1", duty_kind_label(e.duty_kind))
            why = e.detail or (waiver_label(e.outcome) if e.outcome else "")
            return text + (f" — {why}" if why else "")
        if e.kind == "meeting":
            when = fmt_time(e.at) + " " if e.at is not None else ""
            text = f"{when}{meeting_kind_label(e.meeting_kind)} — {meeting_status_label(e.meeting_status)}"
            return text + (f" ({e.detail})" if e.detail else "")
        return e.kind

    def _color(self, e: TimelineEvent) -> str:
        if e.kind in ("crossed", "reverted") and e.tier in TIER_COLORS:
            return TIER_COLORS[e.tier].name()
        if e.kind == "meeting":
            return MEETING_COLORS.get(e.meeting_kind or "", MEETING_COLORS["other"]).name()
        if e.kind == "duty_done":
            return BUCKET_COLORS["on_time"][1].name()
        if e.kind == "duty_waived":
            return "#8a8f98"
        if e.kind == "duty_created":
            return BUCKET_COLORS["due_soon"][1].name()
        return "#1b5e3b"

    def to_html(self, events: list[TimelineEvent]) -> str:
        if not events:
            return _esc(self.tr("Sin cortes, cruces, deberes ni reuniones todavía."))
        rows, last_day = [], None
        for e in events:
            day = self._day(e)
            text = _esc(self.describe(e))
            if e.kind == "reverted":
                text = f'<span style="color:#b3261e">{text}</span>'
            if e.kind == "meeting" and e.meeting_id is not None:
                text = f'<a href="meeting:{e.meeting_id}">{text}</a>'
            elif e.kind.startswith("duty") and e.duty_id is not None:
                text = f'<a href="duty:{e.duty_id}" style="color:inherit; text-decoration:none">{text}</a>'
            shown_day = "" if day == last_day else _esc(day)
            last_day = day
            rows.append(f'<tr><td style="padding-right:10px; white-space:nowrap; color:#5f6b76">{shown_day}</td>'
                        f'<td style="color:{self._color(e)}">●</td><td style="padding-left:4px">{text}</td></tr>')
        return '<table cellspacing="0" cellpadding="1">' + "".join(rows) + "</table>"

    def _link(self, href: str) -> None:
        kind, _, key = href.partition(":")
        if not key.isdigit():
            return
        if kind == "meeting":
            self.meetingActivated.emit(int(key))
        elif kind == "duty":
            self.dutyActivated.emit(int(key))
