"""The pieces the structure check relies on: the format marker, the tables of each version, and
geometry decoders that never raise on a blob written by another program."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from clusterdesk.core import geometry, schema
from clusterdesk.core.errors import DamagedProjectError
from clusterdesk.core.model import FEATURE_TABLES, Base

GARBAGE = [
    b"\xde\xad\xbe\xef",
    b"GP",
    b"GP\x00\x01\xe6\x10\x00\x00\x01\x01",
    b"GP\x00\x0f" + b"\x00" * 12,
    b"",
]


@pytest.mark.parametrize("marker", ["0", "²", "4.0", "-1", "four", "", b"4", "99999"])
def test_a_marker_that_is_not_a_version_names_the_file(tmp_path, marker):
    path = tmp_path / "odd.gpkg"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE clusterdesk_meta (fid INTEGER PRIMARY KEY, key TEXT UNIQUE, value TEXT)")
    connection.execute("INSERT INTO clusterdesk_meta (key, value) VALUES ('schema_version', ?)", (marker,))
    with pytest.raises(DamagedProjectError, match=r"^odd\.gpkg is damaged: its project format marker"):
        schema.read_schema_version(connection)
    connection.close()


@pytest.mark.parametrize(("marker", "version"), [("1", 1), ("4", 4), ("04", 4), (3, 3)])
def test_version_markers(marker, version):
    assert schema.parse_schema_version(marker) == version


def test_the_tables_of_the_current_version_are_those_of_the_model():
    assert set(schema.tables_of_version(schema.SCHEMA_VERSION)) == set(Base.metadata.tables) | {
        "layer_styles"
    }


@pytest.mark.parametrize("blob", GARBAGE)
def test_decoders_never_raise_on_garbage(blob):
    assert geometry.decode(blob) is None
    lon, lat = geometry.decode_points([blob, geometry.encode(Point(1.5, 2.5))])
    assert np.isnan(lon[0]) and np.isnan(lat[0]) and (lon[1], lat[1]) == (1.5, 2.5)
    with pytest.raises(ValueError):
        geometry.bounds(blob)


@pytest.mark.parametrize(
    ("table", "good", "wrong"),
    [
        ("stakeholders", Point(1, 2), LineString([(0, 0), (1, 1)])),
        ("relations", LineString([(0, 0), (1, 1), (2, 0)]), Point(1, 2)),
        (
            "cluster_boundaries",
            MultiPolygon([Polygon([(0, 0), (1, 0), (1, 1)])]),
            Polygon([(0, 0), (1, 0), (1, 1)]),
        ),
    ],
)
def test_the_geometry_check_tells_readable_geometries_of_the_right_type(table, good, wrong):
    from clusterdesk.core.structure import count_bad_geometries

    column, geometry_type = FEATURE_TABLES[table]
    connection = sqlite3.connect(":memory:")
    connection.execute(f"CREATE TABLE {table} (fid INTEGER PRIMARY KEY, {column} BLOB)")
    truncated = geometry.encode(good)[:-3]
    empty = geometry.encode(type(good)())
    for value in (geometry.encode(good), empty, None):
        connection.execute(f"INSERT INTO {table} ({column}) VALUES (?)", (value,))
    assert count_bad_geometries(connection, table, column, geometry_type) == 0
    for value in (geometry.encode(wrong), truncated, *GARBAGE, "text"):
        connection.execute(f"INSERT INTO {table} ({column}) VALUES (?)", (value,))
    assert count_bad_geometries(connection, table, column, geometry_type) == 3 + len(GARBAGE)
