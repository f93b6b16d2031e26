"""Archivo → Exportar → Libro de seguimiento (Excel).

``export_tracker(parent, db, actor, runner)`` asks where to save (default name
``seguimiento-AAAA-MM-DD.xlsx`` in the folder used last time), writes the workbook on the task
runner's worker with progress and a working Cancelar, and then says where it was saved. The file
is written under a temporary name and renamed at the end: a cancelled or failed export leaves
nothing under the chosen name, and an older file of that name is kept.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.errors import show_error

LAST_DIR_KEY = "export/last_dir"


def default_name(today: date | None = None) -> str:
    return f"seguimiento-{(today or date.today()).isoformat()}.xlsx"


def _start_folder() -> str:
    from ui.i18n import settings

    last = settings().value(LAST_DIR_KEY, "") or ""
    if last and Path(last).is_dir():
        return str(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def ask_save_path(parent: QWidget | None, caption: str, name: str, filter_text: str) -> str | None:
    """The file the user chose to save ``name`` as (its extension added if missing), starting in
    the export folder used last time; None if they cancelled. Shared by every export."""
    from ui.i18n import settings

    suffix = Path(name).suffix
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(Path(_start_folder()) / name), filter_text)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings().setValue(LAST_DIR_KEY, str(path.parent))
    return str(path)


def ask_path(parent: QWidget | None) -> str | None:
    """The workbook the user chose (``.xlsx`` added if missing), or None if they cancelled."""
    return ask_save_path(parent, QCoreApplication.translate("ExportTracker", "Guardar el libro de seguimiento"),
                         default_name(), QCoreApplication.translate("ExportTracker", "Libro de Excel (*.xlsx)"))


def export_tracker(parent: QWidget | None, db, actor, runner, *, path: str | None = None):
    """Export the tracker; returns the runner's ``Task``, or None if the user cancelled the
    file dialog. ``path`` skips the dialog (scripts, tests)."""
    from exports.tracker import write_tracker
    from secretariat.services.tracker_data import tracker_data
    from ui.i18n import current_language

    if path is None:
        path = ask_path(parent)
        if path is None:
            return None

    lang = current_language()  # the workbook speaks the window's language

    def work(progress):
        with db.read() as s:
            data = tracker_data(s, actor)
            result = write_tracker(path, data, progress, lang=lang)
        return result, data.summary

    def done(outcome) -> None:
        result, summary = outcome
        text = (QCoreApplication.translate(
            "ExportTracker", "Se guardó el libro de seguimiento en:\n%1\n\n%2 peticiones, %3 cortes "
            "diarios y %4 cruces de nivel, en %5 hojas.")
            .replace("%1", str(Path(result.path).resolve()))
            .replace("%2", _number(summary.petitions)).replace("%3", _number(summary.counts))
            .replace("%4", _number(summary.crossings)).replace("%5", str(len(result.sheets))))
        QMessageBox.information(parent, QCoreApplication.translate(
            "ExportTracker", "Libro de seguimiento guardado"), text)

    def cancelled() -> None:
        bar = getattr(parent, "statusBar", None)
        if callable(bar):
            bar().showMessage(QCoreApplication.translate(
                "ExportTracker", "Exportación cancelada: no se guardó ningún archivo."), 10_000)

    task = runner.submit(work, title=QCoreApplication.translate(
        "ExportTracker", "Exportando el libro de seguimiento"), on_done=done,
        on_error=lambda exc: show_error(parent, exc), mutates=False, parent_widget=parent)
    task.cancelled.connect(cancelled)
    return task


def _number(n: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(n))
