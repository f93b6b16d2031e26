"""Petitions feed provisions: "fed by 3 petitions, 85,000 signatures in all" and "feeds Art. 16, A, 3"."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from secretariat.errors import NotFound, PermissionDenied, SecretariatError
from secretariat.models import AssemblyOutcome, AuditEntry, Petition
from secretariat.services import provision_links, provisions, wording
from tests.secretariat.helpers import day, row
from tests.secretariat.test_provisions import add, audit_rows, refused

ON = date(2016, 3, 1)


@pytest.fixture
def case(db, counsel, adviser):
    day(db, counsel, [row("agua", 60_000, ON, title="Agua para todas las colonias", people=("Rosa Elena Vidal",)),
                      row("rios", 15_000, ON, title="Rescatar los ríos de la Ciudad"),
                      row("lluvia", 10_000, ON, title="Cosecha de agua de lluvia"),
                      row("bicis", 5_000, ON, title="Ciclovías seguras")])
    with db.read() as s:
        ids = {url.rsplit("/", 1)[1]: pid for url, pid in s.execute(select(Petition.url, Petition.id))}
    art = add(db, adviser, "articulo", "Art. 16", "Ordenamiento territorial")
    a = add(db, adviser, "apartado", "Art. 16, A", "Medio ambiente", parent_id=art.id)
    n3 = add(db, adviser, "numeral", "Art. 16, A, 3", "Derecho al agua", parent_id=a.id)
    art13 = add(db, adviser, "articulo", "Art. 13", "Ciudad habitable", position=0)
    return {**ids, "art": art.id, "n3": n3.id, "art13": art13.id}


def link(db, actor, petition, provision, contribution=""):
    with db.write() as s:
        return provision_links.link_petition(s, actor, petition, provision, contribution)


def test_a_provision_fed_by_three_petitions_adds_up_their_signatures(db, adviser, observer, case):
    for slug, note in (("rios", "Saneamiento de cauces."), ("agua", "Acceso universal."), ("lluvia", "")):
        link(db, adviser, case[slug], case["n3"], note)
    with db.read() as s:
        r = provisions.provision(s, observer, case["n3"])
        fed = provision_links.provision_petitions(s, observer, case["n3"])
    assert (r.petitions, r.signatures) == (3, 85_000)
    assert r.petition_urls == tuple(f"https://www.change.org/p/{x}" for x in ("agua", "rios", "lluvia"))
    assert [(x.title, x.signatures, x.tier, x.contribution) for x in fed] == [
        ("Agua para todas las colonias", 60_000, "audience", "Acceso universal."),
        ("Rescatar los ríos de la Ciudad", 15_000, "hearing", "Saneamiento de cauces."),
        ("Cosecha de agua de lluvia", 10_000, "hearing", "")]
    assert fed[0].petitioners == "Rosa Elena Vidal" and fed[0].url.endswith("/agua")


def test_a_petition_shows_the_provisions_it_feeds_in_tree_order(db, adviser, observer, case):
    link(db, adviser, case["agua"], case["n3"], "Acceso universal.")
    link(db, adviser, case["agua"], case["art13"], "Colonias con servicios.")
    with db.write() as s:
        wording.save_version(s, adviser, case["n3"], "Toda persona tiene derecho al agua.", base_number=None)
    with db.read() as s:
        feeds = provision_links.petition_provisions(s, observer, case["agua"])
        assert provision_links.petition_provisions(s, observer, case["bicis"]) == []
    assert [(f.citation, f.heading, f.contribution, f.current_number, f.current_status) for f in feeds] == [
        ("Art. 13", "Ciudad habitable", "Colonias con servicios.", None, None),
        ("Art. 16, A, 3", "Derecho al agua", "Acceso universal.", 1, "draft")]


def test_linking_twice_is_refused_naming_both(db, adviser, case):
    link(db, adviser, case["agua"], case["n3"])
    err, sentence = refused(db, SecretariatError, lambda s: provision_links.link_petition(
        s, adviser, case["agua"], case["n3"]))
    assert err.code == "link_exists"
    assert "«Agua para todas las colonias»" in sentence and "«Art. 16, A, 3»" in sentence


def test_contribution_is_cleaned_changed_and_audited(db, adviser, case):
    made = link(db, adviser, case["bicis"], case["art13"], "  Carriles\x07 protegidos.\r\n")
    assert made.contribution == "Carriles protegidos."
    before = audit_rows(db)
    with db.write() as s:
        changed = provision_links.set_contribution(s, adviser, case["bicis"], case["art13"], "Ciclovías confinadas.")
    assert changed.contribution == "Ciclovías confinadas." and audit_rows(db) == before + 1
    with db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.action, last.entity) == ("set_contribution", "petition_provision")
    assert "Carriles protegidos." in last.before and "Ciclovías confinadas." in last.after


def test_unlink_removes_the_link_and_a_missing_link_is_not_found(db, adviser, observer, case):
    link(db, adviser, case["rios"], case["n3"])
    with db.write() as s:
        provision_links.unlink_petition(s, adviser, case["rios"], case["n3"])
    with db.read() as s:
        assert provisions.provision(s, observer, case["n3"]).petitions == 0
    err, sentence = refused(db, NotFound, lambda s: provision_links.unlink_petition(
        s, adviser, case["rios"], case["n3"]))
    assert "vínculo" in sentence
    refused(db, NotFound, lambda s: provision_links.set_contribution(s, adviser, case["rios"], case["n3"], "x"))
    refused(db, NotFound, lambda s: provision_links.link_petition(s, adviser, 99_999, case["n3"]))
    refused(db, NotFound, lambda s: provision_links.link_petition(s, adviser, case["rios"], 99_999))


def test_the_assembly_fate_shows_on_the_row(db, adviser, observer, case):
    with db.write() as s:
        s.add(AssemblyOutcome(provision_id=case["art13"], fate="amended", assembly_text="Texto de la Asamblea.",
                              decided_on=date(2017, 1, 31)))
    with db.read() as s:
        rows = {r.citation: r.fate for r in provisions.provision_tree(s, observer)}
    assert rows == {"Art. 13": "amended", "Art. 16": None, "Art. 16, A": None, "Art. 16, A, 3": None}


@pytest.mark.parametrize("role", ["clerk", "observer"])
def test_a_clerk_or_observer_cannot_edit_the_tree_or_its_links(db, case, role, request):
    actor = request.getfixturevalue(role)
    for fn in (lambda s: provisions.add_provision(s, actor, "articulo", "Art. 20"),
               lambda s: provision_links.link_petition(s, actor, case["agua"], case["n3"]),
               lambda s: provisions.move_provision(s, actor, case["art13"], parent_id=None, position=5)):
        _, sentence = refused(db, PermissionDenied, fn)
        assert sentence.startswith("Su rol")
