"""Plain data of the consultation services (``consultations.py``): rows for the lists, the detail
of one petition's consultation, and the outcomes on record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..models import METHODS, OUTCOMES  # noqa: F401  (re-exported: the codes callers pass)

#: a petition's consultation state (see ``consultation_state.state_of``)
STATES = ("pending", "approved", "rejected", "stale")
#: the tiers whose petitions are consulted without the counsel asking
CONSULTED_TIERS = ("hearing", "audience")
#: outcomes that need remarks
NEEDS_REMARKS = ("approved_with_remarks", "rejected")
APPROVALS = ("approved", "approved_with_remarks")


@dataclass(frozen=True)
class ConsultationRow:
    petition_id: int
    url: str
    title: str
    tier: str
    signatures: int
    petitioners: str
    state: str                        # "pending" | "approved" | "rejected" | "stale"
    provisions: tuple[str, ...]       # citations of the provisions the petition feeds, tree order
    outcome: str | None               # the latest outcome, if any
    decided_on: date | None
    method: str | None
    wording_sha256: str | None
    recorded_by: str | None
    victory: bool
    requested: bool                   # the counsel added it (a ConsultationRequest exists)


@dataclass(frozen=True)
class CurrentItem:
    """A provision the petition feeds, with today's wording (``version_id`` None: no wording yet)."""

    provision_id: int
    citation: str
    heading: str
    version_id: int | None
    number: int | None
    status: str | None
    text: str
    text_sha256: str | None


@dataclass(frozen=True)
class OutcomeItem:
    """One provision's wording an outcome answered, against today's."""

    provision_id: int
    citation: str
    version_id: int
    number: int                       # the version number that was consulted
    text_sha256: str
    current_number: int | None        # today's version number
    changed: bool                     # today's text differs from the consulted text


@dataclass(frozen=True)
class OutcomeRow:
    id: int
    outcome: str
    remarks: str
    decided_on: date
    method: str
    recorded_by: str
    recorded_at: datetime
    wording_sha256: str
    evidence_filename: str
    evidence_sha256: str | None
    evidence_size: int | None
    stale: bool
    items: tuple[OutcomeItem, ...]
    petition_id: int


@dataclass(frozen=True)
class ConsultationDetail:
    row: ConsultationRow | None       # None when the petition is not (or no longer) consulted
    eligible: bool
    requested: bool
    items: tuple[CurrentItem, ...]
    history: tuple[OutcomeRow, ...]   # newest first
