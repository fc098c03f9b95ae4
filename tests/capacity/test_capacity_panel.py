"""The capacity panel: radar rounds, comparison, gaps turned into plan actions, imports, map selection."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from clusterdesk.analysis.capacity_scores import load_framework
from clusterdesk.core.capacity_edits import AssessmentInput, SaveAssessments
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.capacity import CapacityPanel
from clusterdesk.gui.capacity.radar_chart import round_colour
from clusterdesk.io.capacity_xlsx import COLUMNS, write_template

CHAMBER, UNIVERSITY = 1, 2


@pytest.fixture
def workspace(capacity_project, tmp_path):
    framework = load_framework(capacity_project)
    low = {i.fid: (2, None) for i in framework.indicators}
    better = {i.fid: (3, None) for i in framework.indicators}
    partial = dict(better)
    partial[framework.indicators[-1].fid] = (None, "records not shown")
    capacity_project.stack.push(SaveAssessments([
        AssessmentInput(framework.fid, CHAMBER, "baseline", low, assessed_on=dt.date(2025, 3, 1)),
        AssessmentInput(framework.fid, CHAMBER, "mid_term", partial, assessed_on=dt.date(2026, 3, 1)),
        AssessmentInput(framework.fid, UNIVERSITY, "baseline", better, assessed_on=dt.date(2025, 3, 5)),
    ]))  # fmt: skip
    capacity_project.save()
    space = Workspace(RecentFiles(tmp_path / "recent.json"))
    space.open(capacity_project.path)
    yield space
    space.close(discard=True)


@pytest.fixture
def panel(qtbot, workspace):
    widget = CapacityPanel(workspace)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colour_pixels(widget, colour: str) -> int:
    image = widget.grab().toImage()
    wanted = QColor(colour)
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y) == wanted
    )


def test_radar_overlays_rounds_and_marks_the_incomplete_one(panel):
    panel.institution.setCurrentIndex(panel.institution.findData(CHAMBER))
    labels = [s.label for s in panel.radar.series]
    assert labels == ["Baseline, 01 Mar 2025 · overall 2.0", "Mid-term, 01 Mar 2026"]
    baseline, mid_term = panel.radar.series
    assert baseline.complete and not mid_term.complete
    assert mid_term.note == "incomplete: 19 of 20 indicators scored"
    assert mid_term.values[-1] is None and mid_term.values[0] == 3.0
    assert panel.radar.target == (4.0,) * 7
    assert (
        colour_pixels(panel.radar, round_colour(0)) > 20 and colour_pixels(panel.radar, round_colour(1)) > 20
    )


def test_comparison_shows_latest_rounds_and_no_overall_for_incomplete(panel):
    model = panel.comparison_model
    assert [r.assessment.institution_name for r in model.rows] == [
        "Cámara de Comercio",
        "Universidad Técnica",
    ]
    overall = model.columnCount() - 1
    assert model.index(0, overall).data() == "incomplete"
    assert model.index(1, overall).data() == "3.0"
    assert model.index(0, 2).data() == "19/20"
    assert "1 of 2 indicators scored" in model.index(0, overall - 1).data(Qt.ItemDataRole.ToolTipRole)


def test_gap_becomes_an_action_and_undo_takes_it_back(panel, workspace, qtbot):
    gaps = panel.gap_model.gaps
    assert gaps and all(g.gap > 0 for g in gaps)
    assert panel.gap_model.rowCount() == len(gaps)
    panel.gap_table.selectRow(0)
    task_id = panel.create_action_for_selected_gap(start=dt.date(2026, 6, 1))
    project = workspace.project
    task = project.session.get(PlanTask, task_id)
    assert task.joint_action_type == "institutional_support"
    assert task.name.startswith("Strengthen ") and gaps[0].institution_name in task.name
    assert "Added to the action plan" in panel.message.text()
    assert 0 in panel.gap_model.planned and panel.gap_model.index(0, 6).data() == "yes"
    panel.gap_table.selectRow(0)
    assert panel.create_action_for_selected_gap() is None, "the same action is not added twice"
    assert "already has an action" in panel.message.text()
    workspace.undo()
    assert not panel.gap_model.planned
    assert project.session.get(PlanTask, task_id) is None


def test_a_bad_template_is_explained_and_nothing_changes(panel, workspace, tmp_path):
    path = write_template(workspace.project, tmp_path / "t.xlsx", "final")
    book = openpyxl.load_workbook(path)
    book["Scores"].cell(3, COLUMNS.index("Score") + 1).value = 9
    book.save(path)
    before = workspace.project.counts()["capacity_assessments"]
    assert not panel.import_from(path)
    assert "row 3, Score: must be a whole number from 1 to 5" in panel.message.text()
    assert workspace.project.counts()["capacity_assessments"] == before
    book["Scores"].cell(3, COLUMNS.index("Score") + 1).value = 4
    book.save(path)
    assert panel.import_from(path)
    assert workspace.project.counts()["capacity_assessments"] == before + 1
    assert panel.institution.count() == 2, "the panel refreshed after the import"


def test_choosing_an_institution_selects_it_on_the_map(panel, workspace):
    position = panel.institution.findData(UNIVERSITY)
    panel.institution.setCurrentIndex(position)
    panel.institution.activated.emit(position)
    assert workspace.selection.fids == {UNIVERSITY}


def test_a_project_without_framework_offers_the_default(qtbot, new_project, tmp_path):
    space = Workspace(RecentFiles(tmp_path / "recent.json"))
    space.open(new_project.path)
    widget = CapacityPanel(space)
    qtbot.addWidget(widget)
    assert not widget.add_framework.isHidden()
    assert "No assessment framework" in widget.radar.empty_text
    widget.install_default_framework()
    assert widget.add_framework.isHidden()
    assert space.project.stack.undo_label == "Add framework Support institution capacity"
    space.close(discard=True)


def test_assessment_dialog_corrects_a_round_against_the_rubric(panel, workspace, qtbot):
    from clusterdesk.core.capacity_edits import SaveAssessments

    dialog = panel.assessment_dialog()
    qtbot.addWidget(dialog)
    dialog.institution.setCurrentIndex(dialog.institution.findData(CHAMBER))
    dialog.round.setCurrentIndex(dialog.round.findData("mid_term"))
    last = len(dialog.indicators) - 1
    assert dialog.score_box(0).currentText() == "3", "the existing round is shown for correction"
    assert dialog.score_box(last).currentText() == "—"
    assert dialog.table.item(last, 2).text() == "records not shown"
    dialog.set_score(last, 2, "client list seen")
    dialog.table.setCurrentCell(last, 1)
    assert "<b>2</b>" in dialog.rubric.text() and "background" in dialog.rubric.text()
    item = dialog.assessment()
    assert item.round == "mid_term" and item.institution_id == CHAMBER and len(item.scores) == 20
    panel._push(SaveAssessments([item]))
    chamber = next(r for r in panel.comparison_model.rows if r.assessment.institution_id == CHAMBER)
    assert chamber.complete and chamber.overall is not None
    dialog.round.setEditText("second visit")
    dialog._accept_if_valid()
    assert "YYYY-MM-DD" in dialog.problem.text()


def test_editing_a_target_in_the_gap_table_is_one_undoable_step(panel, workspace, qtbot):
    model = panel.gap_model
    row = next(n for n, g in enumerate(model.gaps) if g.institution_id == UNIVERSITY)
    gap = model.gaps[row]
    before = len(model.gaps)
    assert model.flags(model.index(row, model.TARGET)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row, model.TARGET), "2,5")  # a decimal comma is understood
    qtbot.waitUntil(lambda: len(panel.gap_model.gaps) == before - 1)  # 3.0 already meets a target of 2.5
    dimension = gap.dimension.name.lower()
    assert workspace.project.stack.undo_label == f"Set target of Universidad Técnica on {dimension}"
    assert not model.setData(model.index(0, model.TARGET), "high")
    assert model.setData(model.index(0, model.TARGET), "7")
    qtbot.waitUntil(lambda: "target: 7.0 is outside the scale 1-5" in panel.message.text())
    workspace.undo()
    assert len(panel.gap_model.gaps) == before


def test_framework_dialog_renames_rewrites_rubric_adds_and_deletes(panel, workspace, qtbot):
    dialog = panel.framework_dialog()
    qtbot.addWidget(dialog)
    first = dialog.tree.topLevelItem(0).child(0)
    dialog.tree.setCurrentItem(first)
    assert dialog.name.text() == "Knowledge of firms' needs" and dialog.levels[0].isEnabled()
    dialog.name.setText("Knowledge of members' needs")
    dialog.levels[2].setPlainText("A survey every two years.")
    dialog.apply_changes()
    framework = load_framework(workspace.project)
    indicator = framework.indicators[0]
    assert indicator.name == "Knowledge of members' needs"
    assert indicator.levels[3] == "A survey every two years."
    assert workspace.project.stack.undo_label == "Edit Knowledge of members' needs"
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(6))  # Monitoring capacity
    dialog.add_indicator()
    assert dialog.current().code == "D7.3" and dialog.name.text() == "New indicator"
    assert panel.comparison_model.index(1, 3 + 6).data() == "—", "a new indicator leaves D7 unscored"
    dialog.delete_indicator()
    assert [i.code for i in load_framework(workspace.project).dimensions[-1].indicators] == ["D7.1", "D7.2"]
    workspace.undo()
    workspace.undo()
    workspace.undo()
    assert load_framework(workspace.project).indicators[0].name == "Knowledge of firms' needs"


def test_comparison_of_one_round_across_institutions(panel):
    choices = [panel.compared_round.itemText(n) for n in range(panel.compared_round.count())]
    assert choices == ["Latest of each institution", "Baseline", "Mid-term"]
    panel.compared_round.setCurrentIndex(1)
    rows = panel.comparison_model.rows
    assert [(r.assessment.institution_id, r.assessment.round) for r in rows] == [
        (CHAMBER, "baseline"),
        (UNIVERSITY, "baseline"),
    ]
    panel.refresh()
    assert panel.compared_round.currentText() == "Baseline", "a refresh keeps the chosen round"
    panel.compared_round.setCurrentIndex(2)
    assert [r.assessment.institution_id for r in panel.comparison_model.rows] == [CHAMBER]
