"""One worker thread for all long database work, in the manner of Anki's background operations.

``TaskRunner.submit(work, title=...)`` queues ``work(progress)`` on a single worker thread (first
in, first out). The callbacks and the ``Task`` signals arrive on the UI thread. A progress dialog
with "Cancelar" appears only when the task has been running for about half a second; it is
determinate once the work reports a total. After a mutating task succeeds the runner emits
``dataChanged`` once, and the lists reload.

Cancelling sets a flag that ``Progress.step`` turns into ``Cancelled`` inside the work, so the
``db.write()`` block around it rolls back: a cancelled task leaves nothing behind.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from secretariat.progress import Cancelled, Progress

from .errors import show_error

if TYPE_CHECKING:
    from secretariat.db import Database

T = TypeVar("T")

#: How long a task runs before its progress dialog appears.
DIALOG_DELAY_MS = 500


class Task(QObject):
    """One queued piece of work. Its signals are emitted on the UI thread."""

    finished = Signal(object)      # the work's return value
    failed = Signal(object)        # the exception
    cancelled = Signal()
    progressed = Signal(object, object)  # done, total (throttled: at most one pending update)

    def __init__(self, work: Callable[[Progress], Any], *, title: str,
                 on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None,
                 mutates: bool, parent_widget: QWidget | None, show_progress: bool) -> None:
        super().__init__()
        self.work = work
        self.title = title
        self.on_done = on_done
        self.on_error = on_error
        self.mutates = mutates
        self.parent_widget = parent_widget
        self.show_progress = show_progress
        self.state = "queued"  # queued → running → done | failed | cancelled
        self.progress_dialog: QProgressDialog | None = None
        self._cancel_flag = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._report_pending = False
        self._timer: QTimer | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next ``progress.step``; its transaction rolls back."""
        if self.state in ("done", "failed", "cancelled"):
            return
        self._cancel_flag.set()

    def is_cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    def is_active(self) -> bool:
        return self.state in ("queued", "running")

    def latest_progress(self) -> tuple[int, int] | None:
        with self._lock:
            return self._latest


class _Worker(QThread):
    """Runs queued tasks one after the other. Its signals cross to the UI thread (queued)."""

    task_started = Signal(object)
    task_progressed = Signal(object)
    task_succeeded = Signal(object, object)
    task_failed = Signal(object, object)
    task_cancelled = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("secretariat-db-worker")
        self._queue: queue.SimpleQueue[Task | None] = queue.SimpleQueue()

    def put(self, task: Task | None) -> None:
        self._queue.put(task)

    def _report(self, task: Task, done: int, total: int) -> None:
        with task._lock:  # noqa: SLF001 - the task's own lock
            task._latest = (int(done), int(total))
            if task._report_pending:
                return
            task._report_pending = True
        self.task_progressed.emit(task)

    def run(self) -> None:  # the worker thread
        while True:
            task = self._queue.get()
            if task is None:
                return
            if task.is_cancelled():
                self.task_cancelled.emit(task)
                continue
            self.task_started.emit(task)
            progress = Progress(report=lambda d, t, task=task: self._report(task, d, t),
                                is_cancelled=task.is_cancelled)
            try:
                result = task.work(progress)
            except Cancelled:
                self.task_cancelled.emit(task)
            except Exception as exc:  # noqa: BLE001 - handed to the UI, which decides
                self.task_failed.emit(task, exc)
            else:
                self.task_succeeded.emit(task, result)


class TaskRunner(QObject):
    """The single "run this in the background" API of the window."""

    dataChanged = Signal()

    def __init__(self, db: "Database", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._tasks: set[Task] = set()
        self._closed = False
        self._worker = _Worker()
        self._worker.task_started.connect(self._on_started)
        self._worker.task_progressed.connect(self._on_progressed)
        self._worker.task_succeeded.connect(self._on_succeeded)
        self._worker.task_failed.connect(self._on_failed)
        self._worker.task_cancelled.connect(self._on_cancelled)
        self._worker.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ API

    def submit(self, work: Callable[[Progress], T], *, title: str,
               on_done: Callable[[T], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               mutates: bool = True, parent_widget: QWidget | None = None,
               show_progress: bool = True) -> Task:
        task = Task(work, title=title, on_done=on_done, on_error=on_error, mutates=mutates,
                    parent_widget=parent_widget, show_progress=show_progress)
        if self._closed:
            # The window is closing (or a test ended) and a late callback asked for more work:
            # it never runs and calls nothing back, so no widget is touched after shutdown.
            task._cancel_flag.set()
            task.state = "cancelled"
            return task
        self._tasks.add(task)
        self._worker.put(task)
        return task

    def is_closed(self) -> bool:
        """True after ``shutdown``: nothing submitted from now on will run."""
        return self._closed

    def pending(self) -> int:
        """Tasks queued or running."""
        return sum(1 for t in self._tasks if t.is_active())

    def shutdown(self) -> None:
        """Let the running task finish, skip the queued ones, and stop the worker thread."""
        if self._closed:
            return
        self._closed = True
        for task in self._tasks:
            if task.state == "queued":
                task.cancel()
        self._worker.put(None)
        self._worker.wait()
        for task in list(self._tasks):
            self._close_dialog(task)

    # ------------------------------------------------------------------ UI-thread slots

    @Slot(object)
    def _on_started(self, task: Task) -> None:
        task.state = "running"
        if task.show_progress:
            timer = QTimer(task)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda task=task: self._show_dialog(task))
            timer.start(DIALOG_DELAY_MS)
            task._timer = timer  # noqa: SLF001

    @Slot(object)
    def _on_progressed(self, task: Task) -> None:
        with task._lock:  # noqa: SLF001
            task._report_pending = False  # noqa: SLF001
            latest = task._latest  # noqa: SLF001
        if latest is None:
            return
        done, total = latest
        dialog = task.progress_dialog
        if dialog is not None and not task.is_cancelled():
            _set_dialog_progress(dialog, done, total)
        task.progressed.emit(done, total)

    @Slot(object, object)
    def _on_succeeded(self, task: Task, result: object) -> None:
        self._end(task, "done")
        if task.mutates:
            self.dataChanged.emit()
        task.finished.emit(result)
        if task.on_done is not None:
            try:
                task.on_done(result)
            except Exception as exc:  # noqa: BLE001 - a bug in a callback must not kill the window
                show_error(_alive(task.parent_widget), exc, context=f"on_done of {task.title!r}")

    @Slot(object, object)
    def _on_failed(self, task: Task, exc: BaseException) -> None:
        self._end(task, "failed")
        task.failed.emit(exc)
        if task.on_error is not None:
            task.on_error(exc)
        else:
            show_error(_alive(task.parent_widget), exc, context=task.title)

    @Slot(object)
    def _on_cancelled(self, task: Task) -> None:
        self._end(task, "cancelled")
        task.cancelled.emit()

    # ------------------------------------------------------------------ progress dialog

    def _end(self, task: Task, state: str) -> None:
        task.state = state
        if task._timer is not None:  # noqa: SLF001
            task._timer.stop()  # noqa: SLF001
            task._timer = None  # noqa: SLF001
        self._close_dialog(task)
        self._tasks.discard(task)

    def _show_dialog(self, task: Task) -> None:
        if task.state != "running" or task.progress_dialog is not None:
            return
        if task.parent_widget is not None and not isValid(task.parent_widget):
            return  # the window that asked for the work is gone
        dialog = QProgressDialog(task.parent_widget)
        dialog.setWindowTitle(task.title)
        dialog.setLabelText(task.title)
        dialog.setCancelButtonText(self.tr("Cancelar"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        dialog.setWindowModality(Qt.WindowModality.WindowModal if task.parent_widget
                                 else Qt.WindowModality.ApplicationModal)
        latest = task.latest_progress()
        if latest is None:
            dialog.setRange(0, 0)
        else:
            _set_dialog_progress(dialog, *latest)
        dialog.canceled.connect(task.cancel)
        task.progress_dialog = dialog
        dialog.show()

    @staticmethod
    def _close_dialog(task: Task) -> None:
        dialog = task.progress_dialog
        if dialog is None:
            return
        task.progress_dialog = None
        if not isValid(dialog):  # deleted with its parent window
            return
        dialog.canceled.disconnect(task.cancel)  # closing would otherwise emit "canceled"
        dialog.hide()
        dialog.deleteLater()


def _alive(widget: QWidget | None) -> QWidget | None:
    return widget if widget is not None and isValid(widget) else None


def _set_dialog_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    if total <= 0:
        dialog.setRange(0, 0)
        return
    # QProgressBar holds ints: scale very large totals down to per-mille.
    if total > 2**31 - 1:
        done, total = done * 1000 // total, 1000
    dialog.setRange(0, total)
    dialog.setValue(max(0, min(done, total)))
