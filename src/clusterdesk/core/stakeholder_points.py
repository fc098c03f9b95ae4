"""Every stakeholder's fid, kind, employees and point as numpy columns, for drawing and counting.

SQLite joins each column into one value (`core.joined_columns`): the employees as text that numpy parses
in one call, the kinds as one digit each, the point blobs (of fixed length) into one buffer decoded with
one numpy view; fids without a gap are not read at all. No Python object is made per row, which keeps a
project of a million stakeholders fast to open and within a few hundred megabytes.

The same reading can tell, at no extra cost, how many of the points are not readable geometries: every
blob of the form ClusterDesk writes is recognised in the buffer, and only the others are checked with
the structure check's SQL (`core.structure`). Opening uses that instead of a second scan of the table.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from clusterdesk.core import joined_columns
from clusterdesk.core.geometry import POINT_BLOB_LENGTH, WGS84_SRS_ID, decode_point_array, decode_points
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS

KIND_CODES = tuple(STAKEHOLDER_KINDS)
# The first 13 bytes of every point ClusterDesk writes: GeoPackage header without envelope, then WKB
# little-endian Point (core.structure.bad_geometry_condition recognises the same prefix)
_OWN_POINT_HEAD = np.frombuffer(b"GP\x00\x01" + WGS84_SRS_ID.to_bytes(4, "little"), dtype="<u8")[0]
_OWN_POINT_WKB = b"\x01\x01\x00\x00\x00"
MOST_SUSPECTS_CHECKED = 20_000  # beyond this many unfamiliar blobs, the whole column is checked in SQL


@dataclass
class StakeholderPoints:
    """Columns for drawing and counting, read without building ORM objects."""

    fid: np.ndarray  # int64
    lon: np.ndarray  # float64, NaN where there is no location
    lat: np.ndarray
    kind: np.ndarray  # int8 index into KIND_CODES
    employees: np.ndarray  # float64, NaN where unknown

    def __len__(self) -> int:
        return len(self.fid)

    def located(self) -> np.ndarray:
        return ~np.isnan(self.lon)


def read_stakeholder_points(connection: sqlite3.Connection) -> StakeholderPoints:
    """Every stakeholder's fid, kind, employees and point, in fid order."""
    return read_checking_geometries(connection, check=False)[0]


def read_checking_geometries(
    connection: sqlite3.Connection, *, check: bool = True
) -> tuple[StakeholderPoints, int]:
    """The points, and how many stakeholder geometries the structure check would call unreadable or of
    the wrong type (`core.structure.count_bad_geometries`); with `check` False that count is 0."""
    from clusterdesk.core.structure import bad_geometry_fids, count_bad_geometries

    count = connection.execute("SELECT count(*) FROM stakeholders").fetchone()[0]
    joined = None
    if 0 < count * POINT_BLOB_LENGTH <= joined_columns.LONGEST_JOINED_BYTES and len(KIND_CODES) <= 10:
        joined = _joined(connection, count)
    bad = 0
    if joined is None:  # too many to join, or a value numpy could not read back (text in a number column)
        rows = _point_rows_one_by_one(connection, count)
        columns = _Columns(rows["fid"], rows["kind"], rows["employees"], np.ascontiguousarray(rows["geom"]))
        if check:
            bad = count_bad_geometries(connection, "stakeholders", "geom", "POINT")
    else:
        columns, suspects = joined
        if check and len(suspects) > MOST_SUSPECTS_CHECKED:
            bad = count_bad_geometries(connection, "stakeholders", "geom", "POINT")
        elif check and len(suspects):
            bad = len(bad_geometry_fids(connection, "stakeholders", "geom", "POINT", suspects.tolist()))
        fids = columns.fid
        if count > 1 and not bool(np.all(fids[1:] > fids[:-1])):  # SQLite chose another order
            order = np.argsort(fids, kind="stable")
            columns = _Columns(*(column[order] for column in columns))
    return _points_of(connection, columns), bad


class _Columns(NamedTuple):
    fid: np.ndarray
    kind: np.ndarray
    employees: np.ndarray
    geom: np.ndarray  # fixed-length blobs (S29), contiguous


def _points_of(connection: sqlite3.Connection, columns: _Columns) -> StakeholderPoints:
    lon, lat = decode_point_array(columns.geom)
    # Geometries written by other tools (with an envelope, big-endian) take the slower, general path
    other = np.flatnonzero((columns.geom != b"") & np.isnan(lon))
    if len(other):
        fids = columns.fid[other].tolist()
        blobs: dict[int, bytes] = {}
        for start in range(0, len(fids), 500):
            chunk = fids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            query = f"SELECT fid, geom FROM stakeholders WHERE fid IN ({marks})"
            blobs.update(connection.execute(query, chunk))
        lon[other], lat[other] = decode_points([blobs[fid] for fid in fids])
    employees = np.array(columns.employees, dtype=np.float64)
    employees[employees < 0] = np.nan  # the table forbids negative counts, so -1 can only mean unknown
    fids = np.array(columns.fid, dtype=np.int64)
    return StakeholderPoints(fids, lon, lat, np.array(columns.kind, dtype=np.int8), employees)


_POINT_ROW = np.dtype(
    [("fid", "<i8"), ("kind", "i1"), ("employees", "<f8"), ("geom", f"S{POINT_BLOB_LENGTH}")]
)
_KIND_CASE = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(KIND_CODES))
_KIND = f"CASE kind {_KIND_CASE} ELSE {len(KIND_CODES) - 1} END"
# A blob of the point length as it is; none as zeros; any other value as a mark that it is there
_GEOM_FIXED = (
    f"CASE WHEN length(geom) = {POINT_BLOB_LENGTH} AND typeof(geom) = 'blob' THEN geom"
    f" WHEN geom IS NULL THEN zeroblob({POINT_BLOB_LENGTH}) ELSE x'{'ff' * POINT_BLOB_LENGTH}' END"
)
_BLOB_PARTS = np.dtype([("head", "<u8"), ("wkb", "S5"), ("rest", f"S{POINT_BLOB_LENGTH - 13}")])


def _point_rows_joined(connection: sqlite3.Connection, count: int) -> _Columns | None:
    """The columns as SQLite hands them (not sorted by fid), or None when they cannot be read joined."""
    joined = _joined(connection, count)
    return None if joined is None else joined[0]


def _joined(connection: sqlite3.Connection, count: int) -> tuple[_Columns, np.ndarray] | None:
    """The columns in the table's order, and the fids whose geometry is not of the form ClusterDesk
    writes (nor missing)."""
    fids = joined_columns.consecutive_fids(connection, "stakeholders", count)
    fid_column = "NULL" if fids is not None else "group_concat(fid)"  # fids without a gap need no reading
    fid_text, kind_text, employee_text, blobs, located = connection.execute(
        f"SELECT {fid_column}, group_concat({_KIND}, ''), group_concat(ifnull(employees, -1)),"
        f" CAST(group_concat({_GEOM_FIXED}, '') AS BLOB), count(geom) FROM stakeholders NOT INDEXED"
    ).fetchone()
    if fids is None:
        fids = joined_columns.integers(fid_text, count)
    employees = joined_columns.numbers(employee_text, count)
    kinds = joined_columns.digits(kind_text, count)
    if fids is None or employees is None or kinds is None or len(blobs) != count * POINT_BLOB_LENGTH:
        return None
    parts = np.frombuffer(blobs, dtype=_BLOB_PARTS)
    own = (parts["head"] == _OWN_POINT_HEAD) & (parts["wkb"] == _OWN_POINT_WKB)
    zeros = (parts["head"] == 0) & (parts["wkb"] == b"") & (parts["rest"] == b"")
    if int(np.count_nonzero(zeros)) == count - located:  # each zero row is a missing point
        own |= zeros
    geom = np.frombuffer(blobs, dtype=f"S{POINT_BLOB_LENGTH}")
    return _Columns(fids, kinds, employees, geom), fids[~own]


def _point_rows_one_by_one(connection: sqlite3.Connection, count: int) -> np.ndarray:
    cursor = connection.execute(
        f"SELECT fid, {_KIND}, ifnull(CAST(employees AS REAL), -1.0), {_GEOM_FIXED}"
        " FROM stakeholders ORDER BY fid"
    )
    return np.fromiter(cursor, dtype=_POINT_ROW, count=count)
