"""``secretariat backup|restore`` and ``users disable|enable|reset-password``, run as a user
would: in a subprocess."""

from __future__ import annotations

import json

import pytest

from tests.cli.support import initialised_env, ok, refused, run


MONITORING = (
    "Enlace;Título;Peticionario;Firmas;Fecha\r\n"
    "https://www.change.org/p/agua-cdmx;Derecho al agua potable;Ana Ruiz Peña;63.508;12/07/2016\r\n"
    "https://www.change.org/p/bici-segura;Ciclovías seguras;Raúl Ibáñez;10 200;12/07/2016\r\n"
    "https://www.change.org/p/parques;Más parques públicos;Sofía Núñez;4,999;12/07/2016\r\n"
)


@pytest.fixture
def env(tmp_path, db_url):
    e = initialised_env(db_url)
    f = tmp_path / "monitoreo.csv"
    f.write_text(MONITORING, encoding="utf-8")
    ok(run(["import", str(f)], e))
    return e


def test_backup_then_restore_into_a_new_case_file(env, tmp_path):
    out = tmp_path / "expediente.secbak"
    r = ok(run(["backup", str(out)], env))
    assert "Copia de seguridad guardada" in r.stdout and out.is_file()
    target = dict(env, SECRETARIAT_DB=str(tmp_path / "restaurado.sqlite3"))
    r = ok(run(["restore", str(out)], target))
    assert "Copia restaurada" in r.stdout and "lic.ramos" in r.stdout
    original = json.loads(ok(run(["petitions", "--json"], env)).stdout)
    restored = json.loads(ok(run(["petitions", "--json"], target)).stdout)
    assert restored == original and len(restored) == 3
    assert "Bitácora íntegra" in ok(run(["audit", "verify"], target)).stdout
    # a second restore into the now non-empty case file is refused
    refused(run(["restore", str(out)], target), "Solo se puede restaurar en un expediente vacío")


def test_restore_refuses_a_truncated_or_missing_file(env, tmp_path):
    out = tmp_path / "expediente.secbak"
    ok(run(["backup", str(out)], env))
    cut = tmp_path / "cortada.secbak"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    target = dict(env, SECRETARIAT_DB=str(tmp_path / "nuevo.sqlite3"))
    refused(run(["restore", str(cut)], target), "«cortada.secbak» está incompleta")
    refused(run(["restore", str(tmp_path / "no-esta.secbak")], target), "No existe el archivo")
    ok(run(["restore", str(out)], target))  # the failed attempts left it empty


def test_a_clerk_cannot_back_up(env, tmp_path):
    ok(run(["users", "add", "actuario", "--role", "clerk"], dict(env, SECRETARIAT_NEW_PASSWORD="clave-del-actuario")))
    clerk = dict(env, SECRETARIAT_USER="actuario", SECRETARIAT_PASSWORD="clave-del-actuario")
    out = tmp_path / "copia.secbak"
    refused(run(["backup", str(out)], clerk), "no permite hacer o restaurar copias de seguridad")
    assert not out.exists()


def test_backup_into_a_missing_folder(env, tmp_path):
    refused(run(["backup", str(tmp_path / "no" / "copia.secbak")], env), "la carpeta no existe")


def test_disable_enable_and_reset_password(env):
    ok(run(["users", "add", "asesora", "--role", "adviser"], dict(env, SECRETARIAT_NEW_PASSWORD="clave-uno")))
    adviser = dict(env, SECRETARIAT_USER="asesora", SECRETARIAT_PASSWORD="clave-uno")
    assert "Cuenta desactivada: asesora." in ok(run(["users", "disable", "asesora"], env)).stdout
    refused(run(["petitions"], adviser), "La cuenta asesora está desactivada.")
    assert "desactivada" in ok(run(["users", "list"], env)).stdout
    ok(run(["users", "enable", "asesora"], env))
    ok(run(["petitions"], adviser))
    refused(run(["users", "reset-password", "asesora"], env), "Falta la contraseña nueva")
    ok(run(["users", "reset-password", "asesora"], dict(env, SECRETARIAT_NEW_PASSWORD="clave-dos")))
    refused(run(["petitions"], adviser), "Usuario o contraseña incorrectos.")
    ok(run(["petitions"], dict(adviser, SECRETARIAT_PASSWORD="clave-dos")))
    # only the counsel manages accounts
    refused(run(["users", "disable", "lic.ramos"], dict(adviser, SECRETARIAT_PASSWORD="clave-dos")),
            "no permite administrar cuentas")


def test_the_last_counsel_and_unknown_accounts(env):
    refused(run(["users", "disable", "lic.ramos"], env), "última cuenta activa de consejería jurídica")
    refused(run(["users", "enable", "fantasma"], env), "No se encontró la cuenta «fantasma».")
