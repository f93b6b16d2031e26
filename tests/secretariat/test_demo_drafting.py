"""The demo case's drafting: a provision tree with several wordings each, petitions feeding it,
consultations in every state (one stale, one rejected with remarks, victories), the assembly's
outcomes of each fate, and weekly committee sessions with proposed agendas."""

from __future__ import annotations

import email
import re
import shutil
import subprocess
from collections import Counter
from datetime import date
from email.policy import default as default_policy

from sqlalchemy import select

from secretariat.models import AuditEntry
from secretariat.services import assembly, audit, consultations, provisions, rosters, sessions, wording
from secretariat.services import demo_drafting_evidence as evidence
from secretariat.services import demo_drafting_words as W
from secretariat.services.demo import load_demo

TODAY = date(2016, 9, 15)


def test_the_demo_drafts_consults_and_decides(db, counsel):
    with db.write() as s:
        summary = load_demo(s, counsel, today=TODAY)
    with db.read() as s:
        tree = provisions.provision_tree(s, counsel)
        history = {r.id: wording.versions(s, counsel, r.id) for r in tree}
        counts = consultations.consultation_counts(s, counsel)
        rows = consultations.list_consultations(s, counsel)
        details = {r.petition_id: consultations.consultation_detail(s, counsel, r.petition_id) for r in rows}
        wins = consultations.victories(s, counsel)
        stale_row = next(r for r in rows if r.state == "stale")
        stale_outcome = details[stale_row.petition_id].history[0]
        changed = next(i for i in stale_outcome.items if i.changed)
        late = consultations.approved_redline(s, counsel, stale_outcome.id, changed.provision_id)
        with_evidence = [o for d in details.values() for o in d.history if o.evidence_sha256]
        files = [consultations.evidence_bytes(s, counsel, o.id) for o in with_evidence]
        decided = assembly.assembly_outcomes(s, counsel)
        removed = next(a for a in decided if a.fate == "removed")
        fed_removed = provisions.provision_petitions(s, counsel, removed.provision_id)
        fates_seen = [assembly.petition_fates(s, counsel, link.petition_id) for link in fed_removed]
        links = [link for r in tree for link in provisions.provision_petitions(s, counsel, r.id)]
        ok = audit.verify(s, counsel).ok
        actions = Counter(s.scalars(select(AuditEntry.action)))

    # the tree: about 20 provisions, títulos → artículos → apartados → numerales
    assert len(tree) == summary.provisions == len(W.PROVISIONS) and 18 <= len(tree) <= 24
    assert {r.kind for r in tree} == {"titulo", "articulo", "apartado", "numeral"}
    assert max(r.depth for r in tree) == 3
    assert tree[0].citation == "Título Segundo" and any(r.citation == "Art. 9, F, 1" for r in tree)
    # several wordings each; the draft has final, proposed and redrafted provisions
    worded = [r for r in tree if r.current_number]
    assert len(worded) >= 18 and all(len(history[r.id]) >= 2 for r in worded)
    assert sum(len(v) for v in history.values()) == summary.versions >= 50
    assert {r.current_status for r in worded} == {"final", "proposed", "draft"}
    assert any({v.status for v in history[r.id]} == {"draft", "proposed", "final"} for r in worded)
    assert any(r.current_status == "draft" and "proposed" in {v.status for v in history[r.id]} for r in worded)
    # petitions feed it, with what they contributed
    assert len(links) >= 15 and all(link.contribution for link in links)
    assert {link.tier for link in links} >= {"hearing", "audience", "review"}

    # consultations: most approved on today's wording, one stale, one rejection, a couple pending
    assert counts["stale"] == 1 and counts["rejected"] == 1
    assert counts["pending"] >= 2 and counts["approved"] >= 8
    assert summary.consultations == sum(len(d.history) for d in details.values())
    rejected = next(r for r in rows if r.state == "rejected")
    assert details[rejected.petition_id].history[0].remarks.startswith("La persona peticionaria no acepta")
    assert stale_outcome.outcome == "approved" and stale_outcome.stale
    inserted = "".join(seg.text for seg in late if seg.op == "insert")
    assert W.LATE_SENTENCE in inserted and not any(seg.op == "delete" for seg in late)
    requested = [r for r in rows if r.requested]
    assert len(requested) == 1 and requested[0].tier == "review" and requested[0].state == "approved"
    approved = [r for r in rows if r.state == "approved"]
    assert {r.method for r in approved} == {"in_person", "signed_letter", "email"}
    assert any(r.outcome == "approved_with_remarks" for r in approved)
    # victories: approved on the current wording of a final provision
    assert len(wins) >= 8 and all(r.state == "approved" for r in wins)
    final = {r.citation for r in tree if r.current_status == "final"}
    assert all(set(r.provisions) & final for r in wins)
    # evidence is stored with its hash and opens as what it claims to be
    kinds = Counter(name.rsplit(".", 1)[1] for name, _ in files)
    assert set(kinds) == {"pdf", "eml", "txt"} and len(files) >= 8
    for name, data in files:
        if name.endswith(".pdf"):
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
        elif name.endswith(".eml"):
            assert email.message_from_bytes(data, policy=default_policy)["To"].addresses[0].domain == "example.org"

    # the assembly: kept, amended with its own text, removed
    assert {a.fate for a in decided} == {"kept", "amended", "removed"}
    assert Counter(a.fate for a in decided)["kept"] >= 3
    amended = next(a for a in decided if a.fate == "amended")
    assert amended.assembly_text and {seg.op for seg in amended.segments} >= {"delete", "equal"}
    assert all(a.sent_number for a in decided)
    assert fed_removed and all(any(f.fate == "removed" for f in fates) for fates in fates_seen)

    assert ok and actions["load_demo"] == 1
    assert actions["save_wording"] == summary.versions and actions["finalize_wording"] >= 15
    assert actions["propose_wording"] >= 10 and actions["record_fate"] == len(decided)
    assert actions["record_outcome"] == summary.consultations and actions["request_consultation"] == 1
    assert actions["link_petition"] == len(links)


def test_the_committee_meets_weekly_with_agendas_proposed(db, counsel):
    with db.write() as s:
        summary = load_demo(s, counsel, today=TODAY)
    with db.read() as s:
        held = sorted(sessions.list_sessions(s, counsel), key=lambda r: r.held_on)
        details = [sessions.session_detail(s, counsel, r.id) for r in held]
        members = {m.id: m for m in rosters.committee(s, counsel)}
        unfinished = {r.citation for r in provisions.provision_tree(s, counsel)
                      if r.current_status in ("draft", "proposed")}
        actions = Counter(s.scalars(select(AuditEntry.action)))
    assert len(held) == summary.sessions >= 8
    assert all(r.held_on.weekday() == 1 for r in held)  # Tuesdays, a week apart
    assert all((b.held_on - a.held_on).days == 7 for a, b in zip(held, held[1:]))
    assert held[-2].held_on <= TODAY < held[-1].held_on  # the next session is on the calendar
    for d in details:
        people = [a for a in d.attendees if a.member_id is not None]
        assert len(people) >= 6 and all(members[a.member_id].active for a in people)
        assert d.agenda and d.agenda[-1].title == "Asuntos generales"
        assert [a.position for a in d.agenda] == list(range(1, len(d.agenda) + 1))
    kinds = Counter(a.kind for d in details for a in d.agenda)
    assert kinds["petition_hearing"] >= 5 and kinds["crossing"] >= 5
    upcoming = [a for a in details[-1].agenda if a.kind == "wording_review"]
    assert unfinished and unfinished <= {a.citation for a in upcoming}
    assert actions["create_session"] == len(held) and actions["propose_agenda"] == len(held)


def test_small_demos_get_what_fits(db, counsel):
    with db.write() as s:
        summary = load_demo(s, counsel, today=TODAY, petitions=60, days=20)
    with db.read() as s:
        counts = consultations.consultation_counts(s, counsel)
        decided = assembly.assembly_outcomes(s, counsel)
        ok = audit.verify(s, counsel).ok
    assert summary.provisions == 22 and summary.versions >= 50 and ok
    assert counts["approved"] >= 1 and counts["stale"] == 1 and counts["rejected"] <= 1
    assert {a.fate for a in decided} == {"kept", "amended", "removed"}


def test_a_tiny_demo_still_drafts(db, counsel):
    with db.write() as s:
        summary = load_demo(s, counsel, today=TODAY, petitions=3, days=2)
    with db.read() as s:
        counts = consultations.consultation_counts(s, counsel)
        held = sessions.list_sessions(s, counsel)
    assert summary.provisions == 22 and summary.consultations == 0 and sum(counts.values()) == 0
    assert len(held) == summary.sessions >= 1


# ------------------------------------------------------------------ the evidence files, without a database

ANSWER = evidence.Answer("Citlali Ñúñez Góngora", "Agua para todas (y todos)", "Art. 9, F, 1 (versión 3)",
                         date(2016, 8, 2), False, own_words="pido plazos \\ y presupuesto.", recorded="Pide plazos.")


def test_the_signed_letter_is_a_well_formed_pdf():
    name, data = evidence.signed_letter(ANSWER)
    assert name == "carta-firmada-citlali-nunez-gongora.pdf"
    start = int(re.search(rb"startxref\n(\d+)\n", data).group(1))
    assert data[start:].startswith(b"xref\n0 6\n")
    offsets = [int(x) for x in re.findall(rb"(\d{10}) 00000 n", data)]
    assert [data[o:].split(b"\n", 1)[0] for o in offsets] == [b"%d 0 obj" % i for i in range(1, 6)]
    if shutil.which("pdftotext"):  # an independent reader
        out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout
        text = " ".join(out.decode().split())
        assert "Citlali Ñúñez Góngora" in text and "«Agua para todas (y todos)»" in text
        assert "no otorgo mi visto bueno" in text and "2 de agosto de 2016" in text


def test_the_saved_email_and_the_clerks_note_read_back():
    name, data = evidence.saved_email(ANSWER, "citlali.nunez@example.org")
    msg = email.message_from_bytes(data, policy=default_policy)
    assert name.endswith(".eml") and msg["From"].addresses[0].display_name == "Citlali Ñúñez Góngora"
    assert msg["Date"].datetime.date() == date(2016, 8, 2)
    assert "pido plazos \\ y presupuesto." in msg.get_content()
    name, data = evidence.meeting_note(ANSWER, "Lic. Rocío Valdivia Ponce")
    text = data.decode("utf-8")
    assert "no otorga su visto bueno" in text and "Observaciones: Pide plazos." in text


def test_the_demo_dates_its_wording_and_answers_in_its_own_calendar_and_agendas_see_them(db, counsel):
    """Versions and answers fall inside the demo's period (so the weekly sessions see wording
    reviews and approvals between one and the next), while the audit trail keeps real time."""
    from datetime import datetime, timedelta

    from secretariat.models import ConsultationOutcome, ProvisionVersion

    started = datetime.utcnow() - timedelta(minutes=1)
    with db.write() as s:
        summary = load_demo(s, counsel, today=TODAY)
    start = TODAY - timedelta(days=summary.days)
    with db.read() as s:
        saved = list(s.scalars(select(ProvisionVersion.created_at)))
        answered = list(s.execute(select(ConsultationOutcome.recorded_at, ConsultationOutcome.decided_on)))
        audit_times = list(s.scalars(select(AuditEntry.at)))
        agendas = [sessions.session_detail(s, counsel, r.id).agenda for r in sessions.list_sessions(s, counsel)]
    assert saved and all(start <= at.date() <= TODAY for at in saved)
    assert answered and all(at.date() == on and on <= TODAY for at, on in answered)
    assert all(at >= started for at in audit_times), "the audit trail records when things were really written"
    kinds = [Counter(item.kind for item in agenda) for agenda in agendas]
    assert sum(1 for k in kinds if k["wording_review"]) >= 3, "wording changes reach several sessions"
    assert any(k["approval"] for k in kinds)
