"""Panels follow the workspace's events for as long as the panel widget lives."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget

from clusterdesk.core.workspace import Workspace

Handler = Callable[..., Any]


def follow_workspace(
    widget: QWidget,
    workspace: Workspace,
    on_project: Handler,
    on_state: Handler,
    on_selection: Handler | None = None,
) -> None:
    """Connect a panel's handlers to the workspace and disconnect them when the panel is destroyed.

    The workspace outlives its panels (docks are closed and rebuilt), and a handler left connected would
    run on a deleted widget at the next project change.
    """
    workspace.project_changed.connect(on_project)
    workspace.state_changed.connect(on_state)
    if on_selection is not None:
        workspace.selection.changed.connect(on_selection)
    widget.destroyed.connect(partial(_stop_listening, workspace, on_project, on_state, on_selection))


def _stop_listening(
    workspace: Workspace, on_project: Handler, on_state: Handler, on_selection: Handler | None, *_args
) -> None:
    workspace.project_changed.disconnect(on_project)
    workspace.state_changed.disconnect(on_state)
    if on_selection is not None:
        workspace.selection.changed.disconnect(on_selection)
