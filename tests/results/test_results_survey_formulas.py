"""Results indicators computed from survey answers, against values worked out by hand.

Five firms answer a baseline survey (2024-02-10, quarter 2024-Q1) and a follow-up (2025-03-15, 2025-Q1);
a third survey is dated after today (2025-05-20) and is not reported. Some firms did not answer a question
or the whole survey: a missing answer is never counted as 0.

    firm  employees (size)  area    exports baseline   exports follow-up   certified follow-up
    F1     5 (micro)        Norte   100                150                 yes
    F2    20 (small)        Norte   300                no response         —
    F3    60 (medium)       Sur     no answer          500                 no
    F4    15 (small)        Sur     0                  50                  yes
    F5     3 (micro)        —       no response        200                 no answer

Joint actions: A1 (2024-06-03, F1 and F2), A2 (2024-09-02, F3, cancelled), A3 (2025-04-07, after the
follow-up, F4), A4 (2024-10-01, F5). So at the follow-up the participating firms are F1, F2 and F5.
"""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import openpyxl
import pytest

from clusterdesk.analysis.results_computed import computed_values
from clusterdesk.analysis.results_series import indicator_series
from clusterdesk.core import edits
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.plan_edits import FIRMS, AddTask
from clusterdesk.core.plan_link_edits import SetTaskStakeholders
from clusterdesk.core.results_edits import add_indicator, add_result, update_indicator
from clusterdesk.core.results_formulas import (
    FORMULAS,
    computed_name,
    computed_rule,
    split_computed,
    survey_questions,
    usable_questions,
)
from clusterdesk.core.survey_edits import AddSurveyResponses, AnswerColumns, add_question, create_survey

TODAY = dt.date(2025, 5, 20)
D = dt.date
NO = float("nan")  # a response without an answer to the question

REGISTRY = [("F1", 5, "Norte"), ("F2", 20, "Norte"), ("F3", 60, "Sur"), ("F4", 15, "Sur"), ("F5", 3, None)]


@pytest.fixture
def project(new_project):
    project = new_project
    project.stack.push(edits.update_project_info(project, {"start_date": D(2024, 1, 1)}))
    people = edits.AddStakeholders([
        {"name": name, "kind": "enterprise", "employees": employees, "admin_area": area}
        for name, employees, area in REGISTRY
    ] + [{"name": "Chamber", "kind": "business_association"}])  # fmt: skip
    project.stack.push(people)
    fid = dict(zip([r[0] for r in REGISTRY] + ["Chamber"], people.added_fids, strict=True))
    project.fid = fid

    def task(name, firms, start, status="in_progress"):
        command = AddTask({"name": name, "joint_action_type": "joint_purchasing", "status": status,
                           "start": start, "finish": start + dt.timedelta(days=60)})  # fmt: skip
        project.stack.push(command)
        project.stack.push(SetTaskStakeholders(command.fid, {fid[f]: "" for f in firms}, FIRMS))

    task("A1", ["F1", "F2"], D(2024, 6, 3))
    task("A2", ["F3"], D(2024, 9, 2), status="cancelled")
    task("A3", ["F4"], D(2025, 4, 7))
    task("A4", ["F5"], D(2024, 10, 1))

    def survey(name, round_code, held_on, answers):
        command = create_survey(project, name, round_code, held_on)
        project.stack.push(command)
        survey_id = command.rows["surveys"][0]["fid"]
        choices = [{"name": "yes", "labels": {"en": "Yes"}}, {"name": "no", "labels": {"en": "No"}}]
        project.stack.push(add_question(project, survey_id, {
            "name": "certified", "type": "select_one", "labels": json.dumps({"en": "Certified?"}),
            "choices": json.dumps(choices), "position": 10,
        }))  # fmt: skip
        question = dict(project.connection.execute(
            "SELECT name, fid FROM survey_questions WHERE survey_id = ?", (survey_id,)
        ).fetchall())  # fmt: skip
        responses, rows, columns, numbers, texts = [], [], [], [], []
        for position, (firm, values) in enumerate(answers.items()):
            responses.append({"stakeholder_id": fid[firm], "submission_id": f"{name}-{firm}"})
            for column, value in values.items():
                if isinstance(value, str):
                    numbers.append(NO)
                    texts.append(value)
                else:
                    numbers.append(value)
                    texts.append(None)
                rows.append(position)
                columns.append(question[column])
        block = AnswerColumns(np.array(rows), np.array(columns), np.array(numbers, dtype=float), texts)
        project.stack.push(AddSurveyResponses(survey_id, responses, block))

    survey("Baseline 2024", "baseline", D(2024, 2, 10), {
        "F1": {"exports": 100, "employees": 5},
        "F2": {"exports": 300, "employees": 20},
        "F3": {"exports": NO, "employees": 60},  # answered the survey, not the exports question
        "F4": {"exports": 0, "employees": 15},  # a real 0
    })  # fmt: skip
    survey("Follow-up 2025", "follow_up_1", D(2025, 3, 15), {
        "F1": {"exports": 150, "certified": "yes"},
        "F3": {"exports": 500, "certified": "no"},
        "F4": {"exports": 50, "certified": "yes"},
        "F5": {"exports": 200, "certified": ""},  # an empty choice is no answer
    })  # fmt: skip
    survey("Follow-up 2026", "follow_up_2", D(2025, 8, 1), {"F1": {"exports": 9999}})  # after today
    project.stack.clear()
    return project


def _values(project, computed, dimension=""):
    rows = computed_values(project.session.connection(), computed, "quarter", TODAY)
    return [(r["period"], r["category"], round(r["value"], 6)) for r in rows if r["dimension"] == dimension]


def test_mean_of_the_firms_that_answered(project):
    # 2024-Q1: F1 100, F2 300, F4 0 (F3 no answer, F5 no response) -> 400 / 3
    # 2025-Q1: F1 150, F3 500, F4 50, F5 200 (F2 no response) -> 900 / 4 = 225; 2025-Q3 survey after today
    assert _values(project, "survey_mean:exports") == [
        ("2024-Q1", "", round(400 / 3, 6)),
        ("2025-Q1", "", 225.0),
    ]
    # by size: 2024-Q1 micro F1 100; small F2 300 and F4 0 -> 150; medium F3 no answer -> no row
    #          2025-Q1 micro F1 150, F5 200 -> 175; small F4 50; medium F3 500
    assert _values(project, "survey_mean:exports", "firm_size") == [
        ("2024-Q1", "micro", 100.0), ("2024-Q1", "small", 150.0),
        ("2025-Q1", "micro", 175.0), ("2025-Q1", "small", 50.0), ("2025-Q1", "medium", 500.0),
    ]  # fmt: skip
    # by area: 2024-Q1 Norte F1, F2 -> 200; Sur F4 -> 0.  2025-Q1 Norte F1 150; Sur F3, F4 -> 275 (F5 no area)
    assert _values(project, "survey_mean:exports", "area") == [
        ("2024-Q1", "Norte", 200.0), ("2024-Q1", "Sur", 0.0),
        ("2025-Q1", "Norte", 150.0), ("2025-Q1", "Sur", 275.0),
    ]  # fmt: skip
    # employees only in the baseline: (5 + 20 + 60 + 15) / 4 = 25; the follow-up did not ask it of anyone
    assert _values(project, "survey_mean:employees") == [("2024-Q1", "", 25.0)]


def test_total_and_share(project):
    assert _values(project, "survey_total:exports") == [("2024-Q1", "", 400.0), ("2025-Q1", "", 900.0)]
    # exports above 0: 2024-Q1 F1, F2 of F1, F2, F4 -> 2 / 3; 2025-Q1 all four who answered -> 100 %
    assert _values(project, "survey_share:exports") == [
        ("2024-Q1", "", round(200 / 3, 6)),
        ("2025-Q1", "", 100.0),
    ]
    # certified = yes: F1, F4 of F1, F3, F4 (F5's empty answer is none) -> 2 / 3; the baseline has no answers
    assert _values(project, "survey_share:certified=yes") == [("2025-Q1", "", round(200 / 3, 6))]
    assert _values(project, "survey_share:certified=no") == [("2025-Q1", "", round(100 / 3, 6))]


def test_mean_of_participating_firms(project):
    # baseline 2024-02-10: no joint action had started -> no value
    # follow-up 2025-03-15: A1 (F1, F2) and A4 (F5) started; A2 cancelled (F3), A3 starts later (F4)
    # answered: F1 150, F5 200 (F2 no response) -> 175
    assert _values(project, "survey_mean_participants:exports") == [("2025-Q1", "", 175.0)]
    assert _values(project, "survey_mean_participants:exports", "firm_size") == [("2025-Q1", "micro", 175.0)]


def test_a_missing_question_or_formula_gives_nothing(project):
    assert _values(project, "survey_mean") == []  # no question
    assert _values(project, "survey_mean:no_such_question") == []
    assert _values(project, "survey_mean:certified") == []  # a choice question has no mean
    assert _values(project, "women_share:exports") == []  # that formula takes no question


def test_the_latest_survey_of_a_period_counts(project):
    command = create_survey(project, "Follow-up 2025 bis", "follow_up_1", D(2025, 3, 30))
    project.stack.push(command)
    survey_id = command.rows["surveys"][0]["fid"]
    exports = project.connection.execute(
        "SELECT fid FROM survey_questions WHERE survey_id = ? AND name = 'exports'", (survey_id,)
    ).fetchone()[0]
    answers = AnswerColumns(np.array([0]), np.array([exports]), np.array([80.0]), [None])
    response = [{"stakeholder_id": project.fid["F2"], "submission_id": "bis-F2"}]
    project.stack.push(AddSurveyResponses(survey_id, response, answers))
    assert _values(project, "survey_mean:exports")[-1] == ("2025-Q1", "", 80.0)


def test_the_indicator_names_its_question(project):
    add = add_result(project, {"statement": "Firms export more"})
    project.stack.push(add)
    result = add.rows["results"][0]["fid"]
    wrong = ("survey_mean", "survey_mean:nothing", "survey_mean:certified", "women_share:exports",
             "survey_share:certified=maybe", "survey_share:certified", "no_formula:exports")  # fmt: skip
    for refused in wrong:
        with pytest.raises(ValidationError):
            add_indicator(project, {"result_id": result, "name": "x", "computed": refused})
    command = add_indicator(
        project,
        {"result_id": result, "name": "Mean exports", "unit": "currency", "computed": "survey_mean:exports"},
    )
    project.stack.push(command)
    fid = command.rows["result_indicators"][0]["fid"]
    project.stack.push(update_indicator(project, fid, {"computed": "survey_share:certified=yes"}))
    series = indicator_series(project.session.connection())[fid]
    assert series.actuals == {"2025-Q1": pytest.approx(200 / 3)}
    project.stack.undo()
    series = indicator_series(project.session.connection())[fid]
    # indicator_series looks at the real today, after the third survey too
    assert series.actuals["2024-Q1"] == pytest.approx(400 / 3) and series.actuals["2025-Q1"] == 225


def test_rules_and_names_show_the_question(project):
    questions = survey_questions(project.session.connection())
    assert split_computed("survey_share:certified=yes") == ("survey_share", "certified", "yes")
    assert computed_name("survey_share:certified=yes", "en", questions) == (
        "Share of firms giving an answer: Certified? = Yes"
    )
    rule = computed_rule("survey_mean:exports", "en", questions)
    assert rule.startswith(FORMULAS["survey_mean"].rule)
    assert f"«{questions['exports'].label('en')}» (exports)" in rule
    assert "Exports" in questions["exports"].label("en")
    assert "«Yes»" in computed_rule("survey_share:certified=yes", "en", questions)
    assert computed_rule("women_share", "en", questions) == FORMULAS["women_share"].rule
    # the choices a share can use; means only numbers
    assert "certified=yes" in usable_questions(FORMULAS["survey_share"], questions)
    assert "certified" not in usable_questions(FORMULAS["survey_mean"], questions)
    assert {"exports", "sales", "employees"} <= set(usable_questions(FORMULAS["survey_mean"], questions))


def test_the_logframe_workbook_carries_the_question(project, tmp_path):
    from clusterdesk.io.logframe_xlsx import write_logframe
    from clusterdesk.io.logframe_xlsx_import import read_logframe

    add = add_result(project, {"statement": "Firms export more"})
    project.stack.push(add)
    values = {"result_id": add.rows["results"][0]["fid"], "name": "Share certified"}
    project.stack.push(add_indicator(project, {**values, "computed": "survey_share:certified=yes"}))
    path = write_logframe(project, tmp_path / "logframe.xlsx")
    cells = {c.value for row in openpyxl.load_workbook(path).worksheets[0].iter_rows() for c in row}
    assert "survey_share:certified=yes" in cells
    assert read_logframe(project, path).command is None  # read back as the same formula and question
    fid = project.connection.execute("SELECT fid FROM result_indicators").fetchone()[0]
    project.stack.push(update_indicator(project, fid, {"computed": "survey_mean:exports"}))
    imported = read_logframe(project, path)  # the file's question comes back
    project.stack.push(imported.command)
    computed = project.connection.execute("SELECT computed FROM result_indicators").fetchone()[0]
    assert computed == "survey_share:certified=yes"
