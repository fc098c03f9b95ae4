"""Enricher: capacity assessments of each sample's main support institutions at the baseline and at the
mid-term, made with the default framework.

Each institution starts from its own level and improves most on the dimensions its kind of work is
about (a training body on its services and staff, an association on responsiveness, linkages and
governance); financial sustainability moves slowly everywhere. The last institution's mid-term visit
could not score one indicator, so every sample shows an incomplete assessment as such.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select, update

from clusterdesk.analysis.capacity_scores import load_framework
from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN
from clusterdesk.core.capacity_edits import TARGETS, AssessmentInput, SaveAssessments, SetTarget
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import SUPPORT_INSTITUTION_KINDS

from .common import sample_uuid

# The institutions each story follows, by the start of their names; others are chosen by kind.
FOLLOWED: dict[str, tuple[str, ...]] = {
    "atuntaqui_garments": ("Cámara de Comercio de Antonio Ante", "Universidad Técnica del Norte",
                           "Unidad Educativa Técnica Atuntaqui", "Centro de Diseño y Moda"),
    "ambato_footwear": ("Cámara de Calzado de Tungurahua", "Universidad Técnica de Ambato",
                        "Instituto Tecnológico del Calzado", "Laboratorio de Ensayos"),
    "bosawas_cocoa": ("Unión de Cooperativas", "Cooperativa Agroforestal Cacaotera de Waslala"),
    "samara_automotive": ("Ассоциация поставщиков", "Центр кластерного развития",
                          "Тольяттинский государственный университет", "Фонд поддержки предпринимательства"),
    "adiyaman_kahramanmaras_textiles": ("Kahramanmaraş Ticaret ve Sanayi Odası", "Kahramanmaraş Sütçü İmam",
                                        "Kahramanmaraş Tekstil Mesleki", "KOSGEB Kahramanmaraş"),
    "ethiopia_edible_oil": ("Bahir Dar Edible Oil Processors", "Bahir Dar University",
                            "Bahir Dar Polytechnic", "Amhara Credit and Savings"),
}  # fmt: skip
WANTED = 4
FOCUS_BY_KIND = {
    "business_association": ("D1", "D4", "D6"),
    "training_institution": ("D1", "D2", "D3"),
    "bds_provider": ("D2", "D3", "D7"),
    "financial_institution": ("D2", "D5"),
    "public_authority": ("D4", "D7"),
}
SLOW = "D5"  # income and reserves take longer than one plan period to change
EVIDENCE = {
    "D1": ("Interview with the director and two member firms", "Minutes of the last needs workshop",
           "Request log shown by the front desk"),
    "D2": ("Service catalogue and list of clients of the last year", "Three client firms interviewed",
           "Price list compared with what small firms said they can pay"),
    "D3": ("CVs of the technical staff", "Observed an advisory visit to a workshop",
           "Training records of staff"),
    "D4": ("Cooperation agreements on file", "Contact list of firms and partners",
           "Joint events of the last year"),
    "D5": ("Income statement of the last two years", "Budget and fee schedule", "Audit report"),
    "D6": ("Statutes, strategy document and board minutes", "Board composition list", "Annual report"),
    "D7": ("Client register", "Follow-up survey of trained firms", "Monitoring report to the donor"),
}  # fmt: skip


def _institutions(project: Project, sample_key: str) -> list[Stakeholder]:
    support = [
        s
        for s in project.session.scalars(select(Stakeholder).order_by(Stakeholder.fid))
        if s.kind in SUPPORT_INSTITUTION_KINDS
    ]
    chosen = []
    for start in FOLLOWED.get(sample_key, ()):
        match = next((s for s in support if s.name.startswith(start) and s not in chosen), None)
        if match is not None:
            chosen.append(match)
    for kind in ("business_association", "training_institution", "bds_provider", "financial_institution"):
        if len(chosen) >= WANTED:
            break
        match = next((s for s in support if s.kind == kind and s not in chosen), None)
        if match is not None:
            chosen.append(match)
    return chosen[:WANTED]


def _clamp(value: float) -> int:
    return max(SCALE_MIN, min(SCALE_MAX, round(value)))


def _note(rng: random.Random, dimension_code: str) -> str | None:
    return rng.choice(EVIDENCE[dimension_code]) if rng.random() < 0.7 else None


def add_capacity_assessments(project: Project, sample_key: str, rng: random.Random) -> None:
    from . import SAMPLES

    rounds = SAMPLES[sample_key].rounds
    created = dt.datetime.combine(rounds.baseline, dt.time(9, 0), tzinfo=dt.timezone.utc)

    def uuid(table: str, key: str) -> str:
        return sample_uuid(sample_key, table, key)

    project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK, uuid=uuid, created_at=created))
    framework = load_framework(project)
    institutions = _institutions(project, sample_key)
    items = []
    for number, institution in enumerate(institutions):
        level = rng.uniform(1.6, 2.8)
        focus = FOCUS_BY_KIND.get(institution.kind, ("D2",))
        baseline, mid_term = {}, {}
        for dimension in framework.dimensions:
            offset = rng.uniform(-0.7, 0.7)
            for indicator in dimension.indicators:
                before = _clamp(level + offset + rng.uniform(-0.6, 0.6))
                if dimension.code == SLOW:
                    step = 1 if rng.random() < 0.2 else 0
                elif dimension.code in focus:
                    step = (2 if rng.random() < 0.3 else 1) if rng.random() < 0.85 else 0
                else:
                    step = 1 if rng.random() < 0.3 else (-1 if rng.random() < 0.05 else 0)
                baseline[indicator.fid] = (before, _note(rng, dimension.code))
                mid_term[indicator.fid] = (_clamp(before + step), _note(rng, dimension.code))
        if number == len(institutions) - 1:  # the visit that could not see the accounts
            last = next(d for d in framework.dimensions if d.code == SLOW).indicators[-1]
            mid_term[last.fid] = (None, "Audited accounts not yet available at the visit")
        team = "Cluster development team"
        for round_code, day, scores, assessor in (
            ("baseline", rounds.baseline + dt.timedelta(days=10 + number * 3), baseline, team),
            (
                "mid_term",
                rounds.follow_up_1 - dt.timedelta(days=20 - number * 3),
                mid_term,
                f"{team}, external reviewer",
            ),
        ):
            key = uuid("capacity_assessments", f"{institution.uuid}/{round_code}")
            stamp = dt.datetime.combine(day, dt.time(16, 0), tzinfo=dt.timezone.utc)
            item = AssessmentInput(
                framework.fid,
                institution.fid,
                round_code,
                scores,
                assessed_on=day,
                assessor=assessor,
                uuid=key,
                created_at=stamp,
            )
            items.append(item)
    project.stack.push(SaveAssessments(items, uuid=uuid))
    if institutions:  # the lead association aims higher on linkages: it is to co-ordinate the others
        linkages = next(d for d in framework.dimensions if d.code == "D4")
        project.stack.push(SetTarget(linkages.fid, institutions[0].fid, 4.5))
        project.session.execute(update(TARGETS).values(uuid=uuid("capacity_targets", "1")))
        project.session.commit()
    project.stack.clear()
