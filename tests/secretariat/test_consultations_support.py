"""What the consultation, victory and assembly tests share: a small drafted case, built through
the drafting services."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from secretariat.models import AuditEntry, ConsultationItem, ConsultationOutcome, Petition, ProvisionVersion
from secretariat.services import provisions, wording
from tests.secretariat.helpers import day, row

TODAY = date.today()
ON = TODAY - timedelta(days=30)


def petition(db, actor, slug: str, signatures: int, *, title: str | None = None,
             people=("Ana Ruiz Peña",)) -> int:
    day(db, actor, [row(slug, signatures, ON, title=title, people=people)])
    with db.read() as s:
        return s.execute(select(Petition.id).where(Petition.url == f"https://www.change.org/p/{slug}")).scalar_one()


def provision(s, actor, citation: str, *, kind: str = "articulo", heading: str = "", parent_id=None) -> int:
    return provisions.add_provision(s, actor, kind, citation, heading=heading, parent_id=parent_id).id


def _last(s, provision_id: int) -> int | None:
    return s.execute(select(func.max(ProvisionVersion.number))
                     .where(ProvisionVersion.provision_id == provision_id)).scalar()


def save(s, actor, provision_id: int, text: str, note: str = "") -> int:
    """A new version of the provision's wording; its id."""
    return wording.save_version(s, actor, provision_id, text, base_number=_last(s, provision_id), note=note).id


def restore(s, actor, provision_id: int, number: int) -> int:
    """Go back to version ``number``: its text saved as a new version; the new version's id."""
    return wording.restore_version(s, actor, provision_id, number, base_number=_last(s, provision_id)).id


def finalize(s, actor, version_id: int) -> None:
    wording.finalize_version(s, actor, version_id)


def link(s, actor, petition_id: int, provision_id: int, contribution: str = "") -> None:
    provisions.link_petition(s, actor, petition_id, provision_id, contribution)


def current(s, provision_id: int) -> int:
    """The id of the provision's current version."""
    return s.execute(select(ProvisionVersion.id).where(ProvisionVersion.provision_id == provision_id)
                     .order_by(ProvisionVersion.number.desc()).limit(1)).scalar_one()


def written(db) -> tuple[int, int, int]:
    """(outcomes, items, audit rows): what a refused call must leave as it was."""
    with db.read() as s:
        return tuple(s.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (ConsultationOutcome, ConsultationItem, AuditEntry))


def drafted_case(db, counsel) -> dict:
    """Two consulted petitions (hearing tier) and one under review; three provisions with wording.

    - «agua» (12,000 signatures) feeds Art. 9 and Art. 16, A, 3;
    - «bici» (55,000, audience) feeds Art. 13;
    - «parques» (6,000, review) feeds Art. 13 but is not consulted unless the counsel adds it."""
    ids = {"agua": petition(db, counsel, "agua", 12_000, title="Derecho al agua potable",
                            people=("Lucía Méndez Ortiz",)),
           "bici": petition(db, counsel, "bici", 55_000, title="Ciclovías seguras en la ciudad",
                            people=("Tomás Ibarra Soto",)),
           "parques": petition(db, counsel, "parques", 6_000, title="Más parques públicos")}
    with db.write() as s:
        art9 = provision(s, counsel, "Art. 9", heading="Ciudad solidaria")
        a16 = provision(s, counsel, "Art. 16", heading="Derechos urbanos")
        a16a = provision(s, counsel, "Art. 16, A", kind="apartado", parent_id=a16)
        art16 = provision(s, counsel, "Art. 16, A, 3", kind="numeral", heading="Agua", parent_id=a16a)
        art13 = provision(s, counsel, "Art. 13", heading="Ciudad habitable")
        save(s, counsel, art9, "Toda persona tiene derecho al agua.")
        save(s, counsel, art16, "El agua es un bien público, social y cultural.")
        save(s, counsel, art13, "Se garantiza la movilidad segura.")
        link(s, counsel, ids["agua"], art9)
        link(s, counsel, ids["agua"], art16)
        link(s, counsel, ids["bici"], art13)
        link(s, counsel, ids["parques"], art13)
    ids.update(art9=art9, art16=art16, art13=art13)
    return ids


def shown(db, *provision_ids: int) -> dict[int, int]:
    """provision id → its current version id: what the petitioner was shown today."""
    with db.read() as s:
        return {pid: current(s, pid) for pid in provision_ids}
