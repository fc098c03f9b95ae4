"""The sample projects: one module per sample, plus enrichers that add later features' data to all of them.

`SAMPLES` maps each sample key (also its file name) to its definition. `ENRICHERS` run in order after the
stakeholders, relations and boundaries are written; each is a function `(project, sample_key, rng)` that
adds its own data (action plan, governance, assessments …) through the core API. To add one, write a
module in this package and append its function here. Every enricher gets its own random generator, seeded
from the sample key and the enricher's name, so adding an enricher leaves the others' data unchanged.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from clusterdesk.core.project import Project

from . import (
    adiyaman_kahramanmaras_textiles,
    ambato_footwear,
    atuntaqui_garments,
    bosawas_cocoa,
    ethiopia_edible_oil,
    samara_automotive,
)
from .capacity import add_capacity_assessments
from .common import SampleDefinition
from .contacts import add_contact_persons
from .diagnostic import add_diagnostic
from .firm_surveys import add_firm_surveys
from .governance import add_governance
from .plans import add_action_plan

Enricher = Callable[[Project, str, random.Random], None]

SAMPLES: dict[str, SampleDefinition] = {
    module.DEFINITION.key: module.DEFINITION
    for module in (
        atuntaqui_garments,
        ambato_footwear,
        bosawas_cocoa,
        samara_automotive,
        adiyaman_kahramanmaras_textiles,
        ethiopia_edible_oil,
    )
}

ENRICHERS: list[Enricher] = [
    add_contact_persons,
    add_action_plan,
    add_governance,
    add_capacity_assessments,
    add_diagnostic,
    add_firm_surveys,
]


def rng_for(sample_key: str, purpose: str) -> random.Random:
    """A generator that gives the same numbers for the same sample and purpose on every run."""
    return random.Random(f"{sample_key}:{purpose}")
