"""Open a project's published layers from PostGIS the way a plain QGIS user does, and report what QGIS
sees. Run under the system Python that has QGIS:

    /usr/bin/python3 qgis_postgis_layers.py CONNINFO SCHEMA TABLE [TABLE ...]

For each table it loads `CONNINFO table="SCHEMA"."TABLE" (geom)` with the postgres provider and reports
validity, feature count, the styles QGIS lists in public.layer_styles, whether the default style loaded,
and the renderer it gave. It judges nothing: the test compares.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "qgis"))
from qgis_headless import emit, qgis_application  # noqa: E402

GEOMETRY_TABLES = ("stakeholders", "relations", "cluster_boundaries")


def describe(conninfo: str, schema: str, table: str) -> dict:
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    uri = QgsDataSourceUri(conninfo)
    uri.setDataSource(schema, table, "geom" if table in GEOMETRY_TABLES else None, "", "fid")
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    report = {"valid": layer.isValid(), "uri": uri.uri(False)}
    if not layer.isValid():
        report["error"] = layer.error().summary()
        return report
    report["feature_count"] = layer.featureCount()
    related, _ids, names, _descriptions, error = layer.listStylesInDatabase()
    report["styles"] = {"for_this_layer": related, "names": list(names[:related]), "error": error}
    message, loaded = layer.loadDefaultStyle()
    report["default_style"] = {"loaded": bool(loaded), "message": message}
    renderer = layer.renderer()
    report["renderer"] = None if renderer is None else renderer.type()
    if renderer is not None and renderer.type() == "categorizedSymbol":
        report["attribute"] = renderer.classAttribute()
        report["categories"] = sorted(str(category.value()) for category in renderer.categories())
    report["aliases"] = {name: layer.attributeAlias(i) for i, name in enumerate(layer.fields().names())}
    return report


def main(conninfo: str, schema: str, tables: list[str]) -> None:
    with qgis_application():
        from qgis.core import Qgis

        emit(
            {
                "qgis_version": Qgis.QGIS_VERSION,
                "layers": {table: describe(conninfo, schema, table) for table in tables},
            }
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
