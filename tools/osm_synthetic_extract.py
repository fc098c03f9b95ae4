"""Small OpenStreetMap extracts (.osm.pbf) written with pyosmium, for the street-basemap tests and benchmark.

`write_town_extract` draws one town: a primary road running east-west through it, a residential street,
a river with a lake, a park and a built-up area, and the town's place node. `write_grid_extract` writes a
street grid of many ways (the benchmark's 50,000) around a point, with water and land use.
"""

from __future__ import annotations

import math
from pathlib import Path

import osmium
from osmium.osm.mutable import Node, Way

# Atuntaqui, Imbabura (Ecuador), the town of the bundled textile sample
TOWN_LON, TOWN_LAT = -78.2135, 0.3320
TOWN_NAME = "Atuntaqui"
ROAD_WEST_EAST = ((-78.2235, 0.3305), (-78.2035, 0.3305))  # the primary road, along latitude 0.3305


class _Writer:
    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        # Uncompressed blocks: GDAL's OSM driver (3.6 and 3.12) fails on the second zlib block that
        # pyosmium 4 writes ("error during the parsing of data"), while it reads Geofabrik's extracts.
        self.writer = osmium.SimpleWriter(osmium.io.File(str(path), "pbf,pbf_compression=none"))
        self.next_node = 1
        self.next_way = 1
        self._ways: list[Way] = []

    def node(self, lon: float, lat: float, tags: dict[str, str] | None = None) -> int:
        node_id = self.next_node
        self.writer.add_node(Node(id=node_id, location=(lon, lat), tags=tags or {}, version=1))
        self.next_node += 1
        return node_id

    def way(self, points, tags: dict[str, str], closed: bool = False) -> int:
        refs = [self.node(lon, lat) for lon, lat in points]
        if closed:
            refs.append(refs[0])
        way_id = self.next_way
        self._ways.append(Way(id=way_id, nodes=refs, tags=tags, version=1))
        self.next_way += 1
        return way_id

    def close(self) -> None:
        # An .osm.pbf lists nodes before ways, as GDAL's OSM driver expects.
        for way in self._ways:
            self.writer.add_way(way)
        self.writer.close()


def _square(lon: float, lat: float, half: float):
    return [
        (lon - half, lat - half),
        (lon + half, lat - half),
        (lon + half, lat + half),
        (lon - half, lat + half),
    ]


def write_town_extract(path: str | Path) -> Path:
    path = Path(path)
    w = _Writer(path)
    w.node(TOWN_LON, TOWN_LAT, {"place": "town", "name": TOWN_NAME, "name:ru": "Атунтаки"})
    w.way(ROAD_WEST_EAST, {"highway": "primary", "name": "Avenida Julio Miguel Aguinaga"})
    w.way([(-78.2150, 0.3250), (-78.2150, 0.3380)], {"highway": "residential", "name": "Calle Bolívar"})
    w.way(
        [(-78.2235, 0.3265), (-78.2135, 0.3270), (-78.2035, 0.3262)],
        {"waterway": "river", "name": "Río Ambi"},
    )
    w.way(_square(-78.2080, 0.3355, 0.0012), {"natural": "water", "name": "Laguna"}, closed=True)
    w.way(_square(-78.2190, 0.3350, 0.0015), {"leisure": "park", "name": "Parque Central"}, closed=True)
    w.way(_square(TOWN_LON, TOWN_LAT, 0.0045), {"landuse": "residential"}, closed=True)
    w.close()
    return path


def write_grid_extract(
    path: str | Path,
    ways: int = 50_000,
    *,
    lon: float = TOWN_LON,
    lat: float = TOWN_LAT,
    spacing_m: float = 120.0,
) -> Path:
    """A square street grid of `ways` short streets (each one block long, with a bend) around (lon, lat),
    a main road every tenth line, a river, lakes and land-use blocks."""
    path = Path(path)
    w = _Writer(path)
    per_line = max(2, int(math.sqrt(ways / 2)))
    step_lat = spacing_m / 111_320.0
    step_lon = step_lat / max(0.2, math.cos(math.radians(lat)))
    lon0 = lon - per_line / 2 * step_lon
    lat0 = lat - per_line / 2 * step_lat
    made = 0
    for row in range(per_line):
        for col in range(per_line):
            if made >= ways:
                break
            x, y = lon0 + col * step_lon, lat0 + row * step_lat
            kind = "secondary" if row % 10 == 0 else "residential"
            w.way([(x, y), (x + step_lon / 2, y + step_lat * 0.05), (x + step_lon, y)], {"highway": kind})
            made += 1
            if made < ways:
                kind = "primary" if col % 10 == 0 else ("service" if col % 3 == 1 else "residential")
                w.way([(x, y), (x + step_lon * 0.05, y + step_lat / 2), (x, y + step_lat)], {"highway": kind})
                made += 1
    span = per_line * step_lon
    w.way([(lon0 + i * span / 40, lat + 0.002 * math.sin(i)) for i in range(41)], {"waterway": "river"})
    for i in range(0, per_line, 12):
        for j in range(0, per_line, 12):
            cx, cy = lon0 + (i + 5.5) * step_lon, lat0 + (j + 5.5) * step_lat
            tags = [{"landuse": "residential"}, {"leisure": "park"}, {"natural": "water"}][(i + j) % 3]
            w.way(_square(cx, cy, step_lat * 4), tags, closed=True)
            if (i + j) % 5 == 0:
                w.node(cx, cy, {"place": "suburb", "name": f"Barrio {i}-{j}"})
    w.node(lon, lat, {"place": "town", "name": TOWN_NAME})
    w.close()
    return path
