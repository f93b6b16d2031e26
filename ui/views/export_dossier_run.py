"""Running a Word dossier export from the window: the file dialog, the background work with one
progress bar and a working Cancelar, the growth charts drawn on the UI thread, and the closing
message with "Abrir carpeta".

- ``ask_docx_path(parent, caption, default_name)``: the file the user chose (``.docx`` added),
  starting in the folder used last for any export.
- ``ChartBridge``: the ``chart`` callable the builders get. The work runs on the task runner's
  worker thread, but a chart is a Qt graphics widget that belongs to the UI thread: each chart is
  drawn there (queued) while the worker waits for it. If the UI thread does not answer for a long
  while (the window is closing and waits for the worker), the export goes on without charts.
- ``run_export(...)``: read (``build(progress)``, first 40 %), write (``write(data, path,
  progress)``, the rest) on the worker. The file appears under its name only when complete: a
  cancelled or failed export leaves nothing, and an older file of that name is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.errors import show_error
from ui.views.export_tracker import ask_save_path


def ask_docx_path(parent: QWidget | None, caption: str, default_name: str) -> str | None:
    """The .docx the user chose (extension added if missing), or None if they cancelled."""
    return ask_save_path(parent, caption, default_name,
                         QCoreApplication.translate("ExportDossiers", "Documento de Word (*.docx)"))


class _Job:
    def __init__(self, counts, thresholds) -> None:
        self.counts, self.thresholds = counts, thresholds
        self.png: bytes | None = None
        self.error: BaseException | None = None
        self.done = threading.Event()


class ChartBridge(QObject):
    """``bridge(counts, thresholds) -> PNG bytes`` from any thread; drawn on this object's (the
    UI) thread. Returns None once the UI thread has not answered for ``WAIT`` seconds."""

    WAIT = 20.0
    _asked = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked.connect(self._draw, Qt.ConnectionType.QueuedConnection)
        self._gave_up = threading.Event()
        self._home = threading.get_ident()  # the UI thread, where it is made
        self.drawn = 0

    def reset(self) -> None:
        self._gave_up.clear()

    def __call__(self, counts, thresholds) -> bytes | None:
        if threading.get_ident() == self._home:
            return self._render(counts, thresholds)
        if self._gave_up.is_set():
            return None
        job = _Job(counts, thresholds)
        self._asked.emit(job)
        if not job.done.wait(self.WAIT):
            self._gave_up.set()
            return None
        if job.error is not None:
            raise job.error
        return job.png

    @Slot(object)
    def _draw(self, job: _Job) -> None:
        try:
            job.png = self._render(job.counts, job.thresholds)
        except Exception as exc:  # noqa: BLE001 - handed back to the worker, which reports it
            job.error = exc
        finally:
            job.done.set()

    def _render(self, counts, thresholds) -> bytes:
        from ui.charts_headless import render_growth_png

        self.drawn += 1
        return render_growth_png(counts, thresholds)


def announce_saved(parent: QWidget | None, title: str, text: str, path: Path) -> None:
    """Say where the file went; "Abrir carpeta" shows it in the file manager."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    folder = box.addButton(QCoreApplication.translate("ExportDossiers", "Abrir carpeta"),
                           QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def run_export(parent: QWidget | None, runner, *, title: str, path: str, build: Callable, write: Callable,
               saved_title: str, saved_text: str):
    """Submit ``build`` then ``write`` to the worker; returns the runner's ``Task``.
    ``saved_text`` holds ``%1`` for the file's full path."""
    from secretariat.services.dossier_data import share

    def work(progress):
        data = build(share(progress, 0, 40))
        return Path(write(data, path, share(progress, 40, 60)))

    def done(result: Path) -> None:
        announce_saved(parent, saved_title, saved_text.replace("%1", str(result.resolve())), result)

    def cancelled() -> None:
        bar = getattr(parent, "statusBar", None)
        if callable(bar):
            bar().showMessage(QCoreApplication.translate(
                "ExportDossiers", "Exportación cancelada: no se guardó ningún archivo."), 10_000)

    task = runner.submit(work, title=title, on_done=done, on_error=lambda exc: show_error(parent, exc),
                         mutates=False, parent_widget=parent)
    task.cancelled.connect(cancelled)
    return task
