"""Wording pasted from email or Word: what Word cannot store is cleaned, or refused, before saving."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat.errors import InvalidInput
from secretariat.services import wording
from secretariat.services.wording import WORDING_LIMIT, clean_wording, text_sha256
from tests.secretariat.test_provisions import add, refused


def test_control_characters_pasted_from_email_are_removed():
    pasted = "Toda persona\x00 tiene\x08 derecho\x1b[0m al\x7f agua\x85\x9c.\ufffe"
    assert clean_wording(pasted) == "Toda persona tiene derecho[0m al agua\n."


def test_tab_and_newline_are_kept_and_line_endings_become_newlines():
    assert clean_wording("Primero:\tuno.\r\nSegundo:\tdos.\rTercero.") == "Primero:\tuno.\nSegundo:\tdos.\nTercero."
    # Word's manual line break (\v), a form feed and the Unicode separators are line breaks too.
    assert clean_wording("uno\x0bdos\x0ctres\u2028cuatro\u2029cinco") == "uno\ndos\ntres\ncuatro\ncinco"


def test_accents_are_composed_and_trailing_spaces_and_blank_ends_dropped():
    decomposed = unicodedata.normalize("NFD", "Constitución Política de la Ciudad de México")
    assert clean_wording(decomposed) == "Constitución Política de la Ciudad de México"
    assert clean_wording("\n\n  Artículo primero.   \nSegundo párrafo.\t \n\n") == "  Artículo primero.\nSegundo párrafo."


def test_empty_after_cleaning_or_too_long_is_refused_with_one_sentence():
    for blank in ("", "   \n\t ", "\x00\x01\x02", "\r\n\r\n"):
        with pytest.raises(InvalidInput) as err:
            clean_wording(blank)
        assert err.value.code == "wording_empty"
        assert err.value.sentence("es") == "La redacción está vacía (o solo tenía caracteres de control); no se guardó."
    with pytest.raises(InvalidInput) as err:
        clean_wording("a" * (WORDING_LIMIT + 1))
    assert err.value.sentence("es") == "La redacción tiene 100,001 caracteres y el máximo es 100,000; no se guardó."
    assert len(clean_wording("a" * WORDING_LIMIT)) == WORDING_LIMIT


_ANY = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


@settings(max_examples=200, deadline=None)
@given(_ANY)
def test_cleaned_wording_is_storable_and_stable(text):
    try:
        cleaned = clean_wording(text)
    except InvalidInput:
        return
    assert clean_wording(cleaned) == cleaned  # cleaning twice changes nothing
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not any(ord(c) < 32 and c not in "\n\t" for c in cleaned)
    assert "\r" not in cleaned and not cleaned.startswith("\n") and not cleaned.endswith(("\n", " "))


def test_the_service_stores_the_cleaned_text_and_hashes_it(db, adviser, observer):
    prov = add(db, adviser, "articulo", "Art. 9", "Ciudad solidaria")
    with db.write() as s:
        v = wording.save_version(s, adviser, prov.id, "La Ciudad\x00 garantiza\r\nel derecho al agua.  ",
                                 base_number=None, note="Pegado\x07 del correo")
    with db.read() as s:
        stored = wording.version_text(s, observer, v.id)
    assert stored.text == "La Ciudad garantiza\nel derecho al agua."
    assert stored.row.text_sha256 == text_sha256(stored.text) and stored.row.note == "Pegado del correo"
    assert stored.row.chars == len(stored.text)


def test_the_service_refuses_empty_wording_and_writes_nothing(db, adviser):
    prov = add(db, adviser, "articulo", "Art. 9", "Ciudad solidaria")
    refused(db, InvalidInput, lambda s: wording.save_version(s, adviser, prov.id, "\x00 \x1f", base_number=None))
    with db.read() as s:
        assert wording.versions(s, adviser, prov.id) == []
