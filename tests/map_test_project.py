"""A small project with stakeholders at known places, shared by the map tests (render and canvas)."""

from __future__ import annotations

import pytest

from clusterdesk.core.edits import AddBoundary, AddRelations, AddStakeholders

# Around Atuntaqui, Ecuador.
EXTENT = (-78.30, 0.28, -78.10, 0.40)
ENTERPRISE_AT = (-78.25, 0.30)
ASSOCIATION_AT = (-78.15, 0.37)


@pytest.fixture
def small_project(new_project):
    from shapely.geometry import Polygon

    new_project.stack.push(
        AddStakeholders(
            [
                {"name": "Textiles Imbabura", "kind": "enterprise", "lon": ENTERPRISE_AT[0],
                 "lat": ENTERPRISE_AT[1], "employees": 40},
                {"name": "Cámara de Comercio", "kind": "business_association", "lon": ASSOCIATION_AT[0],
                 "lat": ASSOCIATION_AT[1]},
                {"name": "Taller sin dirección", "kind": "enterprise"},
            ]
        )
    )  # fmt: skip
    new_project.stack.push(
        AddRelations(
            [{"source_id": 1, "target_id": 2, "kind": "member_of"}, {"source_id": 3, "target_id": 2}]
        )
    )
    new_project.stack.push(AddBoundary("Atuntaqui", Polygon([(-78.28, 0.29), (-78.12, 0.29), (-78.12, 0.39),
                                                             (-78.28, 0.39)])))  # fmt: skip
    return new_project
