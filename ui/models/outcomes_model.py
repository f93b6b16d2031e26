"""A petition's consultation outcomes as a table model: date, answer, method, who recorded it, the
wording it answered, the evidence, and whether it still holds.

The rows come with the petition's ``ConsultationDetail`` (a handful per petition), newest first.
The newest outcome that is not stale is "Vigente"; a stale one says "Desactualizada" (its wording
changed since) and stays on record; an older one is "Sustituida" by a later answer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from secretariat.services.consultations import OutcomeRow
from ui.models.consultations_model import Column, ColumnTableModel
from ui.models.row_sync import sync_rows
from ui.models.worklist_model import fmt_day
from ui.views.consultation_labels import STATE_COLORS, consult_outcome_label, method_label

COLUMNS: tuple[Column, ...] = (
    Column("decided_on", QT_TRANSLATE_NOOP("Outcomes", "Fecha"), 90),
    Column("validity", QT_TRANSLATE_NOOP("Outcomes", "Vigencia"), 115),
    Column("outcome", QT_TRANSLATE_NOOP("Outcomes", "Respuesta"), 175),
    Column("method", QT_TRANSLATE_NOOP("Outcomes", "Método"), 125),
    Column("evidence", QT_TRANSLATE_NOOP("Outcomes", "Constancia"), 170),
    Column("wording", QT_TRANSLATE_NOOP("Outcomes", "Redacción consultada"), 190),
    Column("recorded_by", QT_TRANSLATE_NOOP("Outcomes", "Registró"), 100),
)
COLUMN_INDEX = {c.key: i for i, c in enumerate(COLUMNS)}

VALIDITY_LABELS = {
    "current": QT_TRANSLATE_NOOP("Outcomes", "Vigente"),
    "stale": QT_TRANSLATE_NOOP("Outcomes", "Desactualizada"),
    "superseded": QT_TRANSLATE_NOOP("Outcomes", "Sustituida"),
}


def wording_summary(outcome: OutcomeRow) -> str:
    """ "Art. 16, A, 3 v4 · Art. 9, B v2" — each provision and the version number answered."""
    return " · ".join(f"{i.citation} v{i.number}" for i in outcome.items)


class OutcomesModel(ColumnTableModel):
    ValidityRole = Qt.ItemDataRole.UserRole + 3

    COLUMNS = COLUMNS
    CONTEXT = "Outcomes"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._current_id: int | None = None

    # ------------------------------------------------------------------ public API
    def set_outcomes(self, outcomes) -> None:
        """Show ``outcomes`` newest first (precise signals: the selection survives a re-read)."""
        fresh = sorted(outcomes, key=lambda o: (o.recorded_at, o.id), reverse=True)
        latest = fresh[0] if fresh else None
        current = latest.id if latest is not None and not latest.stale else None
        if current != self._current_id and self._rows:
            self._current_id = current
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))
        self._current_id = current
        sync_rows(self, self._rows, fresh, lambda o: o.id, len(COLUMNS))

    def outcome(self, row: int) -> OutcomeRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, outcome_id: int) -> int:
        return next((i for i, o in enumerate(self._rows) if o.id == outcome_id), -1)

    def validity(self, o: OutcomeRow) -> str:
        if o.stale:
            return "stale"
        return "current" if o.id == self._current_id else "superseded"

    # ------------------------------------------------------------------ display
    def _display(self, o: OutcomeRow, key: str) -> str:
        if key == "decided_on":
            return fmt_day(o.decided_on)
        if key == "outcome":
            return consult_outcome_label(o.outcome)
        if key == "method":
            return method_label(o.method)
        if key == "wording":
            return wording_summary(o)
        if key == "evidence":
            return o.evidence_filename or QCoreApplication.translate("Outcomes", "sin constancia")
        if key == "recorded_by":
            return o.recorded_by or ""
        return QCoreApplication.translate("Outcomes", VALIDITY_LABELS[self.validity(o)])

    def _tooltip(self, o: OutcomeRow, key: str) -> str | None:
        if key == "outcome" and o.remarks:
            return o.remarks
        if key == "evidence" and o.evidence_sha256:
            return "sha256 " + o.evidence_sha256
        if key == "wording":
            return "sha256 " + o.wording_sha256
        if key == "validity" and o.stale:
            changed = [i.citation for i in o.items if i.changed]
            return (QCoreApplication.translate("Outcomes", "Cambió la redacción de: %1")
                    .replace("%1", ", ".join(changed)))
        return None

    # ------------------------------------------------------------------ the other roles
    def _id(self, o: OutcomeRow) -> int:
        return o.id

    def _styled(self, o: OutcomeRow, key: str, role: int):
        if role == self.ValidityRole:
            return self.validity(o)
        validity = self.validity(o)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "validity" and validity == "stale":
                return STATE_COLORS["stale"][1]
            if key == "validity" and validity == "current":
                return STATE_COLORS["approved" if o.outcome != "rejected" else "rejected"][1]
            if validity == "superseded" or (key == "evidence" and not o.evidence_filename):
                return QColor("#8a8f98")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and key == "validity" and validity == "stale":
            return STATE_COLORS["stale"][0]
        if role == Qt.ItemDataRole.FontRole and key == "validity" and validity == "stale":
            font = QFont()
            font.setBold(True)
            return font
        return None


__all__ = ["COLUMNS", "COLUMN_INDEX", "OutcomesModel", "wording_summary"]
