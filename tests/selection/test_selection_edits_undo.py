"""Editing a selection study: every command refuses bad values by field and undoes exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from clusterdesk.analysis.selection_study import evaluate
from clusterdesk.core import selection_edits as edits
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.project import Project


def _dump(project: Project) -> dict:
    return {
        table.name: project.connection.execute(f"SELECT * FROM {table.name} ORDER BY fid").fetchall()
        for table in edits.ORDER
    }


@pytest.fixture
def project():
    project = Project.new(None, "Mapa nacional", phase=1, language="es")
    yield project
    project.close()


def test_a_new_study_has_the_default_criteria_in_the_project_language(project):
    project.stack.push(edits.create_study(project, "Mapeo 2003", year=2003, base_year=1998))
    labels = [
        r[0] for r in project.connection.execute("SELECT label FROM selection_criteria ORDER BY position")
    ]
    assert len(labels) == 7 and labels[0] != "Specialisation (LQ)"
    with pytest.raises(ValidationError) as refused:
        edits.create_study(project, "Another")
    assert refused.value.field == "name"


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"name": "  "}, "name"), ({"measure": "turnover"}, "measure"), ({"base_year": 2005}, "base_year"),
     ({"year": "20x0"}, "year")],
)  # fmt: skip
def test_study_changes_are_refused_by_field(project, changes, field):
    project.stack.push(edits.create_study(project, "Mapeo", year=2003))
    with pytest.raises(ValidationError) as refused:
        edits.update_study(project, changes)
    assert refused.value.field == field


def test_every_edit_undoes_exactly(project):
    before = _dump(project)
    stack = project.stack
    stack.push(edits.create_study(project, "Mapeo", year=2003))
    rows = {
        "selection_areas": [{"code": "10", "name": "Imbabura"}, {"code": "18", "name": "Tungurahua"}],
        "selection_statistics": [
            {"area_code": "10", "sector_code": "14", "year": 2003, "value": 900.0},
            {"area_code": "18", "sector_code": "15", "year": 2003, "value": 1200.0},
        ],
    }
    stack.push(edits.import_rows(project, rows, "Import"))
    stack.push(edits.add_candidate(project, "G", "Garments of Imbabura", "14", ["10"]))
    stack.push(edits.add_candidate(project, "F", "Footwear of Tungurahua", "15", ["18", "18"]))
    candidate = {c: f for f, c in project.connection.execute("SELECT fid, code FROM selection_candidates")}
    criteria = {k: f for f, k in project.connection.execute("SELECT fid, key FROM selection_criteria")}
    stack.push(edits.set_score(project, candidate["G"], criteria["joint_action"], "4,5"))
    stack.push(edits.set_score(project, candidate["G"], criteria["joint_action"], 5))
    stack.push(edits.set_weights(project, {criteria["growth"]: 0, criteria["size"]: 4}))
    stack.push(edits.update_candidate(project, candidate["F"], {"name": "Footwear"}, ["18", "10"]))
    stack.push(edits.add_criterion(project, "exports", "Exports", "manual", 1.5, "higher"))
    stack.push(
        edits.record_decision(
            project,
            dt.date(2003, 9, 1),
            "MICIP and UNIDO",
            "Employment share",
            {candidate["G"]: "selected"},
            "{}",
        )
    )
    assert project.connection.execute(
        "SELECT status, decision_id FROM selection_candidates WHERE code = 'G'"
    ).fetchone() == ("selected", 1)
    stack.push(edits.delete_criterion(project, criteria["joint_action"]))
    stack.push(edits.delete_candidates(project, [candidate["F"]]))
    assert project.connection.execute("SELECT count(*) FROM selection_candidate_areas").fetchone()[0] == 1
    after = _dump(project)
    while stack.can_undo:
        stack.undo()
    assert _dump(project) == before
    while stack.can_redo:
        stack.redo()
    assert _dump(project) == after


def test_scores_in_the_ranking_and_their_removal(project):
    project.stack.push(edits.create_study(project, "Mapeo", year=2003))
    project.stack.push(edits.add_candidate(project, "G", "Garments", "14", ["10"]))
    project.stack.push(edits.add_candidate(project, "F", "Footwear", "15", ["18"]))
    fids = dict(project.connection.execute("SELECT code, fid FROM selection_candidates"))
    joint = project.connection.execute(
        "SELECT fid FROM selection_criteria WHERE key = 'joint_action'"
    ).fetchone()[0]
    project.stack.push(edits.set_score(project, fids["F"], joint, 3))
    evaluation = evaluate(project.connection)
    column = [c.fid for c in evaluation.criteria].index(joint)
    assert evaluation.values[evaluation.codes.index("F"), column] == 3
    project.stack.push(edits.set_score(project, fids["F"], joint, ""))
    evaluation = evaluate(project.connection)
    assert evaluation.ranking.missing[evaluation.codes.index("F"), column]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda p: edits.add_candidate(p, "", "X", "14", ["1"]), "code"),
        (lambda p: edits.add_candidate(p, "X", "X", "14x", ["1"]), "sector_code"),
        (lambda p: edits.add_candidate(p, "X", "X", "14", []), "area_code"),
        (lambda p: edits.add_criterion(p, "specialisation", "Again"), "key"),
        (lambda p: edits.add_criterion(p, "k", "K", weight=-1), "weight"),
        (lambda p: edits.add_criterion(p, "k", "K", source="guess"), "source"),
        (lambda p: edits.record_decision(p, dt.date(2003, 1, 1), "", "why", {}), "decided_by"),
        (lambda p: edits.record_decision(p, dt.date(2003, 1, 1), "who", " ", {}), "grounds"),
    ],
)
def test_bad_values_are_refused_by_field(project, call, field):
    project.stack.push(edits.create_study(project, "Mapeo"))
    with pytest.raises(ValidationError) as refused:
        call(project)
    assert refused.value.field == field
