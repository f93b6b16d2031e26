"""Meeting attachments: files kept inside the case file, each with its sha256 and size.

Storage: the bytes live in the case file itself (table ``attachment_blobs``, one row per distinct
content, keyed by its sha256), on SQLite and on PostgreSQL alike. So every workstation reads the
same copy, an attachment is saved or rolled back with the rest of its transaction (no orphan or
half-written file), and a backup of the case file carries its attachments. (``storage`` on each
attachment says where its bytes are; ``folder`` is reserved for a future managed folder.)

Opening verifies the sha256 and the size: a missing or altered copy raises
``attachment_missing`` / ``attachment_altered`` and is never silently replaced. The size limit
is set by the counsel (``set_size_limit``; 50 MB by default).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ConflictError, InvalidInput, NotFound, SecretariatError
from ..models import AttachmentBlob, Meeting, MeetingAttachment, User, utcnow
from ..permissions import Action, Actor, require
from ..text import strip_control_chars
from . import audit, work_settings
from .backup_file import os_reason

DEFAULT_SIZE_LIMIT = 50 * 1024 * 1024
SETTING = "attachment_max_bytes"
MIN_LIMIT, MAX_LIMIT = 1024, 2 * 1024 * 1024 * 1024
_CHUNK = 1 << 20


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    meeting_id: int
    filename: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class AttachmentCheck:
    attachment_id: int
    filename: str
    state: str          # "ok" | "missing" | "altered"


@dataclass(frozen=True)
class OpenedAttachment:
    row: AttachmentRow
    path: Path          # a verified copy under the original file name, in ``dest_dir``


# ------------------------------------------------------------------------ storage

def human_size(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MB"
    return f"{max(1, round(n / 1024))} KB"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _safe_name(name: str) -> str:
    base = strip_control_chars(os.path.basename(str(name).replace("\\", "/"))).strip()
    if not base or base in (".", ".."):
        raise InvalidInput(field="nombre del archivo", value=str(name)[:80] or "(vacío)")
    if len(base) > 255:
        stem, ext = os.path.splitext(base)
        base = stem[:255 - len(ext)] + ext
    return base


def _stored_bytes(session: Session, a: MeetingAttachment) -> bytes:
    """The stored copy, checked against its sha256 and size (never repaired)."""
    data = session.execute(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == a.sha256)).scalar()
    if data is None:
        raise SecretariatError("attachment_missing", file=a.filename)
    data = bytes(data)
    if len(data) != a.size or _digest(data) != a.sha256:
        raise SecretariatError("attachment_altered", file=a.filename)
    return data


def _too_large(name: str, size: int, limit: int) -> SecretariatError:
    said, allowed = human_size(size), human_size(limit)
    if said == allowed:  # "4 KB and the limit is 4 KB" says nothing: give the bytes
        said, allowed = f"{size:,} bytes", f"{limit:,} bytes"
    return SecretariatError("attachment_too_large", file=name, size=said, limit=allowed)


def _read_source(path: Path, name: str, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_large(name, size, limit)
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise SecretariatError("attachment_unreadable", file=name, detail=os_reason(exc)) from exc
    if len(data) > limit:  # it grew while being read
        raise _too_large(name, len(data), limit)
    return data


def _store_in_database(session: Session, sha256: str, data: bytes, name: str) -> None:
    """Store the content once; an existing copy of it that was altered is reported, not replaced."""
    stored = session.execute(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha256)).scalar()
    if stored is None:
        session.add(AttachmentBlob(sha256=sha256, content=data))
        session.flush()
    elif _digest(bytes(stored)) != sha256:
        raise SecretariatError("attachment_altered", file=name)


_ROW = (MeetingAttachment.id, MeetingAttachment.meeting_id, MeetingAttachment.filename, MeetingAttachment.size,
        MeetingAttachment.sha256, MeetingAttachment.added_at,
        func.coalesce(func.nullif(User.full_name, ""), User.name, ""))


def attachment_rows(session: Session, meeting_ids: list[int]) -> list[AttachmentRow]:
    """Internal (callers check READ): the attachments of these meetings, oldest first."""
    if not meeting_ids:
        return []
    stmt = (select(*_ROW).outerjoin(User, User.id == MeetingAttachment.added_by_id)
            .where(MeetingAttachment.meeting_id.in_(meeting_ids)).order_by(MeetingAttachment.id))
    return [AttachmentRow(*r) for r in session.execute(stmt)]


def _attachment(session: Session, attachment_id: int) -> MeetingAttachment:
    a = session.get(MeetingAttachment, attachment_id)
    if a is None:
        raise NotFound(what="attachment", key=str(attachment_id))
    return a


def _limit(session: Session) -> int:
    return work_settings.value(session, SETTING, DEFAULT_SIZE_LIMIT)


# ------------------------------------------------------------------------ services

def add_attachment(session: Session, actor: Actor, meeting_id: int, source: str | Path, *,
                   filename: str | None = None, expected_version: int | None = None) -> AttachmentRow:
    """Copy ``source`` into the case file's storage and record it on the meeting. Refused over
    the size limit or when unreadable; nothing is recorded then. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(what="meeting", key=str(meeting_id))
    if expected_version is not None and meeting.version_id != expected_version:
        raise ConflictError(what="meeting", key=str(meeting_id))
    source = Path(source)
    name = _safe_name(filename or source.name)
    data = _read_source(source, name, _limit(session))
    sha256 = _digest(data)
    _store_in_database(session, sha256, data, name)
    a = MeetingAttachment(meeting_id=meeting.id, filename=name, sha256=sha256, size=len(data),
                          storage="database", added_at=utcnow(), added_by_id=actor.id)
    session.add(a)
    meeting.updated_at = utcnow()  # a new version of the meeting
    session.flush()
    audit.record(session, actor, "add_attachment", "meeting", meeting.id, None,
                 {"attachment_id": a.id, "file": name, "sha256": sha256, "size": len(data)})
    return attachment_rows(session, [meeting.id])[-1]


def _unused_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, ext = os.path.splitext(name)
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}){ext}"
        n += 1
    return target


def open_attachment(session: Session, actor: Actor, attachment_id: int, dest_dir: str | Path) -> OpenedAttachment:
    """Verify the stored copy and write it to ``dest_dir`` under its original name (``name (2)``
    when taken), so a viewer never edits the stored copy. READ."""
    require(actor, Action.READ)
    a = _attachment(session, attachment_id)
    data = _stored_bytes(session, a)
    folder = Path(dest_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _unused_name(folder, a.filename)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError as exc:
        raise SecretariatError("attachment_write_failed", file=a.filename, path=str(folder),
                               detail=os_reason(exc)) from exc
    row = next(r for r in attachment_rows(session, [a.meeting_id]) if r.id == a.id)
    return OpenedAttachment(row, target)


def read_attachment(session: Session, actor: Actor, attachment_id: int) -> bytes:
    """The stored bytes, verified. READ."""
    require(actor, Action.READ)
    return _stored_bytes(session, _attachment(session, attachment_id))


def check_attachments(session: Session, actor: Actor, meeting_id: int | None = None) -> list[AttachmentCheck]:
    """The state of every stored copy (of one meeting, or all). READ."""
    require(actor, Action.READ)
    stmt = select(MeetingAttachment).order_by(MeetingAttachment.id)
    if meeting_id is not None:
        stmt = stmt.where(MeetingAttachment.meeting_id == meeting_id)
    out = []
    for a in session.execute(stmt).scalars():
        try:
            _stored_bytes(session, a)
            state = "ok"
        except SecretariatError as exc:
            state = "missing" if exc.code == "attachment_missing" else "altered"
        out.append(AttachmentCheck(a.id, a.filename, state))
    return out


def size_limit(session: Session, actor: Actor) -> int:
    """The largest attachment accepted, in bytes. READ."""
    require(actor, Action.READ)
    return _limit(session)


def set_size_limit(session: Session, actor: Actor, limit_bytes: int) -> int:
    """The counsel sets the limit (1 KB .. 2 GB). CONFIGURE_WORK."""
    require(actor, Action.CONFIGURE_WORK)
    if not isinstance(limit_bytes, int) or isinstance(limit_bytes, bool) \
            or not MIN_LIMIT <= limit_bytes <= MAX_LIMIT:
        raise InvalidInput(field="límite de los adjuntos", value=str(limit_bytes))
    before = _limit(session)
    work_settings.store(session, actor, SETTING, limit_bytes)
    audit.record(session, actor, "set_attachment_limit", "work_settings", SETTING,
                 {"bytes": before}, {"bytes": limit_bytes})
    return limit_bytes
