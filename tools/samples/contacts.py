"""Enricher: contact persons for the institutions and for some of the firms of a sample."""

from __future__ import annotations

import random

from sqlalchemy import select

from clusterdesk.core.model import ContactPerson, Relation, Stakeholder
from clusterdesk.core.project import Project

from .common import Town, sample_uuid, slug, web_domain

FIRM_CONTACT_SHARE = 0.35
# producer families seldom name a contact person besides themselves
FIRM_CONTACT_SHARE_OF = {"bosawas_cocoa": 0.15}
# Women's associations: the association and its member workshops are represented by women
WOMEN_ONLY: dict[str, tuple[str, ...]] = {
    "atuntaqui_garments": ("Asociación de Mujeres Tejedoras de San Roque",),
    "adiyaman_kahramanmaras_textiles": ("Kadın Emeği Dayanışma Derneği",),
    "ethiopia_edible_oil": ("Amhara Women Entrepreneurs Association",),
}


def women_represented(project: Project, sample_key: str) -> set[int]:
    """Fids of the sample's women's associations and of their members (empty where there is none)."""
    found: set[int] = set()
    for name in WOMEN_ONLY.get(sample_key, ()):
        association = project.session.scalar(select(Stakeholder.fid).where(Stakeholder.name == name))
        members = project.session.scalars(
            select(Relation.source_id).where(Relation.target_id == association, Relation.kind == "member_of")
        )
        found |= {association, *members}
    return found


def add_contact_persons(project: Project, sample_key: str, rng: random.Random) -> None:
    from . import SAMPLES

    definition = SAMPLES[sample_key]
    stakeholders = project.session.query(Stakeholder).order_by(Stakeholder.fid).all()
    women = women_represented(project, sample_key)
    number = 0
    for stakeholder in stakeholders:
        institution = stakeholder.kind not in ("enterprise", "supplier", "buyer")
        if not institution and rng.random() > FIRM_CONTACT_SHARE_OF.get(sample_key, FIRM_CONTACT_SHARE):
            continue
        roles = definition.institution_roles if institution else definition.firm_roles
        for role in rng.sample(list(roles), 2 if institution and rng.random() < 0.4 else 1):
            name, gender = definition.locale.person(rng, "female" if stakeholder.fid in women else None)
            domain = stakeholder.email.split("@")[1] if stakeholder.email else web_domain(stakeholder.name)
            local = ".".join(slug(part) for part in name.split()[:2])
            # Some give the organisation's number, most their own mobile or direct line
            shared_phone = stakeholder.phone is not None and rng.random() < 0.3
            phone = stakeholder.phone if shared_phone else definition.locale.phone(rng, _town_of(stakeholder))
            project.session.add(
                ContactPerson(
                    uuid=sample_uuid(sample_key, "contact_persons", number),
                    stakeholder_id=stakeholder.fid,
                    name=name,
                    role=role,
                    gender=gender,
                    phone=phone,
                    email=f"{local}@{domain}",
                )
            )
            number += 1
    project.session.commit()


def _town_of(stakeholder: Stakeholder) -> Town:
    """Enough of a town for the locale's phone numbers (area codes go by municipality or province)."""
    municipality, _, province = (stakeholder.admin_area or "").partition(", ")
    return Town(municipality, municipality, province, 0.0, 0.0)
