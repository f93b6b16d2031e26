"""Invented petitions for the window's tests, written through the import service.

``SMALL`` is a hand-made register whose orders, tiers and crossings the tests can state exactly;
``seed_many`` invents a few hundred realistic rows for screenshots and paging.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from secretariat.permissions import Actor
from secretariat.services import imports
from secretariat.services.import_parse import ImportRow
from tests.conftest import make_actor

DAY1 = date(2016, 3, 1)
DAY2 = date(2016, 3, 8)
DAY3 = date(2016, 3, 15)

# url slug, title, petitioners, topic, counts on DAY1, DAY2, DAY3
SMALL = (
    ("agua-potable", "Agua potable para todas las colonias", ("María Peña",), "Agua",
     (3_000, 6_000, 12_000)),
    ("bicicletas", "Bicicletas seguras en avenidas", ("Juan Núñez", "Lucía Ortega"), "Movilidad",
     (500, 650, 800)),
    ("calles", "Calles iluminadas y caminables", ("Ana López",), "Seguridad",
     (40_000, 55_000, 58_000)),
    ("derecho-ciudad", "Derecho a la ciudad para personas mayores", ("Óscar Ruiz",), "Derechos",
     (4_000, 7_000, 4_500)),
    ("espacios-verdes", "Espacios verdes en cada alcaldía", ("Elena Gómez",), "Medio ambiente",
     (5_200, 5_400, 5_600)),
)


def url(slug: str) -> str:
    return f"https://www.change.org/p/{slug}"


def _row(line: int, slug: str, title: str, people: tuple[str, ...], topic: str, count: int,
         on: date) -> ImportRow:
    emails = tuple(f"{p.split()[0].lower()}@example.org" for p in people)
    phones = tuple(f"55 0100 {line:02d}{i:02d}" for i, _p in enumerate(people))  # fictional range
    return ImportRow(line=line, url=url(slug), title=title, petitioners=people, signatures=count,
                     as_of=on, emails=emails, phones=phones, topic=topic,
                     summary=f"Resumen de la petición «{title}».")


def import_rows(db, actor: Actor, rows: list[ImportRow], source: str = "monitoreo.csv"):
    with db.write() as s:
        return imports.apply_rows(s, actor, rows, source=source)


def seed_small(db, actor: Actor) -> dict[str, int]:
    """Import ``SMALL`` on three dates; returns {slug: petition id}."""
    for n, on in enumerate((DAY1, DAY2, DAY3)):
        import_rows(db, actor, [_row(i + 2, slug, title, people, topic, counts[n], on)
                                for i, (slug, title, people, topic, counts) in enumerate(SMALL)],
                    source=f"monitoreo-{on.isoformat()}.csv")
    from secretariat.services import petitions

    with db.read() as s:
        by_url = {r.url: r.id for r in petitions.list_petitions(s, actor)}
    return {slug: by_url[url(slug)] for slug, *_ in SMALL}


_FIRST = ("María", "José", "Guadalupe", "Juan", "Fernanda", "Luis", "Ximena", "Andrés", "Sofía",
          "Rodrigo", "Itzel", "Emilio", "Valeria", "Tomás", "Renata", "Héctor")
_LAST = ("Peña", "Núñez", "Hernández", "García", "Martínez", "López", "Ramírez", "Cruz", "Ortiz",
         "Sánchez", "Castañeda", "Vázquez", "Domínguez", "Ibáñez", "Olvera", "Zúñiga")
_SUBJECTS = ("Agua potable", "Ciclovías", "Transporte público", "Espacios públicos", "Vivienda digna",
             "Derechos de las mujeres", "Parques y jardines", "Educación inicial", "Salud mental",
             "Calidad del aire", "Derechos de los animales", "Trabajo del hogar", "Cultura comunitaria",
             "Personas con discapacidad", "Movilidad peatonal", "Gobierno abierto")
_ASKS = ("para todas las colonias", "en la Constitución", "como derecho humano", "sin discriminación",
         "con participación vecinal", "en cada alcaldía", "garantizado por la ciudad",
         "y rendición de cuentas")


def seed_many(db, actor: Actor, n: int = 300, *, weeks: int = 5, seed: int = 2016) -> None:
    """``n`` invented petitions with ``weeks`` weekly counts each (growth, crossings, reverts)."""
    rnd = random.Random(seed)
    specs = []
    for i in range(n):
        people = tuple(f"{rnd.choice(_FIRST)} {rnd.choice(_LAST)}" for _ in range(rnd.choice((1, 1, 1, 2))))
        title = f"{rnd.choice(_SUBJECTS)} {rnd.choice(_ASKS)}"
        if i % 7 == 0:
            title += f" (propuesta {i})"
        base = int(rnd.lognormvariate(7.2, 1.4))
        rate = rnd.uniform(0.95, 1.45)
        specs.append((f"peticion-{i:05d}", title, people, rnd.choice(_SUBJECTS), base, rate))
    start = DAY1
    for week in range(weeks):
        on = start + timedelta(days=7 * week)
        rows = [_row(i + 2, slug, title, people, topic, min(2_000_000, int(base * rate ** week)), on)
                for i, (slug, title, people, topic, base, rate) in enumerate(specs)]
        import_rows(db, actor, rows, source=f"monitoreo-{on.isoformat()}.csv")


@pytest.fixture
def ui_adviser(sqlite_db, ui_counsel) -> Actor:
    return make_actor(sqlite_db, "asesor", "adviser")


@pytest.fixture
def small_register(sqlite_db, ui_counsel) -> dict[str, int]:
    return seed_small(sqlite_db, ui_counsel)
