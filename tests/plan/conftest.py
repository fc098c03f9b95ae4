"""A small but complete action plan: hierarchy, every link type, lags, a milestone, responsibles with
roles, participating firms, budget by source, statuses and a calendar with holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from clusterdesk.core import edits
from clusterdesk.core.plan_edits import FIRMS, AddTask, set_calendar
from clusterdesk.core.plan_link_edits import LinkTasks, SetTaskStakeholders
from clusterdesk.core.project import Project

STAKEHOLDERS = [
    {"name": "Universidad Técnica del Norte", "kind": "training_institution", "lon": -78.11, "lat": 0.36},
    {
        "name": "Cámara de Comercio de Antonio Ante",
        "kind": "business_association",
        "lon": -78.22,
        "lat": 0.33,
    },
    {"name": "Textiles Imbabura", "lon": -78.21, "lat": 0.32},
    {"name": 'Confecciones Lucía, "La Moda"', "lon": -78.2, "lat": 0.31},
]


def build_plan(project: Project) -> dict[str, int]:
    carnaval = {dt.date(2027, 2, 15): "Carnaval", dt.date(2027, 2, 16): "Carnaval"}
    project.stack.push(set_calendar("1111100", carnaval))
    people = edits.AddStakeholders(STAKEHOLDERS)
    project.stack.push(people)
    university, chamber, firm_a, firm_b = people.added_fids
    ids: dict[str, int] = {}

    def add(key, name, **values):
        command = AddTask({"name": name, **values})
        project.stack.push(command)
        ids[key] = command.fid

    add("objective", "Position Atuntaqui as the fashion city of the Andes")
    add(
        "marketing",
        "Joint marketing strategy",
        parent_id=ids["objective"],
        joint_action_type="joint_marketing",
        start=dt.date(2027, 2, 1),
        duration_days=20,
        status="in_progress",
        percent_complete=35.5,
        budget_enterprises=4000,
        budget_public=2500.5,
        budget_donor=6000,
        cda_in_charge="María Pérez",
        notes="Agreed at the steering committee; brand, catalogue, web shop.",
        description="Brand and catalogue",
    )
    add(
        "study",
        "Market study, Colombia",
        parent_id=ids["marketing"],
        start=dt.date(2027, 2, 1),
        duration_days=8,
        status="completed",
        percent_complete=100,
    )
    add(
        "brand",
        "Collective brand design",
        parent_id=ids["marketing"],
        start=dt.date(2027, 2, 8),
        duration_days=10,
    )
    add(
        "fair",
        "Expoferia Atuntaqui 2027",
        parent_id=ids["objective"],
        start=dt.date(2027, 3, 26),
        milestone=True,
        joint_action_type="trade_fair",
    )
    add("skills", "Skilled workforce for the garment firms")
    add(
        "curriculum",
        "Pattern-making curriculum",
        parent_id=ids["skills"],
        joint_action_type="training",
        start=dt.date(2027, 2, 3),
        duration_days=15,
        budget_public=1200,
    )
    add(
        "equipment",
        "Shared laser cutter at the chamber",
        parent_id=ids["skills"],
        joint_action_type="shared_equipment",
        start=dt.date(2027, 3, 1),
        duration_days=5,
        status="on_hold",
    )
    links = [("study", "brand", "FS", 0), ("brand", "fair", "FS", 5), ("study", "curriculum", "SS", 2),
             ("curriculum", "equipment", "FF", -1), ("brand", "equipment", "SF", 3)]  # fmt: skip
    for a, b, kind, lag in links:
        project.stack.push(LinkTasks(ids[a], ids[b], kind, lag))
    project.stack.push(SetTaskStakeholders(ids["marketing"], {chamber: "lead", university: "support"}))
    project.stack.push(SetTaskStakeholders(ids["curriculum"], {university: "lead"}))
    project.stack.push(SetTaskStakeholders(ids["marketing"], {firm_a: "", firm_b: ""}, table=FIRMS))
    return ids


@pytest.fixture
def planned_project(new_project):
    build_plan(new_project)
    new_project.save()
    return new_project


@pytest.fixture
def empty_twin(tmp_path):
    """A project with the same stakeholders and no plan, to import into."""
    project = Project.new(tmp_path / "twin.gpkg", "Twin", country="EC")
    project.stack.push(edits.AddStakeholders(STAKEHOLDERS))
    project.save()
    yield project
    project.close()
