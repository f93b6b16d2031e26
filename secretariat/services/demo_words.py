"""Word lists for the invented demonstration case (Mexico City, 2016).

Everything here is invented. Names are common Mexican given names and surnames combined at
random; pairs that would name a well-known public figure are refused (``BLOCKED_NAMES``).
Contact details use the documentation domains ``example.org`` / ``example.com`` and phone
numbers of the form ``55 0100 xxxx``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    name: str
    weight: int
    claims: tuple[str, ...]       # noun phrases: "Que la Constitución reconozca <claim>"
    problems: tuple[str, ...]     # first sentence of a summary; may contain {place}
    standalone: tuple[tuple[str, str], ...] = ()  # (whole title, its claim), each used at most once


# Title frames: {claim} is a claim of the topic, {place} a delegación.
FRAMES = (
    "Que la Constitución de la CDMX reconozca {claim}",
    "Que la nueva Constitución de la Ciudad de México garantice {claim}",
    "Incluir en la Constitución de la CDMX {claim}",
    "Constituyentes: incluyan {claim} en la Carta de la Ciudad",
    "Queremos {claim} en la Constitución de la CDMX",
    "Que la Asamblea Constituyente establezca {claim}",
    "Firma para que la Constitución capitalina incluya {claim}",
    "Por una Constitución de la Ciudad de México que garantice {claim}",
)
PLACE_FRAMES = (
    "Garantizar {claim} en {place}",
    "Vecinos de {place} pedimos {claim}",
    "Desde {place}: que la Constitución garantice {claim}",
)
ASKS = ("reconozca", "garantice", "incluya", "establezca")
CLOSINGS = (
    "Firma y comparte para que el grupo redactor escuche nuestra propuesta.",
    "Si llegamos a 5,000 firmas, la Consejería Jurídica revisará la propuesta.",
    "Es la oportunidad de que la primera Constitución de la ciudad refleje lo que vivimos todos los días.",
    "Necesitamos tu firma para que esta propuesta llegue a la Asamblea Constituyente.",
    "Las vecinas y los vecinos llevamos años con esta demanda; ahora puede quedar en la Constitución.",
    "Cada firma cuenta para que nos reciban en audiencia.",
)

PLACES = (
    "Iztapalapa", "Gustavo A. Madero", "Coyoacán", "Tlalpan", "Xochimilco", "Álvaro Obregón",
    "Cuauhtémoc", "Benito Juárez", "Miguel Hidalgo", "Azcapotzalco", "Iztacalco",
    "Venustiano Carranza", "Tláhuac", "Milpa Alta", "La Magdalena Contreras", "Cuajimalpa",
)

TOPICS = (
    Topic("Agua", 6, (
        "el derecho humano al agua potable y al saneamiento",
        "el suministro diario de agua en las colonias con tandeo",
        "la prohibición de privatizar el servicio de agua",
        "la captación de agua de lluvia en los edificios públicos",
        "el rescate de los ríos entubados de la ciudad",
        "la gestión pública y transparente del sistema de aguas",
        "la protección de los manantiales del sur de la ciudad",
    ), (
        "Miles de familias reciben agua por tandeo o dependen de pipas que llegan tarde.",
        "En {place} hay colonias donde el agua llega sólo dos días a la semana y turbia.",
        "Una parte enorme del agua potable se pierde en fugas mientras el acuífero se agota.",
    ), (("¡No a la privatización del agua en la Ciudad de México!",
         "la prohibición de privatizar el servicio de agua"),
        ("Agua para Iztapalapa: un derecho, no un favor",
         "el suministro diario de agua en las colonias con tandeo"))),
    Topic("Movilidad", 6, (
        "la movilidad peatonal segura",
        "la prioridad del peatón sobre el automóvil",
        "un transporte público digno, accesible y asequible",
        "el derecho a la movilidad como derecho humano",
        "cruces peatonales seguros en las avenidas principales",
        "la ampliación del Metro y del Metrobús a la periferia",
        "tarifas justas en el transporte público",
    ), (
        "Cruzar una avenida en {place} es jugarse la vida todos los días.",
        "Millones de personas pasan más de tres horas diarias en el transporte público.",
        "Las banquetas rotas y los puentes antipeatonales excluyen a quienes caminan.",
    ), (("La calle es de todos: peatones primero en la Constitución",
         "la prioridad del peatón sobre el automóvil"),)),
    Topic("Bicicletas y ciclovías", 4, (
        "una red de ciclovías confinadas en toda la ciudad",
        "el derecho a circular en bicicleta de forma segura",
        "biciestacionamientos seguros en las estaciones del Metro",
        "la ampliación del sistema de bicicletas públicas a todas las delegaciones",
        "ciclovías protegidas en las avenidas con más accidentes",
    ), (
        "Cada mes mueren ciclistas atropellados en calles sin infraestructura segura.",
        "En {place} no existe una sola ciclovía que conecte con el transporte público.",
        "Cada vez más personas usan la bicicleta para ir a trabajar, pero la ciudad no las protege.",
    ), (("Ciclovías seguras en toda la ciudad: que la Constitución lo garantice",
         "una red de ciclovías confinadas en toda la ciudad"),)),
    Topic("Vivienda", 5, (
        "el derecho a una vivienda adecuada",
        "la vivienda asequible para las familias de bajos ingresos",
        "la protección contra los desalojos forzosos",
        "créditos de vivienda para personas jóvenes",
        "la regulación de las rentas en las colonias centrales",
        "la vivienda digna para las familias damnificadas",
    ), (
        "Las rentas en la ciudad han subido mucho más rápido que los salarios.",
        "En {place} hay familias que viven desde hace años en campamentos provisionales.",
        "Cada vez más familias tienen que irse a vivir lejos de su trabajo porque no pueden pagar una casa.",
    )),
    Topic("Derechos de las mujeres", 6, (
        "el derecho de las mujeres a una vida libre de violencia",
        "la igualdad salarial entre mujeres y hombres",
        "la paridad de género en todos los cargos públicos",
        "el derecho a decidir sobre el propio cuerpo",
        "transporte público seguro para las mujeres",
        "refugios para mujeres víctimas de violencia en cada delegación",
        "el reconocimiento del trabajo de cuidados",
    ), (
        "Las mujeres de la ciudad sufren acoso en la calle y en el transporte todos los días.",
        "En {place} no hay un solo refugio para mujeres que huyen de la violencia.",
        "Las mujeres dedican el doble de horas que los hombres a cuidar sin recibir pago.",
    ), (("Ni una más: que la Constitución garantice a las mujeres una vida libre de violencia",
         "el derecho de las mujeres a una vida libre de violencia"),)),
    Topic("Personas con discapacidad", 4, (
        "la accesibilidad universal en el transporte público",
        "los derechos de las personas con discapacidad",
        "la educación inclusiva en todas las escuelas",
        "la lengua de señas mexicana en los servicios públicos",
        "el empleo para personas con discapacidad en el gobierno de la ciudad",
    ), (
        "La mayoría de las estaciones del Metro no tienen elevadores que funcionen.",
        "En {place} las banquetas y los edificios públicos son inaccesibles para sillas de ruedas.",
        "Las personas sordas no pueden hacer un trámite sin intérprete.",
    )),
    Topic("Pueblos y barrios originarios", 4, (
        "los derechos colectivos de los pueblos y barrios originarios",
        "la consulta previa a los pueblos originarios",
        "la protección de las tierras comunales del sur de la ciudad",
        "la enseñanza del náhuatl en las escuelas públicas",
        "la autonomía de los pueblos originarios en sus formas de gobierno",
    ), (
        "Los pueblos de {place} existían antes que la ciudad y sus derechos siguen sin reconocerse.",
        "Las obras se aprueban sin preguntar a las comunidades que viven en esas tierras.",
        "Las lenguas originarias se pierden porque nadie las enseña en la escuela.",
    )),
    Topic("Espacio público", 4, (
        "el libre uso de las plazas y parques públicos",
        "la recuperación de los parques abandonados",
        "la prohibición de concesionar el espacio público a empresas",
        "banquetas amplias y arboladas",
        "alumbrado público en todas las calles",
    ), (
        "En {place} los parques están abandonados o cercados por negocios privados.",
        "Las plazas públicas se concesionan sin consultar a los vecinos.",
        "Las calles oscuras y sin banquetas son peligrosas para quien camina de noche.",
    )),
    Topic("Animales", 5, (
        "la protección de los animales como seres sintientes",
        "la prohibición del maltrato animal",
        "la prohibición de las corridas de toros",
        "la esterilización gratuita de perros y gatos",
        "la protección de los animales en situación de calle",
        "hospitales veterinarios públicos",
    ), (
        "Miles de perros y gatos viven en la calle y sufren maltrato sin que nadie responda.",
        "En {place} los centros de control animal no tienen recursos para atender a los animales.",
        "El maltrato animal casi nunca se castiga en la ciudad.",
    ), (("Que la Constitución de la CDMX reconozca a los animales como seres sintientes",
         "la protección de los animales como seres sintientes"),
        ("Alto al maltrato animal: que quede prohibido en la Constitución capitalina",
         "la prohibición del maltrato animal"))),
    Topic("Transparencia", 3, (
        "el acceso a la información pública de todas las dependencias",
        "la publicación de todos los contratos del gobierno de la ciudad",
        "la rendición de cuentas de las delegaciones",
        "un sistema local anticorrupción con participación ciudadana",
        "las declaraciones patrimoniales públicas de todos los funcionarios",
    ), (
        "No sabemos en qué se gasta el presupuesto de {place}.",
        "Los contratos de obra pública se asignan sin licitación y sin información.",
        "Las solicitudes de información se responden tarde y a medias.",
    )),
    Topic("Seguridad", 4, (
        "el derecho a vivir en una ciudad segura",
        "una policía de proximidad capacitada en derechos humanos",
        "la atención integral a las víctimas del delito",
        "la búsqueda de personas desaparecidas",
        "la prevención del delito con programas para jóvenes",
    ), (
        "En {place} los asaltos en el transporte público se han vuelto cotidianos.",
        "Las víctimas de delitos tienen que esperar horas en el ministerio público sin ser atendidas.",
        "Las familias de personas desaparecidas buscan solas, sin apoyo de las autoridades.",
    )),
    Topic("Medio ambiente", 5, (
        "el derecho a un medio ambiente sano",
        "la protección del suelo de conservación",
        "la protección de los árboles urbanos",
        "el aire limpio como derecho de todas las personas",
        "la separación y el reciclaje obligatorio de los residuos",
        "la protección de los canales y chinampas de Xochimilco",
    ), (
        "El suelo de conservación del sur de la ciudad se pierde cada año por la mancha urbana.",
        "En {place} se talan árboles para construir sin que nadie rinda cuentas.",
        "Las contingencias ambientales muestran que el aire de la ciudad nos está enfermando.",
    ), (("Salvemos Xochimilco: protección constitucional para sus canales",
         "la protección de los canales y chinampas de Xochimilco"),)),
    Topic("Cultura", 3, (
        "el derecho de acceso a la cultura",
        "casas de cultura con presupuesto propio en cada colonia",
        "la protección del patrimonio histórico del Centro",
        "el derecho a hacer arte en la calle",
        "bibliotecas públicas abiertas en fines de semana",
    ), (
        "Las casas de cultura de {place} están cerradas o sin presupuesto.",
        "Los artistas callejeros son retirados de las plazas por la policía.",
        "El patrimonio histórico se deteriora sin un plan para protegerlo.",
    )),
    Topic("Trabajo", 4, (
        "un salario digno para todas las personas trabajadoras",
        "los derechos de las personas trabajadoras del hogar",
        "los derechos de las personas trabajadoras no asalariadas",
        "el seguro de desempleo",
        "guarderías públicas para madres y padres que trabajan",
    ), (
        "Muchas personas trabajan jornadas completas y aun así no les alcanza para vivir.",
        "Las trabajadoras del hogar no tienen seguridad social ni contrato.",
        "En {place} miles de comerciantes trabajan en la calle sin ningún derecho laboral.",
    )),
    Topic("Diversidad sexual", 3, (
        "los derechos de las personas LGBTTTI",
        "la identidad de género autopercibida",
        "la no discriminación por orientación sexual",
        "el reconocimiento de todas las familias",
    ), (
        "Las personas trans siguen enfrentando discriminación para estudiar, trabajar o hacer trámites.",
        "La ciudad ha sido pionera en derechos, pero falta que queden en su Constitución.",
        "Los crímenes de odio contra la población LGBTTTI siguen impunes.",
    )),
    Topic("Personas migrantes", 2, (
        "los derechos de las personas migrantes y refugiadas",
        "el carácter de ciudad santuario para las personas migrantes",
        "el acceso de las personas migrantes a los servicios de salud",
        "la atención a las personas mexicanas que regresan del extranjero",
    ), (
        "Miles de personas migrantes pasan por la ciudad sin acceso a servicios básicos.",
        "Quienes regresan a la ciudad después de años en el extranjero no pueden revalidar sus estudios.",
        "Las personas refugiadas enfrentan trámites imposibles para trabajar.",
    )),
    Topic("Salud", 5, (
        "el derecho a la salud universal y gratuita",
        "medicamentos gratuitos en los centros de salud",
        "la atención de la salud mental en los servicios públicos",
        "centros de salud abiertos las 24 horas",
        "la atención médica a domicilio para personas mayores",
    ), (
        "En {place} los centros de salud no tienen medicamentos ni personal suficiente.",
        "La atención de la salud mental casi no existe en los servicios públicos.",
        "Las familias gastan lo que no tienen en medicinas que deberían ser gratuitas.",
    )),
    Topic("Educación", 5, (
        "el derecho a la educación pública gratuita en todos los niveles",
        "escuelas de tiempo completo con comedor",
        "la educación sexual integral en las escuelas",
        "una universidad pública en cada delegación",
        "escuelas seguras y en buen estado",
    ), (
        "Miles de jóvenes se quedan cada año sin lugar en la universidad pública.",
        "En {place} hay escuelas con techos dañados y sin agua en los baños.",
        "Las madres que trabajan no tienen dónde dejar a sus hijos por la tarde.",
    )),
    Topic("Derecho a la ciudad", 4, (
        "el derecho a la ciudad",
        "la participación vecinal en los cambios de uso de suelo",
        "la consulta obligatoria antes de las grandes obras",
        "la función social del suelo urbano",
        "el presupuesto participativo en todas las colonias",
    ), (
        "En {place} se construyen torres sin consultar a quienes viven ahí.",
        "Las grandes obras se deciden en oficinas y las pagan los vecinos.",
        "La ciudad se planea para los negocios y no para quienes la habitamos.",
    )),
    Topic("Personas mayores", 3, (
        "los derechos de las personas mayores",
        "la pensión universal para personas mayores",
        "centros de día para personas mayores en cada colonia",
    ), (
        "Muchas personas mayores viven solas y sin ingresos suficientes.",
        "En {place} no hay un solo centro de día para personas mayores.",
        "Las personas mayores son tratadas como una carga y no como ciudadanos con derechos.",
    )),
    Topic("Niñas, niños y adolescentes", 3, (
        "los derechos de niñas, niños y adolescentes",
        "el derecho al juego y a espacios seguros para la infancia",
        "la protección de la infancia contra el trabajo infantil",
        "la participación de niñas y niños en las decisiones de la ciudad",
    ), (
        "En {place} muchos niños y niñas no tienen un parque seguro cerca de casa.",
        "Miles de niñas y niños trabajan en las calles de la ciudad.",
        "Las niñas y los niños nunca son consultados sobre la ciudad en la que crecen.",
    )),
    Topic("Participación ciudadana", 3, (
        "la revocación de mandato",
        "la iniciativa ciudadana para proponer leyes",
        "el plebiscito y la consulta popular vinculantes",
        "las candidaturas independientes sin requisitos imposibles",
    ), (
        "Las y los ciudadanos votamos cada tres años y después nadie nos escucha.",
        "Los mecanismos de participación existen en el papel pero nunca se usan.",
        "En {place} las decisiones importantes se toman sin preguntar a nadie.",
    )),
    Topic("Alimentación", 2, (
        "el derecho a una alimentación adecuada",
        "comedores comunitarios en cada colonia",
        "la protección de los mercados públicos",
        "el apoyo a la producción agrícola de la zona rural",
    ), (
        "Muchas familias de {place} no pueden pagar una alimentación suficiente.",
        "Los mercados públicos están abandonados frente a las grandes cadenas.",
        "Los productores de la zona rural venden a pérdida sus cosechas.",
    )),
)

# Admissibility specials: whole petitions with a fixed decision and note.
RESTRICTS_RIGHTS = (
    ("Que la Constitución de la CDMX prohíba las marchas en Paseo de la Reforma", "Espacio público",
     "Las marchas paralizan la ciudad y afectan a comercios y trabajadores todos los días.",
     "Restringe la libertad de reunión y de manifestación que reconocen los artículos 6 y 9 de la "
     "Constitución federal."),
    ("Que la Ciudad de México niegue los servicios públicos a personas migrantes sin documentos",
     "Personas migrantes",
     "Los servicios públicos de la ciudad deben ser primero para quienes nacieron en ella.",
     "Restringe derechos que el artículo 1 de la Constitución federal reconoce a toda persona, sin "
     "distinción de origen nacional."),
)
OUTSIDE_MATTER = (
    ("Que la Constitución de la CDMX elimine el horario de verano", "Medio ambiente",
     "El cambio de horario afecta el sueño y la salud de millones de personas cada año.",
     "El horario de verano es materia federal; la Constitución de la ciudad no puede regularlo."),
    ("Que la Constitución capitalina fije el precio de la gasolina", "Movilidad",
     "El precio de la gasolina sube cada mes y golpea el bolsillo de las familias.",
     "Los precios de los combustibles son materia federal, fuera del ámbito de la Constitución local."),
)
OTHER = (
    ("Que los constituyentes lean todas las peticiones ciudadanas", "Participación ciudadana",
     "Queremos saber que nuestras propuestas no se quedan en un cajón.",
     "No propone contenido para el texto constitucional; se turnó como sugerencia de procedimiento."),
)
DUPLICATE_NOTE = "Misma propuesta que la petición original; las firmas se consideran en el análisis de aquella."

GIVEN_FEMALE = (
    "María", "Guadalupe", "Ana", "Alejandra", "Fernanda", "Sofía", "Daniela", "Patricia", "Verónica",
    "Gabriela", "Mariana", "Andrea", "Diana", "Rosa", "Laura", "Adriana", "Ximena", "Valeria",
    "Itzel", "Citlali", "Brenda", "Karla", "Érika", "Mónica", "Leticia", "Silvia", "Teresa",
    "Yolanda", "Beatriz", "Norma", "Araceli", "Elena", "Lucía", "Paola", "Renata", "Martha",
    "Lorena", "Carmen", "Irma", "Rocío", "Jazmín", "Montserrat", "Jimena", "Alma", "Nayeli",
)
GIVEN_MALE = (
    "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Ricardo", "Fernando", "Alejandro",
    "Eduardo", "Héctor", "Raúl", "Arturo", "Sergio", "Javier", "Roberto", "Óscar", "Martín",
    "Pedro", "Ramón", "Emilio", "Santiago", "Diego", "Iván", "Omar", "Rodrigo", "Tonatiuh",
    "Gerardo", "Hugo", "Víctor", "Daniel", "Alfredo", "Rubén", "Ulises", "Mauricio", "Francisco",
    "Antonio", "Jesús", "Manuel", "Israel", "Rafael", "Salvador", "Alberto", "Armando", "Joel",
)
GIVEN_COMPOUND = (
    "María Fernanda", "María José", "Ana Laura", "María Guadalupe", "Ana Karen", "Juan Carlos",
    "José Luis", "Luis Fernando", "Jorge Alberto", "José Antonio", "Juan Pablo", "Luis Ángel",
)
SURNAMES = (
    "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres",
    "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero",
    "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina",
    "Castro", "Vargas", "Guzmán", "Velázquez", "Rojas", "Contreras", "Salazar", "Luna", "Ortega",
    "Cortés", "Guerrero", "Estrada", "Bautista", "Soto", "Ríos", "Navarro", "Sandoval", "Campos",
    "Núñez", "Cervantes", "Espinoza", "Fuentes", "Mejía", "Carrillo", "Pineda", "Trejo", "Zamora",
    "Acosta", "Olvera", "Rosales", "Tapia", "Villegas", "Ibarra", "Lara", "Becerra",
)
# (given name, first surname) pairs that would read as a well-known person: never generated.
BLOCKED_NAMES = frozenset({
    ("Jesús", "Ortega"), ("Jorge", "Campos"), ("Hugo", "Sánchez"), ("Javier", "Hernández"),
    ("Diego", "Luna"), ("Jorge", "Ramos"), ("Alejandro", "Moreno"), ("Rafael", "Márquez"),
    ("Luis", "Miguel"), ("Carlos", "Slim"), ("Ricardo", "Anaya"), ("José", "Hernández"),
    ("Gerardo", "Fernández"), ("María", "Félix"), ("Pedro", "Infante"), ("Jorge", "Negrete"),
    ("Juan", "Rulfo"), ("Carlos", "Fuentes"), ("Ricardo", "Monreal"), ("Armando", "Ríos"),
})
# Surnames of public figures of the time: must never appear in any generated name.
PUBLIC_FIGURE_SURNAMES = (
    "Mancera", "Sheinbaum", "Ebrard", "Obrador", "Peña Nieto", "Cárdenas", "Muñoz Ledo", "Batres",
    "Brugada", "Encinas", "Barrales", "Zavala", "Calderón", "Gálvez", "Monreal", "Anaya",
)
EMAIL_DOMAINS = ("example.org", "example.com")
