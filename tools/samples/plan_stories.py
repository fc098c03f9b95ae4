"""The action plan story of each sample: vision, objectives, joint actions with their activities, who
leads them, budgets by source (enterprises, public, donor, other) in the sample's currency, and
dependencies. Institutions are named exactly as in the sample modules. Written in each sample's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from .ethiopia_edible_oil import ASSOCIATION as ETHIOPIA_ASSOCIATION
from .ethiopia_edible_oil import JOINT_COMPANY as REFINERY_COMPANY
from .samara_automotive import ASSOCIATION as SAMARA_ASSOCIATION


@dataclass(frozen=True)
class Action:
    key: str
    name: str
    joint: str  # joint-action type code
    start_month: float  # months after the plan starts
    days: int = 20  # working days when there are no activities; 0 for a milestone
    lead: str = ""
    support: tuple[str, ...] = ()
    budget: tuple[float, float, float, float] = (0, 0, 0, 0)  # enterprises, public, donor, other
    firms: int = 0  # participating enterprises drawn from the sample
    with_firms: tuple[str, ...] = ()  # named participants
    activities: tuple[tuple[str, int], ...] = ()  # (name, working days), one after the other
    slip: int = 0  # working days it slipped after the baseline
    status: str | None = None  # on_hold or cancelled, when that is the story
    notes: str | None = None


@dataclass(frozen=True)
class Story:
    vision: str
    agreed_by: str
    objectives: tuple[tuple[str, tuple[Action, ...]], ...]
    links: tuple[tuple[str, str, str, int], ...]  # predecessor, successor, FS/SS/FF/SF, lag in working days
    holidays: tuple[tuple[int, int, str], ...]  # fixed-date public holidays (month, day, name)
    calendar_name: str = "Standard"
    vision_after_days: int = 120  # the vision is agreed this long after the baseline survey


_EC_HOLIDAYS = (
    (1, 1, "Año Nuevo"),
    (5, 1, "Día del Trabajo"),
    (5, 24, "Batalla de Pichincha"),
    (8, 10, "Primer Grito de Independencia"),
    (10, 9, "Independencia de Guayaquil"),
    (11, 2, "Día de Difuntos"),
    (11, 3, "Independencia de Cuenca"),
    (12, 25, "Navidad"),
)

ATUNTAQUI = Story(
    vision="En 2030 Atuntaqui es la ciudad de la moda de los Andes: sus talleres diseñan y venden con marca "
    "propia en Ecuador y Colombia, con empleo digno para sus mujeres y jóvenes.",
    agreed_by="Comisión del Clúster, con los talleres e instituciones del clúster textil de Atuntaqui",
    calendar_name="Ecuador",
    holidays=_EC_HOLIDAYS,
    objectives=(
        (
            "Posicionar la moda de Atuntaqui en Ecuador y Colombia",
            (
                Action(
                    "MKT",
                    "Estrategia conjunta de marketing y marca colectiva «Atuntaqui Moda»",
                    "joint_marketing",
                    0,
                    lead="Cámara de Comercio de Antonio Ante",
                    support=("Centro de Diseño y Moda Imbabura",),
                    budget=(12000, 6000, 15000, 0),
                    firms=18,
                    activities=(
                        ("Estudio de mercado en Quito, Ipiales y Bogotá", 30),
                        ("Diseño de la marca colectiva y manual de uso", 25),
                        ("Catálogo digital y tienda en línea", 35),
                    ),
                ),
                Action(
                    "LAUNCH",
                    "Lanzamiento de la marca «Atuntaqui Moda»",
                    "joint_marketing",
                    5,
                    days=0,
                    lead="Cámara de Comercio de Antonio Ante",
                ),
                Action(
                    "FAIR",
                    "Stand colectivo en la Expoferia Atuntaqui",
                    "trade_fair",
                    3,
                    lead="GAD Municipal de Antonio Ante",
                    support=("Asociación de Productores Textiles de Antonio Ante",),
                    budget=(8000, 10000, 0, 0),
                    firms=30,
                    activities=(
                        ("Reglamento del stand y selección de colecciones", 15),
                        ("Ronda de negocios con compradores", 5),
                    ),
                ),
                Action(
                    "MISSION",
                    "Misión comercial a Ipiales y Bogotá",
                    "trade_fair",
                    8,
                    days=10,
                    lead="Ministerio de Producción, Comercio Exterior, Inversiones y Pesca – "
                    "Oficina Técnica Ibarra",
                    budget=(6000, 4000, 5000, 0),
                    firms=10,
                    slip=15,
                    notes="Aplazada por la revisión de aranceles en la frontera norte.",
                ),
            ),
        ),
        (
            "Mano de obra calificada para la confección",
            (
                Action(
                    "CURR",
                    "Currículo de patronaje y confección con la universidad y el colegio técnico",
                    "training",
                    1,
                    lead="Universidad Técnica del Norte – Carrera de Textiles",
                    support=("Unidad Educativa Técnica Atuntaqui – Bachillerato en Confección",),
                    budget=(0, 9000, 12000, 0),
                    firms=12,
                    activities=(
                        ("Diagnóstico de competencias en 40 talleres", 20),
                        ("Diseño curricular conjunto", 40),
                        ("Primera cohorte de 60 operarias", 80),
                    ),
                ),
                Action(
                    "TOT",
                    "Formación de formadores en patronaje digital",
                    "training",
                    4,
                    days=30,
                    lead="Centro de Capacitación Profesional Imbabura",
                    budget=(2000, 3000, 4000, 0),
                    firms=8,
                ),
                Action(
                    "GRAD",
                    "Primera promoción certificada",
                    "training",
                    10,
                    days=0,
                    lead="Universidad Técnica del Norte – Carrera de Textiles",
                ),
            ),
        ),
        (
            "Equipos y servicios compartidos",
            (
                Action(
                    "EQUIP",
                    "Centro de corte y bordado compartido en la Cámara de Comercio",
                    "shared_equipment",
                    2,
                    lead="Cámara de Comercio de Antonio Ante",
                    support=("Cooperativa de Ahorro y Crédito Textil Atuntaqui",),
                    budget=(15000, 5000, 25000, 0),
                    firms=25,
                    activities=(
                        ("Factibilidad y reglamento de uso", 25),
                        ("Compra de cortadora láser y bordadora", 30),
                        ("Puesta en marcha y tarifas para socios", 20),
                    ),
                ),
                Action(
                    "PURCH",
                    "Compra conjunta de tela e hilo",
                    "joint_purchasing",
                    6,
                    days=40,
                    lead="Asociación de Productores Textiles de Antonio Ante",
                    budget=(30000, 0, 0, 0),
                    firms=20,
                    status="on_hold",
                    notes="En espera hasta acordar el fondo rotativo con la cooperativa.",
                ),
                Action(
                    "CREDIT",
                    "Línea de crédito para modernizar talleres",
                    "institutional_support",
                    2,
                    days=60,
                    lead="Cooperativa de Ahorro y Crédito Textil Atuntaqui",
                    support=("Banco de Fomento Productivo – Agencia Ibarra",),
                    budget=(0, 0, 0, 50000),
                    firms=15,
                ),
                Action(
                    "PARK",
                    "Mesa de diálogo sobre el parque industrial textil",
                    "policy_dialogue",
                    9,
                    days=45,
                    lead="GAD Municipal de Antonio Ante",
                    support=("Gobierno Provincial de Imbabura",),
                ),
            ),
        ),
    ),
    links=(
        ("MKT", "LAUNCH", "FS", 0),
        ("MKT", "MISSION", "FS", 10),
        ("MKT.1", "FAIR", "SS", 10),
        ("CURR", "GRAD", "FS", 0),
        ("CURR.2", "TOT", "SS", 5),
        ("EQUIP.2", "CREDIT", "FF", 0),
        ("CREDIT", "PURCH", "SS", 20),
        ("TOT", "CURR.3", "FS", 0),
    ),
)

AMBATO = Story(
    vision="El calzado de Tungurahua compite por calidad y diseño: en 2029 las empresas de Ambato, "
    "Cevallos y "
    "Quisapincha venden juntas a las cadenas nacionales y a la compra pública.",
    agreed_by="Comisión del Clúster, con los zapateros e instituciones de Tungurahua",
    calendar_name="Ecuador",
    holidays=_EC_HOLIDAYS + ((11, 12, "Independencia de Ambato"),),
    objectives=(
        (
            "Calidad y diseño reconocidos",
            (
                Action(
                    "LAB",
                    "Ensayos de laboratorio y norma INEN para calzado escolar",
                    "quality_standards",
                    0,
                    lead="Laboratorio de Ensayos de Cuero y Calzado",
                    support=("Cámara de Calzado de Tungurahua",),
                    budget=(9000, 7000, 8000, 0),
                    firms=20,
                    activities=(
                        ("Muestreo en 30 fábricas", 15),
                        ("Plan de mejora por empresa", 30),
                        ("Ensayos de verificación", 20),
                    ),
                ),
                Action(
                    "DESIGN",
                    "Colección colectiva con el Centro de Diseño",
                    "joint_marketing",
                    3,
                    days=50,
                    lead="Centro de Diseño de Calzado Tungurahua",
                    support=("Universidad Técnica de Ambato – Facultad de Diseño",),
                    budget=(10000, 3000, 6000, 0),
                    firms=14,
                ),
                Action(
                    "SCHOOL",
                    "Técnicos en patronaje y montaje de calzado",
                    "training",
                    1,
                    lead="Instituto Tecnológico del Calzado y Cuero",
                    support=("Centro de Capacitación Profesional Tungurahua",),
                    budget=(0, 12000, 5000, 0),
                    firms=10,
                    activities=(("Convocatoria y selección", 10), ("Módulos en planta", 60)),
                ),
            ),
        ),
        (
            "Mercados y compras en conjunto",
            (
                Action(
                    "LEATHER",
                    "Compra conjunta de cuero y suelas",
                    "joint_purchasing",
                    2,
                    days=35,
                    lead="Cámara de Calzado de Tungurahua",
                    support=("Asociación de Productores de Calzado de Cevallos",),
                    budget=(45000, 0, 0, 0),
                    firms=22,
                ),
                Action(
                    "FICCE",
                    "Pabellón del clúster en la feria de calzado de Ambato",
                    "trade_fair",
                    7,
                    days=5,
                    lead="Cámara de Calzado de Tungurahua",
                    support=("GAD Municipalidad de Ambato",),
                    budget=(7000, 8000, 0, 0),
                    firms=25,
                ),
                Action(
                    "PUBLIC",
                    "Diálogo para la compra pública de calzado escolar",
                    "policy_dialogue",
                    4,
                    days=40,
                    lead="Ministerio de Producción – Oficina Técnica Ambato",
                    support=("Gobierno Provincial de Tungurahua",),
                    slip=20,
                ),
                Action(
                    "TENDER",
                    "Primera oferta conjunta a la compra pública",
                    "joint_marketing",
                    9,
                    days=0,
                    lead="Cámara de Calzado de Tungurahua",
                ),
            ),
        ),
        (
            "Los artesanos de Quisapincha se modernizan",
            (
                Action(
                    "CUT",
                    "Troqueladora compartida en Quisapincha",
                    "shared_equipment",
                    3,
                    lead="Asociación de Artesanos del Cuero de Quisapincha",
                    support=("Cooperativa de Ahorro y Crédito Artesanos del Centro",),
                    budget=(6000, 4000, 10000, 0),
                    firms=12,
                    activities=(("Reglamento de uso y turnos", 15), ("Compra e instalación", 25)),
                ),
                Action(
                    "MICRO",
                    "Microcréditos para maquinaria de costura",
                    "institutional_support",
                    1,
                    days=60,
                    lead="Cooperativa de Ahorro y Crédito Artesanos del Centro",
                    budget=(0, 0, 0, 30000),
                    firms=18,
                ),
            ),
        ),
    ),
    links=(
        ("LAB.2", "DESIGN", "SS", 10),
        ("LAB", "TENDER", "FS", 0),
        ("PUBLIC", "TENDER", "FS", 5),
        ("DESIGN", "FICCE", "FS", 5),
        ("MICRO", "CUT.2", "SS", 20),
        ("LEATHER", "FICCE", "FS", 0),
        ("SCHOOL.1", "CUT.1", "FF", 0),
    ),
)

BOSAWAS = Story(
    vision="Las familias cacaoteras de Bosawas venden juntas un cacao fino, certificado y libre de "
    "deforestación, que protege la reserva y les da ingresos estables.",
    agreed_by="Comisión del Clúster, con las familias productoras y las cooperativas de Bosawas",
    calendar_name="Nicaragua",
    holidays=(
        (1, 1, "Año Nuevo"),
        (5, 1, "Día del Trabajo"),
        (5, 30, "Día de las Madres"),
        (7, 19, "Día de la Revolución"),
        (9, 14, "Batalla de San Jacinto"),
        (9, 15, "Día de la Independencia"),
        (12, 8, "Purísima"),
        (12, 25, "Navidad"),
    ),
    objectives=(
        (
            "Certificación colectiva orgánica y comercio justo",
            (
                Action(
                    "ICS",
                    "Sistema de control interno de la Unión",
                    "quality_standards",
                    0,
                    lead="Unión de Cooperativas Cacao Bosawas",
                    support=("Servicios Técnicos Agroforestales del Norte",),
                    budget=(40000, 0, 180000, 0),
                    firms=60,
                    activities=(
                        ("Diagnóstico de 600 fincas", 40),
                        ("Reglamento interno y registro de socios", 25),
                        ("Inspecciones internas", 45),
                    ),
                ),
                Action(
                    "INSPECT",
                    "Formación de inspectores internos",
                    "training",
                    1,
                    days=30,
                    lead="Escuela Técnica Agropecuaria de Waslala",
                    support=("Universidad Comunitaria del Caribe – Recinto Siuna",),
                    budget=(0, 20000, 60000, 0),
                ),
                Action(
                    "AUDIT",
                    "Auditoría externa de certificación",
                    "quality_standards",
                    7,
                    days=10,
                    lead="Unión de Cooperativas Cacao Bosawas",
                    budget=(35000, 0, 90000, 0),
                    slip=25,
                ),
                Action(
                    "CERT",
                    "Certificado orgánico y de comercio justo",
                    "quality_standards",
                    9,
                    days=0,
                    lead="Unión de Cooperativas Cacao Bosawas",
                ),
            ),
        ),
        (
            "Calidad y comercialización conjunta",
            (
                Action(
                    "FERMENT",
                    "Fermentación y secado centralizados",
                    "shared_equipment",
                    2,
                    lead="Centro de Acopio y Fermentación El Ocote",
                    support=("Cooperativa Agroforestal Cacaotera de Waslala",),
                    budget=(60000, 50000, 250000, 0),
                    firms=30,
                    activities=(
                        ("Cajones de fermentación y secadoras solares", 35),
                        ("Protocolo de calidad", 20),
                    ),
                ),
                Action(
                    "BUYER",
                    "Contrato colectivo con comprador de cacao fino",
                    "joint_marketing",
                    8,
                    days=30,
                    lead="Unión de Cooperativas Cacao Bosawas",
                    support=("Cooperativa Multisectorial Flor de Siuna", "Cooperativa de Cacao Las Minas"),
                    firms=40,
                ),
                Action(
                    "SALON",
                    "Muestras en el Salón del Cacao y Chocolate",
                    "trade_fair",
                    6,
                    days=5,
                    lead="Fundación Bosque y Cacao",
                    budget=(10000, 0, 45000, 0),
                    firms=8,
                ),
            ),
        ),
        (
            "Bosque en pie y financiamiento",
            (
                Action(
                    "RESERVE",
                    "Acuerdo de producción sin deforestación con la Reserva",
                    "policy_dialogue",
                    1,
                    days=60,
                    lead="Secretaría Técnica de la Reserva de Biosfera Bosawas",
                    support=("Alcaldía Municipal de Siuna", "Alcaldía Municipal de Waslala"),
                ),
                Action(
                    "CREDIT",
                    "Crédito de acopio para la cosecha",
                    "institutional_support",
                    4,
                    days=40,
                    lead="Microfinanciera Fondo Campesino",
                    firms=50,
                    support=("Caja Rural Waslala",),
                    budget=(0, 0, 0, 900000),
                ),
            ),
        ),
    ),
    links=(
        ("ICS", "AUDIT", "FS", 10),
        ("INSPECT", "ICS.3", "FS", 0),
        ("AUDIT", "CERT", "FS", 15),
        ("FERMENT", "SALON", "FS", 5),
        ("CERT", "BUYER", "SS", -5),
        ("RESERVE", "ICS.3", "FF", 0),
        ("CREDIT", "FERMENT.2", "SS", 0),
    ),
)

SAMARA = Story(
    vision="К 2028 году поставщики Самарской области — надёжные партнёры автопроизводителей: "
    "сертифицированное "
    "качество, бережливое производство и совместный выход на новых заказчиков.",
    agreed_by="Совет кластера, вместе с предприятиями и организациями кластера",
    calendar_name="Россия",
    holidays=(
        (1, 1, "Новогодние каникулы"),
        (1, 2, "Новогодние каникулы"),
        (1, 3, "Новогодние каникулы"),
        (1, 4, "Новогодние каникулы"),
        (1, 5, "Новогодние каникулы"),
        (1, 6, "Новогодние каникулы"),
        (1, 7, "Рождество Христово"),
        (1, 8, "Новогодние каникулы"),
        (2, 23, "День защитника Отечества"),
        (3, 8, "Международный женский день"),
        (5, 1, "Праздник Весны и Труда"),
        (5, 9, "День Победы"),
        (6, 12, "День России"),
        (11, 4, "День народного единства"),
    ),
    objectives=(
        (
            "Развитие поставщиков",
            (
                Action(
                    "LEAN",
                    "Программа бережливого производства для поставщиков",
                    "training",
                    0,
                    lead="Консалтинговая группа «Бережливое производство»",
                    support=(SAMARA_ASSOCIATION,),
                    budget=(2400000, 1800000, 0, 0),
                    firms=15,
                    activities=(
                        ("Диагностика потерь на 15 предприятиях", 20),
                        ("Пилотные участки 5S и SMED", 60),
                        ("Тиражирование на все участки", 80),
                    ),
                ),
                Action(
                    "AUDITS",
                    "Совместные аудиты поставщиков второго уровня",
                    "quality_standards",
                    3,
                    days=40,
                    lead=SAMARA_ASSOCIATION,
                    budget=(900000, 0, 0, 0),
                    firms=12,
                ),
                Action(
                    "STEEL",
                    "Совместные закупки металлопроката и полимеров",
                    "joint_purchasing",
                    2,
                    days=45,
                    lead=SAMARA_ASSOCIATION,
                    support=("Союз работодателей Тольятти",),
                    budget=(0, 0, 0, 0),
                    firms=20,
                    notes="Экономия 6–9 % на объёмах группы; "
                    "бюджет — только организационные расходы участников.",
                ),
            ),
        ),
        (
            "Сертификация качества IATF 16949",
            (
                Action(
                    "IATF",
                    "Подготовка к сертификации IATF 16949 вместе с ассоциацией",
                    "quality_standards",
                    2,
                    lead=SAMARA_ASSOCIATION,
                    support=("Центр сертификации и испытаний автокомпонентов",),
                    budget=(3000000, 2000000, 0, 0),
                    firms=10,
                    activities=(
                        ("Обучение внутренних аудиторов", 15),
                        ("Документирование процессов", 50),
                        ("Предсертификационный аудит", 10),
                    ),
                ),
                Action(
                    "CERTAUDIT",
                    "Сертификационный аудит первой группы",
                    "quality_standards",
                    9,
                    days=15,
                    lead="Центр сертификации и испытаний автокомпонентов",
                    budget=(1500000, 0, 0, 0),
                    slip=30,
                ),
                Action(
                    "CERTS",
                    "Первые сертификаты IATF 16949",
                    "quality_standards",
                    11,
                    days=0,
                    lead=SAMARA_ASSOCIATION,
                ),
            ),
        ),
        (
            "Кадры, финансы и новые заказчики",
            (
                Action(
                    "COLLEGE",
                    "Дуальное обучение наладчиков с колледжем",
                    "training",
                    1,
                    days=90,
                    lead="Тольяттинский машиностроительный колледж",
                    support=("Тольяттинский государственный университет – Институт машиностроения",),
                    budget=(600000, 1400000, 0, 0),
                    firms=8,
                ),
                Action(
                    "LOANS",
                    "Льготные займы на модернизацию оборудования",
                    "institutional_support",
                    3,
                    days=60,
                    lead="Региональный фонд развития промышленности",
                    support=("Фонд поддержки предпринимательства Самарской области",),
                    budget=(0, 0, 0, 120000000),
                    firms=6,
                ),
                Action(
                    "EXPO",
                    "Коллективный стенд на выставке «Иннопром»",
                    "trade_fair",
                    10,
                    days=4,
                    lead="Центр кластерного развития Самарской области",
                    budget=(800000, 1200000, 0, 0),
                    firms=12,
                ),
            ),
        ),
    ),
    links=(
        ("LEAN.1", "AUDITS", "FS", 5),
        ("IATF", "CERTAUDIT", "FS", 10),
        ("CERTAUDIT", "CERTS", "FS", 20),
        ("LOANS", "LEAN.3", "SS", 0),
        ("CERTS", "EXPO", "FS", 0),
        ("COLLEGE", "IATF.2", "FF", 10),
        ("LEAN.2", "IATF.2", "SS", 10),
    ),
)

ADIYAMAN = Story(
    vision="Depremden etkilenen Kahramanmaraş ve Adıyaman tekstil firmaları 2028'e kadar üretimi yeniden "
    "ayağa kaldırır; kalite, ihracat ve kadın istihdamında bölgenin güçlü kümesi olur.",
    agreed_by="Kahramanmaraş Cluster Commission and Adıyaman Cluster Commission, with the firms and "
    "institutions of both clusters",
    calendar_name="Türkiye",
    holidays=(
        (1, 1, "Yılbaşı"),
        (4, 23, "Ulusal Egemenlik ve Çocuk Bayramı"),
        (5, 1, "Emek ve Dayanışma Günü"),
        (5, 19, "Atatürk'ü Anma, Gençlik ve Spor Bayramı"),
        (7, 15, "Demokrasi ve Millî Birlik Günü"),
        (8, 30, "Zafer Bayramı"),
        (10, 29, "Cumhuriyet Bayramı"),
    ),
    objectives=(
        (
            "Deprem sonrası üretim kapasitesinin yeniden kazanılması",
            (
                Action(
                    "SHARED",
                    "OSB'de ortak kullanım atölyesi (konteyner üretim alanı)",
                    "infrastructure",
                    0,
                    lead="Adıyaman Organize Sanayi Bölgesi Müdürlüğü",
                    support=("Kalkınma Ajansı Yatırım Destek Ofisi – Adıyaman",),
                    budget=(2500000, 6000000, 9000000, 0),
                    firms=16,
                    activities=(
                        ("İhtiyaç tespiti ve yer tahsisi", 20),
                        ("Kurulum ve altyapı bağlantıları", 60),
                        ("Firmaların yerleşmesi", 20),
                    ),
                ),
                Action(
                    "KOSGEB",
                    "Makine yenileme için KOSGEB destek başvuruları",
                    "institutional_support",
                    1,
                    days=50,
                    lead="KOSGEB Kahramanmaraş Müdürlüğü",
                    support=("KOSGEB Adıyaman Müdürlüğü",),
                    budget=(0, 15000000, 0, 0),
                    firms=25,
                    slip=15,
                ),
                Action(
                    "YARN",
                    "Ortak pamuk ve iplik alımı",
                    "joint_purchasing",
                    3,
                    days=40,
                    lead="Kahramanmaraş İplikçiler Derneği",
                    budget=(0, 0, 0, 0),
                    firms=14,
                ),
                Action(
                    "CUTTING",
                    "Konfeksiyon için ortak kesim tesisi",
                    "shared_equipment",
                    6,
                    lead="Adıyaman Organize Sanayi Bölgesi Müdürlüğü",
                    support=("Adıyaman Ticaret ve Sanayi Odası",),
                    budget=(1800000, 1200000, 2500000, 0),
                    firms=10,
                    activities=(("Niyet mektupları", 30), ("Ortak kesim tesisi iş planı", 40)),
                    notes="Küme firmaları ortak bir kesim tesisi kurmaya hazır olduklarını teyit etti.",
                ),
            ),
        ),
        (
            "Kalite ve ihracat",
            (
                Action(
                    "LAB",
                    "Test laboratuvarında ortak kalite programı",
                    "quality_standards",
                    2,
                    lead="Maraş Tekstil Test Laboratuvarı",
                    support=("Kahramanmaraş Ticaret ve Sanayi Odası",),
                    budget=(1200000, 800000, 2000000, 0),
                    firms=18,
                    activities=(("Firma bazında test planı", 15), ("Düzeltici faaliyetler", 45)),
                ),
                Action(
                    "FAIR",
                    "Texhibition İstanbul'da ortak stant",
                    "trade_fair",
                    8,
                    days=3,
                    lead="Kahramanmaraş Ticaret ve Sanayi Odası",
                    budget=(900000, 600000, 1200000, 0),
                    firms=12,
                ),
                Action(
                    "ENVSTUDY",
                    "100 KOBİ, 10 alıcı ve 10 destek kuruluşunda çevresel performans analizi",
                    "quality_standards",
                    3,
                    lead="Kahramanmaraş Ticaret ve Sanayi Odası",
                    support=("Fırat Yönetim Danışmanlığı",),
                    budget=(0, 300000, 1400000, 0),
                    activities=(
                        ("Anket ve ziyaret planı", 15),
                        ("100 KOBİ, 10 alıcı ve 10 destek kuruluşu ziyareti", 70),
                        ("Analiz raporu", 20),
                    ),
                ),
                Action(
                    "CSR",
                    "Pilot KOBİ'lerde kurumsal sosyal sorumluluk (KSS) ilkeleri",
                    "quality_standards",
                    8,
                    days=80,
                    lead="Kahramanmaraş Ticaret ve Sanayi Odası",
                    support=("Kadın Emeği Dayanışma Derneği",),
                    budget=(400000, 0, 1100000, 0),
                    firms=12,
                ),
                Action(
                    "EXPORT",
                    "Ortak ihracat pazarlama stratejisi",
                    "joint_marketing",
                    5,
                    days=40,
                    lead="Adıyaman Ticaret ve Sanayi Odası",
                    support=("Fırat Yönetim Danışmanlığı",),
                    budget=(500000, 0, 1500000, 0),
                    firms=15,
                ),
            ),
        ),
        (
            "Nitelikli iş gücü ve kadın istihdamı",
            (
                Action(
                    "SKILLS",
                    "Üniversite ve meslek lisesiyle dokuma ve konfeksiyon eğitimi",
                    "training",
                    1,
                    lead="Kahramanmaraş Sütçü İmam Üniversitesi – Tekstil Mühendisliği",
                    support=("Kahramanmaraş Tekstil Mesleki ve Teknik Anadolu Lisesi",),
                    budget=(0, 3000000, 2500000, 0),
                    firms=10,
                    activities=(("Müfredat güncellemesi", 30), ("Firmalarda staj programı", 60)),
                ),
                Action(
                    "ISKUR",
                    "İŞKUR ile 10 firma için işçi bulma, işe alma ve eğitim",
                    "training",
                    2,
                    days=120,
                    lead="Türkiye İş Kurumu – Adıyaman Çalışma ve İş Kurumu İl Müdürlüğü",
                    support=("Türkiye İş Kurumu – Kahramanmaraş Çalışma ve İş Kurumu İl Müdürlüğü",),
                    budget=(600000, 2400000, 0, 0),
                    firms=10,
                ),
                Action(
                    "WOMEN",
                    "Kadınlar için konfeksiyon kursları ve kreş desteği",
                    "institutional_support",
                    2,
                    days=80,
                    lead="Kadın Emeği Dayanışma Derneği",
                    support=("Adıyaman Üniversitesi – Meslek Yüksekokulu",),
                    budget=(300000, 1000000, 2200000, 0),
                    firms=8,
                ),
                Action(
                    "GRADS",
                    "İlk 200 kursiyerin işe yerleşmesi",
                    "training",
                    9,
                    days=0,
                    lead="Kadın Emeği Dayanışma Derneği",
                ),
            ),
        ),
    ),
    links=(
        ("SHARED.2", "YARN", "SS", 20),
        ("LAB", "FAIR", "FS", 10),
        ("EXPORT", "FAIR", "FS", 0),
        ("WOMEN", "GRADS", "FS", 10),
        ("KOSGEB", "SHARED.3", "FS", 0),
        ("SKILLS.1", "WOMEN", "SS", 5),
        ("SHARED", "LAB.2", "FF", 0),
        ("ENVSTUDY", "CSR", "FS", 10),
        ("SHARED.1", "CUTTING", "FS", 20),
    ),
)

ETHIOPIA = Story(
    vision="By 2017 the edible oil mills of Bahir Dar refine their oil together, buy seed together and sell "
    "a fortified, standard-compliant oil across the Amhara region.",
    agreed_by="Cluster Commission, with the mills and their partner institutions",
    calendar_name="Ethiopia",
    holidays=(
        (1, 7, "Genna (Ethiopian Christmas)"),
        (1, 19, "Timket (Epiphany)"),
        (3, 2, "Victory of Adwa"),
        (5, 1, "International Labour Day"),
        (5, 5, "Patriots' Victory Day"),
        (5, 28, "Downfall of the Derg"),
        (9, 11, "Enkutatash (Ethiopian New Year)"),
        (9, 27, "Meskel"),
    ),
    objectives=(
        (
            "Joint raw-material purchasing",
            (
                Action(
                    "SEED",
                    "Joint purchasing of niger seed and sesame",
                    "joint_purchasing",
                    0,
                    lead=ETHIOPIA_ASSOCIATION,
                    support=("Amhara Credit and Savings Institution",),
                    budget=(1800000, 0, 400000, 0),
                    firms=35,
                    activities=(
                        ("Pooled seed demand of member mills", 15),
                        ("Framework contracts with unions", 25),
                        ("First joint purchase at harvest", 20),
                    ),
                ),
                Action(
                    "STORE",
                    "Shared seed warehouse and moisture testing",
                    "shared_equipment",
                    4,
                    days=45,
                    lead=ETHIOPIA_ASSOCIATION,
                    support=("Edible Oil Quality Testing Laboratory",),
                    budget=(600000, 300000, 900000, 0),
                    firms=20,
                ),
            ),
        ),
        (
            "The common refinery",
            (
                Action(
                    "REFINERY",
                    "Build the refinery of the joint company",
                    "infrastructure",
                    1,
                    lead=REFINERY_COMPANY,
                    support=(
                        "Amhara Bureau of Industry and Investment",
                        "Development Bank – Bahir Dar Branch",
                    ),
                    budget=(12000000, 3000000, 8000000, 0),  # the bank's loan is the LOAN action's
                    with_firms=(REFINERY_COMPANY,),
                    firms=30,
                    activities=(
                        ("Feasibility study and shareholder agreement", 40),
                        ("Land lease and permits", 35),
                        ("Construction and equipment installation", 160),
                        ("Commissioning", 20),
                    ),
                    slip=40,
                    notes="Equipment delivery delayed by foreign-currency allocation.",
                ),
                Action(
                    "LOAN",
                    "Project loan for the refinery",
                    "institutional_support",
                    3,
                    days=60,
                    lead="Development Bank – Bahir Dar Branch",
                    budget=(0, 0, 0, 25000000),
                    with_firms=(REFINERY_COMPANY,),
                ),
                Action(
                    "FIRSTOIL",
                    "First refined oil from the common refinery",
                    "infrastructure",
                    16,
                    days=0,
                    lead=REFINERY_COMPANY,
                ),
            ),
        ),
        (
            "Quality, fortification and markets",
            (
                Action(
                    "FORTIFY",
                    "Vitamin A and D fortification with the alliance",
                    "quality_standards",
                    2,
                    lead="Edible Oil Fortification Alliance",
                    support=("Food and Drug Authority – Bahir Dar Branch",),
                    budget=(200000, 300000, 1500000, 0),
                    firms=25,
                    activities=(("Dosing trials in five mills", 25), ("Premix supply agreement", 20)),
                ),
                Action(
                    "STANDARD",
                    "Compliance with the national edible oil standard",
                    "quality_standards",
                    3,
                    days=70,
                    lead="Food and Drug Authority – Bahir Dar Branch",
                    support=("Edible Oil Quality Testing Laboratory",),
                    budget=(400000, 500000, 600000, 0),
                    firms=30,
                ),
                Action(
                    "TRAIN",
                    "Operator training at the Institute of Technology",
                    "training",
                    1,
                    days=50,
                    lead="Bahir Dar University – Institute of Technology",
                    support=("Bahir Dar Polytechnic College",),
                    budget=(100000, 400000, 500000, 0),
                    firms=20,
                ),
                Action(
                    "BRAND",
                    "Joint brand and distribution to regional retailers",
                    "joint_marketing",
                    12,
                    days=40,
                    lead=ETHIOPIA_ASSOCIATION,
                    support=("Amhara Women Entrepreneurs Association",),
                    budget=(700000, 0, 800000, 0),
                    firms=25,
                    status="on_hold",
                    notes="Waiting for the refinery to produce.",
                ),
            ),
        ),
    ),
    links=(
        ("SEED.2", "STORE", "SS", 10),
        ("REFINERY.1", "LOAN", "FS", 0),
        ("LOAN", "REFINERY.3", "SS", 10),
        ("REFINERY", "FIRSTOIL", "FS", 0),
        ("FIRSTOIL", "BRAND", "FS", 5),
        ("FORTIFY", "STANDARD", "SS", 10),
        ("TRAIN", "REFINERY.4", "FS", 0),
    ),
)

STORIES: dict[str, Story] = {
    "atuntaqui_garments": ATUNTAQUI,
    "ambato_footwear": AMBATO,
    "bosawas_cocoa": BOSAWAS,
    "samara_automotive": SAMARA,
    "adiyaman_kahramanmaras_textiles": ADIYAMAN,
    "ethiopia_edible_oil": ETHIOPIA,
}
