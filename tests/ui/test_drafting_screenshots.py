"""The drafting tab on the demo case, as a legal adviser sees it. Saved to docs/drafting-tab.png and
docs/redline.png when SECRETARIAT_SCREENSHOTS=1 (and checked either way)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from secretariat.redline import stats
from secretariat.services import demo, provisions
from tests.ui.drafting_support import char_runs, make_tab, select, ui_adviser, wait_idle  # noqa: F401
from tests.ui.support import isolated_log, isolated_settings, runner, spanish_ui, ui_counsel  # noqa: F401

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _pick(rows, versions_of):
    """The provision a screenshot shows best: petitions, several versions, changes both ways."""
    best, best_key = None, None
    for row in rows:
        if row.current_number is None or row.current_number < 3 or not row.petitions:
            continue
        key = (row.current_number, row.petitions, len(row.heading) < 45)
        if best_key is None or key > best_key:
            best, best_key = row, key
    return best


def test_screenshots_of_the_drafting_tab_and_a_redline(qtbot, qapp, spanish_ui, sqlite_db, runner, ui_counsel,
                                                       ui_adviser):
    today = date(2016, 9, 14)
    with sqlite_db.write() as s:
        demo.load_demo(s, ui_counsel, today=today)
    with sqlite_db.read() as s:
        rows = provisions.provision_tree(s, ui_adviser)
    assert len(rows) >= 15
    target = _pick(rows, None)
    assert target is not None, "the demo has a provision with petitions and three versions or more"

    tab = make_tab(qtbot, sqlite_db, ui_adviser, runner)
    tab.resize(1400, 860)
    wait_idle(qtbot, tab)
    select(qtbot, tab, target.id)
    # the two versions whose redline shows both insertions and deletions (the latest such pair)
    history = tab.history
    numbers = sorted(v.number for v in history.model.rows())
    chosen = None
    for old, new in reversed(list(zip(numbers, numbers[1:]))):
        history.select_numbers([old, new])
        wait_idle(qtbot, tab)
        inserted, deleted = stats(history.redline.segments)
        if inserted and deleted:
            chosen = (old, new)
            break
    assert chosen is not None, "some pair of versions both adds and removes words"
    runs = char_runs(history.redline.browser.document())
    assert any(u for _t, u, _s in runs) and any(s for _t, _u, s in runs)
    assert tab.links.model.rowCount() == target.petitions
    for _ in range(3):
        qapp.processEvents()
    image = tab.grab().toImage()
    assert not image.isNull()
    pane = history.redline.parentWidget()
    pane.resize(900, 150)
    redline_image = pane.grab().toImage()
    if os.environ.get("SECRETARIAT_SCREENSHOTS") == "1":
        assert image.save(str(DOCS / "drafting-tab.png"))
        assert redline_image.save(str(DOCS / "redline.png"))
