"""Silencing a finding with a reason, reporting it apart, lifting the silence; undo of both."""

from __future__ import annotations

import datetime as dt

import pytest
from health_fixture import build_clean, task

from clusterdesk.analysis.health_checks import run_checks
from clusterdesk.core.check_silence_edits import lift_silence, silence_finding
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.project import Project


@pytest.fixture
def flawed(new_project):
    project = new_project
    build_clean(project)
    fid = task(project, "Misión comercial", start=dt.date(2022, 6, 1), cda_in_charge="Fatma Sarı")
    return project, f"plan_tasks:{fid}"


def test_a_silenced_finding_is_reported_apart_with_its_reason_and_undo_brings_it_back(flawed):
    project, target = flawed
    assert run_checks(project.connection).errors == 1
    project.stack.push(silence_finding(project, "plan.cda_not_in_team", target, "  The agency's director  "))
    assert project.stack.undo_label == "Silence plan.cda_not_in_team"
    report = run_checks(project.connection)
    assert report.errors == 0 and report.findings == []
    (silenced,) = report.silenced
    assert (silenced.check, silenced.target, silenced.reason) == (
        "plan.cda_not_in_team",
        target,
        "The agency's director",
    )
    assert silenced.silenced and silenced.as_json()["reason"] == "The agency's director"
    row = project.connection.execute(
        "SELECT check_id, target, reason, silenced_on FROM check_silences"
    ).fetchone()
    assert (
        row[:3] == ("plan.cda_not_in_team", target, "The agency's director")
        and row[3] == dt.date.today().isoformat()
    )
    project.stack.undo()
    assert run_checks(project.connection).errors == 1
    project.stack.redo()
    assert run_checks(project.connection).errors == 0


def test_lifting_a_silence_reports_the_finding_again_and_undoes(flawed):
    project, target = flawed
    project.stack.push(silence_finding(project, "plan.cda_not_in_team", target, "Known"))
    project.stack.push(lift_silence(project, "plan.cda_not_in_team", target))
    assert project.stack.undo_label == "Report plan.cda_not_in_team again"
    assert run_checks(project.connection).errors == 1
    project.stack.undo()
    assert run_checks(project.connection).silenced[0].reason == "Known"


def test_silencing_needs_a_reason_and_is_kept_in_the_file(flawed, tmp_path):
    project, target = flawed
    with pytest.raises(ValidationError, match="reason may not be empty"):
        silence_finding(project, "plan.cda_not_in_team", target, "   ")
    project.stack.push(silence_finding(project, "plan.cda_not_in_team", target, "Known"))
    with pytest.raises(ValidationError, match="already silenced"):
        silence_finding(project, "plan.cda_not_in_team", target, "Again")
    with pytest.raises(ValidationError, match="not silenced"):
        lift_silence(project, "plan.cda_not_in_team", "plan_tasks:999")
    project.save()
    with Project.open(project.path) as reopened:
        assert run_checks(reopened.connection).silenced[0].reason == "Known"


def test_a_silence_of_another_target_does_not_hide_the_finding(flawed):
    project, _target = flawed
    project.stack.push(silence_finding(project, "plan.cda_not_in_team", "plan_tasks:1", "Another task"))
    report = run_checks(project.connection)
    assert report.errors == 1 and report.silenced == []
