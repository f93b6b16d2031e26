"""Wording versions: never overwritten, restored by a new version, statuses that only advance."""

from __future__ import annotations

import hashlib
from datetime import timedelta, timezone

import pytest
from sqlalchemy import select

from secretariat.errors import ConflictError, InvalidInput, NotFound, PermissionDenied, SecretariatError
from secretariat.models import AuditEntry, ProvisionVersion, VersionImmutable, utcnow
from secretariat.redline import new_text, old_text
from secretariat.services import provisions, wording
from tests.secretariat.test_provisions import add, audit_rows, refused

V1 = "Toda persona tiene derecho al agua."
V2 = "Toda persona tiene derecho humano al agua potable, suficiente y salubre."
V3 = "Toda persona tiene derecho al agua potable y al saneamiento."


def save(db, actor, provision_id, text, base, note=""):
    with db.write() as s:
        return wording.save_version(s, actor, provision_id, text, base_number=base, note=note)


@pytest.fixture
def n3(db, adviser):
    return add(db, adviser, "articulo", "Art. 16, A, 3", "Derecho al agua").id


def test_first_and_next_saves_number_versions_and_record_author_time_note(db, adviser, counsel, observer, n3):
    started = utcnow()
    first = save(db, adviser, n3, V1, None, note="Primera redacción")
    second = save(db, counsel, n3, V2, 1)
    assert (first.number, first.status, first.note, first.author, first.chars) == (
        1, "draft", "Primera redacción", "asesor", len(V1))
    assert first.text_sha256 == hashlib.sha256(V1.encode("utf-8")).hexdigest() == wording.text_sha256(V1)
    assert started <= first.created_at <= second.created_at <= utcnow()
    assert second.number == 2 and second.author == "consejera" and second.restored_from is None
    with db.read() as s:
        assert [v.number for v in wording.versions(s, observer, n3)] == [2, 1]
        current = wording.current_version(s, observer, n3)
        assert current.text == V2 and current.row == second
        assert wording.version_text(s, observer, first.id).text == V1
        row = provisions.provision(s, observer, n3)
    assert (row.current_number, row.current_status, row.current_sha256) == (2, "draft", second.text_sha256)


def test_a_provision_without_wording_has_no_current_version(db, observer, n3):
    with db.read() as s:
        assert wording.current_version(s, observer, n3) is None
        assert wording.versions(s, observer, n3) == []
        with pytest.raises(NotFound):
            wording.current_version(s, observer, 99_999)


def test_each_save_writes_one_audit_row_without_copying_the_text(db, adviser, n3):
    before = audit_rows(db)
    v = save(db, adviser, n3, V1, None)
    assert audit_rows(db) == before + 1
    with db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.action, last.entity, last.entity_id) == ("save_wording", "provision_version", str(v.id))
    assert v.text_sha256 in last.after and "Art. 16, A, 3" in last.after


# ------------------------------------------------------------------ immutability

def test_versions_are_immutable_through_the_orm(db, adviser, n3):
    v = save(db, adviser, n3, V1, None)
    for field, value in (("text", V2), ("text_sha256", "0" * 64), ("number", 7), ("note", "otra"),
                         ("created_at", utcnow() - timedelta(days=3))):
        with pytest.raises(VersionImmutable):
            with db.write() as s:
                setattr(s.get(ProvisionVersion, v.id), field, value)
                s.flush()
    with pytest.raises(VersionImmutable):
        with db.write() as s:
            s.delete(s.get(ProvisionVersion, v.id))
            s.flush()
    with db.read() as s:
        assert s.get(ProvisionVersion, v.id).text == V1


def test_a_restore_is_a_new_version_and_the_old_ones_stay(db, adviser, observer, n3):
    save(db, adviser, n3, V1, None)
    save(db, adviser, n3, V2, 1)
    with db.write() as s:
        restored = wording.restore_version(s, adviser, n3, 1, base_number=2, note="Se vuelve a la primera")
    assert (restored.number, restored.restored_from, restored.status) == (3, 1, "draft")
    with db.read() as s:
        texts = [(v.number, wording.version_text(s, observer, v.id).text) for v in wording.versions(s, observer, n3)]
    assert texts == [(3, V1), (2, V2), (1, V1)]
    err, sentence = refused(db, SecretariatError, lambda s: wording.restore_version(s, adviser, n3, 1, base_number=3))
    assert err.code == "wording_unchanged" and "versión 3" in sentence
    refused(db, NotFound, lambda s: wording.restore_version(s, adviser, n3, 9, base_number=3))


def test_status_changes_never_touch_the_text(db, adviser, counsel, n3):
    v = save(db, adviser, n3, V1, None)
    with db.write() as s:
        wording.propose_version(s, adviser, v.id)
        final = wording.finalize_version(s, counsel, v.id)
    assert final.status == "final" and final.text_sha256 == v.text_sha256 and final.created_at == v.created_at
    with db.read() as s:
        stored = s.get(ProvisionVersion, v.id)
        assert stored.text == V1 and stored.status_changed_by_id == counsel.id
        assert stored.status_changed_at is not None


# ------------------------------------------------------------------ statuses

def test_status_only_advances_and_only_on_the_current_version(db, adviser, counsel, n3):
    v1 = save(db, adviser, n3, V1, None)
    with db.write() as s:
        assert wording.propose_version(s, adviser, v1.id).status == "proposed"
    err, sentence = refused(db, SecretariatError, lambda s: wording.propose_version(s, adviser, v1.id))
    assert err.code == "version_already_proposed" and "«Art. 16, A, 3»" in sentence
    v2 = save(db, adviser, n3, V2, 1)
    err, sentence = refused(db, SecretariatError, lambda s: wording.finalize_version(s, counsel, v1.id))
    assert err.code == "version_not_current" and "(la 2)" in sentence, sentence
    with db.write() as s:
        assert wording.set_status(s, counsel, v2.id, "final").status == "final"  # straight from draft
    err, _ = refused(db, SecretariatError, lambda s: wording.propose_version(s, adviser, v2.id))
    assert err.code == "version_already_final"
    err, _ = refused(db, SecretariatError, lambda s: wording.finalize_version(s, counsel, v2.id))
    assert err.code == "version_already_final"
    refused(db, InvalidInput, lambda s: wording.set_status(s, counsel, v2.id, "draft"))
    refused(db, NotFound, lambda s: wording.propose_version(s, adviser, 99_999))
    # A new save after a final version starts again as a draft.
    assert save(db, adviser, n3, V3, 2).status == "draft"


def test_only_the_counsel_finalizes_and_a_clerk_cannot_write_wording(db, adviser, clerk, observer, counsel, n3):
    v1 = save(db, adviser, n3, V1, None)
    _, sentence = refused(db, PermissionDenied, lambda s: wording.finalize_version(s, adviser, v1.id))
    assert "asesor jurídico" in sentence and "final" in sentence
    _, sentence = refused(db, PermissionDenied, lambda s: wording.set_status(s, adviser, v1.id, "final"))
    for actor in (clerk, observer):
        _, sentence = refused(db, PermissionDenied, lambda s: wording.save_version(s, actor, n3, V2, base_number=1))
        assert "redactar disposiciones" in sentence
        refused(db, PermissionDenied, lambda s: wording.propose_version(s, actor, v1.id))
        refused(db, PermissionDenied, lambda s: wording.restore_version(s, actor, n3, 1, base_number=1))
        refused(db, PermissionDenied, lambda s: wording.finalize_version(s, actor, v1.id))
    with db.write() as s:
        assert wording.finalize_version(s, counsel, v1.id).status == "final"


# ------------------------------------------------------------------ reading back

def test_compare_and_the_wording_at_a_moment(db, adviser, observer, n3):
    v1 = save(db, adviser, n3, V1, None)
    v2 = save(db, adviser, n3, V2, 1)
    with db.read() as s:
        segments = wording.compare(s, observer, v1.id, v2.id)
        assert old_text(segments) == V1 and new_text(segments) == V2
        assert ("insert", "humano ") in [(x.op, x.text) for x in segments]
        assert wording.wording_at(s, observer, n3, v1.created_at - timedelta(seconds=1)) is None
        assert wording.wording_at(s, observer, n3, v1.created_at).row.number == 1
        assert wording.wording_at(s, observer, n3, v2.created_at - timedelta(microseconds=1)).row.number in (1, 2)
        assert wording.wording_at(s, observer, n3, v2.created_at + timedelta(days=1)).text == V2
        # A moment given with its zone (Mexico City, UTC-6) means the same instant.
        mexico = timezone(timedelta(hours=-6))
        aware = (v1.created_at - timedelta(hours=6)).replace(tzinfo=mexico)
        assert wording.wording_at(s, observer, n3, aware).row.number == 1
        assert wording.wording_at(s, observer, n3, aware - timedelta(seconds=1)) is None


def test_saving_identical_text_is_refused_politely(db, adviser, n3):
    save(db, adviser, n3, V1, None)
    err, sentence = refused(db, SecretariatError, lambda s: wording.save_version(
        s, adviser, n3, V1 + "   \r\n", base_number=1))
    assert err.code == "wording_unchanged" and "idéntica a la versión 1" in sentence


def test_a_base_version_that_never_existed_is_not_found(db, adviser, n3):
    refused(db, NotFound, lambda s: wording.save_version(s, adviser, n3, V1, base_number=1))
    save(db, adviser, n3, V1, None)
    refused(db, NotFound, lambda s: wording.save_version(s, adviser, n3, V2, base_number=5))
    refused(db, NotFound, lambda s: wording.save_version(s, adviser, 99_999, V2, base_number=None))


def test_conflict_is_a_conflict_error_with_a_sentence(db, adviser, counsel, n3):
    save(db, adviser, n3, V1, None)
    save(db, counsel, n3, V2, 1)
    err, sentence = refused(db, ConflictError, lambda s: wording.save_version(s, adviser, n3, V3, base_number=1))
    assert err.code == "wording_conflict"
    assert sentence == ("Mientras usted redactaba «Art. 16, A, 3», consejera guardó la versión 2; revise sus "
                        "cambios frente a esa versión y vuelva a guardar.")
    assert "consejera saved version 2" in err.sentence("en")
