"""The invented draft for the demonstration case: provisions of a Mexico City constitution in
the making, their successive wordings, and the sentences the demo's consultations and assembly
outcomes use. Everything here is invented (plausible wording, not any real text).

Each provision lists its versions in order, each with the note of its save and the status it
reached before the next save (``draft``, ``proposed`` or ``final``); the petition topics it
takes (the first provision listing a topic is where that topic's petitions go by default); and
keywords (folded: lower case, no accents) that pull in a petition whose title names them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Wording:
    text: str
    note: str
    status: str  # the status this version reached: draft / proposed / final


@dataclass(frozen=True)
class DraftProvision:
    key: str
    kind: str
    citation: str
    heading: str
    parent: str | None
    versions: tuple[Wording, ...] = ()
    topics: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    contribution: str = ""


FIRST = "Primer borrador a partir de las peticiones."
AFTER_HEARING = "Ajustes tras la audiencia con las personas peticionarias."
TO_COMMITTEE = "Redacción que se propone al grupo redactor."
STYLE = "Corrección de estilo acordada en sesión del grupo redactor."
FINAL = "Redacción final para la Asamblea Constituyente."
REDRAFT = "Nueva redacción tras las observaciones de la audiencia; pendiente de revisión."


def _v(*pairs: tuple[str, str, str]) -> tuple[Wording, ...]:
    return tuple(Wording(*p) for p in pairs)


PROVISIONS: tuple[DraftProvision, ...] = (
    DraftProvision("T2", "titulo", "Título Segundo", "Carta de derechos", None),
    DraftProvision("A8", "articulo", "Art. 8", "Ciudad educadora y del conocimiento", "T2", _v(
        ("En la Ciudad de México todas las personas tienen derecho a la educación y al conocimiento.", FIRST,
         "draft"),
        ("En la Ciudad de México todas las personas tienen derecho a la educación en todos los niveles, al "
         "conocimiento y al aprendizaje a lo largo de la vida. La Ciudad es un espacio educador.", FINAL, "final")),
        topics=("Cultura",),
        contribution="Pidió que la Constitución reconozca la vida cultural de la ciudad como espacio educador."),
    DraftProvision("A8A", "apartado", "Art. 8, A", "Derecho a la educación", "A8", _v(
        ("Toda persona tiene derecho a la educación pública, gratuita y laica. Las autoridades de la Ciudad "
         "mantendrán las escuelas en buen estado.", FIRST, "draft"),
        ("Toda persona tiene derecho a recibir educación pública, gratuita, laica, inclusiva y de calidad. Las "
         "autoridades de la Ciudad garantizarán que los planteles sean seguros, accesibles y cuenten con agua "
         "potable, sanitarios dignos y comedor.", AFTER_HEARING, "proposed"),
        ("Toda persona tiene derecho a recibir educación pública, gratuita, laica, inclusiva, intercultural y de "
         "calidad. Las autoridades de la Ciudad garantizarán que los planteles sean seguros, accesibles y "
         "cuenten con agua potable, sanitarios dignos y, de manera progresiva, con comedor y jornada "
         "ampliada.", FINAL, "final")),
        topics=("Educación",), keywords=("escuela",),
        contribution="Aportó la exigencia de escuelas seguras, con agua, sanitarios y comedor."),
    DraftProvision("A9", "articulo", "Art. 9", "Ciudad solidaria", "T2", _v(
        ("La Ciudad de México es solidaria. Sus autoridades procurarán que nadie quede excluido del acceso a los "
         "bienes y servicios básicos.", FIRST, "draft"),
        ("La Ciudad de México es solidaria. Sus autoridades garantizarán, con el máximo de los recursos "
         "disponibles, que ninguna persona quede excluida del acceso a los bienes y servicios indispensables "
         "para una vida digna.", FINAL, "final")),
        topics=("Salud", "Alimentación", "Trabajo"),
        contribution="Su propuesta se recoge en la garantía general de una vida digna; el detalle corresponde "
                     "a la legislación secundaria."),
    DraftProvision("A9E", "apartado", "Art. 9, E", "Derecho a la vivienda", "A9", _v(
        ("Toda persona tiene derecho a una vivienda adecuada. La ley establecerá programas de vivienda para las "
         "familias de bajos ingresos.", FIRST, "draft"),
        ("Toda persona tiene derecho a una vivienda adecuada, con seguridad en la tenencia, servicios, "
         "accesibilidad y ubicación cercana a las fuentes de empleo. Las autoridades impulsarán la vivienda "
         "asequible y protegerán a las personas contra los desalojos forzosos.", TO_COMMITTEE, "proposed"),
        ("Toda persona tiene derecho a una vivienda adecuada, con seguridad jurídica en la tenencia, servicios "
         "básicos, accesibilidad, habitabilidad y ubicación cercana a las fuentes de empleo. Las autoridades "
         "impulsarán la vivienda asequible y ninguna persona podrá ser desalojada sin un procedimiento previo y "
         "sin que se le ofrezcan alternativas de vivienda.", FINAL, "final")),
        topics=("Vivienda",), keywords=("vivienda", "desaloj"),
        contribution="Aportó la protección contra los desalojos sin alternativa de vivienda."),
    DraftProvision("A9F", "apartado", "Art. 9, F", "Derecho al agua y a su saneamiento", "A9", _v(
        ("La Ciudad garantiza el derecho al agua y a su saneamiento.", FIRST, "draft"),
        ("La Ciudad garantiza el derecho al agua y a su saneamiento conforme a las bases siguientes:", FINAL,
         "final"))),
    DraftProvision("A9F1", "numeral", "Art. 9, F, 1", "Acceso al agua potable", "A9F", _v(
        ("Toda persona tiene derecho al acceso al agua potable para uso personal y doméstico.", FIRST, "draft"),
        ("Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable suficiente, salubre, "
         "segura y asequible para uso personal y doméstico.", TO_COMMITTEE, "proposed"),
        ("Toda persona tiene derecho al acceso, disposición y saneamiento de agua potable suficiente, salubre, "
         "segura, asequible y de calidad para uso personal y doméstico, de forma diaria y continua. Ninguna "
         "colonia recibirá el servicio por tandeo de manera permanente.", FINAL, "final")),
        topics=("Agua",), keywords=("agua potable", "tandeo", "suministro"),
        contribution="Aportó el suministro diario y continuo y el fin del tandeo permanente."),
    DraftProvision("A9F2", "numeral", "Art. 9, F, 2", "Gestión pública del agua", "A9F", _v(
        ("El servicio de agua potable es público.", FIRST, "draft"),
        ("El servicio de agua potable y drenaje es público y no podrá ser privatizado.", AFTER_HEARING, "proposed"),
        ("La gestión del agua es pública, sin fines de lucro, transparente y con participación ciudadana. El "
         "servicio de agua potable y drenaje no podrá ser privatizado ni concesionado.", FINAL, "final")),
        topics=("Agua",), keywords=("privatiz", "sistema de aguas"),
        contribution="Aportó la prohibición de privatizar el servicio y la gestión pública y transparente."),
    DraftProvision("A9F3", "numeral", "Art. 9, F, 3", "Lluvia, ríos y manantiales", "A9F", _v(
        ("Las autoridades promoverán la captación de agua de lluvia.", FIRST, "draft"),
        ("Las autoridades promoverán la captación y el aprovechamiento del agua de lluvia, el tratamiento y "
         "reúso de las aguas residuales y el rescate de los ríos y manantiales de la Ciudad.", AFTER_HEARING,
         "draft"),
        ("Las autoridades promoverán la captación y el aprovechamiento del agua de lluvia en los edificios "
         "públicos y en las viviendas, el tratamiento y reúso de las aguas residuales, y el rescate y "
         "saneamiento de los ríos, cuerpos de agua y manantiales de la Ciudad.", FINAL, "final")),
        topics=("Agua",), keywords=("lluvia", "rios", "manantiales"),
        contribution="Aportó la captación de lluvia y el rescate de ríos y manantiales."),
    DraftProvision("A11", "articulo", "Art. 11", "Ciudad incluyente", "T2", _v(
        ("La Ciudad garantizará la igualdad y la no discriminación.", FIRST, "draft"),
        ("La Ciudad garantizará a todas las personas la igualdad sustantiva y el ejercicio pleno de sus derechos "
         "sin discriminación alguna, y adoptará medidas de nivelación e inclusión para los grupos de atención "
         "prioritaria.", FINAL, "final")),
        topics=("Personas con discapacidad", "Diversidad sexual", "Personas mayores", "Personas migrantes",
                "Niñas, niños y adolescentes"),
        contribution="Su propuesta entra en las medidas de inclusión para los grupos de atención prioritaria."),
    DraftProvision("A11C", "apartado", "Art. 11, C", "Derechos de las mujeres", "A11", _v(
        ("Las mujeres tienen derecho a una vida libre de violencia.", FIRST, "draft"),
        ("Se reconoce la contribución fundamental de las mujeres en el desarrollo de la ciudad. Las autoridades "
         "garantizarán su derecho a una vida libre de violencia, en los espacios públicos y privados, y en el "
         "transporte público.", AFTER_HEARING, "proposed"),
        ("Se reconoce la contribución fundamental de las mujeres en el desarrollo de la ciudad y el valor del "
         "trabajo de cuidados. Las autoridades garantizarán su derecho a una vida libre de violencia en los "
         "espacios públicos y privados y en el transporte público, y la paridad de género en los cargos "
         "públicos.", FINAL, "final")),
        topics=("Derechos de las mujeres",), keywords=("mujeres",),
        contribution="Aportó la vida libre de violencia en la calle y en el transporte, y el trabajo de cuidados."),
    DraftProvision("A11R", "apartado", "Art. 11, R", "Derechos de los pueblos y barrios originarios", "A11", _v(
        ("Se reconocen los derechos de los pueblos y barrios originarios de la Ciudad.", FIRST, "draft"),
        ("Los pueblos y barrios originarios de la Ciudad tienen derecho a la libre determinación, a conservar sus "
         "lenguas, culturas y formas de organización, y a ser consultados sobre las medidas que les afecten.",
         TO_COMMITTEE, "proposed"),
        ("Los pueblos y barrios originarios y las comunidades indígenas residentes tienen derecho a la libre "
         "determinación, a conservar y enseñar sus lenguas, culturas y formas de organización, y a ser "
         "consultados de manera previa, libre e informada sobre las medidas que les afecten.", REDRAFT, "draft")),
        topics=("Pueblos y barrios originarios",), keywords=("nahuatl", "originarios"),
        contribution="Aportó la enseñanza de las lenguas originarias y la consulta previa."),
    DraftProvision("A12", "articulo", "Art. 12", "Derecho a la ciudad", "T2", _v(
        ("La Ciudad garantiza el derecho a la ciudad.", FIRST, "draft"),
        ("La Ciudad de México garantiza el derecho a la ciudad, que consiste en el uso y disfrute pleno y "
         "equitativo de la ciudad, fundado en la justicia social, la democracia, la participación y el respeto "
         "a la diversidad.", TO_COMMITTEE, "proposed"),
        ("La Ciudad de México garantiza el derecho a la ciudad, que consiste en el uso y disfrute pleno y "
         "equitativo de la ciudad, fundado en los principios de justicia social, democracia, participación, "
         "igualdad, sustentabilidad y respeto a la diversidad cultural y a la naturaleza. Las personas "
         "participarán en la planeación de la ciudad y en la vigilancia del ejercicio del presupuesto.", FINAL,
         "final")),
        topics=("Derecho a la ciudad", "Participación ciudadana", "Transparencia"),
        keywords=("presupuesto",),
        contribution="Aportó la participación de las personas en la planeación y en la vigilancia del presupuesto."),
    DraftProvision("A13", "articulo", "Art. 13", "Ciudad habitable", "T2", _v(
        ("Toda persona tiene derecho a vivir en una ciudad habitable.", FIRST, "draft"),
        ("Toda persona tiene derecho a una ciudad habitable, con un medio ambiente sano, espacios públicos "
         "seguros y una movilidad eficiente, en armonía con la naturaleza.", FINAL, "final")),
        topics=("Seguridad",),
        contribution="Su propuesta se recoge en la garantía de espacios públicos seguros."),
    DraftProvision("A13B", "apartado", "Art. 13, B", "Protección a los animales", "A13", _v(
        ("La Ciudad protegerá a los animales.", FIRST, "draft"),
        ("Esta Constitución reconoce a los animales como seres sintientes que deben recibir trato digno. Las "
         "autoridades prohibirán el maltrato animal y promoverán su adopción responsable.", TO_COMMITTEE,
         "proposed")),
        topics=("Animales",), keywords=("animal",),
        contribution="Aportó el reconocimiento de los animales como seres sintientes."),
    DraftProvision("A13D", "apartado", "Art. 13, D", "Derecho al espacio público", "A13", _v(
        ("Las personas tienen derecho a usar el espacio público.", FIRST, "draft"),
        ("Toda persona tiene derecho a usar, disfrutar y aprovechar el espacio público para la convivencia, la "
         "recreación y la expresión cultural. Las banquetas, plazas y parques serán accesibles, seguros y "
         "arbolados.", AFTER_HEARING, "proposed"),
        ("Toda persona tiene derecho a usar, disfrutar y aprovechar todos los espacios públicos para la "
         "convivencia pacífica, la recreación y el ejercicio de las libertades políticas y culturales. Las "
         "banquetas, plazas y parques serán amplios, accesibles, seguros y arbolados, y su uso no podrá "
         "privatizarse.", FINAL, "final")),
        topics=("Espacio público",), keywords=("banquetas", "plazas"),
        contribution="Aportó las banquetas amplias y arboladas y el libre uso de las plazas."),
    DraftProvision("A13E", "apartado", "Art. 13, E", "Derecho a la movilidad", "A13", _v(
        ("Toda persona tiene derecho a la movilidad.", FIRST, "draft"),
        ("Toda persona tiene derecho a la movilidad en condiciones de seguridad, accesibilidad, eficiencia, "
         "sustentabilidad, calidad e igualdad, conforme a las bases siguientes:", FINAL, "final"))),
    DraftProvision("A13E1", "numeral", "Art. 13, E, 1", "Jerarquía de movilidad", "A13E", _v(
        ("Las autoridades darán prioridad a los peatones.", FIRST, "draft"),
        ("De acuerdo con la jerarquía de movilidad, se dará prioridad a los peatones, en especial a las personas "
         "con discapacidad y movilidad limitada, y después a los ciclistas y al transporte público.",
         AFTER_HEARING, "proposed"),
        ("De acuerdo con la jerarquía de movilidad, se otorgará prioridad en la planeación, en el presupuesto y "
         "en el uso de la vía pública a los peatones, en especial a las personas con discapacidad o movilidad "
         "limitada; después a los ciclistas, al transporte público y al transporte de carga; y al final al "
         "automóvil particular.", FINAL, "final")),
        topics=("Movilidad",), keywords=("peaton", "cruces"),
        contribution="Aportó la prioridad del peatón sobre el automóvil."),
    DraftProvision("A13E2", "numeral", "Art. 13, E, 2", "Transporte público y ciclovías", "A13E", _v(
        ("Las autoridades mejorarán el transporte público.", FIRST, "draft"),
        ("Las autoridades garantizarán un sistema integrado de transporte público accesible, asequible y de "
         "calidad, y una red de infraestructura ciclista segura y conectada con él.", AFTER_HEARING, "draft"),
        ("Las autoridades garantizarán un sistema integrado de transporte público accesible, asequible, seguro "
         "para las mujeres y de calidad, que llegue a la periferia de la ciudad, y una red de ciclovías "
         "confinadas conectada con él.", FINAL, "final")),
        topics=("Bicicletas y ciclovías", "Movilidad"),
        keywords=("transporte publico", "metro", "ciclovia", "bicicleta", "tarifa"),
        contribution="Aportó el transporte público seguro y asequible y la red de ciclovías confinadas."),
    DraftProvision("T3", "titulo", "Título Tercero", "Desarrollo sustentable de la ciudad", None),
    DraftProvision("A16", "articulo", "Art. 16", "Ordenamiento territorial", "T3", _v(
        ("La Ciudad ordenará su territorio conforme al interés público.", FIRST, "draft"),
        ("La Ciudad ordenará su territorio conforme al interés público, la sustentabilidad y el derecho a la "
         "ciudad, y protegerá el suelo de conservación, que no podrá urbanizarse.", FINAL, "final"))),
    DraftProvision("A16A", "apartado", "Art. 16, A", "Medio ambiente", "A16", _v(
        ("Toda persona tiene derecho a un medio ambiente sano.", FIRST, "draft"),
        ("Toda persona tiene derecho a un medio ambiente sano para su desarrollo y bienestar. Las autoridades "
         "protegerán el aire, el suelo de conservación, las barrancas y los cuerpos de agua.", TO_COMMITTEE,
         "proposed"),
        ("Toda persona tiene derecho a un medio ambiente sano para su desarrollo y bienestar, y a respirar aire "
         "limpio. Las autoridades adoptarán medidas para prevenir y reducir la contaminación y protegerán el "
         "suelo de conservación, las áreas naturales, las barrancas y los cuerpos de agua.", STYLE, "final")),
        topics=("Medio ambiente",), keywords=("aire limpio", "suelo de conservacion"),
        contribution="Aportó el derecho a respirar aire limpio y la protección del suelo de conservación."),
)

#: where a petition goes whose topic no provision takes
FALLBACK = "A12"
FALLBACK_CONTRIBUTION = ("Su propuesta se recoge en el principio general del derecho a la ciudad; el detalle "
                         "corresponde a la legislación secundaria.")

#: the change made after one petitioner approved, which makes that approval stale
LATE_SENTENCE = "Las autoridades informarán cada año al Congreso de la Ciudad sobre su cumplimiento."
LATE_NOTE = ("La Consejería pidió añadir la obligación de informar al Congreso; la persona peticionaria ya "
             "había dado su visto bueno a la redacción anterior y debe consultarse de nuevo.")

#: (the remarks as the clerk records them, the same in the petitioner's own words for the letter)
REJECTION = ("La persona peticionaria no acepta la redacción: considera que se queda corta porque no fija plazos "
             "ni presupuesto a las autoridades, y pide que el texto recoja expresamente lo que planteó su petición.",
             "considero que se queda corta porque no fija plazos ni presupuesto a las autoridades, y pido que el "
             "texto recoja expresamente lo que planteó mi petición.")
REMARKS = (
    ("Está de acuerdo con la redacción, pero pide que la ley secundaria fije plazos y presupuesto para cumplirla.",
     "pido que la ley secundaria fije plazos y presupuesto para cumplirla."),
    ("Da su visto bueno; sugiere mencionar expresamente a las alcaldías entre las autoridades obligadas.",
     "sugiero mencionar expresamente a las alcaldías entre las autoridades obligadas."),
)
REQUEST_NOTE = ("Petición en revisión jurídica que dio origen a parte de la redacción; la Consejería pide "
                "consultar a su promovente aunque no alcanzó el nivel de audiencia.")

#: the assembly's decision on some provisions: (key, fate, the assembly's text when amended, note)
FATES: tuple[tuple[str, str, str, str], ...] = (
    ("A9F1", "kept", "", "Aprobado en sus términos."),
    ("A9F2", "amended", "La gestión del agua es pública y sin fines de lucro. El servicio de agua potable y drenaje "
     "no podrá ser privatizado.", "La Asamblea suprimió la prohibición de concesionar y la mención a la "
     "participación ciudadana."),
    ("A11C", "kept", "", "Aprobado en sus términos, por unanimidad."),
    ("A12", "kept", "", "Aprobado en sus términos."),
    ("A8A", "kept", "", "Aprobado en sus términos."),
    ("A16A", "kept", "", "Aprobado en sus términos."),
)

#: the provision the assembly removed: the first of these that a petition fed (else the first)
REMOVALS: tuple[tuple[str, str], ...] = (
    ("A13E1", "La Asamblea remitió la jerarquía de movilidad a la ley de movilidad de la Ciudad."),
    ("A13D", "La Asamblea consideró que el espacio público ya queda protegido en el Art. 13 y suprimió el "
             "apartado."),
    ("A9F3", "La Asamblea consideró que la materia corresponde a la ley de aguas de la Ciudad."),
)

SESSION_PLACE = "Sala de juntas del grupo redactor"
SESSION_NOTE = "Sesión ordinaria {n} del grupo redactor."
UPCOMING_NOTE = "Revisar la redacción pendiente antes de enviarla a la Asamblea."
CONSULT_ADDRESS = "consulta.constitucion@example.org"
