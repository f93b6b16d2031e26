"""Wording versions of a provision: every save is a new version, never overwritten.

- The current wording is the version with the highest number. A save names the version it
  started from (``base_number``); if somebody saved meanwhile the save is refused with
  ``WordingConflict``, which carries their wording and the redline from the base to it, so the
  writer sees what changed and nothing is lost. Two saves racing past that check collide on the
  unique (provision, number) pair and end the same way.
- Saving the current text again is refused (``wording_unchanged``): a version is a change.
- Going back to an old version saves its text as a new version (``restored_from``).
- Status only advances: draft → proposed (WRITE_WORDING) → final (FINALIZE_WORDING, the
  counsel's alone), and only on the current version. The text never changes (the ORM refuses it).

Roles: WRITE_WORDING (advisers, counsel) saves, restores and proposes; FINALIZE_WORDING
(counsel) finalizes; READ reads and compares.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound, SecretariatError
from ..models import Provision, ProvisionVersion, User, utcnow
from ..permissions import Action, Actor, require
from ..redline import Segment, redline
from . import audit
from .provision_rows import clean_note, get_provision
from .wording_types import (  # noqa: F401  (the plain data of this module's API)
    WORDING_LIMIT,
    VersionRow,
    VersionText,
    WordingConflict,
    clean_wording,
    text_sha256,
)

_AUTHOR = func.coalesce(func.nullif(User.full_name, ""), User.name, "")
_COLUMNS = (ProvisionVersion.id, ProvisionVersion.provision_id, ProvisionVersion.number,
            ProvisionVersion.status, ProvisionVersion.note, _AUTHOR, ProvisionVersion.created_at,
            ProvisionVersion.text_sha256, ProvisionVersion.restored_from, func.length(ProvisionVersion.text),
            ProvisionVersion.text)


def _select():
    return select(*_COLUMNS).outerjoin(User, User.id == ProvisionVersion.author_id)


def _text(r) -> VersionText:
    return VersionText(VersionRow(*r[:-1]), r[-1])


def _one(session: Session, *where) -> VersionText | None:
    r = session.execute(_select().where(*where).order_by(ProvisionVersion.number.desc()).limit(1)).first()
    return _text(r) if r else None


def _current(session: Session, provision_id: int) -> VersionText | None:
    return _one(session, ProvisionVersion.provision_id == provision_id)


def _numbered(session: Session, prov: Provision, number: int) -> VersionText:
    found = _one(session, ProvisionVersion.provision_id == prov.id, ProvisionVersion.number == number)
    if found is None:
        raise NotFound(what="provision_version", key=f"{prov.citation} v{number}")
    return found


def _by_id(session: Session, version_id: int) -> VersionText:
    found = _one(session, ProvisionVersion.id == version_id)
    if found is None:
        raise NotFound(what="provision_version", key=str(version_id))
    return found


def _conflict(session: Session, prov: Provision, base_number: int | None) -> WordingConflict:
    theirs = _current(session, prov.id)
    assert theirs is not None  # a conflict means somebody's version exists
    base = _numbered(session, prov, base_number) if base_number else None
    return WordingConflict(theirs=theirs, base=base, segments=redline(base.text if base else "", theirs.text),
                           citation=prov.citation)


def _insert(session: Session, actor: Actor, prov: Provision, base_number: int | None, text: str, note: str,
            restored_from: int | None) -> ProvisionVersion:
    """Insert version ``base_number + 1``. Losing a race for that number (another writer's row
    already holds it) is a ``WordingConflict``, never a lost version or a driver error."""
    version = ProvisionVersion(provision_id=prov.id, number=(base_number or 0) + 1, text=text,
                               text_sha256=text_sha256(text), status="draft", note=note,
                               restored_from=restored_from, author_id=actor.id, created_at=utcnow())
    try:
        with session.begin_nested():
            session.add(version)
    except IntegrityError:
        raise _conflict(session, prov, base_number) from None
    return version


def _write(session: Session, actor: Actor, prov: Provision, text: str, base_number: int | None,
           note: str, restored_from: int | None, action: str) -> VersionRow:
    current = _current(session, prov.id)
    current_number = current.row.number if current else None
    if base_number is not None and (current_number is None or base_number > current_number):
        raise NotFound(what="provision_version", key=f"{prov.citation} v{base_number}")
    if base_number != current_number:
        raise _conflict(session, prov, base_number)
    if current is not None and current.row.text_sha256 == text_sha256(text):
        raise SecretariatError("wording_unchanged", citation=prov.citation, number=current.row.number)
    version = _insert(session, actor, prov, base_number, text, note, restored_from)
    audit.record(session, actor, action, "provision_version", version.id, None,
                 {"provision_id": prov.id, "citation": prov.citation, "number": version.number,
                  "text_sha256": version.text_sha256, "chars": len(text), "note": note,
                  "restored_from": restored_from})
    return _by_id(session, version.id).row


# ------------------------------------------------------------------------ reading

def versions(session: Session, actor: Actor, provision_id: int) -> list[VersionRow]:
    """A provision's versions, newest first. READ."""
    require(actor, Action.READ)
    get_provision(session, provision_id)
    stmt = _select().where(ProvisionVersion.provision_id == provision_id).order_by(ProvisionVersion.number.desc())
    return [_text(r).row for r in session.execute(stmt)]


def version_text(session: Session, actor: Actor, version_id: int) -> VersionText:
    """One version with its text. READ."""
    require(actor, Action.READ)
    return _by_id(session, version_id)


def current_version(session: Session, actor: Actor, provision_id: int) -> VersionText | None:
    """The current wording (highest number), or None before the first save. READ."""
    require(actor, Action.READ)
    get_provision(session, provision_id)
    return _current(session, provision_id)


def wording_at(session: Session, actor: Actor, provision_id: int, when: datetime) -> VersionText | None:
    """The wording that was current at ``when`` (naive UTC, or aware in any zone), or None if
    there was none yet. READ."""
    require(actor, Action.READ)
    get_provision(session, provision_id)
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return _one(session, ProvisionVersion.provision_id == provision_id, ProvisionVersion.created_at <= when)


def compare(session: Session, actor: Actor, old_version_id: int, new_version_id: int) -> tuple[Segment, ...]:
    """The word-level redline from one version to another. READ."""
    require(actor, Action.READ)
    return redline(_by_id(session, old_version_id).text, _by_id(session, new_version_id).text)


# ------------------------------------------------------------------------ writing

def save_version(session: Session, actor: Actor, provision_id: int, text: str, *, base_number: int | None,
                 note: str = "") -> VersionRow:
    """Save ``text`` as the provision's next version (a draft). ``base_number`` is the version the
    writer started from (None for the first wording). WRITE_WORDING."""
    require(actor, Action.WRITE_WORDING)
    prov = get_provision(session, provision_id)
    return _write(session, actor, prov, clean_wording(text), base_number, clean_note(note), None,
                  "save_wording")


def restore_version(session: Session, actor: Actor, provision_id: int, number: int, *, base_number: int | None,
                    note: str = "") -> VersionRow:
    """Save old version ``number``'s text as a new version. WRITE_WORDING."""
    require(actor, Action.WRITE_WORDING)
    prov = get_provision(session, provision_id)
    old = _numbered(session, prov, number)
    return _write(session, actor, prov, old.text, base_number, clean_note(note), number, "restore_wording")


def _advance(session: Session, actor: Actor, version_id: int, status: str, action: str) -> VersionRow:
    v = session.get(ProvisionVersion, version_id)
    if v is None:
        raise NotFound(what="provision_version", key=str(version_id))
    prov = get_provision(session, v.provision_id)
    current = session.execute(select(func.max(ProvisionVersion.number))
                              .where(ProvisionVersion.provision_id == v.provision_id)).scalar_one()
    if v.number != current:
        raise SecretariatError("version_not_current", citation=prov.citation, number=v.number, current=current)
    if v.status == "final" or v.status == status:
        raise SecretariatError(f"version_already_{v.status}", citation=prov.citation, number=v.number)
    before = {"citation": prov.citation, "number": v.number, "status": v.status}
    v.status, v.status_changed_at, v.status_changed_by_id = status, utcnow(), actor.id
    session.flush()
    audit.record(session, actor, action, "provision_version", v.id, before, {**before, "status": status})
    return _by_id(session, v.id).row


def propose_version(session: Session, actor: Actor, version_id: int) -> VersionRow:
    """Propose the current draft to the drafting committee. WRITE_WORDING."""
    require(actor, Action.WRITE_WORDING)
    return _advance(session, actor, version_id, "proposed", "propose_wording")


def finalize_version(session: Session, actor: Actor, version_id: int) -> VersionRow:
    """Mark the current version final for the assembly (from draft or proposed). FINALIZE_WORDING."""
    require(actor, Action.FINALIZE_WORDING)
    return _advance(session, actor, version_id, "final", "finalize_wording")


def set_status(session: Session, actor: Actor, version_id: int, status: str) -> VersionRow:
    """``propose_version`` or ``finalize_version`` by the status wanted (each checks its role)."""
    if status == "proposed":
        return propose_version(session, actor, version_id)
    if status == "final":
        return finalize_version(session, actor, version_id)
    raise InvalidInput("version_status_unknown", status=status)
