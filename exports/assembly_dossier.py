"""The dossier for the constituent assembly (expediente para la Asamblea).

``write_assembly_dossier(data, out, progress)`` writes, in es-MX (English when
``data.lang == "en"``):

1. a cover (office, title, date, classification, totals) and the table of contents;
2. per provision, under a heading that nests as the draft does (título → Heading 1, artículo →
   Heading 2, apartado and numeral → Heading 3): the citation and heading, the final wording,
   a table of its originating petitions (petitioners' NAMES, signatures, approval with date and
   method), then each dissent with its remarks, each approval with remarks, and each STALE
   approval flagged in red with the redline from the approved wording to today's; and the
   assembly's decision when it is known;
3. a summary table: provision, petitions, signatures, approval state.

Contact data cannot appear: the input types carry names only.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from secretariat.progress import NO_PROGRESS, Progress

from . import docx_blocks as B
from . import docx_xml as X
from . import es_mx
from .docx_doc import DossierDoc
from .docx_words import Words
from .dossier_types import AssemblyDossierData, AssemblyFate, PetitionApproval, ProvisionEntry

STALE_FILL = "FBE3E1"
_STATE_FMT = {"approved": X.Fmt(bold=True, color="1E7B34"), "rejected": B.FLAG, "stale": B.FLAG,
              "pending": X.Fmt(bold=True, color="8A5A00")}


def write_assembly_dossier(data: AssemblyDossierData, out: str | Path, progress: Progress = NO_PROGRESS) -> Path:
    """Write the dossier to ``out`` (atomically); returns the path. Raises ``Cancelled``."""
    total = len(data.provisions) + 2
    progress.step(0, total)
    words = Words(data.lang)
    doc = DossierDoc(data.frame, X.clean(data.title) or words["assembly_name"])
    _cover(doc, data)
    doc.page_break()
    doc.toc()
    if not data.provisions:
        doc.heading(1, doc.words["provisions"], page_break=True)
        doc.p(doc.words["no_provisions"])
    top = min((p.depth for p in data.provisions), default=0)
    for i, provision in enumerate(data.provisions, 1):
        progress.step(i, total)
        _provision(doc, provision, provision.depth - top + 1, first=i == 1)
    _summary(doc, data.provisions)
    return doc.save(out, progress)


def _cover(doc: DossierDoc, data: AssemblyDossierData) -> None:
    w, lang = doc.words, doc.lang
    doc.office_line()
    doc.title(doc.name)
    doc.p(w["assembly_subtitle"], "subtitle")
    petitions = {p.url: p.signatures for prov in data.provisions for p in prov.petitions}
    doc.pairs([(w["date"], es_mx.long_date(data.frame.generated_on, lang)),
               (w["classification"], X.clean(data.frame.classification)),
               (w["provisions"], es_mx.number(sum(1 for p in data.provisions if p.text.strip()))),
               (w["origin"], es_mx.number(len(petitions))),
               (w["signatures"], es_mx.number(sum(petitions.values())))])


def _heading_text(p: ProvisionEntry) -> str:
    citation, heading = " ".join(X.clean(p.citation).split()), " ".join(X.clean(p.heading).split())
    return f"{citation} — {heading}" if heading else citation


def _provision(doc: DossierDoc, p: ProvisionEntry, level: int, first: bool) -> None:
    w = doc.words
    doc.heading(level, _heading_text(p), page_break=first or level == 1)
    if p.version_number is not None:
        doc.p(f"{w['version']} {p.version_number} · {w.code('version', p.status)}", "small", keep_next=True)
    if p.text.strip():
        B.wording_text(doc, p.text)
    if p.petitions:
        doc.label(w["origin"])
        _petition_table(doc, p)
        for a in p.petitions:
            _approval_detail(doc, a, p)
    elif p.text.strip():
        doc.note(w["no_origin"])
    if p.assembly is not None:
        doc.label(w["assembly_fate"])
        fate(doc, p.assembly)


def _petition_table(doc: DossierDoc, p: ProvisionEntry) -> None:
    w = doc.words
    cols = doc.columns([(w["petition"], 44), (w["signatures"], 13, "right"), (w["approval"], 43)])
    tbl = doc.table(cols)
    for a in p.petitions:
        petition = [(X.clean(a.title), X.BOLD), ("\n" + B.names(a.petitioners), X.PLAIN),
                    ("\n" + X.clean(a.url), X.Fmt(color="595959", size=15))]
        if a.contribution:
            petition.append(("\n" + X.clean(a.contribution), X.Fmt(italic=True, color="404040")))
        doc.row(tbl, cols, [petition, es_mx.number(a.signatures), approval_runs(doc, a)],
                fill=STALE_FILL if a.state == "stale" else None)
    doc.after_table()


def approval_runs(doc: DossierDoc, a: PetitionApproval) -> list[tuple[str, X.Fmt]]:
    """"Visto bueno" / "VISTO BUENO DESACTUALIZADO" … then how and when it was given."""
    w = doc.words
    state = w["stale_flag"] if a.state == "stale" else w["dissent"] if a.state == "rejected" else w.code("state", a.state)
    runs = [(state, _STATE_FMT.get(a.state, X.BOLD))]
    how = B.answer_phrase(doc, a.outcome, a.decided_on, a.method)
    if how and a.approved_version is not None:
        how += f" ({w['version'].lower()} {a.approved_version})"
    if how:
        runs.append(("\n" + how, X.PLAIN))
    return runs


def _approval_detail(doc: DossierDoc, a: PetitionApproval, p: ProvisionEntry) -> None:
    """Dissent and remarks in full; a stale approval flagged with what changed since."""
    w = doc.words
    title = " ".join(X.clean(a.title).split())
    if a.state == "stale":
        para = doc.p(keep_next=True)
        X.run(para, f"{w['stale_flag']}: ", B.FLAG)
        X.run(para, f"{title}. ")
        X.run(para, w.fmt("stale_detail", old=a.approved_version or "?", new=p.version_number or "?"))
        if B.has_changes(a.stale_redline):
            doc.p(w["redline_legend"], "small", keep_next=True)
            B.redline(doc, a.stale_redline)
    if a.remarks.strip():
        heading = w["dissent"] if a.state == "rejected" or a.outcome == "rejected" else w["remarks"]
        para = doc.p(keep_next=True)
        X.run(para, f"{heading} — ", B.FLAG if heading == w["dissent"] else X.BOLD)
        X.run(para, f"{title} ({B.names(a.petitioners)}):")
        doc.text(a.remarks, "wording")


def fate(doc: DossierDoc, f: AssemblyFate) -> None:
    w, lang = doc.words, doc.lang
    para = doc.p()
    X.run(para, w.code("fate", f.fate), X.BOLD)
    if f.decided_on:
        X.run(para, (" el " if lang == "es" else " on ") + es_mx.long_date(f.decided_on, lang))
    X.run(para, ".")
    if f.note:
        doc.text(f.note)
    if f.fate == "amended":
        if B.has_changes(f.redline):
            doc.p(w["redline_legend"], "small", keep_next=True)
            B.redline(doc, f.redline)
        elif f.assembly_text:
            B.wording_text(doc, f.assembly_text)


def _summary(doc: DossierDoc, provisions: tuple[ProvisionEntry, ...]) -> None:
    w = doc.words
    doc.heading(1, w["summary_table"], page_break=True)
    rows = [p for p in provisions if p.text.strip() or p.petitions]
    if not rows:
        doc.p(w["no_provisions"])
        return
    cols = doc.columns([(w["citation"], 38), (w["petitions"], 15, "right"), (w["signatures"], 14, "right"),
                        (w["approval_state"], 33)])
    tbl = doc.table(cols)
    for p in rows:
        state = approval_state(doc.words, p.petitions)
        doc.row(tbl, cols, [_heading_text(p), es_mx.number(len(p.petitions)),
                            es_mx.number(sum(a.signatures for a in p.petitions)), state],
                fill=STALE_FILL if any(a.state == "stale" for a in p.petitions) else None)
    doc.after_table()


_EXTRA = {"es": {"stale": ("1 desactualizado", "{n} desactualizados"), "rejected": ("1 desacuerdo", "{n} desacuerdos"),
                 "pending": ("1 pendiente", "{n} pendientes")},
          "en": {"stale": ("1 stale", "{n} stale"), "rejected": ("1 dissent", "{n} dissents"),
                 "pending": ("1 pending", "{n} pending")}}


def approval_state(w: Words, petitions: tuple[PetitionApproval, ...]) -> str:
    """"Todas con visto bueno" or "2 de 4 con visto bueno; 1 desactualizado; 1 desacuerdo"."""
    if not petitions:
        return w["no_petitions"]
    states = Counter(a.state for a in petitions)
    if states["approved"] == len(petitions):
        return w["all_approved"]
    if len(petitions) == 1:
        return w["dissent"] if petitions[0].state == "rejected" else w.code("state", petitions[0].state)
    parts = [w.fmt("approved_n", n=states["approved"], total=len(petitions))]
    for state, (one, many) in _EXTRA[w.lang].items():
        if states[state]:
            parts.append(one if states[state] == 1 else many.format(n=states[state]))
    return "; ".join(parts)
