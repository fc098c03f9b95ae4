"""Checking a project out of the server into a GeoPackage: a current, valid ClusterDesk project file with
the server's rows, and the bookkeeping the synchronisation needs (which server version each row is based
on, the last change pulled, the server's address without its password).

Everything is read in one REPEATABLE READ transaction, so the file is one consistent state of the project
even while others save. The server does the heavy conversions (dates and times to GeoPackage text, points
to GeoPackage blobs) so that Python only moves values; the file is written beside the target under a
temporary name, with the spatial index built once at the end, and renamed into place.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.column_types import format_datetime, utc_now
from clusterdesk.io.server import ddl
from clusterdesk.io.server.address import ServerAddress, connect, require_project
from clusterdesk.io.server.change_log import install_local_triggers
from clusterdesk.io.server.checkout_rows import TableCopy, quick_binding, server_chunks, table_contents
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.local_tables import create_local_tables, write_state
from clusterdesk.io.server.log_pruning import PUBLISH_ID_KEY, meta_value, pruned_through
from clusterdesk.io.server.read_ahead import read_ahead
from clusterdesk.io.server.server_triggers import CHANGE_LOG_TABLE
from clusterdesk.io.task import CancelCallback, ProgressCallback, TaskState


@dataclass
class CheckoutResult:
    path: Path
    schema: str
    rows: dict[str, int]
    last_change_id: int


def checkout(
    address: ServerAddress,
    target_gpkg: str | Path,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
    also: Callable[[sqlite3.Connection], None] | None = None,
    durable: bool = True,
) -> CheckoutResult:
    """Write the project `address.project` into the new GeoPackage `target_gpkg` (never replaced).
    `also`, when given, is called with the finished database (in memory) once the file is written, and
    may change it (the cache of `checkout_cache.py` is written so, without copying the file). A file that
    is not `durable` (a private working copy, which a crash of the system loses anyway) is renamed into
    place without waiting for the disk to hold it."""
    schema = require_project(address)
    target = Path(target_gpkg).expanduser().absolute()
    language = messages_language()
    if target.exists():
        raise ServerError(
            tr(
                "server:target_exists",
                "{path} already exists: choose another file name for the checked-out project.",
                language,
                path=target,
            )
        )
    state = TaskState(progress, cancel)
    quick_binding()
    temporary = target.with_name(f".{target.name}.checkout-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    try:
        with connect(address) as server:
            server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            server.execute("SET LOCAL timezone = 'UTC'")
            _check_project(server, schema, address)
            local = sqlite3.connect(":memory:")  # built in memory, then written out in one pass
            try:
                result = _write(server, local, schema, address, state)
                server.commit()
                _reserve_fid_blocks(server, local, schema)
                local.commit()
                write_image(local, temporary, durable)
                if also is not None:
                    also(local)
            finally:
                local.close()
        os.replace(temporary, target)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if type(error).__module__.startswith("psycopg"):
            raise ServerError(
                tr(
                    "server:checkout_failed",
                    "Checking out {project} failed: {reason}. No file was written.",
                    language,
                    project=schema,
                    reason=str(error).strip(),
                )
            ) from error
        raise
    result.path = target
    return result


def write_image(local: sqlite3.Connection, path: Path, durable: bool = True) -> None:
    """The finished database into a new file, page by page with SQLite's backup (no journal: the file is
    renamed into place only once complete), synced (when `durable`) before it is renamed into place.

    Not `serialize()` and one write: that copies the whole database into a new block of memory first,
    and memory that a process takes afresh costs page faults, which some virtual machines make dear."""
    written = sqlite3.connect(path)
    try:
        written.execute("PRAGMA journal_mode = OFF")
        written.execute("PRAGMA synchronous = OFF")
        local.backup(written)
    finally:
        written.close()
    if durable:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _check_project(server, schema: str, address: ServerAddress) -> None:
    from clusterdesk.core.schema import SCHEMA_VERSION

    language = messages_language()
    meta = ddl.qualified(schema, ddl.SERVER_META_TABLE)
    exists = server.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
        (schema, ddl.SERVER_META_TABLE),
    ).fetchone()
    if not exists:
        raise ServerError(
            tr(
                "server:no_such_project",
                "There is no project {project} on {address}.",
                language,
                project=schema,
                address=address.with_project(None).display(),
            )
        )
    row = server.execute(f"SELECT value FROM {meta} WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row and row[0].isdigit() else 0
    if version != SCHEMA_VERSION:
        raise ServerError(
            tr(
                "server:other_version",
                "Project {project} on the server is in format version {version}; this ClusterDesk reads "
                "version {current}. Use the ClusterDesk version the project was published with.",
                language,
                project=schema,
                version=version,
                current=SCHEMA_VERSION,
            )
        )


def _write(server, local: sqlite3.Connection, schema: str, address: ServerAddress, state: TaskState):
    from clusterdesk.core import gpkg
    from clusterdesk.core.model import FEATURE_TABLES
    from clusterdesk.core.qgis_styles import write_default_styles

    language = messages_language()
    state.stage(0.0, 0.1, tr("server:progress:preparing", "Preparing the project file", language))
    tables = ddl.project_tables()
    # the empty project (made once per process) is made while the server counts the rows
    making = threading.Thread(target=_make_empty_project_image, name="clusterdesk-empty-project")
    making.start()
    try:
        contents = table_contents(server, schema, tables)
    finally:
        making.join()
    image, deferred_indexes = _empty_project_image()
    local.deserialize(image)
    gpkg.register_functions(local)
    counts = {name: count for name, (count, _filled) in contents.items()}
    total = sum(counts.values()) or 1
    done = 0
    # The server enforced the same CHECK constraints on every row it holds; checking them again costs a
    # quarter of the load. Unique and NOT NULL constraints stay checked.
    local.execute("PRAGMA ignore_check_constraints = ON")
    local.execute("PRAGMA temp_store = MEMORY")  # the staging tables of checkout_rows
    copies = {
        table.name: TableCopy(table, FEATURE_TABLES.get(table.name, (None, None))[0], contents[table.name][1])
        for table in tables
    }
    for name, chunk in read_ahead(server_chunks(server, schema, copies)):
        copy = copies[name]
        if copy.copied == 0:
            start = 0.1 + 0.8 * done / total
            state.stage(start, 0.1 + 0.8 * (done + counts[name]) / total, _reading(name, language))
        copy.store(local, chunk)
        done += len(chunk)
        state.report(copy.copied / max(counts[name], 1), _reading(name, language))
    rows = {name: copy.copied for name, copy in copies.items()}
    local.execute("PRAGMA ignore_check_constraints = OFF")
    for statement in deferred_indexes:  # built once over all rows: cheaper than growing row by row
        local.execute(statement)
    state.stage(0.9, 1.0, tr("server:progress:indexing", "Building the spatial index", language))
    for table, (column, _type) in FEATURE_TABLES.items():
        _index(local, table, column, copies[table].envelopes())
    write_default_styles(local)
    last_change = _last_change_id(server, schema)
    write_state(
        local,
        {
            "server": address.with_project(None).display(),
            "schema": schema,
            "last_change_id": str(last_change),
            "checked_out_at": format_datetime(utc_now()),
            "publish_id": publication_id(server, schema),
        },
    )
    install_local_triggers(local)  # from now on every local change is noted for the next push
    return CheckoutResult(Path(), schema, rows, last_change)


def _make_empty_project_image() -> None:
    with contextlib.suppress(Exception):  # raised again where the image is used
        _empty_project_image()


@functools.lru_cache(maxsize=1)
def _empty_project_image() -> tuple[bytes, tuple[str, ...]]:
    """An empty current project with the bookkeeping tables, without spatial index triggers (they come
    back once the index is packed) and without the project tables' secondary indexes (the statements
    returned beside the image create them once the rows are in), as a database image: made once per
    process, copied per checkout."""
    from clusterdesk.core import gpkg
    from clusterdesk.core import schema as project_schema
    from clusterdesk.core.model import FEATURE_TABLES

    empty = sqlite3.connect(":memory:")
    try:
        gpkg.register_functions(empty)
        gpkg.initialise(empty)
        project_schema.create_tables(empty)
        create_local_tables(empty)
        for table, (column, _type) in FEATURE_TABLES.items():
            gpkg.drop_rtree_triggers(empty, table, column)
        names = [str(table.name) for table in ddl.project_tables()]
        marks = ", ".join("?" * len(names))
        indexes = empty.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({marks}) ORDER BY rowid",
            names,
        ).fetchall()
        for name, _sql in indexes:
            empty.execute(f'DROP INDEX "{name}"')
        empty.commit()
        return empty.serialize(), tuple(sql for _name, sql in indexes)
    finally:
        empty.close()


def _reading(table: str, language: str) -> str:
    return tr("server:progress:reading_table", "Reading {table}", language, table=table)


def _index(local: sqlite3.Connection, table: str, column: str, envelopes: tuple) -> None:
    """The table's spatial index, packed in one pass, then its triggers for the edits to come."""
    from clusterdesk.core import gpkg
    from clusterdesk.io.server.packed_rtree import pack

    pack(local, f"rtree_{table}_{column}", *envelopes)
    # the standard GeoPackage triggers, without restore_rtree_triggers' rebuild of what is packed already
    gpkg._create_rtree_triggers(local, table, column, "fid")
    gpkg.update_extent(local, table, column)


def publication_id(server, schema: str) -> str:
    """What tells this publication of the project from an earlier one of the same name."""
    return meta_value(server, schema, PUBLISH_ID_KEY) or meta_value(server, schema, "published_at") or ""


def _last_change_id(server, schema: str) -> int:
    exists = server.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
        (schema, CHANGE_LOG_TABLE),
    ).fetchone()
    if not exists:
        return 0
    row = server.execute(f"SELECT coalesce(max(change_id), 0) FROM {ddl.qualified(schema, CHANGE_LOG_TABLE)}")
    # an emptied log still counts the changes it held: the next pull starts after them
    return max(int(row.fetchone()[0]), pruned_through(server, schema))


def _reserve_fid_blocks(server, local: sqlite3.Connection, schema: str) -> None:
    """Blocks of fids for the rows this copy will add; a viewer, who adds none, may not take any."""
    import psycopg

    from clusterdesk.io.server.fid_blocks import refresh

    try:
        refresh(local, server, schema)
        server.commit()
    except psycopg.errors.InsufficientPrivilege:
        server.rollback()
