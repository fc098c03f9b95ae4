"""Illustrative employment by province and ISIC Rev.4 division for the Ecuador cluster selection sample,
for 1998 and 2003 (the years around the joint MICIP–UNIDO assessment of 2003).

The figures are invented to be plausible, not official: each province's total employment is about 38 % of
its population at the 2001 census (re-tabulated to today's 24 provinces), the country's sector shares are
those of a mid-income Andean economy, and each province carries its well-known specialisations as a
multiple of the national share (garments in Imbabura around Atuntaqui and Otavalo, leather footwear in
Tungurahua around Ambato, fishing and fish processing in Manabí, furniture and ceramics in Azuay, flowers
and dairy in Cotopaxi, oil in the Amazon). The sectors listed cover about four fifths of employment; the
`TOTAL` row of each province and year holds the whole, so LQs compare each sector with the province's whole
economy. A seeded generator adds a few per cent of noise, so the figures do not look computed.
"""

from __future__ import annotations

import random

YEARS = (1998, 2003)
LISTED_SHARE = 0.8  # of a province's employment, in the divisions listed; the rest is in TOTAL only

# population at the 2001 census, thousands (Santa Elena and Santo Domingo counted apart, as today)
POPULATION = {
    "01": 599, "02": 169, "03": 207, "04": 153, "05": 349, "06": 404, "07": 525, "08": 385,
    "09": 3071, "10": 345, "11": 404, "12": 650, "13": 1186, "14": 116, "15": 80, "16": 62,
    "17": 2101, "18": 441, "19": 77, "20": 19, "21": 129, "22": 87, "23": 288, "24": 238,
}  # fmt: skip

# ISIC Rev.4 division -> share of national employment (before the provinces' specialisations)
NATIONAL_SHARES = {
    "01": 0.270, "03": 0.012, "06": 0.004, "08": 0.004, "10": 0.030, "11": 0.004, "13": 0.008,
    "14": 0.018, "15": 0.006, "16": 0.007, "20": 0.003, "22": 0.003, "23": 0.006, "25": 0.008,
    "31": 0.008, "41": 0.060, "47": 0.180, "49": 0.050, "55": 0.020, "85": 0.050, "86": 0.025,
}  # fmt: skip

# province -> division -> multiple of the national share
SPECIALISATIONS = {
    "01": {"31": 3.4, "16": 1.6, "23": 2.4, "14": 1.2, "15": 1.3, "01": 0.8},  # Azuay: furniture, ceramics
    "02": {"01": 2.0},  # Bolívar
    "03": {"01": 1.6, "23": 1.5},  # Cañar
    "04": {"01": 1.8, "49": 1.3},  # Carchi: farming, trade with Colombia
    "05": {"01": 1.6, "10": 1.5, "23": 1.3},  # Cotopaxi: flowers, dairy
    "06": {"01": 1.6, "23": 2.0, "13": 1.2},  # Chimborazo: cement
    "07": {"03": 2.6, "01": 1.3, "08": 4.0},  # El Oro: shrimp, bananas, gold
    "08": {"03": 2.5, "16": 2.6, "01": 1.2},  # Esmeraldas: fishing, timber
    # Guayas: food, plastics, chemicals, trade; leather only at the national level
    "09": {"15": 1.1, "10": 1.5, "03": 1.2, "22": 1.7, "20": 1.6, "01": 0.45, "47": 1.25, "49": 1.2},
    "10": {"14": 4.8, "13": 3.0, "31": 1.4, "01": 0.9},  # Imbabura: garments, Otavalo's textiles
    "11": {"01": 1.4, "85": 1.2},  # Loja
    "12": {"01": 1.9},  # Los Ríos: bananas, rice
    "13": {"03": 3.4, "10": 2.6, "01": 1.2},  # Manabí: fishing, tuna canning
    "14": {"01": 1.5, "85": 1.2},  # Morona Santiago
    "15": {"01": 1.4, "55": 1.6},  # Napo: tourism
    "16": {"01": 1.3, "55": 1.5},  # Pastaza
    "17": {"14": 1.15, "20": 1.8, "22": 1.7, "25": 1.4, "86": 1.3, "85": 1.2, "01": 0.4},  # Pichincha
    "18": {"15": 5.8, "14": 1.7, "13": 2.0, "49": 1.3, "01": 0.9},  # Tungurahua: footwear of Ambato
    "19": {"08": 5.0, "01": 1.5},  # Zamora Chinchipe: mining
    "20": {"55": 5.0, "03": 3.0, "01": 0.4},  # Galápagos: tourism
    "21": {"06": 8.0, "01": 1.4},  # Sucumbíos: oil
    "22": {"06": 8.0, "01": 1.4},  # Orellana: oil
    "23": {"01": 1.5, "10": 1.2, "49": 1.3},  # Santo Domingo
    "24": {"03": 4.0, "55": 1.6},  # Santa Elena: fishing, beach tourism
}

# employment growth 1998 -> 2003 of a division nationally, and where a province's sector grew apart
NATIONAL_GROWTH = {"01": 1.02, "06": 1.15, "10": 1.08, "14": 1.04, "15": 1.03, "41": 1.12, "47": 1.10}
DEFAULT_GROWTH = 1.06
LOCAL_GROWTH = {
    ("10", "14"): 1.38,  # Atuntaqui's garment workshops boomed after the 1999 crisis
    ("18", "15"): 1.24,  # Ambato's shoemakers took the market of imports that dollarisation made dear
    ("17", "14"): 0.94,  # Quito's garment firms lost ground to imports
    ("09", "15"): 0.90,  # Guayaquil's tanneries shrank
    ("13", "10"): 1.14,  # Manabí's canneries grew with tuna exports
    ("01", "31"): 1.03,  # Cuenca's furniture held its own
}
EMPLOYMENT_RATE = 0.38  # employed persons per inhabitant


def employment_rows(seed: str) -> list[dict]:
    """Rows of selection_statistics (area_code, sector_code, year, value, measure, source), in a fixed
    order: province, year, TOTAL then the divisions."""
    rng = random.Random(seed)
    rows = []
    for province, population in sorted(POPULATION.items()):
        local = SPECIALISATIONS.get(province, {})
        raw = {d: share * local.get(d, 1.0) for d, share in NATIONAL_SHARES.items()}
        scale = LISTED_SHARE / sum(raw.values())
        total_2003 = population * 1000 * EMPLOYMENT_RATE * rng.uniform(0.96, 1.04)
        sectors_2003 = {d: total_2003 * value * scale * rng.uniform(0.95, 1.05) for d, value in raw.items()}
        sectors_1998 = {
            d: value
            / (LOCAL_GROWTH.get((province, d)) or NATIONAL_GROWTH.get(d, DEFAULT_GROWTH))
            / rng.uniform(0.98, 1.02)
            for d, value in sectors_2003.items()
        }
        rest_2003 = total_2003 - sum(sectors_2003.values())
        total_1998 = sum(sectors_1998.values()) + rest_2003 / (DEFAULT_GROWTH * rng.uniform(0.99, 1.01))
        for year, total, sectors in ((1998, total_1998, sectors_1998), (2003, total_2003, sectors_2003)):
            rows.append(_row(province, "TOTAL", year, total))
            rows += [_row(province, d, year, value) for d, value in sectors.items()]
    return rows


def _row(province: str, sector: str, year: int, value: float) -> dict:
    return {
        "area_code": province,
        "sector_code": sector,
        "year": year,
        "measure": "employment",
        "value": float(round(value / 10) * 10),  # rounded to tens, as survey estimates are published
        "source": "Illustrative figures (ClusterDesk sample), not official statistics",
    }
