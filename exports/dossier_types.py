"""The plain data the three Word dossiers are written from (frozen dataclasses, no ORM, no Qt).

The builder (a service that reads the case file) fills these; ``exports.session_packet``,
``exports.assembly_dossier`` and ``exports.petition_dossier`` turn them into .docx files and
never touch the database. Conventions:

- Codes, not words: tiers (``watch``/``review``/``hearing``/``audience``), admissibility, version
  status (``draft``/``proposed``/``final``), consultation outcomes, methods, meeting kinds and
  statuses, duty kinds, assembly fates, agenda kinds are the database codes; the export prints
  them in es-MX (or English when ``frame.lang == "en"``). An unknown code is printed as it is.
- Dates are ``date`` (or ``datetime`` for meeting times, naive local time); counts are ``int``.
- Texts are given as stored; the export removes control characters and copes with any length.
- A redline is ``Segments``: ``(op, text)`` pairs with ``op`` in ``equal``/``insert``/``delete``,
  exactly what ``secretariat.redline.redline(old, new)`` returns (its ``Segment`` objects, or
  plain tuples: both are accepted). ``()`` means "nothing to compare".
- Contact data: only ``PetitionDossierData.petitioners`` can carry e-mails and phones. The
  packet and the assembly dossier types have names only, so contacts cannot leak into them.
- Sequences are tuples, in the order they must be printed (the builder sorts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

#: ``(op, text)`` pairs, op in ``equal``/``insert``/``delete``; or ``secretariat.redline.Segment``s.
Segments = tuple[Any, ...]


# ------------------------------------------------------------------ shared by all three

@dataclass(frozen=True)
class DossierFrame:
    """What every dossier carries besides its content: who issues it, when, how it looks.

    ``letterhead_docx`` is the counsel's .docx template (TextSetting ``letterhead.sha256`` → the
    blob's bytes), or None for the clean default. Its header, footer, page set-up and styles are
    kept; its body is replaced. ``classification`` (``document.classification``, e.g. "Uso
    interno") goes in every page header; ``office_name`` (``office.name``) on the cover.
    ``generated_on`` is the date printed in the header and footer.
    """

    office_name: str
    generated_on: date
    classification: str = ""
    letterhead_docx: bytes | None = None
    lang: str = "es"  # "es" (es-MX) or "en"


@dataclass(frozen=True)
class CountPoint:
    """One signature count (corte de firmas)."""

    counted_on: date
    signatures: int


@dataclass(frozen=True)
class TierStep:
    """One tier crossing: the tier reached, the threshold in force, the date and the count.
    ``reverted_on`` is set when the count later fell below the threshold."""

    tier: str
    threshold: int
    crossed_on: date
    signatures: int
    reverted_on: date | None = None


@dataclass(frozen=True)
class MeetingBrief:
    """A meeting about a petition, as the packet lists it (no attendees' contacts).
    ``kind``: hearing/follow_up/mayoral_audience/other; ``status``: planned/held/cancelled/
    petitioner_absent. The packet counts the held ones: "audiencia inicial y 2 seguimientos"."""

    kind: str
    status: str
    starts_at: datetime
    place: str = ""


@dataclass(frozen=True)
class WordingChange:
    """A provision's current wording, with the redline against an earlier wording.

    ``redline`` goes from the wording at ``previous_version`` (in the packet: the wording current
    at the previous session) to ``text``. ``previous_version`` None means the provision had no
    wording then: the export prints the whole text as new. ``redline == ()`` with a previous
    version means "no change since".
    """

    citation: str           # "Art. 16, A, 3"
    heading: str
    version_number: int
    status: str             # draft / proposed / final
    text: str
    previous_version: int | None = None
    redline: Segments = ()


@dataclass(frozen=True)
class ConsultationBrief:
    """A petition's consultation as of today (see the brief's shared contract).

    ``state``: pending / approved / rejected / stale, or ``not_eligible`` (no consultation due).
    The other fields describe the latest outcome on record, if any (for ``stale``: the outcome
    that went stale; ``approved_versions`` says which versions it approved, as
    ``(citation, version_number)``)."""

    state: str
    outcome: str | None = None      # approved / approved_with_remarks / rejected
    decided_on: date | None = None
    method: str | None = None       # in_person / signed_letter / email
    remarks: str = ""
    approved_versions: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class AssemblyFate:
    """What the constituent assembly did with a provision. For ``amended``, ``redline`` goes
    from our wording that was sent (``sent_version``) to ``assembly_text``."""

    fate: str               # kept / amended / removed
    decided_on: date
    note: str = ""
    assembly_text: str = ""
    sent_version: int | None = None
    redline: Segments = ()


# ------------------------------------------------------------------ session packet

@dataclass(frozen=True)
class SessionAttendee:
    name: str
    role: str = ""          # free text: "Integrante del grupo redactor", "Consejero jurídico" …


@dataclass(frozen=True)
class PetitionBrief:
    """One petition as the packet presents it. Petitioners are NAMES ONLY (no contact data).

    ``chart_png`` is the growth chart (PNG bytes, from the window's chart code) or None.
    ``wordings``: the current wording of every provision the petition feeds, each with its
    redline against the previous session."""

    url: str
    title: str
    summary: str
    petitioners: tuple[str, ...]
    signatures: int
    tier: str
    topic: str = ""
    as_of: date | None = None
    growth_7d: int | None = None
    admissibility: str = "pending"
    chart_png: bytes | None = None
    tier_history: tuple[TierStep, ...] = ()
    meetings: tuple[MeetingBrief, ...] = ()
    wordings: tuple[WordingChange, ...] = ()
    consultation: ConsultationBrief | None = None
    unworded: tuple[str, ...] = ()  # citations of the provisions it feeds that have no wording yet


@dataclass(frozen=True)
class AgendaEntry:
    """An agenda item. ``kind``: petition_hearing / wording_review / approval / crossing / other.
    ``petition`` is set when the item is about a petition; ``wording`` when it is about a provision
    with no petition (a wording review of its own). Either, both or neither may be set."""

    kind: str
    title: str
    note: str = ""
    petition: PetitionBrief | None = None
    wording: WordingChange | None = None


@dataclass(frozen=True)
class AnnexRow:
    """A line of the annex "all petitions by tier" (names only, no contacts)."""

    url: str
    title: str
    petitioners: tuple[str, ...]
    signatures: int
    tier: str
    admissibility: str = "pending"
    as_of: date | None = None


@dataclass(frozen=True)
class SessionPacketData:
    """Everything the session packet shows. ``agenda`` in agenda order; ``annex`` in any order
    (the export groups it by tier, highest first, and sorts by signatures within a tier)."""

    frame: DossierFrame
    held_on: date
    place: str = ""
    starts_at: datetime | None = None
    attendees: tuple[SessionAttendee, ...] = ()
    note: str = ""
    previous_session_on: date | None = None
    agenda: tuple[AgendaEntry, ...] = ()
    annex: tuple[AnnexRow, ...] = ()

    @property
    def lang(self) -> str:
        return self.frame.lang


# ------------------------------------------------------------------ assembly dossier

@dataclass(frozen=True)
class PetitionApproval:
    """A petition that fed a provision, and its petitioners' answer on the wording.

    ``state``: approved / rejected / stale / pending (the consultation state of the petition,
    see the brief); ``outcome``/``decided_on``/``method``/``remarks`` describe the latest outcome
    on record (the stale one, for ``stale``). ``approved_version`` is the version number of THIS
    provision that the outcome answered; for a stale approval, ``stale_redline`` goes from that
    wording to today's (may be ``()``)."""

    url: str
    title: str
    petitioners: tuple[str, ...]
    signatures: int
    state: str
    contribution: str = ""
    outcome: str | None = None
    decided_on: date | None = None
    method: str | None = None
    remarks: str = ""
    approved_version: int | None = None
    stale_redline: Segments = ()


@dataclass(frozen=True)
class ProvisionEntry:
    """One provision of the draft as the assembly dossier shows it. ``text`` is its final (or, if
    none is final yet, current) wording, ``version_number``/``status`` those of that version.
    ``depth`` is 0 for a título, 1 artículo, 2 apartado, 3 numeral (headings nest on it)."""

    citation: str
    heading: str
    text: str
    version_number: int | None = None
    status: str = "draft"
    kind: str = "articulo"
    depth: int = 1
    petitions: tuple[PetitionApproval, ...] = ()
    assembly: AssemblyFate | None = None


@dataclass(frozen=True)
class AssemblyDossierData:
    frame: DossierFrame
    provisions: tuple[ProvisionEntry, ...] = ()
    title: str = ""           # optional override of "Expediente para la Asamblea Constituyente"

    @property
    def lang(self) -> str:
        return self.frame.lang


# ------------------------------------------------------------------ petition dossier

@dataclass(frozen=True)
class PetitionerEntry:
    """A petitioner with contact data. The petition dossier prints email and phone only when
    ``PetitionDossierData.with_contacts`` is True."""

    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DutyEntry:
    kind: str                # legal_review / hearing / follow_up / mayoral_audience
    status: str              # open / scheduled / done / waived
    created_on: date
    due_on: date
    owner: str = ""
    closed_on: date | None = None
    outcome: str | None = None      # viable / needs_reformulation / not_viable
    note: str = ""                  # outcome note or waiver reason


@dataclass(frozen=True)
class MeetingAttendeeEntry:
    name: str
    role: str = ""           # committee / adviser / petitioner / other (code) or free text
    attended: bool | None = None


@dataclass(frozen=True)
class AgreementEntry:
    text: str
    owner: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class MeetingRecord:
    kind: str
    status: str
    starts_at: datetime
    ends_at: datetime | None = None
    place: str = ""
    attendees: tuple[MeetingAttendeeEntry, ...] = ()
    minutes: str = ""
    agreements: tuple[AgreementEntry, ...] = ()
    attachments: tuple[str, ...] = ()   # file names


@dataclass(frozen=True)
class FedProvision:
    """A provision the petition feeds, with what it contributed and the current wording."""

    citation: str
    heading: str
    contribution: str
    version_number: int | None
    status: str
    text: str


@dataclass(frozen=True)
class ConsultationRecord:
    """One recorded outcome (newest last). ``stale`` when its wording has changed since."""

    outcome: str
    decided_on: date
    method: str
    remarks: str = ""
    recorded_by: str = ""
    stale: bool = False
    versions: tuple[tuple[str, int], ...] = ()   # (citation, version number) answered
    evidence_filename: str = ""
    evidence_sha256: str = ""


@dataclass(frozen=True)
class PetitionDossierData:
    """Everything about one petition, for the file."""

    frame: DossierFrame
    url: str
    title: str
    summary: str = ""
    topic: str = ""
    status: str = "active"
    signatures: int = 0
    as_of: date | None = None
    growth_7d: int | None = None
    tier: str = "watch"
    admissibility: str = "pending"
    inadmissible_reason: str | None = None
    duplicate_of_url: str | None = None
    admissibility_note: str = ""
    petitioners: tuple[PetitionerEntry, ...] = ()
    with_contacts: bool = False
    counts: tuple[CountPoint, ...] = ()
    chart_png: bytes | None = None
    crossings: tuple[TierStep, ...] = ()
    duties: tuple[DutyEntry, ...] = ()
    meetings: tuple[MeetingRecord, ...] = ()
    provisions: tuple[FedProvision, ...] = ()
    consultation_state: str | None = None      # as ConsultationBrief.state
    consultations: tuple[ConsultationRecord, ...] = ()
    assembly: tuple[tuple[str, AssemblyFate], ...] = field(default=())  # (citation, fate)

    @property
    def lang(self) -> str:
        return self.frame.lang
