"""Realistic INVENTED inputs for the three Word dossiers (tests, the bench, looking at pages).

Names, e-mails (@example.org) and phones (the fictional 55 0100 range) are invented. The case:
petitions for the Constitution of Mexico City in 2016, the drafting committee's session of
Tuesday 12 July 2016, provisions cited as the office writes them ("Art. 16, A, 3").
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

from secretariat.redline import redline

from .dossier_fixtures_chart import growth_chart, unique_png
from .dossier_types import (
    AgendaEntry, AgreementEntry, AnnexRow, AssemblyDossierData, AssemblyFate, ConsultationBrief,
    ConsultationRecord, CountPoint, DossierFrame, DutyEntry, FedProvision, MeetingAttendeeEntry,
    MeetingBrief, MeetingRecord, PetitionApproval, PetitionBrief, PetitionDossierData, PetitionerEntry,
    ProvisionEntry, SessionAttendee, SessionPacketData, TierStep, WordingChange,
)

OFFICE = "Consejería Jurídica y de Servicios Legales de la Ciudad de México"
AGUA = "https://www.change.org/p/derecho-al-agua-iztapalapa"
BICI = "https://www.change.org/p/ciclovias-seguras-cdmx"
PARQUE = "https://www.change.org/p/parques-de-bolsillo"
DISC = "https://www.change.org/p/accesibilidad-universal"
#: Contact data that must never appear in the packet or the assembly dossier.
EMAILS = ("jose.nunez@example.org", "ana.ruiz@example.org", "raul.ibanez@example.org")
PHONES = ("55 0100 4821", "55 0100 7313", "55 0100 2290")

AGUA_OLD = ("Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable suficiente, "
            "salubre, aceptable y asequible para el uso personal y doméstico.")
AGUA_NEW = ("Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable suficiente, "
            "salubre, segura, asequible, accesible y de calidad para el uso personal y doméstico de una forma "
            "adecuada a la dignidad, la vida y la salud.\n\nLas autoridades garantizarán la cobertura universal "
            "del agua, su acceso diario, continuo, equitativo y sustentable.")
BICI_OLD = "Las autoridades promoverán la movilidad no motorizada."
BICI_NEW = ("Las autoridades garantizarán una red de ciclovías seguras, continuas y confinadas, y darán "
            "prioridad a peatones y ciclistas en el diseño de las vías.")
DISC_TEXT = ("Se reconoce el derecho de las personas con discapacidad a la accesibilidad universal en el "
             "transporte, los edificios públicos y la información.")
AGUA_ASSEMBLY = AGUA_NEW.replace("sustentable.", "sustentable. Se incentivará la captación del agua pluvial.")


def frame(lang: str = "es", letterhead: bytes | None = None, classification: str = "Uso interno") -> DossierFrame:
    return DossierFrame(OFFICE, date(2016, 7, 13), classification, letterhead, lang)


def counts(final: int, days: int = 60, start: date = date(2016, 5, 14)) -> tuple[CountPoint, ...]:
    """A believable S-shaped growth ending at ``final``."""
    out = []
    for d in range(days):
        share = (d + 1) / days
        out.append(CountPoint(start + timedelta(days=d), int(final * share * share * (3 - 2 * share))))
    return tuple(out)


_CHART_CACHE: dict[int, bytes] = {}


def chart_for(final: int) -> bytes:
    if final not in _CHART_CACHE:
        _CHART_CACHE[final] = growth_chart([c.signatures for c in counts(final)])
    return _CHART_CACHE[final]


def _agua_brief(png: bytes | None = None) -> PetitionBrief:
    return PetitionBrief(
        AGUA, "Derecho al agua potable en Iztapalapa: que la Constitución lo garantice",
        "Vecinas y vecinos de Iztapalapa piden que la Constitución reconozca el derecho al agua y obligue "
        "a las autoridades a garantizar el suministro diario en todas las colonias.",
        ("José Núñez Ávila", "Ana Ruiz Peña"), 63_508, "audience", "Agua", date(2016, 7, 12), 1_204, "admitted",
        png if png is not None else chart_for(63_508),
        (TierStep("review", 5_000, date(2016, 5, 30), 5_120), TierStep("hearing", 10_000, date(2016, 6, 8), 10_410),
         TierStep("audience", 50_000, date(2016, 7, 2), 50_310)),
        (MeetingBrief("hearing", "held", datetime(2016, 6, 15, 10, 0), "Sala de juntas, piso 3"),
         MeetingBrief("follow_up", "held", datetime(2016, 6, 29, 12, 0)),
         MeetingBrief("follow_up", "held", datetime(2016, 7, 6, 12, 0)),
         MeetingBrief("mayoral_audience", "planned", datetime(2016, 7, 20, 9, 0))),
        (WordingChange("Art. 9, F, 3", "Derecho al agua y a su saneamiento", 4, "proposed", AGUA_NEW, 2,
                       tuple(redline(AGUA_OLD, AGUA_NEW))),),
        ConsultationBrief("approved", "approved", date(2016, 7, 8), "signed_letter", "",
                          (("Art. 9, F, 3", 4),)))


def _bici_brief() -> PetitionBrief:
    return PetitionBrief(
        BICI, "Ciclovías seguras en toda la ciudad", "Una red continua de ciclovías confinadas.",
        ("Raúl Ibáñez Soto",), 12_400, "hearing", "Movilidad", date(2016, 7, 12), -35, "admitted",
        None, (TierStep("review", 5_000, date(2016, 6, 1), 5_020), TierStep("hearing", 10_000, date(2016, 7, 1), 10_050)),
        (MeetingBrief("hearing", "held", datetime(2016, 7, 5, 11, 0)),),
        (WordingChange("Art. 16, A, 3", "Movilidad no motorizada", 3, "draft", BICI_NEW, 2,
                       tuple(redline(BICI_OLD, BICI_NEW))),),
        ConsultationBrief("stale", "approved", date(2016, 7, 4), "email", "", (("Art. 16, A, 3", 2),)))


def _annex() -> tuple[AnnexRow, ...]:
    return (AnnexRow(AGUA, "Derecho al agua potable en Iztapalapa", ("José Núñez Ávila", "Ana Ruiz Peña"),
                     63_508, "audience", "admitted", date(2016, 7, 12)),
            AnnexRow(BICI, "Ciclovías seguras en toda la ciudad", ("Raúl Ibáñez Soto",), 12_400, "hearing",
                     "admitted", date(2016, 7, 12)),
            AnnexRow(DISC, "Accesibilidad universal para personas con discapacidad", ("Lucía Garza Téllez",),
                     15_870, "hearing", "admitted", date(2016, 7, 12)),
            AnnexRow(PARQUE, "Parques de bolsillo en cada colonia", ("María Fernanda Olvera Ruiz",), 6_100,
                     "review", "pending", date(2016, 7, 12)),
            AnnexRow("https://www.change.org/p/arbolado-urbano", "Protección del arbolado urbano",
                     ("Íñigo Mújica Peña",), 1_250, "watch", "pending", date(2016, 7, 12)))


def sample_packet(lang: str = "es", letterhead: bytes | None = None) -> SessionPacketData:
    return SessionPacketData(
        frame(lang, letterhead), date(2016, 7, 12), "Sala de juntas de la Consejería, Plaza de la Constitución 2",
        datetime(2016, 7, 12, 10, 0),
        (SessionAttendee("Dra. Carmen Valdés Ortega", "Integrante del grupo redactor"),
         SessionAttendee("Mtro. Andrés Quiroga Lima", "Integrante del grupo redactor"),
         SessionAttendee("Lic. Beatriz Solís Ángeles", "Consejería jurídica"),
         SessionAttendee("Lic. Tomás Herrera Díaz", "Secretario de actas")),
        "Sesión ordinaria. Se revisan las redacciones de agua y movilidad.",
        date(2016, 7, 5),
        (AgendaEntry("petition_hearing", "", "", _agua_brief()),
         AgendaEntry("wording_review", "Revisar la redacción de movilidad", "Cambió desde la sesión anterior.",
                     _bici_brief()),
         AgendaEntry("wording_review", "Art. 11, G — Ciudad incluyente", "",
                     wording=WordingChange("Art. 11, G", "Derechos de personas con discapacidad", 1, "draft",
                                           DISC_TEXT, None, ())),
         AgendaEntry("crossing", "Parques de bolsillo alcanzó la revisión jurídica", "",
                     PetitionBrief(PARQUE, "Parques de bolsillo en cada colonia", "", ("María Fernanda Olvera Ruiz",),
                                   6_100, "review", tier_history=(TierStep("review", 5_000, date(2016, 7, 9), 5_080),))),
         AgendaEntry("other", "Calendario de la consulta a peticionarios", "")),
        _annex())


def empty_packet(lang: str = "es") -> SessionPacketData:
    return SessionPacketData(frame(lang), date(2016, 7, 12), "Sala de juntas")


def large_packet(n: int) -> SessionPacketData:
    """``n`` agenda items, each a full brief with its own chart image (for the bench)."""
    base = chart_for(63_508)
    agua = _agua_brief()
    items = []
    for i in range(n):
        brief = PetitionBrief(f"{AGUA}-{i}", f"{agua.title} ({i + 1})", agua.summary, agua.petitioners,
                              agua.signatures + i, agua.tier, agua.topic, agua.as_of, agua.growth_7d,
                              agua.admissibility, unique_png(base, i), agua.tier_history, agua.meetings,
                              agua.wordings, agua.consultation)
        items.append(AgendaEntry("petition_hearing", "", "", brief))
    annex = tuple(AnnexRow(f"{AGUA}-{i}", f"Petición {i + 1}", ("José Núñez Ávila",), 1000 + i,
                           ("watch", "review", "hearing", "audience")[i % 4]) for i in range(n))
    return SessionPacketData(frame(), date(2016, 7, 12), "Sala de juntas", None, (), "", date(2016, 7, 5),
                             tuple(items), annex)


# ------------------------------------------------------------------ assembly dossier

BICI_APPROVED = ("Las autoridades garantizarán una red de ciclovías seguras y confinadas, y darán prioridad a "
                 "peatones y ciclistas.")


def sample_assembly(lang: str = "es", letterhead: bytes | None = None) -> AssemblyDossierData:
    agua = PetitionApproval(AGUA, "Derecho al agua potable en Iztapalapa", ("José Núñez Ávila", "Ana Ruiz Peña"),
                            63_508, "approved", "Reconocer el agua como derecho exigible.", "approved",
                            date(2016, 7, 8), "signed_letter", "", 4)
    cuenca = PetitionApproval("https://www.change.org/p/cuenca-del-valle", "Rescate de la cuenca del Valle de México",
                              ("Itzel Cárdenas Ñeco",), 21_950, "approved", "La captación de agua de lluvia.",
                              "approved_with_remarks", date(2016, 7, 9), "email",
                              "De acuerdo; pedimos que la ley secundaria fije metas anuales de captación.", 4)
    bici = PetitionApproval(BICI, "Ciclovías seguras en toda la ciudad", ("Raúl Ibáñez Soto",), 12_400, "stale",
                            "Red continua de ciclovías.", "approved", date(2016, 7, 4), "email", "", 2,
                            tuple(redline(BICI_APPROVED, BICI_NEW)))
    disc = PetitionApproval(DISC, "Accesibilidad universal para personas con discapacidad", ("Lucía Garza Téllez",),
                            15_870, "rejected", "Accesibilidad en el transporte.", "rejected", date(2016, 7, 10),
                            "in_person", "La redacción omite la información en lenguas de señas y en sistema "
                            "Braille; no podemos aprobarla así.", 1)
    parque = PetitionApproval(PARQUE, "Parques de bolsillo en cada colonia", ("María Fernanda Olvera Ruiz",), 6_100,
                              "pending", "Espacios verdes de proximidad.")
    return AssemblyDossierData(frame(lang, letterhead), (
        ProvisionEntry("Título Segundo", "Carta de derechos", "", None, "draft", "titulo", 0),
        ProvisionEntry("Art. 9", "Ciudad solidaria", "", None, "draft", "articulo", 1),
        ProvisionEntry("Art. 9, F, 3", "Derecho al agua y a su saneamiento", AGUA_NEW, 4, "final", "numeral", 3,
                       (agua, cuenca), AssemblyFate("amended", date(2017, 1, 20), "Aprobada con una adición.",
                                                    AGUA_ASSEMBLY, 4, tuple(redline(AGUA_NEW, AGUA_ASSEMBLY)))),
        ProvisionEntry("Art. 11, G", "Derechos de personas con discapacidad", DISC_TEXT, 2, "final", "apartado", 2,
                       (disc,), AssemblyFate("kept", date(2017, 1, 24))),
        ProvisionEntry("Art. 13, D", "Derecho al espacio público", "Toda persona tiene derecho a usar, disfrutar y "
                       "aprovechar todos los espacios públicos.", 3, "final", "apartado", 2, (parque,)),
        ProvisionEntry("Art. 16, A, 3", "Movilidad no motorizada", BICI_NEW, 3, "final", "numeral", 3, (bici,),
                       AssemblyFate("removed", date(2017, 1, 26), "Se trasladó a la ley de movilidad.")),
    ))


def empty_assembly(lang: str = "es") -> AssemblyDossierData:
    return AssemblyDossierData(frame(lang))


# ------------------------------------------------------------------ petition dossier

def sample_petition(with_contacts: bool = False, lang: str = "es", letterhead: bytes | None = None) -> PetitionDossierData:
    history = counts(63_508, days=90, start=date(2016, 4, 14))
    hearing = MeetingRecord(
        "hearing", "held", datetime(2016, 6, 15, 10, 0), datetime(2016, 6, 15, 11, 30), "Sala de juntas, piso 3",
        (MeetingAttendeeEntry("Dra. Carmen Valdés Ortega", "committee", True),
         MeetingAttendeeEntry("Mtro. Andrés Quiroga Lima", "committee", True),
         MeetingAttendeeEntry("José Núñez Ávila", "petitioner", True),
         MeetingAttendeeEntry("Ana Ruiz Peña", "petitioner", False)),
        "Los peticionarios expusieron la falta de suministro en 14 colonias de Iztapalapa.\n\nEl grupo redactor "
        "se comprometió a proponer una redacción sobre el acceso diario al agua.",
        (AgreementEntry("Enviar a los peticionarios la propuesta de redacción.", "Lic. Beatriz Solís Ángeles",
                        date(2016, 6, 22)),
         AgreementEntry("Solicitar datos de suministro al Sistema de Aguas.", "Mtro. Andrés Quiroga Lima", None)),
        ("minuta-audiencia-agua.pdf",))
    follow = MeetingRecord("follow_up", "held", datetime(2016, 6, 29, 12, 0), datetime(2016, 6, 29, 13, 0),
                           "Videollamada", (MeetingAttendeeEntry("José Núñez Ávila", "petitioner", True),),
                           "Revisión de la versión 3.")
    follow2 = MeetingRecord("follow_up", "held", datetime(2016, 7, 6, 12, 0), None, "Sala de juntas")
    return PetitionDossierData(
        frame(lang, letterhead), AGUA, "Derecho al agua potable en Iztapalapa: que la Constitución lo garantice",
        _agua_brief().summary, "Agua", "active", 63_508, date(2016, 7, 12), 1_204, "audience", "admitted", None, None,
        "Materia constitucional: derechos humanos.",
        (PetitionerEntry("José Núñez Ávila", EMAILS[0], PHONES[0]), PetitionerEntry("Ana Ruiz Peña", EMAILS[1], PHONES[1])),
        with_contacts, history, chart_for(63_508), _agua_brief().tier_history,
        (DutyEntry("legal_review", "done", date(2016, 5, 30), date(2016, 6, 9), "Lic. Beatriz Solís Ángeles",
                   date(2016, 6, 6), "viable", "Procede como derecho humano."),
         DutyEntry("hearing", "done", date(2016, 6, 8), date(2016, 6, 23), "Mtro. Andrés Quiroga Lima", date(2016, 6, 15)),
         DutyEntry("follow_up", "done", date(2016, 6, 15), date(2016, 6, 25), "Mtro. Andrés Quiroga Lima", date(2016, 6, 29)),
         DutyEntry("mayoral_audience", "scheduled", date(2016, 7, 2), date(2016, 8, 1), "Lic. Beatriz Solís Ángeles")),
        (hearing, follow, follow2),
        (FedProvision("Art. 9, F, 3", "Derecho al agua y a su saneamiento", "Reconocer el agua como derecho exigible.",
                      4, "final", AGUA_NEW),),
        "approved",
        (ConsultationRecord("approved_with_remarks", date(2016, 6, 30), "email", "Falta decir «diario».",
                            "Lic. Tomás Herrera Díaz", True, (("Art. 9, F, 3", 3),), "correo-30-junio.eml", "ab12" * 16),
         ConsultationRecord("approved", date(2016, 7, 8), "signed_letter", "", "Lic. Tomás Herrera Díaz", False,
                            (("Art. 9, F, 3", 4),), "carta-firmada.pdf", "cd34" * 16)),
        (("Art. 9, F, 3", AssemblyFate("amended", date(2017, 1, 20), "Aprobada con una adición.", AGUA_ASSEMBLY, 4,
                                       tuple(redline(AGUA_NEW, AGUA_ASSEMBLY)))),))


def empty_petition(lang: str = "es") -> PetitionDossierData:
    return PetitionDossierData(frame(lang), PARQUE, "Parques de bolsillo en cada colonia")


# ------------------------------------------------------------------ a letterhead

LETTERHEAD_TEXT = "GOBIERNO DE LA CIUDAD DE MÉXICO — Consejería Jurídica y de Servicios Legales"
LETTERHEAD_FOOTER = "Plaza de la Constitución 2, Centro, Cuauhtémoc, 06000 Ciudad de México"
TEMPLATE_BODY = "Texto de ejemplo de la plantilla que no debe aparecer"


def letterhead_docx() -> bytes:
    """An office letterhead template: a header with a logo and a line of text, a footer line,
    and body text that the dossiers must clear."""
    import docx
    from docx.shared import Cm

    from .dossier_fixtures_chart import encode_png

    d = docx.Document()
    section = d.sections[0]
    section.top_margin = Cm(3.2)
    logo = encode_png(60, 60, [bytearray((140, 30, 60) * 60) for _ in range(60)])
    header_p = section.header.paragraphs[0]
    header_p.add_run().add_picture(io.BytesIO(logo), width=Cm(1.4))
    header_p.add_run("  " + LETTERHEAD_TEXT).bold = True
    section.footer.paragraphs[0].add_run(LETTERHEAD_FOOTER)
    d.add_paragraph(TEMPLATE_BODY)
    d.add_table(rows=1, cols=2)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def large_assembly(n: int) -> AssemblyDossierData:
    """``n`` provisions, each fed by three petitions with approvals (for the bench)."""
    sample = sample_assembly().provisions
    agua, disc, bici = sample[2], sample[3], sample[5]
    petitions = agua.petitions + (bici.petitions[0],)
    provisions = tuple(replace(agua, citation=f"Art. {i // 10 + 1}, {chr(65 + i % 10)}", heading=f"{agua.heading} {i}",
                               petitions=petitions, assembly=(agua.assembly, disc.assembly, None)[i % 3])
                       for i in range(n))
    return AssemblyDossierData(frame(), provisions)
