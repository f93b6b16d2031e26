"""Wiring of the work tabs into the main window (called once by ``MainWindow``).

``install_work_tabs(main_window, tab_widget, db, actor, runner)`` adds "Deberes" (the worklist)
and "Calendario" to ``tab_widget``, keeps the worklist's tab title counting its rows, and when a
tab asks to show a petition it switches to the first tab and selects that petition in
``main_window.table`` (if the window has one). With ``menu`` it also adds "Grupo redactor y
asesores…" to it. Returns a ``WorkTabs`` with the widgets and the action; its ``reload()`` is
for the window's poll, and ``wire_timeline(view)`` connects a ``TimelineView``'s links.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from ui.views.calendar_view import CalendarTab
from ui.views.worklist import WorklistTab


@dataclass
class WorkTabs:
    worklist: WorklistTab
    calendar: CalendarTab
    rosters_action: QAction
    tab_widget: object = None

    def reload(self) -> None:
        """Re-read both tabs (the window's poll after another workstation saved)."""
        self.worklist.reload()
        self.calendar.reload()

    def wire_timeline(self, view) -> None:
        """A petition timeline's links: a meeting opens its dialog, a duty is shown in the worklist."""
        view.meetingActivated.connect(lambda meeting_id: self.calendar.open_meeting(meeting_id))
        view.dutyActivated.connect(self.show_duty)

    def show_duty(self, duty_id: int) -> bool:
        """Switch to the worklist and select ``duty_id``; False if the filters (or its state) hide it."""
        if self.tab_widget is not None:
            self.tab_widget.setCurrentWidget(self.worklist)
        self.worklist.select_ids([duty_id])
        return self.worklist.selected_ids() == [duty_id]


def install_work_tabs(main_window, tab_widget, db, actor, runner, *, menu=None) -> WorkTabs:
    worklist = WorklistTab(db, actor, runner, tab_widget)
    calendar = CalendarTab(db, actor, runner, tab_widget)
    worklist_index = tab_widget.addTab(worklist, QCoreApplication.translate("WorkTabs", "Deberes"))
    tab_widget.addTab(calendar, QCoreApplication.translate("WorkTabs", "Calendario"))

    def title(count: int) -> None:
        tab_widget.setTabText(worklist_index,
                              QCoreApplication.translate("WorkTabs", "Deberes (%1)").replace("%1", str(count)))

    worklist.model.countChanged.connect(title)
    title(worklist.model.rowCount())

    def show_petition(petition_id: int) -> None:
        tab_widget.setCurrentIndex(0)
        table = getattr(main_window, "table", None)
        if table is not None and hasattr(table, "select_id"):
            table.select_id(petition_id)

    worklist.petitionRequested.connect(show_petition)
    calendar.petitionRequested.connect(show_petition)

    action = QAction(QCoreApplication.translate("WorkTabs", "&Grupo redactor y asesores…"), main_window)
    action.setObjectName("action_rosters")
    action.setStatusTip(QCoreApplication.translate(
        "WorkTabs", "Integrantes del grupo redactor, asesores y plazos de los deberes"))

    def open_rosters() -> None:
        from ui.views.rosters_dialog import RostersDialog

        dialog = RostersDialog(db, actor, runner, main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(lambda _checked=False: open_rosters())
    if menu is not None:
        menu.addAction(action)
    return WorkTabs(worklist, calendar, action, tab_widget)
