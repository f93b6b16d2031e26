"""Text cleaning for Excel cells: what is removed, where long text is cut, what counts as formula."""

from __future__ import annotations

import pytest

from exports.xlsx_text import EXCEL_MAX_TEXT, clean_text, looks_like_formula


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_control_characters_surrogates_and_non_characters_are_removed():
    assert clean_text("a\x00b\x08c\x0bd\x0ce\x1ff\x7fg\ud800h\ufffei\uffffj") == "abcdefghij"
    assert clean_text("tab\tand\nnewline stay") == "tab\tand\nnewline stay"
    assert clean_text("windows\r\nline\rends") == "windows\nline\nends"
    assert clean_text(None) == "" and clean_text("") == ""


def test_long_text_is_cut_to_excels_limit_in_utf16_units_with_an_ellipsis():
    assert clean_text("a" * EXCEL_MAX_TEXT) == "a" * EXCEL_MAX_TEXT  # exactly the limit: kept whole
    cut = clean_text("a" * 40_000)
    assert _units(cut) == EXCEL_MAX_TEXT and cut.endswith("…")
    # An emoji is two UTF-16 units: 20,000 of them exceed the limit though len() is 20,000,
    # and the cut never leaves half a pair.
    emoji = clean_text("😀" * 20_000)
    assert _units(emoji) <= EXCEL_MAX_TEXT and emoji.endswith("…")
    assert set(emoji[:-1]) == {"😀"}
    emoji.encode("utf-8")  # no lone surrogate left


@pytest.mark.parametrize("text", ["=1+1", "+52 55", "-x", "@SUMA(A1)", "  =espacio", "#N/A", "#REF!"])
def test_formula_like_text_is_recognised(text):
    assert looks_like_formula(text)


@pytest.mark.parametrize("text", ["Agua", "1 = 1", "correo@example.org", "#hashtag", ""])
def test_ordinary_text_is_not(text):
    assert not looks_like_formula(text)
