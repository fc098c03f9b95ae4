"""Publishing a project file to a PostgreSQL/PostGIS server as a new project schema.

Everything happens in one server transaction: the schema and its tables, every row (COPY), the fid block
sequences, the server meta, the QGIS styles, the roles and their row-level security, the synchronisation's
triggers. A failure or a cancel anywhere leaves the server as it was. An older project file is migrated
first, in its working copy (the file itself is not changed).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from clusterdesk import __version__
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.column_types import format_datetime, utc_now
from clusterdesk.io.server import ddl
from clusterdesk.io.server.address import ServerAddress, check_project_name, connect, require_project
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.fid_blocks import BLOCK_SIZE
from clusterdesk.io.server.server_triggers import install_server_triggers
from clusterdesk.io.task import CancelCallback, ProgressCallback, TaskState


@dataclass
class PublishResult:
    schema: str
    rows: dict[str, int]  # table: rows copied
    migrated_from: int | None  # the file's older schema version, when it was migrated first


def publish(
    gpkg_path: str | Path,
    address: ServerAddress,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
) -> PublishResult:
    """Create the project `address.project` on the server from the project file `gpkg_path`."""
    from clusterdesk.core.project import Project

    schema = check_project_name(require_project(address))
    state = TaskState(progress, cancel)
    language = messages_language()
    state.stage(0.0, 0.05, tr("server:progress:reading", "Reading the project", language))
    project = Project.open(gpkg_path)
    try:
        project.session.commit()
        with connect(address) as connection:
            _refuse_existing(connection, schema, address)
            _require_postgis(connection, address)
            connection.execute("SET LOCAL timezone = 'UTC'")
            rows = _publish_into(connection, project.connection, schema, state, Path(gpkg_path).name)
            for table in ddl.project_tables():  # the planner's statistics, so that the first checkout is fast
                connection.execute(f'ANALYZE "{schema}"."{table.name}"')
    except ServerError:
        raise
    except Exception as error:
        if type(error).__module__.startswith("psycopg"):
            raise ServerError(
                tr(
                    "server:publish_failed",
                    "Publishing {file} failed: {reason}. Nothing was written to the server.",
                    language,
                    file=Path(gpkg_path).name,
                    reason=str(error).strip(),
                )
            ) from error
        raise
    finally:
        project.close()
    return PublishResult(schema, rows, project.migrated_from)


def _refuse_existing(connection, schema: str, address: ServerAddress) -> None:
    if connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema,)).fetchone():
        raise ServerError(
            tr(
                "server:project_exists",
                "{address} already has a project (schema) named {project}: choose another name, or check "
                "the project out instead. Nothing was written.",
                messages_language(),
                address=address.with_project(None).display(),
                project=schema,
            )
        )


def _require_postgis(connection, address: ServerAddress) -> None:
    if not connection.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone():
        raise ServerError(
            tr(
                "server:no_postgis",
                "The database of {address} has no PostGIS: an administrator runs CREATE EXTENSION postgis "
                "in it first.",
                messages_language(),
                address=address.with_project(None).display(),
            )
        )


def _publish_into(connection, source: sqlite3.Connection, schema: str, state: TaskState, file: str):
    from clusterdesk.core.schema import SCHEMA_VERSION
    from clusterdesk.io.server import log_pruning, qgis_styles_server, roles

    language = messages_language()
    for statement in ddl.create_schema_sql(schema):
        connection.execute(statement)
    tables = ddl.project_tables()
    total = sum(_count(source, table.name) for table in tables) or 1
    done = 0
    rows = {}
    for table in tables:
        state.stage(0.05 + 0.8 * done / total, 0.05 + 0.8 * done / total, _copying(table.name, language))
        rows[table.name] = _copy_table(connection, source, schema, table, state)
        done += rows[table.name]
    state.stage(0.85, 0.95, tr("server:progress:securing", "Setting up roles and styles", language))
    # the copied rows' foreign keys are checked now: ALTER TABLE refuses tables with checks pending
    connection.execute("SET CONSTRAINTS ALL IMMEDIATE")
    _create_fid_blocks(connection, schema, [table.name for table in tables])
    connection.cursor().executemany(
        f"INSERT INTO {ddl.qualified(schema, ddl.SERVER_META_TABLE)} (key, value) VALUES (%s, %s)",
        [
            ("application", "ClusterDesk"),
            ("schema_version", str(SCHEMA_VERSION)),
            ("published_from", file),
            ("published_at", format_datetime(utc_now())),
            ("published_with", f"ClusterDesk {__version__}"),
            (log_pruning.PUBLISH_ID_KEY, uuid.uuid4().hex),  # a cached checkout of an earlier one is stale
        ],
    )
    roles.create_roles(connection, schema)
    qgis_styles_server.write_styles(connection, schema, qgis_styles_server.styles_of(source))
    install_server_triggers(connection, schema)  # row versions, change log, notifications
    roles.secure_tables(connection, schema)
    log_pruning.install_prune_function(connection, schema)
    state.stage(0.95, 1.0, tr("server:progress:committing", "Committing on the server", language))
    return rows


def _copying(table: str, language: str) -> str:
    return tr("server:progress:copying", "Copying {table}", language, table=table)


def _count(source: sqlite3.Connection, table: str) -> int:
    return source.execute(f"SELECT count(*) FROM {ddl.quoted(table)}").fetchone()[0]


_CHUNK = 5000


def _copy_table(connection, source: sqlite3.Connection, schema: str, table, state: TaskState) -> int:
    """COPY every row of `table` from the working copy to the server; returns the number of rows."""
    from clusterdesk.io.server.geometries import to_ewkb_hex

    columns = [column.name for column in table.columns]
    kinds = [ddl.column_kind(column) for column in table.columns]
    geometry_at = [i for i, kind in enumerate(kinds) if kind == ddl.KIND_GEOMETRY]
    boolean_at = [i for i, kind in enumerate(kinds) if kind == ddl.KIND_BOOLEAN]
    names = ", ".join(map(ddl.quoted, columns))
    total = _count(source, table.name)
    cursor = source.execute(f"SELECT {names} FROM {ddl.quoted(table.name)} ORDER BY fid")
    copied = 0
    with connection.cursor().copy(f"COPY {ddl.qualified(schema, table.name)} ({names}) FROM STDIN") as copy:
        while chunk := cursor.fetchmany(_CHUNK):
            chunk = [list(row) for row in chunk]
            for index in geometry_at:
                for row, value in zip(chunk, to_ewkb_hex([row[index] for row in chunk]), strict=True):
                    row[index] = value
            for row in chunk:
                for index in boolean_at:
                    if row[index] is not None:
                        row[index] = bool(row[index])
                copy.write_row(row)
            copied += len(chunk)
            state.report(copied / max(total, 1), _copying(table.name, messages_language()))
    return copied


def _create_fid_blocks(connection, schema: str, tables: list[str]) -> None:
    """Each table's fid block sequence starts above the highest published fid, so blocks handed to
    clients never meet a published row."""
    for table in tables:
        highest = connection.execute(
            f"SELECT coalesce(max(fid), 0) FROM {ddl.qualified(schema, table)}"
        ).fetchone()[0]
        sequence = ddl.qualified(schema, ddl.fid_block_sequence(table))
        connection.execute(f"CREATE SEQUENCE {sequence} START WITH {highest // BLOCK_SIZE + 1}")
