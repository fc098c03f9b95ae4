"""A small project with three support institutions, a firm and the default capacity framework."""

from __future__ import annotations

import pytest

from clusterdesk.analysis.capacity_scores import load_framework
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.edits import AddStakeholders

INSTITUTIONS = (
    ("Cámara de Comercio", "business_association"),
    ("Universidad Técnica", "training_institution"),
    ("Escuela Vocacional", "training_institution"),
)


@pytest.fixture
def capacity_project(new_project):
    rows = [{"name": name, "kind": kind, "lon": -78.2 + n / 100, "lat": 0.33} for n, (name, kind) in
            enumerate(INSTITUTIONS)]  # fmt: skip
    rows.append({"name": "Textiles Andinos", "kind": "enterprise", "lon": -78.21, "lat": 0.34})
    new_project.stack.push(AddStakeholders(rows))
    new_project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
    new_project.stack.clear()
    return new_project


@pytest.fixture
def framework(capacity_project):
    return load_framework(capacity_project)
