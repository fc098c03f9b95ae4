"""Footwear and leather of Ambato, Tungurahua (Ecuador).

Ambato's shoemakers, with the tanneries of the city and the workshops of Cevallos, Quisapincha and
Tisaleo, supply much of the country's leather footwear. Firms and people are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from .common import SampleBuilder, SampleDefinition, SurveyRounds, Town, employees_with_women, unique_name
from .locales import ECUADOR, ECUADOR_SURNAMES, SPANISH_FIRM_ROLES, SPANISH_INSTITUTION_ROLES
from .network import ClusterActors, GrowthRates, add_institutions, grow_network

_APPROX = "town centre, approximate (the town is not in Natural Earth 1:10m)"
AMBATO = Town("Ambato", "Ambato", "Tungurahua", -78.6200, -1.2696)
CEVALLOS = Town("Cevallos", "Cevallos", "Tungurahua", -78.6147, -1.3547, _APPROX)
QUISAPINCHA = Town("Quisapincha", "Ambato", "Tungurahua", -78.6767, -1.2367, _APPROX)
TISALEO = Town("Tisaleo", "Tisaleo", "Tungurahua", -78.6706, -1.3481, _APPROX)
PELILEO = Town("Pelileo", "San Pedro de Pelileo", "Tungurahua", -78.5433, -1.3303, _APPROX)
QUITO = Town("Quito", "Quito", "Pichincha", -78.5020, -0.2130)
GUAYAQUIL = Town("Guayaquil", "Guayaquil", "Guayas", -79.9220, -2.2181)
LATACUNGA = Town("Latacunga", "Latacunga", "Cotopaxi", -78.6100, -0.9296)

_FIRM_TOWNS = (AMBATO,) * 6 + (CEVALLOS,) * 3 + (QUISAPINCHA, QUISAPINCHA, TISALEO)
_FIRM_WORDS = ("Calzado", "Calzado", "Industria de Calzado", "Botas", "Zapatería", "Manufacturas de Cuero")
_FIRM_NAMES = (
    "Gacela", "Potrillo", "Llama", "Tungurahua", "Casimiro", "Los Andes", "Ficoa", "Huachi", "Atocha",
    "Miraflores", "El Gran Pajonal", "Carihuairazo", "Chimborazo", "Flor y Fruta", "Pasa", "Picaihua",
    "Ingahurco", "San Bartolo", "Montalvo", "La Merced",
)  # fmt: skip
_PRODUCTS = (
    "calzado formal de cuero", "botas de trabajo", "botas de seguridad", "calzado escolar",
    "calzado deportivo",
    "sandalias", "botines de dama", "calzado infantil", "chompas de cuero", "marroquinería",
)  # fmt: skip


def _firm_name(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return f"{rng.choice(_FIRM_WORDS)} {rng.choice(ECUADOR_SURNAMES)}"
    return f"{rng.choice(_FIRM_WORDS)} {rng.choice(_FIRM_NAMES)}"


_SUPPLIERS = (
    ("Curtiembre Tungurahua", "cuero bovino curtido; napa", AMBATO, "1511"),
    ("Curtiduría El Tungurahua", "cuero graso; cuero para forros", AMBATO, "1511"),
    ("Tenería San Jacinto", "cuero curtido al vegetal", AMBATO, "1511"),
    ("Curtiembre Quisapincha", "napa para chompas", QUISAPINCHA, "1511"),
    ("Suelas y Plantas Andinas", "suelas de caucho; plantas de PU", AMBATO, "2219"),
    ("Inyectora de Suelas Huachi", "suelas inyectadas de PVC y TR", AMBATO, "2220"),
    ("Hormas Ambato", "hormas de polietileno", AMBATO, "2220"),
    ("Pegamentos y Químicos del Centro", "pegamentos; solventes; tintes", AMBATO, "2029"),
    ("Comercial Insumos del Calzado", "plantillas; cordones; ojalillos; hebillas", AMBATO, "4669"),
    ("Textiles para Forros Pelileo", "lonas y forros", PELILEO, "1391"),
    ("Troqueles y Cuchillas Cevallos", "troqueles para corte", CEVALLOS, "2593"),
    ("Servicio de Máquinas para Calzado Naranjo", "reparación de máquinas de aparado", AMBATO, "3312"),
    ("Cartonera Tungurahua", "cajas para calzado", AMBATO, "1702"),
)  # fmt: skip
_BUYERS = (
    ("Almacenes Calzado Ecuador", QUITO, "cadena de tiendas"),
    ("Comercial Guayas Shoes", GUAYAQUIL, "mayorista"),
    ("Distribuidora Sierra Centro", LATACUNGA, "mayorista"),
    ("Feria del Calzado de Cevallos", CEVALLOS, "feria permanente"),
    ("Dotaciones Industriales Andinas", QUITO, "botas de seguridad para empresas"),
    ("Comerciantes de la Feria de los Lunes", None, "comerciantes itinerantes"),
    ("Importadora Calzado Pacífico", GUAYAQUIL, "mayorista; compra de muestras"),
)  # fmt: skip
_INSTITUTIONS = (
    ("Cámara de Calzado de Tungurahua", "business_association", AMBATO),
    ("Cámara de Industrias de Tungurahua", "business_association", AMBATO),
    ("Asociación de Productores de Calzado de Cevallos", "business_association", CEVALLOS),
    ("Asociación de Artesanos del Cuero de Quisapincha", "business_association", QUISAPINCHA),
    ("GAD Municipalidad de Ambato", "public_authority", AMBATO),
    ("GAD Municipal de Cevallos", "public_authority", CEVALLOS),
    ("Gobierno Provincial de Tungurahua", "public_authority", AMBATO),
    ("Ministerio de Producción – Oficina Técnica Ambato", "public_authority", AMBATO),
    ("Universidad Técnica de Ambato – Facultad de Diseño", "training_institution", AMBATO),
    ("Instituto Tecnológico del Calzado y Cuero", "training_institution", AMBATO),
    ("Centro de Capacitación Profesional Tungurahua", "training_institution", AMBATO),
    ("Laboratorio de Ensayos de Cuero y Calzado", "bds_provider", AMBATO),
    ("Centro de Diseño de Calzado Tungurahua", "bds_provider", AMBATO),
    ("Asesoría Tributaria y Contable Ficoa", "bds_provider", AMBATO),
    ("Cooperativa de Ahorro y Crédito Artesanos del Centro", "financial_institution", AMBATO),
    ("Banco de Fomento Productivo – Agencia Ambato", "financial_institution", AMBATO),
    ("Cooperativa de Ahorro y Crédito Cevallos", "financial_institution", CEVALLOS),
    ("Fundación Pasos Firmes", "ngo_other", AMBATO),
)  # fmt: skip


def populate(builder: SampleBuilder, rng: random.Random) -> None:
    firms = []
    for _ in range(92):
        employees, women = employees_with_women(rng, 8, (0.15, 0.45))
        firms.append(
            builder.add(
                rng, unique_name(rng, _firm_name, builder.names), "enterprise", rng.choice(_FIRM_TOWNS),
                radius_km=1.1, sector_code="1520",
                products="; ".join(rng.sample(_PRODUCTS, rng.randint(1, 2))),
                employees=employees, women_employees=women, year_founded=rng.randint(1965, 2020),
                legal_form=rng.choice(("persona natural",) * 4 + ("Cía. Ltda.", "S.A.")),
                tags="artesanal" if employees < 5 else None,
            )
        )  # fmt: skip
    suppliers = [
        builder.add(rng, name, "supplier", town, products=products, sector_code=isic, radius_km=1.2,
                    employees=rng.randint(4, 60), year_founded=rng.randint(1970, 2016),
                    legal_form="Cía. Ltda.")
        for name, products, town, isic in _SUPPLIERS
    ]  # fmt: skip
    buyers = [
        builder.add(rng, name, "buyer", town, notes=note, radius_km=2.0, sector_code="4772")
        for name, town, note in _BUYERS
    ]
    institutions = add_institutions(builder, rng, _INSTITUTIONS, radius_km=0.6)
    actors = ClusterActors.by_kind(firms, suppliers, buyers, institutions)
    grow_network(
        builder, rng, actors, GrowthRates(membership=(0.35, 0.20), joint_actions_per_firm=(0.08, 0.25))
    )
    core = [h for h in firms + suppliers if builder.rows[h].get("admin_area") == "Ambato, Tungurahua"]
    builder.boundary_around(
        "Núcleo del clúster – Ambato", core, 1.0, "Talleres, fábricas y curtiembres de Ambato"
    )
    builder.boundary_around(
        "Área ampliada – Tungurahua", firms + suppliers, 2.0,
        "Ambato, Cevallos, Quisapincha, Tisaleo y Pelileo",
    )  # fmt: skip


DEFINITION = SampleDefinition(
    key="ambato_footwear",
    cluster_name="Clúster de calzado de Tungurahua",
    info={
        "country": "EC",
        "region": "Tungurahua",
        "sector_code": "1520",
        "sector_label": "Fabricación de calzado",
        "currency": "USD",
        "language": "es",
        "phase": 5,
        "start_date": dt.date(2023, 1, 16),
        "agency_name": "Agencia de Desarrollo Productivo de Tungurahua",
        "description": (
            "Fabricantes de calzado de cuero de Ambato, Cevallos, Quisapincha y Tisaleo con sus curtiembres, "
            "proveedores de suelas, hormas e insumos y sus compradores en Quito y Guayaquil. El diagnóstico "
            "señaló la competencia de calzado importado, el diseño y el acceso a cuero de calidad."
        ),
    },
    locale=ECUADOR,
    rounds=SurveyRounds(dt.date(2023, 4, 20), dt.date(2024, 10, 10)),
    populate=populate,
    firm_roles=SPANISH_FIRM_ROLES,
    institution_roles=SPANISH_INSTITUTION_ROLES,
    logo_colour="#7a4a2a",
)
