"""``secretariat consultations [--pending|--stale] [--json]``: each consulted petition's URL, state,
the hash of the wording its latest answer approved, that answer's date and method."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from secretariat import cli
from secretariat.services import consultations
from tests.cli.support import initialised_env, ok, refused, run as run_process
from tests.conftest import PASSWORD
from tests.secretariat.test_consultations_support import (
    ON,
    current,
    drafted_case,
    finalize,
    save,
    shown,
)


def run(argv, capsys):
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def case(db, db_url, counsel, adviser, clerk, monkeypatch):
    monkeypatch.setenv("SECRETARIAT_DB", db_url)
    monkeypatch.setenv("SECRETARIAT_USER", "consejera")
    monkeypatch.setenv("SECRETARIAT_PASSWORD", PASSWORD)
    monkeypatch.setenv("SECRETARIAT_LANG", "es")
    ids = drafted_case(db, counsel)
    with db.write() as s:
        finalize(s, counsel, current(s, ids["art13"]))
        bici = consultations.record_outcome(s, clerk, ids["bici"], outcome="approved", method="signed_letter",
                                            decided_on=ON + timedelta(days=4), versions=shown(db, ids["art13"]))
        agua = consultations.record_outcome(s, clerk, ids["agua"], outcome="approved", method="email",
                                            decided_on=ON + timedelta(days=5),
                                            versions=shown(db, ids["art9"], ids["art16"]))
        consultations.request_consultation(s, counsel, ids["parques"], note="Misma idea que bici.")
    with db.write() as s:
        save(s, adviser, ids["art9"], "Toda persona tiene derecho al agua potable y suficiente.")
    ids.update(bici_sha=bici.wording_sha256, agua_sha=agua.wording_sha256)
    return ids


def test_json_lists_every_consulted_petition(case, capsys):
    code, out, err = run(["consultations", "--json"], capsys)
    assert code == 0, err
    rows = {r["url"].rsplit("/", 1)[1]: r for r in json.loads(out)}
    assert set(rows) == {"agua", "bici", "parques"}
    assert rows["bici"] == {"url": "https://www.change.org/p/bici", "title": "Ciclovías seguras en la ciudad",
                            "state": "approved", "wording_sha256": case["bici_sha"],
                            "decided_on": (ON + timedelta(days=4)).isoformat(), "method": "signed_letter",
                            "provisions": ["Art. 13"], "victory": True}
    assert (rows["agua"]["state"], rows["agua"]["wording_sha256"], rows["agua"]["victory"]) == (
        "stale", case["agua_sha"], False)
    assert rows["agua"]["provisions"] == ["Art. 9", "Art. 16, A, 3"]
    assert (rows["parques"]["state"], rows["parques"]["wording_sha256"], rows["parques"]["decided_on"],
            rows["parques"]["method"]) == ("pending", None, None, None)


def test_pending_lists_pending_and_stale_and_stale_only_stale(case, capsys):
    def states(*flags):
        code, out, err = run(["consultations", "--json", *flags], capsys)
        assert code == 0, err
        return sorted((r["url"].rsplit("/", 1)[1], r["state"]) for r in json.loads(out))

    assert states("--pending") == [("agua", "stale"), ("parques", "pending")]
    assert states("--stale") == [("agua", "stale")]
    code, out, err = run(["consultations", "--pending", "--stale"], capsys)
    assert code == 1 and "--stale" in err and err.count("\n") == 1, err


def test_text_output(case, capsys):
    code, out, _ = run(["consultations"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "3 consultas."
    bici = next(line for line in lines if "/p/bici" in line)
    assert "aprobada" in bici and case["bici_sha"] in bici and "carta firmada" in bici and "[victoria]" in bici
    agua = next(line for line in lines if "/p/agua" in line)
    assert "desactualizada" in agua and "correo electrónico" in agua
    assert "pendiente" in next(line for line in lines if "/p/parques" in line)


def test_as_a_user_runs_it(tmp_path):
    env = initialised_env(f"sqlite:///{tmp_path / 'caso.sqlite3'}")
    r = ok(run_process(["consultations", "--stale", "--json"], env))
    assert json.loads(r.stdout) == []
    assert ok(run_process(["consultations"], env)).stdout == "0 consultas.\n"
    refused(run_process(["consultations"], dict(env, SECRETARIAT_PASSWORD="equivocada")), "contraseña")
