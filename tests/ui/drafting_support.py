"""Fixtures and helpers for the drafting tab's tests (imported explicitly by those modules).

The invented case: the petitions of ``petition_data.SMALL`` (imported on three dates) and a draft
of a city constitution's bill of rights written through the services, as other workstations
would: "Título Segundo" → "Art. 9 Ciudad solidaria" → "Art. 9, F Derecho al agua y a su
saneamiento" (two versions, fed by "Agua potable…" and "Espacios verdes…"), plus "Art. 13" on
the right to the city.
"""

from __future__ import annotations

import pytest

from secretariat.services import provisions, wording
from tests.conftest import make_actor
from tests.ui.petition_data import seed_small

AGUA_V1 = ("Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable "
           "suficiente, salubre, segura, asequible, accesible y de calidad para el uso personal y doméstico.")
AGUA_V2 = ("Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable "
           "suficiente, salubre, segura, asequible, accesible y de calidad para el uso personal y doméstico "
           "de una forma adecuada a la dignidad, la vida y la salud.\n"
           "La Ciudad garantizará la cobertura universal del agua, su acceso diario, continuo, equitativo y "
           "sustentable.")
CIUDAD_V1 = ("La Ciudad de México garantiza el derecho a la ciudad, que consiste en el uso y el usufructo "
             "pleno y equitativo de la ciudad, fundado en principios de justicia social, democracia, "
             "participación, igualdad, sustentabilidad y respeto a la diversidad cultural.")


@pytest.fixture
def ui_adviser(sqlite_db, ui_counsel):
    return make_actor(sqlite_db, "asesora", "adviser")


@pytest.fixture
def other_adviser(sqlite_db, ui_counsel):
    return make_actor(sqlite_db, "asesor2", "adviser")


@pytest.fixture
def drafting_clerk(sqlite_db, ui_counsel):
    return make_actor(sqlite_db, "actuaria", "clerk")


def add(db, actor, kind, citation, heading="", parent=None, position=None):
    with db.write() as s:
        return provisions.add_provision(s, actor, kind, citation, heading, parent_id=parent, position=position)


def save(db, actor, provision_id, text, base, note=""):
    with db.write() as s:
        return wording.save_version(s, actor, provision_id, text, base_number=base, note=note)


def versions(db, actor, provision_id):
    with db.read() as s:
        return wording.versions(s, actor, provision_id)


@pytest.fixture
def drafting_case(sqlite_db, ui_counsel, ui_adviser):
    """The invented draft; returns {name: id} for the provisions and the petitions."""
    db = sqlite_db
    ids = seed_small(db, ui_counsel)
    titulo = add(db, ui_counsel, "titulo", "Título Segundo", "Carta de derechos")
    art9 = add(db, ui_adviser, "articulo", "Art. 9", "Ciudad solidaria", parent=titulo.id)
    agua = add(db, ui_adviser, "apartado", "Art. 9, F", "Derecho al agua y a su saneamiento", parent=art9.id)
    art13 = add(db, ui_adviser, "articulo", "Art. 13", "Ciudad habitable", parent=titulo.id)
    ciudad = add(db, ui_adviser, "apartado", "Art. 13, A", "Derecho a la ciudad", parent=art13.id)
    save(db, ui_adviser, agua.id, AGUA_V1, None, "Primera propuesta a partir de la petición")
    save(db, ui_counsel, agua.id, AGUA_V2, 1, "Se agrega la obligación de la Ciudad")
    save(db, ui_adviser, ciudad.id, CIUDAD_V1, None)
    with db.write() as s:
        provisions.link_petition(s, ui_adviser, ids["agua-potable"], agua.id,
                                 "La cobertura universal y el acceso diario al agua")
        provisions.link_petition(s, ui_adviser, ids["espacios-verdes"], agua.id, "El saneamiento")
        provisions.link_petition(s, ui_adviser, ids["derecho-ciudad"], ciudad.id, "El derecho a la ciudad")
    return {"titulo": titulo.id, "art9": art9.id, "agua": agua.id, "art13": art13.id, "ciudad": ciudad.id, **ids}


def make_tab(qtbot, db, actor, runner):
    """A drafting tab, shown, with its first read done."""
    from ui.views.drafting_tab import DraftingTab

    tab = DraftingTab(db, actor, runner)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    activate(qtbot, tab)
    wait_idle(qtbot, tab)
    return tab


def activate(qtbot, window) -> None:
    """Make ``window`` the active window (keyboard shortcuts need it)."""
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def wait_idle(qtbot, tab, timeout: int = 5000) -> None:
    """Until the runner has nothing queued and the tab nothing on its way."""
    qtbot.waitUntil(lambda: tab.runner.pending() == 0 and tab.loading == 0, timeout=timeout)


def select(qtbot, tab, provision_id: int) -> None:
    tab.tree.select_id(provision_id)
    qtbot.waitUntil(lambda: tab.editor.provision is not None and tab.editor.provision.id == provision_id
                    and tab.loading == 0)
    wait_idle(qtbot, tab)


def char_runs(document) -> list[tuple[str, bool, bool]]:
    """(text, underlined, struck through) of every fragment of a QTextDocument."""
    out = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            out.append((frag.text(), frag.charFormat().fontUnderline(), frag.charFormat().fontStrikeOut()))
            it += 1
        block = block.next()
    return out
