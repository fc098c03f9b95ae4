"""Every panel open at once still fits a 1366x768 laptop screen and leaves the map usable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton

LAPTOP = (1366, 768)
USABLE_MAP_WIDTH = 400


def _open_with_every_panel(window, path, qtbot):
    assert window.documents.open_path(path)
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.canvas, timeout=5000)
    window.resize(*LAPTOP)
    for dock in window.docks.values():
        if not dock.isVisible():
            dock.toggleViewAction().trigger()  # as the View menu does
    for _ in range(5):
        QCoreApplication.processEvents()
    window.resize(*LAPTOP)
    QCoreApplication.processEvents()


def test_every_panel_open_keeps_the_window_on_a_laptop_screen(make_window, small_project, qtbot):
    window = make_window()
    _open_with_every_panel(window, small_project, qtbot)
    assert all(dock.isVisible() for dock in window.docks.values())
    assert window.width() <= LAPTOP[0] and window.height() <= LAPTOP[1]
    assert window.canvas.width() >= USABLE_MAP_WIDTH
    for panel, dock in window.docks.items():  # no panel asks for more than half the screen's width
        assert dock.minimumSizeHint().width() <= LAPTOP[0] // 2, panel


def test_bottom_panels_share_one_place_as_tabs(make_window, small_project, qtbot):
    window = make_window()
    _open_with_every_panel(window, small_project, qtbot)
    bottom = {
        panel for panel, dock in window.docks.items()
        if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    }  # fmt: skip
    assert {"plan", "registry", "capacity"} <= bottom
    tabbed = set(window.tabifiedDockWidgets(window.docks["registry"]))
    assert {window.docks["plan"], window.docks["capacity"]} <= tabbed
    plan = window.docks["plan"]
    plan.toggleViewAction().trigger()  # off
    plan.toggleViewAction().trigger()  # on again: its tab comes to the front
    QCoreApplication.processEvents()
    assert not plan.visibleRegion().isEmpty()
    assert window.docks["registry"].visibleRegion().isEmpty()


def test_menu_buttons_show_their_whole_name(make_window, small_project, qtbot):
    window = make_window()
    _open_with_every_panel(window, small_project, qtbot)
    buttons = [b for b in window.findChildren(QToolButton) if b.menu() is not None and b.text()]
    names = {b.text().split()[0] for b in buttons}
    assert {"Columns", "More", "Excel"} <= names
    for button in buttons:  # wide enough for its text, the arrow being part of the text
        assert button.sizeHint().width() >= button.fontMetrics().horizontalAdvance(button.text())
