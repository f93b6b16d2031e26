"""An invented drafting-and-consultation case for the window's tests, written through the services.

``consultation_case(db, counsel)`` imports eight petitions (invented names, @example.org), drafts
six provisions of an invented constitution, links them, and records answers so that every state
shows:
- «agua» (hearing) feeds Art. 9, F, 2 and Art. 16, B, 3: approved, then Art. 9, F, 2 changed →
  **stale**;
- «trabajo-hogar» (hearing) feeds Art. 10, B, 5, final: **approved** → a victory; the assembly
  amended it;
- «calles» (audience) feeds Art. 13, E: **approved with remarks**; the assembly kept it;
- «mascotas» (hearing) feeds Art. 13, B: **rejected** with remarks;
- «mayores» (hearing) feeds Art. 11, F: **pending** (no answer yet);
- «bicicletas» (watch) feeds Art. 13, E and the counsel added it: **pending**;
- «espacios-verdes» (review) feeds Art. 16, A: not consulted;
- «lectura» (watch) feeds nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.services import assembly, consultations, imports, petitions, provisions, wording
from secretariat.services.import_parse import ImportRow

AS_OF = date(2016, 9, 30)

# slug, title, petitioners, signatures
PETITIONS = (
    ("agua", "Agua potable para todas las colonias", ("María Peña Olvera",), 12_480),
    ("trabajo-hogar", "Trabajo del hogar con derechos plenos", ("Guadalupe Cruz Ramírez",), 31_205),
    ("calles", "Calles iluminadas y caminables", ("Ana López Ibáñez",), 58_930),
    ("mascotas", "Protección a los animales de compañía", ("Rodrigo Ortiz Zúñiga",), 22_117),
    ("mayores", "Derecho a la ciudad para personas mayores", ("Óscar Ruiz Castañeda",), 15_460),
    ("bicicletas", "Bicicletas seguras en avenidas", ("Juan Núñez Vázquez", "Lucía Ortega Domínguez"), 4_120),
    ("espacios-verdes", "Espacios verdes en cada alcaldía", ("Elena Gómez Sánchez",), 5_640),
    ("lectura", "Bibliotecas abiertas los domingos", ("Itzel Martínez Hernández",), 870),
)

# citation, kind, parent citation, heading, wording
PROVISIONS = (
    ("Art. 9", "articulo", None, "Ciudad solidaria", ""),
    ("Art. 9, F", "apartado", "Art. 9", "Derecho al agua y a su saneamiento", ""),
    ("Art. 9, F, 2", "numeral", "Art. 9, F",
     "", "Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable suficiente, "
         "salubre, segura, asequible, accesible y de calidad para el uso personal y doméstico."),
    ("Art. 10", "articulo", None, "Ciudad productiva", ""),
    ("Art. 10, B", "apartado", "Art. 10", "Derecho al trabajo", ""),
    ("Art. 10, B, 5", "numeral", "Art. 10, B",
     "", "Las personas trabajadoras del hogar tendrán derecho a la seguridad social, a un contrato por "
         "escrito y a un salario digno, en igualdad con cualquier otra persona trabajadora."),
    ("Art. 11", "articulo", None, "Ciudad incluyente", ""),
    ("Art. 11, F", "apartado", "Art. 11",
     "Derechos de las personas mayores", "Las personas mayores tienen los derechos reconocidos en esta "
                                        "Constitución, en especial a la ciudad, a la movilidad y al cuidado."),
    ("Art. 13", "articulo", None, "Ciudad habitable", ""),
    ("Art. 13, B", "apartado", "Art. 13",
     "Protección a los animales", "Esta Constitución reconoce a los animales como seres sintientes; "
                                  "su tutela es responsabilidad común."),
    ("Art. 13, E", "apartado", "Art. 13",
     "Derecho a la movilidad", "Toda persona tiene derecho a la movilidad en condiciones de seguridad, "
                               "accesibilidad, comodidad y eficiencia; se dará prioridad a peatones y ciclistas."),
    ("Art. 16", "articulo", None, "Ordenamiento territorial", ""),
    ("Art. 16, A", "apartado", "Art. 16",
     "Medio ambiente", "Las alcaldías procurarán áreas verdes suficientes para sus habitantes."),
    ("Art. 16, B", "apartado", "Art. 16", "Gestión del agua", ""),
    ("Art. 16, B, 3", "numeral", "Art. 16, B",
     "", "La gestión del agua será pública y sin fines de lucro."),
)

LINKS = (
    ("agua", "Art. 9, F, 2", "El agua potable como derecho humano exigible."),
    ("agua", "Art. 16, B, 3", "La gestión pública del agua."),
    ("trabajo-hogar", "Art. 10, B, 5", "Seguridad social y contrato por escrito."),
    ("calles", "Art. 13, E", "Prioridad al peatón y alumbrado."),
    ("mascotas", "Art. 13, B", "Los animales como seres sintientes."),
    ("mayores", "Art. 11, F", "El derecho a la ciudad de las personas mayores."),
    ("bicicletas", "Art. 13, E", "Ciclistas con prioridad."),
    ("espacios-verdes", "Art. 16, A", "Un parque en cada alcaldía."),
)

AGUA_CHANGED = ("Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable suficiente, "
                "salubre, segura, asequible y de calidad para el uso personal, doméstico y comunitario.")
AMENDED_BY_ASSEMBLY = ("Las personas trabajadoras del hogar tendrán derecho a la seguridad social y a un "
                       "contrato por escrito, en igualdad con cualquier otra persona trabajadora.")


def import_case(db, counsel) -> dict[str, int]:
    rows = [ImportRow(line=i + 2, url=f"https://www.change.org/p/{slug}", title=title, petitioners=people,
                      signatures=count, as_of=AS_OF,
                      emails=tuple(f"{p.split()[0].lower()}.{slug}@example.org" for p in people),
                      phones=tuple(f"55 0100 {i:02d}{j:02d}" for j, _p in enumerate(people)),
                      topic="", summary=f"Resumen de la petición «{title}».")
            for i, (slug, title, people, count) in enumerate(PETITIONS)]
    with db.write() as s:
        imports.apply_rows(s, counsel, rows, source="monitoreo-2016-09-30.csv")
    with db.read() as s:
        by_url = {r.url: r.id for r in petitions.list_petitions(s, counsel)}
    return {slug: by_url[f"https://www.change.org/p/{slug}"] for slug, *_ in PETITIONS}


def draft_case(db, counsel, ids: dict[str, int]) -> dict[str, int]:
    """Provisions, their first wording and the links; returns {citation: provision id}."""
    prov: dict[str, int] = {}
    with db.write() as s:
        for citation, kind, parent, heading, text in PROVISIONS:
            prov[citation] = provisions.add_provision(s, counsel, kind, citation, heading=heading,
                                                      parent_id=prov[parent] if parent else None).id
            if text:
                wording.save_version(s, counsel, prov[citation], text, base_number=None,
                                     note="Primera redacción")
        for slug, citation, contribution in LINKS:
            provisions.link_petition(s, counsel, ids[slug], prov[citation], contribution)
    return prov


def current_versions(db, actor, petition_id: int) -> dict[int, int]:
    with db.read() as s:
        d = consultations.consultation_detail(s, actor, petition_id)
    return {i.provision_id: i.version_id for i in d.items}


def answer(db, actor, petition_id: int, outcome: str, on: date, method: str, remarks: str = "",
           evidence=None):
    versions = current_versions(db, actor, petition_id)
    with db.write() as s:
        return consultations.record_outcome(s, actor, petition_id, outcome=outcome, decided_on=on, method=method,
                                            versions=versions, remarks=remarks, evidence=evidence)


def save_wording(db, actor, provision_id: int, text: str, note: str = "") -> int:
    with db.write() as s:
        now = wording.current_version(s, actor, provision_id)
        return wording.save_version(s, actor, provision_id, text, base_number=now.row.number if now else None,
                                    note=note).id


def finalize_current(db, actor, provision_id: int) -> None:
    with db.write() as s:
        wording.finalize_version(s, actor, wording.current_version(s, actor, provision_id).row.id)


def consultation_case(db, counsel, tmp_path) -> dict:
    ids = import_case(db, counsel)
    prov = draft_case(db, counsel, ids)
    letter = tmp_path / "carta-visto-bueno-cruz.pdf"
    letter.write_bytes(b"%PDF-1.4\n% carta firmada (inventada)\n" + b"0" * 2048)
    finalize_current(db, counsel, prov["Art. 10, B, 5"])
    finalize_current(db, counsel, prov["Art. 13, E"])
    answer(db, counsel, ids["agua"], "approved", date(2016, 10, 12), "in_person")
    answer(db, counsel, ids["trabajo-hogar"], "approved", date(2016, 10, 14), "signed_letter", evidence=letter)
    answer(db, counsel, ids["calles"], "approved_with_remarks", date(2016, 10, 20), "email",
           remarks="Pide que se mencione el alumbrado público en la ley secundaria.")
    answer(db, counsel, ids["mascotas"], "rejected", date(2016, 10, 21), "signed_letter",
           remarks="La redacción no prohíbe el maltrato de forma expresa.")
    with db.write() as s:
        consultations.request_consultation(s, counsel, ids["bicicletas"], "La propuesta coincide con Art. 13, E.")
    save_wording(db, counsel, prov["Art. 9, F, 2"], AGUA_CHANGED, "Ajuste del grupo redactor")
    with db.write() as s:
        assembly.record_fate(s, counsel, prov["Art. 10, B, 5"], "amended", decided_on=date(2017, 1, 16),
                             assembly_text=AMENDED_BY_ASSEMBLY, note="Dictamen de la comisión de derechos")
        assembly.record_fate(s, counsel, prov["Art. 13, E"], "kept", decided_on=date(2017, 1, 20))
    return {"ids": ids, "prov": prov, "letter": letter}


@pytest.fixture
def case(sqlite_db, ui_counsel, tmp_path):
    return consultation_case(sqlite_db, ui_counsel, tmp_path)


@pytest.fixture
def consultations_tab(qtbot, sqlite_db, runner, spanish_ui, case):
    """``make(actor)``: a ConsultationsTab over ``case``, 1400×760, shown."""
    from ui.views.consultations_tab import ConsultationsTab

    def make(actor) -> ConsultationsTab:
        widget = ConsultationsTab(sqlite_db, actor, runner)
        qtbot.addWidget(widget)
        widget.resize(1400, 760)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make
