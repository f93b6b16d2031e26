"""Word-level redline between two wordings.

Tokens are words (letters with or without accents, digits), runs of whitespace and single
punctuation marks, so "dérecho" ≠ "derecho" and an added comma is its own change. Joining the
``equal`` and ``delete`` segments gives the old text back; ``equal`` and ``insert`` give the new.
A replaced block is a deletion followed by an insertion; a moved phrase is a deletion where it
was and an insertion where it went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["equal", "insert", "delete"]

# A word may carry combining marks (a decomposed "é"); whitespace runs; anything else alone.
_TOKEN = re.compile(r"[\w\u0300-\u036f]+|\s+|.", re.DOTALL)
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


def tokens(text: str) -> list[str]:
    """The text cut into words, whitespace runs and single marks; joined, they give it back."""
    return _TOKEN.findall(text)


def _common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """Lengths of the common prefix and the common suffix (not overlapping)."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _chunks(a: list[str], b: list[str]) -> list[tuple[str, str, str]]:
    """("equal", text, text) or ("change", deleted, inserted), in order."""
    head, tail = _common_ends(a, b)
    out: list[tuple[str, str, str]] = []
    if head:
        same = "".join(a[:head])
        out.append(("equal", same, same))
    mid_a, mid_b = a[head:len(a) - tail], b[head:len(b) - tail]
    matcher = SequenceMatcher(None, mid_a, mid_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = "".join(mid_a[i1:i2]), "".join(mid_b[j1:j2])
        out.append(("equal", old, new) if tag == "equal" else ("change", old, new))
    if tail:
        same = "".join(a[len(a) - tail:])
        out.append(("equal", same, same))
    return out


def _fold_spaces(chunks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """A lone space between two changes that both delete and insert joins them, so that
    "el gato" → "la perra" reads as one replaced phrase rather than two words and a kept space."""
    out: list[tuple[str, str, str]] = []
    for chunk in chunks:
        out.append(chunk)
        while len(out) >= 3:
            first, gap, last = out[-3:]
            if not (first[0] == "change" and last[0] == "change" and gap[0] == "equal"):
                break
            space = gap[1]
            if not space or space.strip() or "\n" in space:
                break
            deleted, inserted = first[1] + space + last[1], first[2] + space + last[2]
            if not (first[1] or last[1]) or not (first[2] or last[2]):
                break
            out[-3:] = [("change", deleted, inserted)]
    return out


def redline(old: str, new: str) -> tuple[Segment, ...]:
    """The word-level differences from ``old`` to ``new``."""
    segments: list[Segment] = []

    def emit(op: Op, text: str) -> None:
        if not text:
            return
        if segments and segments[-1].op == op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    for kind, deleted, inserted in _fold_spaces(_chunks(tokens(old), tokens(new))):
        if kind == "equal":
            emit("equal", deleted)
        else:
            emit("delete", deleted)
            emit("insert", inserted)
    return tuple(segments)


def changed(segments: tuple[Segment, ...] | list[Segment]) -> bool:
    """True when the redline has any insertion or deletion."""
    return any(s.op != "equal" for s in segments)


def _words(text: str) -> int:
    return sum(1 for t in tokens(text) if _WORD.match(t))


def stats(segments: tuple[Segment, ...] | list[Segment]) -> tuple[int, int]:
    """(inserted words, deleted words); punctuation and spaces are not counted as words."""
    inserted = sum(_words(s.text) for s in segments if s.op == "insert")
    deleted = sum(_words(s.text) for s in segments if s.op == "delete")
    return inserted, deleted


def old_text(segments: tuple[Segment, ...] | list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def new_text(segments: tuple[Segment, ...] | list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")
