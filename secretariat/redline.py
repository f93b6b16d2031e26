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


# Long texts are compared in stages: first by lines, then by sentences, and word by word only
# inside the lines and sentences that changed. difflib's matcher is quadratic on repetitive
# token lists (every space and every "de" is a token), so a 100,000-character wording compared
# word by word in one go takes minutes; by stages it takes well under a second. Small texts (the
# usual provision) are compared word by word directly.
_LINES = re.compile(r"[^\n]*\n|[^\n]+")
_SENTENCES = re.compile(r"[^.;:!?]*[.;:!?]+\s*|[^.;:!?]+")
_STAGES = (_LINES, _SENTENCES)
DIRECT = 200_000      # token pairs (old × new) compared word by word in one go
WORD_LIMIT = 1_000_000  # beyond this, a changed stretch that is still one piece shows deleted + inserted whole


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


def _matched(a: list[str], b: list[str]):
    """Opcodes over two lists: common ends first, then difflib over the middle."""
    head, tail = _common_ends(a, b)
    if head:
        yield "equal", 0, head, 0, head
    matcher = SequenceMatcher(None, a[head:len(a) - tail], b[head:len(b) - tail], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        yield tag, head + i1, head + i2, head + j1, head + j2
    if tail:
        yield "equal", len(a) - tail, len(a), len(b) - tail, len(b)


def _words(a: list[str], b: list[str]) -> list[tuple[str, str, str]]:
    """Word-level chunks: ("equal", text, text) or ("change", deleted, inserted), in order."""
    out: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in _matched(a, b):
        old, new = "".join(a[i1:i2]), "".join(b[j1:j2])
        if old or new:
            out.append(("equal", old, new) if tag == "equal" else ("change", old, new))
    return out


def _chunks(old: str, new: str, stage: int = 0) -> list[tuple[str, str, str]]:
    a, b = tokens(old), tokens(new)
    head, tail = _common_ends(a, b)
    pairs = (len(a) - head - tail) * (len(b) - head - tail)
    if pairs <= DIRECT or stage == len(_STAGES):
        if pairs > WORD_LIMIT:
            return [("change", old, new)]
        return _words(a, b)
    ua, ub = _STAGES[stage].findall(old), _STAGES[stage].findall(new)
    out: list[tuple[str, str, str]] = []
    for tag, i1, i2, j1, j2 in _matched(ua, ub):
        old_part, new_part = "".join(ua[i1:i2]), "".join(ub[j1:j2])
        if tag == "equal":
            out.append(("equal", old_part, old_part))
        elif i2 - i1 == j2 - j1 > 1:  # as many pieces on each side: compare them pairwise
            for x, y in zip(ua[i1:i2], ub[j1:j2]):
                out.extend(_chunks(x, y, stage + 1))
        else:
            out.extend(_chunks(old_part, new_part, stage + 1))
    return out


def _merged(chunks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Neighbours of the same kind (from pieces compared separately) become one chunk."""
    out: list[tuple[str, str, str]] = []
    for chunk in chunks:
        if out and out[-1][0] == chunk[0]:
            kind, old, new = out[-1]
            out[-1] = (kind, old + chunk[1], new + chunk[2])
        else:
            out.append(chunk)
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

    for kind, deleted, inserted in _fold_spaces(_merged(_chunks(old, new))):
        if kind == "equal":
            emit("equal", deleted)
        else:
            emit("delete", deleted)
            emit("insert", inserted)
    return tuple(segments)


def changed(segments: tuple[Segment, ...] | list[Segment]) -> bool:
    """True when the redline has any insertion or deletion."""
    return any(s.op != "equal" for s in segments)


def _count_words(text: str) -> int:
    return sum(1 for t in tokens(text) if _WORD.match(t))


def stats(segments: tuple[Segment, ...] | list[Segment]) -> tuple[int, int]:
    """(inserted words, deleted words); punctuation and spaces are not counted as words."""
    inserted = sum(_count_words(s.text) for s in segments if s.op == "insert")
    deleted = sum(_count_words(s.text) for s in segments if s.op == "delete")
    return inserted, deleted


def old_text(segments: tuple[Segment, ...] | list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def new_text(segments: tuple[Segment, ...] | list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")
