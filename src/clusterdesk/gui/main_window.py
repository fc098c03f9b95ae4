"""The main window: a thin layer over the Workspace, with the map in the middle and panels docked around."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QFileSystemWatcher, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar, QVBoxLayout, QWidget

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.project import Project
from clusterdesk.core.workspace import DEFAULT_AUTOSAVE_SECONDS, Workspace
from clusterdesk.gui import about, ask, dialogs
from clusterdesk.gui.documents import DocumentController
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import choose_language, interface_language, translate
from clusterdesk.gui.icons import icon
from clusterdesk.gui.lazy_dock import LazyDock
from clusterdesk.gui.map import MapCanvas
from clusterdesk.gui.panel_switcher import add_panel_switcher
from clusterdesk.gui.panels import PanelSpec, panel_shortcuts, panel_title, registered_panels
from clusterdesk.gui.plain_text import literal_text
from clusterdesk.gui.server.server_controller import ServerController
from clusterdesk.gui.settings import app_settings
from clusterdesk.gui.stakeholder_editor import StakeholderEditor
from clusterdesk.gui.start_page import StartPage
from clusterdesk.gui.status_bar import MainStatusBar
from clusterdesk.gui.window_actions import PROJECT_ACTIONS, build_actions, build_menus, build_toolbar
from clusterdesk.gui.worker import thread_pool

# Panels whose widget does more than fill its dock, built with the window: the checks panel checks every
# project opened and reports in the status bar, the slides panel gives the window F5
BUILT_WITH_WINDOW = frozenset({"checks", "slides"})
STATE_VERSION = 3  # bump when docks change so an old saved layout is ignored rather than misapplied
# The default layout leaves the map most of the window: panels at the sides take this share of its
# width each, those at the bottom this share of its height (or their minimum, when it is more)
SIDE_PANEL_SHARE = 0.2
BOTTOM_PANEL_SHARE = 0.3


class CentralArea(QWidget):
    """Shows one of its pages. Unlike QStackedWidget, hidden pages do not count towards the minimum
    size, so the start page's width does not stop a narrow window with docked panels."""

    def __init__(self, pages: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for page in pages:
            layout.addWidget(page)
            page.hide()
        self._current = pages[0]
        self._current.show()

    def currentWidget(self) -> QWidget:  # noqa: N802 - QStackedWidget's name, for familiarity
        return self._current

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        if page is not self._current:
            self._current.hide()
            self._current = page
            page.show()


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | None = None) -> None:
        super().__init__()
        self.workspace = workspace or Workspace()
        self.settings = app_settings()
        self.setWindowIcon(icon("clusterdesk"))
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)

        self.canvas = MapCanvas(self)
        self.start_page = StartPage(self)
        self.central = CentralArea([self.start_page, self.canvas], self)
        self.setCentralWidget(self.central)
        self.status = MainStatusBar(self)
        self.setStatusBar(self.status)

        self.documents = DocumentController(self)
        self.team = ServerController(self)  # team mode: projects on a PostgreSQL server
        self.editor = StakeholderEditor(self)
        self.menu_actions = build_actions(self)
        self.menus = build_menus(self, self.menu_actions)
        self.toolbar = build_toolbar(self, self.menu_actions)
        self.panel_switcher = add_panel_switcher(self.toolbar, self.menu_actions["reset_layout"])
        self.docks: dict[str, QDockWidget] = {}
        self._panel_visible: dict[str, bool] = {}  # the user's choice, applied while a project is open
        self._switching_panels = False
        for spec in registered_panels():
            self.add_panel(spec)
        self._default_state = self.saveState(STATE_VERSION)  # what Reset layout goes back to
        self._layout_fitted = False  # the default sizes are applied once panels first show

        self.start_page.openRequested.connect(self.documents.open_path)
        self.start_page.openDialogRequested.connect(self.documents.open_dialog)
        self.start_page.openServerRequested.connect(self.team.open_dialog)
        self.start_page.newRequested.connect(self.documents.new_project)
        self.canvas.cursorMoved.connect(self.status.set_position)
        self.canvas.scaleChanged.connect(self.status.set_scale)
        self.canvas.placeRequested.connect(self.editor.place_stakeholder)
        self.canvas.ask_boundary_name = self.editor.ask_boundary_name
        self.workspace.project_changed.connect(self._on_project_changed)
        self.workspace.state_changed.connect(self._on_state_changed)
        self.workspace.selection.changed.connect(self._on_selection_changed)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_file_changed)
        app = QApplication.instance()
        app.applicationStateChanged.connect(self._on_application_state)

        self._restore_settings()
        self._on_project_changed(self.workspace.project)

    # -- panels ----------------------------------------------------------------------------------
    def add_panel(self, spec: PanelSpec) -> QDockWidget:
        # its toggle in the Panels menu shows the same title; the panel is built when first shown or asked for
        bottom = spec.area == Qt.DockWidgetArea.BottomDockWidgetArea
        dock = LazyDock(panel_title(spec), partial(spec.factory, self), self, scrolling=bottom)
        dock.setObjectName(f"panel_{spec.id}")
        dock.setMinimumWidth(200)  # narrower panels elide their own titles
        if spec.id in BUILT_WITH_WINDOW:
            dock.build()
        neighbours = [d for d in self.docks.values() if self.dockWidgetArea(d) == spec.area]
        self.addDockWidget(spec.area, dock)
        if spec.area == Qt.DockWidgetArea.BottomDockWidgetArea and neighbours:
            # side by side, the wide bottom panels would push the window past a laptop screen's width
            self.tabifyDockWidget(neighbours[0], dock)
        self._panel_visible[spec.id] = self.settings.value(f"panels/{spec.id}", spec.visible, type=bool)
        dock.setVisible(self._panel_visible[spec.id] and self.workspace.project is not None)
        toggle = dock.toggleViewAction()
        toggle.setShortcuts(panel_shortcuts(len(self.docks), spec))
        toggle.toggled.connect(lambda on, panel=spec.id: self._remember_panel(panel, on))
        # a panel switched on comes to the front of its tab group, and alone at the bottom it leaves the
        # map its share of the window
        toggle.triggered.connect(lambda on, shown=dock: self._panel_switched_on(shown) if on else None)
        self.menus["panels"].addAction(toggle)
        self.panel_switcher.add_toggle(toggle)
        self.docks[spec.id] = dock
        return dock

    def _panel_switched_on(self, dock: QDockWidget) -> None:
        dock.raise_()
        area = self.dockWidgetArea(dock)
        alone = not any(
            d.isVisible() and d is not dock and self.dockWidgetArea(d) == area for d in self.docks.values()
        )
        if alone:
            QTimer.singleShot(0, self, lambda: self._fit_area(area, only_shrink=True))

    def _fit_area(self, area: Qt.DockWidgetArea, *, only_shrink: bool = False) -> None:
        """Size the docked panels of one side to the default layout's share of the window."""
        docks = [
            d for d in self.docks.values()
            if d.isVisible() and not d.isFloating() and self.dockWidgetArea(d) == area
        ]  # fmt: skip
        if not docks:
            return
        if area == Qt.DockWidgetArea.BottomDockWidgetArea:
            orientation, size = Qt.Orientation.Vertical, round(self.height() * BOTTOM_PANEL_SHARE)
            current = max(d.height() for d in docks)
        else:
            orientation, size = Qt.Orientation.Horizontal, round(self.width() * SIDE_PANEL_SHARE)
            current = max(d.width() for d in docks)
        if only_shrink and current <= size:
            return
        self.resizeDocks(docks, [size] * len(docks), orientation)

    def fit_default_layout(self) -> None:
        """The default sizes: the map keeps at least half of the window on a 1366x768 screen."""
        self._layout_fitted = True
        for area in (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        ):
            self._fit_area(area)

    def reset_layout(self) -> None:
        """Every panel back in its first place, the first-start panels shown and the others hidden."""
        self.restoreState(self._default_state, STATE_VERSION)
        for spec in registered_panels():
            self._panel_visible[spec.id] = spec.visible
        self._show_panels(self.workspace.project is not None)
        QTimer.singleShot(0, self, self.fit_default_layout)

    def _remember_panel(self, panel: str, visible: bool) -> None:
        if not self._switching_panels and self.workspace.project is not None:
            self._panel_visible[panel] = visible

    def _show_panels(self, with_project: bool) -> None:
        """Panels show project content, so the start page is shown without them."""
        self._switching_panels = True
        try:
            for panel, dock in self.docks.items():
                dock.setVisible(with_project and self._panel_visible[panel])
                dock.toggleViewAction().setEnabled(with_project)
        finally:
            self._switching_panels = False
        QTimer.singleShot(0, self, self._hide_stray_tab_bars)
        if with_project and not self._layout_fitted:
            QTimer.singleShot(0, self, self.fit_default_layout)  # first start: no layout saved yet

    def _hide_stray_tab_bars(self) -> None:
        """Qt can leave the tab bar of tabified docks showing in the window's top-left corner after those
        docks were hidden (seen after restoreState); hide any tab bar that is over no visible dock."""
        docks = [d for d in self.docks.values() if d.isVisible() and not d.isFloating()]
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for bar in self.findChildren(QTabBar, options=direct):
            near_a_dock = any(bar.geometry().intersects(d.geometry().adjusted(-8, -40, 8, 40)) for d in docks)
            if bar.isVisible() and not near_a_dock:
                bar.hide()

    # -- settings --------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._layout_fitted = self.restoreState(state, STATE_VERSION)  # the user's own sizes
        self.autosave_minutes = int(self.settings.value("autosave_minutes", DEFAULT_AUTOSAVE_SECONDS // 60))
        self.reopen_last = self.settings.value("reopen_last", False, type=bool)
        self.workspace.autosave_seconds = self.autosave_minutes * 60

    def _save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState(STATE_VERSION))
        self.settings.setValue("autosave_minutes", self.autosave_minutes)
        self.settings.setValue("reopen_last", self.reopen_last)
        for panel, visible in self._panel_visible.items():
            self.settings.setValue(f"panels/{panel}", visible)
        self.settings.sync()

    def edit_preferences(self) -> None:
        chosen = dialogs.ask_preferences(self, self.autosave_minutes, self.reopen_last)
        if chosen is None:
            return
        self.autosave_minutes, self.reopen_last, language = chosen
        choose_language(language)
        self.workspace.autosave_seconds = self.autosave_minutes * 60
        self.autosave_timer.stop()  # restarted with the new interval while there is unsaved work
        self._update_autosave()
        self._save_settings()

    # -- workspace events ------------------------------------------------------------------------
    def _on_project_changed(self, project: Project | None) -> None:
        if project is not None or self.canvas.project is not None:
            # Not at start-up: the hidden canvas would render a world map nobody sees
            self.canvas.set_project(project, self.workspace.selection)
        self._show_panels(project is not None)
        self.status.set_project_open(project is not None)
        if project is None:
            self.refresh_start_page()
            self.central.setCurrentWidget(self.start_page)
            self.status.clear_position()
        else:
            self.central.setCurrentWidget(self.canvas)
            self.zoom_to_cluster()
        self.watch_project_file()
        self._on_state_changed(set())
        self._on_selection_changed(self.workspace.selection.fids, None)

    def _on_state_changed(self, tables: set[str]) -> None:
        state = self.workspace.state
        project = self.workspace.project
        if project is not None and (not tables or tables & {"stakeholders", "relations", "project_info"}):
            relations = project.connection.execute("SELECT count(*) FROM relations").fetchone()[0]
            info = project.info()
            self.status.set_summary(info.cluster_name, len(project.stakeholder_points()), relations)
        if state.has_project:
            if state.read_only:
                suffix = " " + translate("MainWindow", "(read-only)")
            elif state.sample:
                suffix = " " + translate("MainWindow", "(sample)")
            else:
                suffix = ""
            self.setWindowTitle(f"{state.title}[*]{suffix} — ClusterDesk")
        else:
            self.setWindowTitle("ClusterDesk")
        self.setWindowModified(state.dirty)
        undo, redo = self.menu_actions["undo"], self.menu_actions["redo"]
        undo.setText(
            translate("MainWindow", "&Undo {action}").format(action=state.undo_label)
            if state.undo_label
            else translate("MainWindow", "&Undo")
        )
        redo.setText(
            translate("MainWindow", "&Redo {action}").format(action=state.redo_label)
            if state.redo_label
            else translate("MainWindow", "&Redo")
        )
        undo.setEnabled(state.undo_label is not None)
        redo.setEnabled(state.redo_label is not None)
        for name in PROJECT_ACTIONS:
            self.menu_actions[name].setEnabled(state.has_project)
        self._update_selection_actions()
        self._update_autosave()

    def _on_selection_changed(self, fids: frozenset[int], _source: object) -> None:
        self.status.set_selection_count(len(fids))
        self._update_selection_actions()

    def _update_selection_actions(self) -> None:
        has_selection = self.workspace.project is not None and len(self.workspace.selection) > 0
        self.menu_actions["delete"].setEnabled(has_selection)
        self.menu_actions["zoom_selection"].setEnabled(has_selection)

    def refresh_start_page(self) -> None:
        self.start_page.refresh(self.workspace.recent.paths())

    # -- autosave and outside changes ------------------------------------------------------------
    def _update_autosave(self) -> None:
        if self.workspace.is_dirty:
            if not self.autosave_timer.isActive():
                self.autosave_timer.start(self.workspace.autosave_seconds * 1000)
        else:
            self.autosave_timer.stop()

    def autosave(self) -> None:
        try:
            written = self.workspace.autosave_tick()
        except (ClusterDeskError, OSError) as error:
            failed = translate("MainWindow", "Could not write the recovery copy: {error}").format(error=error)
            self.status.showMessage(failed, 10000)
            return
        if written is not None:
            self.status.showMessage(translate("MainWindow", "Recovery copy saved"), 3000)

    def watch_project_file(self) -> None:
        """Watch the saved file; re-armed after saves, since an atomic replace ends the old watch."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        project = self.workspace.project
        if project is not None and project.path is not None and project.path.exists():
            self.watcher.addPath(str(project.path))

    def _on_file_changed(self, _path: str) -> None:
        # Ask once the user is back in the window, not while another program is still writing
        if QApplication.applicationState() == Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(300, self, self.documents.check_disk_change)
        QTimer.singleShot(300, self, self.watch_project_file)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.workspace.project is not None:
            self.documents.check_disk_change()

    # -- import, export, help --------------------------------------------------------------------
    def import_dialog(self, path: Path | None = None) -> None:
        if self.workspace.project is None:
            return
        from clusterdesk.gui.import_wizard import IMPORTABLE_SUFFIXES, run_import_wizard  # pandas: load late

        if path is None:
            patterns = " ".join(f"*{s}" for s in sorted(IMPORTABLE_SUFFIXES))
            tables = translate("MainWindow", "Stakeholder tables ({patterns})").format(patterns=patterns)
            chosen = ask.open_file_name(self, translate("MainWindow", "Import stakeholders"), "", tables)
            if not chosen:
                return
            path = Path(chosen)
        run_import_wizard(self, path)

    def export_view(self) -> None:
        project = self.workspace.project
        if project is None:
            return
        folder = project.path.parent if project.path else Path.home()
        name = translate("MainWindow", "{title} map").format(title=project.title)
        chosen = dialogs.ask_export_view(self, folder / f"{name}.png", project.title)
        if chosen is None:
            return
        path, width, height, dpi, *chosen_decorations = chosen  # title, legend, scale bar, north arrow
        try:
            from clusterdesk.render.export import export_view

            decorations = chosen_decorations[0] if chosen_decorations else None
            export_view(self.canvas.renderer, self.canvas.viewport, path, width, height, dpi, decorations)
        except (ClusterDeskError, OSError) as error:
            report_exception(self, error)
            return
        self.status.showMessage(translate("MainWindow", "Exported {path}").format(path=path), 5000)

    def zoom_to_cluster(self) -> None:
        """The cluster's own area: its boundaries when drawn; distant buyers would otherwise shrink it."""
        project = self.workspace.project
        if project is None:
            return
        if project.connection.execute("SELECT 1 FROM cluster_boundaries LIMIT 1").fetchone():
            self.canvas.zoom_to_layer("boundaries")
        else:
            self.canvas.zoom_to_project()

    def fill_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        paths = self.workspace.recent.paths()
        for index, path in enumerate(paths, start=1):
            action = QAction(f"&{index % 10} {path.name}", menu)
            action.setToolTip(literal_text(str(path)))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.documents.open_path(p))
            menu.addAction(action)
        if not paths:
            empty = menu.addAction(translate("MainWindow", "No recent projects"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.workspace.recent.clear()
        self.refresh_start_page()

    def set_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def open_user_guide(self) -> None:
        guide = about.user_guide_path(interface_language())  # the guide in the window's language
        if guide is None:
            ask.show_info(
                self,
                translate("MainWindow", "The user guide is not installed with this copy of ClusterDesk."),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide)))

    def show_about(self) -> None:
        about.show_about(self)

    # -- Qt events -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        try:
            may_close = self.documents.maybe_save("quit")
        except Exception as error:  # noqa: BLE001 - a failed save must never close the window
            report_exception(self, error)
            may_close = False
        if not may_close:
            event.ignore()
            return
        self._save_settings()
        self.autosave_timer.stop()
        # Background work reads the project: stop it before the working copy goes away
        for task in self.status.running_tasks():
            task.cancel()
        thread_pool().waitForDone(10000)
        self.workspace.shutdown()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if _dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = _dropped_path(event)
        if path is None:
            return
        event.acceptProposedAction()
        # Opening shows dialogs; leave the drag-and-drop handler first so the source program is released
        if path.suffix.lower() == ".gpkg":
            QTimer.singleShot(0, self, lambda: self.documents.open_path(path))
        else:
            QTimer.singleShot(0, self, lambda: self.import_dialog(path))


def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    if path.suffix.lower() == ".gpkg":
        return path
    from clusterdesk.gui.import_wizard import IMPORTABLE_SUFFIXES  # pandas: load on first use

    if path.suffix.lower() in IMPORTABLE_SUFFIXES:
        return path
    return None
