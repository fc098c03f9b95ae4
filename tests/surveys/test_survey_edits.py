"""Survey commands with undo, and what deleting or merging stakeholders does to survey responses."""

from __future__ import annotations

import numpy as np
import pytest

from clusterdesk.core.edits import DeleteStakeholders, stakeholder_row
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.project import Project
from clusterdesk.core.registry_edits import MergeStakeholders
from clusterdesk.core.survey_edits import (
    AddSurveyResponses,
    AnswerColumns,
    DeleteSurvey,
    add_question,
    create_survey,
    delete_question,
    form_id_for,
    reorder_questions,
    standard_label,
    update_question,
)
from clusterdesk.core.survey_reader import read_answers, read_questions, read_surveys
from clusterdesk.core.surveys import STANDARD_QUESTIONS, STANDARD_ROSTER_KIND

TABLES = ("surveys", "survey_questions", "survey_responses", "survey_answers", "survey_rounds")


def snapshot(project: Project) -> dict:
    return {t: project.connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


@pytest.fixture
def project(tmp_path):
    project = Project.new(None, "Tejidos", language="fr")
    from clusterdesk.core.edits import AddStakeholders

    project.stack.push(AddStakeholders([stakeholder_row({"name": f"Firm {i}"}) for i in range(4)]))
    yield project
    project.close()


def test_standard_labels_are_the_model_s_and_translated():
    for name, (_type, english) in STANDARD_QUESTIONS.items():
        assert standard_label(name, "en") == english
        assert standard_label(name, "fr") != english


def test_create_survey_with_standard_questions_and_a_new_round(project):
    before = snapshot(project)
    project.stack.push(create_survey(project, "Enquête de référence 2024", "baseline", form_version="3"))
    survey = read_surveys(project.connection)[0]
    assert (survey.form_id, survey.form_version, survey.round_code) == (
        "enquete_de_reference_2024",
        "3",
        "baseline",
    )
    questions = read_questions(project.connection, survey.fid)
    assert [q.name for q in questions] == list(STANDARD_QUESTIONS)
    cooperation = questions[-1]
    assert (cooperation.type, cooperation.choices_from, cooperation.relation_kind) == (
        "select_multiple", "registry", STANDARD_ROSTER_KIND,
    )  # fmt: skip
    assert set(cooperation.labels) == {"en", "fr"}
    assert project.connection.execute("SELECT code, position FROM survey_rounds").fetchall() == [
        ("baseline", 0)
    ]
    project.stack.push(create_survey(project, "Suivi", "follow_up_1"))
    assert project.connection.execute("SELECT code FROM survey_rounds ORDER BY position").fetchall() == [
        ("baseline",), ("follow_up_1",),
    ]  # fmt: skip
    with pytest.raises(ValidationError, match="already has a survey named Suivi"):
        create_survey(project, "Suivi", "baseline")
    project.stack.undo()
    project.stack.undo()
    assert snapshot(project) == before


def test_form_ids_are_safe_and_unique():
    assert form_id_for("Línea de base 2023") == "linea_de_base_2023"
    assert form_id_for("2024 baseline") == "survey_2024_baseline"
    assert form_id_for("Базовое обследование") == "survey"
    assert form_id_for("Baseline", ["baseline"]) == "baseline_2"


def test_questions_added_edited_reordered_deleted_with_undo(project):
    project.stack.push(create_survey(project, "Base", "baseline"))
    survey = read_surveys(project.connection)[0].fid
    start = snapshot(project)
    for bad in ("2nd", "firm", "has space", "employees"):
        with pytest.raises(ValidationError):
            add_question(project, survey, {"name": bad, "type": "integer", "labels": {"en": "X"}})
    with pytest.raises(ValidationError, match="choices"):
        add_question(project, survey, {"name": "q", "type": "select_one", "labels": {"en": "Q"}})
    with pytest.raises(ValidationError, match="cannot name a choice"):
        add_question(project, survey, {"name": "q", "type": "select_one", "labels": {"en": "Q"},
                                       "choices": [{"name": "a b", "labels": {"en": "A"}}]})  # fmt: skip
    choices = [{"name": "yes", "labels": {"en": "Yes", "fr": "Oui"}}, {"name": "no", "labels": {"en": "No"}}]
    project.stack.push(
        add_question(project, survey, {"name": "exporter", "type": "select_one", "labels": {"en": "Exports?"},
                                       "choices": choices})
    )  # fmt: skip
    added = read_questions(project.connection, survey)[-1]
    assert added.name == "exporter" and added.position == 6 and added.choices[0].label("fr") == "Oui"
    project.stack.push(update_question(project, added.fid, {"labels": {"en": "Do you export?"}}))
    assert read_questions(project.connection, survey)[-1].label("en") == "Do you export?"
    fids = [q.fid for q in read_questions(project.connection, survey)]
    project.stack.push(reorder_questions(project, survey, fids[::-1]))
    assert [q.fid for q in read_questions(project.connection, survey)] == fids[::-1]
    project.stack.push(delete_question(project, added.fid))
    assert added.fid not in [q.fid for q in read_questions(project.connection, survey)]
    for _ in range(4):
        project.stack.undo()
    assert snapshot(project) == start


def test_responses_in_bulk_then_survey_deleted_with_undo(project):
    project.stack.push(create_survey(project, "Base", "baseline"))
    survey = read_surveys(project.connection)[0].fid
    questions = {q.name: q.fid for q in read_questions(project.connection, survey)}
    start = snapshot(project)
    responses = [{"stakeholder_id": fid, "submission_id": f"s{fid}"} for fid in (1, 2, 3)]
    answers = AnswerColumns(
        np.array([0, 0, 1, 2]), np.array([questions["employees"], questions["sales"], questions["employees"],
                                          questions["cooperation"]]),
        np.array([12.0, 5000.0, 7.0, np.nan]), [None, None, None, "f_x f_y"],
    )  # fmt: skip
    project.stack.push(AddSurveyResponses(survey, responses, answers))
    stored = read_answers(project.connection, survey)
    assert stored.stakeholder_ids.tolist() == [1, 2, 3]
    assert np.array_equal(stored.columns["employees"], [12.0, 7.0, np.nan], equal_nan=True)
    assert stored.columns["cooperation"].tolist() == [None, None, "f_x f_y"]
    filled = snapshot(project)
    project.stack.push(DeleteSurvey(survey))
    assert project.connection.execute("SELECT count(*) FROM survey_answers").fetchone() == (0,)
    project.stack.undo()
    assert snapshot(project) == filled
    project.stack.undo()
    assert snapshot(project) == start
    project.stack.redo()
    assert snapshot(project) == filled


def _with_responses(project):
    project.stack.push(create_survey(project, "Base", "baseline"))
    project.stack.push(create_survey(project, "Follow", "follow_up_1"))
    base, follow = (s.fid for s in read_surveys(project.connection))
    employees = {
        s: next(q.fid for q in read_questions(project.connection, s) if q.name == "employees")
        for s in (base, follow)
    }
    # firm 1 answered both surveys, firm 2 only the baseline
    for survey, firms in ((base, (1, 2)), (follow, (1,))):
        responses = [{"stakeholder_id": f, "submission_id": f"{survey}-{f}"} for f in firms]
        answers = AnswerColumns(np.arange(len(firms)), np.full(len(firms), employees[survey]),
                                np.array([10.0 * f for f in firms]), [None] * len(firms))  # fmt: skip
        project.stack.push(AddSurveyResponses(survey, responses, answers))
    return base, follow


def test_deleting_a_stakeholder_removes_its_responses_and_undo_restores_them(project):
    _with_responses(project)
    before = snapshot(project)
    project.stack.push(DeleteStakeholders([1]))
    assert project.connection.execute("SELECT stakeholder_id FROM survey_responses").fetchall() == [(2,)]
    assert project.connection.execute("SELECT count(*) FROM survey_answers").fetchone() == (1,)
    project.stack.undo()
    assert snapshot(project) == before


def test_merging_keeps_the_survivor_s_answers_where_both_answered(project):
    base, follow = _with_responses(project)
    before = snapshot(project)
    # firm 2 survives; firm 1 is merged into it: firm 2's baseline answers stay, firm 1's follow-up moves
    project.stack.push(MergeStakeholders(2, [1]))
    rows = project.connection.execute(
        "SELECT r.survey_id, r.stakeholder_id, a.value_number FROM survey_responses r "
        "JOIN survey_answers a ON a.response_id = r.fid ORDER BY r.survey_id"
    ).fetchall()
    assert rows == [(base, 2, 20.0), (follow, 2, 10.0)]
    project.stack.undo()
    assert snapshot(project) == before
