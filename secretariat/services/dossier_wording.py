"""Provisions' wording at a moment with the redline against an earlier moment, for the dossiers
(internal: builders check READ). One redline per provision, however many petitions feed it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from exports.dossier_types import WordingChange

from ..redline import redline
from . import dossier_reads as R


def changes(s: Session, provision_ids: Iterable[int], since: datetime | None,
            until: datetime | None = None) -> dict[int, WordingChange]:
    """provision id → its wording just before ``until`` (today's when None) with the redline from
    the wording just before ``since`` (both naive UTC). ``since`` None (no earlier session): every
    wording is new. Provisions with no wording by ``until`` are absent."""
    ids = list(dict.fromkeys(provision_ids))
    provisions = R.provisions(s, ids)
    now = R.wordings_before(s, ids, until) if until is not None else R.current_wordings(s, ids)
    then = R.wordings_before(s, ids, since) if since is not None and ids else {}
    out = {}
    for pid, cur in now.items():
        p = provisions[pid]
        old = then.get(pid)
        if old is None:
            out[pid] = WordingChange(p.citation, p.heading, cur.number, cur.status, cur.text)
        elif old.text == cur.text:
            out[pid] = WordingChange(p.citation, p.heading, cur.number, cur.status, cur.text, old.number, ())
        else:
            out[pid] = WordingChange(p.citation, p.heading, cur.number, cur.status, cur.text, old.number,
                                     tuple(redline(old.text, cur.text)))
    return out
