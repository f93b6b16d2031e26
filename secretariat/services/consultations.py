"""Consultation and approval (consulta y visto bueno): each consulted petitioner's answer on the
exact wording of the provisions their petition feeds.

- Which petitions are consulted, the four states, staleness and victories: see
  ``consultation_state`` (the rules are written there once).
- ``record_outcome`` binds the answer to the versions the petitioner saw (``versions``: provision
  id → version id). They must be today's wording of exactly the provisions the petition feeds;
  otherwise nothing is written and one sentence says why. Outcome rows are never edited: a new
  answer is a new row, and a stale one stays on record with what it answered.
- The evidence (a scanned letter, a saved email) is kept inside the case file like a meeting's
  attachments (``attachment_blobs``, keyed by its sha256; the same size limit); reading it back
  verifies the sha256 and never repairs an altered copy.

Roles: RECORD_APPROVALS (clerks, advisers, counsel) records outcomes; REQUEST_CONSULTATION
(counsel) adds a petition outside the hearing/audience tiers, or withdraws it; READ reads.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound, SecretariatError
from ..models import (
    ConsultationItem,
    ConsultationOutcome,
    ConsultationRequest,
    Petition,
    Provision,
    ProvisionVersion,
    utcnow,
)
from ..permissions import Action, Actor, require
from ..redline import Segment, redline
from ..text import fold
from . import audit
from .attachments import _digest, _limit, _read_source, _safe_name, _store_in_database, _stored_bytes, _unused_name
from .backup_file import os_reason
from .consultation_state import (
    clean_note,
    consultation_rows,
    current_wordings,
    fed_provisions,
    is_eligible,
    is_requested,
    outcome_history,
    past_date,
    tree_rank,
    wording_sha256,
)
from .consultation_types import *  # noqa: F401,F403  (the plain data of this module's API)
from .consultation_types import (
    METHODS,
    NEEDS_REMARKS,
    OUTCOMES,
    STATES,
    ConsultationDetail,
    ConsultationRow,
    CurrentItem,
    OutcomeRow,
)

# ------------------------------------------------------------------------ reading

def list_consultations(session: Session, actor: Actor, states: Iterable[str] | None = None,
                       search: str = "") -> list[ConsultationRow]:
    """Every consulted petition (most signatures first), optionally only some states and those
    whose title, URL or petitioners contain ``search`` (without case or accents). READ."""
    require(actor, Action.READ)
    wanted = None if states is None else set(states)
    for st in wanted or ():
        if st not in STATES:
            raise InvalidInput(field="estado de la consulta", value=str(st))
    rows = consultation_rows(session, search=fold(search.strip()))
    return rows if wanted is None else [r for r in rows if r.state in wanted]


def consultation_counts(session: Session, actor: Actor) -> dict[str, int]:
    """How many consulted petitions are in each state (all four named, zeros included). READ."""
    require(actor, Action.READ)
    counts = dict.fromkeys(STATES, 0)
    for r in consultation_rows(session):
        counts[r.state] += 1
    return counts


def victories(session: Session, actor: Actor) -> list[ConsultationRow]:
    """Petitions whose idea is in the final draft with the petitioner's approval on today's
    wording. READ."""
    require(actor, Action.READ)
    return [r for r in consultation_rows(session) if r.victory]


def consultation_detail(session: Session, actor: Actor, petition_id: int) -> ConsultationDetail:
    """A petition's consultation: today's wording of each provision it feeds and every answer on
    record, newest first. READ."""
    require(actor, Action.READ)
    petition = _petition(session, petition_id)
    rows = consultation_rows(session, [petition.id])
    fed = fed_provisions(session, [petition.id]).get(petition.id, set())
    current, rank = current_wordings(session, fed), tree_rank(session)
    provisions = {p.id: p for p in session.execute(select(Provision).where(Provision.id.in_(fed))).scalars()}
    texts = dict(session.execute(select(ProvisionVersion.id, ProvisionVersion.text).where(
        ProvisionVersion.id.in_([w.version_id for w in current.values()]))).all()) if current else {}
    items = []
    for pid in sorted(fed, key=lambda x: rank.get(x, x)):
        w = current.get(pid)
        items.append(CurrentItem(pid, provisions[pid].citation, provisions[pid].heading,
                                 w.version_id if w else None, w.number if w else None, w.status if w else None,
                                 texts.get(w.version_id, "") if w else "", w.text_sha256 if w else None))
    return ConsultationDetail(rows[0] if rows else None, bool(rows), is_requested(session, petition.id),
                              tuple(items), tuple(outcome_history(session, petition.id)))


def approved_redline(session: Session, actor: Actor, outcome_id: int, provision_id: int) -> tuple[Segment, ...]:
    """The redline from the wording an outcome answered to today's wording of one of its
    provisions. READ."""
    require(actor, Action.READ)
    outcome = _outcome(session, outcome_id)
    item = session.get(ConsultationItem, (outcome.id, provision_id))
    if item is None:
        raise NotFound(what="consultation_item", key=f"{outcome.id}/{provision_id}")
    old = session.get(ProvisionVersion, item.version_id)
    w = current_wordings(session, [provision_id]).get(provision_id)
    new = session.get(ProvisionVersion, w.version_id) if w else None
    return redline(old.text, new.text if new is not None else "")


# ------------------------------------------------------------------------ recording

def record_outcome(session: Session, actor: Actor, petition_id: int, *, outcome: str, decided_on: date,
                   method: str, versions: Mapping[int, int], remarks: str = "", evidence: Path | None = None,
                   evidence_name: str | None = None, today: date | None = None) -> OutcomeRow:
    """Record a petitioner's answer on the wording versions they were shown (``versions``:
    provision id → version id, exactly the provisions the petition feeds, each today's wording).
    Refused with one sentence, writing nothing, otherwise. RECORD_APPROVALS."""
    require(actor, Action.RECORD_APPROVALS)
    petition = _petition(session, petition_id)
    if not is_eligible(session, petition.id):
        raise SecretariatError("consultation_not_eligible", title=petition.title)
    if outcome not in OUTCOMES:
        raise InvalidInput(field="respuesta", value=str(outcome))
    if method not in METHODS:
        raise InvalidInput(field="medio", value=str(method))
    past_date(decided_on, today, "fecha de la respuesta", "consultation_future_date")
    remarks = clean_note(remarks, "observaciones")
    if outcome in NEEDS_REMARKS and not remarks:
        raise SecretariatError(f"remarks_required_{outcome}")
    items = _check_versions(session, petition.id, versions)
    name = sha256 = size = None
    if evidence is not None:
        source = Path(evidence)
        name = _safe_name(evidence_name or source.name)
        data = _read_source(source, name, _limit(session))
        sha256, size = _digest(data), len(data)
        _store_in_database(session, sha256, data, name)
    row = ConsultationOutcome(petition_id=petition.id, outcome=outcome, remarks=remarks, decided_on=decided_on,
                              method=method, wording_sha256=wording_sha256(items), evidence_filename=name or "",
                              evidence_sha256=sha256, evidence_size=size, recorded_by_id=actor.id,
                              recorded_at=utcnow())
    session.add(row)
    session.flush()
    session.add_all(ConsultationItem(outcome_id=row.id, provision_id=pid, version_id=vid, text_sha256=sha)
                    for pid, vid, sha in items)
    session.flush()
    audit.record(session, actor, "record_outcome", "consultation", petition.id, None, {
        "outcome_id": row.id, "outcome": outcome, "decided_on": decided_on.isoformat(), "method": method,
        "remarks": remarks, "wording_sha256": row.wording_sha256,
        "versions": {str(pid): vid for pid, vid, _ in items},
        "evidence": {"file": name, "sha256": sha256, "size": size} if name else None})
    return outcome_history(session, petition.id)[0]


def _check_versions(session: Session, petition_id: int, versions: Mapping[int, int]) -> list[tuple[int, int, str]]:
    """[(provision id, version id, text hash)] once ``versions`` is exactly today's wording of
    the provisions the petition feeds."""
    try:
        seen = {int(p): int(v) for p, v in dict(versions).items()}
    except (TypeError, ValueError) as exc:
        raise InvalidInput(field="versiones consultadas", value=str(versions)[:80]) from exc
    fed = fed_provisions(session, [petition_id]).get(petition_id, set())
    names = dict(session.execute(select(Provision.id, Provision.citation)
                                 .where(Provision.id.in_(fed | set(seen)))).all())
    rank = tree_rank(session)
    missing = sorted(fed - set(seen), key=lambda x: rank.get(x, x))
    if missing:
        raise SecretariatError("approval_missing_provisions",
                               citations=", ".join(f"«{names[p]}»" for p in missing))
    extra = sorted(set(seen) - fed, key=lambda x: rank.get(x, x))
    if extra:
        raise SecretariatError("approval_extra_provisions",
                               citations=", ".join(f"«{names.get(p, p)}»" for p in extra))
    current = current_wordings(session, fed)
    shown = {v.id: v for v in session.execute(select(ProvisionVersion)
                                              .where(ProvisionVersion.id.in_(list(seen.values())))).scalars()}
    out = []
    for pid in sorted(fed):
        v, now = shown.get(seen[pid]), current.get(pid)
        if now is None:
            raise SecretariatError("approval_no_wording", citation=names[pid])
        if v is None or v.provision_id != pid:
            raise SecretariatError("approval_wrong_version", citation=names[pid], version=seen[pid])
        if v.id != now.version_id:
            raise SecretariatError("approval_not_current", citation=names[pid], seen=v.number, current=now.number)
        out.append((pid, v.id, v.text_sha256))
    return out


def request_consultation(session: Session, actor: Actor, petition_id: int, note: str = "") -> ConsultationDetail:
    """The counsel adds a petition to the consultation although its tier does not call for one
    (adding it again only updates the note). REQUEST_CONSULTATION."""
    require(actor, Action.REQUEST_CONSULTATION)
    petition = _petition(session, petition_id)
    note = clean_note(note, "nota")
    req = session.get(ConsultationRequest, petition.id)
    before = {"note": req.note} if req is not None else None
    if req is None:
        req = ConsultationRequest(petition_id=petition.id, note=note, added_by_id=actor.id, added_at=utcnow())
        session.add(req)
    else:
        req.note = note
    session.flush()
    audit.record(session, actor, "request_consultation", "consultation", petition.id, before, {"note": note})
    return consultation_detail(session, actor, petition.id)


def withdraw_request(session: Session, actor: Actor, petition_id: int) -> ConsultationDetail:
    """The counsel takes back a petition added to the consultation (its answers stay on record;
    a hearing/audience petition stays consulted anyway). REQUEST_CONSULTATION."""
    require(actor, Action.REQUEST_CONSULTATION)
    petition = _petition(session, petition_id)
    req = session.get(ConsultationRequest, petition.id)
    if req is None:
        raise SecretariatError("consultation_not_requested", title=petition.title)
    before = {"note": req.note}
    session.delete(req)
    session.flush()
    audit.record(session, actor, "withdraw_request", "consultation", petition.id, before, None)
    return consultation_detail(session, actor, petition.id)


# ------------------------------------------------------------------------ evidence

def evidence_bytes(session: Session, actor: Actor, outcome_id: int) -> tuple[str, bytes]:
    """The evidence of an outcome (file name, bytes), checked against its sha256 and size. READ."""
    require(actor, Action.READ)
    return _evidence(session, _outcome(session, outcome_id))


def open_evidence(session: Session, actor: Actor, outcome_id: int, folder: Path) -> Path:
    """Write a verified copy of an outcome's evidence into ``folder`` under its name (``name
    (2)`` when taken), to open it without touching the stored copy. READ."""
    require(actor, Action.READ)
    name, data = _evidence(session, _outcome(session, outcome_id))
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _unused_name(folder, name)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise SecretariatError("evidence_write_failed", file=name, path=str(folder), detail=os_reason(exc)) from exc
    return target


def _evidence(session: Session, o: ConsultationOutcome) -> tuple[str, bytes]:
    if not o.evidence_sha256:
        raise SecretariatError("evidence_none", when=o.decided_on.isoformat())
    stored = SimpleNamespace(sha256=o.evidence_sha256, size=o.evidence_size, filename=o.evidence_filename)
    return o.evidence_filename, _stored_bytes(session, stored)


# ------------------------------------------------------------------------ loading

def _petition(session: Session, petition_id: int) -> Petition:
    p = session.get(Petition, petition_id)
    if p is None:
        raise NotFound(what="petition", key=str(petition_id))
    return p


def _outcome(session: Session, outcome_id: int) -> ConsultationOutcome:
    o = session.get(ConsultationOutcome, outcome_id)
    if o is None:
        raise NotFound(what="consultation_outcome", key=str(outcome_id))
    return o
