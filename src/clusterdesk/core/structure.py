"""Is the file still shaped like a ClusterDesk project? Tables, registrations, spatial indexes, the project
row, the format marker and the geometry blobs, checked in a few milliseconds per table.

A QGIS user can drop or rename tables, or write geometries ClusterDesk cannot read. Opening, validation
and `clusterdesk repair` all start from `inspect_structure`, so they agree on what is wrong.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.core import schema
from clusterdesk.core.catalogue import messages_language, tr_plural
from clusterdesk.core.errors import DamagedProjectError, damaged_project_message
from clusterdesk.core.geometry import WGS84_SRS_ID, bounds, decode, is_empty
from clusterdesk.core.model import FEATURE_TABLES, Base

GEOPACKAGE_TABLES = ("gpkg_spatial_ref_sys", "gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions")
# The spatial index triggers of GeoPackage 1.2, which ClusterDesk writes, and of 1.4, which GDAL writes
# into 1.4 files: either set keeps the index in step.
RTREE_TRIGGER_SETS = (
    ("insert", "update1", "update2", "update3", "update4", "delete"),
    ("insert", "update2", "update4", "update5", "update6", "update7", "delete"),
)
INTERNAL_PREFIXES = ("gpkg_", "rtree_", "sqlite_")
_WKB_TYPE_CODES = {"POINT": 1, "LINESTRING": 2, "POLYGON": 3, "MULTIPOINT": 4, "MULTILINESTRING": 5,
                   "MULTIPOLYGON": 6, "GEOMETRYCOLLECTION": 7}  # fmt: skip


@dataclass
class StructureReport:
    """What is missing or broken; empty lists mean the structure is sound."""

    is_project: bool = True
    version: int | None = None  # the version the tables were checked against (marker, or inferred)
    bad_marker: object | None = None  # the unusable marker when there is one
    marker_missing: bool = False
    missing_geopackage_tables: list[str] = field(default_factory=list)
    missing_tables: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # missing table -> unknown table with its columns
    unknown_tables: list[str] = field(default_factory=list)
    missing_columns: dict[str, list[str]] = field(default_factory=dict)
    unregistered: list[str] = field(default_factory=list)  # absent from gpkg_contents
    misregistered: dict[str, str] = field(default_factory=dict)  # table -> the data_type recorded instead
    unregistered_geometry: list[str] = field(default_factory=list)  # gpkg_geometry_columns row wrong
    missing_rtrees: list[str] = field(default_factory=list)  # feature tables without an RTree
    missing_rtree_triggers: list[str] = field(default_factory=list)
    no_project_info_row: bool = False
    bad_geometries: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems()

    def problems(self) -> list[str]:
        """One phrase per kind of problem, for messages, in the messages language."""
        from clusterdesk.core.structure_problems import describe

        return describe(self)


def count_geometries(count: int) -> str:
    return tr_plural(
        "structure:geometries", "{count} geometry", "{count} geometries", count, messages_language()
    )


def check_structure(
    connection: sqlite3.Connection, path: Path, *, geometries_checked_later: Collection[str] = ()
) -> StructureReport:
    """Raise DamagedProjectError naming every problem of a ClusterDesk project this version can read.

    Files that are not ClusterDesk projects, or are from a newer version, pass: their callers say so.
    The geometries of the tables in `geometries_checked_later` are left to the caller (opening checks
    the stakeholders' while it reads them), unless another problem is found: the message then names
    every problem, theirs included.
    """
    report = inspect_structure(connection, geometries_checked_later=geometries_checked_later)
    if report.is_project and report.problems() and geometries_checked_later:
        report = inspect_structure(connection)
    problems = report.problems()
    if report.is_project and problems:
        raise DamagedProjectError(damaged_project_message(path.name, problems))
    return report


def refuse_bad_geometries(report: StructureReport, counts: dict[str, int], path: Path) -> None:
    """Raise DamagedProjectError, in the words of `check_structure`, when the geometries checked later
    (`counts`: table -> unreadable geometries) hold any; `report` is the rest of the check."""
    found = {**report.bad_geometries, **{table: n for table, n in counts.items() if n}}
    report.bad_geometries = {table: found[table] for table in FEATURE_TABLES if table in found}
    problems = report.problems()
    if report.is_project and problems:
        raise DamagedProjectError(damaged_project_message(path.name, problems))


def inspect_structure(
    connection: sqlite3.Connection, *, geometries_checked_later: Collection[str] = ()
) -> StructureReport:
    """Everything `StructureReport` names, read without writing (read-only connections are fine); the
    geometries of the tables in `geometries_checked_later` are not read."""
    tables = {
        name
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    report = StructureReport()
    marker = schema.read_schema_marker(connection)
    if marker is None:
        looks_like_ours = "project_info" in tables and any(t in tables for t in FEATURE_TABLES)
        if schema.META_TABLE not in tables and not looks_like_ours:
            report.is_project = False
            return report
        report.marker_missing = True
        report.version = schema.infer_schema_version(tables)
    else:
        report.version = schema.parse_schema_version(marker)
        if report.version is None:
            report.bad_marker = marker
            report.version = schema.infer_schema_version(tables)
    if report.version > schema.SCHEMA_VERSION:
        return report  # a newer format: its tables are not ours to judge
    report.missing_geopackage_tables = [t for t in GEOPACKAGE_TABLES if t not in tables]
    required = schema.tables_of_version(report.version)
    report.missing_tables = [t for t in required if t not in tables]
    report.unknown_tables = sorted(
        t for t in tables if not t.startswith(INTERNAL_PREFIXES) and t not in required
        and t not in Base.metadata.tables
    )  # fmt: skip
    report.renamed = _renamed_tables(connection, report.missing_tables, report.unknown_tables, report.version)
    present = [t for t in required if t in tables]
    if report.version == schema.SCHEMA_VERSION:
        report.missing_columns = _missing_columns(connection, present)
    if not report.missing_geopackage_tables:
        _check_registration(connection, present, report)
    _check_rtrees(connection, tables, report)
    if "project_info" in tables:
        report.no_project_info_row = (
            connection.execute("SELECT 1 FROM project_info LIMIT 1").fetchone() is None
        )
    unchecked = [table for table in FEATURE_TABLES if table not in geometries_checked_later]
    report.bad_geometries = bad_geometry_counts(connection, unchecked, tables)
    return report


def bad_geometry_counts(
    connection: sqlite3.Connection, tables: Collection[str], present: Collection[str] | None = None
) -> dict[str, int]:
    """How many geometries of each feature table in `tables` are unreadable or of the wrong type
    (tables that hold some only, in FEATURE_TABLES order); tables or columns that are missing hold
    none. `present`: the file's tables, when the caller has read them already."""
    if present is None:
        present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    counts = {}
    for table, (column, geometry_type) in FEATURE_TABLES.items():
        if table in tables and table in present and column in _columns(connection, table):
            bad = count_bad_geometries(connection, table, column, geometry_type)
            if bad:
                counts[table] = bad
    return counts


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _missing_columns(connection: sqlite3.Connection, tables: list[str]) -> dict[str, list[str]]:
    missing = {}
    for table in tables:
        if table not in Base.metadata.tables:
            continue
        have = set(_columns(connection, table))
        lacking = [c.name for c in Base.metadata.tables[table].columns if c.name not in have]
        if lacking:
            missing[table] = lacking
    return missing


def _renamed_tables(
    connection: sqlite3.Connection, missing: list[str], unknown: list[str], version: int
) -> dict[str, str]:
    """A missing table whose columns (in the file's version) an unknown table has exactly was most likely
    renamed to it."""
    if not missing or not unknown:
        return {}
    columns = {name: set(_columns(connection, name)) for name in unknown}
    found = {}
    for table in missing:
        if table not in Base.metadata.tables:
            continue
        expected = schema.columns_of_version(table, version)
        matches = [name for name in unknown if columns[name] == expected and name not in found.values()]
        if len(matches) == 1:
            found[table] = matches[0]
    return found


def _check_registration(connection: sqlite3.Connection, present: list[str], report: StructureReport) -> None:
    contents = dict(connection.execute("SELECT table_name, data_type FROM gpkg_contents"))
    columns = {
        table: (column, str(kind).upper(), srs)
        for table, column, kind, srs in connection.execute(
            "SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns"
        )
    }
    for table in present:
        feature = FEATURE_TABLES.get(table)
        recorded = contents.get(table)
        if table not in contents:
            report.unregistered.append(table)
        elif recorded != ("features" if feature else "attributes"):
            report.misregistered[table] = recorded
        if feature and columns.get(table) != (feature[0], feature[1], WGS84_SRS_ID):
            report.unregistered_geometry.append(table)


def _check_rtrees(connection: sqlite3.Connection, tables: set[str], report: StructureReport) -> None:
    triggers = {
        name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    for table, (column, _type) in FEATURE_TABLES.items():
        if table not in tables:
            continue
        rtree = f"rtree_{table}_{column}"
        if rtree not in tables:
            report.missing_rtrees.append(table)
        elif not any(all(f"{rtree}_{s}" in triggers for s in names) for names in RTREE_TRIGGER_SETS):
            report.missing_rtree_triggers.append(table)


def bad_geometry_condition(column: str, geometry_type: str) -> str:
    """SQL that is true for a non-NULL value of `column` that is not a readable GeoPackage geometry of
    `geometry_type` (2D, any byte order, with or without an envelope).

    The geometry itself is not parsed: the header ("GP", version 0, a known envelope), the WKB type code
    after it and the length the type needs are enough to keep every decoder on safe ground, and cost
    about as much as reading the column. What ClusterDesk writes itself is recognised first, by a
    prefix and a length, so the general test runs only for geometries written by other programs.
    """
    b = f'"{column}"'
    code = _WKB_TYPE_CODES[geometry_type]
    little = f"X'01{code:02X}000000'"
    big = f"X'00000000{code:02X}'"
    srs = WGS84_SRS_ID.to_bytes(4, "little").hex().upper()
    envelope_code = f"(instr('0123456789ABCDEF', substr(hex(substr({b}, 4, 1)), 2, 1)) - 1) / 2"
    sizes = " ".join(f"WHEN {code} THEN {size}" for code, size in enumerate((0, 32, 48, 48, 64)))
    envelope = f"(CASE {envelope_code} {sizes} END)"
    wkb_start = f"(9 + {envelope})"
    wkb_length = f"(length({b}) - 8 - {envelope})"
    if geometry_type == "POINT":
        ours = f"length({b}) = 29 AND substr({b}, 1, 13) = X'47500001{srs}0101000000'"
        size_ok = f"{wkb_length} = 21"
    elif geometry_type == "LINESTRING":
        ours = (
            f"substr({b}, 1, 8) = X'47500003{srs}' AND substr({b}, 41, 5) = {little}"
            f" AND length({b}) >= 49 AND (length({b}) - 49) % 16 = 0"
        )
        size_ok = f"{wkb_length} >= 9 AND ({wkb_length} - 9) % 16 = 0"
    else:
        ours = f"substr({b}, 1, 8) = X'47500003{srs}' AND substr({b}, 41, 5) = {little} AND length({b}) >= 49"
        size_ok = f"{wkb_length} >= 9"
    readable = (
        f"typeof({b}) = 'blob' AND length({b}) >= 8 AND substr({b}, 1, 3) = X'475000'"
        f" AND {envelope} IS NOT NULL AND substr({b}, {wkb_start}, 5) IN ({little}, {big}) AND {size_ok}"
    )
    return f"{b} IS NOT NULL AND NOT ({ours}) AND NOT ({readable})"


def bad_geometry_fids(
    connection: sqlite3.Connection,
    table: str,
    column: str,
    geometry_type: str,
    among: Sequence[int] | None = None,
) -> list[int]:
    """fids of the geometries `bad_geometry_condition` finds (only `among` these fids when given); for
    polygons, whose length does not show that a blob was cut short, also those shapely cannot decode
    (boundaries are few)."""
    if among is not None:
        return [
            fid
            for start in range(0, len(among), 500)
            for fid in _bad_geometry_fids(
                connection, table, column, geometry_type, _fid_filter(among[start : start + 500])
            )
        ]
    return _bad_geometry_fids(connection, table, column, geometry_type)


def _fid_filter(fids: Sequence[int]) -> str:
    return f"fid IN ({', '.join(str(int(fid)) for fid in fids)})"


def _bad_geometry_fids(
    connection: sqlite3.Connection, table: str, column: str, geometry_type: str, where: str = "1"
) -> list[int]:
    condition = bad_geometry_condition(column, geometry_type)
    fids = [
        fid for (fid,) in connection.execute(f'SELECT fid FROM "{table}" WHERE ({where}) AND {condition}')
    ]
    if geometry_type in ("POLYGON", "MULTIPOLYGON"):
        readable = (
            f'SELECT fid, "{column}" FROM "{table}"'
            f' WHERE ({where}) AND "{column}" IS NOT NULL AND NOT ({condition})'
        )
        fids += [fid for fid, blob in connection.execute(readable) if decode(blob) is None]
    return fids


def count_bad_geometries(connection: sqlite3.Connection, table: str, column: str, geometry_type: str) -> int:
    return len(bad_geometry_fids(connection, table, column, geometry_type))


def geometries_out_of_range(connection: sqlite3.Connection, table: str, column: str) -> list[int]:
    """fids of readable geometries with a coordinate that is not a number or lies beyond longitude
    -180..180 or latitude -90..90; the layers are EPSG:4326. Reads every geometry, so it belongs in
    validation and repair rather than in opening."""
    condition = bad_geometry_condition(column, FEATURE_TABLES[table][1])
    rows = connection.execute(f'SELECT fid, "{column}" FROM "{table}" WHERE NOT ({condition})')
    found = []
    for fid, blob in rows:
        if blob is None or is_empty(blob):
            continue
        try:
            minx, maxx, miny, maxy = bounds(blob)
        except ValueError:
            continue
        finite = all(math.isfinite(v) for v in (minx, maxx, miny, maxy))
        if not finite or minx < -180 or maxx > 180 or miny < -90 or maxy > 90:
            found.append(fid)
    return found
