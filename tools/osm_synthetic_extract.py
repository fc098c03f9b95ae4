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
    def __init__(self, path: Path, compression: str = "none") -> None:
        path.unlink(missing_ok=True)
        # Uncompressed blocks by default: the regular grids below repeat the same ways so exactly that zlib
        # shrinks their blocks more than 100 times, which GDAL's OSM driver refuses as a safeguard against
        # damaged files ("Excessive uncompressed vs compressed ratio"). Real extracts compress about 2:1 and
        # are read whole, as `write_scattered_extract` proves with zlib.
        self.writer = osmium.SimpleWriter(osmium.io.File(str(path), f"pbf,pbf_compression={compression}"))
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


def write_model_town_extract(path: str | Path, *, seed: int = 7) -> Path:
    """A made-up but plausible town around Atuntaqui for screenshots: a warped street grid with blocks of
    buildings, a main road and a bypass, a river with a stream, parks, a lake, farmland around, and the
    neighbouring parishes as villages. Not real OpenStreetMap data."""
    import random

    rng = random.Random(seed)
    path = Path(path)
    w = _Writer(path)
    metre = 1 / 111_320.0
    angle = math.radians(18)

    def town(u: float, v: float) -> tuple[float, float]:
        """Grid metres (u east, v north) to lon/lat: rotated and gently warped like an old town."""
        u2 = u + 25 * math.sin(v / 260)
        v2 = v + 20 * math.sin(u / 310)
        x = u2 * math.cos(angle) - v2 * math.sin(angle)
        y = u2 * math.sin(angle) + v2 * math.cos(angle)
        return TOWN_LON + x * metre, TOWN_LAT + y * metre

    block, half = 110.0, 11
    for i in range(-half, half + 1):
        for j in range(-half, half + 1):
            if i * i + j * j > half * half:
                continue
            kind = "tertiary" if i % 5 == 0 else "residential"
            w.way([town(i * block, j * block + t * block / 4) for t in range(5)], {"highway": kind})
            kind = "tertiary" if j % 5 == 0 else "residential"
            w.way([town(i * block + t * block / 4, j * block) for t in range(5)], {"highway": kind})
            if (i + j) % 4 == 0 and abs(i) < 8 and abs(j) < 8:  # a few buildings in the block's corners
                for cu, cv in ((18, 18), (70, 20), (22, 72), (74, 70)):
                    size = rng.uniform(12, 20)
                    u, v = i * block + cu, j * block + cv
                    corners = [town(u, v), town(u + size, v), town(u + size, v + size), town(u, v + size)]
                    w.way(corners, {"building": "yes"}, closed=True)
    span = (half + 6) * block
    w.way([town(-span + t * span / 10, -span * 0.7 + t * span * 0.14) for t in range(21)],
          {"highway": "primary", "name": "Avenida Julio Miguel Aguinaga"})  # fmt: skip
    bypass = [
        town(span * math.cos(a / 12 * math.pi), span * 0.9 * math.sin(a / 12 * math.pi)) for a in range(-8, 9)
    ]
    w.way(bypass, {"highway": "secondary", "name": "Vía de circunvalación"})
    w.way([town(-span * 1.4 + t * span * 0.14, -span * 0.95 + 90 * math.sin(t / 2)) for t in range(21)],
          {"waterway": "river", "name": "Río Ambi"})  # fmt: skip
    w.way([town(-300 + t * 60, span * 0.2 + 40 * math.sin(t)) for t in range(12)], {"waterway": "stream"})
    for (u, v), size, tags in (
        ((-330, 220), 150, {"leisure": "park", "name": "Parque Central"}),
        ((440, -380), 120, {"leisure": "park"}),
        ((760, 520), 160, {"natural": "water", "name": "Laguna de Yambiro"}),
        ((-900, 700), 380, {"landuse": "farmland"}),
        ((900, -900), 420, {"landuse": "farmland"}),
        ((-1000, -600), 300, {"natural": "wood"}),
    ):
        ring = [
            town(u + size * math.cos(a / 8 * math.pi), v + size * 0.8 * math.sin(a / 8 * math.pi))
            for a in range(16)
        ]
        w.way(ring, tags, closed=True)
    core = [town(700 * math.cos(a / 10 * math.pi), 620 * math.sin(a / 10 * math.pi)) for a in range(20)]
    w.way(core, {"landuse": "residential"}, closed=True)
    w.node(*town(0, 0), {"place": "town", "name": TOWN_NAME, "name:ru": "Атунтаки"})
    for (u, v), name in (
        ((1500, -700), "Andrade Marín"),
        ((-1600, 900), "San Roque"),
        ((300, 1500), "Natabuela"),
    ):
        w.node(*town(u, v), {"place": "village", "name": name})
    w.node(*town(-450, -450), {"place": "neighbourhood", "name": "El Cercado"})
    w.close()
    return path


def write_scattered_extract(
    path: str | Path, ways: int = 3000, *, seed: int = 11, compression: str = "zlib"
) -> tuple[Path, dict[str, list[tuple[float, float]]]]:
    """Streets wandering at random over about 4 by 4 km around Atuntaqui, each named "Calle N", with
    nodes of their own, gaps in the ids and versions as in real data, and villages on a ring around them;
    compressed like Geofabrik's extracts (zlib), in several blocks of 8000 objects. Returns the path and
    {street name: its points (lon, lat)}."""
    import random

    rng = random.Random(seed)
    path = Path(path)
    w = _Writer(path, compression)
    kinds = ["residential"] * 5 + ["tertiary", "secondary", "primary", "service", "unclassified"]
    streets = {}
    for number in range(1, ways + 1):
        lon = TOWN_LON - 0.018 + rng.random() * 0.036
        lat = TOWN_LAT - 0.018 + rng.random() * 0.036
        name = f"Calle {number}"
        points = streets[name] = [(lon, lat)]
        for _step in range(rng.randint(1, 6)):
            lon += rng.gauss(0, 0.0006)
            lat += rng.gauss(0, 0.0006)
            points.append((lon, lat))
        w.next_node += rng.randint(0, 40)  # ids of other objects cut out of the extract
        w.way(
            points, {"highway": rng.choice(kinds), "name": name, "surface": rng.choice(["asphalt", "paved"])}
        )
        w._ways[-1].version = rng.randint(1, 9)
    for number in range(20):  # on a ring around the streets, so that no name covers one
        angle = number / 20 * 2 * math.pi
        lon, lat = TOWN_LON + 0.03 * math.cos(angle), TOWN_LAT + 0.03 * math.sin(angle)
        w.node(lon, lat, {"place": "village", "name": f"Comunidad {number}"})
    w.close()
    return path, streets
