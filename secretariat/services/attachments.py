"""Meeting attachments: files kept by the case file, each with its sha256 and size.

Storage (chosen by the backend, recorded per attachment in ``storage``):
- SQLite (``folder``): the folder ``<case file>.adjuntos/`` beside the case file, one file per
  content named by its sha256 (``ab/abcdef…``); the same content is stored once.
- PostgreSQL (``database``): the bytes in the ``attachment_blobs`` table, so every workstation
  reads the same copy.

Opening verifies the sha256 and the size: a missing or altered copy raises
``attachment_missing`` / ``attachment_altered`` and is never silently replaced. The size limit
is set by the counsel (``set_size_limit``; 50 MB by default).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from ..permissions import Action, Actor, require

DEFAULT_SIZE_LIMIT = 50 * 1024 * 1024


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


def add_attachment(session: Session, actor: Actor, meeting_id: int, source: str | Path, *,
                   filename: str | None = None, expected_version: int | None = None) -> AttachmentRow:
    """Copy ``source`` into the case file's storage and record it on the meeting. Refused over
    the size limit or when unreadable. RECORD_MEETINGS."""
    require(actor, Action.RECORD_MEETINGS)
    raise NotImplementedError


def open_attachment(session: Session, actor: Actor, attachment_id: int, dest_dir: str | Path) -> OpenedAttachment:
    """Verify the stored copy and write it to ``dest_dir`` under its original name. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def read_attachment(session: Session, actor: Actor, attachment_id: int) -> bytes:
    """The stored bytes, verified. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def check_attachments(session: Session, actor: Actor, meeting_id: int | None = None) -> list[AttachmentCheck]:
    """The state of every stored copy (of one meeting, or all). READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def size_limit(session: Session, actor: Actor) -> int:
    """The largest attachment accepted, in bytes. READ."""
    require(actor, Action.READ)
    raise NotImplementedError


def set_size_limit(session: Session, actor: Actor, limit_bytes: int) -> int:
    """The counsel sets the limit (1 KB .. 2 GB). CONFIGURE_WORK."""
    require(actor, Action.CONFIGURE_WORK)
    raise NotImplementedError
