"""``secretariat duties`` and ``secretariat meetings``: JSON and text output, filters, refusals.

Run in-process through ``cli.main`` once ``cli_work`` is wired into ``secretariat/cli.py``; until
then through the same parser with ``cli_work.register`` added, and the same error handling.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, time, timedelta

import pytest

from secretariat import cli, cli_work
from secretariat.errors import SecretariatError
from secretariat.services import duties, meetings
from tests.conftest import PASSWORD, make_actor
from tests.secretariat.helpers import day, row


def run(argv, capsys):
    if "duties" in cli.COMMANDS:
        code = cli.main(argv)
    else:
        parser = cli.build_parser()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        cli_work.register(sub)
        try:
            args = parser.parse_args(argv)
            code = cli_work.COMMANDS[args.command](args)
        except SystemExit as exc:
            code = exc.code
        except SecretariatError as exc:
            sys.stderr.write(exc.sentence("es") + "\n")
            code = 1
    out = capsys.readouterr()
    return code, out.out, out.err


TODAY = date.today()


@pytest.fixture
def case(db, db_url, counsel, adviser, monkeypatch):
    monkeypatch.setenv("SECRETARIAT_DB", db_url)
    monkeypatch.setenv("SECRETARIAT_USER", "consejera")
    monkeypatch.setenv("SECRETARIAT_PASSWORD", PASSWORD)
    monkeypatch.setenv("SECRETARIAT_LANG", "es")
    day(db, counsel, [row("agua", 12_000, TODAY - timedelta(days=20), title="Derecho al agua"),
                      row("bici", 5_600, TODAY - timedelta(days=1), title="Ciclovías seguras")])
    with db.write() as s:
        hearing = next(r for r in duties.list_duties(s, counsel) if r.kind == "hearing")
        duties.assign(s, counsel, [hearing.id], adviser.id)
        start = datetime.combine(TODAY - timedelta(days=2), time(10))
        ids = []
        for place, hours in (("Sala Constituyente", 1), ("sala constituyente", 2), ("Oficina 3", 1)):
            d = meetings.plan_meeting(s, counsel, meetings.MeetingDraft(
                "other", start, start + timedelta(hours=hours), place))
            ids.append(d.row.id)
            start += timedelta(minutes=30)
    return {"hearing": hearing.id, "meetings": ids}


def test_duties_json_lists_the_pending_duties(case, capsys):
    code, out, err = run(["duties", "--json"], capsys)
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["petition_title"], r["kind"], r["bucket"], r["owner"]) for r in rows] == [
        ("Derecho al agua", "legal_review", "overdue", None),
        ("Derecho al agua", "hearing", "overdue", "asesor"),
        ("Ciclovías seguras", "legal_review", "on_time", None),
    ]
    first = rows[0]
    assert first["due_on"] == (TODAY - timedelta(days=10)).isoformat() and first["days_left"] == -10
    assert first["petition_url"] == "https://www.change.org/p/agua" and first["tier"] == "hearing"
    assert set(first) >= {"id", "status", "created_on", "crossing_reverted", "meeting_id", "owner_name"}


def test_duties_filters(case, capsys):
    def kinds(*args):
        code, out, err = run(["duties", "--json", *args], capsys)
        assert code == 0, err
        return [(r["petition_title"], r["kind"]) for r in json.loads(out)]

    assert kinds("--overdue") == [("Derecho al agua", "legal_review"), ("Derecho al agua", "hearing")]
    assert kinds("--owner", "asesor") == [("Derecho al agua", "hearing")]
    assert kinds("--owner", "sin-asignar", "--overdue") == [("Derecho al agua", "legal_review")]
    code, out, err = run(["duties", "--owner", "nadie"], capsys)
    assert (code, out, err) == (1, "", "No existe la cuenta «nadie».\n")


def test_duties_text(case, capsys):
    code, out, _ = run(["duties"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "3 deberes pendientes."
    assert "vencido" in lines[0] and "revisión jurídica" in lines[0] and "sin asignar" in lines[0]
    assert "asesor" in lines[1] and "audiencia" in lines[1]


def test_meetings_json_with_range_and_conflicts(case, capsys):
    day_ = (TODAY - timedelta(days=2)).isoformat()
    code, out, err = run(["meetings", "--from", day_, "--to", day_, "--json"], capsys)
    assert code == 0, err
    rows = json.loads(out)
    a, b, c = case["meetings"]
    assert [(r["id"], r["place"], r["conflicts_with"]) for r in rows] == [
        (a, "Sala Constituyente", [b]), (b, "sala constituyente", [a]), (c, "Oficina 3", [])]
    assert rows[0]["starts_at"] == f"{day_}T10:00" and rows[0]["status"] == "planned"
    assert rows[0]["attendees"] == [] and rows[0]["petition_url"] is None
    code, out, _ = run(["meetings", "--from", TODAY.isoformat(), "--json"], capsys)
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(["meetings"], capsys)
    assert code == 0 and out.splitlines()[-1] == "3 reuniones." and "¡choca con otra reunión!" in out


def test_meetings_bad_ranges(case, capsys):
    code, out, err = run(["meetings", "--from", "2016-03-10", "--to", "2016-03-01"], capsys)
    assert (code, out) == (1, "")
    assert err == "El intervalo está al revés: --to 2016-03-01 es anterior a --from 2016-03-10.\n"
    code, _, err = run(["meetings", "--from", "10/03/2016"], capsys)
    assert code == 1 and "la fecha «10/03/2016» no es AAAA-MM-DD" in err


def test_an_observer_can_list_and_a_wrong_password_is_one_sentence(case, db, capsys, monkeypatch):
    make_actor(db, "observadora", "observer")
    monkeypatch.setenv("SECRETARIAT_USER", "observadora")
    code, out, _ = run(["duties", "--json"], capsys)
    assert code == 0 and len(json.loads(out)) == 3
    monkeypatch.setenv("SECRETARIAT_PASSWORD", "otra")
    code, out, err = run(["meetings", "--json"], capsys)
    assert (code, out, err) == (1, "", "Usuario o contraseña incorrectos.\n")
