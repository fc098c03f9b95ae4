"""Computed results indicators against values worked out by hand from a small project.

The project reports per quarter, started on 2023-12-01 (first period 2023-Q4) and is looked at on
2025-05-20 (current period 2025-Q2, whose cut-off day is that day, not 2025-06-30)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from clusterdesk.analysis.results_computed import computed_values
from clusterdesk.analysis.results_series import indicator_series
from clusterdesk.core import edits
from clusterdesk.core.capacity_edits import AssessmentInput, SaveAssessments
from clusterdesk.core.capacity_framework import DimensionSpec, FrameworkSpec, IndicatorSpec
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.governance_edits import record_maturity
from clusterdesk.core.plan_edits import FIRMS, AddTask
from clusterdesk.core.plan_link_edits import SetTaskStakeholders
from clusterdesk.core.results_edits import add_indicator, add_result
from clusterdesk.core.results_formulas import FORMULAS

TODAY = dt.date(2025, 5, 20)
D = dt.date

# name, kind, employees, women employees, area
REGISTRY = [
    ("F1", "enterprise", 5, 2, "Norte"),  # micro
    ("F2", "enterprise", 20, 10, "Norte"),  # small
    ("F3", "enterprise", 60, 15, "Sur"),  # medium
    ("F4", "enterprise", 300, 120, "Sur"),  # large
    ("F5", "enterprise", None, 3, "Este"),  # no employees: size unknown, not in the women's share
    ("F6", "enterprise", 8, None, None),  # micro, no women reported, no area
    ("I1", "business_association", 40, 30, "Norte"),  # not an enterprise
    ("I2", "training_institution", 12, 6, "Sur"),
    ("I3", "public_authority", 30, 10, "Sur"),
]


def _rows(values, dimension=""):
    return [(r["period"], r["category"], round(r["value"], 6)) for r in values if r["dimension"] == dimension]


def _value(key, project, frequency="quarter", today=TODAY):
    return computed_values(project.session.connection(), key, frequency, today)


@pytest.fixture
def project(new_project):
    project = new_project
    project.stack.push(edits.update_project_info(project, {"start_date": D(2023, 12, 1)}))
    people = edits.AddStakeholders([
        {"name": name, "kind": kind, "employees": employees, "women_employees": women, "admin_area": area}
        for name, kind, employees, women, area in REGISTRY
    ])  # fmt: skip
    project.stack.push(people)
    fid = dict(zip((r[0] for r in REGISTRY), people.added_fids, strict=True))

    tasks: dict[str, int] = {}

    def task(key, parent=None, firms=(), **values):
        command = AddTask({"name": key, "parent_id": tasks.get(parent), **values})
        project.stack.push(command)
        tasks[key] = command.fid
        if firms:
            project.stack.push(SetTaskStakeholders(command.fid, {fid[f]: "" for f in firms}, FIRMS))

    task("O")  # an objective without dates: a summary of everything below
    task("B1", "O", start=D(2024, 1, 15), finish=D(2024, 2, 28), status="completed", budget_public=4000)
    task("A1", "O", ["F1", "F2"], joint_action_type="joint_purchasing", status="completed",
         start=D(2024, 3, 4), finish=D(2024, 5, 15), budget_enterprises=1000, budget_public=3000)  # fmt: skip
    # A2 has no dates of its own: its activities give 2024-07-01 to 2024-10-10
    task("A2", "O", ["F2", "F3"], joint_action_type="trade_fair", status="completed",
         budget_enterprises=2000, budget_donor=2000)  # fmt: skip
    task("A2a", "A2", start=D(2024, 7, 1), finish=D(2024, 8, 30), status="completed", budget_other=1000)
    task("A2b", "A2", start=D(2024, 9, 2), finish=D(2024, 10, 10), status="completed")
    task("A3", "O", ["F4", "I1"], joint_action_type="quality_standards", status="in_progress",
         start=D(2025, 4, 7), finish=D(2025, 9, 30), budget_enterprises=500, budget_public=500)  # fmt: skip
    task("A4", "O", ["F5"], joint_action_type="shared_equipment", status="cancelled",
         start=D(2024, 4, 1), finish=D(2024, 6, 28), budget_enterprises=10000)  # fmt: skip
    # completed, but its finish (2025-06-27) is after today: not yet counted
    task("A5", "O", ["F1", "F6"], joint_action_type="training", status="completed",
         start=D(2025, 5, 5), finish=D(2025, 6, 27), budget_enterprises=1500, budget_donor=500)  # fmt: skip
    # starts after today, inside the current quarter: neither its firm nor its budget count yet
    task("A6", "O", ["F5"], joint_action_type="policy_dialogue", status="not_started",
         start=D(2025, 6, 2), finish=D(2025, 6, 20), budget_enterprises=3000)  # fmt: skip

    def relation(source, target, survey_round, since):
        return {"source_id": fid[source], "target_id": fid[target], "kind": "other",
                "survey_round": survey_round, "since": since}  # fmt: skip

    project.stack.push(edits.AddRelations([
        relation("F1", "F2", "baseline", D(2019, 5, 1)),
        relation("F2", "F3", "baseline", D(2023, 6, 30)),  # latest baseline date, before the first period
        relation("F3", "F4", "baseline", None),
        relation("F1", "F3", "follow_up_1", D(2024, 8, 1)),
        relation("F1", "F4", "follow_up_1", D(2024, 11, 20)),  # follow_up_1 in 2024-Q4
        relation("F2", "F4", "follow_up_2", D(2024, 12, 5)),  # also 2024-Q4: added to follow_up_1
        relation("F4", "F5", "follow_up_3", None),  # no dates, not the baseline: not reported
        relation("F5", "F6", "follow_up_4", D(2025, 7, 1)),  # after today: not reported
    ]))  # fmt: skip

    levels = ("weak", "basic", "fair", "good", "strong")
    spec = FrameworkSpec("Test framework", (
        DimensionSpec("D1", "Services", (IndicatorSpec("D1.1", "a", levels),
                                         IndicatorSpec("D1.2", "b", levels))),
        DimensionSpec("D2", "Finance", (IndicatorSpec("D2.1", "c", levels),)),
    ))  # fmt: skip
    add_framework = AddFramework(spec)
    project.stack.push(add_framework)
    framework = add_framework.fid
    indicator = dict(project.connection.execute(
        "SELECT i.code, i.fid FROM capacity_indicators i JOIN capacity_dimensions d ON d.fid = i.dimension_id"
        " WHERE d.framework_id = ?", (framework,)
    ).fetchall())  # fmt: skip

    def assessment(institution, round_code, day, d11, d12, d21):
        scores = {
            indicator["D1.1"]: (d11, None),
            indicator["D1.2"]: (d12, None),
            indicator["D2.1"]: (d21, None),
        }
        return AssessmentInput(framework, fid[institution], round_code, scores, assessed_on=day)

    project.stack.push(SaveAssessments([
        assessment("I1", "baseline", D(2024, 1, 20), 2, 3, 4),
        assessment("I2", "baseline", D(2024, 2, 5), 1, 2, 2),
        assessment("I3", "baseline", D(2024, 2, 20), 3, 3, None),  # incomplete: does not count
        assessment("I1", "mid_term", D(2025, 1, 10), 4, 4, 5),
        assessment("I2", "mid_term", D(2025, 2, 14), 3, 2, 3),
        assessment("I3", "2025-03-01", None, 3, 3, 3),  # a dated round in the same quarter, later
        assessment("I1", "final", D(2025, 8, 1), 5, 5, 5),  # after today
    ]))  # fmt: skip

    project.stack.push(record_maturity(project, D(2023, 11, 1), "cda_led", D(2024, 6, 30)))
    project.stack.push(record_maturity(project, D(2024, 7, 1), "shared"))  # open: until 2025-01-14
    project.stack.push(record_maturity(project, D(2025, 1, 15), "locally_owned", D(2025, 3, 15)))
    project.stack.clear()
    return project


def test_every_formula_has_a_rule_and_a_computation(project):
    for key, formula in FORMULAS.items():
        assert formula.rule.strip(), key
        assert isinstance(_value(key, project), list)
    assert computed_values(project.connection, "no_such_formula", "quarter", TODAY) == []


def test_joint_actions_completed(project):
    # completed joint actions by finish: A1 2024-05-15 (Q2), A2 2024-10-10 from its activities (Q4),
    # A5 2025-06-27 is after today's cut-off; B1 is no joint action, A4 is cancelled.
    # Periods: 2023-Q4 (project start) to 2025-Q2 (today; the plan's last finish 2025-09-30 is later).
    assert _rows(_value("joint_actions_completed", project)) == [
        ("2023-Q4", "", 0), ("2024-Q1", "", 0), ("2024-Q2", "", 1), ("2024-Q3", "", 1),
        ("2024-Q4", "", 2), ("2025-Q1", "", 2), ("2025-Q2", "", 2),
    ]  # fmt: skip


def test_joint_actions_stop_at_the_plans_last_finish(project):
    # seen on 2026-03-01: A5 counts in 2025-Q2 (3); the periods stop at 2025-Q3, the quarter of the plan's
    # last finish (A3, 2025-09-30), not at today's 2026-Q1
    values = _rows(_value("joint_actions_completed", project, today=D(2026, 3, 1)))
    assert values[-3:] == [("2025-Q1", "", 2), ("2025-Q2", "", 3), ("2025-Q3", "", 3)]


def test_joint_actions_per_semester(project):
    # 2023-S2: 0; 2024-S1 (to 06-30): A1; 2024-S2: A1, A2; 2025-S1 cut off on 05-20: still 2
    assert _rows(_value("joint_actions_completed", project, "semester")) == [
        ("2023-S2", "", 0), ("2024-S1", "", 1), ("2024-S2", "", 2), ("2025-S1", "", 2),
    ]  # fmt: skip


def test_firms_in_joint_actions_with_size_and_area(project):
    # each firm from the first start of a joint action it joined (cancelled A4 and A6, starting after
    # today, bring nothing; I1 is no enterprise): F1, F2 from 2024-03-04 (A1), F3 from 2024-07-01 (A2's
    # activities), F4 from 2025-04-07 (A3), F6 from 2025-05-05 (A5)
    values = _value("firms_in_joint_actions", project)
    assert _rows(values) == [
        ("2023-Q4", "", 0), ("2024-Q1", "", 2), ("2024-Q2", "", 2), ("2024-Q3", "", 3),
        ("2024-Q4", "", 3), ("2025-Q1", "", 3), ("2025-Q2", "", 5),
    ]  # fmt: skip
    sizes = _rows(values, "firm_size")
    assert [r for r in sizes if r[0] == "2024-Q1"] == [
        ("2024-Q1", "micro", 1),
        ("2024-Q1", "small", 1),
        ("2024-Q1", "medium", 0),
        ("2024-Q1", "large", 0),
    ]  # F1 (5 employees), F2 (20)
    assert [r for r in sizes if r[0] == "2025-Q2"] == [
        ("2025-Q2", "micro", 2),
        ("2025-Q2", "small", 1),
        ("2025-Q2", "medium", 1),
        ("2025-Q2", "large", 1),
    ]  # F1 and F6 (8 employees) micro, F2 small, F3 (60) medium, F4 (300) large
    areas = _rows(values, "area")  # the areas of the registry's enterprises: Este, Norte, Sur
    assert [r for r in areas if r[0] == "2023-Q4"] == [("2023-Q4", "Este", 0), ("2023-Q4", "Norte", 0),
                                                         ("2023-Q4", "Sur", 0)]  # fmt: skip
    assert [r for r in areas if r[0] == "2025-Q2"] == [("2025-Q2", "Este", 0), ("2025-Q2", "Norte", 2),
                                                         ("2025-Q2", "Sur", 2)]  # F6 has no area  # fmt: skip


def test_women_share(project):
    # enterprises reporting both: F1 2/5, F2 10/20, F3 15/60, F4 120/300 (F5 and F6 miss one number, the
    # institutions are no enterprises): 100 × 147 / 385 = 38.181818..., for the current period only
    values = _value("women_share", project)
    assert _rows(values) == [("2025-Q2", "", round(100 * 147 / 385, 6))]
    assert _rows(values, "firm_size") == [
        ("2025-Q2", "micro", 40.0),  # 2 / 5
        ("2025-Q2", "small", 50.0),  # 10 / 20
        ("2025-Q2", "medium", 25.0),  # 15 / 60
        ("2025-Q2", "large", 40.0),  # 120 / 300
    ]
    # Norte: F1 + F2 = 12 / 25 = 48 %; Sur: F3 + F4 = 135 / 360 = 37.5 %; Este (F5 only) has no data
    assert _rows(values, "area") == [("2025-Q2", "Norte", 48.0), ("2025-Q2", "Sur", 37.5)]


def test_relations_per_round(project):
    # The rounds have no survey dates, so each goes to the quarter of the latest 'since' date of the
    # relations first observed in it, and counts the whole network of the round (no relation has ended):
    # baseline: 3 relations, latest date 2023-06-30 before the first period -> 2023-Q4: 3;
    # follow_up_1 (latest 2024-11-20) and follow_up_2 (2024-12-05) both fall in 2024-Q4, where the later
    # round counts: follow_up_2's network is baseline 3 + follow_up_1 2 + follow_up_2 1 = 6;
    # follow_up_3 has no dates and follow_up_4 is dated after today: not reported
    assert _rows(_value("relations_per_round", project)) == [("2023-Q4", "", 3), ("2024-Q4", "", 6)]


def test_relations_of_a_baseline_without_dates_go_to_the_first_period(new_project):
    project = new_project
    project.stack.push(edits.update_project_info(project, {"start_date": D(2024, 8, 15)}))
    people = edits.AddStakeholders([{"name": "A"}, {"name": "B"}, {"name": "C"}])
    project.stack.push(people)
    a, b, c = people.added_fids
    project.stack.push(edits.AddRelations([
        {"source_id": a, "target_id": b, "survey_round": "baseline"},
        {"source_id": b, "target_id": c, "survey_round": "baseline"},
        {"source_id": a, "target_id": c, "survey_round": "endline"},  # no dates, not the baseline
    ]))  # fmt: skip
    assert _rows(_value("relations_per_round", project)) == [("2024-Q3", "", 2)]
    assert _rows(_value("relations_per_round", project, "year")) == [("2024", "", 2)]


def test_capacity_mean(project):
    # overall score = mean of the dimension scores; D1 = mean of D1.1 and D1.2, D2 = D2.1
    # baseline: I1 (2.5 + 4) / 2 = 3.25, I2 (1.5 + 2) / 2 = 1.75, I3 incomplete; mean 2.5, reported in
    #   the quarter of the round's latest assessment date, 2024-02-20 (I3's, complete or not): 2024-Q1
    # mid_term: I1 (4 + 5) / 2 = 4.5, I2 (2.5 + 3) / 2 = 2.75 -> 3.625, latest date 2025-02-14: 2025-Q1
    # round "2025-03-01": I3 (3 + 3) / 2 = 3.0, also 2025-Q1 and later: it counts, not mid_term
    # final: dated 2025-08-01, after today
    assert _rows(_value("capacity_mean", project)) == [("2024-Q1", "", 2.5), ("2025-Q1", "", 3.0)]
    # per semester, mid_term and the dated round share 2025-S1 as well
    assert _rows(_value("capacity_mean", project, "semester")) == [("2024-S1", "", 2.5), ("2025-S1", "", 3.0)]


def test_capacity_mean_of_mid_term_alone(project):
    # without the dated round, mid_term gives 2025-Q1: (4.5 + 2.75) / 2 = 3.625
    dated = "SELECT fid FROM capacity_assessments WHERE round = '2025-03-01'"
    project.connection.execute(f"DELETE FROM capacity_scores WHERE assessment_id IN ({dated})")
    project.connection.execute("DELETE FROM capacity_assessments WHERE round = '2025-03-01'")
    assert _rows(_value("capacity_mean", project)) == [("2024-Q1", "", 2.5), ("2025-Q1", "", 3.625)]


def test_governance_maturity(project):
    # cut-off days: 2023-12-31, 2024-03-31, 2024-06-30 -> cda_led (1); 2024-09-30, 2024-12-31 -> shared
    # (2, open-ended); 2025-03-31: shared ended when locally_owned started (2025-01-15) and that ended
    # on 2025-03-15 -> no value; 2025-05-20 (today) -> no value
    assert _rows(_value("governance_maturity", project)) == [
        ("2023-Q4", "", 1), ("2024-Q1", "", 1), ("2024-Q2", "", 1), ("2024-Q3", "", 2), ("2024-Q4", "", 2),
    ]  # fmt: skip
    # per year: 2023 (2023-12-31) cda_led, 2024 (2024-12-31) shared, 2025 (today) none
    assert _rows(_value("governance_maturity", project, "year")) == [("2023", "", 1), ("2024", "", 2)]


def test_private_cofinancing(project):
    # started and not cancelled by the cut-off day (A4 cancelled, A6 starts after today):
    # 2023-Q4: nothing started, budget 0 -> no value
    # 2024-Q1 and Q2: B1 (public 4000), A1 (enterprises 1000, public 3000): 100 × 1000 / 8000 = 12.5
    # 2024-Q3 to 2025-Q1: + A2 (enterprises 2000, donor 2000) and A2a (other 1000): 3000 / 13000
    # 2025-Q2: + A3 (500, public 500) and A5 (1500, donor 500): 5000 / 16000 = 31.25
    share = round(100 * 3000 / 13000, 6)
    assert _rows(_value("private_cofinancing", project)) == [
        ("2024-Q1", "", 12.5), ("2024-Q2", "", 12.5), ("2024-Q3", "", share), ("2024-Q4", "", share),
        ("2025-Q1", "", share), ("2025-Q2", "", 31.25),
    ]  # fmt: skip


def test_an_empty_project_has_no_data(new_project):
    for key in FORMULAS:
        assert computed_values(new_project.session.connection(), key, "quarter", TODAY) == [], key


def test_a_raw_connection_gives_the_same_values(project):
    for key in FORMULAS:
        assert computed_values(project.connection, key, "quarter", TODAY) == _value(key, project), key


def test_computed_actuals_reach_the_indicator_series(project):
    add = add_result(project, {"statement": "Firms cooperate"})
    project.stack.push(add)
    result = add.rows["results"][0]["fid"]
    indicator = add_indicator(
        project, {"result_id": result, "name": "Joint actions", "computed": "joint_actions_completed"}
    )
    project.stack.push(indicator)
    fid = indicator.rows["result_indicators"][0]["fid"]
    series = indicator_series(project.session.connection())[fid]
    # today's date is the real one here, so only the settled past periods are compared
    assert {p: series.actuals[p] for p in ("2024-Q1", "2024-Q2", "2024-Q4")} == {
        "2024-Q1": 0,
        "2024-Q2": 1,
        "2024-Q4": 2,
    }


def test_women_share_of_a_hundred_thousand_firms_is_fast(new_project):
    rows = [
        (
            f"firm {n}",
            "enterprise",
            5 + n % 300,
            (5 + n % 300) // 3,
            f"area {n % 40}",
            f"uuid-{n}",
            "2025-01-01",
        )
        for n in range(100_000)
    ]
    new_project.connection.executemany(
        "INSERT INTO stakeholders (name, kind, employees, women_employees, admin_area, uuid, created_at,"
        " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?7, ?7)",
        rows,
    )
    women = sum(r[3] for r in rows)
    employees = sum(r[2] for r in rows)
    started = time.perf_counter()
    values = computed_values(new_project.session.connection(), "women_share", "quarter", TODAY)
    elapsed = time.perf_counter() - started
    assert _rows(values)[0] == ("2025-Q2", "", round(100 * women / employees, 6))
    assert len(_rows(values, "area")) == 40 and len(_rows(values, "firm_size")) == 4
    assert elapsed < 0.5, f"{elapsed:.2f} s"


def test_every_formula_is_documented():
    from clusterdesk.core.results_formulas import FORMULAS
    from conftest import REPO

    documented = (REPO / "docs" / "results.md").read_text(encoding="utf-8")
    assert [key for key in FORMULAS if f"(`{key}`)" not in documented] == []
