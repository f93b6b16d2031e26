"""The office's texts and letterhead: defaults, a real .docx kept in the case file and verified
when read, anything else refused in one sentence with the previous letterhead kept."""

from __future__ import annotations

import hashlib
import zipfile

import pytest
from sqlalchemy import select, update

from secretariat.errors import InvalidInput, PermissionDenied, SecretariatError
from secretariat.models import AttachmentBlob, AuditEntry
from secretariat.services import office_settings as office


def letterhead(path, text: str = "Consejería Jurídica — Membrete"):
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = text
    document.add_paragraph("Cuerpo de ejemplo.")
    document.save(path)
    return path


def read(db, fn, actor):
    with db.read() as s:
        return fn(s, actor)


def write(db, fn, actor, *args, **kw):
    with db.write() as s:
        return fn(s, actor, *args, **kw)


def test_defaults_before_the_counsel_sets_anything(db, observer):
    settings = read(db, office.office_settings, observer)
    assert settings == office.OfficeSettings("Secretaría de la Consejería Jurídica", "Uso interno", None, None)
    assert not settings.has_letterhead
    assert read(db, office.letterhead_bytes, observer) is None


def test_a_docx_letterhead_is_kept_in_the_case_file_and_read_back(db, counsel, observer, tmp_path):
    path = letterhead(tmp_path / "Membrete oficial.docx")
    data = path.read_bytes()
    settings = write(db, office.set_letterhead, counsel, path)
    assert (settings.letterhead_filename, settings.letterhead_sha256) == (
        "Membrete oficial.docx", hashlib.sha256(data).hexdigest())
    path.unlink()  # the case file has its own copy
    assert read(db, office.letterhead_bytes, observer) == data
    with db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert last.action == "set_letterhead" and "Membrete oficial.docx" in last.after


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return path


@pytest.mark.parametrize("maker", ["text", "zip_without_document", "broken_document", "empty"])
def test_anything_but_a_real_docx_is_refused_and_the_old_letterhead_stays(db, counsel, tmp_path, maker):
    kept = write(db, office.set_letterhead, counsel, letterhead(tmp_path / "bueno.docx"))
    bad = tmp_path / "Membrete nuevo.docx"
    if maker == "text":
        bad.write_text("Esto es un texto, no un documento de Word.\n", encoding="utf-8")
    elif maker == "zip_without_document":
        _zip(bad, {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    elif maker == "broken_document":
        _zip(bad, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"})
    else:
        bad.write_bytes(b"")
    with pytest.raises(SecretariatError) as refused:
        write(db, office.set_letterhead, counsel, bad)
    assert refused.value.sentence() == ("El archivo «Membrete nuevo.docx» no es un documento de Word (.docx) "
                                        "válido; se conserva el membrete anterior.")
    assert read(db, office.office_settings, counsel) == kept


def test_an_unreadable_file_is_said_so(db, counsel, tmp_path):
    with pytest.raises(SecretariatError) as refused:
        write(db, office.set_letterhead, counsel, tmp_path / "no-existe.docx")
    assert refused.value.code == "letterhead_unreadable"
    assert refused.value.sentence().startswith("No se pudo leer el archivo «no-existe.docx»")


def test_an_altered_stored_copy_is_reported_never_used(db, counsel, tmp_path):
    settings = write(db, office.set_letterhead, counsel, letterhead(tmp_path / "membrete.docx"))
    with db.write() as s:
        s.execute(update(AttachmentBlob).where(AttachmentBlob.sha256 == settings.letterhead_sha256)
                  .values(content=b"otro contenido"))
    with pytest.raises(SecretariatError) as altered:
        read(db, office.letterhead_bytes, counsel)
    assert altered.value.code == "letterhead_altered" and "membrete.docx" in altered.value.sentence()


def test_clearing_goes_back_to_the_clean_default(db, counsel, tmp_path):
    write(db, office.set_letterhead, counsel, letterhead(tmp_path / "membrete.docx"))
    cleared = write(db, office.clear_letterhead, counsel)
    assert (cleared.letterhead_filename, cleared.letterhead_sha256) == (None, None)
    assert read(db, office.letterhead_bytes, counsel) is None
    assert write(db, office.clear_letterhead, counsel) == cleared, "clearing twice is harmless"


def test_office_texts_are_cleaned_and_blank_puts_the_default_back(db, counsel, observer):
    settings = write(db, office.set_office_texts, counsel, office_name="  Consejería\x07 Jurídica  de la Ciudad ",
                     classification="Reservado")
    assert (settings.office_name, settings.classification) == ("Consejería Jurídica de la Ciudad", "Reservado")
    settings = write(db, office.set_office_texts, counsel, classification="")
    assert (settings.office_name, settings.classification) == ("Consejería Jurídica de la Ciudad", "Uso interno")
    with pytest.raises(InvalidInput):
        write(db, office.set_office_texts, counsel, office_name="x" * 201)
    assert read(db, office.office_settings, observer) == settings


def test_only_the_counsel_changes_them(db, adviser, clerk, observer, tmp_path):
    path = letterhead(tmp_path / "membrete.docx")
    for actor in (adviser, clerk, observer):
        for call in (lambda s, a: office.set_letterhead(s, a, path), office.clear_letterhead,
                     lambda s, a: office.set_office_texts(s, a, office_name="Otra")):
            with pytest.raises(PermissionDenied), db.write() as s:
                call(s, actor)
        assert read(db, office.office_settings, actor).office_name == "Secretaría de la Consejería Jurídica"
