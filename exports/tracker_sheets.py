"""The tracker's table sheets: their columns (headers in the workbook's language, widths, kinds,
colours) and the plain values of their rows.

Each sheet is one ``TableSheet`` (see ``xlsx_tables``); a sheet with no rows is still written,
with its header and an empty table, so every tracker has the same sheets in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .tracker_words import Words
from .xlsx_tables import Column, TableSheet

#: Per tier: fill and text colour of its cells (light tints of the window's tier colours), and
#: the colour of its bar in the chart (the window's tier colour).
TIER_COLOURS = {
    "watch": ("EEEFF1", "4B5058", "8A8F98"),
    "review": ("DCE8F6", "1F4E85", "2F6DB5"),
    "hearing": ("FBE8CC", "7A4A06", "C07A12"),
    "audience": ("F6D5D2", "8C1D17", "B3261E"),
}
#: The window's state colours (``ui/work_labels.py``, ``ui/views/consultation_labels.py``).
_GREEN, _AMBER, _ORANGE, _RED = ("DCEFDC", "1E6B2E"), ("FDECC8", "8A5A00"), ("FDE0CC", "B04A00"), ("F9D6D5", "A4161A")
_GREY, _BLUE = ("EEEFF1", "4B5058"), ("DCE8F6", "1F4E85")
#: The deadline of an open duty, as the window's worklist colours it.
BUCKET_COLOURS = {"on_time": _GREEN, "due_soon": _AMBER, "overdue": _RED}
STATE_COLOURS = {"approved": _GREEN, "pending": _AMBER, "stale": _ORANGE, "rejected": _RED}
VERSION_COLOURS = {"draft": _GREY, "proposed": _BLUE, "final": _GREEN}


def rules(w: Words, kind: str, palette: dict) -> tuple[tuple[str, str, str], ...]:
    """Conditional colour rules (cell text, fill, font) for the words of ``kind``'s codes."""
    return tuple((w.code(kind, code), colours[0], colours[1]) for code, colours in palette.items())


def _columns(w: Words, *specs: tuple) -> tuple[Column, ...]:
    """``(header, width[, kind[, colours]])`` specs, headers in Spanish, as columns in ``w``'s language."""
    return tuple(Column(w(s[0]), *s[1:]) for s in specs)


def table_sheets(w: Words, data) -> list[TableSheet]:
    """Every table sheet of the tracker, in workbook order, over ``data``'s row iterators."""
    tiers = rules(w, "tier", TIER_COLOURS)
    return [
        TableSheet(w("Peticiones"), "TablaPeticiones", _columns(
            w, ("Enlace", 40, "link"), ("Título", 50), ("Peticionarios", 30), ("Tema", 20),
            ("Firmas", 10, "int"), ("Crecimiento 7 días", 12, "signed"), ("Fecha del corte", 11, "date"),
            ("Nivel", 31, "text", tiers), ("Admisibilidad", 14), ("Motivo", 36), ("Último cruce", 11, "date")),
            _petitions(w, data.petitions)),
        # Count rows are (url, date, signatures) already: millions of rows need no reshaping.
        TableSheet(w("Cortes diarios"), "TablaCortes", _columns(
            w, ("Enlace", 60), ("Fecha", 12, "date"), ("Firmas", 12, "int")), data.counts),
        TableSheet(w("Cruces de nivel"), "TablaCruces", _columns(
            w, ("Enlace", 60, "link"), ("Nivel", 31, "text", tiers), ("Umbral", 10, "int"), ("Fecha", 12, "date"),
            ("Firmas", 10, "int"), ("Revertido el", 12, "date")), _crossings(w, data.crossings)),
        TableSheet(w("Deberes"), "TablaDeberes", _columns(
            w, ("Enlace", 40, "link"), ("Título", 50), ("Deber", 31), ("Estado", 12),
            ("Plazo", 13, "text", rules(w, "bucket", BUCKET_COLOURS)), ("Responsable", 24),
            ("Creado el", 11, "date"), ("Vence el", 11, "date"), ("Cerrado el", 11, "date"), ("Días", 8, "int"),
            ("Resultado", 22), ("Nota", 40)), _duties(w, data.duties)),
        TableSheet(w("Reuniones"), "TablaReuniones", _columns(
            w, ("Fecha", 11, "date"), ("Inicio", 8, "time"), ("Fin", 8, "time"), ("Tipo", 22), ("Estado", 16),
            ("Enlace", 40, "link"), ("Título", 50), ("Lugar", 30), ("Convocados", 11, "int"),
            ("Asistieron", 11, "int"), ("Acuerdos", 10, "int")), _meetings(w, data.meetings)),
        TableSheet(w("Disposiciones"), "TablaDisposiciones", _columns(
            w, ("Cita", 16), ("Encabezado", 40), ("Tipo", 11), ("Versión vigente", 10, "int"),
            ("Estado de la redacción", 24, "text", rules(w, "version_status", VERSION_COLOURS)),
            ("Guardada el", 11, "date"), ("Caracteres", 11, "int"), ("Peticiones", 11, "int"),
            ("Firmas", 12, "int"), ("Destino en la Asamblea", 28), ("Decidido el", 11, "date")),
            _provisions(w, data.provisions)),
        TableSheet(w("Consultas"), "TablaConsultas", _columns(
            w, ("Enlace", 40, "link"), ("Título", 50), ("Nivel", 31, "text", tiers), ("Disposiciones", 24),
            ("Estado de la consulta", 16, "text", rules(w, "state", STATE_COLOURS)), ("Último resultado", 24),
            ("Decidido el", 11, "date"), ("Método", 18), ("Observaciones", 40),
            ("Huella de la redacción (SHA-256)", 30)), _consultations(w, data.consultations)),
    ]


def motive(w: Words, p) -> str:
    """Why a petition is inadmissible: the reason, the petition it duplicates, the note."""
    if not p.reason:
        return p.note or ""
    text = w.code("reason", p.reason)
    if p.duplicate_of:
        text += f" ({w('de')} {p.duplicate_of})"
    return f"{text}: {p.note}" if p.note else text


def _petitions(w: Words, rows: Iterable) -> Iterator[tuple]:
    tier, adm = w.table("tier"), w.table("admissibility")
    for p in rows:
        yield (p.url, p.title, p.petitioners, p.topic, p.signatures, p.growth_7d, p.as_of,
               tier.get(p.tier, p.tier), adm.get(p.admissibility, p.admissibility), motive(w, p),
               p.last_crossing_on)


def _crossings(w: Words, rows: Iterable) -> Iterator[tuple]:
    tier = w.table("tier")
    for c in rows:
        yield (c.url, tier.get(c.tier, c.tier), c.threshold, c.crossed_on, c.signatures, c.reverted_on)


def _duties(w: Words, rows: Iterable) -> Iterator[tuple]:
    unassigned = w("Sin asignar")
    for d in rows:
        result = w.code("review_outcome", d.outcome) if d.outcome else w.code("waiver", d.waived_code)
        yield (d.url, d.title, w.code("duty_kind", d.kind), w.code("duty_status", d.status),
               w.code("bucket", d.bucket), d.owner or unassigned, d.created_on, d.due_on, d.closed_on,
               d.age_days, result, d.note)


def _meetings(w: Words, rows: Iterable) -> Iterator[tuple]:
    for m in rows:
        yield (m.starts_at.date(), m.starts_at.time(), m.ends_at.time(), w.code("meeting_kind", m.kind),
               w.code("meeting_status", m.status), m.url, m.title, m.place, m.invited, m.attended, m.agreements)


def _provisions(w: Words, rows: Iterable) -> Iterator[tuple]:
    for p in rows:
        yield (p.citation, p.heading, w.code("provision_kind", p.kind), p.version,
               w.code("version_status", p.status), p.saved_on, p.chars, p.petitions, p.signatures,
               w.code("fate", p.fate), p.fate_on)


def _consultations(w: Words, rows: Iterable) -> Iterator[tuple]:
    for c in rows:
        yield (c.url, c.title, w.code("tier", c.tier), c.provisions, w.code("state", c.state),
               w.code("outcome", c.outcome), c.decided_on, w.code("method", c.method), c.remarks,
               c.wording_sha256)
