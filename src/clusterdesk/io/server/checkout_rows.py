"""How a checkout moves one table's rows: the SQL that makes the server give them as the GeoPackage
stores them (text dates and times, 0/1, GeoPackage blobs with their envelopes), and the inserts of the
rows and their server versions into the working copy, chunk by chunk."""

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
        return _blob_with_envelope_sql(name)
    return name


def _blob_with_envelope_sql(column: str) -> str:
    """SQL giving the GeoPackage blob of a line or polygon column with its XY envelope, byte for byte what
    core.geometry.encode writes: the envelope's doubles, little-endian, are those of the WKB of a point
    made of them (ST_XMin and ST_XMax, then ST_YMin and ST_YMax), after its 5 bytes of order and type."""
    wkb = f"ST_AsBinary({column}, 'NDR')"
    pairs = [
        f"substring(ST_AsBinary(ST_MakePoint(ST_{low}({column}), ST_{high}({column})), 'NDR') from 6)"
        for low, high in (("XMin", "XMax"), ("YMin", "YMax"))
    ]
    return (
        f"CASE WHEN {column} IS NULL THEN NULL"
        f" WHEN ST_IsEmpty({column}) THEN '\\x{_EMPTY_HEADER_HEX}'::bytea || {wkb}"
        f" ELSE '\\x{_ENVELOPE_HEADER_HEX}'::bytea || {' || '.join(pairs)} || {wkb} END"
    )


# GeoPackage headers, little-endian, EPSG:4326: empty geometry (flags 0x11), with an XY envelope (0x03)
_EMPTY_HEADER_HEX, _ENVELOPE_HEADER_HEX = "47500011e6100000", "47500003e6100000"


_CHUNK = 20000
_FIRST_CHUNK = 2000
_STAGED_FROM = 1000  # rows of a chunk from which they go through a staging table


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


def _may_be_left_out(column) -> bool:
    """A column the insert may leave out when it holds no value: the table then fills it with NULL."""
    return column.nullable and column.server_default is None and not column.primary_key


def table_contents(server, schema: str, tables: list) -> dict[str, tuple[int, set[str]]]:
    """Per table, in one query: its row count and the columns that may be left out but hold a value in
    some row (the others are NULL everywhere: a checkout reads and inserts them not at all, which spares
    Python a value per row)."""
    parts, columns_of = [], {}
    for i, table in enumerate(tables):
        optional = [column.name for column in table.columns if _may_be_left_out(column)]
        columns_of[i] = optional
        counted = ", ".join(["count(*)", *(f"count({ddl.quoted(name)})" for name in optional)])
        parts.append(f"SELECT {i}, ARRAY[{counted}]::bigint[] FROM {ddl.qualified(schema, str(table.name))}")
    contents = {}
    for i, counts in server.execute(" UNION ALL ".join(parts)):
        filled = {name for name, count in zip(columns_of[i], counts[1:], strict=True) if count}
        contents[str(tables[i].name)] = (counts[0], filled)
    return contents


class TableCopy:
    """How the rows of one table are read from the server and written into the working copy.

    The server gives each row as `row_version`, then the columns copied; the insert names them ?2, ?3 ...,
    so that the rows are bound as psycopg gives them, and their versions are read from position 0."""

    def __init__(self, table, geometry_column: str | None, filled: set[str] | None = None):
        self.name = str(table.name)  # a plain str: sqlite3 would try to adapt SQLAlchemy's quoted_name
        columns = [
            column
            for column in table.columns
            if filled is None or column.name in filled or not _may_be_left_out(column)
        ]
        names = [column.name for column in columns]
        selected = ["row_version", *(_select_expression(column) for column in columns)]
        self.select = f"SELECT {', '.join(selected)} FROM {{table}} ORDER BY fid"
        listed, marks = ", ".join(map(ddl.quoted, names)), ", ".join(f"?{i + 2}" for i in range(len(names)))
        self.insert = f"INSERT INTO {ddl.quoted(self.name)} ({listed}) VALUES ({marks})"
        staging = ddl.quoted(f"checkout_{self.name}")
        self.staging = (
            f"CREATE TEMP TABLE IF NOT EXISTS {staging} ({listed})",
            f"INSERT INTO temp.{staging} ({listed}) VALUES ({marks})",
            f"INSERT INTO main.{ddl.quoted(self.name)} ({listed}) SELECT {listed} FROM temp.{staging}",
            f"DELETE FROM temp.{staging}",
        )
        self.fid_at = 1 + names.index("fid")
        self.geometry_at = 1 + names.index(geometry_column) if geometry_column in names else None
        self.points = self.geometry_at is not None and table.c[geometry_column].type.geometry_type == "POINT"
        # each chunk's row versions as one INSERT ... SELECT of the version most rows have, then the others
        self.versions_select = (
            f'INSERT INTO "{VERSIONS_TABLE}" (table_name, fid, row_version)'
            f" SELECT ?, fid, ? FROM {ddl.quoted(self.name)} WHERE fid BETWEEN ? AND ? ORDER BY fid"
        )
        self.geometries: list[tuple[list, list]] = []  # (fids, blobs) per chunk, for the spatial index
        self.copied = 0

    def store(self, local: sqlite3.Connection, chunk: list[tuple]) -> None:
        if len(chunk) < _STAGED_FROM:
            local.executemany(self.insert, chunk)
        else:
            # Into a bare table first, then into the table with its checks and unique index in one
            # statement: that long step lets the reading thread make the next rows' Python objects
            # meanwhile, where one step per row gave it the interpreter lock for two microseconds only.
            create, stage, move, empty = self.staging
            local.execute(create)
            local.executemany(stage, chunk)
            local.execute(move)
            local.execute(empty)
        self._store_versions(local, chunk)
        if self.geometry_at is not None:
            fids, blobs = itemgetter(self.fid_at), itemgetter(self.geometry_at)
            self.geometries.append((list(map(fids, chunk)), list(map(blobs, chunk))))
        self.copied += len(chunk)

    def _store_versions(self, local: sqlite3.Connection, chunk: list[tuple]) -> None:
        """The server version of each row of the chunk (ordered by fid, the table's rows in its range)."""
        fid_at = self.fid_at
        common = Counter(map(itemgetter(0), chunk)).most_common(1)[0][0]
        others = [(row[0], self.name, row[fid_at]) for row in chunk if row[0] != common]
        if len(others) * 4 > len(chunk):
            local.executemany(_VERSIONS_INSERT, [(self.name, row[fid_at], row[0]) for row in chunk])
            return
        local.execute(self.versions_select, (self.name, common, chunk[0][fid_at], chunk[-1][fid_at]))
        local.executemany(_VERSIONS_UPDATE, others)

    def envelopes(self):
        """(fids, minx, maxx, miny, maxy) as arrays, of the rows whose geometry is neither NULL nor empty."""
        from clusterdesk.io.server.geometries import header_envelopes, point_envelopes

        fids = [fid for fids, _blobs in self.geometries for fid in fids]
        blobs = [blob for _fids, blobs in self.geometries for blob in blobs]
        return point_envelopes(fids, blobs) if self.points else header_envelopes(fids, blobs)


_VERSIONS_INSERT = f'INSERT INTO "{VERSIONS_TABLE}" (table_name, fid, row_version) VALUES (?, ?, ?)'
_VERSIONS_UPDATE = f'UPDATE "{VERSIONS_TABLE}" SET row_version = ? WHERE table_name = ? AND fid = ?'


def server_chunks(server, schema: str, copies: dict[str, TableCopy]):
    """(table, rows) in chunks, table by table; runs on the read-ahead thread, the only user of `server`
    meanwhile."""
    for name, copy in copies.items():
        with server.cursor(name=f"checkout_{name}") as cursor:
            cursor.itersize = _CHUNK
            cursor.execute(copy.select.format(table=ddl.qualified(schema, name)), binary=True)
            size = _FIRST_CHUNK  # a small first one: the writing starts while the server reads on
            while chunk := cursor.fetchmany(size):
                yield name, chunk
                size = _CHUNK
