"""Pieces the three dossiers share: the redline, a provision's wording, consultation and
meeting phrases, the tier-history table, the petitioners line.

Redline colours follow the window's redline widget: insertions underlined in green, deletions
struck through in red (both also distinguishable in black and white).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from . import docx_xml as X
from . import es_mx
from .docx_doc import DossierDoc
from .dossier_types import ConsultationBrief, MeetingBrief, Segments, TierStep, WordingChange

INSERT = X.Fmt(underline=True, color="1E7B34")
DELETE = X.Fmt(strike=True, color="B3261E")
FLAG = X.Fmt(bold=True, color="B3261E")
_FMT = {"equal": X.PLAIN, "insert": INSERT, "delete": DELETE}


def segment_pairs(segments: Segments) -> list[tuple[str, str]]:
    """``(op, text)`` from ``secretariat.redline.Segment`` objects or plain pairs."""
    return [(s.op, s.text) if hasattr(s, "op") else (s[0], s[1]) for s in segments]


def has_changes(segments: Segments) -> bool:
    return any(op != "equal" and text for op, text in segment_pairs(segments))


def redline(doc: DossierDoc, segments: Segments, style: str = "wording") -> None:
    """The redline as paragraphs: a blank line in any segment starts a new paragraph."""
    para = doc.p(style=style)
    for op, text in segment_pairs(segments):
        fmt = _FMT.get(op, X.PLAIN)
        pieces = X.clean(text).split("\n\n")
        for i, piece in enumerate(pieces):
            if i:
                para = doc.p(style=style)
            if piece:
                X.run(para, piece.strip("\n") if i or len(pieces) > 1 else piece, fmt)


def wording_text(doc: DossierDoc, text: str) -> None:
    doc.text(text, "wording")
    if not X.clean(text).strip():
        doc.p(doc.words["none"], "wording")


def wording_change(doc: DossierDoc, change: WordingChange, previous_on=None) -> None:
    """A provision's current wording with its redline against the earlier wording."""
    w = doc.words
    para = doc.p(style="label")
    X.run(para, X.clean(change.citation))
    if change.heading:
        X.run(para, f" — {X.clean(change.heading)}")
    status = f"{w['version']} {change.version_number} · {w.code('version', change.status)}"
    if change.previous_version is None:
        doc.p(f"{status}. {w['new_wording']}", "small", keep_next=True)
        redline(doc, (("insert", change.text),)) if change.text else wording_text(doc, "")
        return
    if not has_changes(change.redline):
        doc.p(f"{status}. {w['unchanged']}", "small", keep_next=True)
        wording_text(doc, change.text)
        return
    since = w.fmt("since_previous", date=es_mx.long_date(previous_on, doc.lang)) if previous_on else w["no_previous"]
    doc.p(f"{status}. {since} {w['redline_legend']}", "small", keep_next=True)
    redline(doc, change.redline)


def answer_phrase(doc: DossierDoc, outcome: str | None, decided_on, method: str | None, lower: bool = False) -> str:
    """"Aprobó el 8 de julio de 2016 por carta firmada" ("" without an outcome)."""
    if not outcome:
        return ""
    w, lang = doc.words, doc.lang
    text = w.code("outcome", outcome)
    if lower:
        text = text[0].lower() + text[1:]
    if decided_on:
        text += (" el " if lang == "es" else " on ") + es_mx.long_date(decided_on, lang)
    if method:
        text += " " + w.code("method_how", method)
    return text


def consultation_phrase(doc: DossierDoc, c: ConsultationBrief | None) -> list[tuple[str, X.Fmt]]:
    """"Visto bueno — aprobó el 3 de julio de 2016 por carta firmada." as runs."""
    w = doc.words
    if c is None:
        return [(w.code("state", "not_eligible"), X.BOLD)]
    state_fmt = FLAG if c.state in ("stale", "rejected") else X.BOLD
    out: list[tuple[str, X.Fmt]] = [(w.code("state", c.state), state_fmt)]
    detail = answer_phrase(doc, c.outcome, c.decided_on, c.method, lower=True)
    if c.approved_versions:
        listed = "; ".join(f"{X.clean(cit)}, {w['version'].lower()} {n}" for cit, n in c.approved_versions)
        detail += f" ({w['answered'].lower()}: {listed})"
    if detail:
        out.append((f" — {detail.strip()}.", X.PLAIN))
    return out


_MEETING_WORDS = {
    "es": {"hearing": ("audiencia inicial", "{n} audiencias"), "follow_up": ("1 seguimiento", "{n} seguimientos"),
           "mayoral_audience": ("audiencia con el jefe de gobierno", "{n} audiencias con el jefe de gobierno"),
           "other": ("1 reunión más", "{n} reuniones más"), "and": "y"},
    "en": {"hearing": ("initial hearing", "{n} hearings"), "follow_up": ("1 follow-up", "{n} follow-ups"),
           "mayoral_audience": ("audience with the head of government", "{n} audiences with the head of government"),
           "other": ("1 other meeting", "{n} other meetings"), "and": "and"},
}


def meetings_phrase(meetings: Iterable[MeetingBrief], lang: str) -> str:
    """Held meetings in words: "audiencia inicial y 2 seguimientos"; "" when none were held."""
    table = _MEETING_WORDS["en" if lang == "en" else "es"]
    held = Counter(m.kind if m.kind in table else "other" for m in meetings if m.status == "held")
    parts = []
    for kind in ("hearing", "follow_up", "mayoral_audience", "other"):
        n = held.get(kind, 0)
        if n:
            one, many = table[kind]
            parts.append(one if n == 1 else many.format(n=n))
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {table['and']} {parts[-1]}"


def tier_history(doc: DossierDoc, steps: Sequence[TierStep]) -> None:
    w = doc.words
    if not steps:
        doc.note(w["no_crossings"])
        return
    cols = doc.columns([(w["tier"], 31), (w["threshold"], 11, "right"), (w["date"], 24),
                        (w["signatures"], 11, "right"), (w["reverted"], 23)])
    tbl = doc.table(cols)
    for s in steps:
        doc.row(tbl, cols, [w.code("tier", s.tier), es_mx.number(s.threshold),
                            es_mx.long_date(s.crossed_on, doc.lang), es_mx.number(s.signatures),
                            es_mx.long_date(s.reverted_on, doc.lang)])
    doc.after_table()


def names(people: Iterable[str]) -> str:
    return ", ".join(n for n in (" ".join(X.clean(p).split()) for p in people) if n)


def chart(doc: DossierDoc, png: bytes | None, width_cm: float = 14.0) -> None:
    if png:
        doc.image(png, width_cm)
        doc.p(doc.words["chart_caption"], "caption")
    else:
        doc.note(doc.words["chart_missing"])
