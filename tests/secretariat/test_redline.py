"""The word-level redline: what an adviser sees underlined and struck through."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat.redline import Segment, changed, new_text, old_text, redline, stats, tokens


def ops(segments):
    return [(s.op, s.text) for s in segments]


def test_identical_text_is_one_equal_segment_and_unchanged():
    text = "Toda persona tiene derecho al agua."
    segments = redline(text, text)
    assert ops(segments) == [("equal", text)]
    assert not changed(segments)
    assert stats(segments) == (0, 0)


def test_empty_texts():
    assert redline("", "") == ()
    assert ops(redline("", "Nuevo texto")) == [("insert", "Nuevo texto")]
    assert ops(redline("Texto viejo", "")) == [("delete", "Texto viejo")]


def test_insertion_of_words_in_the_middle():
    segments = redline("Toda persona tiene derecho al agua.",
                       "Toda persona tiene derecho humano al agua potable.")
    assert ops(segments) == [
        ("equal", "Toda persona tiene derecho "), ("insert", "humano "),
        ("equal", "al agua"), ("insert", " potable"), ("equal", "."),
    ]
    assert stats(segments) == (2, 0)


def test_deletion_of_words():
    segments = redline("La Ciudad garantizará, en todo momento, el acceso.",
                       "La Ciudad garantizará el acceso.")
    assert ops(segments) == [("equal", "La Ciudad garantizará"), ("delete", ", en todo momento,"),
                             ("equal", " el acceso.")]
    assert stats(segments) == (0, 3)


def test_replaced_phrase_is_delete_then_insert():
    segments = redline("el gato come", "la perra come")
    assert ops(segments) == [("delete", "el gato"), ("insert", "la perra"), ("equal", " come")]
    assert stats(segments) == (2, 2)


def test_a_moved_phrase_shows_as_delete_where_it_was_and_insert_where_it_went():
    old = "De manera progresiva, la Ciudad garantizará el derecho a la movilidad."
    new = "La Ciudad garantizará el derecho a la movilidad de manera progresiva."
    segments = redline(old, new)
    deleted = "".join(s.text for s in segments if s.op == "delete")
    inserted = "".join(s.text for s in segments if s.op == "insert")
    assert "De manera progresiva" in deleted
    assert "de manera progresiva" in inserted
    assert ("equal", " Ciudad garantizará el derecho a la movilidad") in ops(segments)
    assert old_text(segments) == old and new_text(segments) == new


def test_accents_are_distinct_characters():
    assert ops(redline("tiene dérecho", "tiene derecho")) == [
        ("equal", "tiene "), ("delete", "dérecho"), ("insert", "derecho")]
    assert ops(redline("Ciudad de Mexico", "Ciudad de México")) == [
        ("equal", "Ciudad de "), ("delete", "Mexico"), ("insert", "México")]


def test_an_accented_word_is_one_token_not_split_at_the_accent():
    assert tokens("Constitución política") == ["Constitución", " ", "política"]
    # A decomposed accent (e + combining acute) stays inside its word.
    assert tokens("politica\u0301 sí") == ["politica\u0301", " ", "sí"]


def test_a_comma_added_or_removed_is_its_own_change():
    added = redline("libre y gratuita", "libre, y gratuita")
    assert ops(added) == [("equal", "libre"), ("insert", ","), ("equal", " y gratuita")]
    assert stats(added) == (0, 0) and changed(added)
    removed = redline("uno, dos y tres", "uno dos y tres")
    assert ops(removed) == [("equal", "uno"), ("delete", ","), ("equal", " dos y tres")]


def test_punctuation_marks_are_single_tokens():
    assert tokens("«¿Qué?»,") == ["«", "¿", "Qué", "?", "»", ","]


def test_whitespace_change_is_visible():
    segments = redline("primero.\nSegundo.", "primero.\n\nSegundo.")
    assert ops(segments) == [("equal", "primero."), ("delete", "\n"), ("insert", "\n\n"),
                             ("equal", "Segundo.")]


def test_a_space_between_two_replaced_words_joins_them_but_a_line_break_does_not():
    assert ops(redline("el gato", "la perra")) == [("delete", "el gato"), ("insert", "la perra")]
    assert ops(redline("el\ngato", "la\nperra")) == [
        ("delete", "el"), ("insert", "la"), ("equal", "\n"), ("delete", "gato"), ("insert", "perra")]


def test_adjacent_segments_never_share_an_op():
    segments = redline("a b c d e f g", "a x c y e z g")
    assert all(a.op != b.op for a, b in zip(segments, segments[1:]))
    assert all(s.text for s in segments)


def test_segment_is_frozen():
    s = Segment("equal", "x")
    try:
        s.text = "y"  # type: ignore[misc]
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("Segment must be immutable")


_SPANISH = st.lists(
    st.one_of(
        st.sampled_from(["derecho", "dérecho", "México", "Mexico", "Ciudad", "agua", "niñas",
                         "el", "la", "de", "y", "Art.", "16", "A", "3", "año", "pingüino"]),
        st.sampled_from([" ", "  ", "\n", "\t", ",", ".", ";", ":", "¿", "?", "«", "»", "—"]),
        st.text(alphabet="aábcdeéfghiíjlmnñoóprstuúüvxyzÁÉÑ ,.\n", max_size=8),
    ),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SPANISH, _SPANISH)
def test_equal_and_delete_rebuild_old_equal_and_insert_rebuild_new(old, new):
    segments = redline(old, new)
    assert old_text(segments) == old
    assert new_text(segments) == new
    assert changed(segments) == (old != new)
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in zip(segments, segments[1:]))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_rebuild_holds_for_any_unicode_text(old, new):
    segments = redline(old, new)
    assert "".join(s.text for s in segments if s.op != "insert") == old
    assert "".join(s.text for s in segments if s.op != "delete") == new


# ------------------------------------------------------------------ long wordings

def _long_wording(sentences: int) -> str:
    body = []
    for i in range(sentences):
        body.append(f"La Ciudad de México garantizará el derecho número {i} de las personas, de manera progresiva"
                    f" y sin discriminación; las autoridades de la Ciudad lo harán efectivo.")
        body.append("\n" if i % 7 == 6 else " ")
    return "".join(body).strip()


def test_a_long_wording_is_compared_word_by_word_where_it_changed_and_fast():
    import time

    old = _long_wording(600)  # about 100,000 characters
    assert 95_000 < len(old) < 100_000
    new = old.replace("derecho número 300 de", "derecho humano número 300 de").replace(
        "derecho número 450 de las personas,", "derecho número 450 de las personas")
    started = time.perf_counter()
    segments = redline(old, new)
    took = time.perf_counter() - started
    assert [(s.op, s.text) for s in segments if s.op != "equal"] == [("insert", "humano "), ("delete", ",")]
    assert old_text(segments) == old and new_text(segments) == new
    assert took < 2.0, f"{took:.2f} s"
    started = time.perf_counter()
    unrelated = redline(old, _long_wording(590).replace("Ciudad", "capital").replace("derecho", "deber"))
    assert time.perf_counter() - started < 5.0
    assert changed(unrelated)


_SENTENCE = st.lists(st.sampled_from(["la Ciudad", "garantiza", "el derecho", "al agua", "de México", "y", "o"]),
                     min_size=1, max_size=6).map(" ".join)
_TEXT = st.lists(st.tuples(_SENTENCE, st.sampled_from([". ", ".\n", "; ", ", ", ": "])), max_size=25).map(
    lambda parts: "".join(a + b for a, b in parts))


@settings(max_examples=150, deadline=None)
@given(_TEXT, _TEXT)
def test_compared_by_stages_the_texts_still_rebuild(old, new):
    """With the word-by-word budget made tiny, every comparison goes by lines and sentences."""
    from unittest import mock

    import secretariat.redline as module

    with mock.patch.object(module, "DIRECT", 4), mock.patch.object(module, "WORD_LIMIT", 40):
        segments = redline(old, new)
    assert old_text(segments) == old and new_text(segments) == new
    assert changed(segments) == (old != new)
    assert all(s.text for s in segments)
    assert all(a.op != b.op for a, b in zip(segments, segments[1:]))
