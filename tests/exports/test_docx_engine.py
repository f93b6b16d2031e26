"""The shared Word engine: dates and numbers, words, styles and language, header and footer,
the TOC field, the letterhead, text cleaning, cancel and the atomic save.

Every document is read back with ``docx_reader`` (zipfile + ElementTree, not python-docx).
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import replace
from datetime import date, datetime

import pytest

from exports import docx_words, es_mx
from exports import dossier_fixtures as F
from exports.docx_blocks import meetings_phrase
from exports.docx_doc import DossierDoc
from exports.dossier_types import MeetingBrief
from exports.session_packet import write_session_packet
from secretariat.errors import SecretariatError
from secretariat.progress import Cancelled, Progress

from .docx_reader import read_docx


# ------------------------------------------------------------------ es-MX

def test_dates_and_numbers_are_written_the_mexican_way():
    assert es_mx.long_date(date(2016, 7, 12)) == "12 de julio de 2016"
    assert es_mx.weekday_date(date(2016, 7, 12)) == "martes 12 de julio de 2016"
    assert es_mx.weekday_date(date(2016, 7, 16)) == "sábado 16 de julio de 2016"
    assert es_mx.short_date(date(2016, 7, 2)) == "02/07/2016"
    assert es_mx.number(63508) == "63,508" and es_mx.number(1_234_567) == "1,234,567"
    assert es_mx.signed(1204) == "+1,204" and es_mx.signed(-35) == "-35" and es_mx.signed(0) == "0"
    assert es_mx.date_and_time(datetime(2016, 6, 15, 9, 5)) == "15 de junio de 2016, 09:05"
    assert es_mx.long_date(None) == "" and es_mx.number(None) == ""


def test_english_dates():
    assert es_mx.long_date(date(2016, 7, 12), "en") == "July 12, 2016"
    assert es_mx.weekday_date(date(2016, 7, 12), "en") == "Tuesday, July 12, 2016"


def test_both_languages_have_every_label_and_code_table():
    es, en = docx_words.LABELS["es"], docx_words.LABELS["en"]
    assert set(es) == set(en)
    assert set(docx_words.CODES["es"]) == set(docx_words.CODES["en"])
    for table in docx_words.CODES["es"]:
        assert set(docx_words.CODES["es"][table]) == set(docx_words.CODES["en"][table]), table
    assert docx_words.Words("es").code("tier", "mystery") == "mystery"  # unknown codes are printed, not dropped


@pytest.mark.parametrize(("kinds", "es", "en"), [
    (["hearing", "follow_up", "follow_up"], "audiencia inicial y 2 seguimientos", "initial hearing and 2 follow-ups"),
    (["hearing"], "audiencia inicial", "initial hearing"),
    (["hearing", "follow_up", "mayoral_audience"], "audiencia inicial, 1 seguimiento y audiencia con el jefe de gobierno",
     "initial hearing, 1 follow-up and audience with the head of government"),
    ([], "", ""),
])
def test_meetings_held_in_words(kinds, es, en):
    meetings = [MeetingBrief(k, "held", datetime(2016, 6, 1)) for k in kinds]
    meetings.append(MeetingBrief("follow_up", "planned", datetime(2016, 8, 1)))  # not held: not counted
    meetings.append(MeetingBrief("hearing", "cancelled", datetime(2016, 5, 1)))
    assert meetings_phrase(meetings, "es") == es
    assert meetings_phrase(meetings, "en") == en


# ------------------------------------------------------------------ the document's frame

@pytest.fixture(scope="module")
def packet(tmp_path_factory):
    path = tmp_path_factory.mktemp("engine") / "paquete.docx"
    write_session_packet(F.sample_packet(), path)
    return read_docx(path)


def test_real_word_styles_for_title_and_headings(packet):
    assert [p.text for p in packet.with_style("Title")] == ["Sesión del grupo redactor"]
    h1 = [p.text for p in packet.with_style("heading 1")]
    assert h1[:2] == ["Orden del día", "Fichas de los asuntos"] and "Anexo. Peticiones por nivel" in h1
    assert "1. Derecho al agua potable en Iztapalapa: que la Constitución lo garantice" in \
        [p.text for p in packet.with_style("heading 2")]
    # every heading carries a bookmark that the TOC's entries link to
    assert set(packet.anchors) <= set(packet.bookmarks) and len(packet.anchors) >= 8


def test_language_is_es_mx_on_the_defaults_and_the_styles(packet):
    assert packet.default_lang == "es-MX"
    for name in ("Normal", "Title", "heading 1", "heading 2", "heading 3", "Dossier Wording"):
        style_id = next(i for i, (n, _) in packet.styles.items() if n.lower() == name.lower())
        assert packet.styles[style_id][1] == "es-MX", name


def test_a_real_toc_field_that_word_updates_on_opening(packet):
    assert 'TOC \\o "1-3" \\h \\z \\u' in packet.fields
    assert packet.update_fields
    settings = packet.xml["word/settings.xml"]
    # the schema's order: updateFields before compat
    assert settings.index("updateFields") < settings.index("w:compat")


def test_header_and_footer_repeat_name_date_classification_and_page_numbers(packet):
    assert len(packet.headers) >= 1 and len(packet.footers) >= 1
    header, footer = packet.headers[0], packet.footers[0]
    assert "Paquete de la sesión del 12 de julio de 2016" in header.text and "USO INTERNO" in header.text
    assert "13 de julio de 2016" in footer.text and "Página" in footer.text
    assert "PAGE" in footer.fields and "NUMPAGES" in footer.fields


def test_tables_repeat_their_header_row(packet):
    data_tables = [t for t in packet.tables if len(t.rows[0]) > 2]  # two columns: label → value, no header
    assert len(data_tables) >= 6 and all(t.header_rows == 1 for t in data_tables)
    agenda = next(t for t in packet.tables if t.rows[0] == ["#", "Asunto", "Tipo"])
    assert agenda.rows[1] == ["1", "Derecho al agua potable en Iztapalapa: que la Constitución lo garantice",
                              "Petición por escuchar"]


def test_english_labels(tmp_path):
    path = tmp_path / "packet-en.docx"
    write_session_packet(F.sample_packet(lang="en"), path)
    doc = read_docx(path)
    assert [p.text for p in doc.with_style("Title")] == ["Drafting committee session"]
    assert "Tuesday, July 12, 2016, 10:00 h" in doc.text and "Agenda" in doc.text
    assert doc.default_lang == "en-US"


# ------------------------------------------------------------------ letterhead

def test_the_letterhead_template_is_applied_and_its_body_cleared(tmp_path):
    path = tmp_path / "membrete.docx"
    write_session_packet(F.sample_packet(letterhead=F.letterhead_docx()), path)
    doc = read_docx(path)
    header = "\n".join(h.text for h in doc.headers)
    assert F.LETTERHEAD_TEXT in header and "Paquete de la sesión del 12 de julio de 2016" in header
    assert F.LETTERHEAD_FOOTER in "\n".join(f.text for f in doc.footers)
    assert any("PAGE" in f.fields for f in doc.footers)
    assert F.TEMPLATE_BODY not in doc.all_xml()
    assert any(m.startswith("word/media/image") for m in doc.media)  # the logo is kept
    assert [p.text for p in doc.with_style("Title")] == ["Sesión del grupo redactor"]
    assert doc.default_lang == "es-MX"


def test_a_dotx_letterhead_is_accepted(tmp_path):
    data = F.letterhead_docx()
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"document.main+xml", b"template.main+xml")
            z.writestr(item, body)
    path = tmp_path / "dotx.docx"
    write_session_packet(F.sample_packet(letterhead=out.getvalue()), path)
    assert F.LETTERHEAD_TEXT in "\n".join(h.text for h in read_docx(path).headers)


def test_an_unreadable_letterhead_is_one_sentence_and_nothing_is_written(tmp_path):
    path = tmp_path / "roto.docx"
    with pytest.raises(SecretariatError) as err:
        write_session_packet(F.sample_packet(letterhead=b"not a word file"), path)
    assert err.value.code == "dossier_letterhead_unusable"
    assert "membrete" in err.value.sentence("es")
    assert os.listdir(tmp_path) == []


# ------------------------------------------------------------------ text, cancel, atomic save

def test_control_characters_are_cleaned_and_very_long_text_is_kept(tmp_path):
    long_summary = ("Párrafo largo sobre el derecho al agua. " * 4000 + "\n\n") * 5   # ~800,000 characters
    brief = replace(F.sample_packet().agenda[0].petition, title="Agua\x00 potable\x0b ya\x1f", summary=long_summary)
    data = replace(F.sample_packet(), note="Nota\x07 con\x1b control", agenda=(replace(F.sample_packet().agenda[0],
                                                                                   petition=brief),))
    path = tmp_path / "control.docx"
    write_session_packet(data, path)
    doc = read_docx(path)
    assert "Agua potable ya" in doc.text and "Nota con control" in doc.text
    assert "\x00" not in doc.all_xml() and "\x0b" not in doc.all_xml()
    assert doc.text.count("Párrafo largo sobre el derecho al agua.") == 20_000


def test_cancel_leaves_no_file_behind_and_keeps_an_older_file(tmp_path):
    target = tmp_path / "paquete.docx"
    target.write_bytes(b"paquete anterior")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        write_session_packet(F.sample_packet(), target, Progress(is_cancelled=cancelled))
    assert target.read_bytes() == b"paquete anterior"
    assert os.listdir(tmp_path) == ["paquete.docx"]


def test_cancel_during_the_save_removes_the_temporary_file(tmp_path):
    target = tmp_path / "paquete.docx"
    steps = []

    def report(done, total):
        steps.append((done, total))

    doc = DossierDoc(F.frame(), "Prueba")
    doc.p("Texto")
    with pytest.raises(Cancelled):
        doc.save(target, Progress(report=report, is_cancelled=lambda: len(steps) >= 1))
    assert os.listdir(tmp_path) == []


def test_progress_reports_every_agenda_item(tmp_path):
    seen = []
    write_session_packet(F.sample_packet(), tmp_path / "p.docx", Progress(report=lambda d, t: seen.append((d, t))))
    assert seen[0] == (0, 7) and (5, 7) in seen and seen[-1] == (1, 1)


def test_identical_images_are_stored_once(tmp_path):
    doc = DossierDoc(F.frame(), "Imágenes")
    png = F.chart_for(1000)
    for _ in range(3):
        doc.image(png)
    doc.image(F.chart_for(2000))
    doc.save(tmp_path / "img.docx")
    assert len(read_docx(tmp_path / "img.docx").media) == 2


def test_a_letterhead_saved_by_a_spanish_word_keeps_its_style_ids(tmp_path):
    """Spanish Word saves "heading 1" with the ID ``Ttulo1``: styles are found by name, not ID."""
    src, out = zipfile.ZipFile(io.BytesIO(F.letterhead_docx())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/styles.xml":
                body = body.replace(b'w:styleId="Heading1"', b'w:styleId="Ttulo1"').replace(
                    b'w:styleId="Title"', b'w:styleId="Ttulo"')
            z.writestr(item, body)
    path = tmp_path / "es.docx"
    write_session_packet(F.sample_packet(letterhead=out.getvalue()), path)
    doc = read_docx(path)
    assert {p.style for p in doc.with_style("heading 1")} == {"Ttulo1"}
    assert [p.text for p in doc.with_style("Title")] == ["Sesión del grupo redactor"]
    assert doc.styles["Ttulo1"][1] == "es-MX"
    assert "Heading1" not in doc.styles  # no second "heading 1" was added
