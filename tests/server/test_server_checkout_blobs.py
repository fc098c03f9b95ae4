"""The server builds the GeoPackage blobs a checkout writes: lines and polygons with their XY envelope,
empty ones without, byte for byte what core.geometry.encode writes; the spatial index holds the envelopes
read back out of them, and leaves out NULL and empty geometries."""

# ruff: noqa: F811 - postgres_database, the fixture, is every test's argument
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import shapely

from clusterdesk.core import geometry
from clusterdesk.io.server.checkout import checkout
from conftest import assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
from server_sync_helpers import published_sample, server_execute  # noqa: E402

SHAPES = {
    "relations": {
        1: None,
        2: "LINESTRING EMPTY",
        3: "LINESTRING (-78.61 -1.24, -78.6 -1.25, -78.587654321 -1.2312345678)",
    },
    "cluster_boundaries": {
        1: "MULTIPOLYGON (((-78.7 -1.3, -78.5 -1.3, -78.5 -1.1, -78.7 -1.1, -78.7 -1.3),"
        " (-78.65 -1.25, -78.6 -1.25, -78.6 -1.2, -78.65 -1.25)), ((10 10, 11 10, 11 11, 10 10)))",
        2: "MULTIPOLYGON EMPTY",
    },
}


def test_line_and_polygon_blobs_are_those_the_project_writes(postgres_database, tmp_path):
    with published_sample(postgres_database) as address:
        for table, shapes in SHAPES.items():
            for fid, text in shapes.items():
                value = "NULL" if text is None else f"ST_GeomFromText('{text}', 4326)"
                server_execute(address, f"UPDATE {{s}}.{table} SET geom = {value} WHERE fid = %s", (fid,))
        target = tmp_path / "checked_out.gpkg"
        checkout(address, target)
        assert_valid_project(target)
        with sqlite3.connect(target) as local:
            for table, shapes in SHAPES.items():
                for fid, text in shapes.items():
                    (blob,) = local.execute(f"SELECT geom FROM {table} WHERE fid = ?", (fid,)).fetchone()
                    expected = None if text is None else geometry.encode(shapely.from_wkt(text))
                    assert blob == expected, (table, fid)
                boxes = local.execute(f"SELECT id, minx, maxx, miny, maxy FROM rtree_{table}_geom")
                indexed = {row[0]: row[1:] for row in boxes}
                for fid, text in shapes.items():
                    shape = None if text is None else shapely.from_wkt(text)
                    if shape is None or shape.is_empty:
                        assert fid not in indexed
                    else:
                        minx, miny, maxx, maxy = shape.bounds
                        box = indexed[fid]  # single precision, rounded outwards as SQLite rounds
                        assert box[0] <= minx <= maxx <= box[1] and box[2] <= miny <= maxy <= box[3]
                        assert max(abs(box[0] - minx), abs(box[3] - maxy)) < 1e-4
                present = f"SELECT count(*) FROM {table} WHERE substr(geom, 4, 1) != x'11'"  # not empty
                assert len(indexed) == local.execute(present).fetchone()[0]
