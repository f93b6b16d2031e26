"""Reading one cell of a monitoring file: counts, dates, links, names and free text.

Each reader takes the raw cell (``str`` from CSV; ``str``, ``int``, ``float``, ``datetime`` … from
XLSX) and returns the clean value, or raises ``CellError(reason, value)``. The caller adds the row
and the column. Plain digits, already-seen dates and ordinary printable text take fast paths that
avoid regular expressions: a 100,000-row file goes through here in a fraction of a second.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

MAX_SIGNATURES = 2_000_000_000
MAX_LEN = {"url": 1000, "title": 500, "petitioner": 300, "email": 300, "phone": 80,
           "topic": 200, "summary": 20_000}

CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")             # one-line fields: no tab/newline
CONTROL_BLOCK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # summary keeps \t \n \r
GROUPED = re.compile(r"[0-9]{1,3}(?:([,. \u00a0\u202f'])[0-9]{3})(?:\1[0-9]{3})*")
CONTROL_NAMES = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # a name cell keeps \n \r
NAME_SEPARATORS = ("\r\n", "\r", "\n", ";", "|", " / ")
_SPLIT_CONTACTS = re.compile(r"\s*(?:[;|,/]|\r\n|\r|\n)\s*")
_NOT_IN_EMAIL = r"@\s:;,|/\x00-\x1f\x7f-\x9f"
EMAIL_PATTERN = (rf"[^{_NOT_IN_EMAIL}]+@[^{_NOT_IN_EMAIL}.]+(?:\.[^{_NOT_IN_EMAIL}.]+)*"
                 rf"\.[^{_NOT_IN_EMAIL}.\d][^{_NOT_IN_EMAIL}.]*")
_EMAIL = re.compile(EMAIL_PATTERN)
_HOST_OK = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+")
_DATE_SEPS = str.maketrans("-.", "//")


class CellError(Exception):
    """One bad cell; ``reason`` is a code of ``messages.IMPORT_REASONS``."""

    def __init__(self, reason: str, value: object = "", **extra: object) -> None:
        super().__init__(reason)
        self.index = 0  # position in the column, set by the column readers
        self.reason = reason
        self.value = shorten(value)
        self.extra = extra


def shorten(value: object, limit: int = 60) -> str:
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    text = text.strip()
    if not text.isprintable():  # control characters would garble a message
        text = "".join(c if c.isprintable() else " " for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def as_text(value: object) -> str:
    """A cell as text: XLSX numbers lose a useless ``.0``, dates become ISO."""
    if value is None:
        return ""
    if type(value) is str:
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return str(value)


# --- counts -----------------------------------------------------------------------------------

def parse_count(value: object) -> int:
    """A whole, non-negative number of signatures; thousands may be grouped by , . space NBSP."""
    if type(value) is str:
        text = value.strip()
        if text.isdigit() and text.isascii():
            number = int(text) if len(text) <= 12 else MAX_SIGNATURES + 1
        else:
            number = _parse_grouped(text)
    elif isinstance(value, bool) or value is None:
        raise CellError("required" if value is None else "bad_number", value)
    elif isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise CellError("negative" if value < 0 else "bad_number", value)
        number = int(value)
    else:
        raise CellError("bad_number", as_text(value))
    if number < 0:
        raise CellError("negative", value)
    if number > MAX_SIGNATURES:
        raise CellError("too_large", value)
    return number


def _parse_grouped(text: str) -> int:
    if not text:
        raise CellError("required")
    body = text[1:].lstrip() if text[0] in "-\u2212" else text
    if body.isdigit() and body.isascii():
        digits = body
    elif GROUPED.fullmatch(body):
        digits = "".join(c for c in body if c.isdigit())
    else:
        raise CellError("bad_number", text)
    if body is not text:
        raise CellError("negative", text)
    return int(digits) if len(digits) <= 12 else MAX_SIGNATURES + 1


# --- dates ------------------------------------------------------------------------------------

class DateReader:
    """Reads dd/mm/yyyy (also - or . between), ISO yyyy-mm-dd and XLSX dates; refuses the future.

    Monitoring files repeat the same few dates, so each distinct text is parsed once.
    """

    def __init__(self, today: date, fallback: date | None) -> None:
        self.today = today
        self.fallback = fallback
        self._seen: dict[str, date] = {}

    def __call__(self, value: object) -> date:
        if type(value) is str:
            hit = self._seen.get(value)
            if hit is not None:
                return hit
            text = value.strip()
            day = self._from_text(text) if text else self._empty()
            self._check(day, text)
            self._seen[value] = day
            return day
        if value is None:
            day = self._empty()
        elif isinstance(value, datetime):
            day = value.date()
        elif isinstance(value, date):
            day = value
        else:
            raise CellError("bad_date", as_text(value))
        self._check(day, "")
        return day

    def _empty(self) -> date:
        if self.fallback is None:
            raise CellError("required")
        return self.fallback

    def _check(self, day: date, shown: str) -> None:
        if day > self.today:
            raise CellError("future_date", shown or day.strftime("%d/%m/%Y"))

    @staticmethod
    def _from_text(text: str) -> date:
        head = text
        if len(text) > 10 and text[10] in " T":  # "2016-07-12 00:00:00" from a spreadsheet
            rest = text[11:].replace(":", "").replace(".", "")
            if rest.isdigit() and rest.isascii():
                head = text[:10]
        parts = head.translate(_DATE_SEPS).split("/")
        if len(parts) == 3 and all(p.isdigit() and p.isascii() and len(p) <= 4 for p in parts):
            if len(parts[0]) == 4 and len(parts[1]) <= 2 and len(parts[2]) <= 2:
                y, m, d = parts
            elif len(parts[2]) == 4 and len(parts[0]) <= 2 and len(parts[1]) <= 2:
                d, m, y = parts
            else:
                raise CellError("bad_date", text)
            if int(y) >= 1900:  # "12/07/0216" is a typo, not the year 216
                try:
                    return date(int(y), int(m), int(d))
                except ValueError:
                    pass
        raise CellError("bad_date", text)


# --- links ------------------------------------------------------------------------------------

def normalise_url(raw: str) -> str | None:
    """The key a petition is known by: ``https://www.change.org/p/slug``.

    https scheme, lower-case host (``change.org`` becomes ``www.change.org``), no query string,
    fragment or trailing slash; the path keeps its case. ``None`` when it is not a plausible web
    address (another scheme, no host with a dot, spaces inside …).
    """
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    head = text[:8].lower()
    if head.startswith("https://"):
        rest = text[8:]
    elif head.startswith("http://"):
        rest = text[7:]
    elif text.startswith("//"):
        rest = text[2:]
    elif "://" in text:
        return None
    else:
        rest = text
    if not rest or not rest.isprintable() or " " in rest or "\\" in rest:
        return None
    for mark in "#?":
        cut = rest.find(mark)
        if cut >= 0:
            rest = rest[:cut]
    slash = rest.find("/")
    host, path = (rest, "") if slash < 0 else (rest[:slash], rest[slash:].rstrip("/"))
    host = host.lower().rstrip(".")
    if host.endswith((":443", ":80")):
        host = host.rsplit(":", 1)[0]
    if not _HOST_OK.fullmatch(host):
        return None
    if host == "change.org":
        host = "www.change.org"
    return f"https://{host}{path}"


# --- text -------------------------------------------------------------------------------------

def clean_line(value: object, field: str) -> str:
    """One-line text (title, topic, a name): trimmed; no control characters, tab or newline."""
    text = as_text(value).strip()
    if not text.isprintable() and CONTROL_LINE.search(text):
        raise CellError("control_chars", text)
    if len(text) > MAX_LEN[field]:
        raise CellError("too_long", text)
    return text


def clean_block(value: object, field: str) -> str:
    """Multi-line text (the summary): keeps tabs and line breaks (CRLF becomes LF)."""
    text = as_text(value).strip()
    if not text.isprintable():
        if CONTROL_BLOCK.search(text):
            raise CellError("control_chars", text)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_LEN[field]:
        raise CellError("too_long", text)
    return text


def mark_separators(text: str) -> str:
    """Each petitioner separator (; | " / " or a line break) becomes \x1f."""
    for separator in NAME_SEPARATORS:
        if separator in text:
            text = text.replace(separator, "\x1f")
    return text


def split_names(value: object) -> tuple[str, ...]:
    """Several petitioners in one cell, split by ; | " / " or a line break; empty names dropped."""
    text = as_text(value).strip()
    if CONTROL_NAMES.search(text):
        raise CellError("control_chars", text)
    return tuple(clean_line(n, "petitioner") for n in mark_separators(text).split("\x1f")
                 if n.strip())


def split_contacts(value: object, field: str) -> tuple[str, ...]:
    """Emails or phones, one per petitioner in the same order; an empty slot keeps its place."""
    text = as_text(value).strip()
    if not text:
        return ()
    parts = _SPLIT_CONTACTS.split(text)
    if not ("".join(parts).isprintable() and max(map(len, parts)) <= MAX_LEN[field]):
        parts = [clean_line(p, field) for p in parts]
    while parts and not parts[-1]:
        parts.pop()
    if field == "email":
        for i, part in enumerate(parts):
            if part[:7].lower() == "mailto:":
                part = parts[i] = part[7:]
            if part and not _EMAIL.fullmatch(part):
                raise CellError("bad_email", part)
    return tuple(parts)
