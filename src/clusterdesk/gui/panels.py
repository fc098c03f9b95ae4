"""The dock panels around the map, registered the way a plugin would add one.

Adding a panel is one line: `register_panel(PanelSpec("registry", "Registry", make_registry_panel))`,
where the factory receives the main window (for its workspace and canvas) and returns the widget. The
title is English, marked with `QT_TRANSLATE_NOOP("Panels", ...)` so that the catalogues hold it, and
shown translated (`panel_title`). The main window turns every registered panel into a dock with a toggle
in the Panels menu and the toolbar's Panels button, and saves its place with the window state (the id is
the dock's objectName, so keep it stable). The first nine panels, in the order registered here, also
open with Ctrl+1 to Ctrl+9 (`panel_shortcuts`), as in QGIS and most tabbed programs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget

from clusterdesk.gui.i18n import translate

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
    shortcut: str | None = None  # e.g. "Ctrl+Shift+L", a second key beside the panel's Ctrl+number


_PANELS: dict[str, PanelSpec] = {}


def register_panel(spec: PanelSpec) -> None:
    """Add a dock panel; registering an id again replaces the earlier definition."""
    _PANELS[spec.id] = spec


def registered_panels() -> list[PanelSpec]:
    return list(_PANELS.values())


NUMBERED_PANELS = 9  # Ctrl+1 ... Ctrl+9


def panel_shortcuts(position: int, spec: PanelSpec) -> list[str]:
    """The keys of the panel registered at `position` (from 0): Ctrl+<position + 1> for the first nine,
    shown in the menu, then the panel's own shortcut."""
    keys = [f"Ctrl+{position + 1}"] if position < NUMBERED_PANELS else []
    return keys + ([spec.shortcut] if spec.shortcut else [])


def panel_title(spec: PanelSpec) -> str:
    """The panel's title in the interface language (a plugin's title without a translation stays)."""
    return translate("Panels", spec.title)


def _layers_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.map import LayersPanel

    return LayersPanel(window.canvas)


register_panel(
    PanelSpec("layers", QT_TRANSLATE_NOOP("Panels", "Layers"), _layers_panel, shortcut="Ctrl+Shift+L")
)


def _registry_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.registry import RegistryPanel

    return RegistryPanel(window.workspace, window.canvas)


register_panel(
    PanelSpec(
        "registry",
        QT_TRANSLATE_NOOP("Panels", "Stakeholders"),
        _registry_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        shortcut="Ctrl+Shift+R",
    )
)


def _plan_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.plan import GanttPanel

    return GanttPanel(window.workspace)


register_panel(
    PanelSpec(
        "plan",
        QT_TRANSLATE_NOOP("Panels", "Action plan"),
        _plan_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+G",
    )
)


def _relations_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.relations import RelationsPanel

    return RelationsPanel(window.workspace)


register_panel(
    PanelSpec(
        "relations",
        QT_TRANSLATE_NOOP("Panels", "Relations"),
        _relations_panel,
        area=Qt.DockWidgetArea.RightDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+E",
    )
)


def _governance_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.governance import GovernancePanel

    return GovernancePanel(window.workspace)


register_panel(
    PanelSpec(
        "governance",
        QT_TRANSLATE_NOOP("Panels", "Governance"),
        _governance_panel,
        area=Qt.DockWidgetArea.RightDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+O",
    )
)


def _capacity_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.capacity import CapacityPanel

    return CapacityPanel(window.workspace)


register_panel(
    PanelSpec(
        "capacity",
        QT_TRANSLATE_NOOP("Panels", "Institutional capacity"),
        _capacity_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+K",
    )
)


def _show_plan_task(window: MainWindow, task_fid: int, bring_forward: bool) -> None:
    """Select a plan action in the action plan panel (which highlights its firms on the map). The plan
    comes to the front only when asked: it often shares a tab group with the panel that asked."""
    dock = window.docks.get("plan")
    if dock is None:
        return
    if bring_forward:
        dock.show()
        dock.raise_()
    dock.widget().select_task(task_fid)


def _results_panel(window: MainWindow) -> QWidget:
    from functools import partial

    from clusterdesk.gui.results import ResultsPanel

    return ResultsPanel(window.workspace, partial(_show_plan_task, window))


register_panel(
    PanelSpec(
        "results",
        QT_TRANSLATE_NOOP("Panels", "Results"),
        _results_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+M",
    )
)


def _network_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.network import NetworkPanel

    return NetworkPanel(window.workspace)


register_panel(
    PanelSpec(
        "network",
        QT_TRANSLATE_NOOP("Panels", "Network"),
        _network_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+N",
    )
)


def _diagnostic_panel(window: MainWindow) -> QWidget:
    from functools import partial

    from clusterdesk.gui.diagnostic import DiagnosticPanel
    from clusterdesk.gui.surveys import add_surveys_tab

    return add_surveys_tab(DiagnosticPanel(window.workspace, partial(_show_plan_task, window)))


register_panel(
    PanelSpec(
        "diagnostic",
        QT_TRANSLATE_NOOP("Panels", "Diagnostic"),
        _diagnostic_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+D",
    )
)


def _slides_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.presentation.slides_panel import SlidesPanel

    panel = SlidesPanel(window.workspace, window.canvas)
    window.addAction(panel.present_action)  # F5 and Shift+F5 work with the panel closed too
    window.addAction(panel.present_here_action)
    return panel


register_panel(
    PanelSpec(
        "slides",
        QT_TRANSLATE_NOOP("Panels", "Slides"),
        _slides_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+J",
    )
)


def _checks_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.checks import make_checks_panel

    return make_checks_panel(window)


register_panel(
    PanelSpec(
        "checks",
        QT_TRANSLATE_NOOP("Panels", "Checks"),
        _checks_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+C",
    )
)


def _selection_panel(window: MainWindow) -> QWidget:
    from clusterdesk.gui.selection import SelectionPanel

    return SelectionPanel(window.workspace, window.canvas, window.documents.open_path)


register_panel(
    PanelSpec(
        "selection",
        QT_TRANSLATE_NOOP("Panels", "Selection"),
        _selection_panel,
        area=Qt.DockWidgetArea.BottomDockWidgetArea,
        visible=False,
        shortcut="Ctrl+Shift+T",
    )
)
