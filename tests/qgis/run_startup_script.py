"""Run the start-up script ClusterDesk hands to `qgis --code`, in a headless QGIS, and report the layer
tree it produced.  /usr/bin/python3 run_startup_script.py SCRIPT.py"""

from __future__ import annotations

import runpy
import sys

from qgis_headless import emit, qgis_application


def main(script: str) -> None:
    with qgis_application():
        from qgis.core import QgsProject

        runpy.run_path(script, run_name="__main__")
        root = QgsProject.instance().layerTreeRoot()
        groups = {group.name(): [layer.name() for layer in group.findLayers()] for group in root.children()}
        counts = {layer.name(): layer.featureCount() for layer in QgsProject.instance().mapLayers().values()}
        emit({"groups": groups, "counts": counts})
        QgsProject.instance().clear()


if __name__ == "__main__":
    main(sys.argv[1])
