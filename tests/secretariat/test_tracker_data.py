"""The tracker's data from a real case file (SQLite and PostgreSQL), and the export end to end."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from exports.tracker import write_tracker
from secretariat.errors import PermissionDenied
from secretariat.models import Petition, Petitioner, SignatureCount, TierCrossing
from secretariat.permissions import Actor
from secretariat.services.demo import load_demo
from secretariat.services.tracker_data import CountLine, PetitionLine, tracker_data
from tests.exports.support import needs_office, pdf_text, read_xlsx, to_pdf

TODAY = date(2016, 9, 15)


@pytest.fixture
def demo(db, counsel):
    with db.write() as s:
        load_demo(s, counsel, today=TODAY, petitions=60, days=20)
    return db


def test_summary_and_rows_match_the_case_file(demo, observer):
    with demo.read() as s:
        expected_counts = s.execute(select(func.count()).select_from(SignatureCount)).scalar()
        expected_crossings = s.execute(select(func.count()).select_from(TierCrossing)).scalar()
        data = tracker_data(s, observer, today=date(2016, 9, 16), chunk=7)  # many small fetches
        petitions, counts, crossings = list(data.petitions), list(data.counts), list(data.crossings)
    summary = data.summary
    assert summary.petitions == len(petitions) == 60
    assert summary.counts == len(counts) == expected_counts
    assert summary.crossings == len(crossings) == expected_crossings
    assert summary.generated_on == date(2016, 9, 16) and summary.latest_count_on == TODAY
    assert summary.signatures == sum(p.signatures for p in petitions)
    assert dict(summary.tiers) == {t: sum(p.tier == t for p in petitions)
                                   for t in ("watch", "review", "hearing", "audience")}
    assert sum(n for _, n in summary.admissibility) == 60 and dict(summary.admissibility)["inadmissible"] >= 1
    assert summary.thresholds == (5000, 10000, 50000)
    assert summary.reverted == sum(c.reverted_on is not None for c in crossings)
    # rows: plain values, dates as dates on both backends, petitions by signatures (most first)
    assert all(isinstance(p, PetitionLine) and isinstance(p.as_of, date) for p in petitions)
    assert [p.signatures for p in petitions] == sorted((p.signatures for p in petitions), reverse=True)
    assert all(isinstance(c, CountLine) and isinstance(c.counted_on, date) for c in counts)
    assert len({(c.url, c.counted_on) for c in counts}) == len(counts)
    assert [c.crossed_on for c in crossings] == sorted(c.crossed_on for c in crossings)
    duplicates = [p for p in petitions if p.reason == "duplicate"]
    assert all(p.duplicate_of and p.duplicate_of.startswith("https://") for p in duplicates)


def test_no_contact_data_is_read(demo, observer):
    with demo.read() as s:
        emails = {e for (e,) in s.execute(select(Petitioner.email)) if e}
        phones = {p for (p,) in s.execute(select(Petitioner.phone)) if p}
        data = tracker_data(s, observer)
        values = {str(v) for row in (*data.petitions, *data.counts, *data.crossings) for v in row}
    assert emails and not any(e in v for v in values for e in emails)
    assert not any(p in v for v in values for p in phones)


def test_an_import_during_the_export_does_not_show_up_half_way(demo, observer, counsel):
    from tests.secretariat.helpers import day, row

    with demo.read() as s:
        data = tracker_data(s, observer)
        # someone imports while the export is running: a new petition and new counts
        day(demo, counsel, [row("nueva-en-medio", 70_000, date(2016, 9, 16))])
        petitions, counts = list(data.petitions), list(data.counts)
    assert len(petitions) == data.summary.petitions == 60
    assert len(counts) == data.summary.counts
    assert all("nueva-en-medio" not in p.url for p in petitions)


def test_reading_needs_the_read_permission(db, counsel):
    with db.read() as s, pytest.raises(PermissionDenied):
        tracker_data(s, Actor(None, "intruso", "nobody"))


def test_the_demo_case_exports_and_reopens(demo, observer, tmp_path):
    path = tmp_path / "seguimiento.xlsx"
    with demo.read() as s:
        data = tracker_data(s, observer)
        result = write_tracker(path, data)
        top = s.execute(select(Petition.title, Petition.signatures).order_by(Petition.signatures.desc())
                        .limit(1)).one()
    book = read_xlsx(path)
    sizes = dict(result.sheets)
    assert sizes["Peticiones"] == 60 and sizes["Cortes diarios"] == data.summary.counts
    assert book.sheet("Peticiones").tables[0].ref == "A1:K61"
    assert book.sheet("Cortes diarios").tables[0].ref == f"A1:C{data.summary.counts + 1}"
    first = book.sheet("Peticiones").row(2)
    assert first[1] == top.title and first[4] == top.signatures


def test_an_empty_case_file_exports(db, observer, tmp_path):
    path = tmp_path / "vacio.xlsx"
    with db.read() as s:
        result = write_tracker(path, tracker_data(s, observer))
    assert result.sheets == (("Resumen", 0), ("Peticiones", 0), ("Cortes diarios", 0), ("Cruces de nivel", 0),
                             ("Deberes", 0), ("Reuniones", 0), ("Disposiciones", 0), ("Consultas", 0))
    assert read_xlsx(path).sheet("Peticiones").tables[0].ref == "A1:K2"


@needs_office
def test_libreoffice_renders_the_demo_tracker(sqlite_db, tmp_path):
    from tests.conftest import make_actor

    counsel = make_actor(sqlite_db, "consejera", "counsel")
    with sqlite_db.write() as s:
        load_demo(s, counsel, today=TODAY, petitions=60, days=20)
    path = tmp_path / "seguimiento.xlsx"
    with sqlite_db.read() as s:
        write_tracker(path, tracker_data(s, counsel))
        title, signatures = s.execute(select(Petition.title, Petition.signatures)
                                      .order_by(Petition.signatures.desc()).limit(1)).one()
    text = pdf_text(to_pdf(path, tmp_path / "pdf"))
    assert "Seguimiento de peticiones ciudadanas" in text and "15/09/2016" in text
    assert f"{signatures:,}" in text
    assert title[:40] in " ".join(text.split())  # the top petition's (accented) title
