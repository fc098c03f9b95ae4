"""The action plan opens at the zoom that shows the whole plan, remembers the zoom a user picks for that
project only, and keeps the split between table and chart where the user left it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from clusterdesk.core.plan_edits import AddTask
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.plan import GanttPanel
from clusterdesk.gui.plan.gantt_chart import ZOOMS
from clusterdesk.gui.plan.plan_table_model import COLUMNS

LAPTOP = (1366, 768)
SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"


def build_two_year_plan(path: Path, name: str) -> Path:
    """An objective with two actions from January 2026 to the end of 2027."""
    project = Project.new(path, name, country="EC", sector_code="1410")
    objective = AddTask({"name": "Exports to Colombia"})
    project.stack.push(objective)
    for title, start, days in (
        ("Market study in Ipiales and Pasto", dt.date(2026, 1, 5), 250),
        ("Joint stand at the Bogotá fashion fair", dt.date(2027, 1, 4), 250),
    ):
        project.stack.push(
            AddTask({"name": title, "parent_id": objective.fid, "start": start, "duration_days": days})
        )
    project.save()
    project.close()
    return path


@pytest.fixture(scope="module")
def plan_templates(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("plans")
    return (
        build_two_year_plan(folder / "atuntaqui.gpkg", "Atuntaqui garments"),
        build_two_year_plan(folder / "ambato.gpkg", "Ambato footwear"),
    )


@pytest.fixture
def two_plans(plan_templates, tmp_path) -> tuple[Path, Path]:
    """Two projects (two UUIDs) with the same two-year plan, fresh copies per test."""
    copies = []
    for template in plan_templates:
        copies.append(tmp_path / template.name)
        shutil.copyfile(template, copies[-1])
    return copies[0], copies[1]


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def open_plan_panel(make_window, path: Path, qtbot):
    """The window at laptop size with the Action plan docked as the default layout places it."""
    window = make_window()
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    window.resize(*LAPTOP)
    dock = window.docks["plan"]
    if not dock.isVisible():
        dock.toggleViewAction().trigger()  # as View ▸ Panels does
    dock.raise_()
    settle()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.chart.isVisible() and panel.chart.viewport().width() > 200, timeout=5000)
    settle()
    return window, panel


def whole_plan_visible(panel) -> bool:
    chart = panel.chart
    starts = [row.start for row in chart.rows if row.start is not None]
    finishes = [row.finish for row in chart.rows if row.finish is not None]
    return (
        chart.horizontalScrollBar().maximum() == 0
        and chart.x_of(min(starts)) >= 0
        and chart.x_of(max(finishes) + 1) <= chart.viewport().width()
    )


def test_a_two_year_plan_opens_whole_at_laptop_size(make_window, two_plans, qtbot):
    _window, panel = open_plan_panel(make_window, two_plans[0], qtbot)
    assert len(panel.chart.rows) == 3
    assert panel.zoom.currentData() != "weeks"
    assert whole_plan_visible(panel), (panel.zoom.currentData(), panel.chart.pixels_per_day)


def test_the_fitted_zoom_follows_the_chart_until_the_user_picks_one(qtbot, two_plans, tmp_path):
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    workspace.open(two_plans[0])
    panel = GanttPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(3000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    settle()
    assert whole_plan_visible(panel)
    assert panel.zoom.currentData() in ZOOMS  # wide enough for a named zoom: Months
    panel.resize(700, 400)
    settle()
    assert whole_plan_visible(panel)
    workspace.close(discard=True)


def pick_zoom_as_a_user(panel, qtbot, name: str) -> None:
    """Home chooses the first zoom (Days) with the keyboard, as a user does; combo boxes then say
    `activated`, which a change made by the program never does."""
    assert name == list(ZOOMS)[0]
    panel.zoom.setFocus()
    QTest.keyClick(panel.zoom, Qt.Key.Key_Home)
    settle()
    assert panel.zoom.currentData() == name


def test_a_chosen_zoom_comes_back_with_its_project_only(make_window, two_plans, qtbot):
    first, second = two_plans
    window, panel = open_plan_panel(make_window, first, qtbot)
    fitted = panel.zoom.currentData()
    assert fitted != "days"
    pick_zoom_as_a_user(panel, qtbot, "days")
    assert panel.chart.pixels_per_day == ZOOMS["days"]
    assert not whole_plan_visible(panel)

    assert window.documents.open_path(second)  # another project: its own fitted zoom
    settle()
    assert panel.zoom.currentData() == fitted
    assert whole_plan_visible(panel)

    # the first project again, in a window started afresh: Days, as its user left it
    window.workspace.close(discard=True)
    _window, panel = open_plan_panel(make_window, first, qtbot)
    assert panel.zoom.currentData() == "days"
    assert panel.chart.pixels_per_day == ZOOMS["days"]


def drag_handle(handle, dx: int) -> None:
    start = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(handle, start + QPoint(dx * step // 5, 0))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(dx, 0)
    )


def test_the_split_between_table_and_chart_moves_and_is_restored(make_window, two_plans, qtbot):
    window, panel = open_plan_panel(make_window, two_plans[0], qtbot)
    before = panel.splitter.sizes()[0]
    drag_handle(panel.splitter.handle(1), -150)
    settle()
    moved = panel.splitter.sizes()[0]
    assert moved <= before - 140, (before, moved)
    window.workspace.close(discard=True)

    _window, panel = open_plan_panel(make_window, two_plans[1], qtbot)  # a new window, any project
    assert abs(panel.splitter.sizes()[0] - moved) <= 2, (moved, panel.splitter.sizes())


def test_task_names_of_the_samples_are_whole_or_whole_in_their_tooltip(make_window, tmp_path, qtbot):
    for sample in ("atuntaqui_garments", "bosawas_cocoa"):
        copy = tmp_path / f"{sample}.gpkg"
        shutil.copyfile(SAMPLES / f"{sample}.gpkg", copy)
        window, panel = open_plan_panel(make_window, copy, qtbot)
        table, model = panel.table, panel.model
        column = COLUMNS.index("Task")
        # the default split shows every column from WBS to %, the task column among them
        shown = sum(table.columnWidth(c) for c in range(COLUMNS.index("%") + 1))
        assert shown <= table.viewport().width(), (sample, shown, table.viewport().width())
        # compact rows: a laptop's dock shows at least one row more than it did with 24-pixel rows
        assert table.rowHeight(0) <= 20
        assert table.viewport().height() // table.rowHeight(0) >= table.viewport().height() // 24 + 1
        elided = 0
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = model.data(index, Qt.ItemDataRole.FontRole) or table.font()
            text = model.data(index)
            if QFontMetrics(font).horizontalAdvance(text) + 8 > table.columnWidth(column):
                elided += 1
                assert model.rows[row].name in model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert elided <= model.rowCount() // 4, (sample, elided)  # most names whole
        window.workspace.close(discard=True)
