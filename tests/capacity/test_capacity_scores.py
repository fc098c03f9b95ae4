"""Scoring, aggregation, completeness, gaps and the commands behind them, without Qt."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from clusterdesk.analysis import capacity_scores as cs
from clusterdesk.core.capacity import round_sort_key
from clusterdesk.core.capacity_edits import (
    ASSESSMENTS,
    SCORES,
    AssessmentInput,
    DeleteAssessments,
    SaveAssessments,
    SetScore,
    SetTarget,
)
from clusterdesk.core.capacity_framework import IndicatorSpec
from clusterdesk.core.capacity_framework_edits import AddIndicator, DeleteIndicator, SetRubricText
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.plan import PlanTask, PlanTaskResponsible
from clusterdesk.core.plan_edits import AddTask
from conftest import assert_valid_project, english_words

CHAMBER, UNIVERSITY, SCHOOL = 1, 2, 3


def scores(framework, value, **overrides):
    """Every indicator at `value`, except indicator codes given as D1_1=... (None leaves one unscored)."""
    given = {i.fid: (value, f"seen {i.code}") for i in framework.indicators}
    by_code = {i.code: i.fid for i in framework.indicators}
    for code, score in overrides.items():
        given[by_code[code.replace("_", ".")]] = (score, None)
    return given


def assess(project, framework, institution, round_code, given, day=None):
    item = AssessmentInput(
        framework.fid, institution, round_code, given, assessed_on=day, assessor="Field team"
    )
    project.stack.push(SaveAssessments([item]))


def test_default_framework_has_seven_dimensions_with_rubrics(framework):
    assert len(framework.dimensions) == 7
    assert all(2 <= len(d.indicators) <= 4 for d in framework.dimensions)
    assert all(sorted(i.levels) == [1, 2, 3, 4, 5] and all(i.levels.values()) for i in framework.indicators)
    names = [d.name for d in framework.dimensions]
    assert names[0] == "Responsiveness to the cluster's demand" and names[-1] == "Monitoring capacity"


def test_complete_assessment_scores_dimensions_and_overall(capacity_project, framework):
    # D1 has three indicators: 1, 2, 3 -> 2.0; everything else 4
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 4, D1_1=1, D1_2=2, D1_3=3))
    [result] = cs.results_by_institution(capacity_project, framework)[CHAMBER]
    assert result.complete and result.completeness == 1.0
    assert result.dimensions[0].score == pytest.approx(2.0)
    assert result.dimensions[1].score == pytest.approx(4.0)
    assert result.overall == pytest.approx((2.0 + 6 * 4.0) / 7)  # dimensions weigh equally


def test_incomplete_assessment_is_never_averaged_as_complete(capacity_project, framework):
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 5, D2_2=None))
    [result] = cs.results_by_institution(capacity_project, framework)[CHAMBER]
    assert not result.complete
    assert (result.scored, result.total) == (19, 20)
    d2 = result.dimensions[1]
    assert (d2.scored, d2.total, d2.score) == (2, 3, None)
    assert result.dimensions[0].score == 5.0  # complete dimensions keep their score
    assert result.overall is None


def test_map_scores_come_from_the_latest_complete_round(capacity_project, framework):
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 2))
    assess(capacity_project, framework, CHAMBER, "mid_term", scores(framework, 3, D7_2=None))
    assess(capacity_project, framework, UNIVERSITY, "baseline", scores(framework, 3, D1_1=None))
    values = cs.institution_scores(capacity_project)
    assert values == {CHAMBER: pytest.approx(2.0), UNIVERSITY: None}  # the school was not assessed
    assess(capacity_project, framework, CHAMBER, "final", scores(framework, 4))
    assert cs.institution_scores(capacity_project)[CHAMBER] == pytest.approx(4.0)


def test_rounds_sort_in_time_order():
    codes = ["final", "2026-03-01", "mid_term", "baseline", "2025-11-15"]
    assert sorted(codes, key=round_sort_key) == ["baseline", "mid_term", "2025-11-15", "2026-03-01", "final"]


def test_gaps_use_targets_and_name_the_weakest_indicators(capacity_project, framework):
    d1, d3 = framework.dimensions[0], framework.dimensions[2]
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 4, D1_1=1, D1_2=3, D1_3=4))
    assess(capacity_project, framework, SCHOOL, "baseline", scores(framework, 3, D3_1=None))
    capacity_project.stack.push(SetTarget(d3.fid, SCHOOL, 5.0))
    found = cs.gaps(capacity_project, framework)
    by_key = {(g.institution_id, g.dimension.fid): g for g in found}
    chamber_d1 = by_key[(CHAMBER, d1.fid)]
    assert chamber_d1.gap == pytest.approx(4.0 - 8 / 3)
    assert [(i.code, s) for i, s in chamber_d1.weakest] == [("D1.1", 1), ("D1.2", 3)]
    assert (SCHOOL, d3.fid) not in by_key, "a dimension never completed has no gap"
    assert by_key[(SCHOOL, d1.fid)].gap == pytest.approx(1.0)
    assert all(g.institution_id != CHAMBER or g.dimension.fid == d1.fid for g in found), "no gap at target"
    assert [g.gap for g in found] == sorted((g.gap for g in found), reverse=True)
    capacity_project.stack.push(SetTarget(d1.fid, None, 3.0))  # a lower target for every institution

    def gap_keys():
        return {(g.institution_id, g.dimension.fid) for g in cs.gaps(capacity_project, framework)}

    assert (SCHOOL, d1.fid) not in gap_keys()
    capacity_project.stack.undo()
    assert (SCHOOL, d1.fid) in gap_keys()


def test_a_gap_becomes_an_institutional_support_action_led_by_the_institution(capacity_project, framework):
    project = capacity_project
    project.stack.push(AddTask({"name": "Stronger institutions", "start": dt.date(2026, 1, 5)}))
    objective = project.stack._done[-1].fid
    action = {"name": "Train advisers", "parent_id": objective, "joint_action_type": "institutional_support"}
    project.stack.push(AddTask({**action, "start": dt.date(2026, 1, 5)}))
    assess(project, framework, UNIVERSITY, "baseline", scores(framework, 4, D3_2=2))
    gap = next(g for g in cs.gaps(project, framework) if g.institution_id == UNIVERSITY)
    command = cs.action_for_gap(gap, start=dt.date(2026, 2, 2))
    project.stack.push(command)
    task = project.session.get(PlanTask, command.task_id)
    name = task.name
    assert task.joint_action_type == "institutional_support"
    assert task.parent_id == objective and task.kind == "action"
    assert "Staff competence" in task.description and "D3.2" in task.description
    assert task.name == "Strengthen staff competence: Universidad Técnica"
    lead = project.session.execute(select(PlanTaskResponsible).where(PlanTaskResponsible.task_id == task.fid))
    assert [(r.stakeholder_id, r.role) for r in lead.scalars()] == [(UNIVERSITY, "lead")]
    project.stack.undo()
    assert project.session.get(PlanTask, command.task_id) is None
    assert project.counts()["plan_task_responsibles"] == 0
    project.stack.redo()
    assert project.session.get(PlanTask, command.task_id).name == name
    project.save()
    assert_valid_project(project.path)


def test_saving_a_round_again_replaces_it_and_undo_brings_it_back(capacity_project, framework):
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 2))
    uuid = capacity_project.session.execute(select(ASSESSMENTS.c.uuid)).scalar()
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 3))
    rows = capacity_project.session.execute(select(ASSESSMENTS.c.uuid)).scalars().all()
    assert rows == [uuid]
    assert set(capacity_project.session.execute(select(SCORES.c.score)).scalars()) == {3}
    capacity_project.stack.undo()
    assert set(capacity_project.session.execute(select(SCORES.c.score)).scalars()) == {2}
    capacity_project.stack.redo()
    assert set(capacity_project.session.execute(select(SCORES.c.score)).scalars()) == {3}


def test_single_score_edits_and_assessment_deletion_undo(capacity_project, framework):
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 2, D1_1=None))
    assessment = capacity_project.session.execute(select(ASSESSMENTS.c.fid)).scalar()
    d11 = framework.indicators[0].fid
    capacity_project.stack.push(SetScore(assessment, d11, 4, "needs survey 2025"))
    [result] = cs.results_by_institution(capacity_project, framework)[CHAMBER]
    assert result.complete and result.assessment.evidence[d11] == "needs survey 2025"
    capacity_project.stack.undo()
    assert not cs.results_by_institution(capacity_project, framework)[CHAMBER][0].complete
    capacity_project.stack.push(DeleteAssessments([assessment]))
    assert cs.results_by_institution(capacity_project, framework) == {}
    capacity_project.stack.undo()
    assert len(cs.results_by_institution(capacity_project, framework)[CHAMBER][0].assessment.scores) == 20


def test_bad_values_are_refused_with_the_field_named(capacity_project, framework):
    with pytest.raises(ValidationError, match="score: 6 is outside the scale 1-5"):
        assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 6))
    with pytest.raises(ValidationError, match="round: 'midterm'"):
        assess(capacity_project, framework, CHAMBER, "midterm", scores(framework, 3))
    with pytest.raises(ValidationError, match="institution: stakeholder 99"):
        assess(capacity_project, framework, 99, "baseline", scores(framework, 3))
    assert capacity_project.counts()["capacity_assessments"] == 0


def test_framework_edits_keep_old_assessments_honest(capacity_project, framework):
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 3))
    d7 = framework.dimensions[-1]
    new = IndicatorSpec("D7.3", "Learning from results", ("a", "b", "c", "d", "e"))
    capacity_project.stack.push(AddIndicator(d7.fid, new))
    edited = cs.load_framework(capacity_project)
    [result] = cs.results_by_institution(capacity_project, edited)[CHAMBER]
    assert result.dimensions[-1].score is None and result.overall is None, "a new indicator is not yet scored"
    added = edited.dimensions[-1].indicators[-1]
    capacity_project.stack.push(SetRubricText(added.fid, 3, "Results are discussed once a year."))
    assert cs.load_framework(capacity_project).dimensions[-1].indicators[-1].levels[3].startswith("Results")
    first = framework.indicators[0]
    capacity_project.stack.push(DeleteIndicator(first.fid))
    assert capacity_project.counts()["capacity_scores"] == 19
    capacity_project.stack.undo()
    assert capacity_project.counts()["capacity_scores"] == 20
    capacity_project.save()
    assert_valid_project(capacity_project.path)


def test_deleting_an_institution_removes_its_assessments_and_undo_restores_them(capacity_project, framework):
    from clusterdesk.core.edits import DeleteStakeholders

    assess(capacity_project, framework, SCHOOL, "baseline", scores(framework, 2))
    assess(capacity_project, framework, CHAMBER, "baseline", scores(framework, 3))
    capacity_project.stack.push(SetTarget(framework.dimensions[0].fid, SCHOOL, 5.0))
    capacity_project.stack.push(DeleteStakeholders([SCHOOL]))
    def counts():
        found = capacity_project.counts()
        return found["capacity_assessments"], found["capacity_scores"], found["capacity_targets"]

    assert counts() == (1, 20, 0)
    capacity_project.stack.undo()
    assert counts() == (2, 40, 1)
    capacity_project.save()
    assert_valid_project(capacity_project.path)


def test_framework_commands_redo_exactly_what_they_did(new_project):
    from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
    from clusterdesk.core.capacity_framework_edits import AddFramework

    command = AddFramework(SUPPORT_INSTITUTION_FRAMEWORK)
    new_project.stack.push(command)
    first = cs.load_framework(new_project)
    new_project.stack.undo()
    assert cs.load_framework(new_project) is None and new_project.counts()["capacity_rubric_levels"] == 0
    new_project.stack.redo()
    assert cs.load_framework(new_project) == first
    with pytest.raises(ValidationError, match="already exists"):
        new_project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
    new_project.stack.push(AddIndicator(first.dimensions[0].fid, IndicatorSpec("D1.4", "Extra", ("a",) * 5)))
    new_project.stack.undo()
    new_project.stack.redo()
    assert [i.code for i in cs.load_framework(new_project).dimensions[0].indicators][-1] == "D1.4"
    new_project.save()
    assert_valid_project(new_project.path)


def test_an_action_for_a_gap_is_written_in_the_projects_language(capacity_project, framework):
    from clusterdesk.core.capacity_framework_labels import dimension_name, rubric_text

    project = capacity_project
    assess(project, framework, UNIVERSITY, "baseline", scores(framework, 4, D3_2=2))
    gap = next(g for g in cs.gaps(project, framework) if g.institution_id == UNIVERSITY)
    command = cs.action_for_gap(gap, language="ru")
    dimension = dimension_name("D3", "Staff competence", "ru")
    assert command.name == f"Укрепить направление «{dimension.lower()}»: Universidad Técnica"
    indicator = next(i for i in gap.dimension.indicators if i.code == "D3.2")
    aim = min(5, int(-(-gap.target // 1)))
    assert rubric_text("D3.2", aim, indicator.levels[aim], "ru") in command.description
    assert "Исходная" in command.description and "с 2 до" in command.description
    assert english_words(command.description.replace("D3.2", "")) == []
    # A rubric someone rewrote is quoted as written
    indicator.levels[aim] = "Advisers coach firms on their own"
    assert "Advisers coach firms on their own" in cs.action_for_gap(gap, language="ru").description
