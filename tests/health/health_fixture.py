"""A small cluster built through the core commands that passes every health check, and the commands that
put one mistake of each kind into it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from clusterdesk.core import edits
from clusterdesk.core import governance_edits as g
from clusterdesk.core.commands import UpdateRow
from clusterdesk.core.diagnostic_edits import add_report
from clusterdesk.core.governance import GovernanceBody, GovernanceMember
from clusterdesk.core.model import ContactPerson, ProjectInfo
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.plan_edits import AddTask
from clusterdesk.core.plan_link_edits import AddVisionStatement
from clusterdesk.core.project import Project
from clusterdesk.core.results_edits import ValueEntry, add_indicator, add_result, set_values
from clusterdesk.core.survey_edits import AddSurveyResponses, AnswerColumns, create_survey

D = dt.date
TASKS = PlanTask.__table__
BODIES = GovernanceBody.__table__
MEMBERS = GovernanceMember.__table__


def _fid(command) -> int:
    return next(iter(command.rows.values()))[0]["fid"]


def push_fid(project: Project, command) -> int:
    project.stack.push(command)
    return _fid(command)


def add_contact(project: Project, stakeholder: int, name: str, gender: str) -> int:
    contact = ContactPerson(stakeholder_id=stakeholder, name=name, gender=gender)
    project.session.add(contact)
    project.session.commit()
    return contact.fid


def task(project: Project, name: str, **values: Any) -> int:
    command = AddTask({"name": name, "duration_days": 10, **values})
    project.stack.push(command)
    return project.connection.execute("SELECT max(fid) FROM plan_tasks").fetchone()[0]


def survey_answers(project: Project, name: str, round_code: str, held_on: dt.date, answers: dict) -> int:
    """A survey with one response per stakeholder of `answers` (fid -> (employees, women employees))."""
    survey = push_fid(project, create_survey(project, name, round_code, held_on))
    questions = dict(
        project.connection.execute(
            "SELECT standard, fid FROM survey_questions WHERE survey_id = ?", (survey,)
        )
    )
    responses = [{"stakeholder_id": fid, "submission_id": f"{name}-{fid}"} for fid in answers]
    positions, question, number = [], [], []
    for index, (employees, women) in enumerate(answers.values()):
        positions += [index, index]
        question += [questions["employees"], questions["women_employees"]]
        number += [employees, women]
    columns = AnswerColumns(
        np.array(positions), np.array(question), np.array(number, dtype=float), [None] * len(positions)
    )
    project.stack.push(AddSurveyResponses(survey, responses, columns))
    return survey


def build_clean(project: Project) -> dict[str, int]:
    """The cluster without a mistake; returns the fids the mistakes refer to."""
    ids: dict[str, int] = {}
    info = project.connection.execute("SELECT fid FROM project_info").fetchone()[0]
    project.stack.push(
        UpdateRow(ProjectInfo.__table__, info, {"phase": 5, "start_date": D(2022, 1, 1)}, "Project")
    )
    rows = [
        {"name": "Ministerio de Producción", "kind": "public_authority", "year_founded": 1990},
        {"name": "Banco de Fomento", "kind": "financial_institution", "year_founded": 1980},
        {
            "name": "Textiles Andinos",
            "kind": "enterprise",
            "year_founded": 2000,
            "employees": 10,
            "women_employees": 4,
        },
        {"name": "Hilados del Norte", "kind": "enterprise", "year_founded": 2005, "employees": 30},
        {
            "name": "Asociación de Mujeres Tejedoras",
            "kind": "business_association",
            "year_founded": 2010,
            "tags": "mujeres; tejido",
        },
        {"name": "Cámara de Comercio", "kind": "business_association", "year_founded": 1995},
    ]
    command = edits.AddStakeholders(rows)
    project.stack.push(command)
    names = ("ministry", "bank", "firm_a", "firm_b", "women", "chamber")
    ids.update(zip(names, command.added_fids, strict=True))
    ids["ana"] = add_contact(project, ids["women"], "Ana Torres", "female")
    project.stack.push(
        edits.AddRelations(
            [
                {
                    "source_id": ids["firm_a"],
                    "target_id": ids["firm_b"],
                    "kind": "supplies",
                    "since": D(2010, 5, 1),
                },
                {
                    "source_id": ids["firm_a"],
                    "target_id": ids["chamber"],
                    "kind": "member_of",
                    "since": D(2001, 1, 1),
                },
            ]
        )
    )

    def body(name: str, body_type: str, **values: Any) -> int:
        return push_fid(project, g.add_body(project, {"name": name, "body_type": body_type, **values}))

    def member(body_id: int, **values: Any) -> int:
        return push_fid(project, g.add_member(project, body_id, values))

    ids["steering"] = body(
        "Comité Directivo",
        "steering_committee",
        lead_stakeholder_id=ids["ministry"],
        established_on=D(2022, 1, 15),
    )
    ids["commission"] = body(
        "Comisión del Clúster",
        "cluster_commission",
        lead_stakeholder_id=ids["chamber"],
        established_on=D(2022, 2, 1),
    )
    ids["team"] = body("Equipo del proyecto", "project_team", established_on=D(2021, 11, 1))
    ids["association"] = body(
        "Asociación de Mujeres Tejedoras",
        "association",
        lead_stakeholder_id=ids["women"],
        established_on=D(2012, 1, 1),
    )
    ids["steering_chair"] = member(
        ids["steering"],
        stakeholder_id=ids["ministry"],
        person_name="Carlos Ruiz",
        role="chair",
        gender="male",
        term_start=D(2022, 1, 15),
    )
    member(ids["steering"], stakeholder_id=ids["bank"], person_name="Marta Gómez", gender="female")
    ids["commission_chair"] = member(
        ids["commission"],
        stakeholder_id=ids["firm_a"],
        person_name="Pedro Lima",
        role="chair",
        gender="male",
        term_start=D(2022, 2, 1),
    )
    member(ids["commission"], contact_id=ids["ana"], term_start=D(2022, 2, 1))
    member(ids["team"], person_name="Lucía Pérez", team_position="cda", gender="female")
    member(ids["team"], person_name="Jorge Vela", team_position="project_coordinator", gender="male")
    member(ids["association"], contact_id=ids["ana"], role="chair", term_start=D(2012, 1, 1))
    member(ids["association"], person_name="Rosa Quispe", gender="female", term_start=D(2015, 3, 1))
    project.stack.push(g.record_meeting(project, ids["commission"], D(2022, 3, 1), {}))

    project.stack.push(
        AddVisionStatement("Tejidos de la región reconocidos", D(2022, 1, 25), "Comisión del Clúster")
    )
    push_fid(
        project, add_report(project, {"title": "Diagnóstico participativo", "report_date": D(2022, 1, 20)})
    )
    ids["objective"] = task(project, "Mercados", kind="objective", start=D(2022, 2, 1))
    ids["stand"] = task(
        project,
        "Stand conjunto en la feria",
        parent_id=ids["objective"],
        start=D(2022, 3, 1),
        status="completed",
        percent_complete=100,
        budget_donor=1000.0,
        cda_in_charge="Lucía Pérez (Equipo del proyecto)",
    )
    ids["workshop"] = task(
        project,
        "Taller compartido",
        parent_id=ids["objective"],
        start=D(2022, 4, 1),
        status="in_progress",
        percent_complete=30,
        budget_public=5000.0,
    )
    ids["training"] = task(
        project, "Capacitación en patronaje", parent_id=ids["objective"], start=D(2022, 5, 2)
    )

    impact = push_fid(project, add_result(project, {"statement": "Las firmas venden más"}))
    ids["result"] = impact
    ids["indicator"] = push_fid(
        project,
        add_indicator(
            project,
            {"result_id": impact, "name": "Ventas", "baseline_value": 100.0, "baseline_date": D(2022, 1, 1)},
        ),
    )
    project.stack.push(
        set_values(
            project,
            ids["indicator"],
            [ValueEntry("2023-Q4", "target", 150.0), ValueEntry("2023-Q4", "actual", 120.0)],
        )
    )
    ids["baseline_survey"] = survey_answers(
        project, "Línea de base 2022", "baseline", D(2022, 1, 10), {ids["firm_a"]: (10, 4)}
    )
    ids["follow_up_survey"] = survey_answers(
        project, "Seguimiento 2023", "follow_up_1", D(2023, 6, 1), {ids["firm_a"]: (12, 5)}
    )
    return ids
