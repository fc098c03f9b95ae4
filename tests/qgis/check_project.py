"""Open ClusterDesk project files the way a plain QGIS user does and report what QGIS sees.

Run under the system Python that has QGIS:  /usr/bin/python3 check_project.py FILE.gpkg [FILE.gpkg ...]
For every file it opens each table registered in gpkg_contents with
`QgsVectorLayer(f"{path}|layername={table}", table, "ogr")`, and reports validity, feature counts,
the styles QGIS finds in layer_styles, the renderer the default style gives, the GeoPackage version and
anything GDAL printed while opening. It judges nothing: the pytest side (qgis_process.qgis_problems)
compares the report with ClusterDesk's own view of the file.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from qgis_headless import captured_native_stderr, emit, qgis_application

STYLED_TABLES = ("stakeholders", "relations", "cluster_boundaries")


def file_header(path: Path) -> dict:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            "user_version": connection.execute("PRAGMA user_version").fetchone()[0],
            "application_id": connection.execute("PRAGMA application_id").fetchone()[0],
            "registered": [
                r[0] for r in connection.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")
            ],
        }
    finally:
        connection.close()


def describe_symbol(category) -> dict:
    from qgis.core import QgsSimpleMarkerSymbolLayerBase

    symbol = category.symbol()
    first = symbol.symbolLayer(0)
    described = {
        "label": category.label(),
        "colour": symbol.color().name(),
        "symbol_layer": first.layerType(),
        "symbol_layers": [symbol.symbolLayer(i).layerType() for i in range(symbol.symbolLayerCount())],
    }
    if first.layerType() == "SimpleMarker":
        described["shape"] = QgsSimpleMarkerSymbolLayerBase.encodeShape(first.shape())
        described["size_mm"] = round(symbol.size(), 3)
    return described


def describe_renderer(layer) -> dict:
    renderer = layer.renderer()
    if renderer is None:
        return {"type": None}
    described = {"type": renderer.type()}
    if renderer.type() == "categorizedSymbol":
        described["attribute"] = renderer.classAttribute()
        categories = renderer.categories()  # kept in a variable: the symbols belong to these copies
        described["categories"] = {
            str(category.value()): describe_symbol(category) for category in categories
        }
    elif renderer.type() == "singleSymbol":
        symbol = renderer.symbol()
        described["colour"] = symbol.color().name()
        described["alpha"] = symbol.color().alpha()
    return described


def describe_layer(path: Path, table: str) -> dict:
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    report = {"valid": layer.isValid()}
    if not layer.isValid():
        report["error"] = layer.error().summary()
        return report
    report["feature_count"] = layer.featureCount()
    report["geometry"] = QgsWkbTypes.displayString(layer.wkbType())
    report["fields"] = layer.fields().names()
    if table in STYLED_TABLES:
        related, _ids, names, _descriptions, error = layer.listStylesInDatabase()
        report["styles_in_database"] = {
            "for_this_layer": related,
            "names": list(names[:related]),
            "error": error,
        }
        message, loaded = layer.loadDefaultStyle()
        report["default_style"] = {"loaded": bool(loaded), "message": message}
        report["renderer"] = describe_renderer(layer)
        report["aliases"] = {name: layer.attributeAlias(i) for i, name in enumerate(report["fields"])}
    return report


def check(path: Path) -> dict:
    report = {"path": str(path), **file_header(path)}
    messages: list[str] = []
    with captured_native_stderr(messages):
        report["layers"] = {table: describe_layer(path, table) for table in report["registered"]}
    report["gdal_messages"] = list(dict.fromkeys(messages))  # GDAL repeats itself once per layer
    return report


def main(paths: list[str]) -> None:
    with qgis_application():
        from qgis.core import Qgis

        emit({"qgis_version": Qgis.QGIS_VERSION, "files": [check(Path(p).resolve()) for p in paths]})


if __name__ == "__main__":
    main(sys.argv[1:])
