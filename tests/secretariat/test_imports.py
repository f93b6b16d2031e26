"""The import service: new / updated / unchanged, never duplicates, all or nothing."""

from dataclasses import replace
from datetime import date

import pytest

from secretariat.errors import PermissionDenied
from secretariat.progress import Cancelled, Progress
from secretariat.services import audit, imports, petitions
from secretariat.services.petitions import PetitionQuery

from .helpers import day, row

D1, D2 = date(2016, 7, 1), date(2016, 7, 8)


def all_rows(db, actor):
    with db.read() as s:
        return petitions.list_petitions(s, actor, PetitionQuery(sort="title", descending=False))


def test_reimport_updates_by_url_and_never_duplicates(db, adviser):
    first = day(db, adviser, [row("a", 100, D1), row("b", 6000, D1)])
    assert (first.new, first.updated, first.unchanged, first.crossings) == (2, 0, 0, 1)
    again = day(db, adviser, [row("a", 100, D1), row("b", 6000, D1)])
    assert (again.new, again.updated, again.unchanged, again.crossings) == (0, 0, 2, 0)
    newer = day(db, adviser, [row("a", 150, D2), row("b", 6500, D2), row("c", 1, D2)])
    assert (newer.new, newer.updated, newer.unchanged) == (1, 2, 0)
    got = all_rows(db, adviser)
    assert [(r.url.rsplit("/", 1)[1], r.signatures, r.as_of) for r in got] == [
        ("a", 150, D2), ("b", 6500, D2), ("c", 1, D2)]
    # growth over 7 days: D2 - 7 days = D1
    assert {r.url[-1]: r.growth_7d for r in got} == {"a": 50, "b": 500, "c": None}


def test_older_file_adds_history_without_changing_current(db, adviser):
    day(db, adviser, [row("a", 7000, D2, title="Título vigente", people=("Luz Méndez",))])
    with db.read() as s:
        version = petitions.petition_detail(s, adviser, all_rows(db, adviser)[0].id).version
    day(db, adviser, [row("a", 3000, D1, title="Título viejo", people=("Otra Persona",))])
    (r,) = all_rows(db, adviser)
    assert (r.signatures, r.as_of, r.tier) == (7000, D2, "review")
    assert (r.title, r.petitioners) == ("Título vigente", "Luz Méndez")
    assert r.growth_7d == 4000  # the older count is exactly 7 days before: growth is now known
    with db.read() as s:
        d = petitions.petition_detail(s, adviser, r.id)
    assert [(c.on, c.signatures) for c in d.counts] == [(D1, 3000), (D2, 7000)]
    assert all(c.reverted_on is None for c in d.crossings)
    assert d.version == version  # history alone does not disturb someone editing the petition


def _people(db, actor):
    with db.read() as s:
        d = petitions.petition_detail(s, actor, all_rows(db, actor)[0].id)
    return [(p.name, p.email, p.phone) for p in d.petitioners]


def test_a_file_without_contacts_keeps_the_stored_ones(db, adviser):
    day(db, adviser, [replace(row("a", 10, D1, people=("Ana Ruiz", "Raúl Ibáñez")),
                              emails=("ana@example.org", "raul@example.org"), phones=("55 0100 1111", ""))])
    # a later monitoring file with no Correo/Teléfono columns, the people in another order, one more
    day(db, adviser, [replace(row("a", 12, D2, people=("Raúl Ibáñez", "Sofía Núñez", "Ana Ruiz")),
                              emails=(), phones=())])
    assert _people(db, adviser) == [("Raúl Ibáñez", "raul@example.org", ""), ("Sofía Núñez", "", ""),
                                    ("Ana Ruiz", "ana@example.org", "55 0100 1111")]


def test_a_corrected_email_is_an_update(db, adviser):
    base = row("a", 10, D1, people=("Ana Ruiz",))
    day(db, adviser, [base])
    fixed = replace(base, emails=("ana.ruiz@example.org",))
    summary = day(db, adviser, [fixed])
    assert (summary.updated, summary.unchanged) == (1, 0)
    assert _people(db, adviser) == [("Ana Ruiz", "ana.ruiz@example.org", "")]
    assert day(db, adviser, [fixed]).unchanged == 1


def test_changed_title_and_petitioners_update_search(db, adviser):
    day(db, adviser, [row("a", 10, D1, title="Agua para todos", people=("Luz Méndez",))])
    day(db, adviser, [row("a", 10, D1, title="Agua potable para todos", people=("Luz Méndez", "Raúl Ibáñez"))])
    with db.read() as s:
        hits = petitions.list_petitions(s, adviser, PetitionQuery(search="ibanez"))
        d = petitions.petition_detail(s, adviser, hits[0].id)
    assert hits[0].title == "Agua potable para todos"
    assert [p.name for p in d.petitioners] == ["Luz Méndez", "Raúl Ibáñez"]


def test_preview_writes_nothing_and_matches_apply(db, adviser):
    from secretariat.services.import_parse import ParsedFile
    day(db, adviser, [row("a", 4000, D1)])
    parsed = ParsedFile("f.csv", "x" * 64, "csv", "utf-8", ",", {}, ("Notas",),
                        (row("a", 12000, D2), row("z", 60000, D2, line=3)))
    with db.read() as s:
        pv = imports.preview(s, adviser, parsed)
    assert (pv.new, pv.updated, pv.crossings, pv.ignored_columns) == (1, 1, 5, ("Notas",))
    assert pv.items[0].events == ("crossed:review", "crossed:hearing")
    assert pv.items[1].tier_after == "audience"
    assert len(all_rows(db, adviser)) == 1
    with db.write() as s:
        done = imports.apply(s, adviser, parsed)
    assert (done.new, done.updated, done.crossings) == (pv.new, pv.updated, pv.crossings)


def test_cancel_mid_import_leaves_nothing(db, adviser):
    calls = []
    progress = Progress(is_cancelled=lambda: len(calls) > 1, report=lambda d, t: calls.append(d))
    with pytest.raises(Cancelled), db.write() as s:
        imports.apply_rows(s, adviser, [row(f"p{i}", i * 100, D1) for i in range(50)],
                           source="x.csv", progress=progress)
    assert all_rows(db, adviser) == []
    with db.read() as s:
        assert audit.change_counter(s) == 2  # only the account creations


@pytest.mark.parametrize("who", ["clerk", "observer"])
def test_clerk_and_observer_cannot_import(db, request, who):
    actor = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied) as e, db.write() as s:
        imports.apply_rows(s, actor, [row("a", 1, D1)], source="x.csv")
    assert "importar" in e.value.sentence("es")
    assert all_rows(db, request.getfixturevalue("counsel")) == []


def test_import_is_audited_and_chain_verifies(db, adviser, counsel):
    day(db, adviser, [row("a", 1, D1)], source="monitoreo-2016-07-01.csv")
    with db.read() as s:
        v = audit.verify(s, counsel)
        (entry,) = [r for r in audit.history(s, counsel, "import_batch", 1)]
    assert v.ok and v.rows >= 3
    assert entry.user_name == "asesor" and "monitoreo-2016-07-01.csv" in entry.after


def test_audit_tamper_is_detected(db, adviser, counsel):
    day(db, adviser, [row("a", 1, D1)])
    from sqlalchemy import text
    with db.write() as s:
        s.execute(text("UPDATE audit_log SET user_name = 'intruso' WHERE id = 2"))
    with db.read() as s:
        v = audit.verify(s, counsel)
    assert (v.ok, v.first_bad_id, v.problem) == (False, 2, "changed")


def test_audit_tail_deletion_and_user_id_change_are_detected(db, adviser, counsel):
    day(db, adviser, [row("a", 1, D1)])
    day(db, adviser, [row("a", 2, D2)])
    from sqlalchemy import text
    with db.read() as s:
        last = s.execute(text("SELECT max(id) FROM audit_log")).scalar()
        original = s.execute(text("SELECT user_id FROM audit_log WHERE id = :i"), {"i": last}).scalar()
    with db.write() as s:
        s.execute(text("UPDATE audit_log SET user_id = :u WHERE id = :i"), {"u": counsel.id, "i": last})
    with db.read() as s:
        assert audit.verify(s, counsel).problem == "changed"
    with db.write() as s:
        s.execute(text("UPDATE audit_log SET user_id = :u WHERE id = :i"), {"u": original, "i": last})
    with db.read() as s:
        assert audit.verify(s, counsel).ok
    with db.write() as s:
        s.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": last})
    with db.read() as s:
        v = audit.verify(s, counsel)
    assert (v.ok, v.problem, v.first_bad_id) == (False, "count_mismatch", last)


def test_text_changes_by_a_file_are_in_the_petition_history(db, adviser):
    day(db, adviser, [row("a", 10, D1, title="Agua para todos", people=("Luz Méndez",))])
    day(db, adviser, [row("a", 20, D2, title="Agua para todos", people=("Luz Méndez",))])  # count only
    day(db, adviser, [row("a", 20, D2, title="Agua potable para todos", people=("Luz Méndez",))])
    (r,) = all_rows(db, adviser)
    with db.read() as s:
        hist = audit.history(s, adviser, "petition", r.id)
    assert [h.action for h in hist] == ["import_update"]
    assert '"title":"Agua para todos"' in hist[0].before and '"title":"Agua potable para todos"' in hist[0].after
    with db.read() as s:
        assert audit.verify(s, adviser).ok
