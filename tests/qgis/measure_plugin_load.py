"""Print how long the plugin takes to load a project into QGIS and to draw it the first time.

    python tools/synthetic.py /tmp/big.gpkg --stakeholders 100000
    /usr/bin/python3 tests/qgis/measure_plugin_load.py /tmp/big.gpkg

Run by hand, not by the test suite (timings belong in figures, not in assertions).
"""

from __future__ import annotations

import sys
import time

from qgis_headless import qgis_application, use_plugin_from


def main(path: str) -> None:
    use_plugin_from()
    with qgis_application():
        from clusterdesk_qgis import load_project
        from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsProject
        from qgis.PyQt.QtCore import QSize

        started = time.perf_counter()
        layers = load_project(path)
        loaded = time.perf_counter() - started
        stakeholders = layers[0]
        settings = QgsMapSettings()
        settings.setLayers(layers[:3])
        settings.setDestinationCrs(stakeholders.crs())
        settings.setExtent(stakeholders.extent())
        settings.setOutputSize(QSize(1200, 800))
        started = time.perf_counter()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        drawn = time.perf_counter() - started
        print(f"{stakeholders.featureCount():,} stakeholders, {layers[1].featureCount():,} relations")
        print(f"load_project: {loaded:.2f} s; first drawing at 1200x800: {drawn:.2f} s")
        QgsProject.instance().clear()


if __name__ == "__main__":
    main(sys.argv[1])
