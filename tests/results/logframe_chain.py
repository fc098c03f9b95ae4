"""A result chain for the logframe tests, built through the results commands: an impact with two outcomes
and three outputs, indicators of every unit with baselines, disaggregations, a computed one, targets and
actuals with notes and evidence, contributing plan actions, and text that spreadsheets would run."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from clusterdesk.core.plan import PlanTask
from clusterdesk.core.plan_edits import AddTask
from clusterdesk.core.project import Project
from clusterdesk.core.results import read_results
from clusterdesk.core.results_edits import (
    ValueEntry,
    add_indicator,
    add_result,
    delete_result,
    set_result_tasks,
    set_values,
)

HOSTILE_STATEMENT = '=HYPERLINK("http://x","y")'
HOSTILE_ASSUMPTION = "</title><script>alert(1)</script>"
HOSTILE_NOTE = "@SUM(A1:A9)"
HOSTILE_EVIDENCE = "-2+3 (survey sheet)"
TASKS = ("Joint stand at the Quito trade fair", "Shared design studio; pattern cutting", "=1+1 training")


def _fid(command) -> int:
    table = next(iter(command.rows))
    return command.rows[table][0]["fid"]


def _task_uuids(project: Project) -> dict[str, str]:
    rows = project.session.connection().execute(select(PlanTask.__table__.c.name, PlanTask.__table__.c.uuid))
    return dict(rows.all())


def build_chain(project: Project) -> None:
    """Add the chain to `project` (reporting per quarter, the default) and save it."""
    for name in TASKS:
        values: dict[str, Any] = {"name": name, "start": dt.date(2025, 2, 3), "duration_days": 20}
        if name.startswith("Joint"):
            values.update(joint_action_type="joint_marketing", status="completed", percent_complete=100)
        project.stack.push(AddTask(values))
    tasks = _task_uuids(project)

    def result(statement: str, parent: int | None = None, **values: Any) -> int:
        command = add_result(project, {"statement": statement, "parent_id": parent, **values})
        project.stack.push(command)
        return _fid(command)

    def indicator(result_id: int, name: str, **values: Any) -> int:
        command = add_indicator(project, {"result_id": result_id, "name": name, **values})
        project.stack.push(command)
        return _fid(command)

    impact = result(
        "Garment firms of the valley grow their sales",
        assumptions="Demand holds up",
        notes="As agreed with the steering committee",
    )
    outcome = result(HOSTILE_STATEMENT, impact, assumptions=HOSTILE_ASSUMPTION)
    output = result("Joint stands at trade fairs", outcome)
    result("Design studio shared by ten firms", outcome)
    second = result("Firms train their staff together", impact)
    training = result("Training courses held", second)
    project.stack.push(set_result_tasks(project, output, [tasks[TASKS[0]], tasks[TASKS[2]]]))
    project.stack.push(set_result_tasks(project, training, [tasks[TASKS[1]]]))

    sales = indicator(
        impact,
        "Sales of cluster firms",
        definition="Yearly sales, all firms of the registry",
        unit="currency",
        direction="increase",
        disaggregations="firm_size; area",
        data_source="Firm survey",
        collection_method="Questionnaire",
        frequency="Yearly",
        responsible="Cluster agent",
        verification="Survey report",
        baseline_value=1_200_000.0,
        baseline_date=dt.date(2024, 12, 31),
        baseline_source="Baseline survey 2024",
        notes=HOSTILE_NOTE,
    )
    women = indicator(
        impact,
        "Share of women among employees",
        unit="percentage",
        direction="maintain",
        disaggregations="sex",
        baseline_value=41.5,
    )
    joint = indicator(outcome, "Joint actions completed", computed="joint_actions_completed")
    agreement = indicator(output, "Purchasing agreement signed", unit="yes_no")
    indicator(
        training,
        "Quality of training (participants' score)",
        unit="score",
        direction="increase",
        definition=HOSTILE_ASSUMPTION,
    )

    def values(indicator_id: int, *entries: ValueEntry) -> None:
        project.stack.push(set_values(project, indicator_id, list(entries)))

    values(
        sales,
        ValueEntry("2025-Q2", "target", 1_300_000),
        ValueEntry("2026-Q4", "target", 1_800_000),
        ValueEntry("2025-Q2", "actual", 1_250_000.5, note="Provisional", evidence="survey-2025.xlsx"),
        ValueEntry("2025-Q2", "actual", 400_000, "firm_size", "micro", note=HOSTILE_NOTE),
        ValueEntry("2025-Q2", "actual", 850_000.5, "firm_size", "small", evidence=HOSTILE_EVIDENCE),
        ValueEntry("2025-Q2", "actual", 1_000_000, "area", "Atuntaqui"),
    )
    values(
        women,
        ValueEntry("2025-Q4", "target", 42),
        ValueEntry("2025-Q2", "actual", 40.25),
        ValueEntry("2025-Q2", "actual", 400, "sex", "female"),
        ValueEntry("2025-Q2", "actual", 560, "sex", "male"),
    )
    values(joint, ValueEntry("2025-Q1", "target", 1), ValueEntry("2025-Q4", "target", 3))
    values(agreement, ValueEntry("2025-Q3", "target", 1), ValueEntry("2025-Q2", "actual", 0))
    project.save()


def remove_chain(project: Project) -> None:
    """Delete every result (with its indicators, values and links), as one would to start over."""
    data = read_results(project.session.connection(), with_values=False)
    for row in data.results:
        if row["parent_id"] is None:
            project.stack.push(delete_result(project, row["fid"]))


def chain_snapshot(project: Project) -> dict[str, list[tuple]]:
    """The chain as a user sees it, without fids and UUIDs: results in outline order with their parent's
    code and contributing actions by name, indicators in order with every field, stored values."""
    data = read_results(project.session.connection())
    codes = {r["fid"]: r["code"] for r in data.results}
    indicator_codes = {i["fid"]: i["code"] for i in data.indicators}
    names = {uuid: task["name"] for uuid, task in data.tasks.items()}
    skipped = {"fid", "uuid", "parent_id", "result_id", "indicator_id"}
    return {
        "results": [
            (
                codes.get(r["parent_id"]),
                *(v for k, v in r.items() if k not in skipped),
                sorted(names[u] for u in data.task_links.get(r["fid"], [])),
            )
            for r in data.results
        ],
        "indicators": [
            (codes[i["result_id"]], *(v for k, v in i.items() if k not in skipped)) for i in data.indicators
        ],
        "values": sorted(
            (
                indicator_codes[v["indicator_id"]],
                *(v[k] for k in ("period", "kind", "dimension", "category", "value", "note", "evidence")),
            )
            for v in data.values
        ),
    }
