"""The import wizard with a small KoboToolbox-style export: the file and its survey, the preview, the
refusal naming the bad row and column, leaving that row out, and the responses imported as one undoable
step on the worker thread."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtWidgets import QWizard
from surveys_fixture import add_market_question, build_survey_project, open_copy, stakeholder_fids, survey_fid

from clusterdesk.core import survey_edits
from clusterdesk.gui.import_wizard.survey_wizard import SurveyImportWizard, open_survey_import

SURVEY = "Follow-up 2025"


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_survey_project(tmp_path_factory.mktemp("survey_wizard") / "surveys.gpkg")


@pytest.fixture
def workspace(template, tmp_path):
    space = open_copy(template, tmp_path)
    project = space.project
    project.stack.push(survey_edits.create_survey(project, SURVEY, "follow_up_2", dt.date(2025, 3, 1)))
    add_market_question(project, survey_fid(project, SURVEY))
    yield space
    space.close(discard=True)


def kobo_export(project, path, employees_of_b: str = "many"):
    """A Kobo-style export (semicolon-separated, group paths, _uuid): firms A and E fine, B's employees
    not a number (file row 3)."""
    uuids = dict(project.connection.execute("SELECT fid, uuid FROM stakeholders"))
    fids = stakeholder_fids(project)

    def choice(letter):
        return "f_" + uuid.UUID(uuids[fids[letter]]).hex

    lines = [
        "start;end;firm;answers/employees;answers/sales;answers/main_market;_uuid;_submission_time;_index",
        f"2025-03-01T09:00;2025-03-01T09:20;{choice('A')};14;180.5;export;{uuid.uuid4()};2025-03-01T14:00:00;1",
        f"2025-03-01T10:00;2025-03-01T10:20;{choice('B')};{employees_of_b};;local;{uuid.uuid4()};"
        "2025-03-01T15:00:00;2",
        f"2025-03-02T09:00;2025-03-02T09:20;{choice('E')};31;;national;{uuid.uuid4()};2025-03-02T14:00:00;3",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def walk_to_review(qtbot, wizard: SurveyImportWizard):
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.source_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=10000)
    assert wizard.preview_page.preview.rowCount() == 3
    wizard.next()
    review = wizard.review_page
    qtbot.waitUntil(lambda: not review.progress.running, timeout=10000)
    return review


def problem_rows(review) -> list[tuple[str, str, str]]:
    table = review.problems
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def test_refusal_names_the_row_then_the_good_rows_import_in_one_step(qtbot, workspace, tmp_path):
    project = workspace.project
    export = kobo_export(project, tmp_path / "export.csv")
    wizard = SurveyImportWizard(project, SURVEY, export)
    qtbot.addWidget(wizard)
    assert wizard.survey_name() == SURVEY
    review = walk_to_review(qtbot, wizard)
    rows = problem_rows(review)
    assert len(rows) == 1
    row, column, reason = rows[0]
    assert row == "3" and "employees" in column and reason
    assert not review.isComplete()  # nothing can be imported while a row has a problem
    assert review.skip.isVisible()
    review.skip.setChecked(True)  # leave row 3 out
    qtbot.waitUntil(lambda: review.isComplete(), timeout=10000)
    assert review.imported.added == 2
    assert [r[0] for r in problem_rows(review)] == ["3"] and problem_rows(review)[0][2].startswith("Left out")
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Import 2 responses"
    wizard.accept()
    survey = survey_fid(project, SURVEY)
    answers = dict(
        project.connection.execute(
            "SELECT s.name, a.value_number FROM survey_answers a "
            "JOIN survey_responses r ON r.fid = a.response_id "
            "JOIN survey_questions q ON q.fid = a.question_id "
            "JOIN stakeholders s ON s.fid = r.stakeholder_id "
            "WHERE r.survey_id = ? AND q.name = 'employees'",
            (survey,),
        )
    )
    assert answers == {"Textiles Imbabura": 14, "Moda Otavalo": 31}
    project.stack.undo()  # one step takes the whole import back
    count = project.connection.execute("SELECT count(*) FROM survey_responses WHERE survey_id = ?", (survey,))
    assert count.fetchone()[0] == 0


def test_a_clean_export_imports_without_asking(qtbot, workspace, tmp_path):
    project = workspace.project
    export = kobo_export(project, tmp_path / "clean.csv", employees_of_b="22")
    wizard = SurveyImportWizard(project, SURVEY, export)
    qtbot.addWidget(wizard)
    review = walk_to_review(qtbot, wizard)
    assert review.isComplete() and review.imported.added == 3 and not review.problems_found
    assert not review.skip.isVisible()
    wizard.accept()
    survey = survey_fid(project, SURVEY)
    count = project.connection.execute("SELECT count(*) FROM survey_responses WHERE survey_id = ?", (survey,))
    assert count.fetchone()[0] == 3
    # the same export again adds nothing
    again = SurveyImportWizard(project, SURVEY, export)
    qtbot.addWidget(again)
    review = walk_to_review(qtbot, again)
    assert review.imported.added == 0 and not review.isComplete()
    assert "already" in review.summary.text()


def test_without_a_survey_the_import_says_where_to_add_one(qtbot, tmp_path, dialogs):
    from clusterdesk.core.project import Project

    project = Project.new(tmp_path / "empty.gpkg", "Empty", country="EC")
    try:
        assert open_survey_import(_parent(qtbot), project) is None
        assert "Surveys" in dialogs.infos[-1][0]
    finally:
        project.close()


def _parent(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    return widget
