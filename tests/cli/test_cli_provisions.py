"""``secretariat provisions [--json]``: the provision tree as a user reads it in a terminal."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.models import Petition
from secretariat.services import provision_links, provisions, wording
from tests.cli.support import ok, refused, run
from tests.conftest import PASSWORD
from tests.secretariat.helpers import day, row

ON = date(2016, 3, 1)


def env(db_url: str, lang: str = "es", user: str = "consejera", password: str = PASSWORD) -> dict:
    e = dict(os.environ, SECRETARIAT_DB=db_url, SECRETARIAT_USER=user, SECRETARIAT_PASSWORD=password,
             SECRETARIAT_LANG=lang)
    e.pop("SECRETARIAT_NEW_PASSWORD", None)
    return e


@pytest.fixture
def case(db, db_url, counsel, adviser):
    day(db, counsel, [row("agua", 60_000, ON, title="Agua para todas las colonias"),
                      row("rios", 25_000, ON, title="Rescatar los ríos")])
    with db.write() as s:
        urls = dict(s.execute(select(Petition.url, Petition.id)).all())
        t1 = provisions.add_provision(s, adviser, "titulo", "Título Segundo", "De la Carta de Derechos")
        art = provisions.add_provision(s, adviser, "articulo", "Art. 16", "Ordenamiento territorial",
                                       parent_id=t1.id)
        a = provisions.add_provision(s, adviser, "apartado", "Art. 16, A", "Medio ambiente", parent_id=art.id)
        n3 = provisions.add_provision(s, adviser, "numeral", "Art. 16, A, 3", "Derecho al agua", parent_id=a.id)
        for i, text in enumerate(("Toda persona tiene derecho al agua.",
                                  "Toda persona tiene derecho al agua potable.",
                                  "Toda persona tiene derecho humano al agua potable.")):
            v = wording.save_version(s, adviser, n3.id, text, base_number=i or None)
        wording.propose_version(s, adviser, v.id)
        for url in ("https://www.change.org/p/agua", "https://www.change.org/p/rios"):
            provision_links.link_petition(s, adviser, urls[url], n3.id)
    return db_url


def test_text_lists_the_tree_indented_with_version_status_and_petitions(case):
    r = ok(run(["provisions"], env(case)))
    lines = r.stdout.splitlines()
    assert lines == [
        "Título Segundo  De la Carta de Derechos  sin redacción",
        "  Art. 16  Ordenamiento territorial  sin redacción",
        "    Art. 16, A  Medio ambiente  sin redacción",
        "      Art. 16, A, 3  Derecho al agua  v3 propuesta  "
        "<https://www.change.org/p/agua> <https://www.change.org/p/rios>",
        "4 disposiciones.",
    ]


def test_text_in_english_says_draft_and_proposed_in_english(case, db, counsel):
    with db.write() as s:
        art = next(r for r in provisions.provision_tree(s, counsel) if r.citation == "Art. 16")
        wording.save_version(s, counsel, art.id, "La Ciudad ordena su territorio.", base_number=None)
    lines = ok(run(["provisions"], env(case, "en"))).stdout.splitlines()
    assert lines[1] == "  Art. 16  Ordenamiento territorial  v1 draft"
    assert "v3 proposed" in lines[3] and lines[-1] == "4 provisions."


def test_json_lists_every_provision_with_the_agreed_keys(case):
    out = json.loads(ok(run(["provisions", "--json"], env(case))).stdout)
    assert [set(o) for o in out] == [{"citation", "heading", "kind", "current_version", "status",
                                      "petitions", "signatures"}] * 4
    assert out[0] == {"citation": "Título Segundo", "heading": "De la Carta de Derechos", "kind": "titulo",
                      "current_version": None, "status": None, "petitions": [], "signatures": 0}
    assert out[3] == {"citation": "Art. 16, A, 3", "heading": "Derecho al agua", "kind": "numeral",
                      "current_version": 3, "status": "proposed",
                      "petitions": ["https://www.change.org/p/agua", "https://www.change.org/p/rios"],
                      "signatures": 85_000}


def test_an_empty_case_file_lists_nothing(db, db_url, counsel):
    assert json.loads(ok(run(["provisions", "--json"], env(db_url))).stdout) == []
    assert ok(run(["provisions"], env(db_url))).stdout == "0 disposiciones.\n"


def test_a_wrong_password_is_one_sentence(case):
    refused(run(["provisions"], env(case, password="no-es-la-clave")), "incorrectos")
