"""The result chain of every sample project: a whole logframe (one impact, outcomes, outputs, indicators with
baselines and targets) tied to the sample's own plan, people and institutions, reported only up to the
sample's own "today" (its follow-up survey), with computed indicators that come out of the sample's data
and statuses that tell a story rather than all green."""

from __future__ import annotations

import sys
from collections import defaultdict

import pytest
from sqlalchemy import select

from clusterdesk.analysis.results_series import all_statuses, value_rows
from clusterdesk.core.governance import GovernanceBody
from clusterdesk.core.model import Stakeholder
from clusterdesk.core.periods import parse_period
from clusterdesk.core.project import Project
from clusterdesk.core.results import read_results
from conftest import REPO, SAMPLES

sys.path.insert(0, str(REPO / "tools"))
from samples import SAMPLES as DEFINITIONS  # noqa: E402  (tools/ is not a package)

KEYS = sorted(DEFINITIONS)


@pytest.fixture(scope="module", params=KEYS)
def sample(request):
    """(key, results data, statuses, value rows with computed actuals, names a body may have)."""
    key = request.param
    with Project.open(SAMPLES / f"{key}.gpkg") as project:
        connection = project.session.connection()
        data = read_results(connection)
        statuses = all_statuses(connection)
        frequency = project.info().reporting_frequency
        rows = value_rows(connection, data.indicators, frequency)
        names = set(project.session.scalars(select(Stakeholder.name)))
        names |= set(project.session.scalars(select(GovernanceBody.name)))
        names.add(project.info().agency_name)
        yield key, data, statuses, rows, names, frequency


def test_one_impact_with_outcomes_and_outputs(sample):
    _key, data, _statuses, _rows, _names, _frequency = sample
    impacts = [r for r in data.results if r["level"] == "impact"]
    assert len(impacts) == 1
    outcomes = data.children(impacts[0]["fid"])
    assert 2 <= len(outcomes) <= 3
    assert {r["level"] for r in outcomes} == {"outcome"}
    for outcome in outcomes:
        outputs = data.children(outcome["fid"])
        assert 2 <= len(outputs) <= 4, outcome["code"]
        assert {r["level"] for r in outputs} == {"output"}
        assert outcome["assumptions"], f"outcome {outcome['code']} states no assumptions or risks"
    assert len(data.results) == 1 + len(outcomes) + sum(len(data.children(o["fid"])) for o in outcomes)


def test_every_indicator_is_defined_with_baseline_and_targets(sample):
    _key, data, _statuses, _rows, names, frequency = sample
    targets = defaultdict(list)
    for value in data.values:
        if value["kind"] == "target":
            targets[value["indicator_id"]].append(value["period"])
    for result in data.results:
        assert 1 <= len(data.indicators_of(result["fid"])) <= 3, result["code"]
    for indicator in data.indicators:
        code = indicator["code"]
        for field in ("definition", "data_source", "collection_method", "frequency", "responsible",
                      "verification", "baseline_date", "baseline_source"):  # fmt: skip
            assert indicator[field], f"{code} has no {field}"
        assert indicator["baseline_value"] is not None, code
        assert targets[indicator["fid"]], f"{code} has no target"
        assert all(parse_period(p).frequency == frequency for p in targets[indicator["fid"]])
        assert indicator["responsible"] in names, (
            f"{code}: {indicator['responsible']!r} is nobody in the sample"
        )


def test_some_indicators_are_broken_down_and_the_parts_add_up(sample):
    _key, data, _statuses, _rows, _names, _frequency = sample
    totals = {(v["indicator_id"], v["period"]): v["value"] for v in data.values
              if v["kind"] == "actual" and not v["dimension"]}  # fmt: skip
    parts = defaultdict(float)
    dimensions = set()
    for value in data.values:
        if value["kind"] == "actual" and value["dimension"]:
            parts[(value["indicator_id"], value["period"], value["dimension"])] += value["value"]
            dimensions.add(value["dimension"])
    assert "sex" in dimensions and dimensions & {"firm_size", "area"}
    for (indicator_id, period, _dimension), summed in parts.items():
        assert summed == pytest.approx(totals[(indicator_id, period)])


def test_a_computed_indicator_takes_its_values_from_the_sample(sample):
    _key, data, _statuses, rows, _names, _frequency = sample
    computed = [i for i in data.indicators if i["computed"]]
    assert computed
    for indicator in computed:
        actuals = [r for r in rows if r["indicator_id"] == indicator["fid"] and r["kind"] == "actual"]
        assert len(actuals) >= 2, f"{indicator['code']}: no values computed from the sample"
        stored = [v for v in data.values_of(indicator["fid"]) if v["kind"] == "actual"]
        assert not stored  # the project computes them; nothing is typed in


def test_outputs_serve_plan_actions_and_outcomes_plan_objectives(sample):
    _key, data, _statuses, _rows, _names, _frequency = sample
    for result in data.results:
        linked = data.task_links.get(result["fid"], [])
        assert linked, f"{result['code']} is linked to no plan task"
        assert all(uuid in data.tasks for uuid in linked), f"{result['code']} names a task not in the plan"
        kinds = {data.tasks[uuid]["kind"] for uuid in linked}
        expected = {"output": {"action"}, "outcome": {"objective"}, "impact": {"objective"}}[result["level"]]
        assert kinds == expected, result["code"]


def test_nothing_is_reported_after_the_samples_today(sample):
    key, data, _statuses, rows, _names, _frequency = sample
    today = DEFINITIONS[key].rounds.follow_up_1
    stored = [v for v in data.values if v["kind"] == "actual"]
    assert stored
    assert all(parse_period(v["period"]).end <= today for v in stored)  # typed in for periods closed
    computed = [r for r in rows if r["kind"] == "actual"]
    assert all(parse_period(r["period"]).start <= today for r in computed)
    future = [v for v in data.values if v["kind"] == "target" and parse_period(v["period"]).start > today]
    assert future, "no target is left for the rest of the plan"


def test_statuses_are_a_mix(sample):
    _key, data, statuses, _rows, _names, _frequency = sample
    found = [statuses[i["fid"]].status for i in data.indicators]
    assert found.count("on_track") > len(found) / 2
    assert {"at_risk", "off_track"} & set(found)
    assert "no_data" in found  # actions still to come have targets and no actuals yet
