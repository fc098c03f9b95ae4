"""The Surveys tab on a project whose surveys are built in the test (surveys_fixture): the surveys listed
with round, date and responses, the responses as a table read a page at a time, completeness equal to hand
counts, the chart's figures per round equal to hand values with an unanswered question never a zero, and
New survey… and Export form… as one undoable step and a form workbook."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from surveys_fixture import BASELINE, FOLLOW_UP, build_survey_project, open_copy, survey_fid

from clusterdesk.core import edits, survey_edits
from clusterdesk.core.survey_rounds import round_order
from clusterdesk.gui import ask
from clusterdesk.gui.surveys import SurveysTab, responses_model, survey_tab
from clusterdesk.gui.surveys.round_compare import compare_rounds


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_survey_project(tmp_path_factory.mktemp("surveys_tab") / "surveys.gpkg")


@pytest.fixture
def workspace(template, tmp_path):
    space = open_copy(template, tmp_path)
    yield space
    space.close(discard=True)


def open_tab(qtbot, workspace) -> SurveysTab:
    tab = SurveysTab(workspace)
    qtbot.addWidget(tab)
    tab.resize(1366, 420)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def cells(tab: SurveysTab) -> list[list[str]]:
    model = tab.responses
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_surveys_listed_with_round_date_and_responses(qtbot, workspace):
    tab = open_tab(qtbot, workspace)
    rows = [
        [tab.picker.topLevelItem(r).text(c) for c in (0, 1, 3)] for r in range(tab.picker.topLevelItemCount())
    ]
    assert rows == [[BASELINE, "Baseline", "4"], [FOLLOW_UP, "Follow-up 1", "3"]]
    assert all(tab.picker.topLevelItem(r).text(2) for r in range(2))  # the dates
    assert tab.survey().name == FOLLOW_UP  # the latest survey is shown first


def test_responses_of_the_chosen_survey(qtbot, workspace):
    tab = open_tab(qtbot, workspace)
    model = tab.responses
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Respondent", "Submitted", "sales"]
    employees, market = headers.index("employees"), headers.index("main_market")
    rows = {row[0]: row for row in cells(tab)}
    assert list(rows) == ["Hilados del Norte", "Moda Otavalo", "Textiles Imbabura"]  # by name
    assert [rows[n][employees] for n in rows] == ["0", "30", "12"]  # B's 0 is shown, it is an answer
    assert [rows[n][market] for n in rows] == ["Export", "", "National"]  # labels; no answer is empty
    tab.select_survey(BASELINE)
    assert model.rowCount() == 4
    assert sorted(row[employees] for row in cells(tab)) == ["", "10", "20", "40"]


def test_completeness_equals_hand_counts(qtbot, workspace):
    tab = open_tab(qtbot, workspace)
    figures = tab.completeness.figures()
    assert figures["employees"] == (3, 3) and figures["sales"] == (1, 3) and figures["main_market"] == (2, 3)
    assert figures["exports"] == (0, 3)
    tab.select_survey(BASELINE)
    figures = tab.completeness.figures()
    assert figures["employees"] == (3, 4) and figures["sales"] == (3, 4) and figures["main_market"] == (3, 4)
    assert figures["cooperation"] == (0, 4)
    assert tab.completeness.item(0, 1).text() == "3 / 4 · 75\u00a0%"  # sales, the first question


def test_chart_means_per_round_equal_hand_values(qtbot, workspace):
    tab = open_tab(qtbot, workspace)
    tab.question.setCurrentIndex(tab.question.findData("employees"))
    data = tab.chart.data
    assert [r.round_code for r in data.rounds] == ["baseline", "follow_up_1"]
    baseline, follow_up = data.rounds
    assert baseline.mean == pytest.approx(70 / 3) and baseline.median == 20  # C did not answer: not a 0
    assert follow_up.mean == 14 and follow_up.median == 12  # B answered 0: counted
    assert (baseline.answered, baseline.respondents, follow_up.answered) == (3, 4, 3)
    tab.chart.grab()
    assert "23.3" in tab.chart.drawn and "14" in tab.chart.drawn
    assert "3 of 4 answered" in tab.chart.drawn


def test_an_unanswered_question_is_no_zero(qtbot, workspace):
    tab = open_tab(qtbot, workspace)
    tab.question.setCurrentIndex(tab.question.findData("exports"))
    assert [r.mean for r in tab.chart.data.rounds] == [None, None]
    tab.chart.grab()
    assert tab.chart.drawn.count("no answers") == 2
    assert "0" not in tab.chart.drawn
    # sales: answered in both rounds, but by one firm only in the follow-up
    project = workspace.project
    sales = compare_rounds(project.connection, "sales", round_order(project.session.connection()))
    assert [r.mean for r in sales.rounds] == [200, 150]


def test_choice_shares_count_only_those_who_answered(qtbot, workspace):
    tab = open_tab(qtbot, workspace)
    tab.question.setCurrentIndex(tab.question.findData("main_market"))
    baseline, follow_up = tab.chart.data.rounds
    assert [baseline.share(c) for c in ("local", "national", "export")] == [2 / 3, 0, 1 / 3]
    assert [follow_up.share(c) for c in ("local", "national", "export")] == [0, 0.5, 0.5]
    tab.chart.grab()
    assert "67\u00a0%" in tab.chart.drawn and "Follow-up 1: 2 of 3 answered" in tab.chart.drawn


def test_large_survey_is_read_a_page_at_a_time(qtbot, workspace):
    from surveys_fixture import add_responses

    project = workspace.project
    add = edits.AddStakeholders([{"name": f"Taller {n:04d}"} for n in range(1200)])
    project.stack.push(add)
    letters = {f"x{n}": fid for n, fid in enumerate(add.added_fids)}
    survey = survey_fid(project, BASELINE)
    project.stack.push(survey_edits.create_survey(project, "Census 2025", "follow_up_2"))
    census = survey_fid(project, "Census 2025")
    add_responses(project, census, {key: {"employees": n} for n, key in enumerate(letters)}, letters)
    assert survey != census
    tab = open_tab(qtbot, workspace)
    tab.select_survey("Census 2025")
    assert tab.responses.rowCount() == 1200
    assert tab.responses.pages_read <= 2  # what is on screen, not 1,200 rows
    tab.responses.index(1150, 0).data()
    assert tab.responses.pages_read <= 3
    assert responses_model.PAGE_ROWS < 1200


def test_new_survey_is_one_undoable_step(qtbot, workspace, monkeypatch):
    tab = open_tab(qtbot, workspace)

    def fill(dialog):
        dialog.name.setText("Follow-up 2025")
        assert dialog.round.currentData() == "follow_up_2"  # the next round is proposed
        dialog.try_accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(survey_tab, "run_dialog", fill)
    tab.new_survey()
    assert tab.survey().name == "Follow-up 2025" and tab.picker.topLevelItemCount() == 3
    questions = [tab.question.itemData(i) for i in range(tab.question.count())]
    assert {"sales", "exports", "employees", "women_employees", "new_products"} <= set(questions)
    workspace.project.stack.undo()
    assert tab.picker.topLevelItemCount() == 2


def test_new_survey_refusal_stays_in_the_dialog(qtbot, workspace, monkeypatch):
    tab = open_tab(qtbot, workspace)
    seen = []

    def fill(dialog):
        dialog.name.setText(BASELINE)  # taken
        dialog.try_accept()
        seen.append(dialog.error.text())
        return False

    monkeypatch.setattr(survey_tab, "run_dialog", fill)
    tab.new_survey()
    assert BASELINE in seen[0] and tab.picker.topLevelItemCount() == 2


def test_export_form_writes_the_xlsform(qtbot, workspace, monkeypatch, tmp_path, dialogs):
    tab = open_tab(qtbot, workspace)
    target = tmp_path / "form.xlsx"
    monkeypatch.setattr(ask, "save_file_name", lambda *_args: str(target))
    assert tab.export_form() == target
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["survey", "choices", "settings"]
    names = [row[1] for row in book["survey"].iter_rows(values_only=True) if len(row) > 1]
    assert "employees" in names and "main_market" in names
    assert "form.xlsx" in dialogs.infos[-1][0]


def test_box_whiskers_stop_at_one_and_a_half_box_heights():
    import numpy as np

    from clusterdesk.gui.surveys.round_compare import RoundAnswers

    entry = RoundAnswers(1, "s", "baseline", None, 6, 5, numbers=np.array([1.0, 2, 3, 4, 100]))
    low, q1, median, q3, high, outside = entry.box()
    assert (low, q1, median, q3, high) == (1, 2, 3, 4, 4) and outside.tolist() == [100]
    assert entry.mean == 22  # the mean keeps every answer
    empty = RoundAnswers(1, "s", "baseline", None, 6, 0)
    assert empty.box() is None and empty.mean is None and empty.median is None
