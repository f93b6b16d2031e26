"""One meeting as an iCalendar (.ics) invitation (RFC 5545). Pure: plain data in, text out.

Meeting times are naive wall-clock times in Mexico City. When the time-zone database is available
(``zoneinfo``; on Windows the ``tzdata`` package) they are written in UTC (``…Z``), which every
calendar reads the same way; otherwise as floating local times.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

from .atomic import atomic_target

TZ_NAME = "America/Mexico_City"
PRODID = "-//Secretariat//Reuniones//ES"

KIND_WORDS = {
    "es": {"hearing": "Audiencia ante el grupo redactor", "follow_up": "Reunión de seguimiento",
           "mayoral_audience": "Audiencia con el jefe de gobierno", "other": "Reunión"},
    "en": {"hearing": "Hearing before the drafting committee", "follow_up": "Follow-up meeting",
           "mayoral_audience": "Audience with the mayor", "other": "Meeting"},
}
ROLE_WORDS = {
    "es": {"committee": "grupo redactor", "adviser": "asesoría jurídica", "petitioner": "peticionario",
           "guest": "invitado"},
    "en": {"committee": "drafting committee", "adviser": "legal adviser", "petitioner": "petitioner",
           "guest": "guest"},
}


def _escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets; continuation lines start with a space (never split UTF-8)."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return out


def _zone():
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(TZ_NAME)
    except Exception:  # no time-zone database: floating times
        return None


def _when(value: datetime, zone) -> str:
    if zone is None:
        return value.strftime("%Y%m%dT%H%M%S")
    return value.replace(tzinfo=zone).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def meeting_ics(detail, *, lang: str = "es", now: datetime | None = None, uid_host: str = "secretariat") -> str:
    """The invitation for ``detail`` (a ``services.meetings.MeetingDetail``)."""
    lang = "en" if lang.startswith("en") else "es"
    row = detail.row
    zone = _zone()
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    kind = KIND_WORDS[lang].get(row.kind, row.kind)
    summary = f"{kind}: {row.petition_title}" if row.petition_title else kind
    lines_desc = []
    if row.petition_title:
        lines_desc.append(("Petición: " if lang == "es" else "Petition: ") + row.petition_title)
    if detail.petition_url:
        lines_desc.append(detail.petition_url)
    if detail.attendees:
        lines_desc.append("Asistentes:" if lang == "es" else "Attendees:")
        for a in detail.attendees:
            lines_desc.append(f"- {a.name} ({ROLE_WORDS[lang].get(a.role, a.role)})")
    if detail.note:
        lines_desc.append(detail.note)
    status = "CANCELLED" if row.status in ("cancelled", "petitioner_absent") else "CONFIRMED"
    props = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:reunion-{row.id}@{uid_host}",
        f"SEQUENCE:{max(0, row.version - 1)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{_when(row.starts_at, zone)}",
        f"DTEND:{_when(row.ends_at, zone)}",
        f"SUMMARY:{_escape(summary)}",
        f"STATUS:{status}",
    ]
    if row.place:
        props.append(f"LOCATION:{_escape(row.place)}")
    if lines_desc:
        props.append(f"DESCRIPTION:{_escape(chr(10).join(lines_desc))}")
    if detail.petition_url:
        props.append(f"URL:{detail.petition_url}")
    for a in detail.attendees:
        if a.email:
            cn = a.name.replace('"', "'")
            props.append(f'ATTENDEE;CN="{cn}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a.email}')
    props += ["END:VEVENT", "END:VCALENDAR"]
    out: list[str] = []
    for p in props:
        out += _fold(p)
    return "\r\n".join(out) + "\r\n"


def write_ics(detail, path: str | os.PathLike, *, lang: str = "es", now: datetime | None = None) -> str:
    """Write the invitation to ``path`` atomically; returns the path written."""
    text = meeting_ics(detail, lang=lang, now=now)
    with atomic_target(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    return str(path)
