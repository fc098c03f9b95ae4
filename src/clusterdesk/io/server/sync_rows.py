"""Rows of project tables as the synchronisation moves them: read from the working copy or the server in
the GeoPackage's own form (so both sides compare value for value), written to the server with the
conversions PostgreSQL needs, and written into the working copy as pulled rows."""

from __future__ import annotations

import sqlite3
from functools import cache

from clusterdesk.io.server import ddl


@cache
def tables_by_name() -> dict:
    return {table.name: table for table in ddl.project_tables()}


@cache
def table_order() -> dict[str, int]:
    """Position of each table with parents first (Base.metadata.sorted_tables)."""
    return {table.name: index for index, table in enumerate(ddl.project_tables())}


@cache
def columns_of(table: str) -> list[str]:
    return [column.name for column in tables_by_name()[table].columns]


def local_rows(local: sqlite3.Connection, table: str, fids: list[int]) -> dict[int, dict]:
    """{fid: row as a dict} of the working copy's rows of `table` among `fids`."""
    columns = columns_of(table)
    names = ", ".join(map(ddl.quoted, columns))
    rows = {}
    for start in range(0, len(fids), 500):
        chunk = fids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in local.execute(f"SELECT {names} FROM {ddl.quoted(table)} WHERE fid IN ({marks})", chunk):
            values = dict(zip(columns, row, strict=True))
            rows[values["fid"]] = values
    return rows


def gpkg_expression(column) -> str:
    """SQL giving a server column as the GeoPackage keeps it: text dates and times, 0/1, WKB (made a
    GeoPackage blob in Python)."""
    name = ddl.quoted(column.name)
    kind = ddl.column_kind(column)
    if kind == ddl.KIND_DATETIME:
        return f"""to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""
    if kind == ddl.KIND_DATE:
        return f"to_char({name}, 'YYYY-MM-DD')"
    if kind == ddl.KIND_BOOLEAN:
        return f"{name}::int"
    if kind == ddl.KIND_GEOMETRY:
        return f"ST_AsBinary({name}, 'NDR')"
    return name


def server_rows(server, schema: str, table: str, fids: list[int], lock: bool = False) -> dict[int, tuple]:
    """{fid: (row as a dict in the GeoPackage's form, row_version)} of the server's rows among `fids`."""
    import shapely

    from clusterdesk.core import geometry

    columns = list(tables_by_name()[table].columns)
    names = [column.name for column in columns]
    expressions = ", ".join(gpkg_expression(column) for column in columns)
    geometry_names = [c.name for c in columns if ddl.column_kind(c) == ddl.KIND_GEOMETRY]
    suffix = " FOR UPDATE" if lock else ""
    found = server.execute(
        f"SELECT {expressions}, row_version FROM {ddl.qualified(schema, table)} WHERE fid = ANY(%s){suffix}",
        (list(fids),),
        binary=True,
    ).fetchall()
    rows = {}
    for row in found:
        values = {name: _plain(value) for name, value in zip(names, row[:-1], strict=True)}
        for name in geometry_names:
            if values[name] is not None:
                values[name] = geometry.encode(shapely.from_wkb(values[name]))
        rows[values["fid"]] = (values, row[-1])
    return rows


def _plain(value):
    return bytes(value) if isinstance(value, memoryview) else value


def to_server(table: str, values: dict) -> dict:
    """A working copy's row (or some of its columns) as PostgreSQL takes them: geometries as hex EWKB,
    booleans as booleans."""
    from clusterdesk.io.server.geometries import to_ewkb_hex

    table_def = tables_by_name()[table]
    converted = {}
    for name, value in values.items():
        kind = ddl.column_kind(table_def.c[name])
        if value is not None and kind == ddl.KIND_GEOMETRY:
            value = to_ewkb_hex([value])[0]
        elif value is not None and kind == ddl.KIND_BOOLEAN:
            value = bool(value)
        converted[name] = value
    return converted


def differing_columns(mine: dict, theirs: dict) -> list[str]:
    return [name for name in mine if name != "fid" and mine[name] != theirs.get(name)]


def insert_sql(schema: str, table: str, columns: list[str]) -> str:
    return (
        f"INSERT INTO {ddl.qualified(schema, table)} ({', '.join(map(ddl.quoted, columns))})"
        f" VALUES ({', '.join(['%s'] * len(columns))}) ON CONFLICT (fid) DO NOTHING RETURNING row_version"
    )


def update_sql(schema: str, table: str, columns: list[str]) -> str:
    assignments = ", ".join(f"{ddl.quoted(name)} = %s" for name in columns)
    if not assignments:  # nothing differs: the row is only confirmed (its version still rises)
        assignments = "fid = fid"
    return (
        f"UPDATE {ddl.qualified(schema, table)} SET {assignments}"
        " WHERE fid = %s AND row_version = %s RETURNING row_version"
    )


def delete_sql(schema: str, table: str) -> str:
    return f"DELETE FROM {ddl.qualified(schema, table)} WHERE fid = %s AND row_version = %s RETURNING fid"


def write_local(local: sqlite3.Connection, table: str, values: dict) -> None:
    """Insert or update a pulled row in the working copy (an update in place: never a delete, which
    would cascade to the rows referring to it)."""
    columns = [name for name in values if name != "fid"]
    assignments = ", ".join(f"{ddl.quoted(name)} = ?" for name in columns)
    updated = local.execute(
        f"UPDATE {ddl.quoted(table)} SET {assignments} WHERE fid = ?",
        [*(values[name] for name in columns), values["fid"]],
    ).rowcount
    if not updated:
        names = ", ".join(map(ddl.quoted, values))
        local.execute(
            f"INSERT INTO {ddl.quoted(table)} ({names}) VALUES ({', '.join('?' * len(values))})",
            list(values.values()),
        )
