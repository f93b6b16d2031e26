"""``secretariat export tracker OUT.xlsx``, run as a user would: in a subprocess.

Needs ``secretariat/cli_export.py`` wired into ``secretariat/cli.py`` (``register(sub)`` and
``COMMANDS``).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.cli.support import initialised_env, ok, refused, run

from tests.exports.support import read_xlsx

MONITORING = (
    "Enlace;Título;Peticionario;Correo;Firmas;Fecha\r\n"
    "https://www.change.org/p/agua-cdmx;Derecho al agua potable en Iztapalapa;Ana Ruiz Peña;"
    "ana.ruiz@example.org;63.508;12/07/2016\r\n"
    "https://www.change.org/p/bici-segura;Ciclovías seguras;Raúl Ibáñez;;10 200;12/07/2016\r\n"
    "https://www.change.org/p/parques;=SUMA(1,2) parques;Sofía Núñez;;4,999;12/07/2016\r\n"
)


@pytest.fixture
def env(tmp_path, sqlite_url):
    e = initialised_env(sqlite_url)
    f = tmp_path / "monitoreo.csv"
    f.write_text(MONITORING, encoding="utf-8")
    ok(run(["import", str(f)], e))
    return e


def test_export_tracker_writes_a_workbook_that_reopens(env, tmp_path):
    folder = tmp_path / "salida"
    folder.mkdir()
    out = folder / "seguimiento.xlsx"
    r = ok(run(["export", "tracker", str(out)], env))
    assert "Libro de seguimiento guardado en" in r.stdout and "3 peticiones" in r.stdout
    book = read_xlsx(out)
    assert book.sheet_names == ["Resumen", "Peticiones", "Cortes diarios", "Cruces de nivel", "Deberes", "Reuniones",
                                "Disposiciones", "Consultas"]
    sheet = book.sheet("Peticiones")
    assert sheet.tables[0].ref == "A1:K4"
    assert [c.value for c in sheet.column("Firmas")] == [63_508, 10_200, 4_999]
    assert sheet.column("Fecha del corte")[0].as_date() == date(2016, 7, 12)
    assert sheet.column("Título")[2].value == "=SUMA(1,2) parques" and sheet.column("Título")[2].type == "s"
    assert "ana.ruiz@example.org" not in str([c.value for s in book.sheets for c in s.cells.values()])
    assert [p.name for p in folder.iterdir()] == ["seguimiento.xlsx"]  # no temporary file left


def test_export_refuses_bad_output_names_in_one_sentence(env, tmp_path):
    refused(run(["export", "tracker", str(tmp_path / "seguimiento.csv")], env), "debe terminar en .xlsx")
    refused(run(["export", "tracker", str(tmp_path / "no-hay" / "s.xlsx")], env), "No existe la carpeta")
    (tmp_path / "carpeta.xlsx").mkdir()
    refused(run(["export", "tracker", str(tmp_path / "carpeta.xlsx")], env), "es una carpeta")
    refused(run(["export", "informe", str(tmp_path / "s.xlsx")], env), "Argumentos no válidos")
    assert not (tmp_path / "seguimiento.csv").exists() and not (tmp_path / "s.xlsx").exists()


def test_export_needs_a_valid_sign_in(env, tmp_path):
    out = tmp_path / "seguimiento.xlsx"
    refused(run(["export", "tracker", str(out)], dict(env, SECRETARIAT_PASSWORD="equivocada")),
            "Usuario o contraseña incorrectos")
    assert not out.exists()


def test_export_in_english(env, tmp_path):
    out = tmp_path / "tracker.xlsx"
    r = ok(run(["export", "tracker", str(out)], dict(env, SECRETARIAT_LANG="en")))
    assert "Tracker saved to" in r.stdout and out.is_file()
