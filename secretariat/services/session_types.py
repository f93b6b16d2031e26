"""Plain data of the committee-sessions services (re-exported by ``services.sessions``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..models import AGENDA_KINDS

__all__ = ["AGENDA_KINDS", "GENERAL_BUSINESS", "KEEP", "AgendaRow", "AttendeeRow", "ProvisionChoice",
           "SessionDetail", "SessionRow", "long_date_es"]

#: the title of the "other business" item that closes every proposed agenda
GENERAL_BUSINESS = "Asuntos generales"

_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre")


def long_date_es(d: date) -> str:
    """The Mexican way: "12 de julio de 2016"."""
    return f"{d.day} de {_MONTHS_ES[d.month - 1]} de {d.year}"


class _Keep:
    """The default of an optional argument that may also be set to None: "leave it as it is"."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


@dataclass(frozen=True)
class SessionRow:
    id: int
    held_on: date
    starts_at: datetime | None     # naive Mexico City time, on ``held_on``
    place: str
    note: str
    attendees: tuple[str, ...]     # names, in the order they were listed
    items: int                     # agenda items
    version_id: int


@dataclass(frozen=True)
class AttendeeRow:
    """A member of the drafting committee (``member_id``) or a guest (``member_id`` None);
    ``role`` is free text ("" for members)."""

    id: int
    member_id: int | None
    name: str
    role: str


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int                  # 1, 2, 3 … in the agenda's order
    kind: str                      # AGENDA_KINDS
    petition_id: int | None
    petition_url: str | None
    petition_title: str | None
    provision_id: int | None
    citation: str | None
    title: str
    note: str


@dataclass(frozen=True)
class SessionDetail:
    row: SessionRow
    attendees: tuple[AttendeeRow, ...]
    agenda: tuple[AgendaRow, ...]
    previous_held_on: date | None  # the session before this one, if any


@dataclass(frozen=True)
class ProvisionChoice:
    """A provision an agenda item may be about (for the item editor)."""

    id: int
    citation: str
    heading: str

    @property
    def label(self) -> str:
        return f"{self.citation} — {self.heading}" if self.heading else self.citation
