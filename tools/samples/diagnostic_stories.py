"""The participatory diagnostic of each sample (phase 3 of the UNIDO approach), in the sample's language:
the SWOT, the findings and the leverage points for action, as the reference text's case tells them and
the sample's registry shows them. Each item names who raised it (a piece of a registry name, or "#n": n
of the sample's firms) and, for findings and leverage points, the plan objectives and actions (their keys
in plan_stories.py) that answer it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    text: str
    evidence: str = ""
    raised_by: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Diagnostic:
    title: str
    summary: str
    strengths: tuple[Item, ...]
    weaknesses: tuple[Item, ...]
    opportunities: tuple[Item, ...]
    threats: tuple[Item, ...]
    findings: tuple[Item, ...]
    leverage_points: tuple[Item, ...]


I = Item  # noqa: E741  (short, the tables below are long)

DIAGNOSTICS: dict[str, Diagnostic] = {
    "atuntaqui_garments": Diagnostic(
        "Diagnóstico participativo del clúster textil de Atuntaqui",
        "Análisis FODA con talleres de confección, la Cámara de Comercio, la universidad y el colegio "
        "técnico; base del plan de acción y de la encuesta de línea de base.",
        (
            I(
                "Tradición textil y de tejido de punto reconocida en el país",
                "Expoferia anual",
                ("Cámara de Comercio",),
            ),
            I("Más de cien talleres concentrados en Antonio Ante", "Registro del clúster", ("#2",)),
            I(
                "Mano de obra femenina con destreza en tejido",
                "Talleres de San Roque",
                ("Mujeres Tejedoras",),
            ),
        ),
        (
            I("Talleres pequeños que compiten solo por precio", "Encuesta de línea de base", ("#3",)),
            I("Diseño copiado y sin marca propia", "Entrevistas a compradores", ("Centro de Diseño",)),
            I("Maquinaria de corte y bordado obsoleta", "Visitas a talleres", ("#2",)),
            I(
                "Poca confianza entre empresarios para comprar o vender juntos",
                "Grupos focales",
                ("Asociación de Productores",),
            ),
        ),
        (
            I(
                "Demanda de prendas de calidad en Colombia",
                "Misiones de compradores de Ipiales",
                ("Importadora Ipiales",),
            ),
            I(
                "Turismo de compras los fines de semana",
                "Conteo de visitantes de la Expoferia",
                ("GAD Municipal",),
            ),
            I(
                "Universidad y colegio técnico dispuestos a actualizar el currículo",
                "Reunión con la carrera de Textiles",
                ("Universidad Técnica del Norte",),
            ),
        ),
        (
            I(
                "Importaciones asiáticas de bajo precio",
                "Estadísticas de importación",
                ("Comercial El Ejido",),
            ),
            I("Contrabando en la frontera norte", "Testimonios de comerciantes", ("#2",)),
            I(
                "Crédito caro para modernizar talleres",
                "Tasas de las cooperativas",
                ("Cooperativa de Ahorro",),
            ),
        ),
        (
            I(
                "Sin marca ni estrategia conjunta, el clúster no llega a los mercados de mayor precio",
                "FODA",
                ("Cámara de Comercio", "#2"),
                ("O1", "MKT", "FAIR"),
            ),
            I(
                "Faltan patronistas y operarios calificados en confección",
                "Encuesta a talleres",
                ("Unidad Educativa Técnica", "#2"),
                ("O2", "CURR"),
            ),
            I(
                "Los talleres no pueden comprar solos equipos de corte y bordado modernos",
                "Visitas técnicas",
                ("#3",),
                ("O3", "EQUIP", "CREDIT"),
            ),
        ),
        (
            I(
                "Una marca colectiva de ciudad con el municipio y la Expoferia",
                "Taller de visión",
                ("GAD Municipal", "Cámara de Comercio"),
                ("MKT", "LAUNCH"),
            ),
            I(
                "Equipos compartidos en la Cámara de Comercio",
                "Propuesta de la Cámara",
                ("Cámara de Comercio",),
                ("EQUIP",),
            ),
        ),
    ),
    "ambato_footwear": Diagnostic(
        "Diagnóstico del clúster de calzado de Tungurahua",
        "FODA con los zapateros de Ambato, Cevallos y Quisapincha, las cámaras y los proveedores de cuero.",
        (
            I(
                "Cadena completa en la provincia: curtiembres, suelas, hormas",
                "Mapa de actores",
                ("Curtiembre Tungurahua",),
            ),
            I(
                "Oficio de generaciones en Cevallos y Quisapincha",
                "Entrevistas",
                ("Asociación de Productores de Calzado",),
            ),
            I("Ferias locales con clientela fiel", "Feria de los lunes", ("Feria del Calzado",)),
        ),
        (
            I(
                "Calzado escolar que no cumple la norma INEN",
                "Ensayos de laboratorio",
                ("Laboratorio de Ensayos",),
            ),
            I("Compras de cuero en pequeño a precios altos", "Encuesta de línea de base", ("#3",)),
            I("Poco diseño propio", "Centro de Diseño", ("Centro de Diseño",)),
        ),
        (
            I(
                "Compra pública de calzado escolar",
                "Plan de compras del Estado",
                ("Ministerio de Producción",),
            ),
            I(
                "Cadenas nacionales buscan proveedores locales",
                "Reuniones con compradores",
                ("Almacenes Calzado Ecuador",),
            ),
            I("Laboratorio y centro de diseño en la provincia", "Oferta de servicios", ("Centro de Diseño",)),
        ),
        (
            I(
                "Calzado importado de bajo precio",
                "Estadísticas de importación",
                ("Importadora Calzado Pacífico",),
            ),
            I("Subida del precio del cuero", "Precios de curtiembres", ("#2",)),
            I("Informalidad que impide vender al Estado", "RUC y permisos", ("Asesoría Tributaria",)),
        ),
        (
            I(
                "Sin ensayos ni norma, el calzado escolar queda fuera de la compra pública",
                "FODA",
                ("Laboratorio de Ensayos", "#2"),
                ("O1", "LAB", "PUBLIC"),
            ),
            I(
                "Comprando solos, los talleres pagan el cuero caro",
                "Encuesta de línea de base",
                ("#3",),
                ("O2", "LEATHER"),
            ),
            I(
                "Los artesanos de Quisapincha trabajan a mano sin troqueladora",
                "Visitas",
                ("Artesanos del Cuero de Quisapincha",),
                ("O3", "CUT", "MICRO"),
            ),
        ),
        (
            I(
                "Oferta conjunta a la compra pública con norma INEN",
                "Mesa de diálogo",
                ("Cámara de Calzado", "Ministerio de Producción"),
                ("PUBLIC", "TENDER"),
            ),
            I(
                "Compra conjunta de cuero y suelas",
                "Cotizaciones de curtiembres",
                ("Curtiembre Quisapincha", "#2"),
                ("LEATHER",),
            ),
        ),
    ),
    "bosawas_cocoa": Diagnostic(
        "Diagnóstico participativo de las familias cacaoteras de Bosawas",
        "Asambleas comunitarias en Waslala, Siuna y El Cuá: FODA de la producción y venta de cacao en la "
        "reserva, mapa de actores y línea de base de las familias.",
        (
            I(
                "Cacao en sistemas agroforestales que conservan el bosque",
                "Fichas de finca",
                ("Secretaría Técnica",),
            ),
            I("Variedades de cacao fino de aroma", "Evaluaciones sensoriales", ("Fundación Bosque y Cacao",)),
            I("Familias con tierra propia y experiencia en el cultivo", "Asambleas", ("#3",)),
        ),
        (
            I(
                "Cada familia vende sola, en baba, a intermediarios",
                "Encuesta de línea de base",
                ("Intermediarios",),
            ),
            I("Fermentación y secado desiguales", "Prueba de corte", ("Centro de Acopio",)),
            I("Viveros sin manejo y plantas viejas", "Visitas de campo", ("#2",)),
        ),
        (
            I(
                "Compradores de cacao fino pagan más por calidad",
                "Contactos con exportadoras",
                ("Exportadora Cacao Fino",),
            ),
            I(
                "Certificación orgánica y de comercio justo",
                "Requisitos de certificadoras",
                ("Unión de Cooperativas",),
            ),
            I("Crédito de acopio de microfinancieras", "Oferta de la microfinanciera", ("Fondo Campesino",)),
        ),
        (
            I(
                "Avance de la frontera agrícola en la reserva",
                "Informes de la Secretaría",
                ("Secretaría Técnica",),
            ),
            I("Huracanes y lluvias extremas", "Daños de 2020", ("#2",)),
            I("Caminos intransitables en la cosecha", "Alcaldías", ("Alcaldía Municipal de Waslala",)),
        ),
        (
            I(
                "Sin organización, las familias no pueden certificar ni vender en volumen",
                "FODA",
                ("Unión de Cooperativas", "#2"),
                ("O1", "ICS"),
            ),
            I(
                "La calidad del grano no es pareja: falta fermentación centralizada",
                "Prueba de corte",
                ("Centro de Acopio",),
                ("O2", "FERMENT"),
            ),
            I(
                "El crédito de acopio falta justo en la cosecha",
                "Asambleas",
                ("Caja Rural",),
                ("O3", "CREDIT"),
            ),
        ),
        (
            I(
                "Redes de productores con un líder por comunidad y líderes territoriales",
                "Asambleas",
                ("Cooperativa Agroforestal", "#3"),
                ("O1", "ICS", "INSPECT"),
            ),
            I(
                "Venta conjunta de cacao fermentado a compradores de cacao fino",
                "Contactos con compradores",
                ("Exportadora Cacao Fino",),
                ("BUYER", "SALON"),
            ),
        ),
    ),
    "samara_automotive": Diagnostic(
        "Диагностика кластера поставщиков автокомпонентов Самарской области",
        "SWOT-анализ с поставщиками, сборочными заводами, вузами и региональными органами; "
        "исходное обследование предприятий.",
        (
            I("Крупные сборочные заводы в регионе", "Карта участников", ("Тольяттинский автосборочный",)),
            I(
                "Инженерные кадры и технические вузы",
                "Данные вузов",
                ("Самарский государственный технический",),
            ),
            I("Опыт поставок на конвейер", "Исходное обследование", ("#3",)),
        ),
        (
            I("Мало поставщиков с сертификатом IATF 16949", "Реестр сертификатов", ("Центр сертификации",)),
            I(
                "Низкая производительность и большие запасы",
                "Аудиты на предприятиях",
                ("Бережливое производство",),
            ),
            I("Поставщики не работают вместе и не доверяют друг другу", "Интервью", ("#2",)),
        ),
        (
            I(
                "Локализация производства компонентов",
                "Программа министерства",
                ("Министерство промышленности",),
            ),
            I(
                "Партнёрство с Автомобильным кластером Словении",
                "Визит делегации",
                ("Автомобильный кластер Словении",),
            ),
            I("Льготные займы фонда развития промышленности", "Условия фонда", ("Региональный фонд",)),
        ),
        (
            I("Сокращение выпуска автомобилей", "Планы сборочных заводов", ("Средневолжский",)),
            I("Дорогой металлопрокат и полимеры", "Цены поставщиков", ("Металлоторг",)),
            I("Уход молодых специалистов из отрасли", "Данные колледжа", ("машиностроительный колледж",)),
        ),
        (
            I(
                "Без сертификации поставщики не попадают в глобальные цепочки поставок",
                "SWOT",
                ("Ассоциация поставщиков", "#2"),
                ("O2", "IATF"),
            ),
            I("Производительность ниже требований заказчиков", "Аудиты", ("#3",), ("O1", "LEAN", "AUDITS")),
            I(
                "Закупая поодиночке, поставщики переплачивают за сырьё",
                "Исходное обследование",
                ("#2",),
                ("O1", "STEEL"),
            ),
        ),
        (
            I(
                "Ассоциация поставщиков как центр диалога с властями и заказчиками",
                "Учредительное собрание",
                ("Ассоциация поставщиков",),
                ("IATF", "AUDITS"),
            ),
            I(
                "Побратимство со словенским кластером: партнёрства и выход на рынок ЕС",
                "Визит делегации",
                ("Автомобильный кластер Словении",),
                ("O3", "EXPO"),
            ),
        ),
    ),
    "adiyaman_kahramanmaras_textiles": Diagnostic(
        "Cluster diagnostic of the Adıyaman and Kahramanmaraş textile clusters",
        "Diagnostic studies and a social network analysis by the two CDAs with spinners, weavers, home "
        "textile firms, the chambers, the universities and KOSGEB, after the earthquakes.",
        (
            I(
                "Integrated chain from cotton to spinning, weaving and home textiles",
                "Firm survey",
                ("İplikçiler Derneği",),
            ),
            I(
                "Organised industrial zones with infrastructure",
                "Zone directorates",
                ("Organize Sanayi Bölgesi",),
            ),
            I("Textile engineering faculty in Kahramanmaraş", "University", ("Tekstil Mühendisliği",)),
        ),
        (
            I("Earthquake damage to buildings and machines", "Damage survey", ("#3",)),
            I("Few skilled workers, few women in employment", "Baseline survey", ("Kadın Emeği",)),
            I("Firms sell through intermediaries, little direct export", "Baseline survey", ("#2",)),
        ),
        (
            I("European buyers near-shoring from Asia", "Buyers' office", ("Avrupa İthalatçıları",)),
            I("KOSGEB and development agency grants for reconstruction", "Support programmes", ("KOSGEB",)),
            I("Environmental and CSR demands of brands", "Study of 100 SMEs", ("Fırat Yönetim",)),
        ),
        (
            I("Volatile cotton and yarn prices", "Price series", ("Pamuk",)),
            I("Workers leaving the region after the earthquakes", "Employment office", ("#2",)),
            I("Competition from larger clusters in Gaziantep and Bursa", "Market study", ("Gaziantep",)),
        ),
        (
            I(
                "Capacity lost in the earthquakes cannot be rebuilt by each firm alone",
                "Damage survey",
                ("Organize Sanayi Bölgesi", "#2"),
                ("O1", "SHARED", "KOSGEB"),
            ),
            I(
                "Firms lack quality testing and export marketing",
                "Baseline survey",
                ("Test Laboratuvarı",),
                ("O2", "LAB", "EXPORT"),
            ),
            I(
                "Companies cannot find trained workers, women above all",
                "Employment office",
                ("Kadın Emeği", "#2"),
                ("O3", "SKILLS", "WOMEN"),
            ),
        ),
        (
            I(
                "A joint cutting and shared workshop facility in the industrial zone",
                "Firms' readiness",
                ("#3",),
                ("SHARED",),
            ),
            I(
                "Part-time work of textile engineers through the university",
                "University agreement",
                ("Tekstil Mühendisliği",),
                ("SKILLS", "GRADS"),
            ),
        ),
    ),
    "ethiopia_edible_oil": Diagnostic(
        "Diagnostic study of the Bahir Dar edible oil cluster",
        "Participatory diagnostic with the edible-oil mills, the farmers' union, the laboratory and the "
        "regional bureaus: quality, hygiene, packaging and productivity.",
        (
            I("Fifty mills close to the oilseed areas of Gojjam", "Registry", ("Processors' Association",)),
            I("Regional demand for local edible oil", "Retailers", ("Consumers' Cooperative",)),
            I("A farmers' union able to supply graded seed", "Union", ("Farmers' Cooperative Union",)),
        ),
        (
            I("Unrefined oil of uneven quality", "Laboratory tests", ("Quality Testing Laboratory",)),
            I("Seed bought from informal traders, wet and mixed", "Baseline survey", ("Merawi Nug Traders",)),
            I("Poor storage, cleaning and grading of seed", "Mill visits", ("#3",)),
        ),
        (
            I("A common refinery owned by the mills", "Meetings of the mills", ("#3",)),
            I("Vitamin A and D fortification programme", "Alliance", ("Fortification Alliance",)),
            I("Project loans for agro-processing", "Development Bank", ("Development Bank",)),
        ),
        (
            I("Imported palm oil at low prices", "Market prices", ("Merkato",)),
            I("Shortage of foreign currency for equipment", "Bank", ("Development Bank",)),
            I(
                "The national standard may close unrefined mills",
                "Food and Drug Authority",
                ("Food and Drug Authority",),
            ),
        ),
        (
            I(
                "No single mill can afford a refinery",
                "Diagnostic workshops",
                ("Processors' Association", "#2"),
                ("O2", "REFINERY", "LOAN"),
            ),
            I(
                "Informal seed buying keeps quality low",
                "Baseline survey",
                ("Farmers' Cooperative Union",),
                ("O1", "SEED", "STORE"),
            ),
            I(
                "Mills do not meet the edible oil standard",
                "Laboratory tests",
                ("Food and Drug Authority",),
                ("O3", "STANDARD", "FORTIFY"),
            ),
        ),
        (
            I(
                "The fifty mills as shareholders of one refinery company",
                "Meetings of the mills",
                ("#4",),
                ("REFINERY",),
            ),
            I(
                "Training in storage, cleaning and grading with the Institute of Technology",
                "Training plan",
                ("Institute of Technology",),
                ("TRAIN", "STORE"),
            ),
        ),
    ),
}
