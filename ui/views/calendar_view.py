"""The calendar tab ("Calendario"): a week view and an agenda list of planned and held meetings.

The week above (``WeekView``) and, below it, the agenda (``MeetingsModel``): by default that
week and the three after it, or a wider range around it (to see the meetings held lately), both
from one query. Meetings that overlap with the same adviser or
in the same place are flagged in both: a red border and "⚠" in the week, a "Choques" column and a
red count above the list. Double click opens the meeting; "Nueva reunión…" plans one (advisers
and the counsel). It re-reads on the runner's ``dataChanged``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from ui.models.meetings_model import COLUMN_INDEX, SHOWN_STATUSES, MeetingsModel
from secretariat.services.meetings import MEETING_KINDS, MEETING_STATUSES
from ui.views.week_view import WeekView
from ui.work_labels import meeting_kind_label, meeting_status_label

#: the agenda's ranges, in weeks before and after the week shown (label, before, after)
AGENDA_RANGES = (
    (QT_TRANSLATE_NOOP("CalendarTab", "Esta semana y las 3 siguientes"), 0, 3),
    (QT_TRANSLATE_NOOP("CalendarTab", "4 semanas antes y 4 después"), 4, 4),
    (QT_TRANSLATE_NOOP("CalendarTab", "3 meses antes y 3 después"), 13, 13),
)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


class CalendarTab(QWidget):
    """``petitionRequested(petition_id)`` when the user asks to see a meeting's petition."""

    petitionRequested = Signal(int)

    def __init__(self, db, actor, runner, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("calendar_tab")
        self.dialog = None
        self._today = today
        self._monday = monday_of(self.today())
        self.range_box = QComboBox(self)
        self.range_box.setAccessibleName(self.tr("Alcance de la agenda"))
        for label, before, after in AGENDA_RANGES:
            self.range_box.addItem(QCoreApplication.translate("CalendarTab", label), (before, after))
        first, last = self._range()
        self.model = MeetingsModel(db, actor, self, date_from=first, days=(last - first).days + 1)

        sp = QStyle.StandardPixmap
        self.prev_button = QPushButton(self.style().standardIcon(sp.SP_ArrowBack), self.tr("Semana anterior"), self)
        self.today_button = QPushButton(self.tr("Hoy"), self)
        self.next_button = QPushButton(self.style().standardIcon(sp.SP_ArrowForward),
                                       self.tr("Semana siguiente"), self)
        self.week_label = QLabel(self)
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.week_label.setFont(font)
        self.cancelled = QCheckBox(self.tr("Mostrar canceladas"), self)
        self.cancelled.setToolTip(self.tr("Incluir las reuniones canceladas y aquellas a las que no asistió "
                                          "el peticionario"))
        self.new_button = QPushButton(self.tr("&Nueva reunión…"), self)
        self.new_button.setVisible(actor.can(Action.PLAN_MEETINGS))
        self.open_button = QPushButton(self.tr("&Abrir reunión…"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.week_label)
        bar.addStretch(1)
        bar.addWidget(self.cancelled)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)

        self.week = WeekView(self)
        self.agenda = QTableView(self)
        self.agenda.setObjectName("agenda_table")
        self.agenda.setModel(self.model)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setAlternatingRowColors(True)
        self.agenda.setShowGrid(False)
        self.agenda.setWordWrap(False)
        self.agenda.verticalHeader().hide()
        self.agenda.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.agenda.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fm = self.fontMetrics()
        kinds = max(fm.horizontalAdvance(meeting_kind_label(k)) for k in MEETING_KINDS) + 16
        states = max(fm.horizontalAdvance(meeting_status_label(k)) for k in MEETING_STATUSES) + 16
        for key, width in (("day", 130), ("time", 95), ("kind", kinds), ("status", states), ("petition", 330),
                           ("place", 170), ("advisers", 140), ("conflict", 100)):
            self.agenda.setColumnWidth(COLUMN_INDEX[key], max(width, header.sectionSizeHint(COLUMN_INDEX[key])))
        header.setStretchLastSection(True)
        self.agenda_label = QLabel(self)
        self.conflict_label = QLabel(self)
        self.conflict_label.setStyleSheet("color: #c62828; font-weight: bold;")
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.agenda_label)
        heading.addSpacing(8)
        heading.addWidget(self.range_box)
        heading.addStretch(1)
        heading.addWidget(self.conflict_label)
        right_box.addLayout(heading)
        right_box.addWidget(self.agenda, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.week)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._sized = False
        self.splitter.setChildrenCollapsible(False)
        self.message = QLabel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self.prev_button.clicked.connect(lambda: self.show_week(self._monday - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self._monday + timedelta(days=7)))
        self.today_button.clicked.connect(lambda: self.show_week(monday_of(self.today())))
        self.cancelled.toggled.connect(self._statuses_changed)
        self.range_box.currentIndexChanged.connect(lambda _i: self.show_week(self._monday))
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.open_button.clicked.connect(lambda: self.open_meeting())
        self.week.meetingClicked.connect(self._select_in_agenda)
        self.week.meetingActivated.connect(self.open_meeting)
        self.agenda.doubleClicked.connect(lambda i: self.open_meeting(i.data(MeetingsModel.IdRole)))
        self.agenda.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.week.select(cur.data(MeetingsModel.IdRole) if cur.isValid() else None))
        self.model.countsChanged.connect(lambda *_: self._update_week())
        self.model.loadFailed.connect(self.message.setText)
        runner.dataChanged.connect(self.reload)
        self._update_week()

    def showEvent(self, event) -> None:  # noqa: N802
        if not self._sized:  # the week gets three fifths of the height the first time
            self._sized = True
            height = max(400, self.splitter.height())
            self.splitter.setSizes([height * 3 // 5, height - height * 3 // 5])
        super().showEvent(event)

    # ------------------------------------------------------------------ navigation
    def today(self) -> date:
        return self._today or date.today()

    def monday(self) -> date:
        return self._monday

    def show_week(self, monday: date) -> None:
        self._monday = monday_of(monday)
        self.model.set_range(*self._range())
        self._update_week()
        self._scroll_agenda()

    def _range(self) -> tuple[date, date]:
        """The agenda's first and last day around the week shown."""
        before, after = self.range_box.currentData() or (0, 3)
        return (self._monday - timedelta(days=7 * before),
                self._monday + timedelta(days=7 * (after + 1) - 1))

    def set_agenda_range(self, index: int) -> None:
        self.range_box.setCurrentIndex(index)

    def _scroll_agenda(self) -> None:
        """Bring the first meeting of the week shown to the top of the agenda."""
        row = next((i for i, e in enumerate(self.model.entries()) if e.row.starts_at.date() >= self._monday), -1)
        if row >= 0:
            self.agenda.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def show_date(self, day: date) -> None:
        self.show_week(monday_of(day))

    def reload(self) -> None:
        self.model.refresh()
        self._update_week()

    def _statuses_changed(self, on: bool) -> None:
        self.model.set_statuses(() if on else SHOWN_STATUSES)

    def _update_week(self) -> None:
        loc = QLocale()
        sunday = self._monday + timedelta(days=6)
        first, last = self._range()

        def day(d: date, fmt: str) -> str:
            return loc.toString(QDate(d.year, d.month, d.day), fmt)

        self.week_label.setText(self.tr("Semana del %1 al %2")
                                .replace("%1", day(self._monday, "d MMM")).replace("%2", day(sunday, "d MMM yyyy")))
        entries = self.model.entries()
        self.week.set_week(self._monday, entries, today=self.today())
        self.agenda_label.setText(self.tr("Agenda del %1 al %2: %3")
                                  .replace("%1", day(first, "d MMM yyyy" if first.year != last.year else "d MMM"))
                                  .replace("%2", day(last, "d MMM yyyy"))
                                  .replace("%3", self.tr("1 reunión") if len(entries) == 1 else
                                           self.tr("%1 reuniones").replace("%1", loc.toString(len(entries)))))
        clashing = sum(1 for e in entries if e.conflicts)
        self.conflict_label.setText("" if not clashing else
                                    "⚠ " + (self.tr("1 reunión con choque") if clashing == 1 else
                                            self.tr("%1 reuniones con choque").replace("%1", str(clashing))))

    def _select_in_agenda(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.agenda.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def selected_id(self) -> int | None:
        index = self.agenda.currentIndex()
        return index.data(MeetingsModel.IdRole) if index.isValid() else self.week.selected()

    # ------------------------------------------------------------------ commands
    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_meeting(self, meeting_id: int | None = None):
        from ui.views.meeting_dialog import MeetingDialog

        meeting_id = meeting_id if meeting_id is not None else self.selected_id()
        if meeting_id is None:
            return None
        return self._open(MeetingDialog(self.db, self.actor, self.runner, self, meeting_id=meeting_id))

    def new_meeting(self, petition_id: int | None = None, kind: str | None = None):
        from datetime import datetime

        from ui.views.meeting_dialog import MeetingDialog, next_slot

        start = next_slot(datetime.combine(max(self._monday, self.today()) - timedelta(days=1),
                                           datetime.min.time()))
        return self._open(MeetingDialog(self.db, self.actor, self.runner, self, petition_id=petition_id,
                                        kind=kind, starts_at=start))
