"""The tracker's words: es-MX (the default) or English.

Texts are written in Spanish in the code (headers, sheet names, labels) and looked up in ``EN``
for an English workbook. Codes become words through ``Words.code(kind, code)``; the Spanish words
for tiers, admissibility and reasons are the ones every export shares (``words``), the others are
the window's (``ui/labels.py``, ``ui/work_labels.py``, ``ui/views/consultation_labels.py``,
``ui/views/drafting_labels.py``), so a sheet filters by the words people see on screen.
"""

from __future__ import annotations

from . import words

LANGUAGES = ("es", "en")

_ES = {
    "tier": words.TIERS,
    "admissibility": words.ADMISSIBILITY,
    "reason": words.REASONS,
    "duty_kind": {"legal_review": "Revisión jurídica", "hearing": "Audiencia ante el grupo redactor",
                  "follow_up": "Reunión de seguimiento", "mayoral_audience": "Audiencia con el jefe de gobierno"},
    "duty_status": {"open": "Abierto", "scheduled": "Agendado", "done": "Cumplido", "waived": "Dispensado"},
    "bucket": {"on_time": "A tiempo", "due_soon": "Vence pronto", "overdue": "Vencido"},
    "review_outcome": {"viable": "Viable", "needs_reformulation": "Requiere reformulación",
                       "not_viable": "No viable"},
    "waiver": {"manual": "Dispensado", "crossing_reverted": "Cruce revertido",
               "cycle_closed": "Ciclo de seguimiento cerrado"},
    "meeting_kind": {"hearing": "Audiencia", "follow_up": "Seguimiento",
                     "mayoral_audience": "Audiencia con el jefe de gobierno", "other": "Otra reunión"},
    "meeting_status": {"planned": "Planeada", "held": "Celebrada", "cancelled": "Cancelada",
                       "petitioner_absent": "No asistió el peticionario"},
    "provision_kind": {"titulo": "Título", "articulo": "Artículo", "apartado": "Apartado", "numeral": "Numeral"},
    "version_status": {"draft": "Borrador", "proposed": "Propuesta al grupo", "final": "Final"},
    "fate": {"kept": "Se conservó tal como la redactamos", "amended": "La Asamblea la modificó",
             "removed": "La Asamblea la eliminó"},
    "state": {"pending": "Pendiente", "approved": "Aprobada", "rejected": "Rechazada",
              "stale": "Desactualizada"},
    "outcome": {"approved": "Aprueba", "approved_with_remarks": "Aprueba con observaciones",
                "rejected": "Rechaza"},
    "method": {"in_person": "En persona", "signed_letter": "Carta firmada", "email": "Correo electrónico"},
}

_EN_CODES = {
    "tier": {"watch": "Watch", "review": "Legal review", "hearing": "Hearing before the drafting committee",
             "audience": "Audience with the head of government"},
    "admissibility": {"pending": "Pending", "admitted": "Admitted", "inadmissible": "Inadmissible"},
    "reason": {"restricts_rights": "Restricts recognised rights", "duplicate": "Duplicate",
               "outside_matter": "Outside constitutional matter", "other": "Other"},
    "duty_kind": {"legal_review": "Legal review", "hearing": "Hearing before the drafting committee",
                  "follow_up": "Follow-up meeting", "mayoral_audience": "Audience with the head of government"},
    "duty_status": {"open": "Open", "scheduled": "Scheduled", "done": "Done", "waived": "Waived"},
    "bucket": {"on_time": "On time", "due_soon": "Due soon", "overdue": "Overdue"},
    "review_outcome": {"viable": "Viable", "needs_reformulation": "Needs rewording", "not_viable": "Not viable"},
    "waiver": {"manual": "Waived", "crossing_reverted": "Crossing reverted",
               "cycle_closed": "Follow-up cycle closed"},
    "meeting_kind": {"hearing": "Hearing", "follow_up": "Follow-up",
                     "mayoral_audience": "Audience with the head of government", "other": "Other meeting"},
    "meeting_status": {"planned": "Planned", "held": "Held", "cancelled": "Cancelled",
                       "petitioner_absent": "Petitioner did not attend"},
    "provision_kind": {"titulo": "Title", "articulo": "Article", "apartado": "Section", "numeral": "Item"},
    "version_status": {"draft": "Draft", "proposed": "Proposed to the committee", "final": "Final"},
    "fate": {"kept": "Kept as we drafted it", "amended": "Amended by the assembly", "removed": "Removed by the assembly"},
    "state": {"pending": "Pending", "approved": "Approved", "rejected": "Rejected", "stale": "Stale"},
    "outcome": {"approved": "Approves", "approved_with_remarks": "Approves with remarks", "rejected": "Rejects"},
    "method": {"in_person": "In person", "signed_letter": "Signed letter", "email": "Email"},
}

#: Spanish text → English, for every header, sheet name and label the tracker writes.
EN = {
    # sheets
    "Resumen": "Summary", "Peticiones": "Petitions", "Cortes diarios": "Daily counts",
    "Cruces de nivel": "Tier crossings", "Deberes": "Duties", "Reuniones": "Meetings",
    "Disposiciones": "Provisions", "Consultas": "Consultations",
    # headers
    "Enlace": "Link", "Título": "Title", "Peticionarios": "Petitioners", "Tema": "Topic", "Firmas": "Signatures",
    "Crecimiento 7 días": "7-day growth", "Fecha del corte": "Count date", "Nivel": "Tier",
    "Admisibilidad": "Admissibility", "Motivo": "Reason", "Último cruce": "Last crossing", "Fecha": "Date",
    "Umbral": "Threshold", "Revertido el": "Reverted on", "Deber": "Duty", "Estado": "Status",
    "Plazo": "Deadline", "Responsable": "Owner", "Creado el": "Created on", "Vence el": "Due on",
    "Cerrado el": "Closed on", "Días": "Days", "Resultado": "Outcome", "Nota": "Note", "Tipo": "Kind",
    "Inicio": "Starts", "Fin": "Ends", "Lugar": "Place", "Convocados": "Invited", "Asistieron": "Attended",
    "Acuerdos": "Agreements", "Cita": "Citation", "Encabezado": "Heading", "Versión vigente": "Current version",
    "Estado de la redacción": "Wording status", "Guardada el": "Saved on", "Caracteres": "Characters",
    "Destino en la Asamblea": "Assembly's decision", "Decidido el": "Decided on",
    "Estado de la consulta": "Consultation state", "Último resultado": "Latest outcome", "Método": "Method",
    "Observaciones": "Remarks", "Huella de la redacción (SHA-256)": "Wording hash (SHA-256)",
    # summary
    "Seguimiento de peticiones ciudadanas": "Citizen petitions tracker",
    "Peticiones de Change.org para la Constitución Política de la Ciudad de México":
        "Change.org petitions for the Political Constitution of Mexico City",
    "Fecha del corte más reciente": "Latest count date", "Fecha de elaboración": "Prepared on",
    "Firmas (suma de los últimos cortes)": "Signatures (sum of the latest counts)",
    "Cortes diarios de firmas": "Daily signature counts", "Cruces de nivel revertidos": "Reverted tier crossings",
    "Deberes abiertos": "Open duties", "Deberes vencidos": "Overdue duties",
    "Reuniones celebradas": "Meetings held", "Peticiones en consulta": "Petitions under consultation",
    "A partir de (firmas)": "From (signatures)", "Peticiones por nivel": "Petitions per tier",
    "Sin asignar": "Unassigned", "de": "of",
}


class Words:
    """``w("Firmas")`` → the text in the workbook's language; ``w.code("tier", "review")`` → a word."""

    def __init__(self, lang: str = "es") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {LANGUAGES}")
        self.lang = lang
        self._codes = _ES if lang == "es" else _EN_CODES
        self._text = None if lang == "es" else EN

    def __call__(self, text: str) -> str:
        return text if self._text is None else self._text.get(text, text)

    def table(self, kind: str) -> dict[str, str]:
        return self._codes[kind]

    def code(self, kind: str, code: str | None) -> str:
        return words.word(self._codes[kind], code)
