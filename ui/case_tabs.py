"""Wiring of the drafting side into the main window (called once by ``MainWindow``).

``install_case_tabs(main_window, tab_widget, db, actor, runner, *, case_menu, export_menu)``
adds the "Redacción", "Consultas" and "Sesiones" tabs after the work tabs, the counsel's
"Membrete y documentos…" to the Expediente menu, and the Word dossiers to Archivo → Exportar.
A session's "Exportar paquete…" and the petition screen's dossier command go to the same export
code as the menu. Returns a ``CaseTabs`` whose ``reload()`` is for the window's poll.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction

from ui.views.consultations_tab import ConsultationsTab, install_consultations_tab
from ui.views.drafting_tab import DraftingTab, install_drafting_tab
from ui.views.export_dossiers import DossierExports, install_dossier_exports
from ui.views.office_settings_dialog import office_settings_action
from ui.views.sessions_tab import SessionsTab, install_sessions_tab


@dataclass
class CaseTabs:
    drafting: DraftingTab
    consultations: ConsultationsTab
    sessions: SessionsTab
    office_action: QAction
    dossiers: DossierExports | None = None

    def reload(self) -> None:
        self.drafting.reload()
        self.consultations.reload()
        self.sessions.reload()


def install_case_tabs(main_window, tab_widget, db, actor, runner, *, case_menu, export_menu) -> CaseTabs:
    drafting = install_drafting_tab(main_window, tab_widget, db, actor, runner)
    consultations = install_consultations_tab(main_window, tab_widget, db, actor, runner)
    sessions = install_sessions_tab(main_window, tab_widget, db, actor, runner)
    office = office_settings_action(main_window, db, actor, runner)
    case_menu.addAction(office)
    tabs = CaseTabs(drafting, consultations, sessions, office)
    tabs.dossiers = install_dossier_exports(main_window, export_menu, db, actor, runner)
    sessions.exportPacketRequested.connect(tabs.dossiers.export_packet)
    main_window.detail.dossierRequested.connect(tabs.dossiers.export_petition)
    return tabs
