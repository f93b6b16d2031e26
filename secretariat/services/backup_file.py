"""The backup file: its format, how values are written, and a checked reader.

The file (format 1) is a zip, ``.secbak`` by habit::

    mimetype               first member, stored uncompressed: ``application/x-secretariat-backup``.
                           A cut-short file still starts with it, so it is recognised as a
                           damaged backup of ours rather than a foreign file (ODF does the same).
    tables/<table>.jsonl   every table of ``Base.metadata``, one JSON array per row, columns as
                           the manifest lists them, ordered by primary key. Values: integers,
                           text, ``true``/``false``, ``null``; dates ``YYYY-MM-DD``; datetimes
                           ISO 8601 with microseconds (naive UTC, as stored).
    attachments/           reserved for attachment files (none exist yet). Each will be listed
                           in ``manifest["attachments"]["files"]`` as ``{"member", "sha256",
                           "bytes"}`` and in ``manifest["members"]``.
    manifest.json          last member: ``magic``, ``format``, ``app_version``,
                           ``schema_revision`` (Alembic), ``case_file_id``, ``created_at``,
                           ``created_by``, ``source_backend``, ``tables`` (columns, rows and
                           member of each, parents before children), ``members`` (sha256 and
                           size of every other member) and ``attachments``.

The same format serves SQLite and PostgreSQL, so a backup of one restores into the other.

Case-file identity: the hash of the first audit row (the creation of the first account). It is
unique to a case file, needs no extra table, and survives a restore because the audit chain is
copied verbatim.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, LargeBinary, Table, select

from ..db import KNOWN_REVISIONS, SCHEMA_HEAD
from ..errors import SecretariatError
from ..models import AuditEntry, Base

MAGIC = "secretariat-backup"
MIMETYPE = b"application/x-secretariat-backup"
FORMAT = 1
_decode = json.JSONDecoder().decode


def tables() -> list[Table]:
    """Every application table, parents before children."""
    return list(Base.metadata.sorted_tables)


def encoder(col):
    if isinstance(col.type, DateTime):
        return lambda v: None if v is None else v.isoformat(timespec="microseconds")
    if isinstance(col.type, Date):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(col.type, LargeBinary):
        return lambda v: None if v is None else base64.b64encode(bytes(v)).decode("ascii")
    return None


def decoder(col):
    if isinstance(col.type, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(col.type, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(col.type, Boolean):
        return lambda v: None if v is None else bool(v)
    if isinstance(col.type, LargeBinary):
        return lambda v: None if v is None else base64.b64decode(v)
    return None


def case_file_id(conn) -> str | None:
    """The hash of the first audit row, or None for a case file with no history yet."""
    return conn.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar()


_OS_REASONS = {errno.ENOENT: "no existe", errno.EACCES: "no hay permiso",
               errno.EPERM: "no hay permiso", errno.ENOSPC: "no queda espacio en el disco",
               errno.EROFS: "el disco es de solo lectura", errno.EISDIR: "es una carpeta"}


def os_reason(exc: OSError) -> str:
    """A short Spanish reason for a file-system error (the OS words it in English)."""
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)


class BackupReader:
    """An opened backup whose manifest has been checked; ``verify_members`` checks the rest."""

    def __init__(self, path: Path) -> None:
        self.path, self.file = path, path.name
        try:
            with open(path, "rb") as fh:
                head = fh.read(30 + len("mimetype") + len(MIMETYPE))
        except OSError as exc:
            raise SecretariatError("backup_unreadable", file=self.file, detail=os_reason(exc)) from exc
        self.ours = head.startswith(b"PK\x03\x04") and head.endswith(b"mimetype" + MIMETYPE)
        try:
            self.zf = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise self._refusal("backup_truncated") from exc
        try:
            self.manifest = self._manifest()
        except BaseException:
            self.zf.close()
            raise

    def _refusal(self, code: str, **params) -> SecretariatError:
        if not self.ours:
            return SecretariatError("backup_foreign", file=self.file)
        return SecretariatError(code, file=self.file, **params)

    def damaged(self, member: str) -> SecretariatError:
        return self._refusal("backup_damaged", member=member)

    def _manifest(self) -> dict:
        try:
            m = json.loads(self.zf.read("manifest.json").decode("utf-8"))
        except KeyError:
            raise self.damaged("manifest.json") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError, ValueError) as exc:
            raise self.damaged("manifest.json") from exc
        if not isinstance(m, dict) or m.get("magic") != MAGIC:
            raise SecretariatError("backup_foreign", file=self.file)
        fmt, rev = m.get("format"), m.get("schema_revision")
        if not isinstance(fmt, int) or fmt > FORMAT:
            raise SecretariatError("backup_newer", file=self.file, revision=f"formato {fmt}")
        if rev not in KNOWN_REVISIONS:
            raise SecretariatError("backup_newer", file=self.file, revision=rev)
        if rev != SCHEMA_HEAD:
            raise SecretariatError("backup_old_schema", file=self.file, revision=rev)
        listed = m.get("tables")
        expected = {t.name: {c.name for c in t.columns} for t in tables()}
        if not isinstance(listed, dict) or set(listed) != set(expected) or any(
                not isinstance(listed[n], dict) or set(listed[n].get("columns") or ()) != cols
                or listed[n].get("member") not in (m.get("members") or {})
                for n, cols in expected.items()):
            raise self.damaged("manifest.json")
        return m

    def verify_members(self) -> None:
        """Read every member once and compare its sha256 with the manifest."""
        for member, info in self.manifest["members"].items():
            digest, size = hashlib.sha256(), 0
            try:
                with self.zf.open(member) as fh:
                    while chunk := fh.read(1 << 20):
                        digest.update(chunk)
                        size += len(chunk)
            except KeyError:
                raise self.damaged(member) from None
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
                raise self.damaged(member) from exc
            if not isinstance(info, dict) or digest.hexdigest() != info.get("sha256") \
                    or size != info.get("bytes"):
                raise self.damaged(member)

    def rows(self, table: Table) -> Iterator[list]:
        """The table's rows, decoded to Python values, in the model's column order."""
        info = self.manifest["tables"][table.name]
        member, order = info["member"], info["columns"]
        cols = [table.columns[name] for name in order]
        position = [order.index(c.name) for c in table.columns]
        dec = [(i, f) for i, f in enumerate(decoder(c) for c in cols) if f]
        n = 0
        try:
            with self.zf.open(member) as raw, io.TextIOWrapper(raw, "utf-8", newline="\n") as fh:
                for line in fh:
                    values = _decode(line)
                    if not isinstance(values, list) or len(values) != len(order):
                        raise ValueError("row shape")
                    for i, f in dec:
                        values[i] = f(values[i])
                    n += 1
                    yield [values[p] for p in position]
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, TypeError) as exc:
            raise self.damaged(member) from exc
        if n != info.get("rows"):
            raise self.damaged(member)

    def close(self) -> None:
        self.zf.close()
