"""The offline basemap around a project: land, lakes, rivers, country borders and towns, clipped to a
buffer around the project extent, for the web map.

The data come from the bundled `resources/basemap/` GeoPackage when the installation has one, else from
the Natural Earth GeoPackage of a source checkout (`../shared/data/naturalearth.gpkg`). Both hold the same
layer names in WGS84.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyogrio
import shapely
from shapely.geometry.base import BaseGeometry

from clusterdesk.core.place_names import localized_names, name_column, translated_credit
from clusterdesk.resources_path import resources_dir

BASEMAP_ATTRIBUTION = "Basemap: Natural Earth (public domain)"
BASEMAP_LAYERS = ("land", "countries", "lakes", "rivers", "boundaries", "places")
_CHECKOUT = Path(__file__).resolve().parents[3]


def names_credit(language: str | None) -> str:
    """What the web map's credit adds for place names in `language`: GeoNames' (CC BY 4.0) outside English."""
    credit = translated_credit(language)
    return f", {credit} (CC BY 4.0)" if credit else ""


@dataclass
class Basemap:
    bbox: tuple[float, float, float, float]  # lon/lat of the clipped area
    land: list[BaseGeometry] = field(default_factory=list)
    lakes: list[BaseGeometry] = field(default_factory=list)
    rivers: list[BaseGeometry] = field(default_factory=list)
    borders: list[BaseGeometry] = field(default_factory=list)
    places: list[tuple[str, float, float, int]] = field(default_factory=list)  # name, lon, lat, rank

    @property
    def is_empty(self) -> bool:
        return not (self.land or self.lakes or self.rivers or self.borders)


def basemap_source() -> Path | None:
    """The GeoPackage to read, or None when the installation has no basemap at all."""
    candidates: list[Path] = []
    if os.environ.get("CLUSTERDESK_BASEMAP"):
        candidates.append(Path(os.environ["CLUSTERDESK_BASEMAP"]))
    try:
        candidates.extend(sorted(resources_dir().joinpath("basemap").glob("*.gpkg")))
    except FileNotFoundError:
        pass
    candidates.append(_CHECKOUT.parent / "shared" / "data" / "naturalearth.gpkg")
    for candidate in candidates:
        if candidate.is_file() and _has_layers(candidate):
            return candidate
    return None


def _has_layers(path: Path) -> bool:
    try:
        names = {str(name) for name, _type in pyogrio.list_layers(path)}
    except Exception:  # an unreadable file is simply not a usable basemap
        return False
    return {"land", "lakes"} <= names


def padded_bbox(
    extent: tuple[float, float, float, float] | None, fraction: float = 0.35, minimum_deg: float = 0.25
) -> tuple[float, float, float, float]:
    """The extent grown by `fraction` on each side and to at least `minimum_deg` across."""
    if extent is None:
        return (-180.0, -60.0, 180.0, 80.0)
    min_lon, min_lat, max_lon, max_lat = extent
    width = max(max_lon - min_lon, minimum_deg)
    height = max(max_lat - min_lat, minimum_deg)
    centre_lon, centre_lat = (min_lon + max_lon) / 2, (min_lat + max_lat) / 2
    half_w, half_h = width * (0.5 + fraction), height * (0.5 + fraction)
    return (
        max(-180.0, centre_lon - half_w),
        max(-85.0, centre_lat - half_h),
        min(180.0, centre_lon + half_w),
        min(85.0, centre_lat + half_h),
    )


def load_basemap(
    bbox: tuple[float, float, float, float], source: Path | None = None, language: str | None = "en"
) -> Basemap:
    """Basemap features clipped to `bbox` and simplified to about a thousandth of its width; place names
    in `language` (en, es, fr or ru), the English name where the basemap has none in it."""
    source = source or basemap_source()
    basemap = Basemap(bbox)
    if source is None:
        return basemap
    available = {str(name) for name, _type in pyogrio.list_layers(source)}
    tolerance = (bbox[2] - bbox[0]) / 1500

    def geometries(layer: str) -> list[BaseGeometry]:
        if layer not in available:
            return []
        frame = pyogrio.read_dataframe(source, layer=layer, bbox=bbox, columns=[])
        clipped = shapely.clip_by_rect(frame.geometry.values, *bbox)
        simplified = shapely.simplify(clipped, tolerance, preserve_topology=True)
        return [g for g in simplified if g is not None and not g.is_empty]

    basemap.land = geometries("land")
    basemap.lakes = geometries("lakes")
    basemap.rivers = geometries("rivers")
    basemap.borders = geometries("boundaries")
    if "places" in available:
        local = name_column(language)
        fields = set(pyogrio.read_info(source, layer="places")["fields"])
        columns = ["name", "scalerank"] + ([local] if local != "name" and local in fields else [])
        frame = pyogrio.read_dataframe(source, layer="places", bbox=bbox, columns=columns)
        names = localized_names(frame, language)
        for name, rank, point in zip(names, frame["scalerank"], frame.geometry, strict=True):
            if name and point is not None and not point.is_empty:
                basemap.places.append((str(name), point.x, point.y, int(rank)))
        basemap.places.sort(key=lambda place: place[3])
    return basemap


def focus_extent(project, core_share: float = 0.9) -> tuple[float, float, float, float] | None:
    """The area a map of the cluster should show: the cluster boundaries and the central `core_share` of
    stakeholder locations. A few distant buyers or suppliers (in the capital, abroad) would otherwise
    shrink the cluster itself to a dot."""
    boxes = []
    row = project.connection.execute(
        "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_cluster_boundaries_geom"
    ).fetchone()
    if row[0] is not None:
        boxes.append(row)
    points = project.stakeholder_points()
    located = points.located()
    lons, lats = points.lon[located], points.lat[located]
    if len(lons) >= 10:
        tail = (1 - core_share) / 2 * 100
        low_lon, high_lon = np.percentile(lons, [tail, 100 - tail])
        low_lat, high_lat = np.percentile(lats, [tail, 100 - tail])
        boxes.append((low_lon, low_lat, high_lon, high_lat))
    elif len(lons):
        boxes.append((lons.min(), lats.min(), lons.max(), lats.max()))
    if not boxes:
        return None
    array = np.array(boxes, dtype=float)
    return (
        float(array[:, 0].min()),
        float(array[:, 1].min()),
        float(array[:, 2].max()),
        float(array[:, 3].max()),
    )


def country_extent(code: str | None, source: Path | None = None) -> tuple[float, float, float, float] | None:
    """Bounds of a country (ISO 3166-1 alpha-2) in the basemap, for projects with nothing located yet."""
    source = source or basemap_source()
    if not code or source is None:
        return None
    if "countries" not in {str(name) for name, _type in pyogrio.list_layers(source)}:
        return None
    safe = "".join(ch for ch in code.upper() if ch.isalpha())[:2]
    frame = pyogrio.read_dataframe(source, layer="countries", columns=["iso_a2"], where=f"iso_a2 = '{safe}'")
    if frame.empty:
        return None
    # Overseas territories would stretch the box across oceans; the largest part is the country proper
    largest = max(getattr(frame.geometry.iloc[0], "geoms", [frame.geometry.iloc[0]]), key=lambda g: g.area)
    return tuple(float(v) for v in largest.bounds)


@lru_cache(maxsize=64)
def country_name(code: str | None) -> str | None:
    """The country's English name from the basemap (ISO 3166-1 alpha-2 code), or the code itself."""
    source = basemap_source()
    if not code or source is None:
        return code
    safe = "".join(ch for ch in code.upper() if ch.isalpha())[:2]
    try:
        frame = pyogrio.read_dataframe(
            source, layer="countries", columns=["name"], where=f"iso_a2 = '{safe}'", read_geometry=False
        )
    except Exception:  # a basemap without a countries layer: the code still identifies the country
        return code
    return str(frame["name"].iloc[0]) if not frame.empty else code
