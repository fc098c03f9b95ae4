"""Textiles of Adıyaman and Kahramanmaraş (Turkey).

Kahramanmaraş spins much of Turkey's cotton yarn; Adıyaman adds weaving, home textiles and garment
workshops. Both provinces were struck by the earthquakes of February 2023; the initiative supports the
recovery of the firms and their workforce. Firms and people are invented.
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
    slug,
    unique_name,
)
from .locales import ENGLISH_FIRM_ROLES, ENGLISH_INSTITUTION_ROLES, TURKEY, TURKISH_SURNAMES
from .network import ClusterActors, GrowthRates, add_institutions, grow_network

_APPROX = "town centre, approximate (the town is not in Natural Earth 1:10m)"
KAHRAMANMARAS = Town("Kahramanmaraş", "Onikişubat", "Kahramanmaraş", 36.9450, 37.6100)
ADIYAMAN = Town("Adıyaman", "Merkez", "Adıyaman", 38.2799, 37.7704)
ELBISTAN = Town("Elbistan", "Elbistan", "Kahramanmaraş", 37.1989, 38.2056, _APPROX)
TURKOGLU = Town("Türkoğlu", "Türkoğlu", "Kahramanmaraş", 36.8500, 37.3833, _APPROX)
PAZARCIK = Town("Pazarcık", "Pazarcık", "Kahramanmaraş", 37.2975, 37.4867, _APPROX)
KAHTA = Town("Kahta", "Kahta", "Adıyaman", 38.6211, 37.7856, _APPROX)
BESNI = Town("Besni", "Besni", "Adıyaman", 37.8597, 37.6931, _APPROX)
GOLBASI = Town("Gölbaşı", "Gölbaşı", "Adıyaman", 37.6369, 37.7836, _APPROX)
GAZIANTEP = Town("Gaziantep", "Şehitkamil", "Gaziantep", 37.3830, 37.0769)

_MARAS_TOWNS = (KAHRAMANMARAS,) * 6 + (TURKOGLU, TURKOGLU, ELBISTAN, PAZARCIK)
_ADIYAMAN_TOWNS = (ADIYAMAN,) * 5 + (KAHTA, BESNI, GOLBASI)
# ISIC class: (share of firms, trade words in names, products, women's share of the workforce)
_ACTIVITIES = {
    "1311": (0.35, ("İplik", "Mensucat", "Tekstil"),
             ("pamuk ipliği; open-end iplik", "penye iplik", "polyester-pamuk karışım iplik"), (0.15, 0.35)),
    "1312": (0.15, ("Dokuma", "Kumaş"), ("denim kumaş", "havlu kumaş", "astar kumaş"), (0.2, 0.4)),
    "1392": (0.35, ("Ev Tekstili", "Havlu", "Tekstil"),
             ("havlu; bornoz", "nevresim takımı", "battaniye", "perde; tül"), (0.4, 0.7)),
    "1410": (0.15, ("Konfeksiyon", "Hazır Giyim"), ("tişört", "iş elbisesi", "çocuk giyim"), (0.5, 0.8)),
}  # fmt: skip
_STEMS = (
    "Yıldız", "Akdeniz", "Maraş", "Nemrut", "Fırat", "Ceyhan", "Ahırdağı", "Başak", "Güneş", "Kartal",
    "Sümbül", "Özen", "Kervan", "Zirve", "Hilal", "Commagene", "Atlas", "Ekin", "Pınar", "Toros",
)  # fmt: skip
_LEGAL_FORMS = ("San. ve Tic. A.Ş.", "San. ve Tic. Ltd. Şti.", "Ltd. Şti.")


def _firm(builder: SampleBuilder, rng: random.Random, isic: str, towns: tuple[Town, ...]) -> int:
    _share, trades, products, women_share = _ACTIVITIES[isic]

    def name(r: random.Random) -> str:
        stem = r.choice(_STEMS) if r.random() < 0.6 else r.choice(TURKISH_SURNAMES)
        trade = r.choice(trades)
        # The legal form follows from the rest of the name so that no two firms differ only by it
        return f"{stem} {trade} {_LEGAL_FORMS[len(stem + trade) % len(_LEGAL_FORMS)]}"

    firm_name = unique_name(rng, name, builder.names)
    brand = next(firm_name[: -len(form)].strip() for form in _LEGAL_FORMS if firm_name.endswith(form))
    spinning = isic == "1311"
    employees, women = employees_with_women(rng, 140 if spinning else 35, women_share)
    damaged = rng.random() < 0.45
    return builder.add(
        rng, firm_name, "enterprise", rng.choice(towns), radius_km=2.0, sector_code=isic,
        products=rng.choice(products), employees=employees, women_employees=women,
        year_founded=rng.randint(1978, 2021),
        legal_form="A.Ş." if firm_name.endswith("A.Ş.") else "Ltd. Şti.",
        email_domain=f"{slug(brand)}.example",
        tags="deprem hasarlı" if damaged else None,
        notes="Şubat 2023 depreminde bina hasarı; üretim geçici tesiste sürdü" if damaged else None,
    )  # fmt: skip


_SUPPLIERS = (
    ("Maraş Çırçır ve Pamuk Ticaret", "çırçırlanmış pamuk", TURKOGLU, "0163"),
    ("Elbistan Pamuk Tüccarları", "pamuk; linter", ELBISTAN, "4669"),
    ("Fırat Boya ve Apre Tesisi", "iplik ve kumaş boyama", KAHRAMANMARAS, "1313"),
    ("Toros Tekstil Kimyasalları", "boyar madde; yardımcı kimyasallar", GAZIANTEP, "2029"),
    ("Adıyaman Tekstil Makine Servisi", "dokuma ve dikiş makinesi bakımı", ADIYAMAN, "3312"),
    ("Güney Ambalaj", "koli; bobin kartonu", KAHRAMANMARAS, "1702"),
    ("Kahta Aksesuar ve Etiket", "etiket; düğme; fermuar", KAHTA, "4669"),
)  # fmt: skip
_BUYERS = (
    ("İstanbul Ev Tekstili Markaları Satın Alma Ofisi", None, "marka alıcısı; İstanbul'dan sipariş"),
    ("Gaziantep Halı ve Tekstil Toptancıları", GAZIANTEP, "toptancı"),
    ("Bursa Dokuma İplik Alımı", None, "iplik alıcısı, il dışı"),
    ("Avrupa İthalatçıları Temsilciliği", None, "ihracat müşterisi"),
    ("Maraş Kumaş Pazarı", KAHRAMANMARAS, "yerel toptancılar"),
)  # fmt: skip
_INSTITUTIONS = (
    ("Kahramanmaraş Ticaret ve Sanayi Odası", "business_association", KAHRAMANMARAS),
    ("Adıyaman Ticaret ve Sanayi Odası", "business_association", ADIYAMAN),
    ("Kahramanmaraş İplikçiler Derneği", "business_association", KAHRAMANMARAS),
    ("Kahramanmaraş Organize Sanayi Bölgesi Müdürlüğü", "public_authority", KAHRAMANMARAS),
    ("Adıyaman Organize Sanayi Bölgesi Müdürlüğü", "public_authority", ADIYAMAN),
    ("KOSGEB Kahramanmaraş Müdürlüğü", "public_authority", KAHRAMANMARAS),
    ("KOSGEB Adıyaman Müdürlüğü", "public_authority", ADIYAMAN),
    ("Kalkınma Ajansı Yatırım Destek Ofisi – Kahramanmaraş", "public_authority", KAHRAMANMARAS),
    ("Kalkınma Ajansı Yatırım Destek Ofisi – Adıyaman", "public_authority", ADIYAMAN),
    ("Kahramanmaraş Sütçü İmam Üniversitesi – Tekstil Mühendisliği", "training_institution", KAHRAMANMARAS),
    ("Adıyaman Üniversitesi – Meslek Yüksekokulu", "training_institution", ADIYAMAN),
    ("Kahramanmaraş Tekstil Mesleki ve Teknik Anadolu Lisesi", "training_institution", KAHRAMANMARAS),
    ("Maraş Tekstil Test Laboratuvarı", "bds_provider", KAHRAMANMARAS),
    ("Fırat Yönetim Danışmanlığı", "bds_provider", ADIYAMAN),
    ("Esnaf ve Sanatkârlar Kredi Kooperatifi – Adıyaman", "financial_institution", ADIYAMAN),
    ("Kalkınma ve Yatırım Bankası Bölge Temsilciliği", "financial_institution", KAHRAMANMARAS),
    ("Kadın Emeği Dayanışma Derneği", "ngo_other", ADIYAMAN),
)  # fmt: skip


def populate(builder: SampleBuilder, rng: random.Random) -> None:
    codes = list(_ACTIVITIES)
    weights = [_ACTIVITIES[c][0] for c in codes]
    firms = []
    for _ in range(88):
        isic = rng.choices(codes, weights)[0]
        # Spinning mills gather in Kahramanmaraş; garments and home textiles more often in Adıyaman
        in_maras = rng.random() < (0.85 if isic in ("1311", "1312") else 0.35)
        firms.append(_firm(builder, rng, isic, _MARAS_TOWNS if in_maras else _ADIYAMAN_TOWNS))
    suppliers = [
        builder.add(rng, name, "supplier", town, products=products, sector_code=isic, radius_km=1.5,
                    employees=rng.randint(5, 80), year_founded=rng.randint(1985, 2018),
                    legal_form="Ltd. Şti.")
        for name, products, town, isic in _SUPPLIERS
    ]  # fmt: skip
    buyers = [
        builder.add(rng, name, "buyer", town, notes=note, radius_km=2.0, sector_code="4641")
        for name, town, note in _BUYERS
    ]
    institutions = add_institutions(builder, rng, _INSTITUTIONS, radius_km=0.8)
    actors = ClusterActors.by_kind(firms, suppliers, buyers, institutions)
    grow_network(builder, rng, actors, GrowthRates(membership=(0.45, 0.25), credit=(0.1, 0.35)))
    maras = [h for h in firms if builder.rows[h]["admin_area"].endswith("Kahramanmaraş")]
    builder.boundary_around(
        "Core area – Kahramanmaraş", maras, 2.0, "Spinning and weaving mills of Kahramanmaraş, Türkoğlu, "
        "Pazarcık and Elbistan",
    )  # fmt: skip
    builder.boundary_around(
        "Wider area – Adıyaman and Kahramanmaraş", firms + suppliers[:3], 4.0,
        "Both provinces, with the garment and home-textile workshops of Adıyaman, Kahta, Besni and Gölbaşı",
    )  # fmt: skip


DEFINITION = SampleDefinition(
    key="adiyaman_kahramanmaras_textiles",
    cluster_name="Adıyaman–Kahramanmaraş textile cluster",
    info={
        "country": "TR",
        "region": "Adıyaman and Kahramanmaraş",
        "sector_code": "1311",
        "sector_label": "Spinning of textile fibres (1311) and made-up textile articles (1392)",
        "currency": "TRY",
        "language": "en",
        "phase": 5,
        "start_date": dt.date(2023, 9, 1),
        "agency_name": "Southeast Anatolia Textile Recovery Programme",
        "description": (
            "Spinning mills, weavers, home-textile and garment makers of Kahramanmaraş and Adıyaman with "
            "their cotton and dye-house suppliers. After the February 2023 earthquakes the diagnostic looks "
            "at damaged capacity, lost workforce, energy costs and joint access to export buyers."
        ),
    },
    locale=TURKEY,
    rounds=SurveyRounds(dt.date(2023, 11, 15), dt.date(2025, 5, 15)),
    populate=populate,
    firm_roles=ENGLISH_FIRM_ROLES,
    institution_roles=ENGLISH_INSTITUTION_ROLES,
    logo_colour="#a23b3b",
)
