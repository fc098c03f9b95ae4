"""Garments and knitwear of Atuntaqui, Imbabura (Ecuador).

Atuntaqui, seat of the canton Antonio Ante, grew from a textile mill town into a cluster of knitwear and
garment workshops selling through its own shops, the yearly fair and traders from Quito and Colombia.
Firms and people are invented; institutions are the kinds that work with such a cluster.
"""

from __future__ import annotations

import datetime as dt
import random

from .common import SampleBuilder, SampleDefinition, SurveyRounds, Town, employees_with_women, unique_name
from .locales import ECUADOR, ECUADOR_SURNAMES, SPANISH_FIRM_ROLES, SPANISH_INSTITUTION_ROLES
from .network import ClusterActors, GrowthRates, add_institutions, grow_network

_OSM = "town centre, approximate (the town is not in Natural Earth 1:10m)"
ATUNTAQUI = Town("Atuntaqui", "Antonio Ante", "Imbabura", -78.2136, 0.3317, _OSM)
ANDRADE_MARIN = Town("Andrade Marín", "Antonio Ante", "Imbabura", -78.2022, 0.3183, _OSM)
NATABUELA = Town("Natabuela", "Antonio Ante", "Imbabura", -78.1956, 0.3408, _OSM)
SAN_ROQUE = Town("San Roque", "Antonio Ante", "Imbabura", -78.2339, 0.2992, _OSM)
CHALTURA = Town("Chaltura", "Antonio Ante", "Imbabura", -78.2050, 0.3569, _OSM)
IBARRA = Town("Ibarra", "Ibarra", "Imbabura", -78.1300, 0.3604)
OTAVALO = Town("Otavalo", "Otavalo", "Imbabura", -78.2625, 0.2342, _OSM)
COTACACHI = Town("Cotacachi", "Cotacachi", "Imbabura", -78.2644, 0.3011, _OSM)
QUITO = Town("Quito", "Quito", "Pichincha", -78.5020, -0.2130)

CORE_TOWNS = (ATUNTAQUI, ATUNTAQUI, ATUNTAQUI, ANDRADE_MARIN, ANDRADE_MARIN, NATABUELA, SAN_ROQUE, CHALTURA)
WIDER_TOWNS = (IBARRA, OTAVALO, COTACACHI)

_FIRM_WORDS = ("Textiles", "Confecciones", "Tejidos", "Creaciones", "Modas", "Industria Textil", "Diseños")
_FIRM_NAMES = (
    "Anita", "Danny", "Jhony Sport", "La Fábrica", "Imbaya", "El Cóndor", "San Luis", "Santa Isabel",
    "Yacupata", "Cotama", "Mirador", "Chapi", "Ana Belén", "Kids", "Mi Tejido", "Pinguilla", "Rosita",
    "Sol de Antonio Ante", "Andino", "La Esperanza", "Tejemoda", "Punto y Aguja", "Lanitas", "Tahuantinsuyo",
)  # fmt: skip
_PRODUCTS = (
    "chompas y sacos de punto", "camisetas", "ropa deportiva", "ropa infantil", "pijamas", "medias",
    "calentadores", "ropa interior", "uniformes escolares", "blusas bordadas", "chaquetas", "jeans",
)  # fmt: skip
_LEGAL_FORMS = ("persona natural",) * 5 + ("Cía. Ltda.", "S.A.", "S.A.S.")


def _firm_name(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return f"{rng.choice(_FIRM_WORDS)} {rng.choice(ECUADOR_SURNAMES)}"
    return f"{rng.choice(_FIRM_WORDS)} {rng.choice(_FIRM_NAMES)}"


def _firms(builder: SampleBuilder, rng: random.Random, count: int) -> list[int]:
    handles = []
    for _ in range(count):
        town = rng.choice(CORE_TOWNS) if rng.random() < 0.85 else rng.choice(WIDER_TOWNS)
        employees, women = employees_with_women(rng, 9, (0.55, 0.85))
        products = "; ".join(rng.sample(_PRODUCTS, rng.randint(1, 3)))
        tags = ["punto"] if "punto" in products or "chompas" in products else []
        if employees >= 20:
            tags.append("exporta")
        legal = rng.choice(_LEGAL_FORMS)
        handles.append(
            builder.add(
                rng, unique_name(rng, _firm_name, builder.names), "enterprise", town, radius_km=0.7,
                sector_code="1410", products=products, employees=employees, women_employees=women,
                year_founded=rng.randint(1972, 2019), legal_form=legal, tags="; ".join(tags) or None,
            )
        )  # fmt: skip
    return handles


_SUPPLIERS = (
    ("Hilos y Lanas del Norte", "hilo acrílico y algodón", ATUNTAQUI, "1311"),
    ("Distribuidora Textil Imbabura", "telas de punto; rib; jersey", IBARRA, "1391"),
    ("Hilanderías Andinas", "hilo de algodón peinado", QUITO, "1311"),
    ("Avíos y Botones San José", "botones; cierres; etiquetas", ATUNTAQUI, "4641"),
    ("Bordados Computarizados Chaltura", "bordado industrial", CHALTURA, "1399"),
    ("Estampados y Sublimación Natabuela", "estampado serigráfico; sublimación", NATABUELA, "1313"),
    ("Tintorería San Roque", "teñido de prendas y tela", SAN_ROQUE, "1313"),
    ("Servicio Técnico de Máquinas de Coser Pozo", "reparación de máquinas de coser y remalladoras",
     ATUNTAQUI, "3312"),
    ("Etiquetas Tejidas del Norte", "etiquetas tejidas", IBARRA, "1399"),
    ("Empaques y Fundas Ibarra", "fundas y cajas", IBARRA, "1702"),
    ("Tejidos de Punto Peguche", "tela de punto circular", OTAVALO, "1391"),
    ("Comercial Lanas Andrade Marín", "lanas e hilos al por menor", ANDRADE_MARIN, "4751"),
)  # fmt: skip
_BUYERS = (
    ("Almacenes Moda Capital", QUITO, "cadena de tiendas"),
    ("Comercial El Ejido", None, "mayorista de Quito; compra en las tiendas de Atuntaqui"),
    ("Boutique Yahuarcocha", IBARRA, "tienda"),
    ("Distribuidora Mitad del Mundo", None, "mayorista de Quito; pedidos por teléfono"),
    ("Comercializadora Otavalo Textil", OTAVALO, "mayorista; feria de Otavalo"),
    ("Tiendas Escolares Imbabura", IBARRA, "uniformes"),
    ("Importadora Ipiales Moda", None, "comerciante colombiano itinerante"),
    ("Feriantes del Carchi", None, "comerciantes itinerantes"),
)  # fmt: skip
_INSTITUTIONS = (
    ("Cámara de Comercio de Antonio Ante", "business_association", ATUNTAQUI),
    ("Asociación de Productores Textiles de Antonio Ante", "business_association", ATUNTAQUI),
    ("Asociación de Mujeres Tejedoras de San Roque", "business_association", SAN_ROQUE),
    ("GAD Municipal de Antonio Ante", "public_authority", ATUNTAQUI),
    ("Gobierno Provincial de Imbabura", "public_authority", IBARRA),
    ("Ministerio de Producción, Comercio Exterior, Inversiones y Pesca – Oficina Técnica Ibarra",
     "public_authority", IBARRA),
    ("Universidad Técnica del Norte – Carrera de Textiles", "training_institution", IBARRA),
    ("Unidad Educativa Técnica Atuntaqui – Bachillerato en Confección", "training_institution", ATUNTAQUI),
    ("Centro de Capacitación Profesional Imbabura", "training_institution", IBARRA),
    ("Centro de Diseño y Moda Imbabura", "bds_provider", ATUNTAQUI),
    ("Consultora Desarrollo Empresarial Norte", "bds_provider", IBARRA),
    ("Contadores Asociados Antonio Ante", "bds_provider", ATUNTAQUI),
    ("Cooperativa de Ahorro y Crédito Textil Atuntaqui", "financial_institution", ATUNTAQUI),
    ("Banco de Fomento Productivo – Agencia Ibarra", "financial_institution", IBARRA),
    ("Caja Solidaria Natabuela", "financial_institution", NATABUELA),
    ("Fundación Tejiendo Futuro", "ngo_other", ATUNTAQUI),
)  # fmt: skip


def populate(builder: SampleBuilder, rng: random.Random) -> None:
    firms = _firms(builder, rng, 118)
    suppliers = [
        builder.add(rng, name, "supplier", town, products=products, sector_code=isic, radius_km=0.8,
                    employees=rng.randint(3, 45), year_founded=rng.randint(1980, 2017),
                    legal_form="Cía. Ltda.")
        for name, products, town, isic in _SUPPLIERS
    ]  # fmt: skip
    buyers = [
        builder.add(rng, name, "buyer", town, notes=note, radius_km=2.0, sector_code="4771")
        for name, town, note in _BUYERS
    ]
    institutions = add_institutions(builder, rng, _INSTITUTIONS, radius_km=0.4)
    actors = ClusterActors.by_kind(firms, suppliers, buyers, institutions)
    grow_network(builder, rng, actors, GrowthRates(membership=(0.30, 0.30)))
    core = [h for h in firms if builder.rows[h].get("admin_area", "").startswith("Antonio Ante")]
    builder.boundary_around(
        "Núcleo del clúster – Antonio Ante", core, 1.0,
        "Atuntaqui, Andrade Marín, Natabuela, San Roque y Chaltura: talleres y fábricas del cantón",
    )  # fmt: skip
    in_imbabura = [h for h in firms + suppliers if builder.rows[h].get("admin_area", "").endswith("Imbabura")]
    builder.boundary_around(
        "Área ampliada – Imbabura", in_imbabura, 2.5,
        "Cantones Antonio Ante, Ibarra, Otavalo y Cotacachi",
    )  # fmt: skip


DEFINITION = SampleDefinition(
    key="atuntaqui_garments",
    cluster_name="Clúster textil y de confecciones de Atuntaqui",
    info={
        "country": "EC",
        "region": "Imbabura",
        "sector_code": "1410",
        "sector_label": "Fabricación de prendas de vestir, excepto prendas de piel",
        "currency": "USD",
        "language": "es",
        "phase": 5,
        "start_date": dt.date(2022, 3, 1),
        "agency_name": "Agencia de Desarrollo Económico de Imbabura",
        "description": (
            "Unos 120 talleres y fábricas de tejido de punto y confección en el cantón Antonio Ante, con sus "
            "proveedores de hilo y avíos, compradores de Quito y Colombia e instituciones de apoyo. Plan de "
            "acción 2023-2025: compras conjuntas de hilo, diseño y marca colectiva, feria anual."
        ),
    },
    locale=ECUADOR,
    rounds=SurveyRounds(dt.date(2022, 6, 15), dt.date(2024, 6, 15)),
    populate=populate,
    firm_roles=SPANISH_FIRM_ROLES,
    institution_roles=SPANISH_INSTITUTION_ROLES,
    logo_colour="#1f5f8b",
)
