"""An OpenStreetMap extract (.osm.pbf or .osm) turned once into a small street-basemap cache.

The extract is read with GDAL's OSM driver through pyogrio (its bundled GDAL has the driver). What a calm
street basemap needs is kept, classified into a few kinds: roads, railways and waterways (`lines`), water,
green and built-up land and buildings (`areas`), and named places (`places`). The cache is a GeoPackage in
EPSG:4326 with RTree indexes, so QGIS opens it too; a `source_extract` table records which extract, of
which size and date, it was made from, so an unchanged extract is not converted again.

The cache never goes inside the project: beside it as `<project>.osm-cache.gpkg`, or in the user's data
folder when the project's folder cannot be written (`cache_path_for`).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.samples import is_bundled_sample
from clusterdesk.core.userdirs import cache_dir
from clusterdesk.io.osm_extract_blocks import unreadable_reason
from clusterdesk.io.task import CancelCallback, ProgressCallback, TaskState

CACHE_SUFFIX = ".osm-cache.gpkg"
CACHE_FORMAT = 1  # raise when the tables or the kinds change: older caches are then made again

ROAD_KINDS = {
    "motorway": "motorway", "motorway_link": "motorway", "trunk": "trunk", "trunk_link": "trunk",
    "primary": "primary", "primary_link": "primary", "secondary": "secondary", "secondary_link": "secondary",
    "tertiary": "tertiary", "tertiary_link": "tertiary", "residential": "minor", "unclassified": "minor",
    "living_street": "minor", "road": "minor", "pedestrian": "minor", "service": "service", "track": "path",
    "path": "path", "footway": "path", "cycleway": "path", "bridleway": "path", "steps": "path",
}  # fmt: skip
RAIL_KINDS = {"rail": "rail", "light_rail": "rail", "narrow_gauge": "rail", "tram": "rail"}
WATERWAY_KINDS = {
    "river": "river",
    "canal": "river",
    "stream": "stream",
    "ditch": "stream",
    "drain": "stream",
}
GREEN = {"forest", "wood", "grass", "meadow", "park", "recreation_ground", "village_green", "orchard",
         "vineyard", "scrub", "heath", "garden", "cemetery", "golf_course", "nature_reserve"}  # fmt: skip
BUILT = {"residential", "commercial", "retail", "industrial", "construction", "railway", "garages"}
FARMLAND = {"farmland", "farmyard", "greenhouse_horticulture", "plant_nursery"}
WATER = {"water", "reservoir", "basin", "wetland", "riverbank"}
PLACE_RANKS = {"city": 1, "town": 2, "village": 3, "suburb": 4, "hamlet": 5, "neighbourhood": 6,
               "quarter": 6, "locality": 7}  # fmt: skip
NAME_LANGUAGES = ("es", "fr", "ru")


class OsmExtractError(ClusterDeskError):
    """The file cannot be used as an OpenStreetMap extract."""


@dataclass(frozen=True)
class ExtractSummary:
    """What a conversion kept."""

    cache: Path
    lines: int
    areas: int
    places: int
    bounds: tuple[float, float, float, float] | None  # lon/lat of everything kept


def cache_path_for(project_path: str | Path | None, extract: str | Path) -> Path:
    """Where the cache of `extract` goes: beside the project when its folder can be written (and is not
    the bundled samples' folder, which stays as installed), else in the user's cache folder under a name
    made from the extract's full path."""
    if project_path is not None:
        project_path = Path(project_path)
        if os.access(project_path.parent, os.W_OK) and not is_bundled_sample(project_path):
            return project_path.with_name(project_path.name.removesuffix(".gpkg") + CACHE_SUFFIX)
    key = hashlib.sha1(str(Path(extract).resolve()).encode()).hexdigest()[:16]
    folder = cache_dir() / "osm"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{Path(extract).name.split('.')[0]}-{key}{CACHE_SUFFIX}"


def _source_mark(extract: Path) -> tuple[str, int, int]:
    status = extract.stat()
    return str(extract.resolve()), status.st_size, status.st_mtime_ns


def cache_is_current(cache: str | Path, extract: str | Path) -> bool:
    """Whether `cache` was made by this version from `extract` as it is now."""
    cache, extract = Path(cache), Path(extract)
    if not cache.is_file() or not extract.is_file():
        return False
    try:
        connection = sqlite3.connect(f"{cache.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT path, size, mtime_ns, format FROM source_extract").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and tuple(row) == (*_source_mark(extract), CACHE_FORMAT)


def cache_source(cache: str | Path) -> Path | None:
    """The extract a cache was made from, or None when the file is not a street-basemap cache."""
    try:
        connection = sqlite3.connect(f"{Path(cache).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT path FROM source_extract").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return Path(row[0]) if row else None


def _refusal(extract: Path, reason: str) -> OsmExtractError:
    return OsmExtractError(
        tr(
            "osm_extract:refused",
            "{file} cannot be used as an OpenStreetMap extract: {reason} Choose an .osm.pbf file, such as "
            "a regional extract from download.geofabrik.de.",
            messages_language(),
            file=extract.name,
            reason=reason,
        )
    )


def _read(extract: Path, layer: str, columns: list[str], where: str):
    """(geometries as WKB, {column: values}) of one layer of the extract."""
    import pyogrio
    from pyogrio.errors import DataLayerError, DataSourceError

    try:
        if pyogrio.read_info(extract, layer=layer)["driver"] != "OSM":
            raise DataSourceError(f"{extract} is read by another GDAL driver")
        meta, _fids, geometries, values = pyogrio.raw.read(extract, layer=layer, columns=columns, where=where)
    except (DataSourceError, DataLayerError) as error:
        reason = tr(
            "osm_extract:not_osm",
            "it is not an OpenStreetMap file or it is damaged.",
            messages_language(),
        )
        raise _refusal(extract, reason) from error
    fields = list(meta["fields"])
    return geometries, {name: values[fields.index(name)] for name in columns}


def _lines(extract: Path):
    geometries, values = _read(
        extract,
        "lines",
        ["name", "highway", "waterway", "railway"],
        "highway IS NOT NULL OR waterway IS NOT NULL OR railway IS NOT NULL",
    )
    kinds = np.array(
        [
            ROAD_KINDS.get(h) or RAIL_KINDS.get(r) or WATERWAY_KINDS.get(w) or ""
            for h, w, r in zip(values["highway"], values["waterway"], values["railway"], strict=True)
        ],
        dtype=object,
    )
    return geometries, kinds, values["name"]


def _area_kind(landuse, natural, leisure, building, water) -> str:
    if natural in WATER or landuse in WATER or water:
        return "water"
    if landuse in GREEN or natural in GREEN or leisure in GREEN:
        return "green"
    if landuse in FARMLAND:
        return "farmland"
    if landuse in BUILT:
        return "built"
    if building:
        return "building"
    return ""


def _areas(extract: Path):
    geometries, values = _read(
        extract,
        "multipolygons",
        ["name", "building", "landuse", "leisure", "natural", "other_tags"],
        'landuse IS NOT NULL OR "natural" IS NOT NULL OR leisure IS NOT NULL OR building IS NOT NULL '
        "OR other_tags LIKE '%\"water\"=>%'",
    )
    kinds = np.array(
        [
            _area_kind(lu, na, le, bu, '"water"=>' in (tags or ""))
            for lu, na, le, bu, tags in zip(
                values["landuse"], values["natural"], values["leisure"], values["building"],
                values["other_tags"], strict=True,
            )
        ],
        dtype=object,
    )  # fmt: skip
    return geometries, kinds, values["name"]


def _tag(other_tags: str | None, key: str) -> str | None:
    """One value of GDAL's other_tags column ("name:es"=>"Quito","population"=>"2000")."""
    if not other_tags:
        return None
    marker = f'"{key}"=>"'
    start = other_tags.find(marker)
    if start < 0:
        return None
    start += len(marker)
    end = other_tags.find('"', start)
    while end > 0 and other_tags[end - 1] == "\\":
        end = other_tags.find('"', end + 1)
    return other_tags[start:end].replace('\\"', '"') if end > 0 else None


def _places(extract: Path):
    geometries, values = _read(
        extract, "points", ["name", "place", "other_tags"], "place IS NOT NULL AND name IS NOT NULL"
    )
    kinds = np.array([p if p in PLACE_RANKS else "" for p in values["place"]], dtype=object)
    names = {
        language: np.array([_tag(t, f"name:{language}") for t in values["other_tags"]], dtype=object)
        for language in NAME_LANGUAGES
    }
    return geometries, kinds, values["name"], names


def _write_layer(target: Path, layer: str, geometries, geometry_type: str, fields: dict[str, np.ndarray]):
    import pyogrio

    keep = np.array([bool(k) and g is not None for k, g in zip(fields["kind"], geometries, strict=True)])
    if not keep.any():
        return 0
    names = list(fields)
    data = [np.asarray(fields[n], dtype=object)[keep] for n in names]
    pyogrio.raw.write(
        str(target),
        np.asarray(geometries, dtype=object)[keep],
        data,
        names,
        layer=layer,
        driver="GPKG",
        geometry_type=geometry_type,
        crs="EPSG:4326",
        append=target.exists(),
        promote_to_multi=geometry_type == "MultiPolygon",
    )
    return int(keep.sum())


def convert_extract(
    extract: str | Path,
    target: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> ExtractSummary:
    """Read `extract` and write the street-basemap cache `target` (replaced once complete).

    GDAL reads the file once per layer; cancelling takes effect between layers and nothing is left
    behind."""
    extract, target = Path(extract), Path(target)
    language = messages_language()
    if not extract.is_file():
        raise _refusal(extract, tr("osm_extract:missing", "the file does not exist.", language))
    blocks_reason = unreadable_reason(extract, language)  # GDAL would refuse them, or read them as nothing
    if blocks_reason:
        raise _refusal(extract, blocks_reason)
    state = TaskState(progress, cancel)
    partial = target.with_name(f".{target.name.removesuffix('.gpkg')}-{os.getpid()}-part.gpkg")
    partial.unlink(missing_ok=True)
    try:
        state.stage(0.0, 0.45, tr("osm_extract:reading_roads", "Reading roads and rivers…", language))
        lines = _lines(extract)
        state.stage(0.45, 0.8, tr("osm_extract:reading_areas", "Reading water and land use…", language))
        areas = _areas(extract)
        state.stage(0.8, 0.9, tr("osm_extract:reading_places", "Reading place names…", language))
        places = _places(extract)
        state.stage(0.9, 1.0, tr("osm_extract:writing", "Writing the street basemap…", language))
        counts = [
            _write_layer(partial, "lines", lines[0], "LineString", {"kind": lines[1], "name": lines[2]}),
            _write_layer(partial, "areas", areas[0], "MultiPolygon", {"kind": areas[1], "name": areas[2]}),
            _write_layer(
                partial,
                "places",
                places[0],
                "Point",
                {"kind": places[1], "name": places[2], **{f"name_{k}": v for k, v in places[3].items()}},
            ),
        ]
        if not any(counts):
            raise _refusal(
                extract,
                tr("osm_extract:empty", "it holds no roads, water, land use or places.", language),
            )
        state.check()
        bounds = _record_source(partial, extract)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return ExtractSummary(target, *counts, bounds)


def _record_source(cache: Path, extract: Path) -> tuple[float, float, float, float] | None:
    path, size, mtime_ns = _source_mark(extract)
    connection = sqlite3.connect(cache)
    try:
        connection.execute(
            "CREATE TABLE source_extract (path TEXT NOT NULL, size INTEGER NOT NULL, "
            "mtime_ns INTEGER NOT NULL, format INTEGER NOT NULL)"
        )
        connection.execute(
            "INSERT INTO source_extract VALUES (?, ?, ?, ?)", (path, size, mtime_ns, CACHE_FORMAT)
        )
        extents = connection.execute(
            "SELECT min(min_x), min(min_y), max(max_x), max(max_y) FROM gpkg_contents "
            "WHERE data_type = 'features'"
        ).fetchone()
        connection.commit()
    finally:
        connection.close()
    return tuple(extents) if extents and extents[0] is not None else None


def ensure_cache(
    extract: str | Path,
    target: str | Path,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> Path:
    """The cache of `extract` at `target`, converted only when missing or made from another file."""
    if cache_is_current(target, extract):
        return Path(target)
    return convert_extract(extract, target, progress=progress, cancel=cancel).cache
