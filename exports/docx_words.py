"""The words the Word dossiers print: codes and fixed labels, in es-MX and English.

The Spanish words are the window's (``ui/labels.py``, ``ui/work_labels.py``); the exports cannot
use Qt's translation, so they keep this table. Tiers, admissibility, duties and meetings come
from the tracker's table (``tracker_words``); the dossiers' own tables word answers as sentences
("Aprobó el …", "por carta firmada"). ``Words(lang)`` is what a writer holds:
``w.code("tier", "hearing")`` → "Audiencia ante el grupo redactor", ``w["agenda"]`` → "Orden del
día". An unknown code is printed as it is, never dropped.
"""

from __future__ import annotations

from . import tracker_words

#: Code tables the tracker already words the same way (dossier name → tracker name).
_SHARED = {"tier": "tier", "admissibility": "admissibility", "reason": "reason", "meeting": "meeting_kind",
           "meeting_status": "meeting_status", "duty": "duty_kind", "duty_status": "duty_status",
           "duty_outcome": "review_outcome"}


def _shared(lang: str) -> dict[str, dict[str, str]]:
    words = tracker_words.Words(lang)
    return {ours: dict(words.table(theirs)) for ours, theirs in _SHARED.items()}


CODES: dict[str, dict[str, dict[str, str]]] = {
    "es": {
        **_shared("es"),
        "version": {"draft": "Borrador", "proposed": "Propuesta al grupo redactor",
                    "final": "Final para la Asamblea"},
        "state": {"pending": "Consulta pendiente", "approved": "Visto bueno",
                  "rejected": "Rechazada", "stale": "Visto bueno desactualizado",
                  "not_eligible": "Sin consulta"},
        "outcome": {"approved": "Aprobó", "approved_with_remarks": "Aprobó con observaciones",
                    "rejected": "Rechazó"},
        "method": {"in_person": "en persona", "signed_letter": "carta firmada", "email": "correo electrónico"},
        "method_how": {"in_person": "en persona", "signed_letter": "por carta firmada",
                       "email": "por correo electrónico"},
        "fate": {"kept": "Aprobada como se redactó", "amended": "Modificada por la Asamblea",
                 "removed": "Suprimida por la Asamblea"},
        "agenda": {"petition_hearing": "Petición por escuchar", "wording_review": "Redacción por revisar",
                   "approval": "Visto bueno obtenido", "crossing": "Nuevo cruce de nivel",
                   "other": "Asuntos generales"},
        "role": {"committee": "Grupo redactor", "adviser": "Asesor jurídico", "petitioner": "Peticionario",
                 "guest": "Invitado", "other": "Otro"},
        "status": {"active": "Activa", "closed": "Cerrada", "withdrawn": "Retirada"},
    },
    "en": {
        **_shared("en"),
        "version": {"draft": "Draft", "proposed": "Proposed to the committee", "final": "Final for the assembly"},
        "state": {"pending": "Consultation pending", "approved": "Approved", "rejected": "Rejected",
                  "stale": "Stale approval", "not_eligible": "No consultation"},
        "outcome": {"approved": "Approved", "approved_with_remarks": "Approved with remarks",
                    "rejected": "Rejected"},
        "method": {"in_person": "in person", "signed_letter": "signed letter", "email": "email"},
        "method_how": {"in_person": "in person", "signed_letter": "by signed letter", "email": "by email"},
        "fate": {"kept": "Kept as drafted", "amended": "Amended by the assembly", "removed": "Removed by the assembly"},
        "agenda": {"petition_hearing": "Petition to hear", "wording_review": "Wording to review",
                   "approval": "Approval obtained", "crossing": "New tier crossing", "other": "Other business"},
        "role": {"committee": "Drafting committee", "adviser": "Legal adviser", "petitioner": "Petitioner",
                 "guest": "Guest", "other": "Other"},
        "status": {"active": "Active", "closed": "Closed", "withdrawn": "Withdrawn"},
    },
}

LABELS: dict[str, dict[str, str]] = {
    "es": {
        # shared
        "page": "Página", "of": "de", "none": "—", "contents": "Índice",
        "petition": "Petición", "petitioners": "Peticionarios", "signatures": "Firmas", "tier": "Nivel",
        "admissibility": "Admisibilidad", "topic": "Tema", "link": "Enlace", "as_of": "Corte al",
        "growth_7d": "Crecimiento en 7 días", "summary": "Resumen", "date": "Fecha", "threshold": "Umbral",
        "reverted": "Revertido el", "kind": "Tipo", "status": "Estado", "place": "Lugar", "time": "Hora",
        "citation": "Disposición", "heading": "Epígrafe", "version": "Versión", "wording": "Redacción",
        "method": "Medio", "remarks": "Observaciones", "petitions": "Peticiones", "approval": "Visto bueno",
        "redline_legend": "Inserciones subrayadas; supresiones tachadas.",
        "chart_missing": "No hay gráfica de crecimiento disponible.",
        "chart_caption": "Crecimiento de las firmas",
        # packet
        "packet_name": "Paquete de la sesión del {date}", "item": "Asunto", "session_title": "Sesión del grupo redactor",
        "attendees": "Asistentes", "classification": "Clasificación", "agenda": "Orden del día",
        "no_agenda": "El orden del día de esta sesión todavía no tiene asuntos.",
        "briefs": "Fichas de los asuntos", "no_briefs": "No hay fichas: el orden del día no tiene asuntos.",
        "brief_petition": "La petición", "brief_signatures": "Firmas y crecimiento",
        "brief_tiers": "Nivel y reuniones", "brief_wording": "Redacción vigente",
        "brief_consultation": "Consulta a los peticionarios", "tier_history": "Historial de niveles",
        "meetings_held": "Reuniones celebradas", "no_meetings": "ninguna reunión celebrada",
        "no_crossings": "La petición no ha cruzado ningún umbral.",
        "no_wording": "La petición todavía no alimenta ninguna disposición.",
        "unworded": "Todavía sin redacción: {citations}.",
        "since_previous": "Cambios desde la sesión del {date}.", "no_previous": "Cambios desde la versión anterior.",
        "new_wording": "Redacción nueva: no existía en la sesión anterior.",
        "unchanged": "Sin cambios desde la sesión anterior.",
        "annex": "Anexo. Peticiones por nivel", "no_annex": "Todavía no hay peticiones en el expediente.",
        "previous_session": "Sesión anterior", "note": "Nota",
        "item_other": "Asunto sin ficha: se tratará en la sesión.",
        # assembly
        "assembly_name": "Expediente para la Asamblea Constituyente",
        "assembly_subtitle": "Redacción final, origen ciudadano y visto bueno de los peticionarios",
        "provisions": "Disposiciones", "no_provisions": "Todavía no hay disposiciones redactadas.",
        "origin": "Peticiones de origen", "no_origin": "Ninguna petición alimenta esta disposición.",
        "summary_table": "Cuadro resumen", "approval_state": "Estado del visto bueno",
        "dissent": "Desacuerdo", "stale_flag": "VISTO BUENO DESACTUALIZADO",
        "stale_detail": "Aprobó la versión {old}; la redacción cambió después (versión vigente: {new}). "
                        "Debe consultarse de nuevo.",
        "assembly_fate": "Lo que resolvió la Asamblea", "contribution": "Aportación",
        "approved_n": "{n} de {total} con visto bueno", "all_approved": "Todas con visto bueno",
        "no_petitions": "Sin peticiones",
        # petition dossier
        "petition_name": "Expediente de la petición", "data": "Datos de la petición",
        "contacts_hidden": "Los datos de contacto no se incluyen en esta copia.",
        "email": "Correo", "phone": "Teléfono", "counts": "Historial de firmas", "no_counts": "Sin cortes de firmas.",
        "crossings": "Cruces de nivel", "duties": "Deberes", "no_duties": "Sin deberes.",
        "owner": "Responsable", "due": "Vence", "closed": "Cerrado el", "outcome": "Resultado",
        "meetings": "Reuniones", "no_meetings_at_all": "Sin reuniones.", "minutes": "Minuta",
        "agreements": "Acuerdos", "attachments": "Adjuntos", "fed": "Disposiciones que alimenta",
        "consultations": "Historial de la consulta", "no_consultations": "Sin respuestas registradas.",
        "recorded_by": "Registró", "evidence": "Evidencia", "answered": "Versiones respondidas",
        "fates": "Destino en la Asamblea", "no_fates": "La Asamblea todavía no ha resuelto.",
        "reason": "Motivo", "duplicate_of": "Duplicada de", "admissibility_note": "Nota",
        "current_state": "Estado actual", "change": "Cambio", "agreement": "Acuerdo",
        "counts_thinned": "Se muestran {shown} de {total} cortes, repartidos en el periodo; la gráfica los incluye todos.", "attended": "Asistió", "yes": "Sí", "no": "No",
    },
    "en": {
        "page": "Page", "of": "of", "none": "—", "contents": "Contents",
        "petition": "Petition", "petitioners": "Petitioners", "signatures": "Signatures", "tier": "Tier",
        "admissibility": "Admissibility", "topic": "Topic", "link": "Link", "as_of": "Count of",
        "growth_7d": "7-day growth", "summary": "Summary", "date": "Date", "threshold": "Threshold",
        "reverted": "Reverted on", "kind": "Kind", "status": "Status", "place": "Place", "time": "Time",
        "citation": "Provision", "heading": "Heading", "version": "Version", "wording": "Wording",
        "method": "Method", "remarks": "Remarks", "petitions": "Petitions", "approval": "Approval",
        "redline_legend": "Insertions underlined; deletions struck through.",
        "chart_missing": "No growth chart available.", "chart_caption": "Signature growth",
        "packet_name": "Session packet of {date}", "item": "Item", "session_title": "Drafting committee session",
        "attendees": "Attendees", "classification": "Classification", "agenda": "Agenda",
        "no_agenda": "This session's agenda has no items yet.",
        "briefs": "Briefs", "no_briefs": "No briefs: the agenda has no items.",
        "brief_petition": "The petition", "brief_signatures": "Signatures and growth",
        "brief_tiers": "Tier and meetings", "brief_wording": "Current wording",
        "brief_consultation": "Petitioners' consultation", "tier_history": "Tier history",
        "meetings_held": "Meetings held", "no_meetings": "no meetings held",
        "no_crossings": "The petition has not crossed any threshold.",
        "no_wording": "The petition does not feed any provision yet.",
        "unworded": "No wording yet: {citations}.",
        "since_previous": "Changes since the session of {date}.", "no_previous": "Changes since the previous version.",
        "new_wording": "New wording: it did not exist at the previous session.",
        "unchanged": "No change since the previous session.",
        "annex": "Annex. Petitions by tier", "no_annex": "There are no petitions in the case file yet.",
        "previous_session": "Previous session", "note": "Note",
        "item_other": "Item without a brief: to be discussed at the session.",
        "assembly_name": "Dossier for the Constituent Assembly",
        "assembly_subtitle": "Final wording, citizen origin and petitioners' approval",
        "provisions": "Provisions", "no_provisions": "No provisions have been drafted yet.",
        "origin": "Originating petitions", "no_origin": "No petition feeds this provision.",
        "summary_table": "Summary table", "approval_state": "Approval state",
        "dissent": "Dissent", "stale_flag": "STALE APPROVAL",
        "stale_detail": "Approved version {old}; the wording changed afterwards (current version: {new}). "
                        "It must be consulted again.",
        "assembly_fate": "What the assembly decided", "contribution": "Contribution",
        "approved_n": "{n} of {total} approved", "all_approved": "All approved", "no_petitions": "No petitions",
        "petition_name": "Petition dossier", "data": "Petition data",
        "contacts_hidden": "Contact details are not included in this copy.",
        "email": "Email", "phone": "Phone", "counts": "Signature history", "no_counts": "No signature counts.",
        "crossings": "Tier crossings", "duties": "Duties", "no_duties": "No duties.",
        "owner": "Owner", "due": "Due", "closed": "Closed on", "outcome": "Outcome",
        "meetings": "Meetings", "no_meetings_at_all": "No meetings.", "minutes": "Minutes",
        "agreements": "Agreements", "attachments": "Attachments", "fed": "Provisions it feeds",
        "consultations": "Consultation history", "no_consultations": "No answers recorded.",
        "recorded_by": "Recorded by", "evidence": "Evidence", "answered": "Versions answered",
        "fates": "Fate in the assembly", "no_fates": "The assembly has not decided yet.",
        "reason": "Reason", "duplicate_of": "Duplicate of", "admissibility_note": "Note",
        "current_state": "Current state", "change": "Change", "agreement": "Agreement",
        "counts_thinned": "{shown} of {total} counts shown, spread over the period; the chart includes them all.", "attended": "Attended", "yes": "Yes", "no": "No",
    },
}


class Words:
    """Labels and code words in one language ("es" by default; "en" for English)."""

    def __init__(self, lang: str = "es") -> None:
        self.lang = "en" if lang == "en" else "es"
        self._labels = LABELS[self.lang]
        self._codes = CODES[self.lang]

    def __getitem__(self, key: str) -> str:
        return self._labels[key]

    def fmt(self, key: str, **params: object) -> str:
        return self._labels[key].format(**params)

    def code(self, table: str, code: str | None) -> str:
        if code is None:
            return ""
        return self._codes[table].get(code, code)
