"""The plain data of wording versions, the text hash contract and the cleaning of pasted text."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from ..errors import ConflictError, InvalidInput
from ..redline import Segment

WORDING_LIMIT = 100_000  # characters

# Line breaks in their many disguises: Windows, old Mac, Word's manual line break (\v), form feed,
# the file/group/record separators, NEL and the Unicode line and paragraph separators.
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# What Word cannot store (XML 1.0 forbids it) or that only ever arrives as debris: C0 controls
# but tab and newline, DEL, C1 controls, lone surrogates and the two non-characters.
_UNSTORABLE = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_TRAILING = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)


def text_sha256(text: str) -> str:
    """The shared contract: sha256 hex of the stored (cleaned) text in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_wording(text: str) -> str:
    """Wording as it is stored: control characters removed (tab and newline kept), line endings
    made ``\\n``, Unicode NFC, no trailing spaces on any line, no blank lines at either end.
    Refuses (``InvalidInput``) an empty result or one over 100,000 characters."""
    value = _BREAKS.sub("\n", text or "")
    value = _UNSTORABLE.sub("", value)
    value = unicodedata.normalize("NFC", value)
    value = _TRAILING.sub("", value).strip("\n")
    if not value.strip():
        raise InvalidInput("wording_empty")
    if len(value) > WORDING_LIMIT:
        raise InvalidInput("wording_too_long", length=len(value), limit=WORDING_LIMIT)
    return value


@dataclass(frozen=True)
class VersionRow:
    id: int
    provision_id: int
    number: int
    status: str                # draft / proposed / final
    note: str
    author: str                # the author's full name (or account name)
    created_at: datetime       # naive UTC
    text_sha256: str
    restored_from: int | None  # the version number it restored, if any
    chars: int


@dataclass(frozen=True)
class VersionText:
    row: VersionRow
    text: str


class WordingConflict(ConflictError):
    """Somebody saved the provision after the version the writer started from.

    ``theirs`` is the wording now current; ``segments`` is the redline from the version the
    writer started from (``base``; None for a provision that had no wording) to theirs."""

    code = "wording_conflict"  # params: citation, number, author

    def __init__(self, *, theirs: VersionText, base: VersionText | None, segments: tuple[Segment, ...],
                 citation: str) -> None:
        super().__init__(citation=citation, number=theirs.row.number, author=theirs.row.author)
        self.theirs = theirs
        self.base = base
        self.segments = segments
