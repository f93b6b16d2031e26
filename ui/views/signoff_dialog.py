"""The clerk's sign-off dialog ("Registrar visto bueno"): the petitioner's answer on the exact
wording of the provisions their petition feeds.

It shows each provision's current wording with its version number (what the petitioner is
approving), then the answer (Aprueba / Aprueba con observaciones / Rechaza), the remarks (required
for the last two), the date (today by default, never in the future), the method and the evidence
file (its name, size and sha256 once chosen). Saving passes the version ids the dialog DISPLAYED:
if someone changed the wording meanwhile, the service refuses with its sentence and the dialog
offers to load today's wording (the form keeps what the clerk typed).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from secretariat.services import consultations
from secretariat.services.consultations import ConsultationDetail
from ui.errors import describe
from ui.models.worklist_model import fmt_day
from ui.views.consultation_labels import (
    METHODS,
    STATE_COLORS,
    OUTCOMES,
    consult_outcome_label,
    file_digest,
    file_size_text,
    method_label,
    version_text,
)
from ui.views.consultation_parts import radio_choice
from ui.views.dialog_parts import SavingDialog
from ui.views.dialog_parts import error_label, save_cancel_buttons

#: refusals that mean "the wording you showed is not today's": offer to load it again
RELOAD_CODES = frozenset({"approval_not_current", "approval_missing_provisions", "approval_extra_provisions",
                          "approval_wrong_version", "approval_no_wording", "edit_conflict"})
NEEDS_REMARKS = ("approved_with_remarks", "rejected")
_OUTCOME_MNEMONICS = {"approved": QT_TRANSLATE_NOOP("SignoffDialog", "&Aprueba"),
                      "approved_with_remarks": QT_TRANSLATE_NOOP("SignoffDialog", "Aprueba con &observaciones"),
                      "rejected": QT_TRANSLATE_NOOP("SignoffDialog", "&Rechaza")}


def _esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def wording_html(detail: ConsultationDetail) -> str:
    """Each provision's current wording as rich text: citation, heading, version, then the text."""
    parts = []
    for item in detail.items:
        head = f"<b>{_esc(item.citation)}</b>"
        if item.heading:
            head += f" — {_esc(item.heading)}"
        version = _esc(version_text(item.number, item.status))
        colour = "#a4161a" if item.version_id is None else "#5f6b76"
        if item.version_id is not None:
            text = _esc(item.text).replace("\n", "<br>")
        else:
            missing = QCoreApplication.translate("SignoffDialog",
                                                 "Todavía no tiene redacción: no se puede consultar.")
            text = f"<i>{_esc(missing)}</i>"
        parts.append(f'<p style="margin:0 0 2px 0">{head} <span style="color:{colour}">({version})</span></p>'
                     f'<p style="margin:0 0 12px 12px">{text}</p>')
    return "".join(parts)


class SignoffDialog(SavingDialog, QDialog):
    """``saved(OutcomeRow)`` after the answer was recorded."""

    saved = Signal(object)

    def __init__(self, db, actor, runner, petition_id: int, parent: QWidget | None = None, *,
                 detail: ConsultationDetail | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.runner, self.petition_id = db, actor, runner, petition_id
        self.setObjectName("signoff_dialog")
        self.setWindowTitle(self.tr("Registrar visto bueno"))
        self.setMinimumWidth(640)
        self.detail: ConsultationDetail | None = None
        self.evidence: Path | None = None
        self.file_chooser = QFileDialog.getOpenFileName  # replaced in tests

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wording = QTextBrowser(self)
        self.wording.setObjectName("signoff_wording")
        self.wording.setAccessibleName(self.tr("Redacción que se consulta"))
        self.wording.setOpenLinks(False)
        self.wording.setMinimumHeight(170)

        # ---- the answer
        answers = QHBoxLayout()
        self.radios = radio_choice(self, OUTCOMES, lambda code: self.tr(_OUTCOME_MNEMONICS[code]), answers)
        for code, radio in self.radios.items():
            radio.setAccessibleName(consult_outcome_label(code))
        answers.addStretch(1)
        self.radios["approved"].setChecked(True)
        self.remarks = QPlainTextEdit(self)
        self.remarks.setTabChangesFocus(True)
        self.remarks.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.remarks_caption = QLabel(self)
        for radio in self.radios.values():
            radio.toggled.connect(lambda _on: self._sync_remarks())
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Fecha de la respuesta"))
        self.method = QComboBox(self)
        self.method.setAccessibleName(self.tr("Método"))
        self.method.addItem(self.tr("Elija cómo respondió…"), None)
        for code in METHODS:
            self.method.addItem(method_label(code), code)
        self.choose_button = QPushButton(self.tr("&Elegir archivo…"), self)
        self.choose_button.setToolTip(self.tr("La carta escaneada o el correo guardado"))
        self.clear_button = QPushButton(self.tr("&Quitar"), self)
        self.evidence_label = QLabel(self)
        self.evidence_label.setObjectName("signoff_evidence")
        self.evidence_label.setWordWrap(True)
        self.evidence_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.choose_button)
        evidence_row.addWidget(self.clear_button)
        evidence_row.addStretch(1)
        evidence_box = QVBoxLayout()
        evidence_box.addLayout(evidence_row)
        evidence_box.addWidget(self.evidence_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Respuesta:"), answers)
        form.addRow(self.remarks_caption, self.remarks)
        form.addRow(self.tr("&Fecha:"), self.date)
        form.addRow(self.tr("&Método:"), self.method)
        form.addRow(self.tr("Constancia:"), evidence_box)
        for field in (self.date, self.method):
            form.labelForField(field).setBuddy(field)

        self.error = error_label(self)
        self.reload_button = QPushButton(self.tr("Cargar la redacción &vigente"), self)
        self.reload_button.setToolTip(self.tr("Mostrar la redacción de hoy; lo que escribió se conserva"))
        self.reload_button.hide()
        self.buttons = save_cancel_buttons(self)
        error_row = QHBoxLayout()
        error_row.addWidget(self.error, 1)
        error_row.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        caption = QLabel(self.tr("<b>Redacción que se consulta</b> (lo que el peticionario aprueba o rechaza):"), self)
        layout.addWidget(caption)
        layout.addWidget(self.wording, 1)
        layout.addLayout(form)
        layout.addLayout(error_row)
        layout.addWidget(self.buttons)

        self.choose_button.clicked.connect(lambda: self.choose_evidence())
        self.clear_button.clicked.connect(lambda: self.set_evidence(None))
        self.reload_button.clicked.connect(lambda: self.reload_wording())
        self._sync_remarks()
        self.set_evidence(None)
        if detail is None:
            self.reload_wording()
        else:
            self._show_detail(detail)

    # ------------------------------------------------------------------ wording
    def reload_wording(self) -> bool:
        """Read today's wording again (after the service refused an outdated one)."""
        try:
            with self.db.read() as s:
                detail = consultations.consultation_detail(s, self.actor, self.petition_id)
        except Exception as exc:  # noqa: BLE001 - the dialog says why
            self._say(describe(exc, self.windowTitle()))
            return False
        self.error.hide()
        self.reload_button.hide()
        self._show_detail(detail)
        return True

    def _show_detail(self, detail: ConsultationDetail) -> None:
        self.detail = detail
        row = detail.row
        title = row.title if row else ""
        people = row.petitioners if row else ""
        text = f"<b>{_esc(title)}</b>"
        if people:
            text += "<br>" + _esc(self.tr("Peticionarios: %1").replace("%1", people))
        latest = detail.history[0] if detail.history else None
        if latest is not None and latest.stale:
            changed = ", ".join(i.citation for i in latest.items if i.changed)
            note = (self.tr("Su respuesta del %1 quedó desactualizada porque cambió %2; se consulta la redacción de hoy.")
                    .replace("%1", fmt_day(latest.decided_on)).replace("%2", changed))
            text += f'<br><span style="color:{STATE_COLORS["stale"][1].name()}">{_esc(note)}</span>'
        self.heading.setText(text)
        self.wording.setHtml(wording_html(detail))
        missing = [i.citation for i in detail.items if i.version_id is None]
        self._save_button().setEnabled(bool(detail.items) and not missing)
        if not detail.items:
            self._say(self.tr("La petición no alimenta ninguna disposición: no hay redacción que consultar."))

    def displayed_versions(self) -> dict[int, int]:
        """provision id → version id of the wording this dialog shows."""
        if self.detail is None:
            return {}
        return {i.provision_id: i.version_id for i in self.detail.items if i.version_id is not None}

    # ------------------------------------------------------------------ form
    def outcome(self) -> str:
        return next(code for code, radio in self.radios.items() if radio.isChecked())

    def choose(self, outcome: str) -> None:
        self.radios[outcome].setChecked(True)

    def set_method(self, method: str) -> None:
        self.method.setCurrentIndex(self.method.findData(method))

    def _sync_remarks(self) -> None:
        required = self.outcome() in NEEDS_REMARKS
        self.remarks_caption.setText(self.tr("Observaciones (obligatorias):") if required
                                     else self.tr("Observaciones:"))
        self.remarks.setPlaceholderText(
            self.tr("Lo que el peticionario pidió cambiar o por qué rechaza") if required
            else self.tr("Opcional"))

    def choose_evidence(self) -> None:
        path, _filter = self.file_chooser(
            self, self.tr("Elegir la constancia"), "",
            self.tr("Documentos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg *.txt);;Todos los archivos (*)"))
        if path:
            self.set_evidence(Path(path))

    def set_evidence(self, path: Path | None) -> None:
        """Attach ``path`` as the evidence (shows its name, size and sha256), or none."""
        if path is None:
            self.evidence = None
            self.evidence_label.setText(self.tr("Sin constancia (una carta escaneada o un correo guardado)."))
            self.evidence_label.setEnabled(False)
            self.clear_button.setVisible(False)
            return
        try:
            size, sha256 = file_digest(path)
        except OSError as exc:
            self._say(self.tr("No se pudo leer «%1»: %2").replace("%1", path.name)
                      .replace("%2", exc.strerror or str(exc)))
            return
        self.evidence = path
        self.evidence_label.setEnabled(True)
        self.evidence_label.setText(
            f"<b>{_esc(path.name)}</b> · {_esc(file_size_text(size))}<br>"
            f'<span style="font-family:monospace">sha256 {sha256}</span>')
        self.evidence_label.setToolTip(str(path))
        self.clear_button.setVisible(True)

    # ------------------------------------------------------------------ saving
    def save(self):
        method = self.method.currentData()
        if method is None:
            self._say(self.tr("Elija cómo respondió el peticionario: en persona, carta firmada o correo electrónico."))
            self.method.setFocus()
            return None
        versions = self.displayed_versions()
        db, actor, pid = self.db, self.actor, self.petition_id
        outcome, remarks = self.outcome(), self.remarks.toPlainText()
        d = self.date.date()
        decided_on = date(d.year(), d.month(), d.day())
        evidence = self.evidence

        def work(_progress):
            with db.write() as s:
                return consultations.record_outcome(s, actor, pid, outcome=outcome, decided_on=decided_on,
                                                    method=method, versions=versions, remarks=remarks,
                                                    evidence=evidence)

        self.reload_button.hide()
        return self._submit(work, self.tr("Registrando el visto bueno"))

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if getattr(exc, "code", "") in RELOAD_CODES:
            self.reload_button.show()
            self.reload_button.setFocus()


def evidence_summary(name: str, size: int | None, sha256: str | None, locale: QLocale | None = None) -> str:
    """ "carta.pdf · 245.3 KB · sha256 3fa2…" for lists and tooltips."""
    parts = [name]
    if size is not None:
        parts.append(file_size_text(size, locale))
    if sha256:
        parts.append("sha256 " + sha256[:12] + "…")
    return " · ".join(parts)
