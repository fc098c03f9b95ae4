"""GeoPackage plumbing: the file header, metadata tables, spatial indexes and SQL functions.

Everything here works on a plain `sqlite3.Connection`, so it can run before SQLAlchemy is involved and
on the raw connections SQLAlchemy hands out.
"""

from __future__ import annotations

import sqlite3
import struct

from clusterdesk.core import geometry
from clusterdesk.core.column_types import format_datetime, utc_now

APPLICATION_ID = 0x47504B47  # "GPKG"
GEOPACKAGE_VERSION = 10200  # 1.2: opens without a version warning in QGIS 3.22

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

_CORE_DDL = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT
  (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
  srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE gpkg_tile_matrix_set (
  table_name TEXT NOT NULL PRIMARY KEY, srs_id INTEGER NOT NULL, min_x DOUBLE NOT NULL,
  min_y DOUBLE NOT NULL, max_x DOUBLE NOT NULL, max_y DOUBLE NOT NULL,
  CONSTRAINT fk_gtms_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gtms_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_tile_matrix (
  table_name TEXT NOT NULL, zoom_level INTEGER NOT NULL, matrix_width INTEGER NOT NULL,
  matrix_height INTEGER NOT NULL, tile_width INTEGER NOT NULL, tile_height INTEGER NOT NULL,
  pixel_x_size DOUBLE NOT NULL, pixel_y_size DOUBLE NOT NULL,
  CONSTRAINT pk_ttm PRIMARY KEY (table_name, zoom_level),
  CONSTRAINT fk_tmm_table_name FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name));
"""

_LAYER_STYLES_DDL = """
CREATE TABLE layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT(256), f_table_schema TEXT(256),
  f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT,
  styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
  update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))
"""


def _bound(blob, position: int) -> float | None:
    """One bound of a geometry; NULL for a geometry that cannot be read, as GDAL's own functions do,
    so that writing such a row (or repairing it) never fails inside a trigger."""
    if blob is None:
        return None
    try:
        return geometry.bounds(blob)[position]
    except ValueError:
        return None


def _st_minx(blob):
    return _bound(blob, 0)


def _st_maxx(blob):
    return _bound(blob, 1)


def _st_miny(blob):
    return _bound(blob, 2)


def _st_maxy(blob):
    return _bound(blob, 3)


def _st_isempty(blob):
    if blob is None:
        return None
    return int(geometry.is_empty(blob)) if geometry.is_geopackage_blob(blob) else None


def register_functions(connection: sqlite3.Connection) -> None:
    """Register the ST_* functions that GeoPackage RTree triggers call.

    GDAL and QGIS register them in their own connections; plain sqlite3 lacks them, so every connection
    that may write a feature table needs them.
    """
    for name, func in (
        ("ST_MinX", _st_minx),
        ("ST_MaxX", _st_maxx),
        ("ST_MinY", _st_miny),
        ("ST_MaxY", _st_maxy),
        ("ST_IsEmpty", _st_isempty),
    ):
        connection.create_function(name, 1, func, deterministic=True)


def initialise(connection: sqlite3.Connection) -> None:
    """Write the GeoPackage header and core tables into an empty database."""
    connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    connection.execute(f"PRAGMA user_version = {GEOPACKAGE_VERSION}")
    connection.executescript(_CORE_DDL)
    connection.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ],
    )  # fmt: skip
    create_layer_styles(connection)


def create_layer_styles(connection: sqlite3.Connection) -> None:
    """The table QGIS reads default layer styles from, registered as attributes."""
    connection.execute(_LAYER_STYLES_DDL)
    register_attributes(connection, "layer_styles", "QGIS layer styles")


def register_attributes(connection: sqlite3.Connection, table: str, description: str = "") -> None:
    connection.execute(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
        " VALUES (?, 'attributes', ?, ?, ?)",
        (table, table, description, format_datetime(utc_now())),
    )


def register_features(
    connection: sqlite3.Connection,
    table: str,
    column: str,
    geometry_type: str,
    description: str = "",
    srs_id: int = geometry.WGS84_SRS_ID,
    *,
    with_rtree: bool = True,
) -> None:
    """Register a feature table and (unless not `with_rtree`) give it an RTree index with the standard
    triggers."""
    connection.execute(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description,"
        " last_change, srs_id) VALUES (?, 'features', ?, ?, ?, ?)",
        (table, table, description, format_datetime(utc_now()), srs_id),
    )
    connection.execute(
        "INSERT OR REPLACE INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
        (table, column, geometry_type, srs_id),
    )
    if with_rtree:
        create_rtree(connection, table, column)


def create_rtree(connection: sqlite3.Connection, table: str, column: str, pk: str = "fid") -> None:
    rtree = f"rtree_{table}_{column}"
    connection.execute(
        "INSERT OR REPLACE INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index',"
        " 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
        (table, column),
    )
    connection.execute(f'CREATE VIRTUAL TABLE "{rtree}" USING rtree(id, minx, maxx, miny, maxy)')
    _create_rtree_triggers(connection, table, column, pk)
    rebuild_rtree(connection, table, column, pk)


def _create_rtree_triggers(connection, table: str, column: str, pk: str) -> None:
    t, c, i, r = f'"{table}"', f'"{column}"', f'"{pk}"', f'"rtree_{table}_{column}"'
    n = f"rtree_{table}_{column}"
    box = f"ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})"
    connection.executescript(
        f"""
CREATE TRIGGER "{n}_insert" AFTER INSERT ON {t}
  WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN INSERT OR REPLACE INTO {r} VALUES (NEW.{i}, {box}); END;
CREATE TRIGGER "{n}_update1" AFTER UPDATE OF {c} ON {t}
  WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN INSERT OR REPLACE INTO {r} VALUES (NEW.{i}, {box}); END;
CREATE TRIGGER "{n}_update2" AFTER UPDATE OF {c} ON {t}
  WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END;
CREATE TRIGGER "{n}_update3" AFTER UPDATE ON {t}
  WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
BEGIN DELETE FROM {r} WHERE id = OLD.{i}; INSERT OR REPLACE INTO {r} VALUES (NEW.{i}, {box}); END;
CREATE TRIGGER "{n}_update4" AFTER UPDATE ON {t}
  WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
BEGIN DELETE FROM {r} WHERE id IN (OLD.{i}, NEW.{i}); END;
CREATE TRIGGER "{n}_delete" AFTER DELETE ON {t} WHEN old.{c} NOT NULL
BEGIN DELETE FROM {r} WHERE id = OLD.{i}; END;
"""
    )


def drop_rtree_triggers(connection: sqlite3.Connection, table: str, column: str) -> None:
    """Drop the triggers before a bulk load; `restore_rtree_triggers` puts them back and rebuilds."""
    n = f"rtree_{table}_{column}"
    for suffix in ("insert", *(f"update{i}" for i in range(1, 8)), "delete"):  # GeoPackage 1.2 and 1.4 sets
        connection.execute(f'DROP TRIGGER IF EXISTS "{n}_{suffix}"')


def restore_rtree_triggers(connection: sqlite3.Connection, table: str, column: str, pk: str = "fid") -> None:
    _create_rtree_triggers(connection, table, column, pk)
    rebuild_rtree(connection, table, column, pk)


def rebuild_rtree(connection: sqlite3.Connection, table: str, column: str, pk: str = "fid") -> None:
    """Make the RTree index match the table exactly (used after bulk writes and by validation)."""
    rtree = f'"rtree_{table}_{column}"'
    connection.execute(f"DELETE FROM {rtree}")
    # One bounds() per feature rather than four ST_* calls back into Python from SQL for every row
    features = connection.execute(f'SELECT "{pk}", "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL')
    connection.executemany(f"INSERT INTO {rtree} VALUES (?, ?, ?, ?, ?)", _index_entries(features))


def _index_entries(features):
    """(fid, minx, maxx, miny, maxy) of each non-empty geometry; unreadable ones are left out."""
    for fid, blob in features:
        if geometry.is_empty(blob):
            continue
        try:
            yield (fid, *geometry.bounds(blob))
        except ValueError:
            continue


def rtree_extent(connection: sqlite3.Connection, table: str, column: str = "geom") -> tuple | None:
    """(min_x, min_y, max_x, max_y) of everything in the layer's RTree index, or None when it is empty.

    Read from the boxes of the root node, which together cover the whole tree (GDAL takes extents the
    same way): scanning a million index entries would take half a second on every save.
    """
    root = connection.execute(f'SELECT data FROM "rtree_{table}_{column}_node" WHERE nodeno = 1').fetchone()
    if root is None:
        return None
    data = root[0]
    cells = struct.unpack(">H", data[2:4])[0]  # the root starts with the tree depth, then the cell count
    if cells == 0:
        return None
    boxes = [struct.unpack(">q4f", data[4 + i * 24 : 28 + i * 24])[1:] for i in range(cells)]
    return (
        min(b[0] for b in boxes),
        min(b[2] for b in boxes),
        max(b[1] for b in boxes),
        max(b[3] for b in boxes),
    )


def update_extent(connection: sqlite3.Connection, table: str, column: str = "geom") -> None:
    """Refresh the layer extent and last_change recorded in gpkg_contents."""
    row = rtree_extent(connection, table, column) or (None, None, None, None)
    connection.execute(
        "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, last_change = ?"
        " WHERE table_name = ?",
        (*row, format_datetime(utc_now()), table),
    )


def rtree_mismatches(connection: sqlite3.Connection, table: str, column: str = "geom", pk: str = "fid") -> int:
    """Number of features whose index entry is missing or wrong, plus stale index entries."""
    rtree = f'"rtree_{table}_{column}"'
    rows = connection.execute(f'SELECT "{pk}", "{column}" FROM "{table}"').fetchall()
    index = {r[0]: r[1:] for r in connection.execute(f"SELECT * FROM {rtree}")}
    bad = 0
    for fid, blob in rows:
        if blob is None or geometry.is_empty(blob):
            bad += fid in index
            continue
        entry = index.pop(fid, None)
        if entry is None:
            bad += 1
            continue
        minx, maxx, miny, maxy = geometry.bounds(blob)
        # RTree stores 32-bit floats rounded outwards: the box must contain the geometry
        if not (entry[0] <= minx + 1e-9 and entry[1] >= maxx - 1e-9 and entry[2] <= miny + 1e-9 and entry[3] >= maxy - 1e-9):
            bad += 1
    return bad + len(index)
