"""A small drafting case for the dossier tests, built through the real services.

Two petitions with petitioners' contact data (e-mails and phones that must never reach the packet
or the assembly dossier), the provision "Art. 9, F, 3" whose wording was saved before the
session of 5 July 2016 and changed before the session of 12 July 2016 (version times are moved
back with a plain table update: the services stamp the real clock), an approval of the first
wording that the change made stale, and both sessions with an agenda.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import event, select

from exports import dossier_fixtures as F
from secretariat.models import Petition, ProvisionVersion
from secretariat.services import consultations, imports, provisions, sessions, wording
from secretariat.services.import_parse import ImportRow

S1, S2 = date(2016, 7, 5), date(2016, 7, 12)
TODAY = date(2016, 7, 13)
#: the invented petitions, contacts and wordings of the export samples
AGUA, BICI, EMAILS, PHONES, OLD, NEW = F.AGUA, F.BICI, F.EMAILS, F.PHONES, F.AGUA_OLD, F.AGUA_NEW


@dataclass(frozen=True)
class Case:
    agua: int
    bici: int
    numeral: int
    articulo: int
    s1: int
    s2: int


def _row(url: str, title: str, signatures: int, on: date, people, emails, phones, topic: str) -> ImportRow:
    return ImportRow(line=2, url=url, title=title, petitioners=tuple(people), signatures=signatures, as_of=on,
                     emails=tuple(emails), phones=tuple(phones), topic=topic,
                     summary=f"Resumen de «{title}»: lo que piden las y los vecinos.")


def _backdate(s, version_id: int, when: datetime) -> None:
    s.execute(ProvisionVersion.__table__.update().where(ProvisionVersion.__table__.c.id == version_id)
              .values(created_at=when))


def build_case(db, counsel) -> Case:
    with db.write() as s:
        for on, agua, bici in ((date(2016, 6, 28), 9_400, 4_100), (date(2016, 7, 4), 12_350, 6_020)):
            imports.apply_rows(s, counsel, [
                _row(AGUA, "Derecho al agua potable en Iztapalapa", agua, on, ("José Núñez Ávila", "Ana Ruiz Peña"),
                     EMAILS[:2], PHONES[:2], "Agua"),
                _row(BICI, "Ciclovías seguras en toda la ciudad", bici, on, ("Raúl Ibáñez Soto",), EMAILS[2:],
                     PHONES[2:], "Movilidad")], source=f"monitoreo-{on.isoformat()}.csv")
        ids = dict(s.execute(select(Petition.url, Petition.id)).all())
        art = provisions.add_provision(s, counsel, "articulo", "Art. 9", "Ciudad solidaria")
        apartado = provisions.add_provision(s, counsel, "apartado", "Art. 9, F", "Derecho al agua", parent_id=art.id)
        numeral = provisions.add_provision(s, counsel, "numeral", "Art. 9, F, 3", "Agua y saneamiento",
                                           parent_id=apartado.id)
        provisions.link_petition(s, counsel, ids[AGUA], numeral.id, "El agua como derecho exigible.")
        provisions.link_petition(s, counsel, ids[BICI], numeral.id, "")
        v1 = wording.save_version(s, counsel, numeral.id, OLD, base_number=None)
        _backdate(s, v1.id, datetime(2016, 7, 1, 15, 0))
        consultations.record_outcome(s, counsel, ids[AGUA], outcome="approved", decided_on=date(2016, 7, 2),
                                     method="signed_letter", versions={numeral.id: v1.id}, today=TODAY)
        v2 = wording.save_version(s, counsel, numeral.id, NEW, base_number=1, note="Tras la audiencia")
        _backdate(s, v2.id, datetime(2016, 7, 8, 15, 0))
        first = sessions.create_session(s, counsel, S1, starts_at=datetime(2016, 7, 5, 10), place="Sala de juntas")
        second = sessions.create_session(s, counsel, S2, starts_at=datetime(2016, 7, 12, 10),
                                         place="Sala de juntas de la Consejería", note="Sesión ordinaria.")
        for held in (first, second):
            sessions.add_item(s, counsel, held.row.id, "petition_hearing", petition_id=ids[AGUA])
        sessions.add_item(s, counsel, second.row.id, "wording_review", provision_id=numeral.id,
                          note="Cambió tras la audiencia.")
        sessions.add_item(s, counsel, second.row.id, "crossing", petition_id=ids[BICI])
        sessions.add_item(s, counsel, second.row.id, "other", title="Asuntos generales")
    return Case(ids[AGUA], ids[BICI], numeral.id, art.id, first.row.id, second.row.id)


class QueryCounter:
    """Counts the statements sent to the database while it is active (``with counter:``)."""

    def __init__(self, db) -> None:
        self.engine, self.n = db.engine, 0

    def _count(self, *_args) -> None:
        self.n += 1

    def __enter__(self) -> QueryCounter:
        self.n = 0
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._count)


class ChartRecorder:
    """A stand-in for the Qt renderer: records what it was asked to draw, returns a tiny PNG."""

    def __init__(self) -> None:
        self.asked: list[tuple[list, tuple]] = []

    def __call__(self, counts, thresholds) -> bytes:
        from exports.dossier_fixtures_chart import encode_png

        self.asked.append((list(counts), tuple(thresholds)))
        return encode_png(4, 4, [bytearray((30, 90, 60) * 4) for _ in range(4)])
