"""Helpers of the team mode tests: publishing into the test database, comparing a checked-out file with
the project it came from, and removing a project's group roles (they belong to the whole server, not to
the test database, so each test removes those it made)."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import psycopg
import shapely

from clusterdesk.core import geometry
from clusterdesk.core.project import Project
from clusterdesk.io.server import ddl
from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.roles import ROLE_NAMES, role_name


def unique_project(stem: str) -> str:
    return f"{stem[:30]}_{uuid.uuid4().hex[:8]}"


def address(database_url: str, project: str | None) -> ServerAddress:
    return ServerAddress(database_url, project)


def drop_project(database_url: str, project: str) -> None:
    """Remove the schema, the project's styles and its roles (and the memberships given to them)."""
    roles = [role_name(project, role) for role in ROLE_NAMES]
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {ddl.quoted(project)} CASCADE")
        existing = [
            r[0] for r in connection.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (roles,))
        ]
        if existing:
            connection.execute(f"DROP OWNED BY {', '.join(map(ddl.quoted, existing))}")
            for role in existing:
                connection.execute(f"DROP ROLE {ddl.quoted(role)}")


def project_rows(connection: sqlite3.Connection, table) -> list[tuple]:
    """Every row of a project table by fid, geometries as shapely objects (NULL and empty kept apart)."""
    names = [column.name for column in table.columns]
    geometry_at = [
        i for i, column in enumerate(table.columns) if ddl.column_kind(column) == ddl.KIND_GEOMETRY
    ]
    rows = connection.execute(
        f"SELECT {', '.join(map(ddl.quoted, names))} FROM {ddl.quoted(table.name)} ORDER BY fid"
    ).fetchall()
    result = []
    for row in rows:
        row = list(row)
        for index in geometry_at:
            row[index] = None if row[index] is None else geometry.decode(row[index])
        result.append(tuple(row))
    return result


def content_differences(original: Path, checked_out: Path, ignore: tuple[str, ...] = ()) -> list[str]:
    """What differs between two project files, table by table and row by row (empty: the same content);
    columns named `table.column` in `ignore` are left out.

    The original is read through Project.open, so an older file is compared as its migrated working copy."""
    differences = []
    with Project.open(original) as before, Project.open(checked_out) as after:
        for table in ddl.project_tables():
            left = _without(project_rows(before.connection, table), table, ignore)
            right = _without(project_rows(after.connection, table), table, ignore)
            if len(left) != len(right):
                differences.append(f"{table.name}: {len(left)} rows, checked out {len(right)}")
                continue
            for a, b in zip(left, right, strict=True):
                if not _same_row(a, b):
                    differences.append(f"{table.name} fid {a[0]}: {a} != {b}")
    return differences


def _without(rows: list[tuple], table, ignore: tuple[str, ...]) -> list[tuple]:
    keep = [i for i, column in enumerate(table.columns) if f"{table.name}.{column.name}" not in ignore]
    return [tuple(row[i] for i in keep) for row in rows]


def _same_row(a: tuple, b: tuple) -> bool:
    for x, y in zip(a, b, strict=True):
        if isinstance(x, shapely.Geometry) or isinstance(y, shapely.Geometry):
            if (
                x is None
                or y is None
                or not shapely.equals_exact(x, y, tolerance=0)
                and not (x.is_empty and y.is_empty)
            ):
                return False
        elif x != y or type(x) is not type(y):
            return False
    return True
