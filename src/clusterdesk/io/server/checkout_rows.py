"""How a checkout moves one table's rows: the SQL that makes the server give them as the GeoPackage
stores them (text dates and times, 0/1, GeoPackage point blobs, envelopes of other geometries), and the
inserts of the rows and their server versions into the working copy, chunk by chunk."""

from __future__ import annotations

import sqlite3
from collections import Counter
from operator import itemgetter

from clusterdesk.io.server import ddl
from clusterdesk.io.server.local_tables import VERSIONS_TABLE


def _select_expression(column) -> str:
    """The column as SQL giving what the GeoPackage stores: text dates and times, 0/1, GeoPackage blobs."""
    from clusterdesk.io.server.geometries import point_blob_sql

    name = ddl.quoted(column.name)
    kind = ddl.column_kind(column)
    if kind == ddl.KIND_DATETIME:
        return f"""to_char({name}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""
    if kind == ddl.KIND_DATE:
        return f"to_char({name}, 'YYYY-MM-DD')"
    if kind == ddl.KIND_BOOLEAN:
        return f"{name}::int"
    if kind == ddl.KIND_GEOMETRY:
        if column.type.geometry_type == "POINT":
            return point_blob_sql(name)
        return f"ST_AsBinary({name}, 'NDR')"
    return name


_CHUNK = 20000


def quick_binding() -> None:
    """Let Python's sqlite3 bind NULLs and blobs as quickly as numbers and text.

    It binds int, float, str and bytearray directly, but looks every other value (None, and bytes, as
    psycopg gives a bytea) up in its adapter registry, then asks the value and the protocol to adapt it:
    a third of the cost of inserting 100,000 stakeholders. Registered adapters are found at the first
    look-up; these return the value itself, which sqlite3 then binds as before (NULL, BLOB). The registry
    belongs to the process, and what every connection binds stays the same."""
    sqlite3.register_adapter(type(None), _NO_ADAPTERS.get)  # C-level: None -> None
    sqlite3.register_adapter(bytes, bytes)  # bytes(b) is b itself


_NO_ADAPTERS: dict = {}


class TableCopy:
    """How the rows of one table are read from the server and written into the working copy."""

    def __init__(self, table, geometry_column: str | None):
        columns = list(table.columns)
        self.name = str(table.name)  # a plain str: sqlite3 would try to adapt SQLAlchemy's quoted_name
        names = [column.name for column in columns]
        self.fid_at, self.width = names.index("fid"), len(names)
        selected = [_select_expression(column) for column in columns] + ["row_version"]
        self.geometry_column = geometry_column
        kinds = {column.name: column.type for column in columns}
        self.points_at = None  # a point column: its envelopes are read from the blobs afterwards
        if geometry_column and kinds[geometry_column].geometry_type == "POINT":
            self.points_at = names.index(geometry_column)
        elif geometry_column:  # the envelope, for the spatial index and the GeoPackage blobs
            selected += [
                f"ST_{edge}({ddl.quoted(geometry_column)})" for edge in ("XMin", "XMax", "YMin", "YMax")
            ]
        self.select = f"SELECT {', '.join(selected)} FROM {{table}} ORDER BY fid"
        self.wkb_at = [
            i
            for i, column in enumerate(columns)
            if ddl.column_kind(column) == ddl.KIND_GEOMETRY and column.type.geometry_type != "POINT"
        ]
        self.names = names
        # columns a chunk may leave out when all its rows hold NULL there (no default would fill them)
        self.nullable_at = [
            i for i, column in enumerate(columns) if column.nullable and column.server_default is None
        ]
        # each chunk's row versions as one INSERT ... SELECT of the version most rows have, then the others
        self.versions_select = (
            f'INSERT INTO "{VERSIONS_TABLE}" (table_name, fid, row_version)'
            f" SELECT ?, fid, ? FROM {ddl.quoted(self.name)} WHERE fid BETWEEN ? AND ? ORDER BY fid"
        )
        self.boxes: list[tuple] = []  # (fid, minx, maxx, miny, maxy) of other geometries than points
        self.points: list[tuple[list, list]] = []  # (fids, point blobs) per chunk
        self.copied = 0

    def store(self, local: sqlite3.Connection, chunk: list[tuple]) -> None:
        from clusterdesk.io.server.geometries import from_wkb

        width, fid_at = self.width, self.fid_at
        rows = chunk
        if self.wkb_at:  # one geometry column, whose envelope follows row_version
            index = self.wkb_at[0]
            blobs = from_wkb([row[index] for row in chunk], [row[width + 1 :] for row in chunk])
            rows = [
                (*row[:index], blob, *row[index + 1 : width]) for row, blob in zip(chunk, blobs, strict=True)
            ]
            self.boxes += [(row[fid_at], *row[width + 1 :]) for row in chunk if row[width + 1] is not None]
        kept = self._kept_columns(rows)
        values = list(map(itemgetter(*kept), rows)) if len(kept) > 1 else [(row[kept[0]],) for row in rows]
        local.executemany(self._insert(kept), values)
        self._store_versions(local, chunk)
        if self.points_at is not None:
            self.points.append(([row[fid_at] for row in chunk], [row[self.points_at] for row in chunk]))
        self.copied += len(chunk)

    def _kept_columns(self, rows: list[tuple]) -> tuple[int, ...]:
        """The columns to insert: all but those NULL in every row, which the table fills with NULL itself
        (binding a NULL costs Python's sqlite3 more than any other value)."""
        first = rows[0]
        empty = {
            i
            for i in self.nullable_at
            if first[i] is None and list(map(itemgetter(i), rows)).count(None) == len(rows)
        }
        return tuple(i for i in range(self.width) if i not in empty)

    def _insert(self, kept: tuple[int, ...]) -> str:
        columns = ", ".join(ddl.quoted(self.names[i]) for i in kept)
        return f"INSERT INTO {ddl.quoted(self.name)} ({columns}) VALUES ({', '.join('?' * len(kept))})"

    def _store_versions(self, local: sqlite3.Connection, chunk: list[tuple]) -> None:
        """The server version of each row of the chunk (ordered by fid, the table's rows in its range)."""
        width, fid_at = self.width, self.fid_at
        versions = [row[width] for row in chunk]
        common = Counter(versions).most_common(1)[0][0]
        others = [(row[width], self.name, row[fid_at]) for row in chunk if row[width] != common]
        if len(others) * 4 > len(chunk):
            local.executemany(_VERSIONS_INSERT, [(self.name, row[fid_at], row[width]) for row in chunk])
            return
        local.execute(self.versions_select, (self.name, common, chunk[0][fid_at], chunk[-1][fid_at]))
        local.executemany(_VERSIONS_UPDATE, others)

    def envelopes(self):
        """(fids, minx, maxx, miny, maxy) as arrays, of the rows whose geometry is neither NULL nor empty."""
        import numpy as np

        from clusterdesk.io.server.geometries import point_envelopes

        if self.points_at is not None:
            fids = [fid for fids, _blobs in self.points for fid in fids]
            return point_envelopes(fids, [blob for _fids, blobs in self.points for blob in blobs])
        values = np.array(self.boxes, dtype=np.float64).reshape(-1, 5)
        return (values[:, 0].astype(np.int64), *values[:, 1:].T)


_VERSIONS_INSERT = f'INSERT INTO "{VERSIONS_TABLE}" (table_name, fid, row_version) VALUES (?, ?, ?)'
_VERSIONS_UPDATE = f'UPDATE "{VERSIONS_TABLE}" SET row_version = ? WHERE table_name = ? AND fid = ?'


def server_chunks(server, schema: str, copies: dict[str, TableCopy]):
    """(table, rows) in chunks, table by table; runs on the read-ahead thread, the only user of `server`
    meanwhile."""
    for name, copy in copies.items():
        with server.cursor(name=f"checkout_{name}") as cursor:
            cursor.itersize = _CHUNK
            cursor.execute(copy.select.format(table=ddl.qualified(schema, name)), binary=True)
            while chunk := cursor.fetchmany(_CHUNK):
                yield name, chunk
