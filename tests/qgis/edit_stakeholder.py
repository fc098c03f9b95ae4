"""Edit one stakeholder the way a QGIS user does, on the layers the plugin loads: move it and change
its employees, then commit (the ogr provider writes into the project file itself).

Run under the system Python that has QGIS:
    /usr/bin/python3 edit_stakeholder.py FILE FID LON LAT EMPLOYEES
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis_headless import emit, qgis_application, use_plugin_from


def main(path: str, fid: int, lon: float, lat: float, employees: int) -> None:
    use_plugin_from()
    with qgis_application():
        from clusterdesk_qgis import load_project
        from qgis.core import QgsGeometry, QgsPointXY, QgsProject

        stakeholders = load_project(path)[0]
        stakeholders.startEditing()
        moved = stakeholders.changeGeometry(fid, QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        changed = stakeholders.changeAttributeValue(
            fid, stakeholders.fields().indexOf("employees"), employees
        )
        committed = stakeholders.commitChanges()
        errors = stakeholders.commitErrors()
        feature = stakeholders.getFeature(fid)
        point = feature.geometry().asPoint()
        QgsProject.instance().clear()  # closes the layers and releases the file, as closing QGIS would
        companions = sorted(p.name for p in Path(path).parent.glob(Path(path).name + "-*"))
        emit(
            {
                "moved": moved,
                "changed": changed,
                "committed": committed,
                "commit_errors": errors,
                "read_back": [point.x(), point.y(), feature["employees"], feature["modified_at"].toString()],
                "companion_files": companions,
            }
        )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))
