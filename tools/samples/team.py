"""The people and bodies around each initiative that the registry does not grow by itself.

- The project team (reference text, "Actors"): a Project Coordinator, the Cluster Development Agents and
  a specialist consultant, employed for the project. The plan names one of these CDAs as the CDA in charge
  of each task and the governance enricher seats the same people in the project team, so both are drawn
  here, once, from their own random generator. In Adıyaman and Kahramanmaraş each cluster has its CDA.
- UNIDO and the donor, stakeholders of the kind `international_organisation`, who sit on the Steering
  Committee with the national counterparts; and the few institutions a story needs beyond the sample's
  own list (the state employment agency in Turkey, the national ministry in Nicaragua). They are added
  after the network story, with their own generator, so the rest of the sample stays as it was.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .common import SampleBuilder, Town

FOLLOW_UP = "follow_up_1"


@dataclass(frozen=True)
class TeamMember:
    position: str  # project_coordinator, cda or specialist_consultant
    name: str
    gender: str
    cluster: str | None = None  # the cluster a CDA works in, where the project has more than one


# The clusters of a project with more than one, each with its own CDA (reference: "two cluster
# development agents (CDAs) were capacitated to assist textiles clusters in Adıyaman and Kahramanmaraş").
CLUSTERS: dict[str, tuple[str, ...]] = {"adiyaman_kahramanmaras_textiles": ("Adıyaman", "Kahramanmaraş")}


def project_team(sample_key: str, taken: set[str]) -> list[TeamMember]:
    """The project team of a sample: the same people for every caller. `taken` holds the names already
    used in the project (contact persons), so no team member shares a name with someone of another role."""
    from . import SAMPLES, rng_for

    definition = SAMPLES[sample_key]
    rng = rng_for(sample_key, "project_team")
    clusters = CLUSTERS.get(sample_key, (None, None))
    used = set(taken)
    team = []
    for position, cluster in (
        [("project_coordinator", None)] + [("cda", c) for c in clusters] + [("specialist_consultant", None)]
    ):
        for _attempt in range(100):
            name, gender = definition.locale.person(rng)
            if name not in used:
                break
        used.add(name)
        team.append(TeamMember(position, name, gender, cluster))
    return team


def cdas(sample_key: str, taken: set[str]) -> list[TeamMember]:
    return [m for m in project_team(sample_key, taken) if m.position == "cda"]


@dataclass(frozen=True)
class Extra:
    """A stakeholder added after the network story, with the ties it has in the story."""

    name: str
    kind: str
    town: Town | None
    notes: str
    ties: tuple[tuple[str, str, str, str], ...] = ()  # (direction, other's name start, kind, round)
    firms: int = 0  # firms of `firm_area` it works with at the follow-up (kind `advises`)
    firm_area: str = ""
    year_founded: int | None = None


_UNIDO = {
    "es": "ONUDI – Organización de las Naciones Unidas para el Desarrollo Industrial",
    "ru": "ЮНИДО – Организация Объединённых Наций по промышленному развитию",
    "en": "UNIDO – United Nations Industrial Development Organization",
}
_UNIDO_NOTES = {
    "es": "Presta la asistencia técnica del proyecto; forma parte del Comité Directivo",
    "ru": "Техническое содействие проекту; входит в Руководящий комитет",
    "en": "Provides the project's technical assistance; sits on the Steering Committee",
}


def _unido(language: str, counterpart: str) -> Extra:
    return Extra(
        _UNIDO[language],
        "international_organisation",
        None,
        _UNIDO_NOTES[language],
        ties=(("out", counterpart, "advises", "baseline"),),
    )


def _donor(name: str, notes: str) -> Extra:
    return Extra(
        name, "international_organisation", None, notes, ties=(("out", "ONUDI", "finances", "baseline"),)
    )


_ECUADOR_DONOR = "Cooperación Italiana para el Desarrollo"
_ECUADOR_DONOR_NOTES = "Donante de la iniciativa de clústeres de ONUDI en Ecuador (Atuntaqui y Ambato)"

EXTRAS: dict[str, tuple[Extra, ...]] = {
    "atuntaqui_garments": (
        _unido(
            "es", "Ministerio de Producción, Comercio Exterior, Inversiones y Pesca – Oficina Técnica Ibarra"
        ),
        _donor(_ECUADOR_DONOR, _ECUADOR_DONOR_NOTES),
    ),
    "ambato_footwear": (
        _unido("es", "Ministerio de Producción – Oficina Técnica Ambato"),
        _donor(_ECUADOR_DONOR, _ECUADOR_DONOR_NOTES),
    ),
    "bosawas_cocoa": (
        Extra(
            "Ministerio de Economía Familiar, Comunitaria, Cooperativa y Asociativa – Delegación Siuna",
            "public_authority",
            Town("Siuna", "Siuna", "Costa Caribe Norte", -84.7767, 13.7333),
            "Contraparte nacional del programa conjunto",
            ties=(("out", "Unión de Cooperativas Cacao Bosawas", "advises", "baseline"),),
        ),
        Extra(
            _UNIDO["es"],
            "international_organisation",
            None,
            "Agencia del programa conjunto de las Naciones Unidas a cargo de las redes de productores",
            ties=(("out", "Ministerio de Economía Familiar", "advises", "baseline"),),
        ),
        Extra(
            "Fondo del Programa Conjunto de las Naciones Unidas en la Costa Caribe",
            "international_organisation",
            None,
            "Donante del programa conjunto",
            ties=(("out", "ONUDI", "finances", "baseline"),),
        ),
    ),
    "samara_automotive": (
        Extra(
            _UNIDO["ru"],
            "international_organisation",
            None,
            _UNIDO_NOTES["ru"],
            ties=(
                ("out", "Министерство промышленности и торговли Самарской области", "advises", "baseline"),
            ),
        ),
        Extra(
            "Правительство Российской Федерации – взнос в проекты ЮНИДО",
            "international_organisation",
            None,
            "Донор проекта",
            ties=(("out", "ЮНИДО", "finances", "baseline"),),
        ),
    ),
    "adiyaman_kahramanmaras_textiles": (
        Extra(
            "Türkiye İş Kurumu – Kahramanmaraş Çalışma ve İş Kurumu İl Müdürlüğü",
            "public_authority",
            Town("Kahramanmaraş", "Onikişubat", "Kahramanmaraş", 36.9450, 37.6100),
            "State employment agency: finds, recruits and trains workers for the cluster's firms",
            firms=5,
            firm_area="Kahramanmaraş",
        ),
        Extra(
            "Türkiye İş Kurumu – Adıyaman Çalışma ve İş Kurumu İl Müdürlüğü",
            "public_authority",
            Town("Adıyaman", "Merkez", "Adıyaman", 38.2799, 37.7704),
            "State employment agency: finds, recruits and trains workers for the cluster's firms",
            firms=5,
            firm_area="Adıyaman",
        ),
        _unido("en", "Kalkınma Ajansı Yatırım Destek Ofisi – Kahramanmaraş"),
        Extra(
            "UN Joint Programme Fund for the Textile Sector",
            "international_organisation",
            None,
            "Donor of the joint UN programme for the textile clusters",
            ties=(("out", "UNIDO", "finances", "baseline"),),
        ),
    ),
    "ethiopia_edible_oil": (
        _unido("en", "Ministry of Industry – Food Industry Directorate"),
        Extra(
            "Italian Development Cooperation – Addis Ababa Office",
            "international_organisation",
            None,
            "Donor of the cluster development project",
            ties=(("out", "UNIDO", "finances", "baseline"),),
        ),
    ),
}


def international_names(sample_key: str) -> tuple[str, ...]:
    """UNIDO and the donor of a sample: members of its Steering Committee."""
    return tuple(e.name for e in EXTRAS[sample_key] if e.kind == "international_organisation")


def add_extras(builder: SampleBuilder, sample_key: str, rng: random.Random) -> None:
    """Add the sample's extra stakeholders and their ties; the ties were observed by both surveys
    (those of the baseline) or first by the follow-up."""
    for extra in EXTRAS[sample_key]:
        handle = builder.add(
            rng, extra.name, extra.kind, extra.town, radius_km=0.5, notes=extra.notes,
            year_founded=extra.year_founded,
        )  # fmt: skip
        for direction, other_start, kind, survey_round in extra.ties:
            other = next(h for h, row in enumerate(builder.rows) if row["name"].startswith(other_start))
            source, target = (handle, other) if direction == "out" else (other, handle)
            _observed(builder, builder.relate(rng, source, target, kind, survey_round, strength=4))
        if extra.firms:
            firms = [
                h
                for h, row in enumerate(builder.rows)
                if row["kind"] == "enterprise" and row.get("admin_area", "").endswith(extra.firm_area)
            ]
            for firm in rng.sample(firms, extra.firms):
                _observed(
                    builder,
                    builder.relate(rng, handle, firm, "advises", FOLLOW_UP, strength=4,
                                   notes="workers found, recruited and trained for the firm"),
                )  # fmt: skip


def _observed(builder: SampleBuilder, added: bool) -> None:
    if added:
        builder.relations[-1]["last_observed_round"] = FOLLOW_UP
