"""Backup and restore of a whole case file as ONE portable file (format: ``backup_file``).

Consistency while the case file is in use:
- SQLite: sqlite3's online backup API copies the live file in one step (one read transaction:
  the last committed state, even while another connection holds an open write transaction) into
  a temporary file, and the export reads that snapshot.
- PostgreSQL: every table is read in one ``REPEATABLE READ`` read-only transaction (one
  snapshot).

The backup is written under a temporary name in the target folder and renamed at the end, so a
half-written backup never exists under the real name.

"Empty", the only restore target: every table is empty, except the rows the first migration
seeds, which are allowed and replaced by the backup's: at most one row in ``tier_policies``
(the 2016 thresholds) and one in ``change_counter``. A restore checks the format, the schema
revision and every member's sha256 before its first write, and is one transaction: all or
nothing. The audit chain is copied verbatim, so ``audit verify`` passes afterwards. Afterwards
PostgreSQL's sequences are moved past the restored ids.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Integer, Table, create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from .. import __version__
from ..db import Database
from ..errors import SecretariatError
from ..files import SNAPSHOT_PREFIX, sweep_stale_parts, sweep_stale_snapshots
from ..models import Base, utcnow
from ..permissions import Action, Actor, require
from ..progress import NO_PROGRESS, Progress
from .backup_file import FORMAT, MAGIC, MIMETYPE, BackupReader, case_file_id, encoder, os_reason, tables
from .bulk import executemany

SEEDED = {"tier_policies": 1, "change_counter": 1}  # rows a freshly migrated case file holds
BATCH = 5000


@dataclass(frozen=True)
class BackupSummary:
    path: str
    tables: int
    rows: int
    bytes: int
    case_file_id: str | None
    schema_revision: str


@dataclass(frozen=True)
class RestoreSummary:
    path: str
    tables: int
    rows: int
    case_file_id: str | None
    schema_revision: str
    created_at: str
    created_by: str
    app_version: str


# ------------------------------------------------------------------------------ backup

@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """A connection that sees one consistent, committed state of the case file."""
    if not db.is_sqlite:
        with db.engine.connect().execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True) as conn, conn.begin():
            yield conn
        return
    folder = tempfile.mkdtemp(prefix=SNAPSHOT_PREFIX)
    engine = None
    try:
        snap = os.path.join(folder, "snapshot.sqlite3")
        raw = db.engine.raw_connection()
        try:
            dst = sqlite3.connect(snap)
            try:
                raw.driver_connection.backup(dst)  # pages=-1: the whole file in one step
            finally:
                dst.close()
        finally:
            raw.close()
        engine = create_engine(f"sqlite:///{snap}")
        with engine.connect() as conn:
            yield conn
    finally:
        if engine is not None:
            engine.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def _export_table(conn: Connection, table: Table, zf: zipfile.ZipFile, member: str,
                  progress: Progress, done: int, total: int) -> tuple[int, str, int]:
    cols = list(table.columns)
    enc = [(i, f) for i, f in enumerate(encoder(c) for c in cols) if f]
    digest, size, n, buf = hashlib.sha256(), 0, 0, []
    q = select(*cols).order_by(*table.primary_key.columns)
    info = zipfile.ZipInfo(member, time.localtime()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as fh:
        def flush() -> None:
            nonlocal size
            data = "".join(buf).encode("utf-8")
            buf.clear()
            digest.update(data)
            fh.write(data)
            size += len(data)

        for row in conn.execute(q.execution_options(yield_per=BATCH)):
            values = list(row)
            for i, f in enc:
                values[i] = f(values[i])
            buf.append(json.dumps(values, ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
            if n % BATCH == 0:
                flush()
                progress.step(done + n, total)
        flush()
    return n, digest.hexdigest(), size


def _temp_name(out: Path) -> Path:
    return out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")


def backup(db: Database, actor: Actor, out_path: str | os.PathLike,
           progress: Progress = NO_PROGRESS) -> BackupSummary:
    """Write a consistent backup of ``db`` to ``out_path`` (replaced atomically at the end)."""
    require(actor, Action.BACKUP)
    out = Path(out_path)
    if out.is_dir():
        raise SecretariatError("backup_write_failed", path=str(out), detail="es una carpeta")
    tmp = _temp_name(out)
    sweep_stale_parts(out)
    sweep_stale_snapshots()
    try:
        with _snapshot(db) as conn:
            manifest, rows = _write_zip(conn, db, actor, tmp, progress)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        reason = "la carpeta no existe" if isinstance(exc, FileNotFoundError) else os_reason(exc)
        raise SecretariatError("backup_write_failed", path=str(out), detail=reason) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupSummary(str(out), len(manifest["tables"]), rows, out.stat().st_size,
                         manifest["case_file_id"], manifest["schema_revision"])


def _write_zip(conn: Connection, db: Database, actor: Actor, tmp: Path,
               progress: Progress) -> tuple[dict, int]:
    all_tables = tables()
    counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar() or 0
              for t in all_tables}
    total = sum(counts.values())
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    manifest = {
        "magic": MAGIC, "format": FORMAT, "app_version": __version__,
        "schema_revision": revision, "case_file_id": case_file_id(conn),
        "created_at": utcnow().isoformat(timespec="seconds") + "Z", "created_by": actor.name,
        "source_backend": db.engine.dialect.name, "tables": {}, "members": {},
        "attachments": {"folder": "attachments/", "files": []},
    }
    done = 0
    progress.step(0, total)
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", time.localtime()[:6]), MIMETYPE,
                    compress_type=zipfile.ZIP_STORED)
        manifest["members"]["mimetype"] = {"sha256": hashlib.sha256(MIMETYPE).hexdigest(),
                                           "bytes": len(MIMETYPE)}
        for t in all_tables:
            member = f"tables/{t.name}.jsonl"
            n, sha, size = _export_table(conn, t, zf, member, progress, done, total)
            done += n
            progress.step(done, total)
            manifest["tables"][t.name] = {"member": member, "rows": n,
                                          "columns": [c.name for c in t.columns]}
            manifest["members"][member] = {"sha256": sha, "bytes": size}
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
    return manifest, done


# ------------------------------------------------------------------------------ restore

def _records_made(session) -> int:
    """How many rows go beyond what a freshly migrated case file holds (0 = empty)."""
    extra = 0
    for t in tables():
        n = session.execute(select(func.count()).select_from(t)).scalar() or 0
        extra += max(0, n - SEEDED.get(t.name, 0))
    return extra


def is_empty(session) -> bool:
    return _records_made(session) == 0


def _require_empty(session, bk: BackupReader) -> None:
    made = _records_made(session)
    if made:
        theirs, ours = bk.manifest.get("case_file_id"), case_file_id(session)
        if ours and theirs and ours != theirs:
            raise SecretariatError("backup_other_case", file=bk.file)
        raise SecretariatError("restore_not_empty", rows=made)


def _inserter(session, table: Table, names: list[str]):
    """A function that inserts a batch of rows: COPY on PostgreSQL (about 4× faster than
    executemany there), the driver's executemany on SQLite."""
    conn = session.connection()
    quote = conn.dialect.identifier_preparer.quote
    cols = [quote(c) for c in names]
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection
        sql = f"COPY {quote(table.name)} ({', '.join(cols)}) FROM STDIN"

        def copy(rows: list[tuple]) -> None:
            if rows:
                with raw.cursor() as cur, cur.copy(sql) as cp:
                    for r in rows:
                        cp.write_row(r)
        return copy
    return lambda rows: executemany(session, quote(table.name), cols, rows)


def _load_table(session, bk: BackupReader, table: Table, progress: Progress, done: int,
                total: int) -> int:
    quote = session.connection().dialect.identifier_preparer.quote
    names = [c.name for c in table.columns]
    pk = list(table.primary_key.columns)
    insert = _inserter(session, table, names)
    # A column that refers to its own table is filled in afterwards (the row it names may come later).
    self_refs = [i for i, c in enumerate(table.columns)
                 if any(fk.column.table is table for fk in c.foreign_keys)]
    later: list[tuple] = []
    batch: list[tuple] = []
    n = 0
    for values in bk.rows(table):
        for i in self_refs:
            if values[i] is not None:
                later.append((names[i], values[i], *(values[names.index(p.name)] for p in pk)))
                values[i] = None
        batch.append(tuple(values))
        n += 1
        if len(batch) >= BATCH:
            insert(batch)
            batch.clear()
            progress.step(done + n, total)
    insert(batch)
    for col in {c for c, *_ in later}:
        executemany(session, quote(table.name), [quote(col)],
                    [tuple(rest) for c, *rest in later if c == col],
                    where=[quote(p.name) for p in pk])
    return n


def _reset_sequences(session) -> None:
    """PostgreSQL: move each serial sequence past the restored ids so new inserts work."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for t in tables():
        pk = list(t.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        col = pk[0].name
        session.execute(text(
            f'SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX("{col}"), 1), '
            f'MAX("{col}") IS NOT NULL) FROM "{t.name}"'), {"t": t.name, "c": col})


def restore(db: Database, actor: Actor | None, in_path: str | os.PathLike,
            progress: Progress = NO_PROGRESS) -> RestoreSummary:
    """Restore a backup into ``db``, which must be empty (see the module's docstring).

    ``actor`` may be None: an empty case file has no accounts to sign in with. Everything is
    checked (format, schema, every member's sha256) before the first write, and the write is
    one transaction.
    """
    if actor is not None:
        require(actor, Action.BACKUP)
    bk = BackupReader(Path(in_path))
    try:
        with db.read() as s:
            _require_empty(s, bk)
        bk.verify_members()
        m = bk.manifest
        total = sum(int(m["tables"][t.name].get("rows") or 0) for t in tables())
        done = 0
        progress.step(0, total)
        with db.write() as s:
            _require_empty(s, bk)
            for name in SEEDED:
                s.execute(Base.metadata.tables[name].delete())
            driver_error = s.get_bind().dialect.loaded_dbapi.Error
            for t in tables():
                try:
                    done += _load_table(s, bk, t, progress, done, total)
                except (DBAPIError, driver_error) as exc:
                    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
                    raise SecretariatError("restore_failed", file=bk.file, table=t.name,
                                           detail=detail) from exc
                progress.step(done, total)
            _reset_sequences(s)
    finally:
        bk.close()
    return RestoreSummary(str(bk.path), len(m["tables"]), done, m.get("case_file_id"),
                          m["schema_revision"], str(m.get("created_at", "")),
                          str(m.get("created_by", "")), str(m.get("app_version", "")))
