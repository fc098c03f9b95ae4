"""A QGIS user reopens a saved QGIS project holding ClusterDesk layers (added without the plugin's open
action) and moves a stakeholder, with the plugin switched on; then switches the plugin off.

Run under the system Python that has QGIS:
    /usr/bin/python3 edit_in_saved_qgis_project.py FILE FID LON LAT
"""

from __future__ import annotations

import sys

from plugin_gui import GuiShellDouble
from qgis_headless import emit, qgis_application, use_plugin_from


def main(path: str, fid: int, lon: float, lat: float) -> None:
    use_plugin_from()
    with qgis_application():
        from clusterdesk_qgis import classFactory
        from clusterdesk_qgis.integrity import KEEPER_NAME
        from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
        from qgis.PyQt.QtCore import QObject

        plugin = classFactory(GuiShellDouble())
        plugin.initGui()
        # What reading a saved .qgz does: plain layers on the file, no ClusterDesk loader involved
        stakeholders = QgsVectorLayer(f"{path}|layername=stakeholders", "Stakeholders", "ogr")
        relations = QgsVectorLayer(f"{path}|layername=relations", "Relations", "ogr")
        QgsProject.instance().addMapLayers([stakeholders, relations])
        watched = stakeholders.findChild(QObject, KEEPER_NAME) is not None
        stakeholders.startEditing()
        stakeholders.changeGeometry(fid, QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        committed = stakeholders.commitChanges()
        request = QgsFeatureRequest().setFilterExpression(f'"source_id" = {fid} OR "target_id" = {fid}')
        lines = {
            str(f.id()): [[p.x(), p.y()] for p in f.geometry().asPolyline()]
            for f in relations.getFeatures(request)
        }
        plugin.unload()
        emit(
            {
                "watched": watched,
                "committed": committed,
                "relation_lines": lines,
                "watched_after_unload": stakeholders.findChild(QObject, KEEPER_NAME) is not None,
            }
        )
        QgsProject.instance().clear()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]))
