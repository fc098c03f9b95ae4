"""The default presentation of each sample: the story a coordinator would tell the steering committee, in
the sample's language. Two map views of the cluster (the wider area, then the core with the institutions
that lead its bodies picked out), then the ready-made views: key figures, results, the network before and
after, milestones, budget, governance and the decisions needed. Nine slides in all.

Map views are worked out from the sample's own boundaries (their boxes in the spatial index, with a
margin), so they follow the sample when it is rebuilt. UUIDs derive from the sample key, like every
other row of a sample. The builder calls `add_default_presentation(project, key)` once the project is
written.
"""

from __future__ import annotations

from clusterdesk.core import presentation_edits as edits

from .common import sample_uuid

MARGIN = 0.08  # of the box's width and height, on each side

# per sample: the presentation's name, then (title, caption, speaker notes) of the wider-area view and of
# the core-area view
MAP_STORIES: dict[str, dict] = {
    "atuntaqui_garments": {
        "name": "Comité directivo: avance del clúster",
        "wider": (
            "Atuntaqui en Imbabura",
            "Los talleres de confección de Antonio Ante, sus proveedores de Quito y Otavalo y los "
            "compradores de Ibarra y Colombia.",
            "Empezar por el territorio: el núcleo de Antonio Ante y el área ampliada de Imbabura. Recordar "
            "que la feria y la marca «Atuntaqui Moda» atraen compradores de todo el país.",
        ),
        "core": (
            "El núcleo del clúster",
            "Las redes de empresas, la Cámara de Comercio, la universidad y el colegio técnico: las "
            "instituciones que lideran los órganos están resaltadas.",
            "Señalar la Cámara de Comercio y la Asociación de Mujeres Tejedoras de San Roque: lideran los "
            "órganos que seguirán cuando el agente se retire.",
        ),
    },
    "ambato_footwear": {
        "name": "Comité directivo: avance del clúster",
        "wider": (
            "El calzado de Tungurahua",
            "Ambato, Cevallos y Quisapincha: los zapateros, las curtiembres y los compradores de la "
            "provincia.",
            "Presentar los tres polos zapateros y recordar que la mayoría son talleres de menos de diez "
            "personas.",
        ),
        "core": (
            "El núcleo del clúster en Ambato",
            "Las nueve redes de zapateros y las instituciones que las acompañan; resaltadas, las que "
            "lideran los órganos del clúster.",
            "Mostrar cómo las redes de compra de cuero y de calzado escolar unen talleres que antes "
            "trabajaban solos.",
        ),
    },
    "bosawas_cocoa": {
        "name": "Comité directivo: avance del programa",
        "wider": (
            "Los municipios de Bosawas",
            "Las comunidades cacaoteras de la reserva y los municipios donde venden su cacao.",
            "Situar la reserva y las distancias: muchas familias están a horas de camino del acopio. Por "
            "eso las redes importan.",
        ),
        "core": (
            "Las comunidades cacaoteras",
            "Las familias productoras organizadas en 18 redes; resaltadas, las organizaciones que lideran "
            "los órganos territoriales.",
            "Contar que antes de la línea de base casi todas las familias vendían solas a intermediarios.",
        ),
    },
    "samara_automotive": {
        "name": "Руководящий комитет: ход проекта",
        "wider": (
            "Самарско-Тольяттинская агломерация",
            "Поставщики автокомпонентов Тольятти и Самары, их заказчики и партнёры.",
            "Начать с территории: ядро в Тольятти, агломерация вокруг. Напомнить, что словенские партнёры "
            "на карте не показаны: у них нет координат в регионе.",
        ),
        "core": (
            "Ядро кластера в Тольятти",
            "Ассоциация поставщиков, деловой клуб и совместные предприятия; выделены организации, "
            "возглавляющие органы кластера.",
            "Показать ассоциацию поставщиков (17 членов) и Российско-словенский деловой клуб (43 члена): "
            "через них связаны словенские фирмы.",
        ),
    },
    "adiyaman_kahramanmaras_textiles": {
        "name": "Steering committee: progress of the clusters",
        "wider": (
            "Adıyaman and Kahramanmaraş",
            "Two textile clusters, spinning and weaving in Kahramanmaraş, home textiles in Adıyaman, "
            "rebuilding after the 2023 earthquakes.",
            "Open with the two provinces and the earthquake: each cluster has its own CDA and its own "
            "Cluster Commission.",
        ),
        "core": (
            "The core area in Kahramanmaraş",
            "Mills, workshops and the institutions that support them; highlighted, those that lead the "
            "clusters' bodies.",
            "Point at the university and İŞKUR: engineers placed and workers trained for ten companies.",
        ),
    },
    "ethiopia_edible_oil": {
        "name": "Steering committee: progress of the cluster",
        "wider": (
            "Bahir Dar and the Amhara towns",
            "The edible-oil mills around Lake Tana and in Gojjam, with the farmers' unions that sell them "
            "seed.",
            "Show where the fifty mills are and where the seed comes from; most are small family mills.",
        ),
        "core": (
            "The core area in Bahir Dar",
            "The mills that founded REOP plc and the institutions behind them; highlighted, those that lead"
            " the cluster's bodies.",
            "Tell the REOP story: fifty MSMEs became shareholders of one company and borrowed for a "
            "refinery together.",
        ),
    },
}

# per language: (title, caption, speaker notes) of each ready-made view
VIEW_TEXTS: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "key_figures": (
            "The cluster in figures",
            "Firms, institutions, ties, joint actions and who pays.",
            "Read out three figures only: firms, joint actions done, the firms' share of the budget.",
        ),
        "results": (
            "Results so far",
            "Outcome and output indicators against their targets.",
            "Start with what is off track and say what the team proposes.",
        ),
        "network": (
            "A denser network",
            "How cooperation changed between the baseline and the follow-up survey.",
            "Density and clustering rose: firms that traded alone now work in networks.",
        ),
        "milestones": (
            "Milestones and delays",
            "What is done, what is late and by how much against the baseline.",
            "Explain each late action in one sentence and give the new date.",
        ),
        "budget": (
            "Who pays for what",
            "The plan's budget by source and the firms' share in each objective.",
            "Stress the firms' own contribution: cost sharing shows commitment.",
        ),
        "governance": (
            "Towards local ownership",
            "Who leads the joint actions, and the checklist for the CDA's withdrawal.",
            "Say which checklist items remain and who will take them on.",
        ),
        "decisions": (
            "Decisions for the committee",
            "What this meeting is asked to decide.",
            "End here and ask for a decision on each line.",
        ),
    },
    "es": {
        "key_figures": (
            "El clúster en cifras",
            "Empresas, instituciones, vínculos, acciones conjuntas y quién paga.",
            "Leer solo tres cifras: empresas, acciones conjuntas realizadas y el aporte de las empresas.",
        ),
        "results": (
            "Los resultados hasta ahora",
            "Indicadores de efecto y de producto frente a sus metas.",
            "Empezar por lo que está desviado y decir qué propone el equipo.",
        ),
        "network": (
            "Una red más densa",
            "Cómo cambió la cooperación entre la línea de base y la encuesta de seguimiento.",
            "Subieron la densidad y el agrupamiento: empresas que trabajaban solas ahora lo hacen en redes.",
        ),
        "milestones": (
            "Hitos y retrasos",
            "Lo hecho, lo atrasado y cuánto frente a la línea de base.",
            "Explicar cada acción atrasada en una frase y dar la nueva fecha.",
        ),
        "budget": (
            "Quién paga qué",
            "El presupuesto del plan por fuente y el aporte de las empresas en cada objetivo.",
            "Subrayar el aporte propio de las empresas: compartir costos muestra compromiso.",
        ),
        "governance": (
            "Hacia la apropiación local",
            "Quién lidera las acciones conjuntas y la lista para el retiro del agente.",
            "Decir qué puntos de la lista faltan y quién se hará cargo.",
        ),
        "decisions": (
            "Decisiones para el comité",
            "Lo que se pide decidir en esta reunión.",
            "Terminar aquí y pedir una decisión para cada línea.",
        ),
    },
    "ru": {
        "key_figures": (
            "Кластер в цифрах",
            "Предприятия, организации, связи, совместные действия и кто платит.",
            "Назвать только три числа: предприятия, выполненные совместные действия, доля средств "
            "предприятий.",
        ),
        "results": (
            "Результаты на сегодня",
            "Индикаторы конечных и непосредственных результатов в сравнении с целями.",
            "Начать с отклонений и сказать, что предлагает команда.",
        ),
        "network": (
            "Сеть стала плотнее",
            "Как изменилось сотрудничество между базовым и повторным обследованием.",
            "Плотность и кластеризация выросли: фирмы, работавшие поодиночке, теперь работают в сетях.",
        ),
        "milestones": (
            "Вехи и задержки",
            "Что сделано, что просрочено и насколько относительно базового плана.",
            "Объяснить каждое просроченное действие одной фразой и назвать новый срок.",
        ),
        "budget": (
            "Кто за что платит",
            "Бюджет плана по источникам и доля предприятий по каждой цели.",
            "Подчеркнуть собственный вклад предприятий: совместное финансирование показывает "
            "заинтересованность.",
        ),
        "governance": (
            "К местной ответственности",
            "Кто руководит совместными действиями и перечень для ухода агента.",
            "Сказать, какие пункты перечня остались и кто за них возьмётся.",
        ),
        "decisions": (
            "Решения для комитета",
            "Что этому заседанию предлагается решить.",
            "Закончить здесь и попросить решения по каждой строке.",
        ),
    },
}
VIEWS = ("key_figures", "results", "network", "milestones", "budget", "governance", "decisions")


def _box(connection, position: int) -> tuple[float, float, float, float] | None:
    """The box (west, south, east, north) of the sample's boundary number `position` (0: the core area,
    1: the wider area, in the order they were written), with a margin; None when there is none."""
    row = connection.execute(
        "SELECT r.minx, r.miny, r.maxx, r.maxy FROM cluster_boundaries b"
        " JOIN rtree_cluster_boundaries_geom r ON r.id = b.fid ORDER BY b.fid LIMIT 1 OFFSET ?",
        (position,),
    ).fetchone()
    if row is None:
        return None
    west, south, east, north = row
    dx, dy = (east - west) * MARGIN, (north - south) * MARGIN
    return (max(west - dx, -180), max(south - dy, -90), min(east + dx, 180), min(north + dy, 90))


def _lead_institutions(connection) -> list[str]:
    return [
        r[0]
        for r in connection.execute(
            "SELECT DISTINCT s.uuid FROM governance_bodies b"
            " JOIN stakeholders s ON s.fid = b.lead_stakeholder_id ORDER BY s.uuid"
        )
    ]


def add_default_presentation(project, key: str) -> None:
    """Add the sample `key`'s default presentation (nine slides) to `project`, as one undoable step."""
    story = MAP_STORIES[key]
    connection = project.connection
    language = connection.execute("SELECT language FROM project_info").fetchone()[0]
    texts = VIEW_TEXTS[language]
    added = edits.add_presentation(project, story["name"], default=True)
    project.stack.push(added)
    fid = (added.rows if hasattr(added, "rows") else added.commands[-1].rows)["presentations"][0]["fid"]
    everything = ["basemap", "boundaries", "relations", "stakeholders", "labels"]
    # the core view names its highlighted institutions in large type: without ties and small labels under them
    quiet = ["basemap", "boundaries", "stakeholders"]
    views = [("wider", _box(connection, 1), everything, []),
             ("core", _box(connection, 0), quiet, _lead_institutions(connection))]  # fmt: skip
    for part, box, layers, highlighted in views:
        if box is None:
            continue
        title, caption, notes = story[part]
        project.stack.push(
            edits.add_map_slide(
                project, fid, box, title, layers=layers, highlighted=highlighted, caption=caption,
                speaker_notes=notes,
            )
        )  # fmt: skip
    for kind in VIEWS:
        title, caption, notes = texts[kind]
        values = {"kind": kind, "title": title, "caption": caption, "speaker_notes": notes}
        if kind == "network":
            values["options"] = {"rounds": ["baseline", "follow_up_1"]}
        project.stack.push(edits.add_slide(project, fid, values))
    # UUIDs that repeat from build to build, as every other row of a sample
    connection.execute(
        "UPDATE presentations SET uuid = ? WHERE fid = ?", (sample_uuid(key, "presentations", fid), fid)
    )
    for (slide,) in connection.execute(
        "SELECT fid FROM presentation_slides WHERE presentation_id = ?", (fid,)
    ).fetchall():
        connection.execute(
            "UPDATE presentation_slides SET uuid = ? WHERE fid = ?",
            (sample_uuid(key, "presentation_slides", slide), slide),
        )
    connection.commit()
