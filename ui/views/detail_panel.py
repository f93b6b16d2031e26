"""The right-hand panel: everything about the selected petition.

Title and link, topic and summary, the growth chart with the thresholds, the tier timeline (with
the thresholds that were in force at each crossing and the reverts), the petitioners' contacts and
the admissibility decision, and the petition's history (its audit rows, folded by default). It
reads one ``PetitionDetail`` through the service and shows it.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from secretariat.permissions import Action
from secretariat.services import petitions
from secretariat.services.petitions import PetitionDetail
from ui.errors import describe
from ui.labels import admissibility_label, reason_label, tier_label
from ui.views.growth_chart import TIER_COLORS, GrowthChartView
from ui.views.history_panel import HistoryPanel
from ui.views.petition_drafting_section import PetitionDraftingSection
from ui.views.timeline_view import TimelineView


def fmt_date(d: date | None, locale: QLocale | None = None, long: bool = False) -> str:
    """"15 mar 2016", or long: "15 de marzo de 2016" (es) / "15 March 2016" (other languages)."""
    if d is None:
        return ""
    loc = locale or QLocale()
    if long:
        fmt = "d 'de' MMMM 'de' yyyy" if loc.language() == QLocale.Language.Spanish else "d MMMM yyyy"
    else:
        fmt = "d MMM yyyy"
    return loc.toString(QDate(d.year, d.month, d.day), fmt)


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


class PetitionDetailPanel(QWidget):
    """``decideRequested(petition_id)`` when the user asks to decide admissibility."""

    decideRequested = Signal(int)
    dossierRequested = Signal(int)  # "Expediente en Word…": the petition's dossier

    def __init__(self, db, actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._detail: PetitionDetail | None = None
        self._petition_id: int | None = None

        self.placeholder = QLabel(self.tr("Seleccione una petición en la lista para ver su detalle."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(14, 10, 14, 14)
        lay.setSpacing(6)
        self.title = self._label(selectable=True, plain=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.link = self._label()
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.facts = self._label(selectable=True)
        self.summary = self._label(selectable=True, plain=True)
        self.chart = GrowthChartView(body)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.chart.setMinimumHeight(280)
        self.timeline = self._label(selectable=True)
        self.people = self._label()
        self.people.setOpenExternalLinks(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.admissibility = self._label(selectable=True)
        self.decide_button = QPushButton(self.tr("Decidir admisibilidad…"), body)
        self.decide_button.setVisible(actor.can(Action.DECIDE_ADMISSIBILITY))
        self.decide_button.clicked.connect(self._ask_decision)

        self.dossier_button = QPushButton(self.tr("Expediente en Word…"), body)
        self.dossier_button.setToolTip(self.tr("Todo sobre esta petición, para el archivo"))
        self.dossier_button.clicked.connect(self._ask_dossier)
        for widget in (self.title, self.link):
            lay.addWidget(widget)
        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 1)
        facts_row.addWidget(self.dossier_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(facts_row)
        lay.addWidget(self.summary)
        lay.addWidget(self._heading(self.tr("Crecimiento de las firmas")))
        lay.addWidget(self.chart)
        lay.addWidget(self._heading(self.tr("Cruces de nivel")))
        lay.addWidget(self.timeline)
        lay.addWidget(self._heading(self.tr("Peticionarios")))
        lay.addWidget(self.people)
        lay.addWidget(self._heading(self.tr("Admisibilidad")))
        row = QHBoxLayout()
        row.addWidget(self.admissibility, 1)
        row.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        self.drafting = PetitionDraftingSection(db, actor, body)  # runner: install_consultations_tab
        lay.addWidget(self.drafting)
        self.timeline_view = TimelineView(db, actor, body)
        lay.addWidget(self._heading(self.tr("Cronología: cortes, cruces, deberes y reuniones")))
        lay.addWidget(self.timeline_view)
        self.history = HistoryPanel(db, actor, body)
        lay.addWidget(self.history)
        lay.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(scroll)
        self.setMinimumWidth(380)

    # ------------------------------------------------------------------ public
    def petition_id(self) -> int | None:
        return self._petition_id

    def current_detail(self) -> PetitionDetail | None:
        return self._detail

    def show_petition(self, petition_id: int | None) -> None:
        """Load and show ``petition_id`` (None clears the panel)."""
        self._petition_id = petition_id
        if petition_id is None:
            self._detail = None
            self.history.show_for(None)
            self.timeline_view.show_petition(None)
            self.drafting.show_petition(None)
            self._stack.setCurrentIndex(0)
            return
        try:
            with self._db.read() as s:
                detail = petitions.petition_detail(s, self._actor, petition_id)
        except Exception as exc:  # gone meanwhile, or the case file is unreachable
            self._detail = None
            self.placeholder.setText(describe(exc, "petition detail"))
            self._stack.setCurrentIndex(0)
            return
        self._show(detail)
        self.timeline_view.show_petition(petition_id)
        self.drafting.show_petition(petition_id)

    def reload(self) -> None:
        """Show the current petition again if it changed (keeps the scroll position otherwise)."""
        if self._petition_id is None:
            return
        try:
            with self._db.read() as s:
                detail = petitions.petition_detail(s, self._actor, self._petition_id)
        except Exception:
            self.show_petition(self._petition_id)
            return
        if detail != self._detail:
            self._show(detail)
        self.timeline_view.reload()
        self.drafting.reload()

    # ------------------------------------------------------------------ rendering
    def _show(self, d: PetitionDetail) -> None:
        self._detail = d
        loc = QLocale()
        self.title.setText(d.title)
        self.link.setText(f'<a href="{_esc(d.url)}">{_esc(d.url)}</a>')
        self.link.setToolTip(self.tr("Abrir la petición en el navegador"))
        facts = [self.tr("Nivel: <b>%1</b>").replace("%1", _esc(tier_label(d.tier)))]
        if d.as_of:
            facts.append(self.tr("%1 firmas al %2").replace("%1", loc.toString(d.signatures))
                         .replace("%2", _esc(fmt_date(d.as_of, loc))))
        if d.growth_7d is not None:
            facts.append(self.tr("%1 en 7 días").replace(
                "%1", ("+" if d.growth_7d > 0 else "") + loc.toString(d.growth_7d)))
        if d.topic:
            facts.append(self.tr("Tema: %1").replace("%1", _esc(d.topic)))
        self.facts.setText(" &nbsp;·&nbsp; ".join(f.replace(" ", "&nbsp;") for f in facts))
        self.summary.setText(d.summary)
        self.summary.setVisible(bool(d.summary))
        self.chart.set_data([(c.on, c.signatures) for c in d.counts], d.thresholds)
        self.timeline.setText(self._timeline_html(d, loc))
        self.people.setText(self._people_html(d))
        self.admissibility.setText(self._admissibility_html(d))
        self.decide_button.setEnabled(True)
        self.history.show_for("petition", d.id)
        self._stack.setCurrentIndex(1)

    def _timeline_html(self, d: PetitionDetail, loc: QLocale) -> str:
        if not d.crossings:
            return self.tr("Todavía no ha cruzado ningún umbral.")
        items = []
        for c in d.crossings:
            color = TIER_COLORS[c.tier].name()
            name = _esc(tier_label(c.tier))
            if c.reverted_on:  # struck through: the petition no longer holds this tier
                name = f"<s>{name}</s>"
            head = (f'<span style="color:{color}">●</span> <b>{name}</b>'
                    f" — {_esc(fmt_date(c.crossed_on, loc, long=True))}")
            facts = (self.tr("%1 firmas; umbral de %2 (umbrales vigentes: %3)")
                     .replace("%1", loc.toString(c.signatures)).replace("%2", loc.toString(c.threshold))
                     .replace("%3", " / ".join(loc.toString(v) for v in c.policy)))
            line = f"{head}<br>&nbsp;&nbsp;&nbsp;&nbsp;{_esc(facts)}."
            if c.reverted_on:
                state = (self.tr("Revertido el %1, con %2 firmas.")
                         .replace("%1", fmt_date(c.reverted_on, loc, long=True))
                         .replace("%2", loc.toString(c.reverted_signatures or 0)))
                line += f' <span style="color:#b3261e">{_esc(state)}</span>'
            items.append(line)
        return '<p style="margin:0">' + "</p><p style=\"margin-top:6px\">".join(items) + "</p>"

    def _people_html(self, d: PetitionDetail) -> str:
        if not d.petitioners:
            return self.tr("Sin peticionarios registrados.")
        lines = []
        for p in d.petitioners:
            parts = [f"<b>{_esc(p.name)}</b>"]
            if p.email:
                parts.append(f'<a href="mailto:{_esc(p.email)}">{_esc(p.email)}</a>')
            if p.phone:
                parts.append(_esc(p.phone))
            lines.append(" &nbsp;·&nbsp; ".join(parts))
        return "<br>".join(lines)

    def _admissibility_html(self, d: PetitionDetail) -> str:
        text = f"<b>{_esc(admissibility_label(d.admissibility))}</b>"
        if d.inadmissible_reason:
            text += " — " + _esc(reason_label(d.inadmissible_reason))
        if d.duplicate_of_url:
            text += "<br>" + _esc(self.tr("Duplicada de:")) + \
                f' <a href="{_esc(d.duplicate_of_url)}">{_esc(d.duplicate_of_url)}</a>'
        if d.admissibility_note:
            text += "<br>" + _esc(self.tr("Nota:")) + " " + _esc(d.admissibility_note).replace("\n", "<br>")
        return text

    # ------------------------------------------------------------------ helpers
    def _ask_decision(self) -> None:
        if self._petition_id is not None:
            self.decideRequested.emit(self._petition_id)

    def _ask_dossier(self) -> None:
        if self._petition_id is not None:
            self.dossierRequested.emit(self._petition_id)

    def _label(self, selectable: bool = False, plain: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText if plain else Qt.TextFormat.RichText)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        label.setStyleSheet("border-bottom: 1px solid palette(mid); padding-bottom: 2px;")
        return label
