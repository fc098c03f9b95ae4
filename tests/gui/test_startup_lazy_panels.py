"""The window starts without building the panels nobody opened, builds each when it is first shown or
asked for (with the open project's content), and reports its first painted map when asked to."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from clusterdesk.core.workspace import Workspace
from clusterdesk.gui.lazy_dock import LazyDock
from clusterdesk.gui.main_window import BUILT_WITH_WINDOW

REPO = Path(__file__).resolve().parents[2]


def test_only_shown_panels_and_those_acting_beyond_their_dock_are_built(make_window, small_project):
    workspace = Workspace()
    window = make_window(workspace)
    built = {name for name, dock in window.docks.items() if dock.built}
    assert built == set(BUILT_WITH_WINDOW)  # the start page shows no panel
    workspace.open(small_project)
    shown = {name for name, dock in window.docks.items() if dock.isVisible()}
    assert "layers" in shown
    assert {name for name, dock in window.docks.items() if dock.built} == shown | set(BUILT_WITH_WINDOW)
    assert not window.docks["plan"].built and not window.docks["network"].built


def test_a_panel_built_later_shows_the_open_project(make_window, small_project, qtbot):
    workspace = Workspace()
    window = make_window(workspace)
    workspace.open(small_project)
    dock = window.docks["relations"]
    assert not dock.built
    dock.toggleViewAction().trigger()  # as the menu does
    assert dock.built and dock.isVisible()
    panel = dock.widget()
    panel.selected_only.setChecked(False)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)  # the small project's one relation
    # asking for a hidden panel's widget builds it too, with the project already open
    plan = window.docks["plan"]
    assert not plan.built
    assert plan.widget() is plan.widget() and plan.built
    assert plan.widget().workspace is workspace


def test_a_lazy_dock_builds_once_and_takes_a_panel_given_directly(qtbot):
    calls = []

    def build():
        calls.append(1)
        return QLabel("panel")

    dock = LazyDock("Panel", build)
    qtbot.addWidget(dock)
    first = dock.widget()
    assert isinstance(first, QLabel) and dock.widget() is first and calls == [1]
    dock.show()
    assert calls == [1]
    other = LazyDock("Other", build)
    qtbot.addWidget(other)
    given = QWidget()
    other.setWidget(given)
    other.show()
    assert other.widget() is given and calls == [1]


def test_the_window_reports_its_first_painted_map_and_quits(tmp_path, small_project):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CLUSTERDESK_QUIT_AFTER_PAINT="1",
        CLUSTERDESK_DATA_DIR=str(tmp_path / "user"),
    )
    command = [sys.executable, "-m", "clusterdesk.cli.main", "gui", str(small_project)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    found = re.search(
        r"first map paint: ([0-9.]+) s after process start \((\d+) stakeholders, ([0-9.]+) s of processor",
        result.stdout,
    )
    assert found, result.stdout
    assert 0 < float(found.group(1)) < 120 and int(found.group(2)) == 3
    assert not list((tmp_path / "user").glob("recovery/*.gpkg"))  # closed cleanly, nothing to recover
