"""Archivo → Exportar → the three Word dossiers: "Paquete de sesión…", "Expediente para la
Asamblea…" and "Expediente de la petición…".

``install_dossier_exports(main_window, export_menu, db, actor, runner)`` adds the three actions
to ``export_menu`` and returns the ``DossierExports`` whose slots other screens call:

- ``export_packet(held_on)``: the packet of that day's session (the sessions tab's
  ``exportPacketRequested(date)``); with no date it first asks which session, from the list;
- ``export_assembly()``: the dossier for the constituent assembly;
- ``export_petition(petition_id)``: the petition's dossier (with no id: the petition selected in
  the register); it asks whether to include the petitioners' contact data (default: no).

Each asks where to save, with a default name (``paquete-sesion-2016-07-12.docx``,
``expediente-asamblea-2016-07-13.docx``, ``expediente-<petición>.docx``), then runs on the task
runner's worker with progress and Cancelar (``export_dossier_run``). ``path=`` (and
``with_contacts=`` for the petition) skip the questions: scripts and tests.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ui.errors import show_error
from ui.views.export_dossier_run import ChartBridge, ask_docx_path, run_export

SLUG_LIMIT = 60


def slug(url: str, title: str = "") -> str:
    """A file-name part for a petition: its Change.org address's last part, else its title."""
    tail = url.rstrip("/").rsplit("/", 1)[-1].split("?")[0] if url else ""
    text = unicodedata.normalize("NFKD", tail or title).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:SLUG_LIMIT].rstrip("-")
    return text or "peticion"


def _lang() -> str:
    from ui.i18n import current_language

    return current_language()


class DossierExports(QObject):
    """The dossier actions of the window and the slots behind them."""

    def __init__(self, window: QWidget, db, actor, runner, selected_petition=None) -> None:
        super().__init__(window)
        self.window, self.db, self.actor, self.runner = window, db, actor, runner
        self.selected_petition = selected_petition or (lambda: None)
        self.charts = ChartBridge(self)
        self.pending = None  # the petition export started after its questions (its Task)
        self.act_packet = self._action(self.tr("&Paquete de sesión…"), "action_export_packet", self.export_packet,
                                       self.tr("El paquete de Word de una sesión del grupo redactor"))
        self.act_assembly = self._action(
            self.tr("Expediente para la &Asamblea…"), "action_export_assembly", self.export_assembly,
            self.tr("Redacción final, origen ciudadano y visto bueno de los peticionarios, en Word"))
        self.act_petition = self._action(self.tr("Expediente de la &petición…"), "action_export_petition",
                                         self.export_petition, self.tr("Todo sobre la petición seleccionada, en Word"))

    def _action(self, text: str, name: str, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def actions(self) -> tuple[QAction, ...]:
        return self.act_packet, self.act_assembly, self.act_petition

    # ------------------------------------------------------------------ session packet

    @Slot(object)
    def export_packet(self, held_on: date | None = None, *, path: str | None = None):
        """Export the packet of the session held on ``held_on`` (None: ask which). Returns the
        export's ``Task`` (or the task reading the sessions, when it asks), None if cancelled."""
        if held_on is None:
            return self._choose_session(path)
        if path is None:
            path = ask_docx_path(self.window, self.tr("Guardar el paquete de la sesión"),
                                 f"paquete-sesion-{held_on.isoformat()}.docx")
            if path is None:
                return None
        from secretariat.services.dossier_data import session_packet_data
        from exports.session_packet import write_session_packet

        db, actor, chart, lang = self.db, self.actor, self.charts, _lang()
        self.charts.reset()

        def build(progress):
            with db.read() as s:
                return session_packet_data(s, actor, held_on, chart=chart, lang=lang, progress=progress)

        return run_export(self.window, self.runner, title=self.tr("Exportando el paquete de la sesión"),
                          path=path, build=build, write=write_session_packet,
                          saved_title=self.tr("Paquete de la sesión guardado"),
                          saved_text=self.tr("Se guardó el paquete de la sesión en:\n%1"))

    def _choose_session(self, path: str | None):
        from secretariat.services.sessions import list_sessions

        db, actor = self.db, self.actor

        def read(_progress):
            with db.read() as s:
                return list_sessions(s, actor)

        def chosen(rows) -> None:
            held_on = choose_session(self.window, rows)
            if held_on is not None:
                self.export_packet(held_on, path=path)

        return self.runner.submit(read, title=self.tr("Leyendo las sesiones"), on_done=chosen, mutates=False,
                                  on_error=lambda exc: show_error(self.window, exc), parent_widget=self.window)

    # ------------------------------------------------------------------ assembly dossier

    @Slot()
    def export_assembly(self, *, path: str | None = None, today: date | None = None):
        today = today or date.today()
        if path is None:
            path = ask_docx_path(self.window, self.tr("Guardar el expediente para la Asamblea"),
                                 f"expediente-asamblea-{today.isoformat()}.docx")
            if path is None:
                return None
        from secretariat.services.dossier_data import assembly_dossier_data
        from exports.assembly_dossier import write_assembly_dossier

        db, actor, lang = self.db, self.actor, _lang()

        def build(progress):
            with db.read() as s:
                return assembly_dossier_data(s, actor, today=today, lang=lang, progress=progress)

        return run_export(self.window, self.runner, title=self.tr("Exportando el expediente para la Asamblea"),
                          path=path, build=build, write=write_assembly_dossier,
                          saved_title=self.tr("Expediente para la Asamblea guardado"),
                          saved_text=self.tr("Se guardó el expediente para la Asamblea en:\n%1"))

    # ------------------------------------------------------------------ petition dossier

    @Slot(int)
    def export_petition(self, petition_id: int | None = None, *, path: str | None = None,
                        with_contacts: bool | None = None):
        """Export a petition's dossier (None: the selected petition). Returns the task reading the
        petition (it then asks about contacts and the file) or, with ``path`` and
        ``with_contacts`` given, the export's task; None when there is nothing to export."""
        if petition_id is None:
            petition_id = self.selected_petition()
        if petition_id is None:
            QMessageBox.information(self.window, self.tr("Expediente de la petición"),
                                    self.tr("Seleccione primero una petición en la lista."))
            return None
        if path is not None and with_contacts is not None:
            return self._export_petition(petition_id, path, with_contacts)
        from secretariat.services.petitions import petition_rows

        db, actor = self.db, self.actor

        def read(_progress):
            with db.read() as s:
                return petition_rows(s, actor, [petition_id])

        def ask(rows) -> None:
            if not rows:
                return
            contacts = with_contacts if with_contacts is not None else ask_contacts(self.window)
            if contacts is None:
                return
            target = path or ask_docx_path(self.window, self.tr("Guardar el expediente de la petición"),
                                           f"expediente-{slug(rows[0].url, rows[0].title)}.docx")
            if target is not None:
                self.pending = self._export_petition(petition_id, target, contacts)

        return self.runner.submit(read, title=self.tr("Leyendo la petición"), on_done=ask, mutates=False,
                                  on_error=lambda exc: show_error(self.window, exc), parent_widget=self.window)

    def _export_petition(self, petition_id: int, path: str, with_contacts: bool):
        from secretariat.services.dossier_data import petition_dossier_data
        from exports.petition_dossier import write_petition_dossier

        db, actor, chart, lang = self.db, self.actor, self.charts, _lang()
        self.charts.reset()

        def build(progress):
            with db.read() as s:
                return petition_dossier_data(s, actor, petition_id, with_contacts=with_contacts, chart=chart,
                                             lang=lang, progress=progress)

        return run_export(self.window, self.runner, title=self.tr("Exportando el expediente de la petición"),
                          path=path, build=build, write=write_petition_dossier,
                          saved_title=self.tr("Expediente de la petición guardado"),
                          saved_text=self.tr("Se guardó el expediente de la petición en:\n%1"))


def ask_contacts(parent: QWidget | None) -> bool | None:
    """Whether to include the petitioners' e-mails and phones (default: no); None: cancelled."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ExportDossiers", "Datos de contacto"),
        QCoreApplication.translate(
            "ExportDossiers", "¿Incluir en el expediente los correos y teléfonos de los peticionarios?\n\n"
            "Son datos personales: inclúyalos solo si el expediente no saldrá de la oficina."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def choose_session(parent: QWidget | None, rows) -> date | None:
    """Ask which session's packet to export (default: the next one to be held, else the latest)."""
    from ui.models.sessions_model import long_date

    if not rows:
        QMessageBox.information(parent, QCoreApplication.translate("ExportDossiers", "Paquete de sesión"),
                                QCoreApplication.translate("ExportDossiers", "Todavía no hay sesiones del grupo "
                                                           "redactor. Créelas en la pestaña Sesiones."))
        return None
    today = date.today()
    upcoming = [i for i, r in enumerate(rows) if r.held_on >= today]
    default = upcoming[-1] if upcoming else 0  # rows are newest first: the last upcoming is the next one
    line = QCoreApplication.translate("ExportDossiers", "%1 · %2 asuntos")
    labels = [line.replace("%1", long_date(r.held_on)).replace("%2", str(r.items)) for r in rows]
    label, ok = QInputDialog.getItem(parent, QCoreApplication.translate("ExportDossiers", "Paquete de sesión"),
                                     QCoreApplication.translate("ExportDossiers", "Sesión:"), labels, default, False)
    if not ok or label not in labels:
        return None
    return rows[labels.index(label)].held_on


def install_dossier_exports(main_window, export_menu, db, actor, runner) -> DossierExports:
    """Add the three dossier actions to ``export_menu`` (Archivo → Exportar). The petition
    dossier exports the petition selected in the register (``main_window.table.selected_id()``)."""
    table = getattr(main_window, "table", None)
    selected = getattr(table, "selected_id", None) if table is not None else None
    exports = DossierExports(main_window, db, actor, runner, selected)
    export_menu.addSeparator()
    for action in exports.actions:
        export_menu.addAction(action)
    return exports
