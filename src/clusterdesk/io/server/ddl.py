"""The tables of a project schema on PostgreSQL/PostGIS, written from the same SQLAlchemy metadata that
creates the GeoPackage's tables, so both always have the same tables and column names.

Types: INTEGER → bigint, TEXT → text, REAL → double precision, BOOLEAN → boolean, DATE → date,
DATETIME → timestamptz, BLOB → bytea, geometry columns → geometry(<type>, 4326) with a GiST index.
Unique and CHECK constraints and indexes are kept; foreign keys too, checked at commit (DEFERRABLE
INITIALLY DEFERRED) so that rows can arrive in any order within one transaction, as a table that refers to
itself (plan tasks, results, governance bodies) needs. Every table gets `row_version` for the
synchronisation's optimistic locking.
"""

from __future__ import annotations

from sqlalchemy import (
    BLOB,
    BOOLEAN,
    INTEGER,
    REAL,
    TEXT,
    CheckConstraint,
    ForeignKeyConstraint,
    Table,
    UniqueConstraint,
)

from clusterdesk.core.column_types import Date, DateTime, Geometry

SERVER_META_TABLE = "clusterdesk_server_meta"
# The GeoPackage's own bookkeeping, which the server keeps elsewhere (server meta, public.layer_styles)
NOT_PROJECT_TABLES = ("clusterdesk_meta", "layer_styles")
SRID = 4326

# Column kinds, shared by publish and checkout for their conversions
KIND_INTEGER, KIND_TEXT, KIND_REAL, KIND_BOOLEAN = "integer", "text", "real", "boolean"
KIND_DATE, KIND_DATETIME, KIND_BLOB, KIND_GEOMETRY = "date", "datetime", "blob", "geometry"

_POSTGRES_TYPES = {
    KIND_INTEGER: "bigint",
    KIND_TEXT: "text",
    KIND_REAL: "double precision",
    KIND_BOOLEAN: "boolean",
    KIND_DATE: "date",
    KIND_DATETIME: "timestamptz",
    KIND_BLOB: "bytea",
}

# CHECK constraints written in SQLite's dialect, as PostgreSQL says the same
_CHECK_REWRITES = (("GLOB '*1*'", "LIKE '%1%'"),)


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def qualified(schema: str, table: str) -> str:
    return f"{quoted(schema)}.{quoted(table)}"


def project_tables() -> list[Table]:
    """Every project table of the current schema version, parents before the tables referring to them."""
    from clusterdesk.core import schema  # noqa: F401  (loads every table module into Base.metadata)
    from clusterdesk.core.model import Base

    return [table for table in Base.metadata.sorted_tables if table.name not in NOT_PROJECT_TABLES]


def column_kind(column) -> str:
    kind = column.type
    if isinstance(kind, Geometry):
        return KIND_GEOMETRY
    if isinstance(kind, DateTime):
        return KIND_DATETIME
    if isinstance(kind, Date):
        return KIND_DATE
    for sql_type, name in ((BOOLEAN, KIND_BOOLEAN), (INTEGER, KIND_INTEGER), (REAL, KIND_REAL),
                           (BLOB, KIND_BLOB), (TEXT, KIND_TEXT)):  # fmt: skip
        if isinstance(kind, sql_type):
            return name
    raise TypeError(f"no PostgreSQL type for {column.table.name}.{column.name} ({kind!r})")


def postgres_type(column) -> str:
    kind = column_kind(column)
    if kind == KIND_GEOMETRY:
        return f"geometry({column.type.geometry_type}, {SRID})"
    return _POSTGRES_TYPES[kind]


def check_sql(constraint: CheckConstraint) -> str:
    text = str(constraint.sqltext)
    for sqlite_form, postgres_form in _CHECK_REWRITES:
        text = text.replace(sqlite_form, postgres_form)
    return text


def _constraint_name(table: Table, kind: str, columns: list[str]) -> str:
    name = f"{table.name}_{'_'.join(columns)}_{kind}"
    return name[:63]


def create_table_sql(schema: str, table: Table) -> list[str]:
    """CREATE TABLE with its constraints, then its indexes (GiST for the geometry)."""
    parts = []
    for column in table.columns:
        line = f"{quoted(column.name)} {postgres_type(column)}"
        if column.primary_key:
            line += " PRIMARY KEY"
        elif not column.nullable:
            line += " NOT NULL"
        parts.append(line)
    parts.append("row_version bigint NOT NULL DEFAULT 1")
    ordered = sorted(table.constraints, key=lambda c: (type(c).__name__, str(c.name or ""), _cols(c)))
    for constraint in ordered:
        if isinstance(constraint, UniqueConstraint):
            columns = _cols(constraint)
            name = constraint.name or _constraint_name(table, "key", columns)
            parts.append(f"CONSTRAINT {quoted(name)} UNIQUE ({', '.join(map(quoted, columns))})")
        elif isinstance(constraint, CheckConstraint):
            parts.append(f"CONSTRAINT {quoted(constraint.name)} CHECK ({check_sql(constraint)})")
        elif isinstance(constraint, ForeignKeyConstraint):
            columns = _cols(constraint)
            name = constraint.name or _constraint_name(table, "fkey", columns)
            referred = [element.column.name for element in constraint.elements]
            parts.append(
                f"CONSTRAINT {quoted(name)} FOREIGN KEY ({', '.join(map(quoted, columns))})"
                f" REFERENCES {qualified(schema, constraint.referred_table.name)}"
                f" ({', '.join(map(quoted, referred))}) DEFERRABLE INITIALLY DEFERRED"
            )
    statements = [f"CREATE TABLE {qualified(schema, table.name)} (\n  " + ",\n  ".join(parts) + "\n)"]
    for index in sorted(table.indexes, key=lambda i: i.name):
        unique = "UNIQUE " if index.unique else ""
        columns = ", ".join(quoted(c.name) for c in index.columns)
        statements.append(
            f"CREATE {unique}INDEX {quoted(index.name)} ON {qualified(schema, table.name)} ({columns})"
        )
    for column in table.columns:
        if column_kind(column) == KIND_GEOMETRY:
            statements.append(
                f"CREATE INDEX {quoted(f'{table.name}_{column.name}_gist')}"
                f" ON {qualified(schema, table.name)} USING gist ({quoted(column.name)})"
            )
    return statements


def _cols(constraint) -> list[str]:
    return [column.name for column in constraint.columns]


def create_schema_sql(schema: str) -> list[str]:
    """Every statement that creates the project schema's tables (empty) and its server meta table."""
    statements = [f"CREATE SCHEMA {quoted(schema)}"]
    for table in project_tables():
        statements += create_table_sql(schema, table)
    statements.append(
        f"CREATE TABLE {qualified(schema, SERVER_META_TABLE)} (key text PRIMARY KEY, value text)"
    )
    return statements


def fid_block_sequence(table: str) -> str:
    """The sequence handing out blocks of fids for new rows of `table` (see io.server.fid_blocks)."""
    return f"{table}_fid_block"
