"""The redline widget: inserted words underlined, deleted words struck through, nothing else marked."""

from __future__ import annotations

from PySide6.QtGui import QColor

from secretariat.redline import Segment, redline
from ui.views.redline_view import DELETE_COLOURS, INSERT_COLOURS, JOIN, RedlineView, redline_html

OLD = "Toda persona tiene derecho al agua potable, en forma suficiente."
NEW = "Toda persona tiene derecho al acceso al agua potable y al saneamiento, en forma suficiente y asequible."


def runs(view: RedlineView) -> list[tuple[str, bool, bool, str]]:
    """(text, underlined, struck, colour) of every fragment of the document, in order."""
    out = []
    block = view.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            out.append((frag.text(), fmt.fontUnderline(), fmt.fontStrikeOut(),
                        fmt.foreground().color().name()))
            it += 1
        block = block.next()
    return out


def test_insertions_are_underlined_and_deletions_struck(qtbot):
    view = RedlineView()
    qtbot.addWidget(view)
    view.set_texts("El Estado garantizará el derecho.", "El Estado reconocerá y garantizará el derecho pleno.")
    fragments = runs(view)
    underlined = "".join(t for t, u, _s, _c in fragments if u)
    struck = "".join(t for t, _u, s, _c in fragments if s)
    plain = "".join(t for t, u, s, _c in fragments if not u and not s)
    assert "reconocerá y" in underlined and "pleno" in underlined
    assert struck == ""
    assert "garantizará el derecho" in plain
    assert all(c == QColor(INSERT_COLOURS[0]).name() for _t, u, _s, c in fragments if u)
    assert view.summary.text() == "3 palabras añadidas"


def test_a_replaced_word_shows_both_and_accents_count(qtbot):
    view = RedlineView()
    qtbot.addWidget(view)
    view.set_texts("el derecho a la ciudad", "el dérecho a la ciudad")
    fragments = runs(view)
    assert [t for t, _u, s, _c in fragments if s] == ["derecho"]
    assert [t for t, u, _s, _c in fragments if u] == ["dérecho"]
    assert all(c == QColor(DELETE_COLOURS[0]).name() for _t, _u, s, c in fragments if s)
    # the text a reader copies holds both words, deletion first, a thin space apart
    assert view.plain_text() == "el derecho\u2009dérecho a la ciudad"
    assert [t for t, u, s, _c in fragments if not u and not s] == ["el ", "\u2009", " a la ciudad"]


def test_whole_wording_round_trip_and_summary(qtbot):
    view = RedlineView()
    qtbot.addWidget(view)
    segments = redline(OLD, NEW)
    view.set_segments(segments)
    fragments = runs(view)
    assert view.segments == segments  # the exact texts: joined, they give both wordings
    assert "".join(t for t, u, _s, _c in fragments if not u).replace(JOIN, "") == OLD
    assert "".join(t for t, _u, s, _c in fragments if not s).replace(JOIN, "") == NEW
    assert view.summary.text() == "7 palabras añadidas"


def test_multiline_wording_keeps_its_paragraphs(qtbot):
    view = RedlineView()
    qtbot.addWidget(view)
    view.set_texts("Primero.\nSegundo.", "Primero.\nSegundo, y tercero.")
    assert view.browser.document().blockCount() == 2
    assert view.plain_text().splitlines()[0] == "Primero."


def test_no_change_and_message(qtbot):
    view = RedlineView()
    qtbot.addWidget(view)
    view.set_texts("Igual.", "Igual.")
    assert view.summary.text() == "Sin cambios de redacción"
    assert not any(u or s for _t, u, s, _c in runs(view))
    view.set_message("Elija dos versiones para compararlas.")
    assert view.plain_text() == "Elija dos versiones para compararlas."
    assert view.segments == () and view.summary.text() == ""


def test_html_escapes_and_marks(qtbot):
    html = redline_html((Segment("equal", "a < b\n"), Segment("delete", "viejo"), Segment("insert", "nuevo & más")))
    assert "a &lt; b<br/>" in html
    assert 'text-decoration:line-through;">viejo</span>\u2009<span' in html
    assert 'text-decoration:underline;">nuevo &amp; más</span>' in html


def test_summary_words_each_case(qtbot):
    view = RedlineView()
    qtbot.addWidget(view)
    view.set_texts("derecho libre y pleno.", "derecho.")
    assert view.summary.text() == "3 palabras suprimidas"
    view.set_texts("derecho libre.", "derecho pleno, libre y universal.")
    assert view.summary.text() == "3 palabras añadidas"
    view.set_texts("la ciudad de todos", "la urbe de todas")
    assert view.summary.text() == "2 palabras añadidas, 2 suprimidas"
    view.set_texts("uno, dos", "uno; dos")
    assert view.summary.text() == "Solo cambian signos de puntuación o espacios"


def test_html_renders_with_the_same_marks_in_a_qt_document(qtbot):
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(redline_html(redline("el derecho a la ciudad", "el derecho pleno a la ciudad")))
    it = doc.begin().begin()
    marks = []
    while not it.atEnd():
        frag = it.fragment()
        marks.append((frag.text(), frag.charFormat().fontUnderline(), frag.charFormat().fontStrikeOut()))
        it += 1
    assert ("pleno ", True, False) in marks
