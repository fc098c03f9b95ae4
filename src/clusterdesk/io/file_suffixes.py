"""The file kinds the stakeholder importers read and the exporters write, by suffix. A module of its own,
with no imports, so that the command line's help can name them without loading pandas or GDAL."""

from __future__ import annotations

TEXT_EXTENSIONS = (".csv", ".tsv", ".txt", ".tab")
EXCEL_EXTENSIONS = (".xlsx", ".xlsm")
VECTOR_FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".shp": "Shapefile", ".gpkg": "GeoPackage"}
IMPORT_EXTENSIONS = (*TEXT_EXTENSIONS, *EXCEL_EXTENSIONS, *VECTOR_FORMATS)
EXPORT_EXTENSIONS = (".csv", ".xlsx", ".geojson", ".gpkg", ".shp")
