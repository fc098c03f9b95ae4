"""The Gantt panel: drag a bar to move it, drag onto another bar to link, undo both; table edits,
filters and the map selection."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from clusterdesk.core.plan import PlanLink, PlanTask
from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.plan import GanttPanel
from clusterdesk.gui.plan.gantt_chart import ZOOMS
from clusterdesk.gui.plan.plan_table_model import COLUMNS


@pytest.fixture
def panel(qtbot, planned_project):
    workspace = Workspace()
    workspace.open(planned_project.path)
    widget = GanttPanel(workspace)
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.zoom.setCurrentIndex(list(ZOOMS).index("days"))
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    workspace.close(discard=True)


def row_index(panel, name):
    return next(i for i, row in enumerate(panel.chart.rows) if row.name == name)


def bar_centre(panel, name) -> QPoint:
    index = row_index(panel, name)
    panel.chart.scroll_to_day(panel.chart.rows[index].start)
    return panel.chart.bar_rect(index).center().toPoint()


def drag(viewport, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    steps = 6
    for step in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * step / steps)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def task(panel, name) -> PlanTask:
    project = panel.workspace.project
    project.session.expire_all()
    return project.session.query(PlanTask).filter_by(name=name).one()


def test_drag_a_bar_moves_the_task_and_undo_puts_it_back(panel):
    before = task(panel, "Pattern-making curriculum").start
    start = bar_centre(panel, "Pattern-making curriculum")
    drag(panel.chart.viewport(), start, start + QPoint(round(7 * ZOOMS["days"]), 0))  # one week later
    moved = task(panel, "Pattern-making curriculum")
    assert moved.start == before + dt.timedelta(days=7)
    assert panel.workspace.project.stack.undo_label == "Move Pattern-making curriculum"
    row = panel.chart.rows[row_index(panel, "Pattern-making curriculum")]
    assert row.start == (moved.start - dt.date(1970, 1, 1)).days  # the chart shows the new dates
    panel.workspace.undo()
    assert task(panel, "Pattern-making curriculum").start == before


def test_drag_a_bar_onto_another_links_them_and_undo_unlinks(panel):
    project = panel.workspace.project
    panel.zoom.setCurrentIndex(list(ZOOMS).index("weeks"))
    count = project.session.query(PlanLink).count()
    start = bar_centre(panel, "Pattern-making curriculum")
    target_row = row_index(panel, "Expoferia Atuntaqui 2027")
    panel.chart.scroll_to_day(panel.chart.rows[row_index(panel, "Pattern-making curriculum")].start)
    target = panel.chart.bar_rect(target_row).center().toPoint()
    assert panel.chart.viewport().rect().contains(target), "both bars are on screen"
    drag(panel.chart.viewport(), start, target)
    assert project.stack.undo_label == "Link Pattern-making curriculum to Expoferia Atuntaqui 2027"
    assert project.session.query(PlanLink).count() == count + 1
    pair = (task(panel, "Pattern-making curriculum").fid, task(panel, "Expoferia Atuntaqui 2027").fid)
    assert any(link[1:3] == pair for link in panel.data.links)  # fmt: skip
    panel.workspace.undo()
    assert project.session.query(PlanLink).count() == count


def test_a_link_that_would_loop_is_explained_not_made(panel):
    start = bar_centre(panel, "Collective brand design")
    target = panel.chart.bar_rect(row_index(panel, "Market study, Colombia")).center().toPoint()
    drag(panel.chart.viewport(), start, target)
    assert "loop" in panel.message.text()


def test_table_edits_are_commands_and_bad_values_are_explained(panel):
    row = next(i for i, r in enumerate(panel.model.rows) if r.name == "Shared laser cutter at the chamber")
    days = panel.model.index(row, COLUMNS.index("Days"))
    assert panel.model.setData(days, "8")
    assert task(panel, "Shared laser cutter at the chamber").duration_days == 8
    assert panel.workspace.project.stack.undo_label == "Resize Shared laser cutter at the chamber"
    start = panel.model.index(row, COLUMNS.index("Start"))
    assert not panel.model.setData(start, "3/1/2027")
    assert "Start needs a date as YYYY-MM-DD" in panel.message.text()


def test_filters_keep_the_outline_and_selection_highlights_firms(panel):
    panel.filters["joint"].setCurrentIndex(panel.filters["joint"].findData("training"))
    names = [row.name for row in panel.model.rows]
    assert names == ["Skilled workforce for the garment firms", "Pattern-making curriculum"]
    panel.filters["joint"].setCurrentIndex(0)
    index = next(i for i, r in enumerate(panel.model.rows) if r.name == "Joint marketing strategy")
    panel.table.selectRow(index)
    assert len(panel.workspace.selection) == 2  # its two participating firms


def test_every_zoom_paints(panel):
    for position in range(panel.zoom.count()):
        panel.zoom.setCurrentIndex(position)
        image = panel.chart.viewport().grab().toImage()
        assert not image.isNull()


def test_drag_the_end_of_a_bar_resizes_the_task(panel):
    name = "Shared laser cutter at the chamber"
    index = row_index(panel, name)
    panel.chart.scroll_to_day(panel.chart.rows[index].start)
    rect = panel.chart.bar_rect(index)
    grip = QPoint(round(rect.right()) - 2, round(rect.center().y()))
    drag(panel.chart.viewport(), grip, grip + QPoint(round(7 * ZOOMS["days"]), 0))  # a week longer
    assert task(panel, name).duration_days == 10  # five working days more
    assert panel.workspace.project.stack.undo_label == f"Resize {name}"
    panel.workspace.undo()
    assert task(panel, name).duration_days == 5


def button(panel, text):
    """A toolbar command, whether shown as a button or folded into the "More" menu."""
    return next(a for a in panel.findChildren(QAction) if a.text() == text)


def test_toolbar_adds_indents_unlinks_and_deletes(panel):
    rows = len(panel.model.rows)
    panel.table.selectRow(row_index(panel, "Pattern-making curriculum"))
    button(panel, "Add").trigger()
    assert len(panel.model.rows) == rows + 1
    added = panel.selected_task()
    assert panel.workspace.project.stack.undo_label == "Add New task"
    button(panel, "Indent").trigger()
    assert task(panel, "New task").parent_id == task(panel, "Shared laser cutter at the chamber").fid
    panel.table.selectRow(row_index(panel, "Shared laser cutter at the chamber"))
    button(panel, "Unlink").trigger()
    assert panel.workspace.project.stack.undo_label == "Remove 2 links"
    button(panel, "Delete").trigger()
    assert panel.workspace.project.stack.undo_label == "Delete Shared laser cutter at the chamber"
    assert added not in {row.fid for row in panel.model.rows}  # went with its parent
    for _ in range(4):
        panel.workspace.undo()
    assert len(panel.model.rows) == rows


def test_details_dialog_makes_one_undoable_edit(panel, qtbot):
    from clusterdesk.gui.plan.task_dialog import TaskDialog

    project = panel.workspace.project
    fid = task(panel, "Pattern-making curriculum").fid
    dialog = TaskDialog(project, fid, panel)
    qtbot.addWidget(dialog)
    assert dialog.command() is None  # nothing changed yet
    dialog.joint.setCurrentIndex(dialog.joint.findData("quality_standards"))
    dialog.budget["budget_donor"].setValue(7000)
    dialog.lead.setCurrentIndex(dialog.lead.findText("Cámara de Comercio de Antonio Ante"))
    firm = next(i for i in range(dialog.firms.count()) if dialog.firms.item(i).text().startswith("Textiles"))
    dialog.firms.item(firm).setCheckState(Qt.CheckState.Checked)
    panel.push(dialog.command())
    changed = task(panel, "Pattern-making curriculum")
    assert (changed.joint_action_type, changed.budget_donor) == ("quality_standards", 7000)
    row = next(r for r in panel.data.rows if r.fid == fid)
    assert len(row.responsible) == 1 and len(row.firms) == 1
    assert project.stack.undo_label == "Edit Pattern-making curriculum"
    panel.workspace.undo()
    row = next(r for r in panel.data.rows if r.fid == fid)
    assert task(panel, "Pattern-making curriculum").joint_action_type == "training"
    assert len(row.responsible) == 1 and not row.firms  # the university leads again


def test_the_vision_shows_above_the_plan(panel):
    from clusterdesk.core.plan_link_edits import AddVisionStatement

    assert "No vision agreed yet" in panel.vision.text()
    vision = "Atuntaqui, fashion city of the Andes"
    panel.push(AddVisionStatement(vision, dt.date(2027, 1, 20), "Steering board"))
    assert panel.vision.text() == (
        "Vision (version 1, 2027-01-20, Steering board): Atuntaqui, fashion city of the Andes"
    )


def test_a_closed_panel_stops_listening_to_the_workspace(qtbot, planned_project):
    workspace = Workspace()
    workspace.open(planned_project.path)
    widget = GanttPanel(workspace)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not workspace.state_changed._listeners)
    workspace.close(discard=True)  # would reach a deleted widget if it still listened


def test_an_edit_pushes_waiting_tasks_in_the_file_and_undoes_as_one(panel):
    from clusterdesk.core.plan_edits import move_task

    project = panel.workspace.project
    brand_before = task(panel, "Collective brand design").start
    study = task(panel, "Market study, Colombia")
    panel.push(move_task(project, study.fid, study.start + dt.timedelta(days=14)))
    brand = task(panel, "Collective brand design")
    assert brand.start > brand_before  # it waits for the study, and the stored dates say so
    row = next(r for r in panel.data.rows if r.fid == brand.fid)
    assert row.start == (brand.start - dt.date(1970, 1, 1)).days
    assert project.stack.undo_label == "Move Market study, Colombia"
    panel.workspace.undo()
    assert task(panel, "Collective brand design").start == brand_before
    assert task(panel, "Market study, Colombia").start == study.start
