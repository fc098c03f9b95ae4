"""Reading GIS layers (GeoJSON, Shapefile, GeoPackage) into a SourceTable with pyogrio.

Geometry is reprojected to WGS84; points give the coordinates directly, other shapes their
representative point (a point inside the shape).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.io.cell_text import column_text
from clusterdesk.io.errors import ImportFileError
from clusterdesk.io.file_suffixes import VECTOR_FORMATS
from clusterdesk.io.shapefile_checks import check_shapefile
from clusterdesk.io.source_table import SourceTable, unique_headers
from clusterdesk.io.task import TaskState

FORMATS = VECTOR_FORMATS


# GDAL's advice on choosing a driver is for programmers, and its "not recognized" names the whole path
_GDAL_DRIVER_ADVICE = re.compile(r";?\s*It might help to specify the correct driver.*$", re.DOTALL)
_GDAL_NOT_RECOGNISED = re.compile(r"^'.*' not recognized as being in a supported file format\.?", re.DOTALL)


def _gdal_reason(error: Exception) -> str:
    """GDAL's reason for refusing a file, in words for the user."""
    text = _GDAL_DRIVER_ADVICE.sub("", str(error)).strip()
    text = _GDAL_NOT_RECOGNISED.sub(
        tr("gis:no_format", "its contents are in no format that can be read", messages_language()), text
    )
    return text.rstrip(".;: ") or type(error).__name__


def unreadable_gis_file(path: Path, reason: str) -> str:
    return tr(
        "gis:unreadable",
        "{file} cannot be read as a GIS file ({reason}).",
        messages_language(),
        file=path.name,
        reason=reason,
    )


def layers_and_types(
    path: Path, refusal: Callable[[Path, str], str] = unreadable_gis_file
) -> list[tuple[str, str]]:
    """(name, geometry type) of each layer of `path`; a file GDAL cannot read is refused with
    `refusal(path, GDAL's reason in words for the user)`."""
    import pyogrio

    try:
        return [(str(n), str(t)) for n, t in pyogrio.list_layers(path)]
    except Exception as error:  # GDAL reports unreadable files with several exception types
        raise ImportFileError(refusal(path, _gdal_reason(error))) from error


def named_layer(path: Path, names: list[str], wanted: str) -> str:
    """`wanted` when `path` has a layer of that name; refused, naming the layers it has, otherwise."""
    if wanted not in names:
        raise ImportFileError(
            tr(
                "gis:no_layer",
                "{file} has no layer named {layer}. Its layers are: {layers}.",
                messages_language(),
                file=path.name,
                layer=repr(wanted),
                layers=", ".join(names),
            )
        )
    return wanted


def layer_names(path: Path) -> list[str]:
    return [name for name, _geometry_type in layers_and_types(path)]


def _unreadable_geopackage(path: Path, reason: str) -> str:
    return tr(
        "gis:bad_geopackage",
        "{file} is not a readable GeoPackage ({reason}). "
        "Choose a .gpkg file saved by QGIS, ClusterDesk or another GIS.",
        messages_language(),
        file=path.name,
        reason=reason,
    )


def _choose_layer(path: Path, wanted: str | None) -> str | None:
    if path.suffix.lower() != ".gpkg":
        return None
    layers = layers_and_types(path, _unreadable_geopackage)
    names = [n for n, _ in layers]
    if not layers:
        raise ImportFileError(
            tr("gis:no_layers", "{file} has no layers to import.", messages_language(), file=path.name)
        )
    if wanted is not None:
        return named_layer(path, names, wanted)
    if "stakeholders" in names:
        return "stakeholders"
    points = [n for n, t in layers if "POINT" in t.upper()]
    return (points or names)[0]


def _read(path: Path, layer: str | None):
    import pyogrio

    try:
        return pyogrio.read_dataframe(path, layer=layer)
    except Exception as error:
        kind = FORMATS.get(path.suffix.lower(), "GIS")
        raise ImportFileError(
            tr(
                "gis:damaged",
                "{file} cannot be read as {kind} ({reason}). "
                "The file may be truncated or damaged; export it again from the GIS.",
                messages_language(),
                file=path.name,
                kind=kind,
                reason=_gdal_reason(error),
            )
        ) from error


def _in_degrees(geometry) -> bool:
    bounds = geometry.total_bounds
    return bool(
        np.all(np.isfinite(bounds))
        and -180 <= bounds[0]
        and bounds[2] <= 180
        and -90 <= bounds[1]
        and bounds[3] <= 90
    )


def wgs84_geometry(frame, path: Path, notes: list[str]):
    """The frame's geometry in WGS 84 degrees, with a note when it was reprojected or read as degrees for
    want of a coordinate system; a file without one whose coordinates are not degrees is refused."""
    geometry = frame.geometry
    language = messages_language()
    if frame.crs is None:
        if geometry.notna().any() and not _in_degrees(geometry):
            raise ImportFileError(
                tr(
                    "gis:no_crs",
                    "{file} has no coordinate system ({prj} is missing) and its coordinates are not "
                    "longitude/latitude. Copy the .prj file next to it, or define the projection in QGIS.",
                    language,
                    file=path.name,
                    prj=f"{path.stem}.prj",
                )
            )
        notes.append(
            tr(
                "gis:degrees",
                "no coordinate system given ({prj} missing): coordinates read as WGS84 degrees",
                language,
                prj=f"{path.stem}.prj",
            )
        )
        return geometry
    if frame.crs.equals("EPSG:4326"):
        return geometry
    notes.append(
        tr("gis:reprojected", "coordinates reprojected from {crs} to WGS84", language, crs=frame.crs.name)
    )
    return geometry.to_crs(4326)


def _coordinates(frame, path: Path, notes: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    import geopandas

    if not isinstance(frame, geopandas.GeoDataFrame) or frame.geometry.name not in frame.columns:
        return None
    geometry = wgs84_geometry(frame, path, notes)
    lon = np.full(len(frame), np.nan)
    lat = np.full(len(frame), np.nan)
    present = (geometry.notna() & ~geometry.is_empty).to_numpy()
    shapes = geometry[present]
    not_points = (shapes.geom_type != "Point").to_numpy()
    if not_points.any():
        notes.append(
            tr_plural(
                "gis:not_points",
                "{count} shape is not a point: a point inside it was used",
                "{count} shapes are not points: a point inside each shape was used",
                int(not_points.sum()),
                messages_language(),
            )
        )
        shapes = shapes.where(~not_points, shapes.representative_point())
        shapes = geopandas.GeoSeries(shapes, crs=geometry.crs)
    lon[present] = shapes.x.to_numpy()
    lat[present] = shapes.y.to_numpy()
    return lon, lat


def read_vector(path: Path, state: TaskState, *, layer: str | None = None) -> SourceTable:
    notes: list[str] = []
    suffix = path.suffix.lower()
    if suffix == ".shp":
        notes.extend(check_shapefile(path))
    chosen = _choose_layer(path, layer)
    state.report(0.2, tr("csv:reading", "Reading {file}", messages_language(), file=path.name))
    frame = _read(path, chosen)
    state.report(
        0.7,
        tr("progress:attributes", "Reading the attributes of {file}", messages_language(), file=path.name),
    )
    coordinates = _coordinates(frame, path, notes)
    attributes = frame.drop(columns=[frame.geometry.name]) if coordinates is not None else frame
    attributes = pd.DataFrame(attributes)
    text = pd.DataFrame({i: column_text(attributes[c]) for i, c in enumerate(attributes.columns)})
    text.columns = unique_headers([str(c) for c in attributes.columns])
    table = SourceTable(path.name, text.reset_index(drop=True), np.arange(1, len(frame) + 1), FORMATS[suffix])
    if coordinates is not None:
        table.lon, table.lat = coordinates
    if chosen is not None:
        table.sheet = chosen
    table.notes.extend(notes)
    if len(frame) == 0:
        raise ImportFileError(
            tr("gis:no_features", "{file} has no features to import.", messages_language(), file=path.name)
        )
    return table
