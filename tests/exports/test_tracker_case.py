"""The tracker's new sheets from real case files (SQLite and PostgreSQL): duties and meetings of the
demo case, provisions and the four consultation states of a drafted case built through the
drafting and consultation services, and an empty case file. Read back with the independent
reader; the consultation states are checked against the consultation services' own.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from exports.tracker import write_tracker
from secretariat.models import Duty, Meeting, MeetingAgreement, MeetingAttendee
from secretariat.services import assembly, consultations
from secretariat.services.demo import load_demo
from secretariat.services.tracker_data import tracker_data
from tests.secretariat.test_consultations_support import (
    ON,
    TODAY,
    current,
    finalize,
    link,
    petition,
    provision,
    restore,
    save,
    shown,
)

from .support import cell_time, needs_office, pdf_text, read_xlsx, sheet_values, to_pdf

URL = "https://www.change.org/p/"


def _answer(db, clerk, petition_id, versions, outcome="approved", remarks="", method="email"):
    with db.write() as s:
        consultations.record_outcome(s, clerk, petition_id, outcome=outcome, decided_on=ON + timedelta(days=3),
                                     method=method, versions=versions, remarks=remarks)


@pytest.fixture
def drafted(db, counsel, clerk):
    return _drafted(db, counsel, clerk)


def _drafted(db, counsel, clerk):
    """Seven petitions, five provisions (a tree), and every consultation state:

    - «bici» (audience) approved Art. 13, whose wording then changed: stale;
    - «basura» (hearing) rejected Art. 9 with remarks: rejected;
    - «luz» (hearing) approved Art. 9, then was linked to Art. 13 too: pending (not all covered);
    - «agua» (hearing) approved Art. 9 and Art. 16, A, 3; Art. 9 was then changed and changed
      back to the same words (version 3, the text hash they approved): still approved;
    - «parques» (review) feeds Art. 13 and the counsel asked for it: pending (no answer yet);
    - «perros» (review, not asked for) and «arbol» (hearing, feeds nothing): not consulted."""
    ids = {slug: petition(db, counsel, slug, n, title=title) for slug, n, title in (
        ("bici", 55_000, "Ciclovías seguras en la ciudad"), ("basura", 20_000, "Separación de residuos"),
        ("luz", 15_000, "Alumbrado público en las colonias"), ("agua", 12_000, "Derecho al agua potable"),
        ("parques", 6_000, "Más parques públicos"), ("perros", 7_000, "Protección de los animales"),
        ("arbol", 30_000, "Arbolado urbano"))}
    with db.write() as s:
        art9 = provision(s, counsel, "Art. 9", heading="Ciudad solidaria")
        art13 = provision(s, counsel, "Art. 13", heading="Ciudad habitable")
        art16 = provision(s, counsel, "Art. 16", heading="Derechos urbanos")
        a16a = provision(s, counsel, "Art. 16, A", kind="apartado", parent_id=art16)
        a16a3 = provision(s, counsel, "Art. 16, A, 3", kind="numeral", heading="Agua", parent_id=a16a)
        save(s, counsel, art9, "Toda persona tiene derecho al agua.")
        save(s, counsel, art13, "Se garantiza la movilidad segura.")
        save(s, counsel, a16a3, "El agua es un bien público, social y cultural.")
        for slug, prov in (("bici", art13), ("basura", art9), ("luz", art9), ("agua", art9), ("agua", a16a3),
                           ("parques", art13), ("perros", art9)):
            link(s, counsel, ids[slug], prov)
        consultations.request_consultation(s, counsel, ids["parques"], "La consejera la incluye.")
    _answer(db, clerk, ids["bici"], shown(db, art13))
    _answer(db, clerk, ids["basura"], shown(db, art9), "rejected", "La redacción no menciona la separación.")
    _answer(db, clerk, ids["luz"], shown(db, art9), method="in_person")
    _answer(db, clerk, ids["agua"], shown(db, art9, a16a3), "approved_with_remarks", "Conforme.", "signed_letter")
    with db.write() as s:
        save(s, counsel, art13, "Se garantiza la movilidad segura y sustentable.")
        save(s, counsel, art9, "Toda persona tiene derecho al agua potable.")
        restore(s, counsel, art9, 1)  # back to the words they answered on: a new version, the same hash
        link(s, counsel, ids["luz"], art13)
        finalize(s, counsel, current(s, a16a3))
        assembly.record_fate(s, counsel, a16a3, "kept", decided_on=TODAY)
    return ids


def _export(db, actor, path, **kwargs):
    with db.read() as s:
        data = tracker_data(s, actor, today=TODAY)
        result = write_tracker(path, data, **kwargs)
    return data.summary, dict(result.sheets), read_xlsx(path)


def test_the_four_consultation_states_as_the_consultation_services_give_them(db, observer, drafted, tmp_path):
    summary, sizes, book = _export(db, observer, tmp_path / "seguimiento.xlsx")
    assert dict(summary.consultations) == {"pending": 2, "approved": 1, "rejected": 1, "stale": 1}
    rows = sheet_values(book.sheet("Consultas"))
    assert sizes["Consultas"] == 5 and book.sheet("Consultas").tables[0].ref == "A1:J6"
    assert [(r[0], r[3], r[4], r[5]) for r in rows] == [  # most signatures first; not «arbol», not «perros»
        (f'HYPERLINK("{URL}bici","{URL}bici")', "Art. 13", "Desactualizada", "Aprueba"),
        (f'HYPERLINK("{URL}basura","{URL}basura")', "Art. 9", "Rechazada", "Rechaza"),
        (f'HYPERLINK("{URL}luz","{URL}luz")', "Art. 9; Art. 13", "Pendiente", "Aprueba"),
        (f'HYPERLINK("{URL}agua","{URL}agua")', "Art. 9; Art. 16, A, 3", "Aprobada", "Aprueba con observaciones"),
        (f'HYPERLINK("{URL}parques","{URL}parques")', "Art. 13", "Pendiente", None)]
    assert [r[7] for r in rows] == ["Correo electrónico", "Correo electrónico", "En persona", "Carta firmada", None]
    assert rows[1][8] == "La redacción no menciona la separación."
    dates = book.sheet("Consultas").column("Decidido el")
    assert [c and c.as_date() for c in dates] == [ON + timedelta(days=3)] * 4 + [None]
    with db.read() as s:
        theirs = {r.url: r for r in consultations.list_consultations(s, observer)}
    words = {"pending": "Pendiente", "approved": "Aprobada", "rejected": "Rechazada", "stale": "Desactualizada"}
    hashes = book.sheet("Consultas").column("Huella de la redacción (SHA-256)")
    assert len(theirs) == len(rows)
    for r, h in zip(rows, hashes):
        url = r[0].split('"')[1]
        assert r[4] == words[theirs[url].state], url
        assert (h.value if h else None) == theirs[url].wording_sha256, url
    assert len(hashes[0].value) == 64 and hashes[0].type == "s"


def test_provisions_in_tree_order_with_their_petitions_signatures_and_fate(db, observer, drafted, tmp_path):
    summary, sizes, book = _export(db, observer, tmp_path / "seguimiento.xlsx")
    assert summary.provisions == sizes["Disposiciones"] == 5
    rows = sheet_values(book.sheet("Disposiciones"))
    assert [r[:5] for r in rows] == [
        ["Art. 9", "Ciudad solidaria", "Artículo", 3, "Borrador"],
        ["Art. 13", "Ciudad habitable", "Artículo", 2, "Borrador"],
        ["Art. 16", "Derechos urbanos", "Artículo", None, None],
        ["Art. 16, A", None, "Apartado", None, None],
        ["Art. 16, A, 3", "Agua", "Numeral", 1, "Final"]]
    assert [r[6:10] for r in rows] == [
        [len("Toda persona tiene derecho al agua."), 4, 20_000 + 15_000 + 12_000 + 7_000, None],
        [len("Se garantiza la movilidad segura y sustentable."), 3, 55_000 + 6_000 + 15_000, None],
        [None, 0, 0, None], [None, 0, 0, None],
        [len("El agua es un bien público, social y cultural."), 1, 12_000, "Se conservó tal como la redactamos"]]
    sheet = book.sheet("Disposiciones")
    assert [c and c.as_date() for c in sheet.column("Guardada el")] == [TODAY, TODAY, None, None, TODAY]
    assert sheet.column("Decidido el")[4].as_date() == TODAY
    assert all(c.type == "n" for c in sheet.column("Peticiones") + sheet.column("Firmas"))


def test_duties_and_meetings_of_the_demo_case(db, counsel, observer, tmp_path):
    with db.write() as s:
        load_demo(s, counsel, today=TODAY, petitions=60, days=20)
    summary, sizes, book = _export(db, observer, tmp_path / "seguimiento.xlsx")
    with db.read() as s:
        duties = s.execute(select(func.count()).select_from(Duty)).scalar_one()
        meetings = s.execute(select(func.count()).select_from(Meeting)).scalar_one()
        invited = s.execute(select(func.count()).select_from(MeetingAttendee)).scalar_one()
        attended = s.execute(select(func.count()).where(MeetingAttendee.attended.is_(True))).scalar_one()
        agreements = s.execute(select(func.count()).select_from(MeetingAgreement)).scalar_one()
    assert duties and meetings and sizes["Deberes"] == summary.duties == duties
    assert sizes["Reuniones"] == summary.meetings == meetings
    d = book.sheet("Deberes")
    assert d.tables[0].ref == f"A1:L{duties + 1}"
    assert all(c.is_date for c in d.column("Creado el") + d.column("Vence el"))
    assert [c.as_date() for c in d.column("Vence el")] == sorted(c.as_date() for c in d.column("Vence el"))
    assert all(c.type == "n" and c.value >= 0 for c in d.column("Días"))
    rows = sheet_values(d)
    assert {r[3] for r in rows} <= {"Abierto", "Agendado", "Cumplido", "Dispensado"}
    assert sum(r[3] in ("Abierto", "Agendado") for r in rows) == summary.open_duties
    assert sum(r[4] == "Vencido" for r in rows) == summary.overdue_duties
    m = book.sheet("Reuniones")
    assert m.tables[0].ref == f"A1:K{meetings + 1}"
    assert all(c.is_date for c in m.column("Fecha"))
    assert all(cell_time(a) < cell_time(b) for a, b in zip(m.column("Inicio"), m.column("Fin")))
    assert sum(c.value for c in m.column("Convocados")) == invited
    assert sum(c.value for c in m.column("Asistieron")) == attended
    assert sum(c.value for c in m.column("Acuerdos")) == agreements
    assert sum(r[4] == "Celebrada" for r in sheet_values(m)) == summary.held_meetings


def test_an_empty_case_file_has_every_sheet_with_its_header(db, observer, tmp_path):
    summary, sizes, book = _export(db, observer, tmp_path / "vacio.xlsx")
    assert list(sizes.values()) == [0] * 8
    assert summary.consultations == (("pending", 0), ("approved", 0), ("rejected", 0), ("stale", 0))
    assert [(s.name, s.tables[0].ref, s.rows) for s in book.sheets[4:]] == [
        ("Deberes", "A1:L2", 1), ("Reuniones", "A1:K2", 1), ("Disposiciones", "A1:K2", 1), ("Consultas", "A1:J2", 1)]


@needs_office
def test_libreoffice_renders_the_drafted_case(sqlite_db, tmp_path):
    from tests.conftest import make_actor

    counsel = make_actor(sqlite_db, "consejera", "counsel")
    clerk = make_actor(sqlite_db, "secretario", "clerk")
    _drafted(sqlite_db, counsel, clerk)
    path = tmp_path / "seguimiento.xlsx"
    _export(sqlite_db, counsel, path)
    text = " ".join(pdf_text(to_pdf(path, tmp_path / "pdf")).split())
    for needle in ("Art. 16, A, 3", "Se conservó tal como la redactamos", "Desactualizada", "Rechazada",
                   "La redacción no menciona la separación.", "Ciclovías seguras en la ciudad",
                   f"{URL}parques", "Peticiones en consulta"):
        assert needle in text, needle


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_drafting_histories_give_the_same_states_as_the_consultation_services(db, counsel, clerk, seed):
    """Links, unlinks, answers, new wordings and returns to old wordings in a random order: after
    each step, the tracker's states (computed in SQL) are the consultation services' ones."""
    import random

    from secretariat.errors import SecretariatError
    from secretariat.services import provisions as drafting

    rng = random.Random(seed)
    pets = [petition(db, counsel, f"p{i}", n) for i, n in enumerate((60_000, 20_000, 11_000, 6_000))]
    texts = ("Toda persona tiene derecho al agua.", "El agua es un bien público.", "Se garantiza la movilidad.")
    with db.write() as s:
        provs = [provision(s, counsel, f"Art. {i}") for i in (1, 2, 3)]
        for p in provs:
            save(s, counsel, p, rng.choice(texts))
        consultations.request_consultation(s, counsel, pets[3])
        for pet in pets:
            link(s, counsel, pet, rng.choice(provs))
    for _ in range(24):
        step = rng.choice(("link", "unlink", "answer", "answer", "answer", "save", "restore"))
        pet, prov = rng.choice(pets), rng.choice(provs)
        try:
            with db.write() as s:
                if step == "link":
                    link(s, counsel, pet, prov)
                elif step == "unlink":
                    drafting.unlink_petition(s, counsel, pet, prov)
                elif step == "save":
                    save(s, counsel, prov, rng.choice(texts) + rng.choice(("", " Sin excepción.")))
                elif step == "restore":
                    restore(s, counsel, prov, 1)
            if step == "answer":
                with db.read() as s:
                    fed = [r.provision_id for r in drafting.petition_provisions(s, counsel, pet)]
                _answer(db, clerk, pet, shown(db, *fed), rng.choice(("approved", "rejected")), "Observación.")
        except SecretariatError:
            continue  # not allowed now (already linked, same text, not consulted…): nothing was written
        with db.read() as s:
            mine = {c.url: (c.state, c.outcome, c.wording_sha256, c.provisions)
                    for c in tracker_data(s, counsel).consultations}
            theirs = {r.url: (r.state, r.outcome, r.wording_sha256, "; ".join(r.provisions))
                      for r in consultations.list_consultations(s, counsel)}
            counts = dict(tracker_data(s, counsel).summary.consultations)
        assert mine == theirs, step
        assert counts == {st: sum(v[0] == st for v in mine.values()) for st in counts}
