"""Every sample project has its diagnostic and its firm surveys, and the indicator computed from the
surveys has values: the data tools/build_samples.py writes (tools/samples/diagnostic.py, firm_surveys.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from clusterdesk.analysis.results_computed import computed_values
from clusterdesk.core.results_formulas import FORMULAS, split_computed
from clusterdesk.core.surveys import STANDARD_QUESTIONS
from conftest import SAMPLES


def _cluster_project(path) -> bool:
    """A sample of one cluster: a selection study (phase 1) comes before any diagnostic or survey."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT count(*) FROM selection_studies").fetchone()[0] == 0


FILES = sorted(path for path in SAMPLES.glob("*.gpkg") if _cluster_project(path))
SAMPLED = {"bosawas_cocoa": 16}  # surveys a sample of its families, not every one


@pytest.fixture(params=FILES, ids=[f.stem for f in FILES])
def sample(request):
    connection = sqlite3.connect(f"file:{request.param}?mode=ro", uri=True)
    yield request.param.stem, connection
    connection.close()


def _day(text) -> dt.date:
    return dt.date.fromisoformat(str(text)[:10])


def test_there_are_six_cluster_samples():
    assert len(FILES) == 6
    assert len(list(SAMPLES.glob("*.gpkg"))) == 7  # and the selection study of Ecuador


def test_a_diagnostic_before_the_plan_with_four_quadrants_and_findings(sample):
    _key, connection = sample
    reports = connection.execute("SELECT fid, title, report_date, authors FROM diagnostic_reports").fetchall()
    assert len(reports) == 1
    report, title, report_date, authors = reports[0]
    assert title and len(authors.split("; ")) >= 2
    team = {name for (name,) in connection.execute(
        "SELECT m.person_name FROM governance_members m JOIN governance_bodies b ON b.fid = m.body_id"
        " WHERE b.body_type = 'project_team'")}  # fmt: skip
    assert set(authors.split("; ")) <= team
    first_start = connection.execute("SELECT MIN(start) FROM plan_tasks").fetchone()[0]
    assert _day(report_date) < _day(first_start)
    counts = dict(connection.execute(
        "SELECT category, COUNT(*) FROM diagnostic_items WHERE report_id = ? GROUP BY category",
        (report,)))  # fmt: skip
    for quadrant in ("strength", "weakness", "opportunity", "threat"):
        assert 3 <= counts.get(quadrant, 0) <= 6, quadrant
    assert 3 <= counts.get("finding", 0) <= 5 and 2 <= counts.get("leverage_point", 0) <= 4
    tasks = {uuid for (uuid,) in connection.execute("SELECT uuid FROM plan_tasks")}
    linked = connection.execute(
        "SELECT i.fid, i.category, t.task_uuid FROM diagnostic_items i"
        " LEFT JOIN diagnostic_item_tasks t ON t.item_id = i.fid"
        " WHERE i.category IN ('finding', 'leverage_point')"
    ).fetchall()
    assert all(task in tasks for _fid, _category, task in linked), "every finding answered by a plan task"
    raised = connection.execute(
        "SELECT COUNT(DISTINCT i.fid) FROM diagnostic_items i JOIN diagnostic_item_stakeholders s"
        " ON s.item_id = i.fid JOIN stakeholders k ON k.fid = s.stakeholder_id"
    ).fetchone()[0]
    assert raised == sum(counts.values())  # every item names who raised it


def test_baseline_and_follow_up_surveys_answered_by_most_firms(sample):
    key, connection = sample
    rounds = dict(connection.execute("SELECT code, held_on FROM survey_rounds"))
    surveys = connection.execute("SELECT fid, round_code, held_on FROM surveys ORDER BY held_on").fetchall()
    assert [(code, held_on) for _fid, code, held_on in surveys] == [
        ("baseline", rounds["baseline"]), ("follow_up_1", rounds["follow_up_1"])
    ]  # fmt: skip
    firms = connection.execute("SELECT COUNT(*) FROM stakeholders WHERE kind = 'enterprise'").fetchone()[0]
    asked = SAMPLED.get(key, firms)
    for survey, _code, _held_on in surveys:
        standard = {s for (s,) in connection.execute(
            "SELECT standard FROM survey_questions WHERE survey_id = ?", (survey,))}  # fmt: skip
        assert standard >= set(STANDARD_QUESTIONS)
        respondents = connection.execute(
            "SELECT COUNT(*) FROM survey_responses r JOIN stakeholders s ON s.fid = r.stakeholder_id"
            " WHERE r.survey_id = ? AND s.kind = 'enterprise'",
            (survey,),
        ).fetchone()[0]
        assert 0.6 * asked < respondents <= asked < firms or 0.6 * asked < respondents < asked == firms, (
            "most"
        )
    baseline = surveys[0][0]
    # employees and women employees at baseline are the registry's
    differing = connection.execute(
        "SELECT COUNT(*) FROM survey_answers a JOIN survey_questions q ON q.fid = a.question_id"
        " JOIN survey_responses r ON r.fid = a.response_id JOIN stakeholders s ON s.fid = r.stakeholder_id"
        " WHERE q.survey_id = ? AND ((q.name = 'employees' AND a.value_number != s.employees)"
        " OR (q.name = 'women_employees' AND a.value_number != s.women_employees))",
        (baseline,),
    ).fetchone()[0]
    assert differing == 0
    # some answers are missing: fewer sales answers than responses
    sales, responses = connection.execute(
        "SELECT (SELECT COUNT(*) FROM survey_answers a JOIN survey_questions q ON q.fid = a.question_id"
        " WHERE q.survey_id = :s AND q.name = 'sales'),"
        " (SELECT COUNT(*) FROM survey_responses WHERE survey_id = :s)",
        {"s": baseline},
    ).fetchone()
    assert sales < responses


def test_the_roster_matches_the_baseline_network(sample):
    _key, connection = sample
    uuid_of = {
        "f_" + u.replace("-", ""): fid for fid, u in connection.execute("SELECT fid, uuid FROM stakeholders")
    }
    rows = connection.execute(
        "SELECT r.stakeholder_id, a.value_text FROM survey_answers a"
        " JOIN survey_questions q ON q.fid = a.question_id"
        " JOIN survey_responses r ON r.fid = a.response_id JOIN surveys s ON s.fid = q.survey_id"
        " WHERE s.round_code = 'baseline' AND q.name = 'cooperation'"
    ).fetchall()
    rosters = connection.execute(
        "SELECT COUNT(*) FROM survey_answers a JOIN survey_questions q ON q.fid = a.question_id"
        " WHERE q.name = 'cooperation' AND a.value_text != ''"
    ).fetchone()[0]
    assert rosters  # the follow-up at least (Bosawas's sampled families had no ties at baseline)
    ties = {frozenset(pair) for pair in connection.execute(
        "SELECT source_id, target_id FROM relations"
        " WHERE COALESCE(survey_round, 'baseline') = 'baseline'")}  # fmt: skip
    for firm, text in rows:
        for choice in text.split():
            assert frozenset((firm, uuid_of[choice])) in ties


def test_the_survey_indicator_has_values_that_fit_its_targets(sample):
    _key, connection = sample
    indicators = [
        dict(zip(("fid", "computed"), row, strict=True))
        for row in connection.execute(
            "SELECT fid, computed FROM result_indicators WHERE computed IS NOT NULL"
        )
    ]
    survey = [i for i in indicators if FORMULAS[split_computed(i["computed"])[0]].question]
    assert survey, "each sample has an indicator computed from its surveys"
    frequency = connection.execute("SELECT reporting_frequency FROM project_info").fetchone()[0]
    follow_up = _day(
        connection.execute("SELECT held_on FROM survey_rounds WHERE code = 'follow_up_1'").fetchone()[0]
    )
    for indicator in survey:
        values = computed_values(connection, indicator["computed"], frequency, follow_up)
        totals = {v["period"]: v["value"] for v in values if not v["dimension"]}
        assert totals, indicator["computed"]
        targets = {p: v for p, v in connection.execute(
            "SELECT period, value FROM indicator_values WHERE indicator_id = ? AND kind = 'target'"
            " AND dimension = ''", (indicator["fid"],))}  # fmt: skip
        shared = set(targets) & set(totals)
        assert shared, "a target in the period of the follow-up survey"
        for period in shared:
            assert totals[period] >= 0.95 * targets[period], (indicator["computed"], period)
