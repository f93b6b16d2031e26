"""The petition panel's drafting section: what the petition feeds, its consultation, and what the
assembly made of its idea.

- "Alimenta: Art. 16, A, 3 (versión 4 · Final) · Art. 9, B (versión 2 ·
  Borrador)", with what the petition contributed to each;
- the consultation: its state, the latest answer, "Registrar visto bueno…" (so from a petition the
  clerk selects it, clicks, fills the method and saves: four actions) and, for the counsel,
  "Agregar a la consulta…" when its tier does not call for one; a link to the consultations tab;
- after the assembly, "Qué fue de su idea": kept, amended (the assembly's text as a redline
  against ours) or removed, and for the counsel "Resolución de la Asamblea…".

The section hides itself for a petition that feeds no provision. Reads are small and direct (like
the rest of the panel); the dialogs save through the runner, which ``install_consultations_tab``
hands over with ``set_runner`` (without one the section only reads).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secretariat.permissions import Action
from secretariat.services import assembly, consultations, provisions
from ui.errors import describe
from ui.models.worklist_model import fmt_day
from ui.views.consultation_detail import state_chip
from ui.views.consultation_parts import open_dialog, section_heading
from ui.views.consultation_labels import (
    FATE_COLORS,
    consult_outcome_label,
    fate_label,
    method_label,
    version_text,
)
from ui.views.redline_view import redline_html


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


class PetitionDraftingSection(QWidget):
    """``consultationRequested(petition_id)``: show this petition in the consultations tab."""

    consultationRequested = Signal(int)

    def __init__(self, db, actor, parent: QWidget | None = None, *, runner=None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner = db, actor, runner
        self.setObjectName("petition_drafting_section")
        self.petition_id: int | None = None
        self.links: list = []
        self.detail = None
        self.fates: list = []
        self.dialog = None

        self.heading = section_heading(self.tr("Redacción y consulta"), self)
        self.feeds = self._label()
        self.feeds.setObjectName("drafting_feeds")
        self.consultation = self._label()
        self.consultation.setObjectName("drafting_consultation")
        self.consultation.linkActivated.connect(self._link)
        self.signoff_button = QPushButton(self.tr("Registrar visto bueno…"), self)
        self.signoff_button.setObjectName("drafting_signoff_button")
        self.signoff_button.setToolTip(self.tr("La respuesta del peticionario sobre la redacción vigente"))
        self.request_button = QPushButton(self.tr("Agregar a la consulta…"), self)
        self.request_button.setObjectName("drafting_request_button")
        self.request_button.setToolTip(self.tr("Consultar también a esta petición aunque no llegó a audiencia"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.signoff_button)
        buttons.addWidget(self.request_button)
        buttons.addStretch(1)
        self.fates_heading = section_heading(self.tr("Qué fue de su idea"), self)
        self.fates_label = self._label()
        self.fates_label.setObjectName("drafting_fates")
        self.fates_label.linkActivated.connect(self._link)
        self.assembly_button = QPushButton(self.tr("Resolución de la Asamblea…"), self)
        self.assembly_button.setObjectName("drafting_assembly_button")
        self.assembly_button.setToolTip(self.tr("Registrar si la Asamblea conservó, modificó o eliminó la disposición"))
        assembly_row = QHBoxLayout()
        assembly_row.setContentsMargins(0, 0, 0, 0)
        assembly_row.addWidget(self.assembly_button)
        assembly_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.heading, self.feeds, self.consultation):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.fates_heading)
        layout.addWidget(self.fates_label)
        layout.addLayout(assembly_row)

        self.signoff_button.clicked.connect(lambda: self.record_signoff())
        self.request_button.clicked.connect(lambda: self.request_consultation())
        self.assembly_button.clicked.connect(lambda: self.record_fate())
        self.show_petition(None)

    # ------------------------------------------------------------------ public
    def set_runner(self, runner) -> None:
        """The task runner the dialogs save through (the window's)."""
        self.runner = runner
        self._sync_buttons()

    def show_petition(self, petition_id: int | None) -> None:
        self.petition_id = petition_id
        self.reload()

    def reload(self) -> None:
        pid = self.petition_id
        if pid is None:
            self.links, self.detail, self.fates = [], None, []
            self.hide()
            return
        try:
            with self.db.read() as s:
                links = provisions.petition_provisions(s, self.actor, pid)
                detail = consultations.consultation_detail(s, self.actor, pid) if links else None
                fates = assembly.petition_fates(s, self.actor, pid) if links else []
        except Exception as exc:  # noqa: BLE001 - gone meanwhile, or unreachable
            self.links, self.detail, self.fates = [], None, []
            self.feeds.setText(_esc(describe(exc, "petition drafting")))
            self.consultation.clear()
            self.fates_label.clear()
            self._sync_buttons()
            self.show()
            return
        self.links, self.detail, self.fates = links, detail, fates
        self.setVisible(bool(links))
        if links:
            self._render()
        self._sync_buttons()

    # ------------------------------------------------------------------ rendering
    def _render(self) -> None:
        items = []
        for link in self.links:
            text = (f"<b>{_esc(link.citation)}</b> "
                    f'<span style="color:#5f6b76">({_esc(version_text(link.current_number, link.current_status))})</span>')
            items.append(text)
        html_text = _esc(self.tr("Alimenta:")) + " " + " · ".join(items)
        notes = [f"<i>{_esc(link.citation)}</i>: {_esc(link.contribution)}" for link in self.links if link.contribution]
        if notes:
            html_text += '<br><span style="color:#5f6b76">' + "<br>".join(notes) + "</span>"
        self.feeds.setText(html_text)
        self.feeds.setToolTip("\n".join(f"{link.citation} — {link.heading}" for link in self.links if link.heading))
        self.consultation.setText(self._consultation_html())
        self._render_fates()

    def _consultation_html(self) -> str:
        d = self.detail
        if d is None or d.row is None:
            return _esc(self.tr("Consulta: no se consulta (no llegó a audiencia y la consejería no la agregó)."))
        r = d.row
        text = _esc(self.tr("Consulta:")) + " " + state_chip(r.state)
        if r.victory:
            text += ' &nbsp;<span style="color:#1e6b2e; font-weight:bold">✓ ' + _esc(self.tr("Victoria")) + "</span>"
        if r.outcome:
            last = (self.tr("última respuesta: %1, %2, %3").replace("%1", consult_outcome_label(r.outcome))
                    .replace("%2", fmt_day(r.decided_on)).replace("%3", method_label(r.method).lower()))
            text += " — " + _esc(last)
        if r.state == "stale":
            text += "<br>" + _esc(self.tr("La redacción cambió después de su visto bueno; hay que consultar de nuevo."))
        text += ' &nbsp;<a href="consultation">' + _esc(self.tr("Ver en Consultas")) + "</a>"
        return text

    def _render_fates(self) -> None:
        decided = [f for f in self.fates if f.fate is not None]
        lines = []
        for f in decided:
            colour = FATE_COLORS[f.fate].name()
            line = (f"<b>{_esc(f.citation)}</b> — "
                    f'<span style="color:{colour}">{_esc(fate_label(f.fate))}</span>')
            if f.decided_on:
                line += f" ({_esc(fmt_day(f.decided_on))})"
            if f.fate == "amended" and f.segments:
                changes = self.tr("Ver cambios")
                line += (f' &nbsp;<a href="fate:{f.provision_id}">{_esc(changes)}</a>'
                         f'<br><span style="margin-left:12px">{redline_html(f.segments)}</span>')
            lines.append(line)
        self.fates_label.setText('<p style="margin:0">' + '</p><p style="margin-top:6px">'.join(lines) + "</p>"
                                 if lines else "")
        self.fates_heading.setVisible(bool(lines))
        self.fates_label.setVisible(bool(lines))

    def can_sign_off(self) -> bool:
        """The petition is consulted, the user records approvals and there is a runner to save with."""
        return (self.runner is not None and self.actor.can(Action.RECORD_APPROVALS)
                and self.detail is not None and self.detail.row is not None)

    def _sync_buttons(self) -> None:
        can, has_runner = self.actor.can, self.runner is not None
        d = self.detail
        eligible = d is not None and d.row is not None
        self.signoff_button.setVisible(self.can_sign_off())
        self.request_button.setVisible(has_runner and can(Action.REQUEST_CONSULTATION) and bool(self.links)
                                       and d is not None and not eligible)
        self.assembly_button.setVisible(has_runner and can(Action.RECORD_ASSEMBLY) and bool(self.links))

    # ------------------------------------------------------------------ commands
    def _open(self, dialog):
        return open_dialog(self, dialog)

    def record_signoff(self):
        from ui.views.signoff_dialog import SignoffDialog

        if self.petition_id is None or not self.can_sign_off():
            return None
        dialog = SignoffDialog(self.db, self.actor, self.runner, self.petition_id, self.window(), detail=self.detail)
        dialog.saved.connect(lambda _o: self.reload())
        return self._open(dialog)

    def request_consultation(self):
        from ui.views.consultation_request import RequestDialog

        if self.petition_id is None or self.runner is None:
            return None
        dialog = RequestDialog(self.db, self.actor, self.runner, self.window(), petition_id=self.petition_id)
        dialog.saved.connect(lambda _d: self.reload())
        return self._open(dialog)

    def record_fate(self, provision_id: int | None = None):
        from ui.views.assembly_dialog import AssemblyDialog

        if not self.links or self.runner is None:
            return None
        choices = [(link.provision_id, link.citation) for link in self.links]
        dialog = AssemblyDialog(self.db, self.actor, self.runner, choices, self.window(),
                                provision_id=provision_id)
        dialog.saved.connect(lambda _r: self.reload())
        return self._open(dialog)

    def show_fate_changes(self, provision_id: int):
        from ui.views.consultation_changes import ChangesDialog

        fate = next((f for f in self.fates if f.provision_id == provision_id), None)
        if fate is None:
            return None
        caption = self.tr("<b>%1</b>: nuestra redacción → el texto de la Asamblea").replace("%1", _esc(fate.citation))
        return self._open(ChangesDialog(self.window(), self.tr("Lo que cambió la Asamblea"),
                                        self.tr("Lo añadido por la Asamblea va subrayado; lo que suprimió, tachado."),
                                        [(caption, fate.segments)]))

    def _link(self, href: str) -> None:
        if href == "consultation" and self.petition_id is not None:
            self.consultationRequested.emit(self.petition_id)
        elif href.startswith("fate:"):
            self.show_fate_changes(int(href.split(":", 1)[1]))

    # ------------------------------------------------------------------ helpers
    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return label
