"""The session packet (paquete de la sesión) of a weekly session of the drafting committee.

``write_session_packet(data, out, progress)`` writes, in es-MX (English when
``data.lang == "en"``):

1. a cover: the office, "Sesión del grupo redactor", the date, time and place, the previous
   session, the attendees and the classification; then the agenda;
2. the table of contents (a TOC field Word refreshes on opening);
3. one brief per agenda item, each on its own page: the petition (summary and petitioners'
   NAMES; the input types carry no contact data), its signatures and growth chart, its tier
   history and the meetings held ("audiencia inicial y 2 seguimientos"), the current wording of
   each provision it feeds with the redline against the previous session, and its consultation;
4. an annex: every petition, grouped by tier (highest first), by signatures within a tier.
"""

from __future__ import annotations

from pathlib import Path

from secretariat.progress import NO_PROGRESS, Progress

from . import docx_blocks as B
from . import docx_xml as X
from . import es_mx
from .docx_doc import DossierDoc
from .docx_words import Words
from .dossier_types import AgendaEntry, AnnexRow, PetitionBrief, SessionPacketData

TIER_ORDER = ("audience", "hearing", "review", "watch")


def write_session_packet(data: SessionPacketData, out: str | Path, progress: Progress = NO_PROGRESS) -> Path:
    """Write the packet to ``out`` (atomically); returns the path. Raises ``Cancelled``."""
    progress.step(0, len(data.agenda) + 2)
    words = Words(data.lang)
    doc = DossierDoc(data.frame, words.fmt("packet_name", date=es_mx.long_date(data.held_on, words.lang)))
    _cover(doc, data)
    _agenda(doc, data)
    doc.page_break()
    doc.toc()
    doc.heading(1, doc.words["briefs"], page_break=True)
    if not data.agenda:
        doc.p(doc.words["no_briefs"])
    for i, item in enumerate(data.agenda, 1):
        progress.step(i, len(data.agenda) + 2)
        _brief(doc, data, i, item)
    _annex(doc, data.annex)
    return doc.save(out, progress)


def _cover(doc: DossierDoc, data: SessionPacketData) -> None:
    w, lang = doc.words, doc.lang
    doc.office_line()
    doc.title(w["session_title"])
    when = es_mx.weekday_date(data.held_on, lang)
    if data.starts_at:
        when += f", {es_mx.time_of_day(data.starts_at)} h"
    doc.p(when[0].upper() + when[1:], "subtitle")
    doc.pairs([(w["place"], X.clean(data.place)),
               (w["previous_session"], es_mx.long_date(data.previous_session_on, lang)),
               (w["classification"], X.clean(data.frame.classification))])
    if data.attendees:
        doc.label(w["attendees"])
        for a in data.attendees:
            para = doc.p(style="cover", indent=284, space_after=20)
            X.run(para, " ".join(X.clean(a.name).split()), X.BOLD)
            if a.role:
                X.run(para, f" — {X.clean(a.role)}", X.Fmt(color="595959"))
    if data.note:
        doc.label(w["note"])
        doc.text(data.note)


def _agenda(doc: DossierDoc, data: SessionPacketData) -> None:
    w = doc.words
    doc.heading(1, w["agenda"])
    if not data.agenda:
        doc.p(w["no_agenda"])
        return
    cols = doc.columns([("#", 5, "right"), (w["item"], 68), (w["kind"], 27)])
    tbl = doc.table(cols)
    for i, item in enumerate(data.agenda, 1):
        doc.row(tbl, cols, [str(i), _item_title(item), w.code("agenda", item.kind)])
    doc.after_table()


def _item_title(item: AgendaEntry) -> str:
    if item.title.strip():
        return item.title
    if item.petition is not None:
        return item.petition.title
    if item.wording is not None:
        return f"{item.wording.citation} {item.wording.heading}".strip()
    return "—"


def _brief(doc: DossierDoc, data: SessionPacketData, number: int, item: AgendaEntry) -> None:
    w = doc.words
    doc.heading(2, f"{number}. {' '.join(X.clean(_item_title(item)).split())}", page_break=number > 1)
    doc.note(w.code("agenda", item.kind))
    if item.note:
        doc.text(item.note)
    if item.petition is not None:
        _petition_brief(doc, data, item.petition)
    elif item.wording is not None:
        doc.label(w["brief_wording"])
        B.wording_change(doc, item.wording, data.previous_session_on)
    elif not item.note:
        doc.p(w["item_other"])


def _petition_brief(doc: DossierDoc, data: SessionPacketData, p: PetitionBrief) -> None:
    w, lang = doc.words, doc.lang
    doc.label(w["brief_petition"])
    doc.pairs([(w["petition"], X.clean(p.title)), (w["link"], X.clean(p.url)),
               (w["petitioners"], B.names(p.petitioners)), (w["topic"], X.clean(p.topic)),
               (w["admissibility"], w.code("admissibility", p.admissibility))])
    doc.text(p.summary)

    doc.label(w["brief_signatures"])
    line = doc.p()
    X.run(line, es_mx.number(p.signatures), X.BOLD)
    X.run(line, f" {w['signatures'].lower()}")
    if p.as_of:
        X.run(line, (" al " if lang == "es" else " as of ") + es_mx.long_date(p.as_of, lang))
    if p.growth_7d is not None:
        X.run(line, f" ({es_mx.signed(p.growth_7d)} {'en 7 días' if lang == 'es' else 'in 7 days'})")
    X.run(line, ".")
    B.chart(doc, p.chart_png)

    doc.label(w["brief_tiers"])
    line = doc.p()
    X.run(line, f"{w['tier']}: ", X.BOLD)
    X.run(line, w.code("tier", p.tier) + ". ")
    X.run(line, f"{w['meetings_held']}: ", X.BOLD)
    X.run(line, (B.meetings_phrase(p.meetings, lang) or w["no_meetings"]) + ".")
    B.tier_history(doc, p.tier_history)

    doc.label(w["brief_wording"])
    if not p.wordings and not p.unworded:
        doc.note(w["no_wording"])
    for change in p.wordings:
        B.wording_change(doc, change, data.previous_session_on)
    if p.unworded:
        doc.note(w["unworded"].format(citations=", ".join(X.clean(c) for c in p.unworded)))

    doc.label(w["brief_consultation"])
    X.runs(doc.p(), B.consultation_phrase(doc, p.consultation))
    if p.consultation is not None and p.consultation.remarks:
        doc.text(p.consultation.remarks, "wording")


def _annex(doc: DossierDoc, rows: tuple[AnnexRow, ...]) -> None:
    w = doc.words
    doc.heading(1, w["annex"], page_break=True)
    if not rows:
        doc.p(w["no_annex"])
        return
    by_tier: dict[str, list[AnnexRow]] = {}
    for r in rows:
        by_tier.setdefault(r.tier, []).append(r)
    order = [t for t in TIER_ORDER if t in by_tier] + sorted(t for t in by_tier if t not in TIER_ORDER)
    cols = doc.columns([(w["petition"], 46), (w["petitioners"], 24), (w["signatures"], 12, "right"),
                        (w["admissibility"], 18)])
    for tier in order:
        group = sorted(by_tier[tier], key=lambda r: (-r.signatures, r.title))
        doc.heading(2, f"{w.code('tier', tier)} ({es_mx.number(len(group))})")
        tbl = doc.table(cols)
        for r in group:
            doc.row(tbl, cols, [[(X.clean(r.title), X.PLAIN), ("\n" + X.clean(r.url), X.Fmt(color="595959", size=15))],
                                B.names(r.petitioners), es_mx.number(r.signatures),
                                w.code("admissibility", r.admissibility)])
        doc.after_table()
