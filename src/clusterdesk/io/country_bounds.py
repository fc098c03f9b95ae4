"""Where a country lies: the bounding box of each of its parts (mainland, islands, exclaves), from the
Natural Earth countries of the bundled basemap, read with sqlite3 and shapely (no GDAL, no Qt).

Boxes per part rather than one box: France's would otherwise span from French Guiana to Réunion, and
Russia's or Fiji's the whole globe across the 180th meridian.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

from clusterdesk.core import geometry
from clusterdesk.resources_path import resource

# Natural Earth gives these countries no ISO code (iso_a2 "-99"); they are found by name instead
_UNCODED_NAMES = {"FR": "France", "NO": "Norway"}
# Natural Earth's outlines are generalised: coastal towns may fall just outside them
MARGIN_DEGREES = 0.5


@dataclass(frozen=True)
class CountryArea:
    code: str  # ISO 3166-1 alpha-2
    name: str
    boxes: np.ndarray  # (parts, 4): min lon, min lat, max lon, max lat, widened by MARGIN_DEGREES

    def contains(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Which points lie in a box of the country (NaN never does). One pass per part keeps memory at
        one flag per point: Canada has some 140 parts, an import may have 100,000 rows."""
        lon = np.asarray(lon, dtype=float)
        lat = np.asarray(lat, dtype=float)
        inside = np.zeros(lon.shape, dtype=bool)
        with np.errstate(invalid="ignore"):
            for west, south, east, north in self.boxes.tolist():
                inside |= (lon >= west) & (lat >= south) & (lon <= east) & (lat <= north)
        return inside


def project_country(connection: sqlite3.Connection) -> str | None:
    """The ISO code of the project's country (project_info.country), or None when it is not set."""
    row = connection.execute("SELECT country FROM project_info ORDER BY fid LIMIT 1").fetchone()
    return row[0] if row and row[0] else None


def basemap_path() -> Path:
    return resource("basemap", "basemap.gpkg")


@functools.lru_cache(maxsize=8)
def country_area(code: str | None, path: Path | None = None) -> CountryArea | None:
    """The country with ISO code `code` (any case), or None when the code is empty or unknown."""
    if not code or not code.strip():
        return None
    code = code.strip().upper()
    source = Path(path) if path else basemap_path()
    if not source.is_file():
        return None
    connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT name, geom FROM countries WHERE upper(iso_a2) = ? OR (iso_a2 = '-99' AND name = ?)",
            (code, _UNCODED_NAMES.get(code, "")),
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    shapes = [shape for shape in (geometry.decode(blob) for _name, blob in rows) if shape is not None]
    if not shapes:
        return None
    parts = shapely.get_parts(np.array(shapes, dtype=object))
    boxes = shapely.bounds(parts) + np.array([-1, -1, 1, 1]) * MARGIN_DEGREES
    return CountryArea(code, rows[0][0], boxes)
