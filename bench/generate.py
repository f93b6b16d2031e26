"""Generate a large synthetic case file (and a matching monitoring CSV) for the benchmarks.

    python bench/generate.py OUT.sqlite3 [--petitions N] [--days D] [--seed S] [--csv PATH]
                             [--meetings M] [--provisions P]

The case file holds N petitions (default 100,000), each with D consecutive daily signature
counts (default 30, so 3,000,000 counts), one to three petitioners, the tier crossings that the
default policy (5,000 / 10,000 / 50,000) gives for those counts, and the denormalised columns
of ``petitions`` filled exactly as ``secretariat.services.imports`` fills them. The schema comes
from the app's Alembic migrations: the rows go in through plain ``sqlite3`` ``executemany`` at
the first revision (whose tables this script knows), then ``secretariat.db.Database`` upgrades
the file to the newest revision like any older case file, so later migrations derive what they
derive (the open duties of held crossings, for one).

The CSV (default ``OUT-monitoreo.csv`` beside OUT) is the next day's monitoring file in es-MX
style: ``Enlace;Título;Peticionario;Firmas;Fecha``, dates dd/mm/yyyy, counts like ``63,508``. It
lists every petition by the same URL with a newer count (about 1 % of them lower, so some
crossings revert), so importing it into the case file is an update of all N petitions, and
importing it into an empty case file creates N petitions.

Optional (default off): ``--meetings M`` adds M meetings (attendees, agreements) and
``--provisions P`` a draft constitution of P provisions (a título/artículo/apartado/numeral tree,
one to three wording versions each, links to petitions, the counsel's requests, consultation
outcomes bound to the exact wording, a sixth of them stale, and assembly outcomes). They are
written at the newest schema, after the upgrade, so the tracker's later sheets can be measured.

Everything is invented: titles and names are random combinations of the word lists below,
from a fixed seed, so two runs with the same arguments write the same rows.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import random
import re
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from secretariat.db import Database, create_db_engine, upgrade  # noqa: E402
from secretariat.text import fold, search_text  # noqa: E402

LAST_DAY = date(2016, 7, 31)         # the newest count in the case file; the CSV is the day after
THRESHOLDS = (("review", 5000), ("hearing", 10000), ("audience", 50000))
POLICY_ID = 1                        # the policy row written by the first migration
BASE_REVISION = "0001"               # the schema the rows below are written for

OPENINGS = (
    "Que la Constitución de la CDMX garantice", "Incluir en la nueva Constitución",
    "Queremos en la Constitución de la Ciudad de México", "Constituyentes: reconozcan",
    "Por una Ciudad de México con", "Exigimos a la Asamblea Constituyente",
    "Vecinos pedimos", "Firma para que la Carta de la Ciudad incluya",
    "Que el grupo redactor escuche:", "Una Constitución que asegure",
)
SUBJECTS = (
    "el derecho al agua potable", "agua sin tandeo", "la captación de agua de lluvia",
    "el rescate de los ríos", "ciclovías seguras", "la prioridad del peatón",
    "transporte público digno", "vivienda asequible", "rentas justas", "parques públicos",
    "la protección de los animales", "la educación inclusiva", "escuelas de tiempo completo",
    "hospitales con medicamentos", "la salud mental", "la seguridad en las colonias",
    "alumbrado público", "la igualdad salarial", "una vida libre de violencia",
    "los derechos de los pueblos originarios", "la lengua de señas", "mercados públicos",
    "el comercio en vía pública", "la cultura comunitaria", "bibliotecas abiertas",
    "el derecho a la ciudad", "la participación ciudadana", "el presupuesto participativo",
    "la transparencia", "el combate a la corrupción", "aire limpio", "el arbolado urbano",
    "la separación de residuos", "la energía solar", "el trabajo digno",
    "el reconocimiento del trabajo de cuidados", "las personas mayores", "las juventudes",
    "la diversidad sexual", "la movilidad en bicicleta", "el agua para todas las colonias",
)
PLACES = (
    "en Iztapalapa", "en Gustavo A. Madero", "en Coyoacán", "en Tlalpan", "en Xochimilco",
    "en Álvaro Obregón", "en Cuauhtémoc", "en Benito Juárez", "en Miguel Hidalgo",
    "en Azcapotzalco", "en Iztacalco", "en Venustiano Carranza", "en Tláhuac", "en Milpa Alta",
    "en La Magdalena Contreras", "en Cuajimalpa", "para toda la ciudad", "en cada colonia",
    "para las próximas generaciones", "ya", "", "", "", "",
)
GIVEN = (
    "María", "José", "Guadalupe", "Juan", "Ana", "Luis", "Verónica", "Carlos", "Rosa", "Jorge",
    "Patricia", "Miguel", "Fernanda", "Alejandro", "Sofía", "Ricardo", "Leticia", "Eduardo",
    "Adriana", "Héctor", "Gabriela", "Arturo", "Claudia", "Raúl", "Mónica", "Sergio", "Daniela",
    "Javier", "Ximena", "Iván", "Itzel", "Óscar", "Citlali", "Rubén", "Berenice", "Tonatiuh",
)
SURNAMES = (
    "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres",
    "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero",
    "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina",
    "Cortés", "Nava", "Tapia", "Olvera", "Zúñiga",
)

_SLUG = re.compile(r"[^a-z0-9]+")


def _stamp(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DateTime text form


class _Petition:
    __slots__ = ("id", "url", "title", "names", "emails", "phones", "counts")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"


def _final_count(rng: random.Random) -> int:
    # Heavy-tailed: about 84 % under 5,000, 7 % at 10,000 or more, 0.5 % at 50,000 or more.
    return max(0, int(math.exp(rng.gauss(7.0, 1.5))))


def _series(rng: random.Random, days: int) -> list[int]:
    final = _final_count(rng)
    start = int(final * rng.uniform(0.2, 0.95))
    steps = [rng.expovariate(1.0) for _ in range(days - 1)]
    total = sum(steps) or 1.0
    out, acc = [start], 0.0
    for s in steps:
        acc += s
        out.append(start + int((final - start) * acc / total))
    return out


def make_petitions(n: int, days: int, seed: int) -> list[_Petition]:
    rng = random.Random(seed)
    out = []
    for i in range(1, n + 1):
        p = _Petition()
        p.id = i
        title = f"{rng.choice(OPENINGS)} {rng.choice(SUBJECTS)} {rng.choice(PLACES)}".strip()
        p.title = title
        p.url = f"https://www.change.org/p/{_SLUG.sub('-', fold(title)).strip('-')[:70]}-{i}"
        k = 1 if rng.random() < 0.8 else (2 if rng.random() < 0.75 else 3)
        p.names = tuple(_name(rng) for _ in range(k))
        p.emails = tuple(f"{_SLUG.sub('.', fold(nm))}.{i}@example.org" for nm in p.names)
        p.phones = tuple(f"55 0100 {rng.randrange(10000):04d}" for _ in p.names)
        p.counts = _series(rng, days)
        out.append(p)
    return out


def _crossings(counts: list[int], first_day: date) -> list[tuple[str, int, date, int]]:
    """(tier, threshold, crossed_on, signatures): the first day each threshold is reached.
    Counts never fall inside the case file, so nothing is reverted."""
    out = []
    for tier, threshold in THRESHOLDS:
        for d, c in enumerate(counts):
            if c >= threshold:
                out.append((tier, threshold, first_day + timedelta(days=d), c))
                break
    return out


def write_case_file(path: Path, petitions: list[_Petition], days: int) -> dict[str, int]:
    if path.exists():
        path.unlink()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if extra.exists():
            extra.unlink()
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine, BASE_REVISION)  # the tables this script writes, as the first migration makes them
    engine.dispose()
    first_day = LAST_DAY - timedelta(days=days - 1)
    now = _stamp(datetime(2016, 8, 1, 9, 0, 0))
    day_iso = [(first_day + timedelta(days=d)).isoformat() for d in range(days)]

    crossings_of = {p.id: _crossings(p.counts, first_day) for p in petitions}
    per_day_crossings = [0] * days
    for cs in crossings_of.values():
        for _t, _th, on, _s in cs:
            per_day_crossings[(on - first_day).days] += 1

    batches = [(d + 1, f"monitoreo-{day_iso[d]}.csv", f"{d + 1:064x}", now, None, len(petitions),
                len(petitions) if d == 0 else 0, 0 if d == 0 else len(petitions), 0,
                per_day_crossings[d]) for d in range(days)]

    petition_rows, people, crossing_rows = [], [], []
    tiers = {"watch": 0, "review": 0, "hearing": 0, "audience": 0}
    for p in petitions:
        cs = crossings_of[p.id]
        tier = cs[-1][0] if cs else "watch"
        tiers[tier] += 1
        names = "; ".join(p.names)
        growth = p.counts[-1] - p.counts[-8] if days >= 8 else None
        last_crossing = max(c[2] for c in cs).isoformat() if cs else None
        petition_rows.append((p.id, p.url, p.title, "", "", "active", "pending", "", p.counts[-1],
                              day_iso[-1], growth, tier, last_crossing, names,
                              search_text(p.title, names), now, now, 1))
        for pos, nm in enumerate(p.names):
            people.append((p.id, pos, nm, p.emails[pos], p.phones[pos]))
        for tier_name, threshold, on, sig in cs:
            crossing_rows.append((p.id, tier_name, threshold, POLICY_ID, on.isoformat(), sig, now))

    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("BEGIN")
    con.executemany("INSERT INTO import_batches (id, filename, sha256, imported_at, user_id, rows, "
                    "new, updated, unchanged, crossings) VALUES (?,?,?,?,?,?,?,?,?,?)", batches)
    con.executemany("INSERT INTO petitions (id, url, title, summary, topic, status, admissibility, "
                    "admissibility_note, signatures, as_of, growth_7d, tier, last_crossing_on, "
                    "petitioner_names, search_text, created_at, updated_at, version_id) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", petition_rows)
    con.executemany("INSERT INTO petitioners (petition_id, position, name, email, phone) "
                    "VALUES (?,?,?,?,?)", people)
    con.executemany("INSERT INTO signature_counts (petition_id, counted_on, signatures, import_id) "
                    "VALUES (?,?,?,?)",
                    ((p.id, day_iso[d], c, d + 1) for p in petitions for d, c in enumerate(p.counts)))
    con.executemany("INSERT INTO tier_crossings (petition_id, tier, threshold, policy_id, crossed_on, "
                    "signatures, created_at) VALUES (?,?,?,?,?,?,?)", crossing_rows)
    con.execute("COMMIT")
    con.close()
    Database(f"sqlite:///{path}").dispose()  # to the newest revision, as the app opens any older file
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return {"petitions": len(petitions), "counts": len(petitions) * days,
            "crossings": len(crossing_rows), "petitioners": len(people), **tiers}


def _tier(counts: list[int]) -> str:
    reached = [tier for tier, threshold in THRESHOLDS if counts[-1] >= threshold]
    return reached[-1] if reached else "watch"


def add_work_and_drafting(path: Path, petitions: list[_Petition], meetings: int, provisions: int,
                          seed: int) -> dict[str, int]:
    """Meetings and a drafted constitution, written at the newest schema (see the module's doc)."""
    rng = random.Random(seed + 2)
    now = _stamp(datetime(2016, 8, 1, 9, 0, 0))
    day_iso = lambda d: d.isoformat()  # noqa: E731
    consulted = [p for p in petitions if _tier(p.counts) in ("hearing", "audience")]
    others = [p for p in petitions if _tier(p.counts) == "review"] or petitions
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("BEGIN")
    stats = {"meetings": meetings, "provisions": provisions}
    kinds, statuses = ("hearing", "follow_up", "mayoral_audience", "other"), ("planned", "held", "cancelled")
    for m in range(1, meetings + 1):
        p = rng.choice(consulted or petitions) if rng.random() < 0.9 else None
        start = datetime.combine(LAST_DAY - timedelta(days=rng.randrange(-30, 60)), datetime.min.time()) \
            + timedelta(hours=rng.randrange(9, 18), minutes=rng.choice((0, 15, 30, 45)))
        status = rng.choice(statuses)
        con.execute("INSERT INTO meetings (id, petition_id, kind, status, starts_at, ends_at, place, minutes, note, "
                    "created_at, updated_at, version_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,1)",
                    (m, p and p.id, rng.choice(kinds), status, _stamp(start),
                     _stamp(start + timedelta(minutes=rng.choice((30, 60, 90)))),
                     rng.choice(("Sala de juntas del grupo redactor", "Oficina de la Consejería", "")), "", "",
                     now, now))
        con.executemany("INSERT INTO meeting_attendees (meeting_id, role, name, email, phone, attended) "
                        "VALUES (?,?,?,'','',?)",
                        [(m, rng.choice(("petitioner", "guest")), _name(rng),
                          None if status == "planned" else rng.random() < 0.8) for _ in range(rng.randrange(2, 7))])
        con.executemany("INSERT INTO meeting_agreements (meeting_id, position, text, owner_name, created_at) "
                        "VALUES (?,?,?,'',?)", [(m, i, f"Acuerdo {i + 1}: {rng.choice(SUBJECTS)}", now)
                                                for i in range(rng.randrange(0, 4))])
    current: dict[int, tuple[int, str]] = {}   # provision → (version id, text hash) of its current version
    older: dict[int, tuple[int, str]] = {}     # provision → its first version, when it has others
    fed: dict[int, list[int]] = {}             # petition → provisions
    parents: dict[str, list[int]] = {"titulo": [], "articulo": [], "apartado": []}
    version_id, positions = 0, {}
    for pid in range(1, provisions + 1):
        kind = "titulo" if pid == 1 or rng.random() < 0.04 else rng.choice(("articulo", "articulo", "apartado", "numeral"))
        above = {"titulo": None, "articulo": "titulo", "apartado": "articulo", "numeral": "apartado"}[kind]
        if above and not parents[above]:
            kind, above = "articulo", "titulo"
        parent = rng.choice(parents[above]) if above else None
        positions[parent] = positions.get(parent, -1) + 1
        con.execute("INSERT INTO provisions (id, parent_id, kind, citation, heading, position, created_at, updated_at, "
                    "version_id) VALUES (?,?,?,?,?,?,?,?,1)",
                    (pid, parent, kind, f"{kind[:3].title()}. {pid}", rng.choice(SUBJECTS).capitalize(),
                     positions[parent], now, now))
        if kind != "numeral":
            parents[kind].append(pid)
        n = rng.randrange(1, 4)
        for number in range(1, n + 1):
            version_id += 1
            text = " ".join(f"{rng.choice(OPENINGS)} {rng.choice(SUBJECTS)} {rng.choice(PLACES)}."
                            for _ in range(rng.randrange(2, 8)))
            sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
            status = rng.choice(("draft", "proposed", "final")) if number == n else "proposed"
            con.execute("INSERT INTO provision_versions (id, provision_id, number, text, text_sha256, status, note, "
                        "created_at) VALUES (?,?,?,?,?,?,'',?)", (version_id, pid, number, text, sha, status, now))
            if number == 1 and n > 1:
                older[pid] = (version_id, sha)
            current[pid] = (version_id, sha)
        if kind != "titulo":
            for p in rng.sample(consulted, min(len(consulted), rng.randrange(0, 4))) + \
                    rng.sample(others, min(len(others), rng.randrange(0, 2))):
                if pid not in fed.setdefault(p.id, []):
                    fed[p.id].append(pid)
                    con.execute("INSERT INTO petition_provisions (petition_id, provision_id, contribution, "
                                "created_at) VALUES (?,?,'',?)", (p.id, pid, now))
        if current[pid] and rng.random() < 0.2:
            con.execute("INSERT INTO assembly_outcomes (provision_id, fate, assembly_text, sent_version_id, "
                        "decided_on, note, recorded_at, version_id) VALUES (?,?,'',?,?,'',?,1)",
                        (pid, rng.choice(("kept", "amended", "removed")), current[pid][0],
                         day_iso(date(2017, 1, 31)), now))
    consulted_ids = {p.id for p in consulted}
    outcomes = 0
    for pet, provs in fed.items():
        if pet not in consulted_ids:
            if rng.random() < 0.1:
                con.execute("INSERT INTO consultation_requests (petition_id, note, added_at) VALUES (?,'',?)",
                            (pet, now))
            continue
        if rng.random() < 0.4:
            continue  # no answer yet
        outcomes += 1
        items = [(pr, *(older[pr] if pr in older and rng.random() < 0.15 else current[pr])) for pr in sorted(provs)]
        digest = hashlib.sha256("\n".join(f"{a}:{b}:{c}" for a, b, c in items).encode("utf-8")).hexdigest()
        outcome = rng.choice(("approved", "approved", "approved_with_remarks", "rejected"))
        con.execute("INSERT INTO consultation_outcomes (id, petition_id, outcome, remarks, decided_on, method, "
                    "wording_sha256, evidence_filename, recorded_at) VALUES (?,?,?,?,?,?,?,'',?)",
                    (outcomes, pet, outcome, "" if outcome == "approved" else "Con observaciones de forma.",
                     day_iso(LAST_DAY), rng.choice(("in_person", "signed_letter", "email")), digest, now))
        con.executemany("INSERT INTO consultation_items (outcome_id, provision_id, version_id, text_sha256) "
                        "VALUES (?,?,?,?)", [(outcomes, a, b, c) for a, b, c in items])
    con.execute("COMMIT")
    con.close()
    stats.update(links=sum(len(v) for v in fed.values()), outcomes=outcomes)
    return stats


def write_monitoring_csv(path: Path, petitions: list[_Petition], seed: int) -> date:
    """The next day's monitoring file for every petition (es-MX: ``;``, dd/mm/yyyy, ``63,508``)."""
    rng = random.Random(seed + 1)
    day = LAST_DAY + timedelta(days=1)
    shown = day.strftime("%d/%m/%Y")
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        out.writerow(["Enlace", "Título", "Peticionario", "Firmas", "Fecha"])
        for p in petitions:
            last = p.counts[-1]
            if rng.random() < 0.01:   # Change.org removed some signatures: may revert a crossing
                count = int(last * rng.uniform(0.5, 0.99))
            else:
                count = last + int(last * rng.uniform(0.0, 0.05)) + rng.randrange(50)
            out.writerow([p.url, p.title, "; ".join(p.names), f"{count:,}", shown])
    return day


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="the SQLite case file to (re)write")
    ap.add_argument("--petitions", type=int, default=100_000)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--seed", type=int, default=2016)
    ap.add_argument("--csv", type=Path, default=None,
                    help="the monitoring CSV (default: OUT-monitoreo.csv beside OUT)")
    ap.add_argument("--meetings", type=int, default=0, help="meetings to add (default 0)")
    ap.add_argument("--provisions", type=int, default=0,
                    help="provisions of a draft constitution to add, with wording, links and consultations (default 0)")
    args = ap.parse_args(argv)
    if args.petitions < 1 or args.days < 1:
        ap.error("--petitions and --days must be at least 1")
    out = args.out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    csv_path = args.csv or out.with_name(out.stem + "-monitoreo.csv")
    t0 = time.perf_counter()
    petitions = make_petitions(args.petitions, args.days, args.seed)
    t1 = time.perf_counter()
    stats = write_case_file(out, petitions, args.days)
    if args.meetings > 0 or args.provisions > 0:
        extra = add_work_and_drafting(out, petitions, max(args.meetings, 0), max(args.provisions, 0), args.seed)
        print(f"{out}: + {extra['meetings']:,} meetings, {extra['provisions']:,} provisions, "
              f"{extra['links']:,} petition links, {extra['outcomes']:,} consultation outcomes")
    t2 = time.perf_counter()
    day = write_monitoring_csv(csv_path, petitions, args.seed)
    t3 = time.perf_counter()
    print(f"{out}: {stats['petitions']:,} petitions, {stats['counts']:,} counts, "
          f"{stats['petitioners']:,} petitioners, {stats['crossings']:,} crossings; tiers "
          f"watch {stats['watch']:,}, review {stats['review']:,}, hearing {stats['hearing']:,}, "
          f"audience {stats['audience']:,} (made in {t1 - t0:.1f} s, written in {t2 - t1:.1f} s)")
    print(f"{csv_path}: {len(petitions):,} rows dated {day:%d/%m/%Y} ({t3 - t2:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
