"""Checking the body of a monitoring file column by column.

Each column is first tried whole with a few C-level string operations (one ``isprintable`` over
the joined column, one regular expression over the joined counts …); only a column that fails
that quick test is read cell by cell with the readers of ``import_values``, which find the first
bad cell and say why. The error reported is the one a reader going row by row, left to right,
would meet first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from itertools import repeat
from operator import itemgetter
from typing import Any

from ..errors import ImportRefused
from .import_columns import Header
from .import_values import (CONTROL_BLOCK, CONTROL_LINE, CONTROL_NAMES, GROUPED, MAX_LEN,
                            MAX_SIGNATURES, CellError, DateReader, clean_block, clean_line,
                            mark_separators, normalise_url, parse_count, split_contacts,
                            split_names)

_SHAPE = str.maketrans("012345678", "999999999")
_NOT_DIGIT = str.maketrans("", "", ",. \u00a0\u202f'")
_CHANGE_ORG = "https://www.change.org/"
_LABEL = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_URL = rf"https://(?!change\.org(?:/|\n|\Z)){_LABEL}(?:\.{_LABEL})+(?:/[^\n]*)?"
_URLS = re.compile(rf"{_URL}(?:\n{_URL})*")  # with the checks in _urls: already canonical
# stricter than EMAIL_PATTERN, and quicker: an address it refuses is looked at again cell by cell
_EMAIL_PLAIN = re.compile(r"[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*")


def read_table(lines: Sequence[int], cells: list[Sequence[Any]], header: Header, *,
               as_of: date | None, today: date, strict_width: bool) -> dict[str, list[Any]]:
    """Clean values per field (only the fields the file has); ``ImportRefused`` on the first error.

    ``cells`` are the non-empty rows under the header, ``lines`` their row numbers.
    """
    ix = header.index
    if "date" not in ix:
        if as_of is None:
            raise ImportRefused(reason="no_date")
        if as_of > today:
            raise ImportRefused(reason="future_date", value=as_of.strftime("%d/%m/%Y"))
    errors: list[tuple[int, int, str | None, CellError]] = []
    need = max(ix.values()) + 1
    if cells and min(map(len, cells)) < need:
        filler: Any = "" if strict_width else None
        cells = [r if len(r) >= need else [*r, *[filler] * (need - len(r))] for r in cells]
    if strict_width and cells and max(map(len, cells)) > header.width:
        for i, row in enumerate(cells):  # a separator in an unquoted cell shifted the row
            extra = [str(c) for c in row[header.width:] if c is not None and str(c).strip()]
            if extra:
                errors.append((i, -1, None, CellError("extra_cells", " | ".join(extra))))
                break
    readers: dict[str, Callable[[list[Any]], list[Any]]] = {
        "url": _urls, "title": lambda v: _text(v, "title", required=True),
        "signatures": _counts, "date": lambda v: _dates(v, DateReader(today, as_of)),
        "petitioner": _names, "email": lambda v: _contacts(v, "email"),
        "phone": lambda v: _contacts(v, "phone"), "topic": lambda v: _text(v, "topic"),
        "summary": lambda v: _text(v, "summary", block=True),
    }
    out: dict[str, list[Any]] = {}
    for field, pos in ix.items():
        values = list(map(itemgetter(pos), cells))
        try:
            out[field] = readers[field](values)
            if field == "url":
                _duplicates(out[field], values)
        except CellError as err:
            errors.append((err.index, pos, field, err))
    if errors:  # the first in reading order: top to bottom, left to right
        index, _, column, err = min(errors, key=lambda e: (e[0], e[1]))
        other = err.extra.get("other")
        extra = {"other": lines[other]} if other is not None else {}
        raise ImportRefused(row=lines[index], column=column, reason=err.reason, value=err.value,
                            **extra)
    return out


def _each(values: list[Any], read: Callable[[Any], Any]) -> list[Any]:
    """The slow path: cell by cell, noting where the first bad one is."""
    out = []
    i = 0
    try:
        for i, value in enumerate(values):
            out.append(read(value))
    except CellError as err:
        err.index = i
        raise
    return out


def _all_text(values: list[Any]) -> bool:
    return not values or set(map(type, values)) == {str}


def _text(values: list[Any], field: str, *, required: bool = False,
          block: bool = False) -> list[str]:
    if _all_text(values):
        stripped = list(map(str.strip, values))
        joined = "".join(stripped)
        if block:
            plain = joined.isprintable() or not ("\r" in joined or CONTROL_BLOCK.search(joined))
        else:
            plain = joined.isprintable() or not CONTROL_LINE.search(joined)
        if (plain and max(map(len, stripped), default=0) <= MAX_LEN[field]
                and (not required or all(stripped))):
            return stripped
    clean = clean_block if block else clean_line

    def read(value: Any) -> str:
        text = clean(value, field)
        if required and not text:
            raise CellError("required")
        return text
    return _each(values, read)


def _counts(values: list[Any]) -> list[int]:
    if _all_text(values):
        # a column holds few shapes ("99,999", "9,999", "999"): check each shape once
        joined = "\n".join(values)
        if all(map(_count_shape, set(joined.translate(_SHAPE).split("\n")))):
            digits = joined.translate(_NOT_DIGIT).split("\n")
            if max(map(len, digits), default=0) <= 10:
                numbers = list(map(int, digits))
                if max(numbers, default=0) <= MAX_SIGNATURES:
                    return numbers
    elif values and set(map(type, values)) == {int}:  # XLSX number cells
        if min(values) >= 0 and max(values) <= MAX_SIGNATURES:
            return values
    return _each(values, parse_count)


def _count_shape(shape: str) -> bool:
    shape = shape.strip()
    return bool(shape) and ((shape.isdigit() and shape.isascii()) or bool(GROUPED.fullmatch(shape)))


def _dates(values: list[Any], read: DateReader) -> list[date]:
    """Monitoring files repeat a handful of dates: each distinct one is read once."""
    try:
        table = {value: read(value) for value in set(values)}
    except CellError:
        return _each(values, read)  # to find the first row that holds a bad date
    return list(map(table.__getitem__, values))


def _url_cell(value: Any) -> str:
    raw = clean_line(value, "url")
    url = normalise_url(raw)
    if url is None:
        raise CellError("bad_url" if raw else "required", raw)
    return url


def _urls(values: list[Any]) -> list[str]:
    if _all_text(values) and max(map(len, values), default=0) <= MAX_LEN["url"]:
        flat = "".join(values)
        if (flat.isascii() and flat.isprintable() and not any(c in flat for c in " ?#\\")
                and not any(map(str.endswith, values, repeat("/")))
                and (all(map(str.startswith, values, repeat(_CHANGE_ORG)))
                     or _URLS.fullmatch("\n".join(values)))):
            return values
    try:
        return _each(values, _url_cell)
    except CellError as err:  # a repeated link above the bad one is met first
        _duplicates(list(map(_url_cell, values[:err.index])), values)
        raise


def _duplicates(urls: list[str], values: list[Any]) -> None:
    if len(set(urls)) == len(urls):
        return
    first: dict[str, int] = {}
    for i, url in enumerate(urls):
        if url in first:
            err = CellError("duplicate_url", values[i], other=first[url])
            err.index = i
            raise err
        first[url] = i


def _names(values: list[Any]) -> list[tuple[str, ...]]:
    """The whole column at once: cells joined by \x1e, separators marked \x1f, then split."""
    if _all_text(values):
        stripped = list(map(str.strip, values))
        flat = "".join(stripped)
        if (max(map(len, stripped), default=0) <= MAX_LEN["petitioner"]
                and (flat.isprintable() or not CONTROL_NAMES.search(flat))):
            if flat.isprintable() and ";" not in flat and "|" not in flat and " / " not in flat:
                return [(name,) if name else () for name in stripped]
            marked = mark_separators("\x1e".join(stripped))
            if marked.replace("\x1f", "").replace("\x1e", "").isprintable():  # spaces only
                for gap, mark in _NAME_GAPS:
                    while gap in marked:
                        marked = marked.replace(gap, mark)
                cells = marked.strip("\x1f").split("\x1e")
                return [tuple(c.split("\x1f")) if c else () for c in cells]
    return _each(values, split_names)


_NAME_GAPS = ((" \x1f", "\x1f"), ("\x1f ", "\x1f"), ("\x1f\x1f", "\x1f"),
              ("\x1e\x1f", "\x1e"), ("\x1f\x1e", "\x1e"))  # trim names, drop empty ones


def _contacts(values: list[Any], field: str) -> list[tuple[str, ...]]:
    if _all_text(values):
        stripped = list(map(str.strip, values))
        flat = "".join(stripped)
        if (flat.isprintable() and not any(sep in flat for sep in ";|,/")
                and max(map(len, stripped), default=0) <= MAX_LEN[field]
                and (field != "email" or all(map(_EMAIL_PLAIN.fullmatch, filter(None, stripped))))):
            return [(item,) if item else () for item in stripped]
    return _each(values, lambda value: split_contacts(value, field))
