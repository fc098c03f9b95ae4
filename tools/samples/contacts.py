"""Enricher: contact persons for the institutions and for some of the firms of a sample."""

from __future__ import annotations

import random

from clusterdesk.core.model import ContactPerson, Stakeholder
from clusterdesk.core.project import Project

from .common import Town, sample_uuid, slug, web_domain

FIRM_CONTACT_SHARE = 0.35


def add_contact_persons(project: Project, sample_key: str, rng: random.Random) -> None:
    from . import SAMPLES

    definition = SAMPLES[sample_key]
    stakeholders = project.session.query(Stakeholder).order_by(Stakeholder.fid).all()
    number = 0
    for stakeholder in stakeholders:
        institution = stakeholder.kind not in ("enterprise", "supplier", "buyer")
        if not institution and rng.random() > FIRM_CONTACT_SHARE:
            continue
        roles = definition.institution_roles if institution else definition.firm_roles
        for role in rng.sample(list(roles), 2 if institution and rng.random() < 0.4 else 1):
            name, gender = definition.locale.person(rng)
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
