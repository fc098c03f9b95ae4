"""Edit stakeholders the way a QGIS user does, on the layers the plugin loads, and commit (the ogr
provider writes into the project file itself): move one and change its employees, then optionally
delete another and add a new one with QGIS's add-feature defaults.

Run under the system Python that has QGIS:
    /usr/bin/python3 edit_stakeholder.py FILE FID LON LAT EMPLOYEES [--delete FID] [--add NAME]
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis_headless import emit, qgis_application, use_plugin_from


def relation_lines(layer, fid: int) -> dict:
    from qgis.core import QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression(f'"source_id" = {fid} OR "target_id" = {fid}')
    return {
        str(feature.id()): [[p.x(), p.y()] for p in feature.geometry().asPolyline()]
        for feature in layer.getFeatures(request)
    }


def add_stakeholder(layer, name: str) -> dict:
    """What QGIS's Add Point Feature tool does: a feature with the layer's default values, then the
    user's entries."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayerUtils

    layer.startEditing()
    geometry = QgsGeometry.fromPointXY(QgsPointXY(-78.3, 0.2))
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, {layer.fields().indexOf("name"): name})
    added = layer.addFeature(feature)
    return {"added": added, "add_committed": layer.commitChanges(), "add_errors": list(layer.commitErrors())}


def main(
    path: str, fid: int, lon: float, lat: float, employees: int, delete: int | None, add: str | None
) -> None:
    use_plugin_from()
    with qgis_application():
        from clusterdesk_qgis import load_project
        from qgis.core import QgsGeometry, QgsPointXY, QgsProject

        stakeholders, relations = load_project(path)[:2]
        stakeholders.startEditing()
        moved = stakeholders.changeGeometry(fid, QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        changed = stakeholders.changeAttributeValue(
            fid, stakeholders.fields().indexOf("employees"), employees
        )
        committed = stakeholders.commitChanges()
        errors = list(stakeholders.commitErrors())
        feature = stakeholders.getFeature(fid)
        point = feature.geometry().asPoint()
        result = {
            "moved": moved,
            "changed": changed,
            "committed": committed,
            "commit_errors": errors,
            "read_back": [point.x(), point.y(), feature["employees"]],
            "relation_lines": relation_lines(relations, fid),
        }
        if delete is not None:
            stakeholders.startEditing()
            result["deleted"] = stakeholders.deleteFeature(delete)
            result["delete_committed"] = stakeholders.commitChanges()
            result["delete_errors"] = list(stakeholders.commitErrors())
            result["relations_left"] = relations.featureCount()
        if add is not None:
            result.update(add_stakeholder(stakeholders, add))
        QgsProject.instance().clear()  # closes the layers and releases the file, as closing QGIS would
        result["companion_files"] = sorted(p.name for p in Path(path).parent.glob(Path(path).name + "-*"))
        emit(result)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    options = {"--delete": None, "--add": None}
    for flag in options:
        if flag in arguments:
            at = arguments.index(flag)
            options[flag] = arguments[at + 1]
            del arguments[at : at + 2]
    main(
        arguments[0],
        int(arguments[1]),
        float(arguments[2]),
        float(arguments[3]),
        int(arguments[4]),
        int(options["--delete"]) if options["--delete"] else None,
        options["--add"],
    )
