"""Backup and restore: round trips across backends, consistency while in use, refusals."""

from __future__ import annotations

import json
import os
import struct
import uuid
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from secretariat.db import SCHEMA_HEAD, Database
from secretariat.errors import AuthError, PermissionDenied, SecretariatError
from secretariat.progress import Cancelled, Progress
from secretariat.services import accounts, audit, backup, petitions, tiers, users
from secretariat.services.backup_file import tables
from tests.conftest import PASSWORD, _sqlite_copy, make_actor

from .helpers import day, row

D0 = date(2016, 5, 2)


# ------------------------------------------------------------------------------ fixtures

@pytest.fixture
def make_db(request, sqlite_template, tmp_path):
    """Fresh migrated case files of either backend, several per test."""
    made: list[tuple[Database, str | None]] = []

    def make(kind: str) -> Database:
        if kind == "sqlite":
            database = Database(_sqlite_copy(sqlite_template, tmp_path))
            made.append((database, None))
            return database
        tpl = request.getfixturevalue("pg_template")
        if tpl is None:
            pytest.skip("no PostgreSQL server (set SECRETARIAT_TEST_PG)")
        admin, tpl_name = tpl
        name = f"t_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{tpl_name}"'))
        database = Database(os.environ["SECRETARIAT_TEST_PG"].rsplit("/", 1)[0] + "/" + name)
        made.append((database, name))
        return database

    yield make
    for database, name in made:
        database.dispose()
        if name:
            admin, _ = request.getfixturevalue("pg_template")
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def url_of(slug: str) -> str:
    return f"https://www.change.org/p/{slug}"


def fill(database: Database, petitions_n: int = 25, days: int = 6):
    """A realistic small case: accounts (one disabled, one locked), several days of counts with
    crossings and a revert, a threshold change, and a duplicate that points to a later petition."""
    counsel = make_actor(database, "consejera", "counsel")
    adviser = make_actor(database, "asesor", "adviser")
    make_actor(database, "actuario", "clerk")
    for k in range(days):
        rows = [row(f"p{i:03d}", 2000 + i * 450 + k * 300 - (2000 if (i, k) == (10, days - 1) else 0),
                    D0 + timedelta(days=k), line=i + 2, people=("Ana Ruiz Peña", "José Núñez"),
                    summary="Resumen con «comillas», acentos, ñ y un salto\nde línea", topic="Agua")
                for i in range(petitions_n)]
        day(database, adviser, rows, source=f"monitoreo-{k}.csv")
        if k == 2:
            with database.write() as s:
                tiers.set_thresholds(s, counsel, 6000, 12000, 60000, note="ajuste de julio")
    with database.write() as s:
        first = petitions.petition_id_by_url(s, url_of("p000"))
        petitions.decide_admissibility(s, adviser, first, "inadmissible", "duplicate",
                                       duplicate_of_url=url_of(f"p{petitions_n - 1:03d}"))
        accounts.disable_user(s, counsel, "actuario")
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(AuthError):
            users.sign_in(database, "asesor", "mala")
    return counsel


def dump(database: Database) -> dict[str, list[tuple]]:
    with database.read() as s:
        return {t.name: [tuple(r) for r in s.execute(select(t).order_by(*t.primary_key.columns))]
                for t in tables()}


def verified(database: Database, actor) -> bool:
    with database.read() as s:
        return audit.verify(s, actor).ok


def empty(database: Database) -> bool:
    with database.read() as s:
        return backup.is_empty(s)


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory, sqlite_template) -> Path:
    folder = tmp_path_factory.mktemp("good")
    database = Database(_sqlite_copy(sqlite_template, folder))
    counsel = fill(database)
    out = folder / "expediente.secbak"
    backup.backup(database, counsel, out)
    database.dispose()
    return out


# ------------------------------------------------------------------------------ round trips

@pytest.mark.parametrize("source,target", [("sqlite", "sqlite"), ("sqlite", "postgresql"),
                                           ("postgresql", "sqlite"), ("postgresql", "postgresql")])
def test_round_trip_gives_identical_data_and_a_valid_audit_chain(make_db, tmp_path, source, target):
    src, dst = make_db(source), make_db(target)
    counsel = fill(src)
    before = dump(src)
    assert before["petitions"][0][8] is not None  # the forward self-reference is exercised
    out = tmp_path / "copia.secbak"
    made = backup.backup(src, counsel, out)
    assert made.rows == sum(len(v) for v in before.values()) and made.bytes == out.stat().st_size
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".part")]

    done = backup.restore(dst, None, out)
    assert done.rows == made.rows and done.case_file_id == made.case_file_id
    assert dump(dst) == before
    assert verified(dst, counsel)
    # The restored accounts sign in (the disabled one stays disabled) and new writes work,
    # also on PostgreSQL whose sequences had to be moved past the restored ids.
    restored = users.sign_in(dst, "consejera", PASSWORD)
    with pytest.raises(AuthError, match="account_disabled"):
        users.sign_in(dst, "actuario", PASSWORD)
    day(dst, restored, [row("nueva", 7000, D0 + timedelta(days=30))])
    with dst.write() as s:
        users.add_user(s, restored, "nueva.asesora", "adviser", PASSWORD)
    assert verified(dst, restored)
    after = dump(dst)
    assert len(after["petitions"]) == len(before["petitions"]) + 1
    assert after["audit_log"][-1][0] > before["audit_log"][-1][0]


def test_backup_ignores_an_uncommitted_write_held_by_another_connection(db, counsel, tmp_path, make_db):
    fill(db)
    committed = dump(db)
    writer = db.engine.execution_options(sqlite_begin="IMMEDIATE").connect()
    tx = writer.begin()  # another workstation in the middle of a save
    writer.execute(text("UPDATE petitions SET title = 'sin confirmar' WHERE id = 1"))
    writer.execute(text("DELETE FROM signature_counts WHERE petition_id = 2"))
    try:
        backup.backup(db, counsel, tmp_path / "copia.secbak")
    finally:
        tx.commit()
        writer.close()
    target = make_db("sqlite")
    backup.restore(target, None, tmp_path / "copia.secbak")
    assert dump(target) == committed
    assert dump(db)["petitions"][0][2] == "sin confirmar"  # the write did happen, afterwards


def test_writes_committed_during_the_backup_are_not_half_in_it(db, counsel, tmp_path, make_db):
    fill(db)
    before = dump(db)
    calls = []

    def meanwhile(done, total):
        if not calls:  # an import lands while the backup is being written
            day(db, counsel, [row(f"p{i:03d}", 90000 + i, D0 + timedelta(days=20)) for i in range(25)]
                + [row("otra", 100, D0 + timedelta(days=20), line=40)])
        calls.append(done)

    backup.backup(db, counsel, tmp_path / "copia.secbak", Progress(report=meanwhile))
    assert len(dump(db)["petitions"]) == len(before["petitions"]) + 1
    target = make_db("sqlite")
    backup.restore(target, None, tmp_path / "copia.secbak")
    assert dump(target) == before
    assert verified(target, counsel)


# ------------------------------------------------------------------------------ refusals

def _member_data_offset(path: Path, member: str) -> tuple[int, int]:
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack("<HH", raw[info.header_offset + 26:info.header_offset + 30])
    return info.header_offset + 30 + name_len + extra_len, info.compress_size


def _rewrite(src: Path, dst: Path, *, change=None, drop=(), manifest=None, fix_sums=False) -> Path:
    change = change or {}
    with zipfile.ZipFile(src) as zin:
        contents = [(info, zin.read(info.filename)) for info in zin.infolist()]
    data = {info.filename: body for info, body in contents}
    for member, fn in change.items():
        data[member] = fn(data[member])
    m = json.loads(data["manifest.json"])
    if fix_sums:
        import hashlib
        for member in change:
            m["members"][member] = {"sha256": hashlib.sha256(data[member]).hexdigest(),
                                    "bytes": len(data[member])}
    if manifest:
        manifest(m)
    data["manifest.json"] = json.dumps(m).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, _ in contents:
            if info.filename not in drop:
                zout.writestr(info, data[info.filename])
    return dst


def _truncated(good: Path, out: Path) -> Path:
    out.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return out


def _flipped(good: Path, out: Path) -> Path:
    raw = bytearray(good.read_bytes())
    start, size = _member_data_offset(good, "tables/signature_counts.jsonl")
    raw[start + size // 2] ^= 0x5A
    out.write_bytes(bytes(raw))
    return out


def _random_zip(good: Path, out: Path) -> Path:
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("fotos/reunion.txt", "acta de la reunión")
        z.writestr("manifest.json", json.dumps({"name": "otro programa"}))
    return out


def _not_a_zip(good: Path, out: Path) -> Path:
    out.write_text("Enlace;Título;Firmas\nhttps://www.change.org/p/x;X;5000\n", encoding="utf-8")
    return out


def _edited_member(good: Path, out: Path) -> Path:  # a valid zip whose content no longer matches
    return _rewrite(good, out, change={"tables/petitions.jsonl": lambda b: b.replace(b'"watch"', b'"review"', 1)})


def _missing_member(good: Path, out: Path) -> Path:
    return _rewrite(good, out, drop={"tables/users.jsonl"})


def _newer_schema(good: Path, out: Path) -> Path:
    return _rewrite(good, out, manifest=lambda m: m.update(schema_revision="0099"))


def _other_magic(good: Path, out: Path) -> Path:
    return _rewrite(good, out, manifest=lambda m: m.update(magic="otra-cosa"))


@pytest.mark.parametrize("damage,code,words", [
    (_truncated, "backup_truncated", "está incompleta"),
    (_flipped, "backup_damaged", "«tables/signature_counts.jsonl» está incompleto o alterado"),
    (_edited_member, "backup_damaged", "«tables/petitions.jsonl» está incompleto o alterado"),
    (_missing_member, "backup_damaged", "«tables/users.jsonl» está incompleto o alterado"),
    (_random_zip, "backup_foreign", "no es una copia de seguridad de Secretariat"),
    (_not_a_zip, "backup_foreign", "no es una copia de seguridad de Secretariat"),
    (_other_magic, "backup_foreign", "no es una copia de seguridad de Secretariat"),
    (_newer_schema, "backup_newer", "versión más reciente de Secretariat (revisión 0099)"),
])
def test_bad_backups_are_refused_with_one_sentence_and_the_target_stays_empty(
        db, good_backup, tmp_path, damage, code, words):
    pristine = dump(db)
    bad = damage(good_backup, tmp_path / "danada.secbak")
    with pytest.raises(SecretariatError) as info:
        backup.restore(db, None, bad)
    assert info.value.code == code
    sentence = info.value.sentence("es")
    assert words in sentence and "«danada.secbak»" in sentence and sentence.count(".") >= 1
    assert "No se restauró nada" in sentence
    assert info.value.sentence("en") != sentence
    assert dump(db) == pristine and empty(db)
    # the same empty case file still takes the good backup
    assert backup.restore(db, None, good_backup).rows > 0


def test_a_row_the_database_rejects_rolls_everything_back(db, good_backup, tmp_path):
    pristine = dump(db)
    # A backup whose sums are right but whose last table breaks a constraint of the schema:
    # the earlier tables were already inserted when it fails, and must be rolled back.
    bad = _rewrite(good_backup, tmp_path / "rara.secbak", fix_sums=True, change={
        "tables/tier_crossings.jsonl": lambda b: b.replace(b'"review"', b'"oro"', 1)})
    with pytest.raises(SecretariatError) as info:
        backup.restore(db, None, bad)
    assert info.value.code == "restore_failed"
    assert "tier_crossings" in info.value.sentence("es")
    assert dump(db) == pristine and empty(db)


def test_restore_cancelled_midway_leaves_the_target_empty(db, good_backup):
    pristine = dump(db)
    seen = []
    progress = Progress(report=lambda d, t: seen.append(d), is_cancelled=lambda: len(seen) >= 4)
    with pytest.raises(Cancelled):
        backup.restore(db, None, good_backup, progress)
    assert dump(db) == pristine and empty(db)


def test_restore_into_a_case_file_with_data_is_refused_and_changes_nothing(db, counsel, good_backup, tmp_path):
    # the same case file (its own backup), then a different one
    fill(db)
    before = dump(db)
    own = tmp_path / "propia.secbak"
    backup.backup(db, counsel, own)
    with pytest.raises(SecretariatError) as info:
        backup.restore(db, None, own)
    assert info.value.code == "restore_not_empty"
    assert info.value.sentence("es").startswith("Solo se puede restaurar en un expediente vacío")
    with pytest.raises(SecretariatError) as info:
        backup.restore(db, counsel, good_backup)
    assert info.value.code == "backup_other_case"
    assert "es de otro expediente" in info.value.sentence("es")
    assert dump(db) == before


def test_only_counsel_backs_up_or_restores(db, clerk, adviser, tmp_path, good_backup):
    (folder := tmp_path / "copias").mkdir()
    out = folder / "copia.secbak"
    for actor in (clerk, adviser):
        with pytest.raises(PermissionDenied) as info:
            backup.backup(db, actor, out)
        assert "no permite hacer o restaurar copias de seguridad" in info.value.sentence("es")
        with pytest.raises(PermissionDenied):
            backup.restore(db, actor, good_backup)
    assert os.listdir(folder) == []


def test_cancelled_backup_leaves_no_file_and_keeps_the_previous_one(db, counsel, tmp_path):
    fill(db)
    (folder := tmp_path / "copias").mkdir()
    out = folder / "copia.secbak"
    out.write_bytes(b"copia anterior")
    seen = []
    with pytest.raises(Cancelled):
        backup.backup(db, counsel, out, Progress(report=lambda d, t: seen.append(d),
                                                 is_cancelled=lambda: len(seen) >= 2))
    assert out.read_bytes() == b"copia anterior"
    assert os.listdir(folder) == ["copia.secbak"]


def test_backup_into_a_missing_folder_is_one_sentence(db, counsel, tmp_path):
    with pytest.raises(SecretariatError) as info:
        backup.backup(db, counsel, tmp_path / "no-existe" / "copia.secbak")
    assert info.value.sentence("es") == (
        f"No se pudo escribir la copia de seguridad en «{tmp_path / 'no-existe' / 'copia.secbak'}»: "
        "la carpeta no existe.")


def test_manifest_describes_the_backup(db, counsel, tmp_path):
    fill(db, petitions_n=5, days=2)
    out = tmp_path / "copia.secbak"
    backup.backup(db, counsel, out)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        m = json.loads(z.read("manifest.json"))
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    assert names[-1] == "manifest.json"
    assert (m["magic"], m["format"], m["schema_revision"]) == ("secretariat-backup", 1, SCHEMA_HEAD)
    assert m["created_by"] == "consejera" and m["attachments"] == {"folder": "attachments/", "files": []}
    assert m["tables"]["petitions"]["rows"] == 5
    assert set(m["members"]) == set(names) - {"manifest.json"}
    with db.read() as s:
        first_hash = s.execute(text("SELECT hash FROM audit_log ORDER BY id LIMIT 1")).scalar()
    assert m["case_file_id"] == first_hash
