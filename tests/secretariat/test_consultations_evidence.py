"""The evidence of an answer (a scanned letter, a saved email): stored in the case file with its
sha256, read back identical, never repaired when altered, refused over the size limit."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from secretariat.errors import SecretariatError
from secretariat.models import AttachmentBlob
from secretariat.services import attachments, consultations as c
from tests.secretariat.test_consultations_support import ON, drafted_case, shown, written

LETTER = b"%PDF-1.4\n" + bytes(range(256)) * 12 + "Firma: Lucía Méndez Ortiz\n".encode("utf-8")


@pytest.fixture
def case(db, counsel):
    return drafted_case(db, counsel)


def _record(db, actor, case, evidence, **kw):
    with db.write() as s:
        return c.record_outcome(s, actor, case["agua"], outcome="approved", decided_on=ON + timedelta(days=2),
                                method="signed_letter", versions=shown(db, case["art9"], case["art16"]),
                                evidence=evidence, **kw)


def _blobs(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(AttachmentBlob)).scalar_one()


def test_evidence_is_stored_with_its_sha256_and_read_back_identical(db, clerk, observer, case, tmp_path):
    scan = tmp_path / "carta firmada.pdf"
    scan.write_bytes(LETTER)
    row = _record(db, clerk, case, scan)
    assert (row.evidence_filename, row.evidence_sha256, row.evidence_size) == (
        "carta firmada.pdf", hashlib.sha256(LETTER).hexdigest(), len(LETTER))
    with db.read() as s:
        name, data = c.evidence_bytes(s, observer, row.id)
        first = c.open_evidence(s, observer, row.id, tmp_path / "abiertos")
        second = c.open_evidence(s, observer, row.id, tmp_path / "abiertos")
        history = c.consultation_detail(s, observer, case["agua"]).history
    assert (name, data) == ("carta firmada.pdf", LETTER)
    assert first.name == "carta firmada.pdf" and second.name == "carta firmada (2).pdf"
    assert first.read_bytes() == second.read_bytes() == LETTER
    assert history[0].evidence_sha256 == row.evidence_sha256
    # the same scan on a second answer is stored once
    again = _record(db, clerk, case, scan, evidence_name="../otra copia.pdf")
    assert again.evidence_filename == "otra copia.pdf" and _blobs(db) == 1


def test_an_altered_copy_is_reported_not_opened(db, clerk, case, tmp_path):
    mail = tmp_path / "respuesta.eml"
    mail.write_text("From: lucia@example.org\nSubject: Visto bueno\n\nEstoy de acuerdo.\n", encoding="utf-8")
    row = _record(db, clerk, case, mail)
    with db.write() as s:
        s.execute(update(AttachmentBlob).values(content=b"otra cosa"))
    with db.read() as s, pytest.raises(SecretariatError) as altered:
        c.evidence_bytes(s, clerk, row.id)
    assert altered.value.code == "attachment_altered" and "respuesta.eml" in altered.value.sentence()
    with db.read() as s, pytest.raises(SecretariatError):
        c.open_evidence(s, clerk, row.id, tmp_path / "abiertos")
    assert not (tmp_path / "abiertos").exists() or not any((tmp_path / "abiertos").iterdir())


def test_evidence_over_the_limit_or_unreadable_is_refused_and_nothing_written(db, counsel, clerk, case, tmp_path):
    with db.write() as s:
        attachments.set_size_limit(s, counsel, 1024)
    big = tmp_path / "escaneo.pdf"
    big.write_bytes(LETTER)
    before, blobs = written(db), _blobs(db)
    with pytest.raises(SecretariatError) as refused:
        _record(db, clerk, case, big)
    assert refused.value.code == "attachment_too_large"
    assert refused.value.sentence() == "El archivo «escaneo.pdf» pesa 3 KB y el límite es 1 KB; no se adjuntó."
    with pytest.raises(SecretariatError) as unreadable:
        _record(db, clerk, case, tmp_path / "no-existe.pdf")
    assert unreadable.value.code == "attachment_unreadable"
    assert (written(db), _blobs(db)) == (before, blobs)


def test_an_answer_without_evidence(db, clerk, case, tmp_path):
    row = _record(db, clerk, case, None)
    assert (row.evidence_filename, row.evidence_sha256, row.evidence_size) == ("", None, None)
    with db.read() as s, pytest.raises(SecretariatError) as none:
        c.evidence_bytes(s, clerk, row.id)
    assert none.value.sentence() == f"La respuesta del {(ON + timedelta(days=2)).isoformat()} no tiene evidencia adjunta."
