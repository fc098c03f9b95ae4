"""The plugin shell: one menu entry and one toolbar button that open a ClusterDesk project."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis, QgsProject, QgsSettings
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog

from .i18n import tr
from .integrity import release_references, watch_if_clusterdesk_stakeholders
from .loader import load_project
from .project_file import NotAClusterDeskProject

MENU = "ClusterDesk"
_LAST_FOLDER_KEY = "clusterdesk/last_folder"


class ClusterDeskPlugin:
    """Created by QGIS through `classFactory`; `initGui` and `unload` add and remove the same actions."""

    def __init__(self, iface):
        self.iface = iface
        self.actions: list[QAction] = []

    def initGui(self) -> None:  # noqa: N802 - the name QGIS calls
        icon = QIcon(str(Path(__file__).with_name("icon.svg")))
        action = QAction(icon, tr("Open ClusterDesk project…"), self.iface.mainWindow())
        action.setObjectName("clusterdeskOpenProject")
        action.setToolTip(tr("Add a ClusterDesk project as styled layers and tables"))
        action.triggered.connect(self.open_project)
        self.iface.addPluginToMenu(MENU, action)
        self.iface.addToolBarIcon(action)
        self.actions.append(action)
        # Layers of a ClusterDesk project may also arrive with a saved QGIS project or through Add Layer
        QgsProject.instance().layersAdded.connect(self.watch_layers)
        self.watch_layers(list(QgsProject.instance().mapLayers().values()))

    def unload(self) -> None:
        if self.actions:  # initGui ran
            QgsProject.instance().layersAdded.disconnect(self.watch_layers)
            release_references(QgsProject.instance())
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []

    def watch_layers(self, layers) -> None:
        for layer in layers:
            watch_if_clusterdesk_stakeholders(layer)

    def open_project(self) -> None:
        settings = QgsSettings()
        path, _filter = QFileDialog.getOpenFileName(
            self.iface.mainWindow(),
            tr("Open ClusterDesk project"),
            settings.value(_LAST_FOLDER_KEY, str(Path.home())),
            tr("ClusterDesk projects (*.gpkg)"),
        )
        if not path:
            return
        settings.setValue(_LAST_FOLDER_KEY, str(Path(path).parent))
        self.open_path(path)

    def open_path(self, path: str) -> None:
        """Load `path` into the current project and zoom to it; problems go to the message bar."""
        bar = self.iface.messageBar()
        try:
            layers = load_project(path, QgsProject.instance())
        except NotAClusterDeskProject as error:
            bar.pushMessage("ClusterDesk", str(error), Qgis.Warning, 0)
            return
        stakeholders = layers[0]
        canvas = self.iface.mapCanvas()
        if stakeholders.featureCount() > 0 and not stakeholders.extent().isEmpty():
            extent = canvas.mapSettings().layerExtentToOutputExtent(stakeholders, stakeholders.extent())
            extent.scale(1.2)
            canvas.setExtent(extent)
            canvas.refresh()
        message = tr("Added {count} stakeholders from {name}.").format(
            count=stakeholders.featureCount(), name=Path(path).name
        )
        bar.pushMessage("ClusterDesk", message, Qgis.Info, 5)
