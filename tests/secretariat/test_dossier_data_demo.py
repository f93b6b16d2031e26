"""The dossiers' data on the demo case: every session's packet, the assembly dossier and the
petition dossiers, with a number of queries that does not depend on the size of the case, and no
contact data where it must not be."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select

from secretariat.models import Petitioner
from secretariat.services import consultations, sessions
from secretariat.services.demo import load_demo
from secretariat.services.dossier_data import assembly_dossier_data, petition_dossier_data, session_packet_data
from tests.secretariat.dossier_data_support import ChartRecorder, QueryCounter

TODAY = date(2016, 9, 15)


@pytest.fixture
def demo(db, counsel):
    with db.write() as s:
        load_demo(s, counsel, today=TODAY, petitions=160, days=40)
    with db.read() as s:
        contacts = [v for row in s.execute(select(Petitioner.email, Petitioner.phone)) for v in row if v]
    assert contacts, "the demo's petitioners have contact data, so its absence below means something"
    return contacts


def test_every_session_packet_of_the_demo(db, observer, demo):
    with db.read() as s:
        days = [r.held_on for r in sessions.list_sessions(s, observer)]
    queries = []
    for held_on in days:
        charts = ChartRecorder()
        with db.read() as s, QueryCounter(db) as counter:
            data = session_packet_data(s, observer, held_on, chart=charts, today=TODAY)
        queries.append(counter.n)
        briefs = [e.petition for e in data.agenda if e.petition is not None]
        assert len(charts.asked) == len({b.url for b in briefs if b.chart_png})
        assert all(b.petitioners and b.signatures > 0 for b in briefs)
        assert data.agenda[-1].title == "Asuntos generales" and len(data.annex) == 160
        text = repr(data)
        assert not [c for c in demo if c in text], "contact data in the packet"
    assert max(queries) <= 35, queries             # whatever the agenda's length (3 to 10 items here)
    # the wording reviewed at each session, as it was then, against the previous session's
    changed = []
    for held_on in days:
        with db.read() as s:
            data = session_packet_data(s, observer, held_on, today=TODAY)
        reviews = [e.wording for e in data.agenda if e.kind == "wording_review"]
        assert all(w is not None for w in reviews), held_on
        changed += [w for w in reviews if w.previous_version is not None and w.redline]
    assert changed and all({seg.op for seg in w.redline} > {"equal"} for w in changed)


def test_the_assembly_dossier_of_the_demo(db, observer, demo):
    with db.read() as s, QueryCounter(db) as counter:
        data = assembly_dossier_data(s, observer, today=TODAY)
    assert counter.n <= 30
    assert len(data.provisions) >= 18 and data.provisions[0].citation == "Título Segundo"
    states = Counter(a.state for p in data.provisions for a in p.petitions)
    assert states["approved"] and states["stale"] == 1 and states["rejected"] == 1
    stale = next(a for p in data.provisions for a in p.petitions if a.state == "stale")
    assert stale.stale_redline and stale.approved_version is not None
    rejected = next(a for p in data.provisions for a in p.petitions if a.state == "rejected")
    assert rejected.remarks and rejected.outcome == "rejected"
    fates = {p.assembly.fate for p in data.provisions if p.assembly}
    assert fates == {"kept", "amended", "removed"}
    amended = next(p.assembly for p in data.provisions if p.assembly and p.assembly.fate == "amended")
    assert amended.redline and amended.sent_version is not None
    text = repr(data)
    assert not [c for c in demo if c in text], "contact data in the assembly dossier"


def test_the_petition_dossiers_of_the_demo(db, observer, demo):
    with db.read() as s:
        rows = consultations.list_consultations(s, observer)
    for row in rows:
        with db.read() as s, QueryCounter(db) as counter:
            plain = petition_dossier_data(s, observer, row.url, chart=ChartRecorder(), today=TODAY)
        with db.read() as s:
            full = petition_dossier_data(s, observer, row.petition_id, with_contacts=True, today=TODAY)
        assert counter.n <= 40
        assert plain.consultation_state == row.state and plain.provisions and plain.chart_png
        assert not [c for c in demo if c in repr(plain)]
        assert any(p.email for p in full.petitioners)
