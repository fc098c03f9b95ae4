"""The Checks panel (project health checks) and its notice in the window's status bar."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from clusterdesk.gui.checks.after_paint import AfterFirstMapPaint
from clusterdesk.gui.checks.checks_panel import ChecksPanel
from clusterdesk.gui.checks.go_to import go_to
from clusterdesk.gui.checks.status_notice import ChecksNotice

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow

__all__ = ["ChecksNotice", "ChecksPanel", "make_checks_panel"]


def _show_checks(window: MainWindow) -> None:
    dock = window.docks.get("checks")
    if dock is not None:
        dock.show()
        dock.raise_()


def make_checks_panel(window: MainWindow) -> ChecksPanel:
    """The panel, its "go to" into the window's other panels, and its notice in the status bar; a project's
    first check waits for the canvas's first painted map of it."""
    panel = ChecksPanel(
        window.workspace, partial(go_to, window), after_paint=AfterFirstMapPaint(window.canvas, window)
    )
    notice = ChecksNotice(partial(_show_checks, window), window.status)
    window.status.addWidget(notice)
    panel.opened.connect(notice.project_opened)
    panel.checked.connect(notice.show_report)
    panel.damaged.connect(notice.show_damage)
    panel.notice = notice
    return panel
