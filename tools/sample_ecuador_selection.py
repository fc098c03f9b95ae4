"""The Ecuador cluster selection sample: phase 1 of the method, the joint MICIP–UNIDO assessment of 2003
that chose the garment cluster of Atuntaqui and the footwear cluster of Ambato (*The UNIDO approach to
cluster development*, 2013: "A joint assessment carried out by UNIDO and MICIP led to the selection of two
sectors ... garments and footwear").

    python tools/build_samples.py --only ecuador_cluster_selection

The areas are Ecuador's 24 provinces with their real outlines (tools/data/ecuador_provinces.geojson,
Natural Earth, public domain); the employment figures are illustrative (tools/sample_ecuador_statistics.py);
the registry firms are invented; the criteria, weights, hand scores and the decision are as such an
assessment might set them. Every UUID derives from the sample key, so the file is the same on every build.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from sample_ecuador_statistics import employment_rows
from samples.common import SampleBuilder, SurveyRounds, Town, sample_uuid
from samples.locales import ECUADOR
from samples.logo import agency_logo
from shapely.geometry import MultiPolygon, Point, shape

from clusterdesk.analysis.selection_study import evaluate
from clusterdesk.core import selection_edits
from clusterdesk.core.cluster_selection import SELECTION_TABLES
from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import SurveyRound

KEY = "ecuador_cluster_selection"
PROVINCES_FILE = Path(__file__).resolve().parent / "data" / "ecuador_provinces.geojson"
ASSESSMENT = SurveyRounds(dt.date(2003, 5, 30), dt.date(2003, 5, 30))  # the registry's firm mapping
DECIDED_ON = dt.date(2003, 7, 15)
AS_OF = DECIDED_ON  # the sample's "today", stamped into the file

_APPROX = "town centre, approximate"
QUITO = Town("Quito", "Quito", "Pichincha", -78.5020, -0.2130)
GUAYAQUIL = Town("Guayaquil", "Guayaquil", "Guayas", -79.9220, -2.2181)
CUENCA = Town("Cuenca", "Cuenca", "Azuay", -79.0000, -2.9000)
AMBATO = Town("Ambato", "Ambato", "Tungurahua", -78.6200, -1.2696)
CEVALLOS = Town("Cevallos", "Cevallos", "Tungurahua", -78.6147, -1.3547, _APPROX)
QUISAPINCHA = Town("Quisapincha", "Ambato", "Tungurahua", -78.6767, -1.2367, _APPROX)
IBARRA = Town("Ibarra", "Ibarra", "Imbabura", -78.1300, 0.3604)
ATUNTAQUI = Town("Atuntaqui", "Antonio Ante", "Imbabura", -78.2136, 0.3319, _APPROX)
OTAVALO = Town("Otavalo", "Otavalo", "Imbabura", -78.2625, 0.2342, _APPROX)
MANTA = Town("Manta", "Manta", "Manabí", -80.7200, -0.9700)
PORTOVIEJO = Town("Portoviejo", "Portoviejo", "Manabí", -80.4600, -1.0600)
LATACUNGA = Town("Latacunga", "Latacunga", "Cotopaxi", -78.6100, -0.9296)

INFO = {
    "country": "EC",
    "region": "Ecuador, 24 provinces",
    "sector_code": "C",
    "sector_label": "Manufacturing",
    "currency": "USD",
    "language": "en",
    "phase": 1,
    "start_date": dt.date(2003, 2, 3),
    "agency_name": "Ministry of Industry and Competitiveness (MICIP)",
    "description": (
        "The joint assessment by MICIP and UNIDO that selected the clusters a cluster development "
        "initiative would support: employment of the 24 provinces by ISIC division in 1998 and 2003, six "
        "candidate clusters scored on weighted criteria, and the Steering Committee's decision for the "
        "garment cluster of Atuntaqui (Imbabura) and the footwear cluster of Ambato (Tungurahua). The "
        "province outlines are Natural Earth's; the employment figures are illustrative, not official "
        "statistics, and the firms are invented."
    ),
}

# code, name, ISIC division, area codes, notes
CANDIDATES = (
    ("garments-imbabura", "Garments and knitwear of Atuntaqui (Imbabura)", "14", ("10",),
     "Hundreds of family workshops in Atuntaqui and Otavalo sell knitwear to buyers from all the country."),
    ("footwear-tungurahua", "Leather footwear of Ambato (Tungurahua)", "15", ("18",),
     "Shoemakers of Ambato, Cevallos and Quisapincha with the tanneries of the city."),
    ("food-manabi", "Fish and food processing of Manabí", "10", ("13",),
     "Tuna canneries of Manta and their suppliers; a few large exporters lead."),
    ("furniture-azuay", "Wood and furniture of Cuenca (Azuay)", "31", ("01",),
     "Furniture workshops around Cuenca with a design tradition; ceramics nearby."),
    ("garments-pichincha", "Garments of Quito (Pichincha)", "14", ("17",),
     "Garment firms spread over the capital, several of them large."),
    ("leather-guayas", "Leather and tanning of Guayaquil (Guayas)", "15", ("09",),
     "A few tanneries and leather goods makers in Guayaquil."),
)  # fmt: skip

# criterion key -> weight, as MICIP and UNIDO set them: specialisation and size first, the SMEs that make a
# cluster and their readiness to act together next
WEIGHTS = {"specialisation": 3.0, "size": 2.0, "growth": 1.0, "smes": 2.0, "institutions": 1.0,
           "joint_action": 2.0, "policy_priority": 1.0}  # fmt: skip

# candidate -> criterion -> (score 0-5, note)
HAND_SCORES = {
    "garments-imbabura": {
        "institutions": (4, "Chamber of commerce of Antonio Ante, municipality, university in Ibarra."),
        "joint_action": (5, "Workshops already share buyers, a weekend market and a trade fair."),
        "policy_priority": (4, "Rural employment, much of it women's, in the northern highlands."),
    },
    "footwear-tungurahua": {
        "institutions": (4, "Chamber of footwear producers, chamber of industries, university of Ambato."),
        "joint_action": (5, "Shoemakers buy leather together informally and subcontract each other."),
        "policy_priority": (4, "Small producers under pressure from imports."),
    },
    "food-manabi": {
        "institutions": (3, "Fishing port authority and exporters' association."),
        "joint_action": (2, "Led by a few large canneries; small processors stay apart."),
        "policy_priority": (3, "Coastal employment; exports already supported."),
    },
    "furniture-azuay": {
        "institutions": (3, "Chamber of small industry of Azuay and the university's design school."),
        "joint_action": (3, "Some joint fairs; workshops compete on price."),
        "policy_priority": (2, "Province with higher incomes than most."),
    },
    "garments-pichincha": {
        "institutions": (4, "Many institutions in the capital, few of them for garments."),
        "joint_action": (2, "Firms spread over a large city, little contact between them."),
        "policy_priority": (2, "The capital already receives most programmes."),
    },
    "leather-guayas": {
        "institutions": (2, "No association of the sector in Guayaquil."),
        "joint_action": (1, "A few tanneries that supply Ambato rather than each other."),
        "policy_priority": (2, "Declining sector in the largest city."),
    },
}  # fmt: skip

# registry firms: (name, town, ISIC class, employees, products)
FIRMS = (
    ("Tejidos Atuntaqui Andrade", ATUNTAQUI, "1430", 18, "sweaters; knitted jackets"),
    ("Confecciones La Fabril", ATUNTAQUI, "1410", 24, "tracksuits; T-shirts"),
    ("Textiles Santa Martha", ATUNTAQUI, "1430", 12, "knitwear for children"),
    ("Creaciones Imbabura", ATUNTAQUI, "1410", 9, "pyjamas; sportswear"),
    ("Modas Andrea", ATUNTAQUI, "1410", 6, "women's blouses"),
    ("Tejidos Otavalo Cotacachi", OTAVALO, "1430", 15, "wool ponchos; sweaters"),
    ("Confecciones San Luis", OTAVALO, "1410", 7, "embroidered blouses"),
    ("Industria Textil Ibarra", IBARRA, "1410", 40, "jeans; work clothes"),
    ("Calzado Gamos", AMBATO, "1520", 35, "men's leather shoes"),
    ("Calzado Liwi", AMBATO, "1520", 22, "school shoes"),
    ("Botas Ambato", AMBATO, "1520", 14, "work boots"),
    ("Calzado Cevallos Sánchez", CEVALLOS, "1520", 8, "women's shoes"),
    ("Zapatería El Calzado Fino", CEVALLOS, "1520", 5, "made-to-measure shoes"),
    ("Chompas Quisapincha", QUISAPINCHA, "1512", 10, "leather jackets; bags"),
    ("Manufacturas de Cuero Quisapincha", QUISAPINCHA, "1512", 6, "leather bags; belts"),
    ("Curtiembre Tungurahua", AMBATO, "1511", 60, "tanned bovine leather"),
    ("Conservas del Pacífico", MANTA, "1020", 640, "canned tuna"),
    ("Procesadora de Pescado Jaramijó", MANTA, "1020", 85, "frozen fish; fish meal"),
    ("Lácteos Portoviejo", PORTOVIEJO, "1050", 30, "cheese; yoghurt"),
    ("Panificadora Manabita", PORTOVIEJO, "1071", 12, "bread; pastries"),
    ("Muebles Artesanales del Azuay", CUENCA, "3100", 28, "solid wood furniture"),
    ("Carpintería Vázquez Hermanos", CUENCA, "3100", 9, "kitchens; wardrobes"),
    ("Mueblería El Cedro", CUENCA, "3100", 16, "dining sets"),
    ("Aserradero Paute", CUENCA, "1610", 11, "sawn timber"),
    ("Confecciones Quito Norte", QUITO, "1410", 320, "shirts; uniforms"),
    ("Textiles del Pichincha", QUITO, "1410", 280, "jeans"),
    ("Creaciones Chillogallo", QUITO, "1410", 14, "children's clothes"),
    ("Uniformes La Magdalena", QUITO, "1410", 19, "school uniforms"),
    ("Curtiduría del Guayas", GUAYAQUIL, "1511", 90, "tanned leather"),
    ("Marroquinería Guayaquil", GUAYAQUIL, "1512", 12, "bags; wallets"),
    ("Flores de Cotopaxi", LATACUNGA, "0119", 180, "cut roses"),
)  # fmt: skip

# institutions: (name, kind, town, the candidates whose firms are members)
INSTITUTIONS = (
    ("Ministry of Industry and Competitiveness (MICIP)", "public_authority", QUITO),
    ("UNIDO Office in Ecuador", "international_organisation", QUITO),
    ("Cámara de Comercio de Antonio Ante", "business_association", ATUNTAQUI),
    ("Cámara de Calzado de Tungurahua", "business_association", AMBATO),
    ("Universidad Técnica del Norte", "training_institution", IBARRA),
    ("Universidad Técnica de Ambato", "training_institution", AMBATO),
    ("Cámara de la Pequeña Industria del Azuay", "business_association", CUENCA),
)


def build(output_dir: Path, write_reproducibly) -> Path:
    """Build the sample into `output_dir` and return its path; `write_reproducibly(project, target,
    as_of)` is build_samples' saver (fixed times, compacted layout)."""
    project = Project.new(
        None,
        "Cluster selection in Ecuador",
        uuid=sample_uuid(KEY, "project_info", 1),
        agency_logo=agency_logo("#1b6e5a"),
        agency_logo_mime="image/png",
        **INFO,
    )
    try:
        provinces = _provinces()
        _add_registry(project, provinces, random.Random(f"{KEY}:registry"))
        _add_study(project, provinces)
        _set_sample_uuids(project)
        target = output_dir / f"{KEY}.gpkg"
        write_reproducibly(project, target, AS_OF)
    finally:
        project.close()
    return target


def _provinces() -> list[dict]:
    collection = json.loads(PROVINCES_FILE.read_text(encoding="utf-8"))
    rows = []
    for feature in collection["features"]:
        geometry = shape(feature["geometry"])
        if geometry.geom_type == "Polygon":
            geometry = MultiPolygon([geometry])
        rows.append({"code": feature["properties"]["code"], "name": feature["properties"]["name"],
                     "geom": geometry})  # fmt: skip
    return rows


def _inside(rng: random.Random, town: Town, outline) -> tuple[float, float]:
    """A point near the town inside its province (a coastal town's scatter may fall into the sea)."""
    for _ in range(20):
        lon = town.lon + rng.uniform(-0.012, 0.012)
        lat = town.lat + rng.uniform(-0.012, 0.012)
        if outline.contains(Point(lon, lat)):
            return round(lon, 5), round(lat, 5)
    return town.lon, town.lat


def _add_registry(project: Project, provinces: list[dict], rng: random.Random) -> None:
    by_name = {p["name"]: p["geom"] for p in provinces}
    builder = SampleBuilder(KEY, ECUADOR, ASSESSMENT)
    firms = []
    for name, town, sector, employees, products in FIRMS:
        lon, lat = _inside(rng, town, by_name[town.province])
        handle = builder.add(
            rng, name, "enterprise", town, sector_code=sector, employees=employees, products=products,
            women_employees=round(employees * rng.uniform(0.3, 0.7)), year_founded=rng.randint(1968, 1999),
        )  # fmt: skip
        builder.rows[handle]["lon"], builder.rows[handle]["lat"] = lon, lat
        firms.append((handle, town.province))
    institutions = {}
    for name, kind, town in INSTITUTIONS:
        lon, lat = _inside(rng, town, by_name[town.province])
        handle = builder.add(rng, name, kind, town, year_founded=rng.randint(1950, 1990))
        builder.rows[handle]["lon"], builder.rows[handle]["lat"] = lon, lat
        institutions[name] = handle
    chambers = {
        "Imbabura": "Cámara de Comercio de Antonio Ante",
        "Tungurahua": "Cámara de Calzado de Tungurahua",
        "Azuay": "Cámara de la Pequeña Industria del Azuay",
    }
    for handle, province in firms:
        if province in chambers and rng.random() < 0.8:
            builder.relate(rng, handle, institutions[chambers[province]], "member_of")
    unido, micip = institutions["UNIDO Office in Ecuador"], institutions[INSTITUTIONS[0][0]]
    builder.relate(rng, unido, micip, "advises", since=dt.date(2003, 2, 3))
    for university, chamber in (("Universidad Técnica del Norte", chambers["Imbabura"]),
                                ("Universidad Técnica de Ambato", chambers["Tungurahua"])):  # fmt: skip
        builder.relate(rng, institutions[university], institutions[chamber], "advises")
    builder.write(project)
    project.session.add(
        SurveyRound(
            uuid=sample_uuid(KEY, "survey_rounds", 0),
            code="baseline",
            position=0,
            held_on=ASSESSMENT.baseline,
            notes="Mapping of firms and institutions for the joint assessment",
        )  # fmt: skip
    )
    project.session.commit()


def _add_study(project: Project, provinces: list[dict]) -> None:
    stack = project.stack
    stack.push(
        selection_edits.create_study(
            project,
            "Joint MICIP–UNIDO assessment of manufacturing clusters",
            measure="employment",
            year=2003,
            base_year=1998,
            area_level="Province",
            description=(
                "Employment by province and ISIC Rev.4 division, 1998 and 2003. Illustrative figures built "
                "for the ClusterDesk sample, not official statistics."
            ),
        )
    )
    stack.push(selection_edits.import_rows(project, {"selection_areas": provinces}, "Import the provinces"))
    statistics = employment_rows(f"{KEY}:statistics")
    stack.push(
        selection_edits.import_rows(project, {"selection_statistics": statistics}, "Import employment")
    )
    criteria = dict(project.connection.execute("SELECT key, fid FROM selection_criteria"))
    stack.push(selection_edits.set_weights(project, {criteria[k]: w for k, w in WEIGHTS.items()}))
    for code, name, sector, areas, notes in CANDIDATES:
        stack.push(selection_edits.add_candidate(project, code, name, sector, areas, notes))
    candidates = dict(project.connection.execute("SELECT code, fid FROM selection_candidates"))
    for code, scores in HAND_SCORES.items():
        for key, (value, note) in scores.items():
            stack.push(selection_edits.set_score(project, candidates[code], criteria[key], value, note))
    _decide(project, candidates)


def _decide(project: Project, candidates: dict[str, int]) -> None:
    basis = evaluate(project.connection).decision_basis()
    outcomes = {fid: "rejected" for fid in candidates.values()}
    outcomes[candidates["garments-imbabura"]] = "selected"
    outcomes[candidates["footwear-tungurahua"]] = "selected"
    outcomes[candidates["food-manabi"]] = "reserve"
    grounds = (
        "Garments and footwear account for a significant share of employment and income generation in the "
        "country, and clusters are a common form of organisation for their manufacturing. Within each "
        "sector one cluster receives assistance: the garment cluster of Atuntaqui and the footwear cluster "
        "of Ambato, first and second in the joint assessment's ranking. Fish processing in Manabí is kept in "
        "reserve."
    )
    project.stack.push(
        selection_edits.record_decision(
            project, DECIDED_ON, "Steering Committee (MICIP, UNIDO)", grounds, outcomes, basis
        )
    )


def _set_sample_uuids(project: Project) -> None:
    """The commands give new rows random UUIDs; a sample's are derived from its key and the row."""
    connection = project.connection
    for table in ("survey_rounds", *SELECTION_TABLES):
        columns = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        if "uuid" not in columns:
            continue
        fids = [fid for (fid,) in connection.execute(f'SELECT fid FROM "{table}" ORDER BY fid')]
        connection.executemany(
            f'UPDATE "{table}" SET uuid = ? WHERE fid = ?',
            [(sample_uuid(KEY, table, fid), fid) for fid in fids],
        )
    connection.commit()
