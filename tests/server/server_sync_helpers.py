"""Helpers of the synchronisation tests: a sample published under a fresh project name, working copies
checked out of it and opened as projects with a live link, and direct reads of the server's rows."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg

from clusterdesk.core.project import Project
from clusterdesk.io.server import ddl
from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.publish import publish
from clusterdesk.io.server.roles import ROLE_NAMES, role_name
from clusterdesk.io.server.server_link import ServerLink

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_projects" / "ambato_footwear.gpkg"


def drop_project(database_url: str, project: str) -> None:
    """Remove the schema and the project's group roles (they belong to the whole server)."""
    roles = [role_name(project, role) for role in ROLE_NAMES]
    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {ddl.quoted(project)} CASCADE")
        existing = [
            row[0]
            for row in connection.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (roles,))
        ]
        if existing:
            connection.execute(f"DROP OWNED BY {', '.join(map(ddl.quoted, existing))}")
            for role in existing:
                connection.execute(f"DROP ROLE {ddl.quoted(role)}")


@contextmanager
def published_sample(database_url: str, sample: Path = SAMPLE):
    """The address of a project published from `sample`; the project is removed afterwards."""
    name = f"sync_{uuid.uuid4().hex[:10]}"
    address = ServerAddress(database_url, name)
    publish(sample, address)
    try:
        yield address
    finally:
        drop_project(database_url, name)


@contextmanager
def linked_copy(address: ServerAddress, path: Path):
    """A checked-out working copy opened as a project, its commands pushed at once by its live link."""
    checkout(address, path)
    project = Project.open(path)
    link = ServerLink.attach(project, address)
    try:
        yield project, link
    finally:
        link.close()
        project.close()


def server_value(address: ServerAddress, table: str, fid: int, column: str):
    with psycopg.connect(address.conninfo) as connection:
        row = connection.execute(
            f"SELECT {ddl.quoted(column)} FROM {ddl.qualified(address.project, table)} WHERE fid = %s", (fid,)
        ).fetchone()
    return None if row is None else row[0]


def server_execute(address: ServerAddress, sql: str, params=()) -> None:
    """Run SQL on the server as another user would (its own connection and transaction); `{s}` in the
    SQL names the project's schema."""
    with psycopg.connect(address.conninfo) as connection:
        connection.execute(sql.replace("{s}", ddl.quoted(address.project)), params)


def local_value(project: Project, table: str, fid: int, column: str):
    row = project.connection.execute(
        f"SELECT {ddl.quoted(column)} FROM {ddl.quoted(table)} WHERE fid = ?", (fid,)
    ).fetchone()
    return None if row is None else row[0]
