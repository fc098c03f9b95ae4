"""A small multilingual cluster project for the report tests (names in four scripts and languages)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from shapely.geometry import Polygon

from clusterdesk.core.edits import AddBoundary, AddRelations, AddStakeholders, update_project_info
from clusterdesk.core.project import Project

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"


def open_sample_copy(tmp_path: Path, name: str) -> Project:
    """A copy of a bundled sample, opened (the test is skipped when the samples are not built)."""
    source = SAMPLES / f"{name}.gpkg"
    if not source.exists():
        pytest.skip("the sample projects are built by tools/build_samples.py")
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    return Project.open(copy)


def flat_text(text: str) -> str:
    """Text with line breaks and no-break spaces as plain spaces, so wrapped phrases can be found."""
    return " ".join(text.replace("\u00a0", " ").split())


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
        {
            "name": NAMES["spanish"],
            "kind": "enterprise",
            "lon": -78.213,
            "lat": 0.332,
            "employees": 45,
            "products": "Sweaters; knitwear",
            "sector_code": "1410",
        },
        {
            "name": NAMES["french"],
            "kind": "enterprise",
            "lon": -78.205,
            "lat": 0.338,
            "employees": 12,
            "products": "Jeans",
            "sector_code": "1410",
        },
        {
            "name": NAMES["turkish"],
            "kind": "supplier",
            "lon": -78.22,
            "lat": 0.325,
            "employees": 80,
            "products": "Yarn <cotton & acrylic>",
            "sector_code": "1311",
        },
        {
            "name": NAMES["russian"],
            "kind": "buyer",
            "lon": -78.19,
            "lat": 0.35,
            "employees": 300,
            "sector_code": "4641",
        },
        {
            "name": "Cámara de Comercio de Antonio Ante",
            "kind": "business_association",
            "lon": -78.21,
            "lat": 0.34,
        },
        {"name": "Municipio de Antonio Ante", "kind": "public_authority", "lon": -78.215, "lat": 0.329},
        {"name": "SECAP Imbabura", "kind": "training_institution", "lon": -78.2, "lat": 0.33},
        {"name": "Cooperativa Atuntaqui", "kind": "financial_institution", "lon": -78.207, "lat": 0.327},
        {"name": "Taller sin ubicación", "kind": "enterprise", "employees": 3},
    ]
    add = AddStakeholders(rows)
    project.stack.push(add)
    fids = add.added_fids
    project.stack.push(
        AddRelations(
            [
                {"source_id": fids[2], "target_id": fids[0], "kind": "supplies", "survey_round": "baseline"},
                {"source_id": fids[0], "target_id": fids[3], "kind": "buys_from", "survey_round": "baseline"},
                {
                    "source_id": fids[0],
                    "target_id": fids[4],
                    "kind": "member_of",
                    "survey_round": "follow_up_1",
                },
                {
                    "source_id": fids[1],
                    "target_id": fids[4],
                    "kind": "member_of",
                    "survey_round": "follow_up_1",
                },
                {
                    "source_id": fids[0],
                    "target_id": fids[1],
                    "kind": "joint_action",
                    "survey_round": "follow_up_1",
                },
            ]
        )
    )
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


OBJECTIVE_NAMES = [
    "Raise quality to export standards",
    "Joint marketing under the «Atuntaqui» brand",
    "Skills for designers and machine operators",
    "Çevre dostu üretim ve enerji verimliliği",
    "Доступ к финансированию для малых предприятий",
]


def add_plan(project, task_count: int = 24, vision: bool = True) -> None:
    """A plan of objectives > actions > activities with dates, statuses, budgets and a responsible."""
    import datetime as dt

    from clusterdesk.core.plan import PlanTask, PlanTaskResponsible, VisionStatement

    session = project.session
    if vision:
        session.add(
            VisionStatement(
                version=1,
                text="By 2030 Atuntaqui is the reference for quality knitwear "
                "in the Andean region, with firms that cooperate and export together.",
                agreed_on=dt.date(2026, 3, 12),
                agreed_by="Steering committee",
            )
        )
    objectives = max(1, min(5, task_count // 8))
    start = dt.date(2026, 1, 12)
    statuses = ["completed", "in_progress", "not_started", "on_hold", "not_started"]
    made = 0
    parents = []
    for o in range(objectives):
        objective = PlanTask(kind="objective", name=OBJECTIVE_NAMES[o % 5], position=o, duration_days=0)
        session.add(objective)
        parents.append(objective)
        made += 1
    session.flush()
    lead = session.execute(__import__("sqlalchemy").text("SELECT min(fid) FROM stakeholders")).scalar()
    index = 0
    while made < task_count:
        objective = parents[index % objectives]
        day = start + dt.timedelta(days=7 * (index % 60) + 3 * (index // 60))
        action = PlanTask(
            kind="action",
            parent_id=objective.fid,
            position=index,
            name=f"Action {index + 1}: workshop round",
            start=day,
            finish=day + dt.timedelta(days=27),
            duration_days=20,
            status=statuses[index % 5],
            percent_complete=[100, 40, 0, 10, 0][index % 5],
            budget_enterprises=1200.0 + 10 * index,
            budget_public=800.0,
            budget_donor=1500.0 if index % 2 else 0.0,
            budget_other=100.0,
            milestone=False,
        )
        session.add(action)
        made += 1
        if made < task_count and index % 3 == 0:
            session.flush()
            session.add(
                PlanTask(
                    kind="activity",
                    parent_id=action.fid,
                    position=0,
                    name="Contract trainer",
                    start=day + dt.timedelta(days=30),
                    finish=day + dt.timedelta(days=30),
                    duration_days=0,
                    milestone=True,
                    status="not_started",
                )
            )
            made += 1
            if lead is not None:
                session.add(PlanTaskResponsible(task_id=action.fid, stakeholder_id=lead, role="lead"))
        index += 1
    session.commit()
