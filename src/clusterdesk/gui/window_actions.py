"""The main window's actions, menus and toolbar, with the platform's standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from clusterdesk.gui import report_export
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.icons import icon

if TYPE_CHECKING:
    from clusterdesk.gui.main_window import MainWindow

Keys = QKeySequence.StandardKey

# Actions that need an open project; the rest work on the start page too.
PROJECT_ACTIONS = (
    "save", "save_as", "import", "import_survey", "export", "export_pack", "export_webmap", "open_in_qgis",
    "import_plan", "project_details",
    "close", "delete", "select_all", "select_none", "find", "zoom_in", "zoom_out", "zoom_cluster", "zoom_all",
    "zoom_selection",
    "tool_select", "tool_pan", "tool_identify", "tool_place", "tool_draw_boundary", "tool_edit_boundary",
)  # fmt: skip
TOOL_ACTIONS = (
    "tool_select",
    "tool_pan",
    "tool_identify",
    "tool_place",
    "tool_draw_boundary",
    "tool_edit_boundary",
)


def _action(
    window: MainWindow,
    text: str,
    slot: Callable,
    *,
    shortcut: QKeySequence.StandardKey | str | None = None,
    icon_name: str | None = None,
    tip: str | None = None,
    checkable: bool = False,
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(shortcut))
    elif shortcut:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.setCheckable(checkable)
    action.triggered.connect(lambda checked=False: slot(checked) if checkable else slot())
    return action


def build_actions(window: MainWindow) -> dict[str, QAction]:
    docs = window.documents
    # Linux desktops have no standard Deselect key; Ctrl+Shift+A is what most editors use there
    deselect = Keys.Deselect if QKeySequence.keyBindings(Keys.Deselect) else "Ctrl+Shift+A"
    a: dict[str, QAction] = {
        "new": _action(
            window,
            translate("MainWindow", "&New…"),
            docs.new_project,
            shortcut=Keys.New,
            icon_name="document-new",
            tip=translate("MainWindow", "Create a new cluster project"),
        ),
        "open": _action(
            window,
            translate("MainWindow", "&Open…"),
            docs.open_dialog,
            shortcut=Keys.Open,
            icon_name="document-open",
            tip=translate("MainWindow", "Open a ClusterDesk project"),
        ),
        "open_from_server": _action(
            window,
            translate("MainWindow", "Open from Ser&ver…"),
            window.team.open_dialog,
            icon_name="document-open",
            tip=translate("MainWindow", "Open a team project kept on a PostgreSQL server"),
        ),
        "synchronise": _action(
            window,
            translate("MainWindow", "S&ynchronise with Server"),
            window.team.synchronise,
            tip=translate(
                "MainWindow",
                "Send the changes of this checked-out copy to the server and receive the others'",
            ),
        ),
        "save": _action(
            window,
            translate("MainWindow", "&Save"),
            docs.save,
            shortcut=Keys.Save,
            icon_name="document-save",
            tip=translate("MainWindow", "Save the project"),
        ),
        "save_as": _action(window, translate("MainWindow", "Save &As…"), docs.save_as, shortcut=Keys.SaveAs),
        "import": _action(
            window,
            translate("MainWindow", "&Import stakeholders…"),
            lambda: window.import_dialog(),
            shortcut="Ctrl+I",
            icon_name="import",
            tip=translate("MainWindow", "Import stakeholders from CSV, Excel, Shapefile, GeoJSON"),
        ),
        "import_survey": _action(
            window,
            translate("MainWindow", "Import survey &responses…"),
            lambda: _import_survey(window),
            tip=translate(
                "MainWindow", "Import a KoboToolbox or ODK data export into a survey of the project"
            ),
        ),
        "import_plan": _action(
            window,
            translate("MainWindow", "Import action &plan…"),
            lambda: _import_plan(window),
            tip=translate(
                "MainWindow",
                "Import an action plan from MS Project XML, Primavera P6 XML, GanttProject or CSV",
            ),
        ),
        "export": _action(
            window,
            translate("MainWindow", "&Map view…"),
            window.export_view,
            shortcut="Ctrl+E",
            icon_name="export",
            tip=translate("MainWindow", "Export the map view to PNG, SVG or PDF"),
        ),
        "export_pack": _action(
            window,
            translate("MainWindow", "&Action-plan pack (PDF)…"),
            lambda: report_export.export_pack(window),
            shortcut="Ctrl+Shift+P",
            tip=translate("MainWindow", "Print-ready pack for the steering committee"),
        ),
        "export_webmap": _action(
            window,
            translate("MainWindow", "&Web map (HTML)…"),
            lambda: report_export.export_webmap(window),
            shortcut="Ctrl+Shift+W",
            tip=translate("MainWindow", "Interactive map that works without internet"),
        ),
        "open_in_qgis": _action(
            window,
            translate("MainWindow", "Open in &QGIS"),
            docs.open_in_qgis,
            icon_name="qgis",
            tip=translate("MainWindow", "Save and open this project in QGIS"),
        ),
        "project_details": _action(
            window,
            translate("MainWindow", "Project &Details…"),
            lambda: _edit_project_details(window),
            tip=translate("MainWindow", "Name, phase, agency, dates, country, sector and language"),
        ),
        "close": _action(
            window, translate("MainWindow", "&Close project"), docs.close_project, shortcut=Keys.Close
        ),
        "quit": _action(window, translate("MainWindow", "&Quit"), window.close, shortcut=Keys.Quit),
        "undo": _action(
            window,
            translate("MainWindow", "&Undo"),
            window.workspace.undo,
            shortcut=Keys.Undo,
            icon_name="edit-undo",
        ),
        "redo": _action(
            window,
            translate("MainWindow", "&Redo"),
            window.workspace.redo,
            shortcut=Keys.Redo,
            icon_name="edit-redo",
        ),
        "delete": _action(
            window,
            translate("MainWindow", "&Delete selected"),
            window.editor.delete_selected,
            shortcut=Keys.Delete,
            icon_name="edit-delete",
            tip=translate("MainWindow", "Delete the selected stakeholders"),
        ),
        "select_all": _action(
            window,
            translate("MainWindow", "Select &all"),
            window.workspace.select_all,
            shortcut=Keys.SelectAll,
        ),
        "select_none": _action(
            window, translate("MainWindow", "Select &none"), window.workspace.select_none, shortcut=deselect
        ),
        "find": _action(
            window,
            translate("MainWindow", "&Find…"),
            window.editor.find_stakeholders,
            shortcut=Keys.Find,
            icon_name="edit-find",
            tip=translate("MainWindow", "Find stakeholders by name"),
        ),
        "preferences": _action(
            window,
            translate("MainWindow", "&Preferences…"),
            window.edit_preferences,
            shortcut=Keys.Preferences,
        ),
        "zoom_in": _action(
            window,
            translate("MainWindow", "Zoom &in"),
            lambda: window.canvas.zoom_in(),
            shortcut=Keys.ZoomIn,
            icon_name="zoom-in",
        ),
        "zoom_out": _action(
            window,
            translate("MainWindow", "Zoom &out"),
            lambda: window.canvas.zoom_out(),
            shortcut=Keys.ZoomOut,
            icon_name="zoom-out",
        ),
        "zoom_cluster": _action(
            window,
            translate("MainWindow", "Zoom to &cluster"),
            window.zoom_to_cluster,
            shortcut="Ctrl+Shift+H",
            icon_name="zoom-cluster",
            tip=translate("MainWindow", "Show the cluster area: its boundaries, or all stakeholders if none"),
        ),
        "zoom_all": _action(
            window,
            translate("MainWindow", "Zoom to &all stakeholders"),
            lambda: window.canvas.zoom_to_project(),
            shortcut="Ctrl+0",
            tip=translate("MainWindow", "Show every stakeholder, buyers far away included"),
        ),
        "zoom_selection": _action(
            window,
            translate("MainWindow", "Zoom to &selection"),
            lambda: window.canvas.zoom_to_selection(),
            shortcut="Ctrl+J",
            icon_name="zoom-selection",
        ),
        "full_screen": _action(
            window,
            translate("MainWindow", "&Full screen"),
            window.set_full_screen,
            shortcut=Keys.FullScreen,
            checkable=True,
        ),
        "tool_select": _action(
            window,
            translate("MainWindow", "Select and move"),
            lambda _c: window.canvas.set_tool("select"),
            shortcut="S",
            icon_name="tool-select",
            checkable=True,
            tip=translate(
                "MainWindow", "Click or drag a box to select; drag a selected stakeholder to move it"
            ),
        ),
        "tool_pan": _action(
            window,
            translate("MainWindow", "Pan"),
            lambda _c: window.canvas.set_tool("pan"),
            shortcut="H",
            icon_name="tool-pan",
            checkable=True,
            tip=translate("MainWindow", "Drag to move the map; Shift+drag zooms to a box"),
        ),
        "tool_identify": _action(
            window,
            translate("MainWindow", "Identify"),
            lambda _c: window.canvas.set_tool("identify"),
            shortcut="I",
            icon_name="tool-identify",
            checkable=True,
            tip=translate("MainWindow", "Click a stakeholder to see its details"),
        ),
        "tool_place": _action(
            window,
            translate("MainWindow", "Place stakeholder"),
            lambda _c: window.canvas.set_tool("place"),
            shortcut="P",
            icon_name="tool-place",
            checkable=True,
            tip=translate("MainWindow", "Click on the map to place a new stakeholder"),
        ),
        "tool_draw_boundary": _action(
            window,
            translate("MainWindow", "Draw cluster boundary"),
            lambda _c: window.canvas.set_tool("draw_boundary"),
            shortcut="B",
            icon_name="tool-boundary",
            checkable=True,
            tip=translate("MainWindow", "Click the corners; double-click or Enter finishes, Esc cancels"),
        ),
        "tool_edit_boundary": _action(
            window,
            translate("MainWindow", "Edit cluster boundary"),
            lambda _c: window.canvas.set_tool("edit_boundary"),
            shortcut="Shift+B",
            checkable=True,
            tip=translate("MainWindow", "Drag a corner of a boundary to reshape it"),
        ),
        "reset_layout": _action(
            window,
            translate("MainWindow", "&Reset layout"),
            window.reset_layout,
            tip=translate("MainWindow", "Put the panels back where they were at first start"),
        ),
        "user_guide": _action(
            window, translate("MainWindow", "&User guide"), window.open_user_guide, shortcut=Keys.HelpContents
        ),
        "about": _action(window, translate("MainWindow", "&About ClusterDesk"), window.show_about),
    }
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    a["about"].setMenuRole(QAction.MenuRole.AboutRole)
    a["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    tools = QActionGroup(window)
    tools.setExclusive(True)
    for name in TOOL_ACTIONS:
        tools.addAction(a[name])
    a["tool_select"].setChecked(True)
    return a


def _import_survey(window: MainWindow) -> None:
    project = window.workspace.project
    if project is not None and not project.read_only:
        from clusterdesk.gui.import_wizard.survey_wizard import open_survey_import  # pandas: load late

        open_survey_import(window, project)


def _import_plan(window: MainWindow) -> None:
    project = window.workspace.project
    if project is not None and not project.read_only:
        from clusterdesk.gui.import_wizard.plan_file_wizard import open_plan_import

        open_plan_import(window, project)


def _edit_project_details(window: MainWindow) -> None:
    from clusterdesk.gui.project_details_dialog import edit_project_details  # its lists: load when used

    edit_project_details(window)


def build_menus(window: MainWindow, a: dict[str, QAction]) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([a["new"], a["open"], a["open_from_server"]])
    recent = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    recent.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([a["save"], a["save_as"], a["synchronise"]])
    a["synchronise"].setEnabled(False)  # for a checked-out project file (gui.server.server_controller)
    file_menu.addSeparator()
    file_menu.addActions([a["import"], a["import_survey"], a["import_plan"]])
    export = file_menu.addMenu(translate("MainWindow", "&Export"))
    export.addActions([a["export"], a["export_pack"], a["export_webmap"]])
    file_menu.addAction(a["open_in_qgis"])
    file_menu.addSeparator()
    file_menu.addAction(a["project_details"])
    file_menu.addSeparator()
    file_menu.addActions([a["close"], a["quit"]])

    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["delete"], a["select_all"], a["select_none"], a["find"]])
    edit.addSeparator()
    edit.addAction(a["preferences"])

    view = bar.addMenu(translate("MainWindow", "&View"))
    view.addActions([a["zoom_in"], a["zoom_out"], a["zoom_cluster"], a["zoom_all"], a["zoom_selection"]])
    view.addSeparator()
    view.addActions([a[name] for name in TOOL_ACTIONS])
    view.addSeparator()
    view.addActions([a["full_screen"], a["reset_layout"]])

    # A menu of its own, where a newcomer sees the panels (the main window adds each panel's toggle)
    panels = bar.addMenu(translate("MainWindow", "&Panels"))
    panels.setToolTipsVisible(True)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([a["user_guide"], a["about"]])
    return {
        "file": file_menu, "recent": recent, "export": export, "edit": edit, "view": view, "panels": panels,
        "help": help_menu,
    }  # fmt: skip


def build_toolbar(window: MainWindow, a: dict[str, QAction]) -> QToolBar:
    toolbar = window.addToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")  # needed for saveState
    toolbar.setIconSize(QSize(22, 22))
    toolbar.setMovable(False)
    groups = [
        ("new", "open", "save"),
        ("undo", "redo"),
        ("tool_select", "tool_pan", "tool_identify", "tool_place", "tool_draw_boundary", "delete"),
        ("zoom_in", "zoom_out", "zoom_cluster", "zoom_selection"),
        ("import", "find"),
    ]
    for index, group in enumerate(groups):
        if index:
            toolbar.addSeparator()
        toolbar.addActions([a[name] for name in group])
    return toolbar
