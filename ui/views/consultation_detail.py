"""The consultations tab's right-hand side: the selected petition's consultation.

Its state, today's wording of each provision it feeds (what a new answer would approve), and the
answers on record, newest first. A stale answer says "Desactualizada"; "Ver cambios" asks for the
redline from the wording it approved to today's, "Abrir constancia" for its evidence (the tab does
the work, through the task runner).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from secretariat.services.consultations import ConsultationDetail, OutcomeRow
from ui.labels import tier_label
from ui.models.outcomes_model import COLUMNS, OutcomesModel
from ui.models.worklist_model import fmt_day
from ui.views.consultation_labels import STATE_COLORS, consult_outcome_label, state_label
from ui.views.consultation_parts import data_table, section_heading, select_row
from ui.views.signoff_dialog import evidence_summary, wording_html


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def state_chip(state: str | None) -> str:
    """The state as a coloured rich-text chip ("Desactualizada" on orange)."""
    if state not in STATE_COLORS:
        return ""
    back, fore = STATE_COLORS[state]
    return (f'<span style="background-color:{back.name()}; color:{fore.name()}; font-weight:bold">'
            f"&nbsp;{_esc(state_label(state))}&nbsp;</span>")


class ConsultationDetailView(QWidget):
    changesRequested = Signal(object)   # OutcomeRow
    evidenceRequested = Signal(object)  # OutcomeRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consultation_detail")
        self.detail: ConsultationDetail | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.title.setOpenExternalLinks(True)
        self.wording = QTextBrowser(self)
        self.wording.setObjectName("consultation_wording")
        self.wording.setAccessibleName(self.tr("Redacción vigente"))
        self.wording.setOpenLinks(False)

        self.model = OutcomesModel(self)
        self.table = data_table(self, self.model, COLUMNS, name="outcomes_table")
        self.outcome_info = QLabel(self)
        self.outcome_info.setObjectName("outcome_info")
        self.outcome_info.setWordWrap(True)
        self.outcome_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes_button = QPushButton(self.tr("Ver &cambios"), self)
        self.changes_button.setToolTip(self.tr("La redacción que aprobó comparada con la de hoy"))
        self.evidence_button = QPushButton(self.tr("Abrir c&onstancia"), self)
        self.evidence_button.setToolTip(self.tr("Abrir una copia verificada de la carta o el correo"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.outcome_info, 1)
        buttons.addWidget(self.changes_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.evidence_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(section_heading(self.tr("Redacción vigente de las disposiciones que alimenta"), self))
        left_lay.addWidget(self.wording, 1)
        right = QWidget(self)
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addWidget(section_heading(self.tr("Respuestas registradas"), self))
        right_lay.addWidget(self.table, 1)
        right_lay.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.body = QWidget(self)
        body_lay = QVBoxLayout(self.body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addWidget(self.title)
        body_lay.addWidget(self.splitter, 1)
        self.placeholder = QLabel(self.tr("Seleccione una petición para ver su consulta."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._sync())
        self.table.doubleClicked.connect(lambda _i: self._changes_or_evidence())
        self.changes_button.clicked.connect(lambda: self._emit(self.changesRequested))
        self.evidence_button.clicked.connect(lambda: self._emit(self.evidenceRequested))
        self.set_detail(None)

    # ------------------------------------------------------------------ public
    def set_detail(self, detail: ConsultationDetail | None, message: str = "") -> None:
        """Show ``detail`` (None: the placeholder, or ``message``)."""
        previous = self.current_outcome()
        self.detail = detail
        self.placeholder.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            self.placeholder.setText(message or self.tr("Seleccione una petición para ver su consulta."))
            self.model.set_outcomes(())
            self._sync()
            return
        self.title.setText(self._title_html(detail))
        self.wording.setHtml(wording_html(detail) or
                             _esc(self.tr("La petición no alimenta ninguna disposición.")))
        self.model.set_outcomes(detail.history)
        if self.current_outcome() is None and self.model.rowCount():
            row = self.model.row_of(previous.id) if previous is not None else -1
            select_row(self.table, row if row >= 0 else 0)
        self._sync()

    def current_outcome(self) -> OutcomeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.outcome(rows[0].row()) if rows else None

    def select_outcome(self, outcome_id: int) -> bool:
        return select_row(self.table, self.model.row_of(outcome_id))

    # ------------------------------------------------------------------ rendering
    def _title_html(self, d: ConsultationDetail) -> str:
        r = d.row
        if r is None:
            note = self.tr("Esta petición no está en consulta (no está en audiencia ni la agregó la consejería "
                           "jurídica, o no alimenta ninguna disposición).")
            return f"<i>{_esc(note)}</i>"
        big = f'<span style="font-size:large; font-weight:bold">{_esc(r.title)}</span>'
        facts = [state_chip(r.state), _esc(tier_label(r.tier))]
        if r.requested:
            facts.append(_esc(self.tr("agregada por la consejería jurídica")))
        if r.victory:
            facts.append('<span style="color:#1e6b2e; font-weight:bold">✓ ' + _esc(self.tr("Victoria")) + "</span>")
        line = " &nbsp;·&nbsp; ".join(facts)
        people = _esc(self.tr("Peticionarios: %1").replace("%1", r.petitioners)) if r.petitioners else ""
        link = f'<a href="{_esc(r.url)}">{_esc(r.url)}</a>'
        return f"{big}<br>{line}<br>{people}<br>{link}"

    def _outcome_html(self, o: OutcomeRow) -> str:
        recorded = self.tr("registró %1").replace("%1", o.recorded_by or "—")
        head = (f"<b>{_esc(consult_outcome_label(o.outcome))}</b> — {_esc(fmt_day(o.decided_on))}"
                f" · {_esc(recorded)}")
        lines = [head]
        if o.stale:
            changed = ", ".join(i.citation for i in o.items if i.changed)
            lines.append(f'<span style="color:{STATE_COLORS["stale"][1].name()}"><b>'
                         + _esc(self.tr("Desactualizada:")) + "</b> "
                         + _esc(self.tr("cambió la redacción de %1 desde que la aprobó.").replace("%1", changed))
                         + "</span>")
        if o.remarks:
            lines.append(_esc(self.tr("Observaciones:")) + " " + _esc(o.remarks).replace("\n", "<br>"))
        if o.evidence_filename:
            lines.append(_esc(self.tr("Constancia:")) + " "
                         + _esc(evidence_summary(o.evidence_filename, o.evidence_size, o.evidence_sha256)))
        return "<br>".join(lines)

    def _sync(self) -> None:
        o = self.current_outcome()
        self.changes_button.setEnabled(o is not None and o.stale)
        self.evidence_button.setEnabled(o is not None and bool(o.evidence_sha256))
        self.outcome_info.setText(self._outcome_html(o) if o is not None else "")
        self.outcome_info.setVisible(o is not None)

    def _emit(self, signal) -> None:
        o = self.current_outcome()
        if o is not None:
            signal.emit(o)

    def _changes_or_evidence(self) -> None:
        o = self.current_outcome()
        if o is not None and o.stale:
            self.changesRequested.emit(o)
        elif o is not None and o.evidence_sha256:
            self.evidenceRequested.emit(o)
