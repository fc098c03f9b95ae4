"""Automotive component suppliers of the Samara region (Russia).

Component makers in Tolyatti, Samara, Syzran and the smaller towns supply the car assembly plants of the
region. Seventeen of the larger firms formed the suppliers' association with the initiative in June 2021;
by the follow-up they buy, train and certify together, and the twinning with the Automotive Cluster of
Slovenia has given the Russian-Slovenian Business Club (43 members) and three joint ventures
(network_story.py). Firms and people are invented.
"""

from __future__ import annotations

import datetime as dt
import random

from .common import SampleBuilder, SampleDefinition, SurveyRounds, Town, employees_with_women, slug
from .locales import RUSSIA, RUSSIAN_FIRM_ROLES, RUSSIAN_INSTITUTION_ROLES
from .network import ClusterActors, GrowthRates, add_institutions, grow_network

ASSOCIATION = "Ассоциация поставщиков автокомпонентов Самарской области"
FOUNDING_MEMBERS = 17
# formed by the initiative (started April 2021) before the baseline survey of September; the day is invented
ASSOCIATION_FOUNDED = dt.date(2021, 6, 17)

_REGION = "Самарская область"
TOLYATTI = Town("Тольятти", "Тольятти", _REGION, 49.5300, 53.4804)
SAMARA = Town("Самара", "Самара", _REGION, 50.1493, 53.1970)
SYZRAN = Town("Сызрань", "Сызрань", _REGION, 48.4800, 53.1700)
NOVOKUYBYSHEVSK = Town("Новокуйбышевск", "Новокуйбышевск", _REGION, 49.9199, 53.1200)
CHAPAYEVSK = Town("Чапаевск", "Чапаевск", _REGION, 49.7243, 52.9743)
ZHIGULYOVSK = Town(
    "Жигулёвск",
    "Жигулёвск",
    _REGION,
    49.4950,
    53.4000,
    "town centre, approximate (not in Natural Earth 1:10m)",
)
_FIRM_TOWNS = (TOLYATTI,) * 10 + (SAMARA,) * 3 + (SYZRAN, NOVOKUYBYSHEVSK, CHAPAYEVSK, ZHIGULYOVSK)

_STEMS = (
    "Волга",
    "Жигули",
    "Самара",
    "Авто",
    "Техно",
    "Промавто",
    "Тольятти",
    "Прогресс",
    "Меридиан",
    "Вектор",
)
_SPECIALITIES = {
    "пласт": "пластиковые детали салона; бамперы",
    "штамп": "штампованные детали кузова",
    "литьё": "алюминиевое литьё; корпуса КПП",
    "пружина": "пружины подвески; рессоры",
    "электро": "жгуты проводов; электрооборудование",
    "свет": "фары; фонари",
    "фильтр": "фильтры масляные и воздушные",
    "крепёж": "крепёж; метизы",
    "резина": "резинотехнические изделия; уплотнители",
    "сиденье": "каркасы и обивка сидений",
    "деталь": "механообработка; валы; шестерни",
    "стекло": "автостёкла; зеркала",
}
_LEGAL_FORMS = ("ООО",) * 6 + ("АО", "ИП")

_SUPPLIERS = (
    ("ООО «Металлоторг-Самара»", "металлопрокат; листовая сталь", SAMARA, "4672"),
    ("ООО «Полимерснаб Поволжье»", "полипропилен; АБС-пластик в гранулах", TOLYATTI, "4675"),
    ("АО «Волжская резиновая смесь»", "резиновые смеси", TOLYATTI, "2219"),
    ("ООО «Химпромснаб»", "лакокрасочные материалы; грунты", NOVOKUYBYSHEVSK, "2022"),
    ("ООО «Кабельная продукция Поволжья»", "провода автомобильные", SAMARA, "2732"),
    ("ООО «Инструмент-Сервис»", "штампы; пресс-формы; оснастка", TOLYATTI, "2593"),
    ("ООО «Упаковка Тольятти»", "многооборотная тара", TOLYATTI, "2229"),
    ("ООО «ТехноЛогистик»", "логистика; склад поставок «точно вовремя»", TOLYATTI, "5210"),
)  # fmt: skip
_BUYERS = (
    ("АО «Тольяттинский автосборочный завод»", TOLYATTI, "сборка легковых автомобилей"),
    ("ООО «Средневолжский сборочный комплекс»", TOLYATTI, "сборка внедорожников"),
    ("ООО «Автосборка-Поволжье»", SAMARA, "сборка лёгких коммерческих автомобилей"),
    ("ООО «Запчасти Поволжья»", SAMARA, "дистрибьютор вторичного рынка"),
    ("ООО «Ульяновский сборочный завод»", None, "покупатель за пределами области"),
)  # fmt: skip
_INSTITUTIONS = (
    (ASSOCIATION, "business_association", TOLYATTI),
    ("Торгово-промышленная палата Самарской области", "business_association", SAMARA),
    ("Союз работодателей Тольятти", "business_association", TOLYATTI),
    ("Министерство промышленности и торговли Самарской области", "public_authority", SAMARA),
    ("Администрация городского округа Тольятти", "public_authority", TOLYATTI),
    ("Центр кластерного развития Самарской области", "public_authority", SAMARA),
    ("Фонд поддержки предпринимательства Самарской области", "financial_institution", SAMARA),
    ("Региональный фонд развития промышленности", "financial_institution", SAMARA),
    ("Банк «Волжский кредит»", "financial_institution", TOLYATTI),
    ("Тольяттинский государственный университет – Институт машиностроения", "training_institution", TOLYATTI),
    ("Самарский государственный технический университет", "training_institution", SAMARA),
    ("Тольяттинский машиностроительный колледж", "training_institution", TOLYATTI),
    ("Центр сертификации и испытаний автокомпонентов", "bds_provider", TOLYATTI),
    ("Консалтинговая группа «Бережливое производство»", "bds_provider", SAMARA),
    ("АНО «Центр развития компетенций»", "ngo_other", TOLYATTI),
)  # fmt: skip


def _firms(builder: SampleBuilder, rng: random.Random, count: int) -> list[int]:
    handles = []
    names = [(stem, speciality) for stem in _STEMS for speciality in _SPECIALITIES]
    for stem, speciality in rng.sample(names, count):
        # Волга + пласт → «Волгапласт»; other stems keep a hyphen: «Вектор-Пласт»
        brand = f"{stem}{speciality}" if stem[-1] in "ао" else f"{stem}-{speciality.capitalize()}"
        legal = rng.choice(_LEGAL_FORMS)
        employees, women = employees_with_women(rng, 70, (0.2, 0.45))
        handles.append(
            builder.add(
                rng, f"{legal} «{brand}»", "enterprise", rng.choice(_FIRM_TOWNS), radius_km=2.5,
                sector_code="2930", products=_SPECIALITIES[speciality], employees=employees,
                women_employees=women, year_founded=rng.randint(1992, 2020), legal_form=legal,
                email_domain=f"{slug(brand)}.example", website=f"https://{slug(brand)}.example",
                tags="ISO/IATF 16949" if employees > 120 and rng.random() < 0.6 else None,
            )
        )  # fmt: skip
    return handles


def populate(builder: SampleBuilder, rng: random.Random) -> None:
    firms = _firms(builder, rng, 64)
    suppliers = [
        builder.add(rng, name, "supplier", town, products=products, sector_code=isic, radius_km=2.0,
                    employees=rng.randint(15, 300), year_founded=rng.randint(1993, 2015),
                    legal_form=name.split(" ")[0])
        for name, products, town, isic in _SUPPLIERS
    ]  # fmt: skip
    buyers = [
        builder.add(rng, name, "buyer", town, notes=note, radius_km=1.5, sector_code="2910")
        for name, town, note in _BUYERS
    ]
    institutions = add_institutions(builder, rng, _INSTITUTIONS, radius_km=0.8)
    association, *other_associations = institutions["business_association"]
    builder.rows[association]["year_founded"] = ASSOCIATION_FOUNDED.year
    builder.rows[association]["notes"] = "Создана в июне 2021 года в рамках проекта; 17 учредителей"
    _association_members(builder, rng, firms, association)
    # the suppliers' association has its own, counted membership
    actors = ClusterActors.by_kind(firms, suppliers, buyers, institutions, associations=other_associations)
    rates = GrowthRates(buyer=(0.7, 0.2), membership=(0.2, 0.1), subcontract=(0.15, 0.1))
    grow_network(builder, rng, actors, rates)
    for institution in institutions["public_authority"] + institutions["training_institution"]:
        builder.relate(rng, institution, association, "advises", "follow_up_1")
    tolyatti = [h for h in firms if builder.rows[h]["admin_area"].startswith("Тольятти")]
    builder.boundary_around("Ядро кластера — Тольятти", tolyatti, 2.0, "Промышленные зоны Тольятти")
    builder.boundary_around(
        "Расширенная территория — Самарско-Тольяттинская агломерация", firms + suppliers, 4.0,
        "Тольятти, Самара, Сызрань, Жигулёвск, Новокуйбышевск, Чапаевск",
    )  # fmt: skip


def _association_members(
    builder: SampleBuilder, rng: random.Random, firms: list[int], association: int
) -> None:
    """Seventeen of the larger firms founded the association, all recorded in the baseline survey."""
    by_size = sorted(firms, key=lambda h: -builder.rows[h]["employees"])
    for firm in rng.sample(by_size[:30], FOUNDING_MEMBERS):
        builder.relate(
            rng,
            firm,
            association,
            "member_of",
            "baseline",
            strength=rng.randint(3, 5),
            since=ASSOCIATION_FOUNDED,
        )


DEFINITION = SampleDefinition(
    key="samara_automotive",
    cluster_name="Кластер автомобильных компонентов Самарской области",
    info={
        "country": "RU",
        "region": "Самарская область",
        "sector_code": "2930",
        "sector_label": "Производство комплектующих и принадлежностей для автотранспортных средств",
        "currency": "RUB",
        "language": "ru",
        "phase": 5,
        "start_date": dt.date(2021, 4, 1),
        "agency_name": "Агентство регионального развития Самарской области",
        "description": (
            "Производители автокомпонентов Тольятти, Самары и городов области, их поставщики материалов и "
            "сборочные заводы-покупатели. Ассоциация поставщиков объединяет 17 предприятий; план действий: "
            "локализация, сертификация по IATF 16949, бережливое производство, совместные закупки."
        ),
    },
    locale=RUSSIA,
    rounds=SurveyRounds(dt.date(2021, 9, 1), dt.date(2023, 9, 1)),
    populate=populate,
    firm_roles=RUSSIAN_FIRM_ROLES,
    institution_roles=RUSSIAN_INSTITUTION_ROLES,
    logo_colour="#2e4a7d",
)
