"""The office's text settings for the documents it issues: the office's name, the classification
printed in headers and footers, and the letterhead (a Word .docx template).

The letterhead's bytes live in the case file (``attachment_blobs``, keyed by their sha256, like
meeting attachments), so every workstation and every backup carries the same copy; the
``text_settings`` keys ``letterhead.sha256`` and ``letterhead.filename`` point at it. A file is
accepted only if it is a real .docx: a zip with ``word/document.xml`` that python-docx opens.
Reading it back verifies the sha256; an altered or missing copy is reported, never used.

Roles: READ reads (the exports need it); CONFIGURE_WORK (the counsel) changes.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import SecretariatError
from ..models import AttachmentBlob, TextSetting, utcnow
from ..permissions import Action, Actor, require
from .attachments import _safe_name, _store_in_database, human_size
from . import audit
from .backup_file import os_reason
from .session_rows import one_line

DEFAULT_OFFICE_NAME = "Secretaría de la Consejería Jurídica"
DEFAULT_CLASSIFICATION = "Uso interno"
KEY_NAME, KEY_CLASSIFICATION = "office.name", "document.classification"
KEY_SHA, KEY_FILE = "letterhead.sha256", "letterhead.filename"
MAX_LETTERHEAD = 20 * 1024 * 1024
ENTITY = "text_settings"


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str
    classification: str
    letterhead_filename: str | None
    letterhead_sha256: str | None

    @property
    def has_letterhead(self) -> bool:
        return self.letterhead_sha256 is not None


def _values(session: Session) -> dict[str, str]:
    return dict(session.execute(select(TextSetting.key, TextSetting.value)).all())


def _settings(session: Session) -> OfficeSettings:
    v = _values(session)
    sha = v.get(KEY_SHA) or None
    return OfficeSettings(v.get(KEY_NAME) or DEFAULT_OFFICE_NAME, v.get(KEY_CLASSIFICATION) or DEFAULT_CLASSIFICATION,
                          (v.get(KEY_FILE) or None) if sha else None, sha)


def _put(session: Session, actor: Actor, key: str, value: str | None) -> None:
    """Set ``key`` (None or "" removes it: back to the default)."""
    row = session.get(TextSetting, key)
    if not value:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(TextSetting(key=key, value=value, set_by_id=actor.id, updated_at=utcnow()))
    else:
        row.value, row.set_by_id, row.updated_at = value, actor.id, utcnow()
    session.flush()


def _log(s: OfficeSettings) -> dict:
    return {"office_name": s.office_name, "classification": s.classification,
            "letterhead": s.letterhead_filename, "sha256": s.letterhead_sha256}


# ------------------------------------------------------------------------ reading

def office_settings(session: Session, actor: Actor) -> OfficeSettings:
    """The office's name, the classification and the letterhead in force. READ."""
    require(actor, Action.READ)
    return _settings(session)


def letterhead_bytes(session: Session, actor: Actor) -> bytes | None:
    """The letterhead .docx, verified against its sha256; None when none is set. READ."""
    require(actor, Action.READ)
    s = _settings(session)
    if s.letterhead_sha256 is None:
        return None
    data = session.execute(select(AttachmentBlob.content)
                           .where(AttachmentBlob.sha256 == s.letterhead_sha256)).scalar()
    if data is None:
        raise SecretariatError("letterhead_missing", file=s.letterhead_filename or "")
    data = bytes(data)
    if hashlib.sha256(data).hexdigest() != s.letterhead_sha256:
        raise SecretariatError("letterhead_altered", file=s.letterhead_filename or "")
    return data


# ------------------------------------------------------------------------ changing

def _read_docx(path: Path, name: str) -> bytes:
    """The file's bytes if it is a real .docx; otherwise one clear refusal."""
    try:
        size = path.stat().st_size
        if size > MAX_LETTERHEAD:
            raise SecretariatError("letterhead_too_large", file=name, size=human_size(size),
                                   limit=human_size(MAX_LETTERHEAD))
        data = path.read_bytes()
    except OSError as exc:
        raise SecretariatError("letterhead_unreadable", file=name, detail=os_reason(exc)) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if "word/document.xml" not in zf.namelist():
                raise SecretariatError("letterhead_not_docx", file=name)
        import docx  # only when needed: it is slow to import

        docx.Document(io.BytesIO(data))
    except SecretariatError:
        raise
    except Exception as exc:  # noqa: BLE001 - not a zip, not Word's, damaged XML: all "not a .docx"
        raise SecretariatError("letterhead_not_docx", file=name) from exc
    return data


def set_letterhead(session: Session, actor: Actor, path: str | os.PathLike) -> OfficeSettings:
    """Keep ``path`` (a .docx) as the letterhead of every document; any other file is refused
    and the previous letterhead stays. CONFIGURE_WORK."""
    require(actor, Action.CONFIGURE_WORK)
    path = Path(path)
    name = _safe_name(path.name)
    data = _read_docx(path, name)
    sha = hashlib.sha256(data).hexdigest()
    before = _settings(session)
    _store_in_database(session, sha, data, name)
    _put(session, actor, KEY_SHA, sha)
    _put(session, actor, KEY_FILE, name)
    after = _settings(session)
    audit.record(session, actor, "set_letterhead", ENTITY, "letterhead",
                 {"file": before.letterhead_filename, "sha256": before.letterhead_sha256},
                 {"file": name, "sha256": sha, "size": len(data)})
    return after


def clear_letterhead(session: Session, actor: Actor) -> OfficeSettings:
    """Back to the clean default layout (the stored copy stays in the case file, for the
    record). CONFIGURE_WORK."""
    require(actor, Action.CONFIGURE_WORK)
    before = _settings(session)
    if before.letterhead_sha256 is None:
        return before
    _put(session, actor, KEY_SHA, None)
    _put(session, actor, KEY_FILE, None)
    audit.record(session, actor, "clear_letterhead", ENTITY, "letterhead",
                 {"file": before.letterhead_filename, "sha256": before.letterhead_sha256}, None)
    return _settings(session)


def set_office_texts(session: Session, actor: Actor, *, office_name: str | None = None,
                     classification: str | None = None) -> OfficeSettings:
    """The office's name and the classification printed on documents; None leaves a text as it
    is, "" puts its default back. CONFIGURE_WORK."""
    require(actor, Action.CONFIGURE_WORK)
    before = _settings(session)
    if office_name is not None:
        _put(session, actor, KEY_NAME, one_line(office_name, 200, "nombre de la oficina"))
    if classification is not None:
        _put(session, actor, KEY_CLASSIFICATION, one_line(classification, 80, "clasificación"))
    after = _settings(session)
    if after != before:
        audit.record(session, actor, "set_office_texts", ENTITY, "office", _log(before), _log(after))
    return after
