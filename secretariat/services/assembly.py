"""The constituent assembly's outcome for each provision: kept as drafted, amended (with the
assembly's text, shown as a redline against ours) or removed; and, for a petition, what became
of its idea.

One outcome per provision: recording again replaces it (audited with before and after; passing
the version the user saw, ``expected_version``, turns a concurrent change into
``ConflictError``). The wording the assembly voted on is the provision's current version, which
must be final.

Roles: RECORD_ASSEMBLY (counsel) records; READ reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..errors import ConflictError, InvalidInput, NotFound, SecretariatError
from ..models import FATES, AssemblyOutcome, Provision, ProvisionVersion, utcnow
from ..permissions import Action, Actor, require
from ..redline import Segment, redline
from ..text import strip_control_chars
from . import audit
from .consultation_state import clean_note, current_wordings, fed_provisions, past_date, tree_rank
from .wording_types import clean_wording

@dataclass(frozen=True)
class AssemblyRow:
    provision_id: int
    citation: str
    heading: str
    fate: str                          # "kept" | "amended" | "removed"
    decided_on: date
    note: str
    sent_number: int | None            # our version the assembly voted on
    sent_text: str
    assembly_text: str                 # only when amended
    segments: tuple[Segment, ...]      # ours → the assembly's, when amended; else ()
    version: int                       # pass back as ``expected_version`` to replace it


@dataclass(frozen=True)
class PetitionFate:
    provision_id: int
    citation: str
    fate: str | None                   # None: the assembly has not decided on it (yet)
    decided_on: date | None
    segments: tuple[Segment, ...]


def record_fate(session: Session, actor: Actor, provision_id: int, fate: str, *, decided_on: date,
                assembly_text: str = "", note: str = "", expected_version: int | None = None,
                today: date | None = None) -> AssemblyRow:
    """Record (or replace) what the assembly did with a provision's final wording. An amendment
    needs the assembly's text, different from ours. RECORD_ASSEMBLY."""
    require(actor, Action.RECORD_ASSEMBLY)
    provision = session.get(Provision, provision_id)
    if provision is None:
        raise NotFound(what="provision", key=str(provision_id))
    if fate not in FATES:
        raise InvalidInput(field="resolución de la Asamblea", value=str(fate))
    past_date(decided_on, today, "fecha de la resolución", "assembly_future_date")
    note = clean_note(note, "nota")
    sent = _sent_version(session, provision)
    text = _assembly_text(provision, fate, assembly_text, sent)
    row = session.get(AssemblyOutcome, provision.id)
    if expected_version is not None and (row is None or row.version_id != expected_version):
        raise ConflictError(what="assembly_outcome", key=provision.citation)
    before = _log(row) if row is not None else None
    if row is None:
        row = AssemblyOutcome(provision_id=provision.id)
        session.add(row)
    row.fate, row.assembly_text, row.sent_version_id = fate, text, sent.id
    row.decided_on, row.note, row.recorded_by_id, row.recorded_at = decided_on, note, actor.id, utcnow()
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConflictError(what="assembly_outcome", key=provision.citation) from exc
    audit.record(session, actor, "record_fate", "assembly", provision.id, before, _log(row))
    return _row(session, provision, row)


def assembly_outcomes(session: Session, actor: Actor) -> list[AssemblyRow]:
    """Every provision the assembly decided on, in tree order. READ."""
    require(actor, Action.READ)
    rank = tree_rank(session)
    pairs = session.execute(select(Provision, AssemblyOutcome)
                            .join(AssemblyOutcome, AssemblyOutcome.provision_id == Provision.id)).all()
    return [_row(session, p, o) for p, o in sorted(pairs, key=lambda po: rank.get(po[0].id, po[0].id))]


def petition_fates(session: Session, actor: Actor, petition_id: int) -> list[PetitionFate]:
    """What became of a petition's idea: each provision it feeds and the assembly's decision on
    it (``fate`` None while undecided), in tree order. READ."""
    require(actor, Action.READ)
    fed = fed_provisions(session, [petition_id]).get(petition_id, set())
    if not fed:
        return []
    rank = tree_rank(session)
    outcomes = {o.provision_id: o for o in session.execute(
        select(AssemblyOutcome).where(AssemblyOutcome.provision_id.in_(fed))).scalars()}
    provisions = session.execute(select(Provision).where(Provision.id.in_(fed))).scalars().all()
    out = []
    for p in sorted(provisions, key=lambda x: rank.get(x.id, x.id)):
        o = outcomes.get(p.id)
        if o is None:
            out.append(PetitionFate(p.id, p.citation, None, None, ()))
            continue
        row = _row(session, p, o)
        out.append(PetitionFate(p.id, p.citation, row.fate, row.decided_on, row.segments))
    return out


# ------------------------------------------------------------------------ helpers

def _assembly_text(provision: Provision, fate: str, text: str | None, sent: ProvisionVersion) -> str:
    """The assembly's text, cleaned as wording is: required for an amendment, and then different
    from ours (beyond the blanks around it); refused for any other fate."""
    given = bool(strip_control_chars(text or "").strip())
    if fate != "amended":
        if given:
            raise SecretariatError("assembly_text_not_amended", citation=provision.citation)
        return ""
    if not given:
        raise SecretariatError("assembly_text_required", citation=provision.citation)
    value = clean_wording(text)
    if value.strip() == sent.text.strip():
        raise SecretariatError("assembly_text_unchanged", citation=provision.citation)
    return value


def _sent_version(session: Session, provision: Provision) -> ProvisionVersion:
    w = current_wordings(session, [provision.id]).get(provision.id)
    if w is None:
        raise SecretariatError("assembly_no_wording", citation=provision.citation)
    if w.status != "final":
        raise SecretariatError("assembly_not_final", citation=provision.citation, number=w.number)
    return session.get(ProvisionVersion, w.version_id)


def _log(o: AssemblyOutcome) -> dict:
    return {"fate": o.fate, "decided_on": o.decided_on.isoformat(), "note": o.note,
            "assembly_text": o.assembly_text, "sent_version_id": o.sent_version_id}


def _row(session: Session, p: Provision, o: AssemblyOutcome) -> AssemblyRow:
    sent = session.get(ProvisionVersion, o.sent_version_id) if o.sent_version_id is not None else None
    sent_text = sent.text if sent is not None else ""
    segments = redline(sent_text, o.assembly_text) if o.fate == "amended" else ()
    return AssemblyRow(p.id, p.citation, p.heading, o.fate, o.decided_on, o.note,
                       sent.number if sent is not None else None, sent_text,
                       o.assembly_text, tuple(segments), o.version_id)
