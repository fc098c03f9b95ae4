"""A repaired copy of a damaged project (`clusterdesk repair`). The original file is never changed.

Rebuilt is what the file itself shows how to rebuild: a table renamed by another program gets its name
back when its columns are those of the missing table; missing tables of the current format come back
empty; registrations, spatial indexes and their triggers are written again; a lost format marker is
worked out from the tables present; a missing project_info row is restored from the file name; and
geometries that cannot be read are set to NULL. The copy is then validated.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from clusterdesk.core import gpkg, schema
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.errors import (
    CorruptProjectError,
    DamagedProjectError,
    NewerVersionError,
    NotAProjectError,
    ProjectFileError,
    missing_file_message,
    missing_folder_message,
)
from clusterdesk.core.file_access import is_sqlite_file
from clusterdesk.core.model import FEATURE_TABLES, Base, ProjectInfo
from clusterdesk.core.opening import in_use_error, refuse_while_locked
from clusterdesk.core.repair_spatial import repair_spatial_data, spatial_repair_needed
from clusterdesk.core.safe_write import is_lock_error, os_save_error, sqlite_save_error
from clusterdesk.core.structure import StructureReport, inspect_structure
from clusterdesk.core.validation import validate_file


@dataclass
class RepairResult:
    source: Path
    target: Path | None  # None when there was nothing to repair and no copy was written
    actions: list[str] = field(default_factory=list)
    remaining: list[str] = field(default_factory=list)  # what validation still finds in the copy


def repaired_path(path: Path) -> Path:
    """Where the repaired copy goes by default: `<stem>-repaired.gpkg` next to the original."""
    return path.with_name(f"{path.stem}-repaired.gpkg")


def repair_project(path: str | Path, target: str | Path | None = None) -> RepairResult:
    """Write a repaired copy of the project `path` to `target` (never over an existing file)."""
    path = Path(path).expanduser().absolute()
    _require_database(path)
    target = Path(target).expanduser().absolute() if target else repaired_path(path)
    if target.exists():
        raise ProjectFileError(
            tr(
                "repair:target_exists",
                "{file} already exists, and repair never overwrites a file. "
                "Move it away or name another file with -o.",
                messages_language(),
                file=target.name,
            )
        )
    if not target.parent.is_dir():
        raise ProjectFileError(missing_folder_message(target.parent))
    source = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        report = _inspect_original(source, path)
        if report.ok and not spatial_repair_needed(source):
            return RepairResult(path, None)
        temporary = target.with_name(f".{target.name}.repairing-{os.getpid()}")
        try:
            _copy(source, temporary)
            actions = _repair_copy(temporary, path, report)
            _move_into_place(temporary, target)
        except sqlite3.OperationalError as error:
            if is_lock_error(error):
                raise in_use_error(path) from error
            raise sqlite_save_error(error, target) from error
        except OSError as error:
            raise os_save_error(error, target) from error
        finally:
            temporary.unlink(missing_ok=True)
    finally:
        source.close()
    remaining = validate_file(target).errors
    return RepairResult(path, target, actions, remaining)


def _require_database(path: Path) -> None:
    if not path.is_file():
        raise ProjectFileError(missing_file_message(path))
    if not is_sqlite_file(path):
        raise NotAProjectError(
            tr(
                "repair:not_sqlite",
                "{file} is not a GeoPackage (SQLite) file: there is nothing to repair.",
                messages_language(),
                file=path.name,
            )
        )
    refuse_while_locked(path)  # a file another program is writing is in use, not damaged


def _inspect_original(source: sqlite3.Connection, path: Path) -> StructureReport:
    try:
        problem = source.execute("PRAGMA quick_check").fetchone()[0]
        report = inspect_structure(source)
    except sqlite3.DatabaseError as error:
        problem = str(error)
    else:
        if not report.is_project:
            raise NotAProjectError(
                tr(
                    "repair:not_project",
                    "{file} is a GeoPackage or SQLite file but not a ClusterDesk project: there is nothing "
                    "to repair. To bring its stakeholders in, use import-stakeholders.",
                    messages_language(),
                    file=path.name,
                )
            )
        if report.version > schema.SCHEMA_VERSION:
            raise NewerVersionError(
                tr(
                    "repair:newer",
                    "{file} was written by a newer ClusterDesk (project format {version}). "
                    "Update ClusterDesk to open it; the file is unchanged.",
                    messages_language(),
                    file=path.name,
                    version=report.version,
                )
            )
        if problem == "ok":
            return report
    raise CorruptProjectError(
        tr(
            "repair:corrupt",
            "{file} is damaged inside the database itself ({problem}), which repair cannot rebuild. "
            "It was not changed. Open its backup {file}.bak if there is one, or a recovery copy.",
            messages_language(),
            file=path.name,
            problem=problem,
        )
    )


def _copy(source: sqlite3.Connection, temporary: Path) -> None:
    temporary.unlink(missing_ok=True)
    destination = sqlite3.connect(temporary)
    try:
        source.backup(destination)
    finally:
        destination.close()


def _move_into_place(temporary: Path, target: Path) -> None:
    """Give the finished copy its name, failing rather than replacing a file that appeared meanwhile."""
    try:
        os.link(temporary, target)
    except FileExistsError as error:
        raise ProjectFileError(
            tr(
                "repair:appeared",
                "{file} appeared while repairing; it was left as it is.",
                messages_language(),
                file=target.name,
            )
        ) from error
    except OSError:
        os.replace(temporary, target)  # file systems without hard links


def _repair_copy(temporary: Path, original: Path, report: StructureReport) -> list[str]:
    connection = sqlite3.connect(temporary)
    gpkg.register_functions(connection)
    try:
        actions = _restore_names_and_format(connection, report)
        actions += _rebuild(connection, original, inspect_structure(connection))
        connection.commit()
        return actions
    except sqlite3.Error as error:
        connection.rollback()
        raise DamagedProjectError(
            tr(
                "repair:failed",
                "{file} could not be repaired ({error}). It was not changed.",
                messages_language(),
                file=original.name,
                error=error,
            )
        ) from error
    finally:
        connection.close()


def _restore_names_and_format(connection: sqlite3.Connection, report: StructureReport) -> list[str]:
    """Renamed tables back, a usable format marker, and the current format: after this the copy is
    checked again against the current schema."""
    language = messages_language()
    actions = []
    for missing, found in report.renamed.items():
        _rename_back(connection, found, missing)
        actions.append(
            tr(
                "repair:renamed",
                "renamed table {found} back to {table} (its columns are those of {table})",
                language,
                found=found,
                table=missing,
            )
        )
    if report.marker_missing or report.bad_marker is not None:
        if not _has_table(connection, schema.META_TABLE):
            schema.create_table(connection, schema.META_TABLE)
        schema.write_meta(connection, report.version)
        if report.marker_missing:
            text = tr(
                "repair:marker_missing",
                "set the project format marker to {version} (was missing; "
                "worked out from the tables present)",
                language,
                version=report.version,
            )
        else:
            text = tr(
                "repair:marker_bad",
                "set the project format marker to {version} (was {was}; worked out from the tables present)",
                language,
                version=report.version,
                was=repr(report.bad_marker),
            )
        actions.append(text)
    if report.version < schema.SCHEMA_VERSION:
        if not _has_table(connection, "layer_styles"):
            schema.create_table(connection, "layer_styles")  # the upgrade rewrites the default styles
        schema.migrate(connection, report.version)
        actions.append(
            tr(
                "repair:upgraded",
                "upgraded the project format from {version} to {current}",
                language,
                version=report.version,
                current=schema.SCHEMA_VERSION,
            )
        )
    connection.commit()
    return actions


def _rename_back(connection: sqlite3.Connection, found: str, name: str) -> None:
    """Undo a rename by another program, forgetting what was registered under the new name."""
    for (trigger,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name LIKE 'rtree%'",
        (found,),
    ).fetchall():
        connection.execute(f'DROP TRIGGER "{trigger}"')
    column = FEATURE_TABLES.get(name, ("geom",))[0]
    connection.execute(f'DROP TABLE IF EXISTS "rtree_{found}_{column}"')
    for table in ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_contents", "gpkg_ogr_contents"):
        if _has_table(connection, table):
            connection.execute(f"DELETE FROM {table} WHERE table_name = ?", (found,))
    connection.execute(f'ALTER TABLE "{found}" RENAME TO "{name}"')


def _rebuild(connection: sqlite3.Connection, original: Path, report: StructureReport) -> list[str]:
    language = messages_language()
    actions = []
    for name in report.missing_tables:
        schema.create_table(connection, name)
        actions.append(
            tr("repair:created_table", "created the missing table {table} (empty)", language, table=name)
        )
    for table, columns in report.missing_columns.items():
        for column in columns:
            actions.append(_add_column(connection, table, column))
    for name in [*report.unregistered, *report.misregistered]:
        schema.register(connection, name)
        actions.append(tr("repair:registered", "registered {table} in gpkg_contents", language, table=name))
    for name in report.unregistered_geometry:
        if name not in report.unregistered and name not in report.misregistered:
            schema.register(connection, name)
            actions.append(
                tr(
                    "repair:registered_geometry",
                    "registered the geometry column of {table} in gpkg_geometry_columns",
                    language,
                    table=name,
                )
            )
    actions += repair_spatial_data(connection, report, created=set(report.missing_tables))
    if connection.execute("SELECT 1 FROM project_info LIMIT 1").fetchone() is None:
        actions.append(_restore_project_info(connection, original))
    return actions


def _add_column(connection: sqlite3.Connection, table: str, column: str) -> str:
    declared = Base.metadata.tables[table].columns[column]
    kind = declared.type.compile(dialect=create_engine("sqlite://").dialect)
    try:
        connection.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {kind}')
    except sqlite3.OperationalError as error:
        return tr(
            "repair:column_failed",
            "could not add the missing column {column} ({error})",
            messages_language(),
            column=f"{table}.{column}",
            error=error,
        )
    return tr(
        "repair:added_column",
        "added the missing column {column} (empty)",
        messages_language(),
        column=f"{table}.{column}",
    )


def _restore_project_info(connection: sqlite3.Connection, original: Path) -> str:
    name = original.stem.replace("_", " ").strip() or "Restored project"
    note = (
        f"Restored by clusterdesk repair on {dt.date.today().isoformat()}: the project's details were "
        "missing. Check the name, country, sector and the other details."
    )
    connection.commit()
    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
    with engine.begin() as transaction:
        transaction.execute(ProjectInfo.__table__.insert().values(cluster_name=name, description=note))
    engine.dispose(close=False)
    return tr(
        "repair:restored_info",
        "restored the missing project_info row as '{name}' (check the project's details)",
        messages_language(),
        name=name,
    )


def _has_table(connection: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return connection.execute(query, (name,)).fetchone() is not None
