"""The ``secretariat`` command, run as a user would: in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli.support import initialised_env, run

MONITORING = (
    "Enlace;Título;Peticionario;Firmas;Fecha;Notas internas\r\n"
    "https://www.change.org/p/agua-cdmx;Derecho al agua potable en la Ciudad;Ana Ruiz Peña;63.508;12/07/2016;ok\r\n"
    "https://www.change.org/p/bici-segura;Ciclovías seguras;\"Raúl Ibáñez; Luz Méndez\";10 200;12/07/2016;\r\n"
    "change.org/p/parques;Más parques públicos;Sofía Núñez;4,999;12/07/2016;\r\n"
    "https://www.change.org/p/ninez;Derechos de la niñez;José Ortiz;5000;12/07/2016;\r\n"
)


@pytest.fixture
def env(tmp_path, db_url):
    e = initialised_env(db_url)
    return e


def test_version():
    r = subprocess.run([sys.executable, "-m", "secretariat.cli", "--version"], capture_output=True, text=True)
    from secretariat import __version__
    assert r.returncode == 0 and r.stdout.strip() == f"secretariat {__version__}"


def test_import_then_petitions_json(env, tmp_path):
    f = tmp_path / "monitoreo.csv"
    f.write_bytes(MONITORING.encode("cp1252"))
    r = run(["import", str(f)], env)
    assert r.returncode == 0, r.stderr
    assert "Nuevas: 4" in r.stdout and "Cruces de nivel: 6" in r.stdout
    assert "Notas internas" in r.stdout
    r = run(["petitions", "--json"], env)
    assert r.returncode == 0, r.stderr
    got = {p["url"]: p for p in json.loads(r.stdout)}
    agua = got["https://www.change.org/p/agua-cdmx"]
    assert (agua["title"], agua["signatures"], agua["tier"], agua["as_of"]) == (
        "Derecho al agua potable en la Ciudad", 63508, "audience", "2016-07-12")
    assert agua["petitioners"] == ["Ana Ruiz Peña"] and agua["admissibility"] == "pending"
    assert got["https://www.change.org/p/bici-segura"]["petitioners"] == ["Raúl Ibáñez", "Luz Méndez"]
    assert got["https://www.change.org/p/bici-segura"]["tier"] == "hearing"
    assert got["https://www.change.org/p/parques"]["tier"] == "watch"
    assert got["https://www.change.org/p/ninez"]["tier"] == "review"
    r = run(["petitions", "--tier", "review", "--json"], env)
    assert [p["url"] for p in json.loads(r.stdout)] == ["https://www.change.org/p/ninez"]
    # re-import is idempotent
    r = run(["import", "--json", str(f)], env)
    assert json.loads(r.stdout)["unchanged"] == 4


def test_bad_row_refuses_whole_file_and_writes_nothing(env, tmp_path):
    f = tmp_path / "malo.csv"
    f.write_text(MONITORING.replace("4,999", "cuatro mil"), encoding="utf-8")
    r = run(["import", str(f)], env)
    assert r.returncode == 1
    assert r.stderr.count("\n") == 1
    assert "fila 4" in r.stderr and "Firmas" in r.stderr and "No se importó nada" in r.stderr
    assert json.loads(run(["petitions", "--json"], env).stdout) == []


@pytest.mark.parametrize("args,needle", [
    (["import", "/no/existe.csv"], "No existe el archivo"),
    (["petitions", "--tier", "oro"], "Argumentos no válidos"),
    (["import", "x.csv", "--as-of", "12/07/2016"], "AAAA-MM-DD"),
])
def test_bad_input_is_one_sentence_exit_1(env, args, needle):
    r = run(args, env)
    assert r.returncode == 1 and needle in r.stderr and "Traceback" not in r.stderr


def test_wrong_password_and_roles(env):
    r = run(["petitions"], dict(env, SECRETARIAT_PASSWORD="mala"))
    assert r.returncode == 1 and r.stderr.strip() == "Usuario o contraseña incorrectos."
    r = run(["users", "add", "maria", "--role", "clerk"], dict(env, SECRETARIAT_NEW_PASSWORD="clave-maria"))
    assert r.returncode == 0, r.stderr
    clerk = dict(env, SECRETARIAT_USER="maria", SECRETARIAT_PASSWORD="clave-maria")
    r = run(["users", "add", "pedro", "--role", "adviser"], dict(clerk, SECRETARIAT_NEW_PASSWORD="x1234"))
    assert r.returncode == 1 and "secretario de actas" in r.stderr


def test_audit_verify_detects_tampering(env, db_url):
    assert run(["audit", "verify"], env).returncode == 0
    from sqlalchemy import create_engine, text
    eng = create_engine(db_url)
    with eng.begin() as c:
        c.execute(text("UPDATE audit_log SET after = '{}' WHERE id = 1"))
    eng.dispose()
    r = run(["audit", "verify"], env)
    assert r.returncode == 1 and "registro 1" in r.stderr


def test_newer_database_is_refused_untouched(tmp_path, sqlite_url):
    from sqlalchemy import create_engine, text
    eng = create_engine(sqlite_url)
    with eng.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    eng.dispose()
    path = sqlite_url.removeprefix("sqlite:///")
    before = open(path, "rb").read()
    r = run(["petitions"], dict(os.environ, SECRETARIAT_DB=sqlite_url, SECRETARIAT_USER="x",
                                 SECRETARIAT_PASSWORD="y"))
    assert r.returncode == 1 and "versión más reciente" in r.stderr
    assert open(path, "rb").read() == before


def test_demo_fills_an_empty_case_file_once(env):
    r = run(["demo"], env)
    assert r.returncode == 0, r.stderr
    assert "Caso de demostración cargado: 320 peticiones" in r.stdout
    assert "Redacción: 22 disposiciones con " in r.stdout and "sesiones del grupo redactor." in r.stdout
    rows = json.loads(run(["petitions", "--json"], env).stdout)
    assert len(rows) >= 300
    assert {p["tier"] for p in rows} == {"watch", "review", "hearing", "audience"}
    again = run(["demo"], env)
    assert again.returncode == 1 and "expediente vacío" in again.stderr
    assert len(json.loads(run(["petitions", "--json"], env).stdout)) == len(rows)
