"""A small but complete ClusterDesk project for the QGIS tests: every stakeholder and relation kind,
a stakeholder without a location, a boundary, a contact person and a custom field."""

from __future__ import annotations

from pathlib import Path

from shapely.geometry import Polygon

from clusterdesk.core import edits
from clusterdesk.core.model import ContactPerson, CustomFieldDefinition
from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import RELATION_KINDS, STAKEHOLDER_KINDS

CLUSTER_NAME = "Atuntaqui garments (test)"
NAMES = [
    "Textiles Imbabura", "Hilados del Norte", "Comercial Andina", "Cámara de Comercio de Antonio Ante",
    "Centro de Servicios Empresariales", "Cooperativa Atuntaqui", "GAD Municipal Antonio Ante",
    "Instituto Tecnológico Cotacachi", "Oficina de ONUDI en Quito", "Фонд развития",
]  # fmt: skip


def build_project(path: Path) -> Path:
    """Write the project to `path` and return it."""
    project = Project.new(path, CLUSTER_NAME, country="EC", sector_code="1410")
    try:
        rows = [
            {
                "name": name,
                "kind": kind,
                "lon": -78.22 + 0.01 * i,
                "lat": 0.33 + 0.005 * (i % 3),
                "employees": 5 * i,
            }
            for i, (name, kind) in enumerate(zip(NAMES, STAKEHOLDER_KINDS, strict=True))
        ]
        rows.append({"name": "Travelling trader", "kind": "buyer"})
        project.stack.push(edits.AddStakeholders(rows))
        relations = [
            {"source_id": 1 + i, "target_id": 2 + i, "kind": kind, "strength": 1 + i % 5}
            for i, kind in enumerate(RELATION_KINDS)
        ]
        project.stack.push(edits.AddRelations(relations))
        core = Polygon([(-78.25, 0.30), (-78.10, 0.30), (-78.10, 0.36), (-78.25, 0.36)])
        project.stack.push(edits.AddBoundary("Core area", core))
        project.session.add(
            ContactPerson(stakeholder_id=1, name="María Guzmán", role="Owner", gender="female")
        )
        project.session.add(
            CustomFieldDefinition(key="export_share", label="Export share (%)", value_type="number")
        )
        project.session.commit()
        project.stack.set_dirty()
        project.save()
    finally:
        project.close()
    return path
