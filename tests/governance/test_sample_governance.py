"""The sample projects carry governance true to their stories."""

from __future__ import annotations

import pytest

from clusterdesk.analysis.governance_checks import attendance_by_member, decision_follow_up
from clusterdesk.core.governance import load_governance
from clusterdesk.core.project import Project
from conftest import SAMPLES

ASSOCIATION = "Ассоциация поставщиков автокомпонентов Самарской области"


def _open(key: str):
    path = SAMPLES / f"{key}.gpkg"
    if not path.exists():
        pytest.skip(f"{path.name} not built (python tools/build_samples.py)")
    return Project.open(path)  # a working copy: the sample file itself is never written


def _members_by_body(data) -> dict[str, list[dict]]:
    return {b["name"]: data.members_of(b["fid"]) for b in data.bodies}


def test_samara_suppliers_association_has_its_17_members_from_the_registry():
    project = _open("samara_automotive")
    try:
        data = load_governance(project.session)
        association = _members_by_body(data)[ASSOCIATION]
        member_of = project.connection.execute(
            "SELECT source_id FROM relations WHERE kind = 'member_of'"
            " AND target_id = (SELECT fid FROM stakeholders WHERE name = ?)",
            (ASSOCIATION,),
        ).fetchall()
        assert len(association) == 17
        assert {m["stakeholder_id"] for m in association} == {row[0] for row in member_of}
        assert [m["role"] for m in association[:3]] == ["chair", "vice_chair", "secretary"]
    finally:
        project.close()


def test_ethiopia_producers_company_and_atuntaqui_commission():
    project = _open("ethiopia_edible_oil")
    try:
        bodies = _members_by_body(load_governance(project.session))
        assert len(bodies["Right Edible Oil Producers (REOP) plc"]) == 50
    finally:
        project.close()
    project = _open("atuntaqui_garments")
    try:
        data = load_governance(project.session)
        seats = {
            data.stakeholders[m["stakeholder_id"]]["name"]
            for m in _members_by_body(data)["Comisión del Clúster"]
        }
        assert {"Cámara de Comercio de Antonio Ante", "GAD Municipal de Antonio Ante",
                "Universidad Técnica del Norte – Carrera de Textiles",
                "Unidad Educativa Técnica Atuntaqui – Bachillerato en Confección"} <= seats  # fmt: skip
        assert data.meetings and any(rate.rate for rate in attendance_by_member(data).values())
        follow_ups = decision_follow_up(data)
        assert follow_ups and all(f.status not in ("No task", "Task deleted") for f in follow_ups)
    finally:
        project.close()
