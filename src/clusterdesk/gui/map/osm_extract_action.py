"""Layers panel ▸ Add OpenStreetMap extract…: an offline street basemap from an .osm.pbf file.

The extract is converted once (`io.osm_extract`) on a worker thread, with a progress dialog that can
cancel it, into a cache beside the project (or in the user's data folder); the project remembers the
extract (`io.osm_extract_choice`), and opening the project again shows it without converting again.
Removing the layer forgets it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QVBoxLayout, QWidget

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.gui import ask
from clusterdesk.gui.errors import report_exception
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.map.canvas import MapCanvas
from clusterdesk.gui.task_progress import task_progress_dialog
from clusterdesk.gui.worker import Task
from clusterdesk.io.osm_extract import cache_is_current, cache_path_for, convert_extract
from clusterdesk.io.osm_extract_choice import forget_extract, remember_extract, remembered_extract
from clusterdesk.render.street_layer import STREETS


def street_layer_title() -> str:
    return translate("OsmExtract", "Streets (OpenStreetMap)")


class OsmExtractController(QObject):
    """Adds, restores and removes the street basemap of the canvas's project."""

    def __init__(self, canvas: MapCanvas, parent: QWidget) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.parent_widget = parent
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self._project = canvas.project
        self._shown = False  # whether the current project's street layer was on the map
        canvas.layersChanged.connect(self._on_layers_changed)

    # -- adding ----------------------------------------------------------------------------------
    def choose(self) -> Task | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("OsmExtract", "Add an OpenStreetMap extract"),
            "",
            translate("OsmExtract", "OpenStreetMap extracts (*.osm.pbf *.pbf *.osm);;All files (*)"),
        )
        return self.add(path) if path else None

    def add(self, extract: str | Path) -> Task | None:
        """Show `extract` as the street basemap, converting it on a worker first unless a current cache
        exists; returns the conversion task, or None when none was needed."""
        extract = Path(extract)
        project = self.canvas.project
        cache = cache_path_for(project.path if project is not None else None, extract)
        if cache_is_current(cache, extract):
            self._show(extract, cache)
            return None
        return self._convert(extract, cache)

    def _convert(self, extract: Path, cache: Path) -> Task:
        if self.task is not None and not self.task.done:
            self.task.cancel()
        title = translate("OsmExtract", "Converting {file}").format(file=extract.name)

        def work(progress, cancel):
            return convert_extract(extract, cache, progress=progress, cancel=cancel)

        task = Task(work, title, self)
        dialog = task_progress_dialog(
            task,
            title,
            translate("OsmExtract", "OpenStreetMap extract"),
            translate("OsmExtract", "Cancel"),
            self.parent_widget,
        )
        project = self.canvas.project
        task.succeeded.connect(lambda _summary: self._converted(project, extract, cache))
        task.failed.connect(lambda error, _details: self._failed(error))
        task.cancelled.connect(self._cancelled)
        self.task, self.progress = task, dialog
        window = self.parent_widget.window()
        if hasattr(window, "status"):
            window.status.track(task)
        task.start()
        return task

    def _converted(self, project, extract: Path, cache: Path) -> None:
        if project is not self.canvas.project:
            return  # another project was opened meanwhile; this one shows it when opened again
        self._show(extract, cache)

    def _failed(self, error: BaseException) -> None:
        report_exception(self.parent_widget, error)

    def _cancelled(self) -> None:
        window = self.parent_widget.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                translate("OsmExtract", "Conversion of the OpenStreetMap extract cancelled."), 5000
            )

    def _show(self, extract: Path, cache: Path) -> None:
        try:
            self.canvas.renderer.open_street_basemap(cache, street_layer_title())
        except ClusterDeskError as error:
            ask.show_error(self.parent_widget, str(error))
            return
        if self.canvas.project is not None:
            remember_extract(self.canvas.project, extract, cache)
        self._project, self._shown = self.canvas.project, True
        self.canvas.layersChanged.emit()
        self.canvas.schedule_render(0)

    # -- following the canvas --------------------------------------------------------------------
    def _on_layers_changed(self) -> None:
        renderer, project = self.canvas.renderer, self.canvas.project
        if project is not self._project:  # another project: show the extract it remembers
            self._project, self._shown = project, False
            if project is not None and renderer.street_basemap is None:
                self._restore(project)
            return
        if self._shown and renderer.street_basemap is None:  # the user removed the layer
            self._shown = False
            if project is not None:
                forget_extract(project)

    def _restore(self, project) -> None:
        choice = remembered_extract(project)
        if choice is None:
            return
        if cache_is_current(choice.cache, choice.extract) or (
            not choice.extract.exists() and choice.cache.exists()
        ):
            self._show(choice.extract, choice.cache)  # a moved extract leaves its cache usable
        elif choice.extract.exists():
            self._convert(choice.extract, choice.cache)


def install_osm_extract_button(
    panel: QWidget, canvas: MapCanvas, layout: QVBoxLayout
) -> OsmExtractController:
    """The panel's "Add OpenStreetMap extract…" button, on a row of its own below the layer buttons."""
    controller = OsmExtractController(canvas, panel)
    button = QPushButton(translate("OsmExtract", "Add OpenStreetMap extract…"), panel)
    button.setObjectName("add_osm_extract")
    button.setToolTip(
        translate(
            "OsmExtract",
            "Draw streets, water, land use and place names offline from an OpenStreetMap extract",
        )
    )
    button.clicked.connect(controller.choose)
    layout.addWidget(button)
    controller.button = button
    return controller


def is_removable(layer_id: str | None) -> bool:
    """Whether the layers panel's Remove button applies to a layer: tile files and the street basemap."""
    return bool(layer_id and (layer_id.startswith("tiles:") or layer_id == STREETS))
