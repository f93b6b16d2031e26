"""A packet with 300 agenda items reads the case file in as many queries as one with 3: the
builder reads in batches, never once per item (measured, and printed with ``-s``)."""

from __future__ import annotations

import time
from datetime import date, timedelta

from sqlalchemy import select

from secretariat.models import AgendaItem, Petition
from secretariat.services import imports, provisions, sessions, wording
from secretariat.services.dossier_data import session_packet_data
from secretariat.services.import_parse import ImportRow
from tests.secretariat.dossier_data_support import ChartRecorder, QueryCounter

N = 300
# the next sessions: the wording saved today is what they review
SMALL, LARGE = date.today() + timedelta(days=7), date.today() + timedelta(days=14)


def _rows(on: date, bump: int) -> list[ImportRow]:
    return [ImportRow(line=i + 2, url=f"https://www.change.org/p/peticion-{i}", title=f"Petición número {i}",
                      petitioners=("Ana Ruiz Peña", f"Persona {i}"), signatures=4_000 + 40 * i + bump, as_of=on,
                      emails=(f"ana{i}@example.org", ""), phones=("55 0100 4821", ""), topic="Agua")
            for i in range(N)]


def _case(db, counsel) -> None:
    with db.write() as s:
        imports.apply_rows(s, counsel, _rows(date(2016, 7, 1), 0), source="uno.csv")
        imports.apply_rows(s, counsel, _rows(date(2016, 7, 4), 500), source="dos.csv")
        ids = list(s.execute(select(Petition.id).order_by(Petition.id)).scalars())
        art = provisions.add_provision(s, counsel, "articulo", "Art. 9", "Ciudad solidaria")
        targets = []
        for letter in "ABC":
            p = provisions.add_provision(s, counsel, "apartado", f"Art. 9, {letter}", f"Apartado {letter}",
                                         parent_id=art.id)
            wording.save_version(s, counsel, p.id, f"Texto del apartado {letter}.", base_number=None)
            targets.append(p.id)
        for i, pid in enumerate(ids):
            provisions.link_petition(s, counsel, pid, targets[i % 3])
        for held_on, chosen in ((SMALL, ids[::100]), (LARGE, ids)):  # 3 items: one of each tier
            sid = sessions.create_session(s, counsel, held_on).row.id
            # agenda rows straight into the table: 300 add_item calls would only slow the set-up
            s.execute(AgendaItem.__table__.insert(), [
                {"session_id": sid, "position": i + 1, "kind": "petition_hearing", "petition_id": pid,
                 "provision_id": targets[i % 3] if i % 7 == 0 else None, "title": f"Audiencia {i}", "note": ""}
                for i, pid in enumerate(chosen)])


def test_300_agenda_items_take_no_more_queries_than_3(db, counsel):
    _case(db, counsel)
    measured = {}
    for held_on in (SMALL, LARGE):
        charts = ChartRecorder()
        with db.read() as s, QueryCounter(db) as counter:
            started = time.perf_counter()
            data = session_packet_data(s, counsel, held_on, chart=charts)
            measured[held_on] = (len(data.agenda), counter.n, time.perf_counter() - started)
        assert len(charts.asked) == len(data.agenda)
        assert all(e.petition is not None and e.petition.wordings for e in data.agenda)
    print(f"\n[{db.engine.dialect.name}] packet data: " + "; ".join(
        f"{items} items → {queries} queries, {seconds:.2f} s" for items, queries, seconds in measured.values()))
    (small_items, small_q, _), (large_items, large_q, large_s) = measured[SMALL], measured[LARGE]
    assert (small_items, large_items) == (3, N)
    assert large_q <= small_q + 2 and large_q <= 40
    assert large_s < 10
