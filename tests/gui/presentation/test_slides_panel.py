"""The Slides panel: Add this view keeps the canvas's extent, layers, filters and selection in the file;
a drag moves a slide with one undoable command."""

from __future__ import annotations

import json
import sqlite3

import pytest
from presentation_fixture import build_presentation_project, open_copy
from PySide6.QtCore import QModelIndex

from clusterdesk.gui.map import MapCanvas
from clusterdesk.gui.presentation.slides_panel import SlidesPanel
from clusterdesk.render.viewport import Viewport


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_presentation_project(tmp_path_factory.mktemp("slides") / "slides.gpkg")


@pytest.fixture
def workspace(template, tmp_path):
    space = open_copy(template, tmp_path)
    yield space
    space.close(discard=True)


def make_panel(qtbot, workspace):
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 500)
    canvas.set_project(workspace.project, workspace.selection)
    panel = SlidesPanel(workspace, canvas)
    qtbot.addWidget(panel)
    return panel, canvas


def test_add_this_view_stores_the_canvas_view(qtbot, workspace):
    panel, canvas = make_panel(qtbot, workspace)
    canvas.set_viewport(Viewport.from_extent(-78.3, 0.2, -78.1, 0.4, 800, 500))
    canvas.set_layer_visible("relations", False)
    canvas.set_kind_visible("supplier", False)
    fids = [r[0] for r in workspace.project.connection.execute("SELECT fid FROM stakeholders ORDER BY fid")]
    workspace.selection.set(fids[:2])
    expected_uuids = [r[0] for r in workspace.project.connection.execute(
        "SELECT uuid FROM stakeholders ORDER BY fid LIMIT 2")]  # fmt: skip
    count = panel.list.count()
    panel.list.setCurrentRow(0)
    panel.add_this_view()
    assert panel.list.count() == count + 1
    assert panel.list.currentRow() == 1  # after the slide that was current, and selected for editing
    panel.title.setText("Our two firms")
    panel.apply_edits()
    path = workspace.project.path
    workspace.save()
    row = (
        sqlite3.connect(path)
        .execute(
            "SELECT kind, title, min_lon, min_lat, max_lon, max_lat, layers, filters, highlighted, position"
            " FROM presentation_slides WHERE title = 'Our two firms'"
        )
        .fetchone()
    )
    kind, title, x0, y0, x1, y1, layers, filters, highlighted, position = row
    assert (kind, position) == ("map", 1)
    assert (x0, y0, x1, y1) == pytest.approx(canvas.viewport.lonlat_bounds(), abs=1e-9)
    assert x0 == pytest.approx(-78.3, abs=0.1) and x1 == pytest.approx(-78.1, abs=0.1)
    assert "relations" not in json.loads(layers) and "stakeholders" in json.loads(layers)
    shown_kinds = json.loads(filters)["kind"]
    assert "supplier" not in shown_kinds and "enterprise" in shown_kinds
    assert sorted(json.loads(highlighted)) == sorted(expected_uuids)


def test_a_drag_moves_one_slide_with_undo(qtbot, workspace):
    panel, _canvas = make_panel(qtbot, workspace)
    before = panel.list.fids()
    titles = [panel.list.item(n).text() for n in range(panel.list.count())]
    # what QListWidget does on an internal drop: the model moves the row
    assert panel.list.model().moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    after = [before[1], before[2], before[0], before[3]]
    order = [r[0] for r in workspace.project.connection.execute(
        "SELECT fid FROM presentation_slides ORDER BY position, fid")]  # fmt: skip
    assert order == after
    assert panel.list.fids() == after
    assert workspace.project.stack.undo_label.startswith("Move slide")
    workspace.project.stack.undo()
    order = [r[0] for r in workspace.project.connection.execute(
        "SELECT fid FROM presentation_slides ORDER BY position, fid")]  # fmt: skip
    assert order == before
    assert panel.list.fids() == before
    assert [panel.list.item(n).text() for n in range(panel.list.count())] == titles


def test_duplicate_and_delete(qtbot, workspace):
    panel, _canvas = make_panel(qtbot, workspace)
    panel.list.setCurrentRow(1)
    panel.duplicate_slide()
    assert panel.list.count() == 5 and panel.list.currentRow() == 2
    assert panel.current_slide().title == "Textiles Imbabura"
    panel.delete_slide()
    assert panel.list.count() == 4


def test_the_screen_chosen_for_the_slides_is_remembered(qtbot, workspace):
    from PySide6.QtGui import QGuiApplication

    from clusterdesk.gui.presentation.screens import SCREEN_SETTING
    from clusterdesk.gui.settings import app_settings

    panel, _canvas = make_panel(qtbot, workspace)
    panel._fill_screen_menu()
    actions = panel.screen_menu.actions()
    screens = QGuiApplication.screens()
    names = [screen.name() or f"#{i + 1}" for i, screen in enumerate(screens)]
    assert len(actions) == 1 + len(screens) and actions[0].isChecked()
    actions[1].trigger()
    assert app_settings().value(SCREEN_SETTING) == names[0]
    panel._fill_screen_menu()
    assert panel.screen_menu.actions()[1].isChecked() and not panel.screen_menu.actions()[0].isChecked()
    panel.screen_menu.actions()[0].trigger()
    assert app_settings().value(SCREEN_SETTING) == ""
