"""Attachments: kept inside the case file with sha256 and size; opening verifies them; a missing
or altered copy is reported and never replaced; the counsel's size limit is enforced."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

import pytest
from sqlalchemy import delete, func, select, update

from secretariat.errors import InvalidInput, PermissionDenied, SecretariatError
from secretariat.models import AttachmentBlob, MeetingAttachment
from secretariat.services import attachments, meetings
from tests.secretariat.helpers import day, row

D = date(2016, 3, 1)
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


@pytest.fixture
def meeting_id(db, counsel):
    day(db, counsel, [row("agua", 12_000, D)])
    with db.write() as s:
        detail = meetings.plan_meeting(s, counsel, meetings.MeetingDraft(
            "hearing", datetime(2016, 3, 8, 10), datetime(2016, 3, 8, 11), "Sala de juntas", petition_id=1))
    return detail.row.id


@pytest.fixture
def acta(tmp_path):
    path = tmp_path / "origen" / "Acta de audiencia.pdf"
    path.parent.mkdir()
    path.write_bytes(PDF)
    return path


def add(db, actor, meeting_id, path, **kw):
    with db.write() as s:
        return attachments.add_attachment(s, actor, meeting_id, path, **kw)


def test_round_trip_keeps_name_size_and_sha256(db, counsel, clerk, meeting_id, acta, tmp_path):
    stored = add(db, clerk, meeting_id, acta)
    assert (stored.filename, stored.size, stored.sha256, stored.added_by) == (
        "Acta de audiencia.pdf", len(PDF), hashlib.sha256(PDF).hexdigest(), "actuario")
    acta.write_bytes(b"the user's copy changed afterwards")  # the case file kept its own copy
    with db.read() as s:
        assert attachments.read_attachment(s, counsel, stored.id) == PDF
        first = attachments.open_attachment(s, counsel, stored.id, tmp_path / "abrir")
        second = attachments.open_attachment(s, counsel, stored.id, tmp_path / "abrir")
        detail = meetings.meeting_detail(s, counsel, meeting_id)
        checks = attachments.check_attachments(s, counsel, meeting_id)
    assert first.path.name == "Acta de audiencia.pdf" and first.path.read_bytes() == PDF
    assert second.path.name == "Acta de audiencia (2).pdf", "an opened copy is never overwritten"
    assert detail.attachments == (stored,)
    assert [(c.filename, c.state) for c in checks] == [("Acta de audiencia.pdf", "ok")]


def test_the_same_content_twice_is_stored_once(db, counsel, meeting_id, acta):
    one = add(db, counsel, meeting_id, acta)
    two = add(db, counsel, meeting_id, acta, filename="copia.pdf")
    with db.read() as s:
        blobs = s.execute(select(func.count()).select_from(AttachmentBlob)).scalar_one()
        assert attachments.read_attachment(s, counsel, two.id) == PDF
    assert one.sha256 == two.sha256 and blobs == 1


def _tamper(db, sha256, content):
    with db.write() as s:
        if content is None:
            s.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == sha256))
        else:
            s.execute(update(AttachmentBlob).where(AttachmentBlob.sha256 == sha256).values(content=content))


@pytest.mark.parametrize("change, code, sentence", [
    (PDF[:-1] + b"X", "attachment_altered",
     "La copia guardada del adjunto «Acta de audiencia.pdf» fue alterada (su huella sha256 ya no coincide); "
     "no se abrió ni se reemplazó."),
    (PDF + b"\n", "attachment_altered", None),
    (None, "attachment_missing",
     "Falta la copia guardada del adjunto «Acta de audiencia.pdf»; no se reemplazó nada: recupérela de una "
     "copia de seguridad."),
])
def test_a_tampered_or_missing_copy_is_reported_and_never_replaced(db, counsel, meeting_id, acta, tmp_path,
                                                                   change, code, sentence):
    stored = add(db, counsel, meeting_id, acta)
    _tamper(db, stored.sha256, change)
    for attempt in (lambda s: attachments.read_attachment(s, counsel, stored.id),
                    lambda s: attachments.open_attachment(s, counsel, stored.id, tmp_path / "abrir")):
        with db.read() as s, pytest.raises(SecretariatError) as caught:
            attempt(s)
        assert caught.value.code == code
        if sentence:
            assert caught.value.sentence("es") == sentence
    assert not (tmp_path / "abrir").exists() or not any((tmp_path / "abrir").iterdir()), "nothing opened"
    with db.read() as s:
        assert [c.state for c in attachments.check_attachments(s, counsel)] == [
            "missing" if change is None else "altered"]
    # attaching the genuine file again does not silently repair the altered copy either
    if change is not None:
        with db.write() as s, pytest.raises(SecretariatError) as caught:
            attachments.add_attachment(s, counsel, meeting_id, acta)
        assert caught.value.code == "attachment_altered"
        with db.read() as s:
            kept = s.execute(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == stored.sha256)).scalar()
        assert bytes(kept) == change


def test_a_file_over_the_limit_is_refused_and_nothing_is_kept(db, counsel, clerk, meeting_id, tmp_path):
    with db.read() as s:
        assert attachments.size_limit(s, clerk) == 50 * 1024 * 1024
    with db.write() as s:
        attachments.set_size_limit(s, counsel, 4 * 1024)
    big = tmp_path / "anexo.pdf"
    big.write_bytes(b"x" * (4 * 1024 + 1))
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        attachments.add_attachment(s, clerk, meeting_id, big)
    assert caught.value.sentence("es") == ("El archivo «anexo.pdf» pesa 4,097 bytes y el límite es 4,096 bytes; "
                                           "no se adjuntó.")
    big.write_bytes(b"x" * (3 * 1024 * 1024 + 5))
    with db.write() as s:
        attachments.set_size_limit(s, counsel, 2 * 1024 * 1024)
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        attachments.add_attachment(s, clerk, meeting_id, big)
    assert "pesa 3.0 MB y el límite es 2.0 MB" in caught.value.sentence("es")
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(MeetingAttachment)).scalar_one() == 0
        assert s.execute(select(func.count()).select_from(AttachmentBlob)).scalar_one() == 0
    exact = tmp_path / "justo.pdf"
    exact.write_bytes(b"y" * (2 * 1024 * 1024))
    assert add(db, clerk, meeting_id, exact).size == 2 * 1024 * 1024, "exactly the limit is accepted"


@pytest.mark.parametrize("limit", [0, 1023, 3 * 1024 ** 3, "50MB"])
def test_the_limit_must_be_sensible(db, counsel, limit):
    with db.write() as s, pytest.raises(InvalidInput):
        attachments.set_size_limit(s, counsel, limit)


def test_an_unreadable_source_is_refused(db, counsel, meeting_id, tmp_path):
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        attachments.add_attachment(s, counsel, meeting_id, tmp_path / "no-existe.pdf")
    assert caught.value.sentence("es") == "No se pudo leer el archivo «no-existe.pdf»: no existe. No se adjuntó."
    folder = tmp_path / "carpeta"
    folder.mkdir()
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        attachments.add_attachment(s, counsel, meeting_id, folder)
    assert caught.value.code == "attachment_unreadable"


def test_attaching_bumps_the_meeting_version_and_a_stale_editor_is_refused(db, counsel, clerk, meeting_id, acta):
    with db.read() as s:
        seen = meetings.meeting_detail(s, clerk, meeting_id).row.version
    add(db, counsel, meeting_id, acta)
    with db.write() as s, pytest.raises(SecretariatError) as caught:
        attachments.add_attachment(s, clerk, meeting_id, acta, filename="otra.pdf", expected_version=seen)
    assert caught.value.code == "edit_conflict"
    assert caught.value.sentence("es").startswith("Otra persona modificó la reunión")


def test_roles(db, counsel, adviser, clerk, observer, meeting_id, acta):
    add(db, adviser, meeting_id, acta)
    add(db, clerk, meeting_id, acta, filename="copia.pdf")
    with db.write() as s, pytest.raises(PermissionDenied):
        attachments.add_attachment(s, observer, meeting_id, acta)
    for actor in (adviser, clerk, observer):
        with db.write() as s, pytest.raises(PermissionDenied):
            attachments.set_size_limit(s, actor, 10 * 1024 * 1024)
    with db.read() as s:
        assert len(attachments.check_attachments(s, observer)) == 2
