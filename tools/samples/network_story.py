"""How each sample's network changes between the baseline survey and the first follow-up.

`grow_network` (network.py) gives every sample the common pattern of facilitation: more memberships,
services and joint actions at the follow-up. The story of each case of the UNIDO reference text is told
here on top of it, with its own random generator so that the rest of the sample stays as it was:

- Atuntaqui and Ambato: the CDA facilitated enterprise networks; firms that only traded start to work in
  small groups (joint buying, a shared stand, the brand, the shared die-cutter).
- Bosawas: families organised into producer networks work together in them, most in groups of three
  (nurseries, fermentation, equipment), networks of one municipality act together under their
  territorial leaders, and the families that sold to intermediaries one by one now sell through the
  networks.
- Samara: cluster twinning with the Automotive Cluster of Slovenia; the Russian-Slovenian Business Club
  joins Samara firms, suppliers and Slovenian firms, three joint ventures are formed, and the association,
  the club and the cluster development centre become brokers between groups that did not meet.
- Adıyaman and Kahramanmaraş: two clusters, each with its own CDA, grow dense inside their province and
  keep few bridges between them.
- Ethiopia: the fifty mills buy seed jointly from the farmers' union instead of informal traders and work
  with the quality laboratory and the university as shareholders of one company.

`observe_rounds` then records what the follow-up found of each baseline tie: observed again, ended (a
supplier lost, a buyer gone, a loan repaid, an advisory programme over) or not asked about, and carried.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from clusterdesk.core.project import Project
from clusterdesk.core.survey_rounds import SurveyRound

from .common import SampleBuilder, SurveyRounds, sample_uuid

BASELINE, FOLLOW_UP = "baseline", "follow_up_1"

# Share of baseline ties of each kind that the follow-up found ended. Memberships do not end in the
# samples: the associations' and networks' member lists are part of their stories (governance, results).
ENDED_SHARE = {
    "supplies": 0.12,
    "buys_from": 0.15,
    "advises": 0.25,  # an advisory programme over
    "finances": 0.30,  # a loan repaid
    "joint_action": 0.10,
    "member_of": 0.0,
    "other": 0.10,
}
NOT_ASKED_SHARE = 0.08  # baseline ties the follow-up did not ask about: carried, not observed again


def _handles(builder: SampleBuilder, test: Callable[[dict[str, Any]], bool]) -> list[int]:
    return [h for h, row in enumerate(builder.rows) if test(row)]


def _named(builder: SampleBuilder, start: str) -> int:
    return next(h for h, row in enumerate(builder.rows) if row["name"].startswith(start))


def _firms(builder: SampleBuilder) -> list[int]:
    return _handles(builder, lambda row: row["kind"] == "enterprise")


def enterprise_groups(
    builder: SampleBuilder,
    rng: random.Random,
    firms: Sequence[int],
    count: int,
    sizes: tuple[int, int],
    notes: Sequence[str],
    survey_round: str = FOLLOW_UP,
) -> list[list[int]]:
    """`count` small groups of firms of one place, each working together (every pair a joint action)."""
    by_area: dict[str, list[int]] = {}
    for firm in firms:
        by_area.setdefault(builder.rows[firm].get("admin_area", ""), []).append(firm)
    areas = [area for area, members in sorted(by_area.items()) if len(members) >= sizes[0]]
    weights = [len(by_area[area]) for area in areas]
    taken: set[int] = set()
    groups = []
    for number in range(count):
        area = rng.choices(areas, weights)[0]
        free = [f for f in by_area[area] if f not in taken]
        if len(free) < sizes[0]:
            continue
        group = rng.sample(free, min(len(free), rng.randint(*sizes)))
        taken.update(group)
        note = notes[number % len(notes)]
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                builder.relate(
                    rng, first, second, "joint_action", survey_round, directed=False,
                    strength=rng.randint(3, 5), notes=note,
                )  # fmt: skip
        groups.append(group)
    return groups


def _atuntaqui(builder: SampleBuilder, rng: random.Random) -> None:
    notes = (
        "red empresarial: marca «Atuntaqui Moda»",
        "red empresarial: stand conjunto en la Expoferia",
        "red empresarial: compra conjunta de hilo",
        "red empresarial: centro de corte compartido",
    )
    groups = enterprise_groups(builder, rng, _firms(builder), 10, (4, 6), notes)
    chamber = _named(builder, "Cámara de Comercio de Antonio Ante")
    for group in groups:  # each network's coordinator works with the chamber that lends the equipment
        builder.relate(rng, group[0], chamber, "joint_action", FOLLOW_UP, directed=False, strength=4)


def _ambato(builder: SampleBuilder, rng: random.Random) -> None:
    notes = ("red de compra conjunta de cuero", "red: calzado escolar según norma INEN",
             "red de acopio colectivo", "red: troqueladora compartida de Quisapincha")  # fmt: skip
    groups = enterprise_groups(builder, rng, _firms(builder), 9, (3, 5), notes)
    chamber = _named(builder, "Cámara de Calzado de Tungurahua")
    for group in groups:
        builder.relate(rng, group[0], chamber, "joint_action", FOLLOW_UP, directed=False, strength=4)


def _bosawas(builder: SampleBuilder, rng: random.Random) -> None:
    networks = _handles(builder, lambda row: row["name"].startswith("Red de Productores de Cacao"))
    members: dict[int, list[int]] = {}
    for relation in builder.relations:
        if relation["kind"] == "member_of" and relation["target"] in networks:
            members.setdefault(relation["target"], []).append(relation["source"])
    # families of a network manage a nursery, ferment and share equipment in groups of three
    notes = ("vivero comunitario", "fermentación y secado en grupo", "intercambio de herramientas y material")
    for network in networks:
        families = rng.sample(sorted(members[network]), len(members[network]))
        families = families[: round(len(families) * 0.75)]  # most families take part in a group
        for start in range(0, len(families) - 1, 3):
            group, note = families[start : start + 3], rng.choice(notes)
            for index, first in enumerate(group):
                for second in group[index + 1 :]:
                    builder.relate(rng, first, second, "joint_action", FOLLOW_UP, directed=False, notes=note)
    # territorial leaders: the networks of one municipality act together
    by_area: dict[str, list[int]] = {}
    for network in networks:
        by_area.setdefault(builder.rows[network]["admin_area"], []).append(network)
    for group in by_area.values():
        for index, first in enumerate(group):
            for second in group[index + 1 :]:
                builder.relate(
                    rng, first, second, "joint_action", FOLLOW_UP, directed=False, strength=4,
                    notes="coordinación territorial de redes",
                )  # fmt: skip
    # at baseline one family in eight sold wet cocoa to intermediaries one by one (ended: see ENDED)
    intermediaries = _named(builder, "Intermediarios de cacao en baba")
    families = sorted(f for group in members.values() for f in group)
    for family in families:
        if rng.random() < 0.12:
            builder.relate(rng, intermediaries, family, "buys_from", BASELINE, notes="venta individual")
    # the reserve's secretariat, the municipality and the NGO work with the new networks of their area
    for start, area in (
        ("Secretaría Técnica de la Reserva", ""),
        ("Alcaldía Municipal de Bonanza", "Bonanza"),
        ("Asociación para el Desarrollo de Bosawas", "Siuna"),
    ):
        near = [n for n in networks if builder.rows[n]["admin_area"].startswith(area)] or networks
        for network in rng.sample(near, min(3, len(near))):
            builder.relate(rng, _named(builder, start), network, "advises", FOLLOW_UP,
                           notes="acuerdo de producción sin deforestación")  # fmt: skip


CLUB_FOUNDED = dt.date(2022, 5, 19)  # invented: the reference gives no date
CLUB_MEMBERS = 43  # reference: "the Russian-Slovenian Business Club with 43 members"
# reference: "3 joint ventures (Russia-Slovenia) have been established"; names and dates are invented
JOINT_VENTURES = (
    ("ООО «Савиня-Волга»", dt.date(2022, 10, 3), "литьё под давлением; корпуса"),
    ("ООО «Колпа-Тольятти Прецизия»", dt.date(2023, 2, 14), "прецизионная механообработка"),
    ("ООО «Похорье-Самара Пласт»", dt.date(2023, 5, 22), "пластиковые детали салона"),
)


def _samara(builder: SampleBuilder, rng: random.Random) -> None:
    from .samara_automotive import TOLYATTI

    samara = next(row for row in builder.rows if row.get("admin_area", "").startswith("Самара"))
    club = builder.add(
        rng, "Российско-словенский деловой клуб", "business_association", None, sector_code="9411",
        year_founded=CLUB_FOUNDED.year, admin_area=samara["admin_area"],
        legal_form="некоммерческое партнёрство",
        notes="Создан по итогам побратимства с Автомобильным кластером Словении; 43 члена: автокомпоненты, "
        "энергоэффективность, туризм",
    )  # fmt: skip
    slovenian = builder.add(
        rng, "Автомобильный кластер Словении", "business_association", None, sector_code="9411",
        admin_area="Любляна, Словения", notes="Партнёр по побратимству кластеров",
    )  # fmt: skip
    partners = [
        builder.add(
            rng, name, "enterprise", None, sector_code="2930", admin_area=f"{town}, Словения",
            legal_form="д.о.о.", products=products, notes="Словенский партнёр совместного предприятия",
        )
        for name, town, products in (
            ("«Савиня Автодели» д.о.о.", "Целе", "литьё под давлением; корпуса"),
            ("«Колпа Прецизия» д.о.о.", "Ново-Место", "прецизионная механообработка"),
            ("«Похорье Пласт» д.о.о.", "Марибор", "пластиковые детали салона"),
        )
    ]  # fmt: skip
    association = _named(builder, "Ассоциация поставщиков автокомпонентов")
    centre = _named(builder, "Центр кластерного развития")
    builder.relate(rng, association, slovenian, "joint_action", FOLLOW_UP, directed=False, strength=5,
                   notes="побратимство кластеров")  # fmt: skip
    builder.relate(rng, centre, slovenian, "joint_action", FOLLOW_UP, directed=False, strength=4)
    builder.relate(rng, association, club, "joint_action", FOLLOW_UP, directed=False, strength=4)

    def joins_club(member: int, strength: int) -> None:
        day = CLUB_FOUNDED + dt.timedelta(
            days=rng.randint(0, 40) if rng.random() < 0.7 else rng.randint(41, 420)
        )
        builder.relate(rng, member, club, "member_of", FOLLOW_UP, strength=strength, since=day)

    joins_club(slovenian, 4)
    for partner in partners:
        builder.relate(rng, partner, slovenian, "member_of", BASELINE, strength=4)
        joins_club(partner, 3)
    firms = [h for h in _firms(builder) if h not in partners]
    association_members = {
        r["source"] for r in builder.relations if r["kind"] == "member_of" and r["target"] == association
    }
    # the club's 43 members: the association's members, other firms and suppliers, the Slovenian cluster
    # and its three firms
    suppliers = _handles(builder, lambda row: row["kind"] == "supplier")
    outside = [f for f in firms if f not in association_members]
    others = CLUB_MEMBERS - len(association_members) - len(partners) - 1 - 4
    club_members = sorted(association_members) + rng.sample(outside, others) + rng.sample(suppliers, 4)
    for member in club_members:
        joins_club(member, rng.randint(2, 4))
    # three joint ventures, each a Samara member with a Slovenian partner, founded on their own day
    for (partner, firm), (name, founded, products) in zip(
        zip(partners, rng.sample(sorted(association_members), 3), strict=True), JOINT_VENTURES, strict=True
    ):
        builder.relate(rng, firm, partner, "joint_action", FOLLOW_UP, directed=False, strength=5,
                       notes="совместное российско-словенское предприятие")  # fmt: skip
        venture = builder.add(
            rng, name, "enterprise", TOLYATTI, radius_km=2.0, sector_code="2930", products=products,
            employees=rng.randint(18, 45), women_employees=rng.randint(4, 12), year_founded=founded.year,
            legal_form="ООО", tags="совместное предприятие",
            notes=f"Совместное российско-словенское предприятие, учреждено {founded.strftime('%d.%m.%Y')}",
        )  # fmt: skip
        for parent in (firm, partner):
            builder.relate(rng, parent, venture, "member_of", FOLLOW_UP, strength=5, since=founded,
                           notes="учредитель совместного предприятия")  # fmt: skip
    # joint purchasing and certification: members with firms and suppliers outside the association
    for member in rng.sample(sorted(association_members), 10):
        builder.relate(rng, member, rng.choice(outside), "joint_action", FOLLOW_UP, directed=False,
                       notes="совместные закупки и подготовка к сертификации")  # fmt: skip
        builder.relate(rng, rng.choice(suppliers), member, "supplies", FOLLOW_UP)


def _adiyaman(builder: SampleBuilder, rng: random.Random) -> None:
    firms = _firms(builder)
    maras = [f for f in firms if builder.rows[f]["admin_area"].endswith("Kahramanmaraş")]
    adiyaman = [f for f in firms if builder.rows[f]["admin_area"].endswith("Adıyaman")]
    # each CDA works in its own province: firms cooperate with firms of the same province
    for province, notes in (
        (maras, ("joint yarn sales", "shared energy audit", "joint training of operators")),
        (adiyaman, ("joint cutting facility", "shared stand at the home-textile fair", "joint recruitment")),
    ):
        for first in rng.sample(province, len(province) * 3 // 4):
            second = rng.choice(province)
            builder.relate(rng, first, second, "joint_action", FOLLOW_UP, directed=False,
                           notes=rng.choice(notes))  # fmt: skip
    university = _named(builder, "Kahramanmaraş Sütçü İmam")
    for firm in rng.sample(maras, 6):  # part-time work of the textile engineers
        builder.relate(rng, university, firm, "advises", FOLLOW_UP, notes="textile engineers, part time")
    # the few bridges: two buyers' orders shared between the provinces
    for first, second in zip(rng.sample(maras, 2), rng.sample(adiyaman, 2), strict=True):
        builder.relate(rng, first, second, "joint_action", FOLLOW_UP, directed=False,
                       notes="shared order of an export buyer")  # fmt: skip


def _ethiopia(builder: SampleBuilder, rng: random.Random) -> None:
    mills = _handles(builder, lambda row: row.get("tags") == "MSME")
    union = _named(builder, "Tana Oilseed Farmers' Cooperative Union")
    laboratory = _named(builder, "Edible Oil Quality Testing Laboratory")
    for mill in mills:  # joint seed purchases of graded seed
        if rng.random() < 0.7:
            builder.relate(rng, union, mill, "supplies", FOLLOW_UP, notes="joint purchase of graded seed")
        if rng.random() < 0.4:
            builder.relate(rng, laboratory, mill, "advises", FOLLOW_UP, notes="oil testing")
    enterprise_groups(builder, rng, mills, 6, (3, 4), ("joint oil testing", "joint seed storage"))


STORIES: dict[str, Callable[[SampleBuilder, random.Random], None]] = {
    "atuntaqui_garments": _atuntaqui,
    "ambato_footwear": _ambato,
    "bosawas_cocoa": _bosawas,
    "samara_automotive": _samara,
    "adiyaman_kahramanmaras_textiles": _adiyaman,
    "ethiopia_edible_oil": _ethiopia,
}

# Ties the story says ended, beyond the common shares: (source name start, kind, share ended)
STORY_ENDINGS: dict[str, tuple[tuple[str, str, float], ...]] = {
    # the families sell through their networks and cooperatives now
    "bosawas_cocoa": (("Intermediarios de cacao en baba", "buys_from", 0.78),),
    # the out-of-region plant now buys from its own region's suppliers
    "samara_automotive": (("ООО «Ульяновский сборочный завод»", "buys_from", 0.8),),
    # informal nug traders replaced by the farmers' union's graded seed
    "ethiopia_edible_oil": (("Merawi Nug Traders", "supplies", 0.7),),
    # a Colombian itinerant buyer stopped coming
    "atuntaqui_garments": (("Importadora Ipiales Moda", "buys_from", 0.7),),
    "ambato_footwear": (("Importadora Calzado Pacífico", "buys_from", 0.6),),
    "adiyaman_kahramanmaras_textiles": (("Bursa Dokuma İplik Alımı", "buys_from", 0.5),),
}


def tell_network_story(builder: SampleBuilder, sample_key: str, rng: random.Random) -> None:
    STORIES[sample_key](builder, rng)


def observe_rounds(builder: SampleBuilder, sample_key: str, rng: random.Random) -> None:
    """Record what the follow-up found of each tie: ended, observed again, or carried unasked."""
    special = {
        (_named(builder, start), kind): share for start, kind, share in STORY_ENDINGS.get(sample_key, ())
    }
    for relation in builder.relations:
        if relation["survey_round"] != BASELINE:
            relation["last_observed_round"] = FOLLOW_UP
            continue
        share = special.get((relation["source"], relation["kind"]), ENDED_SHARE[relation["kind"]])
        draw = rng.random()
        if draw < share:
            relation["ended_round"] = FOLLOW_UP
        elif draw < share + NOT_ASKED_SHARE:
            pass  # carried: the follow-up did not ask about it
        else:
            relation["last_observed_round"] = FOLLOW_UP


ROUND_NOTES = {
    "es": ("Encuesta de línea de base de las relaciones", "Primera encuesta de seguimiento"),
    "ru": ("Базовое обследование связей", "Первое повторное обследование"),
    "en": ("Baseline survey of relations", "First follow-up survey"),
}


def write_survey_rounds(project: Project, sample_key: str, rounds: SurveyRounds, language: str) -> None:
    """The two rounds with their dates: the follow-up is the sample's "today"."""
    notes = ROUND_NOTES[language]
    for position, (code, held_on) in enumerate(
        ((BASELINE, rounds.baseline), (FOLLOW_UP, rounds.follow_up_1))
    ):
        project.session.add(
            SurveyRound(
                uuid=sample_uuid(sample_key, "survey_rounds", position),
                code=code,
                position=position,
                held_on=held_on,
                notes=notes[position],
            )
        )
    project.session.commit()
