"""Edible-oil processors of Bahir Dar and the surrounding Amhara towns (Ethiopia).

Fifty micro, small and medium oil mills press niger seed (nug), sesame and sunflower into unrefined oil.
The UNIDO project began in 2010; in May 2011 the fifty mills (92% of the direct beneficiaries) united to
form the Right Edible Oil Producers (REOP) plc, to set up a refinery (reference text). The founding day in
May, the firms other than REOP and the people are invented; names are transliterated Amharic.
"""

from __future__ import annotations

import datetime as dt
import random

from .common import (
    SampleBuilder,
    SampleDefinition,
    SurveyRounds,
    Town,
    employees_with_women,
    pick,
    unique_name,
)
from .locales import ENGLISH_FIRM_ROLES, ENGLISH_INSTITUTION_ROLES, ETHIOPIA, ETHIOPIAN_MEN
from .network import ClusterActors, GrowthRates, add_institutions, grow_network

MSMES = 50
MSME_TAG = "MSME"
JOINT_COMPANY = "Right Edible Oil Producers (REOP) plc"
REOP_FOUNDED = dt.date(2011, 5, 12)  # reference: May 2011; the day is invented
ASSOCIATION = "Bahir Dar Edible Oil Processors' Association"

_APPROX = "town centre, approximate (the town is not in Natural Earth 1:10m)"
BAHIR_DAR = Town("Bahir Dar", "Bahir Dar", "Amhara", 37.3833, 11.6001)
GONDAR = Town("Gondar", "Gondar", "Amhara", 37.4600, 12.6100)
DEBRE_MARKOS = Town("Debre Markos", "Debre Markos", "Amhara", 37.7200, 10.3400)
DANGILA = Town("Dangila", "Dangila", "Amhara", 36.8333, 11.2667, _APPROX)
WORETA = Town("Woreta", "Fogera", "Amhara", 37.7000, 11.9167, _APPROX)
DEBRE_TABOR = Town("Debre Tabor", "Debre Tabor", "Amhara", 38.0167, 11.8500, _APPROX)
FINOTE_SELAM = Town("Finote Selam", "Finote Selam", "Amhara", 37.2667, 10.7000, _APPROX)
ADDIS_ABABA = Town("Addis Ababa", "Addis Ababa", "Addis Ababa", 38.6981, 9.0353)

_MILL_TOWNS = (BAHIR_DAR,) * 7 + (GONDAR, GONDAR, DANGILA, WORETA, DEBRE_TABOR, FINOTE_SELAM, DEBRE_MARKOS)
_STEMS = (
    "Abay", "Tana", "Gojjam", "Zeghie", "Fasil", "Semien", "Selam", "Tsehay", "Andinet", "Birhan", "Mulu",
    "Genet", "Fikir", "Tesfa", "Wubet", "Dashen", "Gish Abay", "Kokeb", "Hiwot", "Lemlem", "Meskerem",
)  # fmt: skip
_OILS = {
    "Nug Oil": "niger seed (nug) oil; oil cake",
    "Sesame Oil": "sesame oil; oil cake",
    "Edible Oil": "niger seed and sunflower oil",
    "Oil Seeds": "mixed edible oil; oil cake for feed",
}
_KINDS_OF_MILL = ("Mill", "Processing", "Factory", "Processing PLC")


def _mill_name(rng: random.Random) -> str:
    oil = rng.choice(list(_OILS))
    if rng.random() < 0.3:  # many sole proprietorships carry the owner's name and his father's
        return f"{rng.choice(ETHIOPIAN_MEN)} {rng.choice(ETHIOPIAN_MEN)} {oil} Mill"
    return f"{rng.choice(_STEMS)} {oil} {rng.choice(_KINDS_OF_MILL)}"


_SUPPLIERS = (
    ("Tana Oilseed Farmers' Cooperative Union", "niger seed; sesame; sunflower seed", BAHIR_DAR, "4620"),
    ("Merawi Nug Traders", "niger seed", FINOTE_SELAM, "4620"),
    ("Metema Sesame Suppliers", "sesame seed", GONDAR, "4620"),
    ("Abay Plastic Packaging PLC", "jerrycans; PET bottles", BAHIR_DAR, "2220"),
    ("Bahir Dar Metal and Engineering Workshop", "expellers; filter presses; spare parts", BAHIR_DAR, "2825"),
    ("Zeghie Firewood and Fuel Supply", "boiler fuel", BAHIR_DAR, "4661"),
)  # fmt: skip
_BUYERS = (
    ("Merkato Edible Oil Wholesalers", ADDIS_ABABA, "wholesale"),
    ("Bahir Dar Consumers' Cooperative", BAHIR_DAR, "retail cooperative"),
    ("Gondar Retailers' Union", GONDAR, "retail"),
    ("Regional Consumer Goods Distribution Enterprise", BAHIR_DAR, "public distribution of subsidised oil"),
    ("Feed Mills of West Gojjam", None, "buy oil cake for animal feed"),
)  # fmt: skip
_INSTITUTIONS = (
    (ASSOCIATION, "business_association", BAHIR_DAR),
    ("Bahir Dar Chamber of Commerce and Sectoral Associations", "business_association", BAHIR_DAR),
    ("Amhara Women Entrepreneurs Association", "business_association", BAHIR_DAR),
    ("Amhara Bureau of Industry and Investment", "public_authority", BAHIR_DAR),
    ("Bahir Dar City Enterprise Development Office", "public_authority", BAHIR_DAR),
    ("Ministry of Industry – Food Industry Directorate", "public_authority", ADDIS_ABABA),
    ("Food and Drug Authority – Bahir Dar Branch", "public_authority", BAHIR_DAR),
    ("Bahir Dar University – Institute of Technology", "training_institution", BAHIR_DAR),
    ("Bahir Dar Polytechnic College", "training_institution", BAHIR_DAR),
    ("Amhara Credit and Savings Institution", "financial_institution", BAHIR_DAR),
    ("Development Bank – Bahir Dar Branch", "financial_institution", BAHIR_DAR),
    ("Tana Savings and Credit Cooperative", "financial_institution", BAHIR_DAR),
    ("Edible Oil Quality Testing Laboratory", "bds_provider", BAHIR_DAR),
    ("Gojjam Management Consultants", "bds_provider", DEBRE_MARKOS),
    ("Edible Oil Fortification Alliance", "ngo_other", ADDIS_ABABA),
)  # fmt: skip


def populate(builder: SampleBuilder, rng: random.Random) -> None:
    msmes = []
    for _ in range(MSMES):
        name = unique_name(rng, _mill_name, builder.names)
        oil = next(o for o in _OILS if o in name)
        employees, women = employees_with_women(rng, 9, (0.2, 0.5))
        legal = (
            "PLC"
            if name.endswith("PLC")
            else rng.choice(("sole proprietorship", "sole proprietorship", "PLC"))
        )
        msmes.append(
            builder.add(
                rng, name, "enterprise", rng.choice(_MILL_TOWNS), radius_km=1.2, sector_code="1040",
                products=_OILS[oil], employees=employees, women_employees=women,
                year_founded=rng.randint(1987, 2009), legal_form=legal, tags=MSME_TAG,
            )
        )  # fmt: skip
    company = builder.add(
        rng, JOINT_COMPANY, "enterprise", BAHIR_DAR, radius_km=2.5, sector_code="1040",
        products="refined edible oil (planned)", legal_form="PLC", year_founded=REOP_FOUNDED.year,
        tags="joint company; refinery under construction",
        notes=f"Founded in May 2011 by {MSMES} MSME edible oil producers, 92% of the project's direct "
        "beneficiaries, as shareholders to set up a refinery plant",
    )  # fmt: skip
    suppliers = [
        builder.add(rng, name, "supplier", town, products=products, sector_code=isic, radius_km=1.5,
                    employees=rng.randint(4, 60), year_founded=rng.randint(1984, 2007), legal_form="PLC")
        for name, products, town, isic in _SUPPLIERS
    ]  # fmt: skip
    buyers = [
        builder.add(rng, name, "buyer", town, notes=note, radius_km=1.5, sector_code="4630")
        for name, town, note in _BUYERS
    ]
    institutions = add_institutions(builder, rng, _INSTITUTIONS, radius_km=0.8)
    association, *other_associations = institutions["business_association"]
    for position, mill in enumerate(rng.sample(msmes, 44)):
        survey_round = "baseline" if position < 30 else "follow_up_1"
        builder.relate(rng, mill, association, "member_of", survey_round)
    for mill in msmes:  # every mill became a shareholder when the company was founded
        builder.relate(
            rng,
            mill,
            company,
            "member_of",
            "follow_up_1",
            strength=4,
            notes="shareholder",
            since=REOP_FOUNDED,
        )
    actors = ClusterActors.by_kind(msmes, suppliers, buyers, institutions, associations=other_associations)
    grow_network(builder, rng, actors, GrowthRates(membership=(0.1, 0.1), joint_actions_per_firm=(0.1, 0.4)))
    for institution in institutions["financial_institution"][1:] + pick(
        rng, institutions["public_authority"], 0.7
    ):
        kind = "finances" if institution in institutions["financial_institution"] else "advises"
        if builder.relate(rng, institution, company, kind, "follow_up_1", strength=4):
            # the company's partners work with it from its founding on
            builder.relations[-1]["since"] = max(builder.relations[-1]["since"], REOP_FOUNDED)
    in_bahir_dar = [h for h in msmes if builder.rows[h].get("admin_area") == "Bahir Dar, Amhara"]
    builder.boundary_around(
        "Core area – Bahir Dar", in_bahir_dar,
        2.0, "Oil mills of Bahir Dar and the planned refinery site",
    )  # fmt: skip
    builder.boundary_around(
        "Wider area – Lake Tana and Gojjam", msmes + suppliers, 8.0,
        "Mills and seed suppliers from Gondar to Debre Markos",
    )  # fmt: skip


DEFINITION = SampleDefinition(
    key="ethiopia_edible_oil",
    cluster_name="Bahir Dar edible oil cluster",
    info={
        "country": "ET",
        "region": "Amhara",
        "sector_code": "1040",
        "sector_label": "Manufacture of vegetable and animal oils and fats",
        "currency": "ETB",
        "language": "en",
        "phase": 5,
        "start_date": dt.date(2010, 7, 8),
        "agency_name": "Amhara Cluster Development Support Unit",
        "description": (
            "Fifty micro, small and medium edible-oil mills around Lake Tana press niger seed, sesame and "
            "sunflower. In May 2011 all fifty formed the Right Edible Oil Producers (REOP) plc, which is "
            "building a common refinery to meet the quality standard and supply the regional market."
        ),
    },
    locale=ETHIOPIA,
    rounds=SurveyRounds(dt.date(2010, 11, 1), dt.date(2012, 11, 1)),
    populate=populate,
    firm_roles=ENGLISH_FIRM_ROLES,
    institution_roles=ENGLISH_INSTITUTION_ROLES,
    logo_colour="#b5841a",
)
