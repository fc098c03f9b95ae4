"""The dock panels around the map, registered the way a plugin would add one.

Adding a panel is one line: `register_panel(PanelSpec("registry", "Registry", make_registry_panel))`,
where the factory receives the main window (for its workspace and canvas) and returns the widget. The
main window turns every registered panel into a dock with a toggle in the View menu, and saves its place
with the window state (the id is the dock's objectName, so keep it stable).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow

PanelFactory = Callable[["MainWindow"], QWidget]


@dataclass(frozen=True)
class PanelSpec:
    id: str
    title: str
    factory: PanelFactory
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea
    visible: bool = True  # shown the first time; afterwards the saved window state decides
    shortcut: str | None = None  # e.g. "Ctrl+Shift+L", shown next to the View menu toggle


_PANELS: dict[str, PanelSpec] = {}


def register_panel(spec: PanelSpec) -> None:
    """Add a dock panel; registering an id again replaces the earlier definition."""
    _PANELS[spec.id] = spec


def registered_panels() -> list[PanelSpec]:
    return list(_PANELS.values())


def _layers_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.map import LayersPanel

    return LayersPanel(window.canvas)


register_panel(PanelSpec("layers", "Layers", _layers_panel, shortcut="Ctrl+Shift+L"))


def _plan_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.plan import GanttPanel

    return GanttPanel(window.workspace)


register_panel(
    PanelSpec("plan", "Action plan", _plan_panel, area=Qt.DockWidgetArea.BottomDockWidgetArea, visible=False,
              shortcut="Ctrl+Shift+G")  # fmt: skip
)


def _registry_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.registry import RegistryPanel

    return RegistryPanel(window.workspace, window.canvas)


register_panel(
    PanelSpec("registry", "Stakeholders", _registry_panel, area=Qt.DockWidgetArea.BottomDockWidgetArea,
              shortcut="Ctrl+Shift+R")  # fmt: skip
)


def _relations_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.relations import RelationsPanel

    return RelationsPanel(window.workspace)


register_panel(
    PanelSpec("relations", "Relations", _relations_panel, area=Qt.DockWidgetArea.RightDockWidgetArea,
              visible=False, shortcut="Ctrl+Shift+E")  # fmt: skip
)


def _governance_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.governance import GovernancePanel

    return GovernancePanel(window.workspace)


register_panel(
    PanelSpec("governance", "Governance", _governance_panel, area=Qt.DockWidgetArea.RightDockWidgetArea,
              visible=False, shortcut="Ctrl+Shift+O")  # fmt: skip
)


def _capacity_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.capacity import CapacityPanel

    return CapacityPanel(window.workspace)


register_panel(
    PanelSpec(
        "capacity",
        "Institutional capacity",
        _capacity_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+K",
    )
)
