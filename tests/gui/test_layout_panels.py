"""The panels a newcomer sees: the Panels menu and toolbar button list every panel, Ctrl+1 to Ctrl+9 open
the first nine, Reset layout puts them back, and the default layout leaves the map half of a laptop
screen with a bottom panel open."""

from __future__ import annotations

import pytest
from layout_window_helpers import LAPTOP, settle, window_on_map
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from clusterdesk.gui.panels import registered_panels


def _map_share(window) -> float:
    """The canvas's part of the area between the toolbar and the status bar (map and docks)."""
    top = window.toolbar.geometry().bottom() + 1
    bottom = window.statusBar().geometry().top()
    central = window.width() * (bottom - top)
    return window.canvas.width() * window.canvas.height() / central


def test_layout_first_start_leaves_the_map_half_the_window(make_window, small_project, qtbot):
    window = window_on_map(make_window, small_project, qtbot)
    assert (window.width(), window.height()) == LAPTOP
    bottom = [d for d in window.docks.values() if d.isVisible() and
              window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]  # fmt: skip
    assert bottom == [window.docks["registry"]]
    assert window.docks["layers"].isVisible()
    assert _map_share(window) >= 0.5, _map_share(window)


@pytest.mark.parametrize("panel", ["plan", "capacity"])
def test_layout_one_bottom_panel_leaves_the_map_half_the_window(make_window, small_project, qtbot, panel):
    window = window_on_map(make_window, small_project, qtbot)
    window.docks["registry"].toggleViewAction().trigger()  # off: the panel asked for is the only one
    window.docks[panel].toggleViewAction().trigger()
    settle()
    assert window.docks[panel].isVisible() and not window.docks["registry"].isVisible()
    assert _map_share(window) >= 0.5, _map_share(window)
    # a second bottom panel joins it as a tab instead of taking more of the map's height
    height = window.canvas.height()
    window.docks["registry"].toggleViewAction().trigger()
    settle()
    assert window.docks["registry"] in window.tabifiedDockWidgets(window.docks[panel])
    assert window.canvas.height() >= height - 40  # the tab bar's height at most


def test_layout_panels_menu_and_switcher_list_every_panel(make_window, small_project, qtbot):
    window = window_on_map(make_window, small_project, qtbot)
    toggles = [window.docks[spec.id].toggleViewAction() for spec in registered_panels()]
    assert len(toggles) == len(window.docks) >= 11
    assert window.menus["panels"].actions() == toggles
    assert window.panel_switcher.toggles() == toggles
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Panels") == titles.index("&View") + 1 and titles[-1] == "&Help"
    assert window.panel_switcher.text() == "Panels" and window.panel_switcher.isVisible()
    assert window.panel_switcher.geometry().right() <= window.toolbar.width()  # on the toolbar, not cut
    for number, toggle in enumerate(toggles[:9], start=1):
        assert toggle.shortcut() == QKeySequence(f"Ctrl+{number}")
    assert window.docks["layers"].toggleViewAction().shortcuts()[1] == QKeySequence("Ctrl+Shift+L")
    # one click in the switcher's list shows a hidden panel, in front of its tab group
    governance = window.docks["governance"]
    assert not governance.isVisible()
    governance.toggleViewAction().trigger()
    settle()
    assert governance.isVisible() and not governance.visibleRegion().isEmpty()


def test_layout_reset_puts_the_panels_back(make_window, small_project, qtbot):
    window = window_on_map(make_window, small_project, qtbot)
    layers, plan, registry = window.docks["layers"], window.docks["plan"], window.docks["registry"]
    plan.toggleViewAction().trigger()
    layers.toggleViewAction().trigger()  # off
    registry.setFloating(True)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.docks["capacity"])
    settle()
    window.menu_actions["reset_layout"].trigger()
    settle()
    assert layers.isVisible() and registry.isVisible() and not registry.isFloating()
    assert not plan.isVisible()
    assert window.dockWidgetArea(window.docks["capacity"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.dockWidgetArea(layers) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert _map_share(window) >= 0.5
    assert window.menu_actions["reset_layout"] in window.panel_switcher.menu().actions()


@pytest.mark.parametrize("language", ["es", "fr", "ru"])
def test_layout_the_map_keeps_half_the_window_in_every_language(
    make_window, small_project, qtbot, interface_language, language
):
    interface_language(language)
    window = window_on_map(make_window, small_project, qtbot)
    window.docks["registry"].toggleViewAction().trigger()
    window.docks["plan"].toggleViewAction().trigger()
    settle()
    assert _map_share(window) >= 0.5, (language, _map_share(window), window.docks["layers"].width())
