"""Cocoa producer networks around the Bosawas biosphere reserve (Nicaragua).

266 producer families grow cocoa in agroforestry plots in the reserve's buffer zone, in the
municipalities of Siuna, Waslala, Bonanza, Rosita, El Cuá and San José de Bocay. At the baseline they
worked alone (some as members of a cooperative, some selling to intermediaries); the project then
organised them into 18 producer networks, one per community (reference text: "266 producer families
organized or integrated into 18 producer networks"), which sell through the cooperatives to exporters and
chocolate makers. The networks' founding days (May to November 2021), the families, communities and
firms are invented; communities are placed around the real municipal seats.
"""

from __future__ import annotations

import datetime as dt
import random

from .common import SampleBuilder, SampleDefinition, SurveyRounds, Town, pick, scatter
from .locales import NICARAGUA, NICARAGUA_SURNAMES, SPANISH_INSTITUTION_ROLES
from .network import ClusterActors, GrowthRates, grow_network

FAMILIES = 266
NETWORKS = 18

_APPROX = "town centre, approximate (the town is not in Natural Earth 1:10m)"
_RACCN = "Costa Caribe Norte"
SIUNA = Town("Siuna", "Siuna", _RACCN, -84.7767, 13.7333, _APPROX)
WASLALA = Town("Waslala", "Waslala", _RACCN, -85.3794, 13.3336, _APPROX)
BONANZA = Town("Bonanza", "Bonanza", _RACCN, -84.5906, 14.0286, _APPROX)
ROSITA = Town("Rosita", "Rosita", _RACCN, -84.4031, 13.9267, _APPROX)
EL_CUA = Town("El Cuá", "El Cuá", "Jinotega", -85.6728, 13.3681, _APPROX)
BOCAY = Town("San José de Bocay", "San José de Bocay", "Jinotega", -85.5394, 13.5428, _APPROX)
MATAGALPA = Town("Matagalpa", "Matagalpa", "Matagalpa", -85.9167, 12.9171)
MANAGUA = Town("Managua", "Managua", "Managua", -86.2704, 12.1550)
PUERTO_CABEZAS = Town("Puerto Cabezas", "Puerto Cabezas", _RACCN, -83.3834, 14.0333)

_SEATS = (SIUNA, SIUNA, WASLALA, WASLALA, WASLALA, BONANZA, ROSITA, EL_CUA, BOCAY)
_COMMUNITY_NAMES = (
    "El Achiote", "Las Pozas", "Río Blanco Arriba", "Santa Fe", "El Zapote", "Caño Los Martínez",
    "La Cuchilla", "Sabana Grande", "Las Delicias", "El Naranjal", "Bella Vista", "Cerro Verde",
    "Los Laureles", "San Pablo de Wani", "El Guayabo", "Aguas Calientes", "Nueva Esperanza", "Piedra Fina",
)  # fmt: skip


def _communities(rng: random.Random) -> list[Town]:
    """The 18 communities, each 8–20 km from a municipal seat, towards the reserve in the north."""
    communities = []
    for name in _COMMUNITY_NAMES:
        seat = rng.choice(_SEATS)
        lon, lat = scatter(rng, seat, 9.0)
        lat = max(lat, seat.lat - 0.03)  # the buffer zone lies north of the seats
        communities.append(Town(name, seat.municipality, seat.province, lon, lat, "invented community"))
    return communities


def _family_name(rng: random.Random) -> str:
    first, second = rng.sample(NICARAGUA_SURNAMES, 2)
    return f"Familia {first} {second}"


def _founding_days(rng: random.Random) -> list[dt.date]:
    """The day each network held its founding assembly, after the baseline survey and the vision."""
    first = dt.date(2021, 5, 3)
    return sorted(first + dt.timedelta(days=rng.randint(0, 210)) for _ in range(NETWORKS))


def _families_per_network(rng: random.Random) -> list[int]:
    sizes = [FAMILIES // NETWORKS] * NETWORKS
    for index in rng.sample(range(NETWORKS), FAMILIES - sum(sizes)):
        sizes[index] += 1
    return sizes


_ORGANISATIONS = (
    ("Cooperativa Agroforestal Cacaotera de Waslala", "business_association", WASLALA, "cooperative"),
    ("Cooperativa Multisectorial Flor de Siuna", "business_association", SIUNA, "cooperative"),
    ("Cooperativa de Cacao Las Minas", "business_association", ROSITA, "cooperative"),
    ("Unión de Cooperativas Cacao Bosawas", "business_association", SIUNA, "union"),
    ("Exportadora Cacao Fino de Nicaragua", "buyer", MANAGUA, "buyer"),
    ("Chocolatería Artesanal Matagalpa", "buyer", MATAGALPA, "buyer"),
    ("Comercializadora Cacao del Caribe", "buyer", PUERTO_CABEZAS, "buyer"),
    ("Intermediarios de cacao en baba", "buyer", None, "buyer"),
    ("Centro de Acopio y Fermentación El Ocote", "bds_provider", WASLALA, "advisor"),
    ("Servicios Técnicos Agroforestales del Norte", "bds_provider", SIUNA, "advisor"),
    ("Universidad Comunitaria del Caribe – Recinto Siuna", "training_institution", SIUNA, "advisor"),
    ("Escuela Técnica Agropecuaria de Waslala", "training_institution", WASLALA, "advisor"),
    ("Secretaría Técnica de la Reserva de Biosfera Bosawas", "public_authority", SIUNA, "public"),
    ("Alcaldía Municipal de Siuna", "public_authority", SIUNA, "public"),
    ("Alcaldía Municipal de Waslala", "public_authority", WASLALA, "public"),
    ("Alcaldía Municipal de Bonanza", "public_authority", BONANZA, "public"),
    ("Delegación de Sanidad Agropecuaria – Siuna", "public_authority", SIUNA, "public"),
    ("Microfinanciera Fondo Campesino", "financial_institution", SIUNA, "financier"),
    ("Caja Rural Waslala", "financial_institution", WASLALA, "financier"),
    ("Fundación Bosque y Cacao", "ngo_other", WASLALA, "ngo"),
    ("Asociación para el Desarrollo de Bosawas", "ngo_other", SIUNA, "ngo"),
)  # fmt: skip


def populate(builder: SampleBuilder, rng: random.Random) -> None:
    communities = _communities(rng)
    networks = [
        builder.add(
            rng, f"Red de Productores de Cacao {town.name}", "business_association", town, radius_km=0.3,
            sector_code="0127", products="cacao en baba; cacao seco fermentado",
            legal_form="asociación de hecho",
            tags="red de productores", address=f"Comunidad {town.name}, {town.municipality}",
        )
        for town in communities
    ]  # fmt: skip
    members_of: dict[int, list[int]] = {}
    for network, community, size in zip(networks, communities, _families_per_network(rng), strict=True):
        members_of[network] = [_add_family(builder, rng, community) for _ in range(size)]
    roles: dict[str, list[int]] = {}
    for name, kind, town, role in _ORGANISATIONS:
        roles.setdefault(role, []).append(builder.add(rng, name, kind, town, radius_km=0.5))
    founded = dict(zip(networks, _founding_days(rng), strict=True))
    for network, day in founded.items():
        builder.rows[network]["year_founded"] = day.year
        builder.rows[network]["notes"] = f"Asamblea de fundación: {day.isoformat()}"
    _memberships(builder, rng, members_of, founded)
    union, cooperatives = roles["union"][0], roles["cooperative"]
    for cooperative in cooperatives:
        builder.relate(rng, cooperative, union, "member_of", "baseline", strength=4)
    # The networks are the cluster's firms at the level where the programme works
    actors = ClusterActors(
        firms=networks,
        buyers=cooperatives,
        associations=[union],
        advisors=roles["advisor"],
        financiers=roles["financier"],
        public=roles["public"],
        ngos=roles["ngo"],
    )
    rates = GrowthRates(buyer=(0.6, 0.4), membership=(0.5, 0.4), advice=(0.4, 0.6), credit=(0.2, 0.3),
                        subcontract=(0.0, 0.0), joint_actions_per_firm=(0.1, 0.5))  # fmt: skip
    grow_network(builder, rng, actors, rates)
    _networks_exist_from_their_founding(builder, rng, founded)
    for cooperative in cooperatives:
        for buyer in roles["buyer"]:
            survey_round = "baseline" if rng.random() < 0.6 else "follow_up_1"
            builder.relate(rng, buyer, cooperative, "buys_from", survey_round)
    families = [f for members in members_of.values() for f in members]
    for family in pick(rng, families, 0.06):
        builder.relate(
            rng, rng.choice(roles["financier"]), family, "finances", "follow_up_1", notes="crédito para poda"
        )
    # before the networks, some of the families belonged to one of the cooperatives
    for family in pick(rng, families, 0.3):
        builder.relate(
            rng, family, rng.choice(cooperatives), "member_of", "baseline", strength=rng.randint(2, 4)
        )
    builder.boundary_around(
        "Zona núcleo – comunidades cacaoteras", families, 2.5,
        "Comunidades de las 18 redes en la zona de amortiguamiento de la reserva",
    )  # fmt: skip
    builder.boundary_around(
        "Área ampliada – municipios de Bosawas", families + networks + roles["public"], 6.0,
        "Siuna, Waslala, Bonanza, Rosita, El Cuá y San José de Bocay",
    )  # fmt: skip


def _networks_exist_from_their_founding(
    builder: SampleBuilder, rng: random.Random, founded: dict[int, dt.date]
) -> None:
    """The networks did not exist at the baseline: every tie of a network is first observed by the
    follow-up and starts after its founding assembly."""
    last = builder.rounds.follow_up_1 - dt.timedelta(days=14)
    for relation in builder.relations:
        days = [founded[h] for h in (relation["source"], relation["target"]) if h in founded]
        if not days:
            continue
        start = max(days)
        relation["survey_round"] = "follow_up_1"
        relation["since"] = start + dt.timedelta(days=rng.randint(0, max((last - start).days, 0)))


def _add_family(builder: SampleBuilder, rng: random.Random, community: Town) -> int:
    workers = rng.randint(2, 7)
    hectares = round(rng.uniform(0.5, 4.0), 1)
    tags = ["agroforestal"] + (["orgánico certificado"] if rng.random() < 0.3 else [])
    return builder.add(
        rng, _unique_family(builder, rng), "enterprise", community if rng.random() > 0.03 else None,
        radius_km=1.8, sector_code="0127", admin_area=f"{community.municipality}, {community.province}",
        address=f"Comunidad {community.name}, {community.municipality}",
        products="cacao en baba" + ("; musáceas; granos básicos" if rng.random() < 0.5 else ""),
        employees=workers, women_employees=rng.randint(1, max(1, workers // 2)),
        year_founded=rng.randint(1996, 2021), legal_form="productor individual", tags="; ".join(tags),
        notes=f"{hectares} ha de cacao bajo sombra",
        phone=NICARAGUA.phone(rng, community) if rng.random() < 0.6 else None,
        **({"email": None} if rng.random() < 0.9 else {}),  # few families use e-mail
    )  # fmt: skip


def _unique_family(builder: SampleBuilder, rng: random.Random) -> str:
    for _attempt in range(100):
        name = _family_name(rng)
        if name not in builder.names:
            return name
    raise RuntimeError("not enough surnames for the number of families")


def _memberships(
    builder: SampleBuilder, rng: random.Random, members_of: dict[int, list[int]], founded: dict[int, dt.date]
) -> None:
    """The project organised every family into its community's network: most joined at the founding
    assembly, the others in the months after; all were first recorded by the follow-up survey."""
    for network, families in members_of.items():
        for family in families:
            day = founded[network]
            if rng.random() > 0.7:
                day += dt.timedelta(days=rng.randint(20, 300))
            builder.relate(
                rng, family, network, "member_of", "follow_up_1", strength=rng.randint(3, 5), since=day
            )


DEFINITION = SampleDefinition(
    key="bosawas_cocoa",
    cluster_name="Redes de productores de cacao de Bosawas",
    info={
        "country": "NI",
        "region": "Costa Caribe Norte y Jinotega",
        "sector_code": "0127",
        "sector_label": "Cultivo de plantas con las que se preparan bebidas (cacao)",
        "currency": "NIO",
        "language": "es",
        "phase": 6,
        "start_date": dt.date(2020, 9, 1),
        "agency_name": "Programa de Desarrollo Económico Territorial del Caribe Norte",
        "description": (
            "266 familias productoras de cacao que el programa organizó en 18 redes comunitarias, cada una "
            "con su líder, en la zona de amortiguamiento de la Reserva de Biosfera Bosawas. El programa "
            "apoya la fermentación y el secado colectivos, la certificación orgánica y la venta conjunta a "
            "exportadores de cacao fino."
        ),
    },
    locale=NICARAGUA,
    rounds=SurveyRounds(dt.date(2021, 2, 10), dt.date(2023, 2, 15)),
    populate=populate,
    firm_roles=("Responsable de la finca", "Representante de la familia"),
    institution_roles=SPANISH_INSTITUTION_ROLES,
    logo_colour="#2f6b3a",
)
