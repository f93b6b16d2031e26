"""The provision tree: hierarchy, order, citations, deletion, and the petitions that feed it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from secretariat.errors import ConflictError, InvalidInput, NotFound, SecretariatError
from secretariat.models import AssemblyOutcome, AuditEntry, Petition, Provision
from secretariat.services import provision_links, provisions, wording
from tests.secretariat.helpers import day, row

ON = date(2016, 3, 1)


def audit_rows(db) -> int:
    with db.read() as s:
        return s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def add(db, actor, kind, citation, heading="", parent_id=None, position=None):
    with db.write() as s:
        return provisions.add_provision(s, actor, kind, citation, heading, parent_id=parent_id, position=position)


def tree(db, actor):
    with db.read() as s:
        return provisions.provision_tree(s, actor)


def refused(db, exc_type, fn):
    """``fn(session)`` is refused with one sentence and nothing is written."""
    before = audit_rows(db)
    with pytest.raises(exc_type) as err:
        with db.write() as s:
            fn(s)
    assert audit_rows(db) == before
    sentence = err.value.sentence("es")
    assert sentence.endswith(".") and "\n" not in sentence and "{" not in sentence, sentence
    return err.value, sentence


@pytest.fixture
def outline(db, adviser):
    """Título Primero › Art. 16 › A › 3, plus Art. 17 and Título Segundo."""
    t1 = add(db, adviser, "titulo", "Título Primero", "De la Ciudad")
    art16 = add(db, adviser, "articulo", "Art. 16", "Ordenamiento territorial", parent_id=t1.id)
    a = add(db, adviser, "apartado", "Art. 16, A", "Medio ambiente", parent_id=art16.id)
    n3 = add(db, adviser, "numeral", "Art. 16, A, 3", "Derecho al agua", parent_id=a.id)
    art17 = add(db, adviser, "articulo", "Art. 17", "Bienestar social", parent_id=t1.id)
    t2 = add(db, adviser, "titulo", "Título Segundo", "De los derechos")
    return {"t1": t1.id, "art16": art16.id, "a": a.id, "n3": n3.id, "art17": art17.id, "t2": t2.id}


def test_the_tree_reads_depth_first_by_position_with_depths(db, adviser, observer, outline):
    rows = tree(db, observer)
    assert [(r.citation, r.depth, r.position, r.kind) for r in rows] == [
        ("Título Primero", 0, 0, "titulo"), ("Art. 16", 1, 0, "articulo"), ("Art. 16, A", 2, 0, "apartado"),
        ("Art. 16, A, 3", 3, 0, "numeral"), ("Art. 17", 1, 1, "articulo"), ("Título Segundo", 0, 1, "titulo")]
    n3 = rows[3]
    assert n3.heading == "Derecho al agua" and n3.parent_id == outline["a"]
    assert (n3.current_number, n3.current_status, n3.petitions, n3.signatures, n3.fate) == (None, None, 0, 0, None)
    with db.read() as s:
        assert provisions.provision(s, observer, outline["n3"]) == n3


def test_each_add_is_audited(db, adviser):
    before = audit_rows(db)
    row_ = add(db, adviser, "articulo", "Art. 1", "De la Ciudad de México")
    assert audit_rows(db) == before + 1
    with db.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert (last.action, last.entity, last.entity_id) == ("add_provision", "provision", str(row_.id))


@pytest.mark.parametrize("kind, parent, code", [
    ("titulo", "art16", "provision_titulo_parent"),
    ("articulo", "a", "provision_articulo_parent"),
    ("apartado", None, "provision_apartado_parent"),
    ("apartado", "t1", "provision_apartado_parent"),
    ("numeral", "art16", "provision_numeral_parent"),
    ("numeral", None, "provision_numeral_parent"),
])
def test_the_hierarchy_is_enforced(db, adviser, outline, kind, parent, code):
    err, sentence = refused(db, InvalidInput, lambda s: provisions.add_provision(
        s, adviser, kind, "Nueva", parent_id=outline[parent] if parent else None))
    assert err.code == code and "«Nueva»" in sentence


def test_an_unknown_kind_or_parent_is_refused(db, adviser, outline):
    refused(db, InvalidInput, lambda s: provisions.add_provision(s, adviser, "inciso", "Art. 99"))
    refused(db, NotFound, lambda s: provisions.add_provision(s, adviser, "articulo", "Art. 99", parent_id=99_999))


def test_citations_are_required_unique_and_cleaned(db, adviser, outline):
    err, sentence = refused(db, InvalidInput, lambda s: provisions.add_provision(s, adviser, "articulo", " \t "))
    assert err.code == "citation_required"
    err, sentence = refused(db, SecretariatError, lambda s: provisions.add_provision(
        s, adviser, "articulo", "art.  17", parent_id=outline["t1"]))
    assert err.code == "citation_exists" and "«Art. 17»" in sentence, sentence
    err, _ = refused(db, InvalidInput, lambda s: provisions.add_provision(s, adviser, "articulo", "A" * 81))
    assert err.code == "citation_too_long"
    pasted = add(db, adviser, "articulo", "Art.\x0b 18\x00 ", "Derecho a\x1b la\tmovilidad")
    assert pasted.citation == "Art. 18" and pasted.heading == "Derecho a la movilidad"
    # Accents count as the same citation too.
    err, _ = refused(db, SecretariatError, lambda s: provisions.add_provision(s, adviser, "titulo", "titulo primero"))
    assert err.code == "citation_exists"


def test_adding_at_a_position_shifts_the_siblings(db, adviser, observer, outline):
    add(db, adviser, "articulo", "Art. 15", "Planeación", parent_id=outline["t1"], position=0)
    children = [r for r in tree(db, observer) if r.parent_id == outline["t1"]]
    assert [(r.citation, r.position) for r in children] == [("Art. 15", 0), ("Art. 16", 1), ("Art. 17", 2)]
    add(db, adviser, "articulo", "Art. 99", parent_id=outline["t1"], position=500)  # past the end: last
    children = [r for r in tree(db, observer) if r.parent_id == outline["t1"]]
    assert children[-1].citation == "Art. 99" and children[-1].position == 3


def test_update_changes_citation_and_heading_and_guards_the_version(db, adviser, counsel, outline):
    with db.read() as s:
        seen = provisions.provision(s, adviser, outline["art17"])
    with db.write() as s:
        changed = provisions.update_provision(s, counsel, outline["art17"], heading="Bienestar y cuidados",
                                              expected_version=seen.version_id)
    assert changed.heading == "Bienestar y cuidados" and changed.citation == "Art. 17"
    assert changed.version_id > seen.version_id
    err, sentence = refused(db, ConflictError, lambda s: provisions.update_provision(
        s, adviser, outline["art17"], citation="Art. 17 bis", expected_version=seen.version_id))
    assert "Art. 17" in sentence and "otra persona" in sentence.lower(), sentence
    err, _ = refused(db, SecretariatError, lambda s: provisions.update_provision(
        s, adviser, outline["art17"], citation="Art. 16"))
    assert err.code == "citation_exists"
    before = audit_rows(db)
    with db.write() as s:  # nothing changes: nothing is written
        provisions.update_provision(s, adviser, outline["art17"], heading="Bienestar y cuidados")
    assert audit_rows(db) == before


def test_move_reorders_siblings(db, adviser, observer, outline):
    with db.write() as s:
        provisions.move_provision(s, adviser, outline["art17"], parent_id=outline["t1"], position=0)
    assert [r.citation for r in tree(db, observer)][:3] == ["Título Primero", "Art. 17", "Art. 16"]
    with db.write() as s:
        provisions.move_provision(s, adviser, outline["t2"], parent_id=None, position=0)
    assert [r.citation for r in tree(db, observer) if r.depth == 0] == ["Título Segundo", "Título Primero"]


def test_move_to_another_parent_closes_the_gap_and_respects_the_hierarchy(db, adviser, observer, outline):
    with db.write() as s:
        moved = provisions.move_provision(s, adviser, outline["art16"], parent_id=outline["t2"], position=None)
    assert moved.parent_id == outline["t2"] and moved.depth == 1
    rows = {r.citation: r for r in tree(db, observer)}
    assert rows["Art. 17"].position == 0  # the gap Art. 16 left is closed
    assert rows["Art. 16, A, 3"].depth == 3  # its subtree came along
    err, _ = refused(db, InvalidInput, lambda s: provisions.move_provision(
        s, adviser, outline["n3"], parent_id=outline["art17"], position=0))
    assert err.code == "provision_numeral_parent"
    err, _ = refused(db, InvalidInput, lambda s: provisions.move_provision(
        s, adviser, outline["a"], parent_id=None, position=0))
    assert err.code == "provision_apartado_parent"


def test_move_never_makes_a_cycle(db, adviser, outline):
    for target in ("art16", "a", "n3"):
        err, sentence = refused(db, SecretariatError, lambda s: provisions.move_provision(
            s, adviser, outline["art16"], parent_id=outline[target], position=0))
        assert err.code == "provision_cycle" and "«Art. 16»" in sentence


def test_move_with_a_stale_version_is_a_conflict(db, adviser, outline):
    with db.read() as s:
        seen = provisions.provision(s, adviser, outline["art17"]).version_id
    with db.write() as s:
        provisions.update_provision(s, adviser, outline["art17"], heading="Otro encabezado")
    refused(db, ConflictError, lambda s: provisions.move_provision(
        s, adviser, outline["art17"], parent_id=outline["t1"], position=0, expected_version=seen))


def test_delete_only_what_nothing_refers_to(db, adviser, counsel, observer, outline):
    day(db, counsel, [row("agua", 12_000, ON)])
    err, sentence = refused(db, SecretariatError, lambda s: provisions.delete_provision(s, adviser, outline["art16"]))
    assert err.code == "provision_has_children" and "«Art. 16»" in sentence
    with db.write() as s:
        wording.save_version(s, adviser, outline["n3"], "Toda persona tiene derecho al agua.", base_number=None)
    err, _ = refused(db, SecretariatError, lambda s: provisions.delete_provision(s, adviser, outline["n3"]))
    assert err.code == "provision_has_versions"
    with db.write() as s:
        pid = s.execute(select(Petition.id)).scalar_one()
        provision_links.link_petition(s, adviser, pid, outline["art17"])
    err, _ = refused(db, SecretariatError, lambda s: provisions.delete_provision(s, adviser, outline["art17"]))
    assert err.code == "provision_has_petitions"
    with db.write() as s:
        s.add(AssemblyOutcome(provision_id=outline["t2"], fate="removed", decided_on=date(2017, 1, 31)))
    err, _ = refused(db, SecretariatError, lambda s: provisions.delete_provision(s, adviser, outline["t2"]))
    assert err.code == "provision_has_assembly"
    extra = add(db, adviser, "articulo", "Art. 18", parent_id=outline["t1"], position=0)
    before = audit_rows(db)
    with db.write() as s:
        provisions.delete_provision(s, adviser, extra.id)
    assert audit_rows(db) == before + 1
    children = [r for r in tree(db, observer) if r.parent_id == outline["t1"]]
    assert [(r.citation, r.position) for r in children] == [("Art. 16", 0), ("Art. 17", 1)]
    with db.read() as s:
        assert s.get(Provision, extra.id) is None
