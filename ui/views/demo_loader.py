"""Archivo › Cargar caso de demostración: only into an empty case file, after asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ui.errors import show_error


def ask_load_demo(window) -> None:
    """``window`` is the main window (its ``model``, ``db``, ``actor``, ``runner``)."""
    title = QCoreApplication.translate("MainWindow", "Cargar caso de demostración")
    if window.model.total:
        QMessageBox.information(window, title, QCoreApplication.translate(
            "MainWindow",
            "El expediente ya tiene peticiones; el caso de demostración solo se carga en un "
            "expediente vacío, para no mezclar datos inventados con datos reales."))
        return
    answer = QMessageBox.question(window, title, QCoreApplication.translate(
        "MainWindow",
        "Se cargarán unas 320 peticiones inventadas, con 60 días de cortes de firmas y algunas "
        "decisiones de admisibilidad. ¿Desea continuar?"))
    if answer == QMessageBox.StandardButton.Yes:
        load_demo(window)


def load_demo(window, **options):
    from secretariat.services import demo

    db, actor = window.db, window.actor

    def work(progress):
        with db.write() as s:
            return demo.load_demo(s, actor, progress, **options)

    def done(summary) -> None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "MainWindow", "Caso de demostración cargado: %1 peticiones nuevas.")
            .replace("%1", str(summary.petitions)), 15_000)

    return window.runner.submit(work, title=QCoreApplication.translate(
        "MainWindow", "Cargando el caso de demostración"), on_done=done,
        on_error=lambda exc: show_error(window, exc), parent_widget=window)
