"""QGIS holding a ClusterDesk project open while ClusterDesk saves it: loads the project with the plugin,
then obeys one command per line on stdin and answers each with one result line, until `quit`.

    load                  load the layers (QGIS keeps the GeoPackage open from now on)
    edit FID EMPLOYEES    change a stakeholder's employees and commit, as a QGIS user does
    read FID              re-read the layer: feature count, names and the employees of FID
    quit                  close the layers and QGIS

Run under the system Python that has QGIS:
    /usr/bin/python3 hold_open_and_edit.py FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis_headless import emit, qgis_application, use_plugin_from


def companions(path: str) -> list[str]:
    return sorted(p.name[len(Path(path).name) :] for p in Path(path).parent.glob(Path(path).name + "-*"))


def main(path: str) -> None:
    use_plugin_from()
    with qgis_application():
        from clusterdesk_qgis import load_project
        from qgis.core import QgsProject

        stakeholders = None
        for line in sys.stdin:
            command, *arguments = line.split()
            if command == "load":
                stakeholders = load_project(path)[0]
                emit({"valid": stakeholders.isValid(), "companions": companions(path)})
            elif command == "edit":
                fid, employees = int(arguments[0]), int(arguments[1])
                stakeholders.startEditing()
                index = stakeholders.fields().indexOf("employees")
                changed = stakeholders.changeAttributeValue(fid, index, employees)
                committed = stakeholders.commitChanges()
                emit({
                    "changed": changed, "committed": committed, "errors": list(stakeholders.commitErrors()),
                    "companions": companions(path),
                })  # fmt: skip
            elif command == "read":
                stakeholders.dataProvider().reloadData()
                stakeholders.reload()
                features = list(stakeholders.getFeatures())
                wanted = stakeholders.getFeature(int(arguments[0]))
                emit({
                    "count": len(features), "names": sorted(f["name"] for f in features),
                    "employees": wanted["employees"], "valid": stakeholders.isValid(),
                })  # fmt: skip
            elif command == "quit":
                break
        QgsProject.instance().clear()
        stakeholders = None
    emit({"closed": True, "companions": companions(path)})


if __name__ == "__main__":
    main(sys.argv[1])
