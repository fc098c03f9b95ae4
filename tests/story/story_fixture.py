"""A small project whose slide views can be worked out by hand (tests/story): six stakeholders, three
relations over two survey rounds, a plan of two objectives with budgets, a baseline, three indicators,
governance with a recent decision left without a task. The day of the views is TODAY."""

from __future__ import annotations

import datetime as dt

from clusterdesk.core import edits
from clusterdesk.core.governance_rows import TABLE_ORDER, InsertRows
from clusterdesk.core.plan import PlanBaseline, PlanBaselineTask, PlanTask
from clusterdesk.core.project import Project
from clusterdesk.core.results import IndicatorValue, Result, ResultIndicator
from clusterdesk.core.survey_rounds import SurveyRound

TODAY = dt.date(2025, 2, 14)


def insert(project: Project, tables, rows: dict) -> None:
    project.stack.push(InsertRows(rows, label="fixture", order=tuple(t.__table__ for t in tables)))


def build_story_project(path, language: str = "en", cluster: str = "Textiles Imbabura") -> Project:
    project = Project.new(path, cluster, country="EC", sector_code="1410", language=language, currency="USD")
    people = [
        {"name": "Tejidos Ana", "kind": "enterprise", "lon": -78.22, "lat": 0.33},
        {"name": "Hilados Norte", "kind": "enterprise", "lon": -78.21, "lat": 0.34},
        {"name": "Moda Sur", "kind": "enterprise", "lon": -78.20, "lat": 0.32},
        {"name": "Lanas del Valle", "kind": "supplier", "lon": -78.25, "lat": 0.30},
        {"name": "Cámara de Comercio", "kind": "business_association", "lon": -78.23, "lat": 0.335},
        {"name": "Municipio", "kind": "public_authority", "lon": -78.24, "lat": 0.331},
    ]
    command = edits.AddStakeholders(people)
    project.stack.push(command)
    ana, norte, sur, lanas, camara, municipio = command.added_fids
    insert(project, [SurveyRound], {"survey_rounds": [
        {"code": "baseline", "position": 0, "held_on": dt.date(2024, 3, 1)},
        {"code": "follow_up_1", "position": 1, "held_on": dt.date(2025, 1, 20)},
    ]})  # fmt: skip
    project.stack.push(edits.AddRelations([
        {"source_id": ana, "target_id": lanas, "kind": "supplies", "survey_round": "baseline",
         "last_observed_round": "follow_up_1"},
        {"source_id": norte, "target_id": lanas, "kind": "supplies", "survey_round": "baseline",
         "ended_round": "follow_up_1"},
        {"source_id": ana, "target_id": sur, "kind": "joint_action", "survey_round": "follow_up_1"},
    ]))  # fmt: skip
    d = dt.date
    tasks = [
        {"fid": 1, "kind": "objective", "name": "Mercados", "position": 0},
        {"fid": 2, "parent_id": 1, "kind": "action", "name": "Compra conjunta",
         "joint_action_type": "joint_purchasing", "status": "completed", "start": d(2024, 11, 4),
         "finish": d(2025, 1, 10), "duration_days": 50,
         "budget_enterprises": 100.0, "budget_public": 50.0, "position": 0},
        {"fid": 3, "parent_id": 1, "kind": "action", "name": "Feria", "joint_action_type": "trade_fair",
         "status": "in_progress", "start": d(2025, 1, 6), "finish": d(2025, 3, 3), "duration_days": 40,
         "budget_donor": 200.0, "budget_other": 50.0, "position": 1},
        {"fid": 4, "parent_id": 1, "kind": "action", "name": "Catálogo listo", "milestone": True,
         "start": d(2025, 2, 3), "finish": d(2025, 2, 3), "duration_days": 0, "position": 2},
        {"fid": 5, "kind": "objective", "name": "Formación", "position": 1},
        {"fid": 6, "parent_id": 5, "kind": "action", "name": "Curso de patronaje", "start": d(2025, 4, 1),
         "finish": d(2025, 6, 2), "duration_days": 44, "budget_enterprises": 100.0, "position": 0},
        {"fid": 7, "parent_id": 5, "kind": "action", "name": "Acción cancelada", "status": "cancelled",
         "start": d(2024, 4, 1), "finish": d(2024, 5, 2), "position": 1},
    ]  # fmt: skip
    insert(project, [PlanTask], {"plan_tasks": tasks})
    uuids = dict(project.connection.execute("SELECT fid, uuid FROM plan_tasks"))
    # the fair was due two weeks earlier when the baseline was saved: a slip of 10 working days
    insert(project, [PlanBaseline, PlanBaselineTask], {
        "plan_baselines": [{"fid": 1, "name": "Plan aprobado"}],
        "plan_baseline_tasks": [
            {"baseline_id": 1, "task_uuid": uuids[3], "start": d(2025, 1, 6), "finish": d(2025, 2, 17)},
            {"baseline_id": 1, "task_uuid": uuids[4], "start": d(2025, 2, 3), "finish": d(2025, 2, 3)},
        ],
    })  # fmt: skip
    insert(project, [Result, ResultIndicator, IndicatorValue], {
        "results": [
            {"fid": 1, "level": "impact", "code": "1", "statement": "Más ventas"},
            {"fid": 2, "parent_id": 1, "level": "outcome", "code": "1.1", "statement": "Exportaciones"},
            {"fid": 3, "parent_id": 2, "level": "output", "code": "1.1.1", "statement": "Compradores"},
        ],
        "result_indicators": [
            {"fid": 1, "result_id": 1, "code": "1a", "name": "Ventas totales", "unit": "currency",
             "baseline_value": 1000.0, "baseline_date": d(2024, 1, 15)},
            {"fid": 2, "result_id": 2, "code": "1.1a", "name": "Exportaciones", "unit": "number",
             "baseline_value": 10.0, "baseline_date": d(2024, 1, 15)},
            {"fid": 3, "result_id": 3, "code": "1.1.1a", "name": "Compradores nuevos", "unit": "number",
             "baseline_value": 0.0, "baseline_date": d(2024, 1, 15)},
            {"fid": 4, "result_id": 3, "code": "1.1.1b", "name": "Citas", "unit": "percentage",
             "baseline_value": 10.0, "baseline_date": d(2024, 1, 15)},
        ],
        "indicator_values": [
            {"indicator_id": 2, "period": "2024-Q4", "kind": "target", "value": 20.0},
            {"indicator_id": 2, "period": "2024-Q4", "kind": "actual", "value": 12.0},
            {"indicator_id": 3, "period": "2024-Q4", "kind": "target", "value": 10.0},
            {"indicator_id": 3, "period": "2024-Q4", "kind": "actual", "value": 9.0},
            {"indicator_id": 4, "period": "2025-Q4", "kind": "target", "value": 50.0},
        ],
    })  # fmt: skip
    insert(project, [type("T", (), {"__table__": t}) for t in TABLE_ORDER], {
        "governance_bodies": [{"fid": 1, "name": "Comisión del clúster", "body_type": "cluster_commission",
                               "lead_stakeholder_id": camara}],
        "governance_meetings": [
            {"fid": 1, "body_id": 1, "held_on": d(2024, 12, 5), "cda_present": False},
            {"fid": 2, "body_id": 1, "held_on": d(2023, 6, 1), "cda_present": True},
        ],
        "governance_decisions": [
            {"meeting_id": 1, "position": 0, "text": "Buscar un local para el centro de corte"},
            {"meeting_id": 1, "position": 1, "text": "Feria en marzo", "task_uuid": uuids[3]},
            {"meeting_id": 2, "position": 0, "text": "Decisión antigua sin tarea"},
        ],
        "governance_maturity": [
            {"period_start": d(2023, 1, 1), "period_end": d(2023, 12, 31), "leadership": "cda_led"},
            {"period_start": d(2024, 1, 1), "leadership": "shared"},
        ],
        "governance_phase_out_items": [
            {"item": "tools_handed_over", "done": True, "done_on": d(2024, 10, 1)},
        ],
    })  # fmt: skip
    project.save()
    return project
