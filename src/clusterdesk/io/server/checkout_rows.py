"""How a checkout moves one table's rows: the SQL that makes the server give them as the GeoPackage
stores them (text dates and times, 0/1, GeoPackage point blobs, envelopes of other geometries), and the
inserts of the rows and their server versions into the working copy, chunk by chunk."""

from __future__ import annotations

import sqlite3

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


class TableCopy:
    """How the rows of one table are read from the server and written into the working copy."""

    def __init__(self, table, geometry_column: str | None):
        columns = list(table.columns)
        self.name = str(table.name)  # a plain str: sqlite3 would try to adapt SQLAlchemy's quoted_name
        names = [column.name for column in columns]
        self.fid_at, self.width = names.index("fid"), len(names)
        selected = [_select_expression(column) for column in columns] + ["row_version"]
        self.geometry_column = geometry_column
        if geometry_column:  # the envelope, for the spatial index and the GeoPackage blobs
            selected += [
                f"ST_{edge}({ddl.quoted(geometry_column)})" for edge in ("XMin", "XMax", "YMin", "YMax")
            ]
        self.select = f"SELECT {', '.join(selected)} FROM {{table}} ORDER BY fid"
        self.wkb_at = [
            i
            for i, column in enumerate(columns)
            if ddl.column_kind(column) == ddl.KIND_GEOMETRY and column.type.geometry_type != "POINT"
        ]
        self.insert = (
            f"INSERT INTO {ddl.quoted(self.name)} ({', '.join(map(ddl.quoted, names))})"
            f" VALUES ({', '.join('?' * len(names))})"
        )
        self.boxes: list[tuple] | None = [] if geometry_column else None
        self.copied = 0

    def store(self, local: sqlite3.Connection, chunk: list[tuple]) -> None:
        from clusterdesk.io.server.geometries import from_wkb

        width, fid_at = self.width, self.fid_at
        if self.wkb_at:  # one geometry column, whose envelope follows row_version
            chunk = [list(row) for row in chunk]
            index = self.wkb_at[0]
            blobs = from_wkb([row[index] for row in chunk], [row[width + 1 :] for row in chunk])
            for row, blob in zip(chunk, blobs, strict=True):
                row[index] = blob
        local.executemany(self.insert, [row[:width] for row in chunk])
        local.executemany(_VERSIONS_INSERT, [(self.name, row[fid_at], row[width]) for row in chunk])
        if self.boxes is not None:
            self.boxes += [(row[fid_at], *row[width + 1 :]) for row in chunk if row[width + 1] is not None]
        self.copied += len(chunk)


_VERSIONS_INSERT = f'INSERT INTO "{VERSIONS_TABLE}" (table_name, fid, row_version) VALUES (?, ?, ?)'


def server_chunks(server, schema: str, copies: dict[str, TableCopy]):
    """(table, rows) in chunks, table by table; runs on the read-ahead thread, the only user of `server`
    meanwhile."""
    for name, copy in copies.items():
        with server.cursor(name=f"checkout_{name}") as cursor:
            cursor.itersize = _CHUNK
            cursor.execute(copy.select.format(table=ddl.qualified(schema, name)), binary=True)
            while chunk := cursor.fetchmany(_CHUNK):
                yield name, chunk
