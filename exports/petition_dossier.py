"""The petition dossier (expediente de la petición): everything about one petition, for the file.

``write_petition_dossier(data, out, progress)`` writes, in es-MX (English when
``data.lang == "en"``), one Heading 1 per part: the petition's data and admissibility, its
petitioners (e-mail and phone ONLY when ``data.with_contacts``), the signature history (chart
and table), tier crossings, duties, meetings (minutes, agreements, attachments), the provisions
it feeds with their current wording, the consultation history (stale answers marked) and what
the assembly did with its provisions. Parts with no data say so in one sentence.
"""

from __future__ import annotations

from pathlib import Path

from secretariat.progress import NO_PROGRESS, Progress

from . import docx_blocks as B
from . import docx_xml as X
from . import es_mx
from .assembly_dossier import STALE_FILL, fate
from .docx_doc import DossierDoc
from .docx_words import Words
from .dossier_types import CountPoint, PetitionDossierData

MAX_COUNT_ROWS = 40


def write_petition_dossier(data: PetitionDossierData, out: str | Path, progress: Progress = NO_PROGRESS) -> Path:
    """Write the dossier to ``out`` (atomically); returns the path. Raises ``Cancelled``."""
    parts = (_data, _petitioners, _counts, _crossings, _duties, _meetings, _provisions, _consultation, _fates)
    progress.step(0, len(parts) + 1)
    doc = DossierDoc(data.frame, Words(data.lang)["petition_name"])
    _cover(doc, data)
    for i, part in enumerate(parts, 1):
        progress.step(i, len(parts) + 1)
        part(doc, data)
    return doc.save(out, progress)


def _cover(doc: DossierDoc, d: PetitionDossierData) -> None:
    w, lang = doc.words, doc.lang
    doc.office_line()
    doc.title(doc.name)
    doc.p(" ".join(X.clean(d.title).split()), "subtitle")
    doc.pairs([(w["link"], X.clean(d.url)), (w["petitioners"], B.names(p.name for p in d.petitioners)),
               (w["signatures"], es_mx.number(d.signatures)), (w["tier"], w.code("tier", d.tier)),
               (w["current_state"], w.code("state", d.consultation_state) if d.consultation_state else ""),
               (w["date"], es_mx.long_date(d.frame.generated_on, lang)),
               (w["classification"], X.clean(d.frame.classification))])


def _data(doc: DossierDoc, d: PetitionDossierData) -> None:
    w, lang = doc.words, doc.lang
    doc.heading(1, w["data"])
    growth = f"{es_mx.signed(d.growth_7d)}" if d.growth_7d is not None else ""
    doc.pairs([(w["petition"], X.clean(d.title)), (w["link"], X.clean(d.url)), (w["topic"], X.clean(d.topic)),
               (w["status"], w.code("status", d.status)), (w["signatures"], es_mx.number(d.signatures)),
               (w["as_of"], es_mx.long_date(d.as_of, lang)), (w["growth_7d"], growth),
               (w["tier"], w.code("tier", d.tier)), (w["admissibility"], w.code("admissibility", d.admissibility)),
               (w["reason"], w.code("reason", d.inadmissible_reason)),
               (w["duplicate_of"], X.clean(d.duplicate_of_url or "")),
               (w["admissibility_note"], X.clean(d.admissibility_note))])
    if d.summary.strip():
        doc.label(w["summary"])
        doc.text(d.summary)


def _petitioners(doc: DossierDoc, d: PetitionDossierData) -> None:
    w = doc.words
    doc.heading(1, w["petitioners"])
    if not d.petitioners:
        doc.p(w["none"])
        return
    if not d.with_contacts:
        for p in d.petitioners:
            doc.p(" ".join(X.clean(p.name).split()), indent=284, space_after=20)
        doc.note(w["contacts_hidden"])
        return
    cols = doc.columns([(w["petitioners"], 40), (w["email"], 36), (w["phone"], 24)])
    tbl = doc.table(cols)
    for p in d.petitioners:
        doc.row(tbl, cols, [X.clean(p.name), X.clean(p.email), X.clean(p.phone)])
    doc.after_table()


def thin(counts: tuple[CountPoint, ...], limit: int = MAX_COUNT_ROWS) -> list[CountPoint]:
    """At most about ``limit`` counts, evenly spread, always keeping the first and the last."""
    if len(counts) <= limit:
        return list(counts)
    step = (len(counts) - 1) / (limit - 1)
    picked = sorted({round(i * step) for i in range(limit)})
    return [counts[i] for i in picked]


def _counts(doc: DossierDoc, d: PetitionDossierData) -> None:
    w, lang = doc.words, doc.lang
    doc.heading(1, w["counts"])
    if not d.counts:
        doc.p(w["no_counts"])
        return
    B.chart(doc, d.chart_png)
    shown = thin(d.counts)
    if len(shown) < len(d.counts):
        doc.note(w.fmt("counts_thinned", shown=len(shown), total=es_mx.number(len(d.counts))))
    cols = doc.columns([(w["date"], 40), (w["signatures"], 30, "right"), (w["change"], 30, "right")])
    tbl = doc.table(cols)
    previous = None
    for c in shown:
        change = es_mx.signed(c.signatures - previous) if previous is not None else ""
        doc.row(tbl, cols, [es_mx.long_date(c.counted_on, lang), es_mx.number(c.signatures), change])
        previous = c.signatures
    doc.after_table()


def _crossings(doc: DossierDoc, d: PetitionDossierData) -> None:
    doc.heading(1, doc.words["crossings"])
    B.tier_history(doc, d.crossings)


def _duties(doc: DossierDoc, d: PetitionDossierData) -> None:
    w, lang = doc.words, doc.lang
    doc.heading(1, w["duties"])
    if not d.duties:
        doc.p(w["no_duties"])
        return
    cols = doc.columns([(w["kind"], 19), (w["status"], 11), (w["owner"], 17), (w["due"], 12),
                        (w["closed"], 13), (w["outcome"], 28)])
    tbl = doc.table(cols)
    for t in d.duties:
        outcome = w.code("duty_outcome", t.outcome)
        if t.note:
            outcome = f"{outcome}\n\n{t.note}" if outcome else t.note
        doc.row(tbl, cols, [w.code("duty", t.kind), w.code("duty_status", t.status), X.clean(t.owner),
                            es_mx.short_date(t.due_on, lang), es_mx.short_date(t.closed_on, lang), outcome])
    doc.after_table()


def _meetings(doc: DossierDoc, d: PetitionDossierData) -> None:
    w, lang = doc.words, doc.lang
    doc.heading(1, w["meetings"])
    if not d.meetings:
        doc.p(w["no_meetings_at_all"])
        return
    held = B.meetings_phrase(d.meetings, lang)
    if held:
        doc.p(f"{w['meetings_held']}: {held}.")
    for m in d.meetings:
        doc.heading(2, f"{w.code('meeting', m.kind)} — {es_mx.date_and_time(m.starts_at, lang)}")
        attendees = "; ".join(
            " ".join(X.clean(a.name).split()) + (f" ({w.code('role', a.role)})" if a.role else "")
            + (f" — {w['no'].lower()} {w['attended'].lower()}" if a.attended is False else "")
            for a in m.attendees)
        doc.pairs([(w["status"], w.code("meeting_status", m.status)), (w["place"], X.clean(m.place)),
                   (w["time"], f"{es_mx.time_of_day(m.starts_at)}–{es_mx.time_of_day(m.ends_at)}" if m.ends_at else ""),
                   (w["attendees"], attendees), (w["attachments"], ", ".join(X.clean(a) for a in m.attachments))])
        if m.minutes.strip():
            doc.label(w["minutes"])
            doc.text(m.minutes)
        if m.agreements:
            doc.label(w["agreements"])
            cols = doc.columns([(w["agreement"], 60), (w["owner"], 22), (w["due"], 18)])
            tbl = doc.table(cols)
            for a in m.agreements:
                doc.row(tbl, cols, [a.text, X.clean(a.owner), es_mx.short_date(a.due_on, lang)])
            doc.after_table()


def _provisions(doc: DossierDoc, d: PetitionDossierData) -> None:
    w = doc.words
    doc.heading(1, w["fed"])
    if not d.provisions:
        doc.p(w["no_wording"])
        return
    for p in d.provisions:
        doc.heading(2, f"{' '.join(X.clean(p.citation).split())} — {' '.join(X.clean(p.heading).split())}"
                    if p.heading.strip() else p.citation)
        status = f"{w['version']} {p.version_number} · {w.code('version', p.status)}" if p.version_number else ""
        if status:
            doc.p(status, "small", keep_next=True)
        if p.contribution.strip():
            para = doc.p()
            X.run(para, f"{w['contribution']}: ", X.BOLD)
            X.run(para, p.contribution)
        B.wording_text(doc, p.text)


def _consultation(doc: DossierDoc, d: PetitionDossierData) -> None:
    w, lang = doc.words, doc.lang
    doc.heading(1, w["consultations"])
    if d.consultation_state:
        para = doc.p(keep_next=True)
        X.run(para, f"{w['current_state']}: ", X.BOLD)
        X.run(para, w.code("state", d.consultation_state), B.FLAG if d.consultation_state in ("stale", "rejected")
              else X.BOLD)
    if not d.consultations:
        doc.p(w["no_consultations"])
        return
    cols = doc.columns([(w["date"], 13), (w["outcome"], 24), (w["method"], 14), (w["answered"], 17),
                        (w["recorded_by"], 15), (w["evidence"], 17)])
    tbl = doc.table(cols)
    for c in d.consultations:
        outcome = [(w.code("outcome", c.outcome), X.BOLD)]
        if c.stale:
            outcome.append(("\n" + w["stale_flag"], B.FLAG))
        evidence = X.clean(c.evidence_filename)
        if c.evidence_sha256:
            evidence += f"\nsha256: {c.evidence_sha256[:10]}…"
        doc.row(tbl, cols, [es_mx.short_date(c.decided_on, lang), outcome, w.code("method", c.method),
                            "\n".join(f"{X.clean(cit)}, v{n}" for cit, n in c.versions), X.clean(c.recorded_by),
                            evidence], fill=STALE_FILL if c.stale else None)
    doc.after_table()
    for c in d.consultations:
        if c.remarks.strip():
            para = doc.p(keep_next=True)
            X.run(para, f"{w['remarks']} ({es_mx.long_date(c.decided_on, lang)}): ",
                  B.FLAG if c.outcome == "rejected" else X.BOLD)
            doc.text(c.remarks, "wording")


def _fates(doc: DossierDoc, d: PetitionDossierData) -> None:
    w = doc.words
    doc.heading(1, w["fates"])
    if not d.assembly:
        doc.p(w["no_fates"])
        return
    for citation, f in d.assembly:
        doc.label(X.clean(citation))
        fate(doc, f)
