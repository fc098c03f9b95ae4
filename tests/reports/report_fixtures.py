"""A small multilingual cluster project for the report tests (names in four scripts and languages)."""

from __future__ import annotations

import pytest
from shapely.geometry import Polygon

from clusterdesk.core.edits import AddBoundary, AddRelations, AddStakeholders, update_project_info
from clusterdesk.core.project import Project

NAMES = {
    "spanish": "Confecciones Añañuca y Peña",
    "french": "Atelier Éloïse & Fils",
    "turkish": "Çağdaş Örme Tekstil Şirketi",
    "russian": "Швейная фабрика «Самара»",
}


@pytest.fixture
def cluster_project(tmp_path):
    """A saved project with stakeholders of several kinds, relations, contacts and a boundary."""
    project = Project.new(
        tmp_path / "atuntaqui.gpkg",
        "Atuntaqui garments",
        country="EC",
        sector_code="1410",
        sector_label="Manufacture of wearing apparel",
        region="Imbabura",
        agency_name="Agencia de Desarrollo de Imbabura",
    )
    rows = [
        {"name": NAMES["spanish"], "kind": "enterprise", "lon": -78.213, "lat": 0.332, "employees": 45,
         "products": "Sweaters; knitwear", "sector_code": "1410"},
        {"name": NAMES["french"], "kind": "enterprise", "lon": -78.205, "lat": 0.338, "employees": 12,
         "products": "Jeans", "sector_code": "1410"},
        {"name": NAMES["turkish"], "kind": "supplier", "lon": -78.22, "lat": 0.325, "employees": 80,
         "products": "Yarn <cotton & acrylic>", "sector_code": "1311"},
        {"name": NAMES["russian"], "kind": "buyer", "lon": -78.19, "lat": 0.35, "employees": 300,
         "sector_code": "4641"},
        {"name": "Cámara de Comercio de Antonio Ante", "kind": "business_association", "lon": -78.21,
         "lat": 0.34},
        {"name": "Municipio de Antonio Ante", "kind": "public_authority", "lon": -78.215, "lat": 0.329},
        {"name": "SECAP Imbabura", "kind": "training_institution", "lon": -78.2, "lat": 0.33},
        {"name": "Cooperativa Atuntaqui", "kind": "financial_institution", "lon": -78.207, "lat": 0.327},
        {"name": "Taller sin ubicación", "kind": "enterprise", "employees": 3},
    ]  # fmt: skip
    add = AddStakeholders(rows)
    project.stack.push(add)
    fids = add.added_fids
    project.stack.push(
        AddRelations([
            {"source_id": fids[2], "target_id": fids[0], "kind": "supplies", "survey_round": "baseline"},
            {"source_id": fids[0], "target_id": fids[3], "kind": "buys_from", "survey_round": "baseline"},
            {"source_id": fids[0], "target_id": fids[4], "kind": "member_of", "survey_round": "follow_up_1"},
            {"source_id": fids[1], "target_id": fids[4], "kind": "member_of", "survey_round": "follow_up_1"},
            {"source_id": fids[0], "target_id": fids[1], "kind": "joint_action",
             "survey_round": "follow_up_1"},
        ])
    )  # fmt: skip
    project.stack.push(
        AddBoundary("Antonio Ante", Polygon([(-78.23, 0.32), (-78.18, 0.32), (-78.18, 0.36), (-78.23, 0.36)]))
    )
    project.connection.execute(
        "INSERT INTO contact_persons (uuid, stakeholder_id, name, role, phone, email) "
        "VALUES ('c1', ?, 'María José Peña', 'Gerente', '+593 6 290 6000', 'mj@example.org')",
        (fids[0],),
    )
    project.connection.commit()
    project.stack.push(update_project_info(project, {"phase": 4}))
    project.save()
    yield project
    project.close()
