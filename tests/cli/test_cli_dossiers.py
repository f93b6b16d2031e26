"""``secretariat export session-packet | assembly-dossier | petition-dossier``, run as a user would
(in a subprocess) on the demo case: the files reopen with an independent reader, LibreOffice
renders them (titles, accented names, citations, approval states), charts are drawn offscreen or
left out with a warning when Qt cannot start, contacts appear only with --with-contacts, and bad
input is one sentence with nothing written."""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

from secretariat.db import Database
from secretariat.permissions import Actor
from secretariat.services import consultations, sessions
from tests.cli.support import initialised_env, ok, refused, run
from tests.exports.docx_reader import read_docx
from tests.exports.support import needs_office, pdf_text, to_pdf


@pytest.fixture(scope="module")
def demo(tmp_path_factory, sqlite_template):
    """A case file with the demo loaded through the CLI, and what the tests need to know of it."""
    folder = tmp_path_factory.mktemp("demo")
    target = folder / "expediente.sqlite3"
    shutil.copyfile(sqlite_template, target)
    env = initialised_env(f"sqlite:///{target}")
    ok(run(["demo"], env))
    db = Database(env["SECRETARIAT_DB"])
    reader = Actor(None, "prueba", "observer")
    try:
        with db.read() as s:
            days = [r.held_on for r in sessions.list_sessions(s, reader)]
            rows = {r.state: r for r in consultations.list_consultations(s, reader)}
            emails = [d.email for d in _petitioners(s, rows["stale"].petition_id) if d.email]
    finally:
        db.dispose()
    return {"env": env, "days": days, "stale": rows["stale"], "rejected": rows["rejected"], "emails": emails,
            "folder": folder}


def _petitioners(s, petition_id):
    from secretariat.services.petitions import petition_detail

    return petition_detail(s, Actor(None, "prueba", "observer"), petition_id).petitioners


def _export(demo, *args, env=None):
    return run(["export", *map(str, args)], env or demo["env"])


@pytest.fixture(scope="module")
def documents(demo):
    """The three dossiers exported once from the demo: the packet of the latest session held."""
    out = demo["folder"] / "salida"
    out.mkdir()
    held = demo["days"][1]
    packet, assembly, petition = out / "paquete.docx", out / "asamblea.docx", out / "peticion.docx"
    said = [ok(_export(demo, "session-packet", "--session", held.isoformat(), packet)),
            ok(_export(demo, "assembly-dossier", assembly)),
            ok(_export(demo, "petition-dossier", demo["stale"].url, petition))]
    assert sorted(p.name for p in out.iterdir()) == ["asamblea.docx", "paquete.docx", "peticion.docx"]
    return {"packet": packet, "assembly": assembly, "petition": petition, "said": said, "held": held}


def test_the_three_dossiers_are_saved_and_reopen(demo, documents):
    packet, assembly, petition = documents["said"]
    assert f"Paquete de la sesión guardado en «{documents['packet']}»." in packet.stdout
    assert "Expediente para la Asamblea guardado en" in assembly.stdout
    assert "Expediente de la petición guardado en" in petition.stdout
    assert all(r.stderr == "" for r in documents["said"])           # Qt started offscreen: no warning
    doc = read_docx(documents["packet"])
    assert doc.media and "Crecimiento de las firmas" in doc.text   # the window's growth charts
    assert doc.with_style("Title")[0].text == "Sesión del grupo redactor"
    assert read_docx(documents["petition"]).media
    for kind in ("packet", "assembly", "petition"):                 # no --with-contacts: none anywhere
        xml = read_docx(documents[kind]).all_xml()
        assert not [e for e in demo["emails"] if e in xml], kind


@needs_office
def test_libreoffice_renders_titles_names_citations_and_approval_states(demo, documents, tmp_path):
    text = {k: pdf_text(to_pdf(documents[k], tmp_path)) for k in ("packet", "assembly", "petition")}
    held = documents["held"]
    assert "Sesión del grupo redactor" in text["packet"] and "Orden del día" in text["packet"]
    assert f"de {held.year}" in text["packet"] and "Anexo. Peticiones por nivel" in text["packet"]
    assert "Expediente para la Asamblea Constituyente" in text["assembly"]
    assert "Art. 9, F" in text["assembly"] and "Título Segundo" in text["assembly"]
    for state in ("VISTO BUENO DESACTUALIZADO", "Desacuerdo", "Todas con visto bueno"):
        assert state in text["assembly"], state
    assert "Modificada por la Asamblea" in text["assembly"] and "Suprimida por la Asamblea" in text["assembly"]
    stale = demo["stale"]
    assert stale.title.split(":")[0][:30] in " ".join(text["petition"].split())
    assert "Visto bueno desactualizado" in text["petition"]
    accented = [w for w in " ".join(text.values()).split() if any(c in w for c in "áéíóúñÁÉÍÓÚÑ")]
    assert len(accented) > 100                                      # accents survive the round trip
    for t in text.values():
        assert not [e for e in demo["emails"] if e in t]


def test_contacts_only_with_with_contacts(demo, tmp_path):
    out = tmp_path / "con-contactos.docx"
    ok(_export(demo, "petition-dossier", demo["stale"].url, out, "--with-contacts"))
    xml = read_docx(out).all_xml()
    assert demo["emails"] and all(e in xml for e in demo["emails"])


def test_without_qt_the_dossier_is_saved_without_charts_and_says_so(demo, tmp_path):
    fake = tmp_path / "sin-qt" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('PySide6 no está instalado')\n", encoding="utf-8")
    env = dict(demo["env"], PYTHONPATH=os.pathsep.join([str(fake.parent), os.getcwd()]))
    out = tmp_path / "paquete.docx"
    r = ok(_export(demo, "session-packet", "--session", demo["days"][1].isoformat(), out, env=env))
    assert r.stderr.count("\n") == 1 and "no se pudieron dibujar las gráficas" in r.stderr
    doc = read_docx(out)
    assert not doc.media and "No hay gráfica de crecimiento disponible." in doc.text


def test_bad_input_is_one_sentence_and_nothing_is_written(demo, tmp_path):
    a_day = date(2016, 2, 3)
    refused(_export(demo, "session-packet", "--session", a_day.isoformat(), tmp_path / "p.docx"),
            "No hay ninguna sesión del grupo redactor el 3 de febrero de 2016")
    refused(_export(demo, "session-packet", "--session", "12/07/2016", tmp_path / "p.docx"), "no es AAAA-MM-DD")
    refused(_export(demo, "petition-dossier", "https://www.change.org/p/no-existe", tmp_path / "e.docx"),
            "No se encontró la petición «https://www.change.org/p/no-existe».")
    refused(_export(demo, "assembly-dossier", tmp_path / "asamblea.pdf"), "debe terminar en .docx")
    refused(_export(demo, "assembly-dossier", tmp_path / "no-hay" / "a.docx"), "No existe la carpeta")
    locked = tmp_path / "cerrada"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        target = locked if os.geteuid() != 0 else "/sys"            # root writes anywhere but in /sys
        r = _export(demo, "assembly-dossier", f"{target}/asamblea.docx")
        refused(r, "no se guardó nada" if os.geteuid() != 0 else "No se pudo guardar el archivo")
    finally:
        locked.chmod(0o700)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cerrada"] and not list(locked.iterdir())


def test_english(demo, tmp_path):
    out = tmp_path / "assembly.docx"
    r = ok(_export(demo, "assembly-dossier", out, env=dict(demo["env"], SECRETARIAT_LANG="en")))
    assert "Assembly dossier saved to" in r.stdout
    assert read_docx(out).with_style("Title")[0].text == "Dossier for the Constituent Assembly"


def test_an_empty_case_file(tmp_path, sqlite_url):
    env = initialised_env(sqlite_url)
    out = tmp_path / "asamblea.docx"
    ok(run(["export", "assembly-dossier", str(out)], env))
    assert "Todavía no hay disposiciones redactadas." in read_docx(out).text
    refused(run(["export", "session-packet", "--session", "2016-07-12", str(tmp_path / "p.docx")], env),
            "No hay ninguna sesión del grupo redactor el 12 de julio de 2016")
    refused(run(["export", "petition-dossier", "https://www.change.org/p/agua", str(tmp_path / "e.docx")], env),
            "No se encontró la petición")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".docx"] == ["asamblea.docx"]
