"""Result chain commands: each lands in the tables, undoes and redoes exactly (fids and UUIDs), refuses bad
input naming the field, and what they write survives a save and a reopening."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from clusterdesk.core.errors import ValidationError
from clusterdesk.core.plan_edits import AddTask
from clusterdesk.core.project import Project
from clusterdesk.core.results import read_results
from clusterdesk.core.results_edits import (
    ValueEntry,
    add_indicator,
    add_result,
    delete_indicator,
    delete_result,
    reporting_frequency,
    set_monitoring_settings,
    set_result_tasks,
    set_values,
    update_indicator,
    update_result,
)
from conftest import assert_valid_project

RESULT_TABLES = ("results", "result_task_links", "result_indicators", "indicator_values")


def snapshot(project: Project) -> dict[str, list[tuple]]:
    """Every row of the result tables and the monitoring settings, fids and UUIDs included."""
    tables = {
        name: project.connection.execute(f"SELECT * FROM {name} ORDER BY fid").fetchall()
        for name in RESULT_TABLES
    }
    tables["settings"] = project.connection.execute(
        "SELECT reporting_frequency, status_on_track, status_at_risk FROM project_info"
    ).fetchall()
    return tables


def exactly_undone(project: Project, command) -> object:
    """Push `command`, then undo and redo it, checking each step restores the rows exactly."""
    before = snapshot(project)
    project.stack.push(command)
    after = snapshot(project)
    assert after != before, "the command changed nothing"
    project.stack.undo()
    assert snapshot(project) == before
    project.stack.redo()
    assert snapshot(project) == after
    return command


def _fid(command, table: str) -> int:
    return command.rows[table][0]["fid"]


@pytest.fixture
def chain(new_project):
    """Impact 1, outcome 1.1, output 1.1.1, an indicator on each of the outcome and output, two plan tasks."""
    project = new_project
    tasks = []
    for name in ("Joint purchasing of yarn", "Trade fair stand"):
        command = AddTask({"name": name, "start": dt.date(2025, 3, 3), "duration_days": 10})
        project.stack.push(command)
        tasks.append(command.fid)
    uuids = [project.connection.execute("SELECT uuid FROM plan_tasks WHERE fid = ?", (t,)).fetchone()[0]
             for t in tasks]  # fmt: skip
    impact = add_result(project, {"statement": "Garment firms of the valley grow their exports"})
    project.stack.push(impact)
    outcome = add_result(
        project, {"statement": "Firms buy and sell together", "parent_id": _fid(impact, "results")}
    )
    project.stack.push(outcome)
    output = add_result(
        project, {"statement": "Purchasing group set up", "parent_id": _fid(outcome, "results")}
    )
    project.stack.push(output)
    firms = add_indicator(project, {
        "result_id": _fid(outcome, "results"), "name": "Firms in joint purchasing", "unit": "number",
        "disaggregations": "sex; firm_size; area", "baseline_value": 4.0,
        "baseline_date": dt.date(2025, 1, 10),
    })  # fmt: skip
    project.stack.push(firms)
    group = add_indicator(project, {"result_id": _fid(output, "results"), "name": "Group registered",
                                    "unit": "yes_no"})  # fmt: skip
    project.stack.push(group)
    project.stack.push(set_result_tasks(project, _fid(outcome, "results"), uuids))
    project.stack.push(set_values(project, _fid(firms, "result_indicators"), [
        ValueEntry("2025-Q4", "target", 20.0),
        ValueEntry("2025-Q2", "actual", 9.0, note="from the purchasing list", evidence="list-2025-06.pdf"),
        ValueEntry("2025-Q2", "actual", 4.0, "firm_size", "micro"),
        ValueEntry("2025-Q2", "actual", 3.0, "area", "Atuntaqui"),
    ]))  # fmt: skip
    project.stack.push(set_values(project, _fid(group, "result_indicators"), [
        ValueEntry("2025-Q3", "target", 1.0), ValueEntry("2025-Q2", "actual", 0.0),
    ]))  # fmt: skip
    project.stack.clear()
    return {
        "project": project, "impact": _fid(impact, "results"), "outcome": _fid(outcome, "results"),
        "output": _fid(output, "results"), "firms": _fid(firms, "result_indicators"),
        "group": _fid(group, "result_indicators"), "task_uuids": uuids,
    }  # fmt: skip


def test_the_chain_as_built(chain):
    data = read_results(chain["project"].session.connection())
    assert [(r["code"], r["level"]) for r in data.results] == [("1", "impact"), ("1.1", "outcome"),
                                                             ("1.1.1", "output")]  # fmt: skip
    assert [i["code"] for i in data.indicators] == ["1.1a", "1.1.1a"]
    assert data.task_links == {chain["outcome"]: chain["task_uuids"]}
    assert {(v["period"], v["kind"], v["dimension"], v["category"], v["value"]) for v in data.values} == {
        ("2025-Q4", "target", "", "", 20.0), ("2025-Q2", "actual", "", "", 9.0),
        ("2025-Q2", "actual", "firm_size", "micro", 4.0), ("2025-Q2", "actual", "area", "Atuntaqui", 3.0),
        ("2025-Q3", "target", "", "", 1.0), ("2025-Q2", "actual", "", "", 0.0),
    }  # fmt: skip


def test_every_command_undoes_and_redoes_exactly(chain):
    project = chain["project"]
    exactly_undone(
        project, add_result(project, {"statement": "Firms share a lab", "parent_id": chain["impact"]})
    )
    changes = {"statement": "Firms buy together", "assumptions": "Prices stay stable"}
    exactly_undone(project, update_result(project, chain["outcome"], changes))
    exactly_undone(project, set_result_tasks(project, chain["outcome"], chain["task_uuids"][1:]))
    exactly_undone(project, set_result_tasks(project, chain["output"], chain["task_uuids"]))
    sales = {
        "result_id": chain["impact"],
        "name": "Export sales",
        "unit": "currency",
        "direction": "increase",
    }
    exactly_undone(project, add_indicator(project, sales))
    exactly_undone(project, update_indicator(project, chain["firms"], {"name": "Firms buying together",
                                                                       "direction": "maintain"}))  # fmt: skip
    exactly_undone(project, delete_indicator(project, chain["group"]))
    exactly_undone(project, set_values(project, chain["firms"], [
        ValueEntry("2025-Q2", "actual", 11.0),  # replaces the 9: keeps its fid and UUID
        ValueEntry("2025-Q3", "actual", 12.0, "sex", "female"),
        ValueEntry("2025-Q2", "actual", None, "area", "Atuntaqui"),  # removes it
    ]))  # fmt: skip
    exactly_undone(project, set_monitoring_settings(project, on_track=0.85, at_risk=0.5))
    exactly_undone(project, delete_result(project, chain["output"]))


def test_a_replaced_value_keeps_its_identity(chain):
    project = chain["project"]
    old = project.connection.execute(
        "SELECT fid, uuid FROM indicator_values WHERE period = '2025-Q2' AND kind = 'actual'"
        " AND dimension = '' AND indicator_id = ?", (chain["firms"],)
    ).fetchone()  # fmt: skip
    project.stack.push(set_values(project, chain["firms"], [ValueEntry("2025-Q2", "actual", 11.0)]))
    new = project.connection.execute(
        "SELECT fid, uuid, value, note FROM indicator_values WHERE period = '2025-Q2' AND kind = 'actual'"
        " AND dimension = '' AND indicator_id = ?", (chain["firms"],)
    ).fetchone()  # fmt: skip
    assert new == (old[0], old[1], 11.0, None)


def test_deleting_the_impact_removes_everything_under_it_and_undo_puts_it_back(chain):
    project = chain["project"]
    before = snapshot(project)
    project.stack.push(delete_result(project, chain["impact"]))
    assert all(not rows for name, rows in snapshot(project).items() if name != "settings")
    assert project.connection.execute("SELECT COUNT(*) FROM plan_tasks").fetchone()[0] == 2  # the plan stays
    project.stack.undo()
    assert snapshot(project) == before
    project.stack.redo()
    assert all(not rows for name, rows in snapshot(project).items() if name != "settings")


def test_the_frequency_cannot_change_while_values_exist(chain):
    project = chain["project"]
    assert reporting_frequency(project) == "quarter"
    for frequency in ("year", "month"):  # values are recorded per quarter; a month is no frequency
        with pytest.raises(ValidationError) as refused:
            set_monitoring_settings(project, frequency=frequency)
        assert refused.value.field == "reporting_frequency"
    exactly_undone(project, set_values(project, chain["firms"], [ValueEntry("2025-Q4", "target", None)]))


def test_a_project_without_values_changes_its_frequency(new_project):
    project = new_project
    exactly_undone(project, set_monitoring_settings(project, frequency="semester"))
    assert reporting_frequency(project) == "semester"
    impact = add_result(project, {"statement": "More exports"})
    project.stack.push(impact)
    indicator = add_indicator(project, {"result_id": _fid(impact, "results"), "name": "Exporters"})
    project.stack.push(indicator)
    fid = _fid(indicator, "result_indicators")
    project.stack.push(set_values(project, fid, [ValueEntry("2025-S2", "target", 5.0)]))
    with pytest.raises(ValidationError) as refused:
        set_values(project, fid, [ValueEntry("2025-Q3", "target", 5.0)])
    assert refused.value.field == "period"
    project.stack.push(set_values(project, fid, [ValueEntry("2025-S2", "target", None)]))  # removed
    project.stack.push(set_monitoring_settings(project, frequency="year"))  # free again
    assert reporting_frequency(project) == "year"


@pytest.mark.parametrize(
    ("entry", "indicator", "field"),
    [
        (ValueEntry("2025-Q5", "actual", 3.0), "firms", "period"),
        (ValueEntry("Q3 2025", "actual", 3.0), "firms", "period"),
        (ValueEntry("2025-S1", "actual", 3.0), "firms", "period"),  # a semester in a quarterly project
        (ValueEntry("2025", "target", 3.0), "firms", "period"),
        (ValueEntry("2025-Q3", "forecast", 3.0), "firms", "kind"),
        (ValueEntry("2025-Q3", "actual", 3.0, "sex", "other"), "firms", "category"),
        (ValueEntry("2025-Q3", "actual", 3.0, "firm_size", "huge"), "firms", "category"),
        (ValueEntry("2025-Q3", "actual", 3.0, "area", " "), "firms", "category"),
        (ValueEntry("2025-Q3", "actual", 3.0, "stakeholder_kind", "enterprise"), "firms", "dimension"),
        (ValueEntry("2025-Q3", "actual", 3.0, "sex", "female"), "group", "dimension"),
        (ValueEntry("2025-Q3", "actual", 2.0), "group", "value"),  # yes/no takes 1 or 0
        (ValueEntry("2025-Q3", "actual", 0.5), "group", "value"),
        (ValueEntry("2025-Q3", "actual", math.nan), "firms", "value"),
        (ValueEntry("2025-Q3", "actual", math.inf), "firms", "value"),
        (ValueEntry("2025-Q3", "actual", "many"), "firms", "value"),
    ],
)
def test_bad_values_are_refused_by_field(chain, entry, indicator, field):
    project = chain["project"]
    before = snapshot(project)
    good = ValueEntry("2025-Q3", "actual", 1.0)  # the whole entry list is refused, the good one too
    with pytest.raises(ValidationError) as refused:
        project.stack.push(set_values(project, chain[indicator], [good, entry]))
    assert refused.value.field == field
    assert snapshot(project) == before


def test_computed_indicators_take_targets_only(chain):
    project = chain["project"]
    command = add_indicator(project, {"result_id": chain["outcome"], "name": "Joint actions done",
                                      "computed": "joint_actions_completed"})  # fmt: skip
    project.stack.push(command)
    fid = _fid(command, "result_indicators")
    exactly_undone(project, set_values(project, fid, [ValueEntry("2025-Q4", "target", 3.0)]))
    with pytest.raises(ValidationError) as refused:
        set_values(project, fid, [ValueEntry("2025-Q2", "actual", 3.0)])
    assert refused.value.field == "value"


def test_bad_results_and_indicators_are_refused_by_field(chain):
    project = chain["project"]
    before = snapshot(project)
    cases = [
        # under an output there is no level left
        (lambda: add_result(project, {"statement": "Firms certified", "parent_id": chain["output"]}),
         "parent_id"),
        (lambda: add_result(project, {"statement": "X", "parent_id": chain["impact"], "level": "output"}),
         "level"),
        (lambda: add_result(project, {"statement": "X", "level": "rocket"}), "level"),
        (lambda: add_result(project, {"statement": "  "}), "statement"),
        (lambda: add_result(project, {"statement": "X", "parent_id": 999}), "parent_id"),
        (lambda: update_result(project, chain["outcome"], {"parent_id": chain["outcome"]}), "parent_id"),
        (lambda: update_result(project, chain["outcome"], {"code": ""}), "code"),
        (lambda: add_indicator(project, {"result_id": chain["outcome"], "name": " "}), "name"),
        (lambda: add_indicator(project, {"result_id": chain["outcome"], "name": "X", "unit": "kg"}), "unit"),
        (lambda: add_indicator(project, {"result_id": chain["outcome"], "name": "X", "direction": "up"}),
         "direction"),
        (lambda: add_indicator(project, {"result_id": chain["outcome"], "name": "X",
                                         "disaggregations": "age"}), "disaggregations"),
        (lambda: add_indicator(project, {"result_id": chain["outcome"], "name": "X", "computed": "magic"}),
         "computed"),
        (lambda: add_indicator(project, {"result_id": chain["outcome"], "name": "X",
                                         "baseline_value": math.nan}), "baseline_value"),
        (lambda: add_indicator(project, {"result_id": chain["outcome"], "name": "X", "unit": "yes_no",
                                         "baseline_value": 2}), "baseline_value"),
        (lambda: update_indicator(project, chain["firms"], {"unit": "percentage", "baseline_value": 5000}),
         "baseline_value"),
    ]  # fmt: skip
    for make, field in cases:
        with pytest.raises(ValidationError) as refused:
            project.stack.push(make())
        assert refused.value.field == field, (field, refused.value)
    assert snapshot(project) == before


def test_the_chain_survives_save_and_reopen(chain, tmp_path):
    project = chain["project"]
    project.stack.push(set_monitoring_settings(project, on_track=0.85, at_risk=0.55))
    project.stack.push(update_result(project, chain["impact"], {"assumptions": "Demand in Colombia holds"}))
    before = snapshot(project)
    path = project.save()
    assert_valid_project(path)
    reopened = Project.open(path)
    try:
        assert snapshot(reopened) == before
        data = read_results(reopened.session.connection())
        assert data.task_links == {chain["outcome"]: chain["task_uuids"]}
        assert data.results[0]["assumptions"] == "Demand in Colombia holds"
        assert {i["code"]: i["baseline_date"] for i in data.indicators}["1.1a"] == dt.date(2025, 1, 10)
    finally:
        reopened.close()
    copy = project.save(tmp_path / "copy.gpkg")  # Save As writes the same rows
    assert_valid_project(copy)
    other = Project.open(copy)
    try:
        assert snapshot(other) == before
    finally:
        other.close()
