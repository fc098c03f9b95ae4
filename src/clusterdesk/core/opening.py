"""Checks before a project file is opened or replaced: is it a project this version can open, is it in
use by another program, was a save interrupted. Each refusal names the file and says what to do."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Collection
from pathlib import Path

from clusterdesk.core import schema
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.error_reasons import sqlite_reason
from clusterdesk.core.errors import (
    CorruptProjectError,
    FileChangedOnDiskError,
    NewerVersionError,
    NotAProjectError,
    ProjectFileError,
    ProjectInUseError,
)
from clusterdesk.core.file_access import is_sqlite_file
from clusterdesk.core.file_link import FileLink
from clusterdesk.core.file_users import describe_users
from clusterdesk.core.safe_write import is_lock_error, os_save_error

OPEN_LOCK_WAIT_SECONDS = 5.0  # how long opening waits for another program to finish writing


def check_is_sqlite(path: Path) -> None:
    language = messages_language()
    if not path.exists():
        raise ProjectFileError(
            tr(
                "open:missing",
                "{path} does not exist. Check the name and folder, or open another project.",
                language,
                path=path,
            )
        )
    if path.is_dir():
        raise ProjectFileError(
            tr("open:folder", "{path} is a folder, not a project file.", language, path=path)
        )
    if not os.access(path, os.R_OK):
        raise ProjectFileError(
            tr("open:unreadable", "{path} cannot be read: permission denied.", language, path=path)
        )
    if not is_sqlite_file(path):
        raise NotAProjectError(
            tr(
                "open:not_geopackage",
                "{file} is not a ClusterDesk project: it is not a GeoPackage file. To bring stakeholders "
                "from a spreadsheet or GIS file, import them into a project instead (File > Import "
                "stakeholders, or clusterdesk import-stakeholders PROJECT FILE).",
                language,
                file=path.name,
            )
        )


def changed_on_disk_error(path: Path) -> FileChangedOnDiskError:
    return FileChangedOnDiskError(
        tr(
            "save:changed_on_disk",
            "{file} was changed by another program while this work was open. Nothing was saved, so those "
            "changes are kept. Open the file again to work on its current version and repeat your "
            "change, or save your version under another name.",
            messages_language(),
            file=path.name,
        )
    )


def is_writable(path: Path) -> bool:
    # A file marked read-only counts as read-only even for administrators, who bypass permissions
    marked_writable = bool(path.stat().st_mode & stat.S_IWUSR)
    return marked_writable and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def finish_interrupted_write(path: Path) -> None:
    """Let SQLite roll back a write that was interrupted (a kill or power cut during a save leaves a hot
    journal next to the file), as any SQLite program does on opening; a read-only check cannot."""
    if not Path(f"{path}-journal").exists():
        return
    try:
        connection = sqlite3.connect(path, timeout=OPEN_LOCK_WAIT_SECONDS)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        pass  # the checks that follow report what is wrong


def in_use_error(path: Path) -> ProjectInUseError:
    return ProjectInUseError(
        tr(
            "open:in_use",
            "{file} is in use: {users} holds a lock on it while it writes. It was not changed. Try again "
            "in a moment, or close the file in that program.",
            messages_language(),
            file=path.name,
            users=describe_users(path),
        )
    )


def refuse_while_locked(path: Path) -> None:
    """A file that another program has locked is in use, not damaged: say so (and by whom if known)."""
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=OPEN_LOCK_WAIT_SECONDS
        )
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if is_lock_error(error):
            raise in_use_error(path) from error
    except sqlite3.DatabaseError:
        pass  # damaged: _inspect_source says so


def open_link_for_saving(target: Path) -> FileLink:
    """A link to an existing file that a save is about to replace (Save As over a project)."""
    link = None
    try:
        link = FileLink(target, writable=True)
        link.take_current_as_seen()
    except sqlite3.Error as error:
        if link is not None:
            link.close()
        if is_lock_error(error):
            raise in_use_error(target) from error
        raise ProjectFileError(
            tr(
                "save:cannot_link",
                "Cannot save {path}: {reason}. Save it under another name.",
                messages_language(),
                path=target,
                reason=sqlite_reason(error),
            )
        ) from error
    except OSError as error:
        raise os_save_error(error, target) from error
    return link


def inspect_source(
    path: Path, *, quick_check: bool = True, geometries_checked_later: Collection[str] = ()
) -> tuple[sqlite3.Connection, int]:
    """Open `path` read-only and check it is a project this version can open; without `quick_check`,
    the caller runs `check_pages` itself (Project.open runs it while it copies the file), and the
    geometries of `geometries_checked_later` are the caller's to check (see `check_structure`)."""
    from clusterdesk.core.structure import check_structure

    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    language = messages_language()
    try:
        # missing tables, indexes, registrations or rows: name them all
        check_structure(source, path, geometries_checked_later=geometries_checked_later)
        version = schema.read_schema_version(source)
        if version is None:
            raise NotAProjectError(
                tr(
                    "open:not_project",
                    "{file} is a GeoPackage or SQLite file but not a ClusterDesk project. To bring its "
                    "stakeholder layer in, import it into a project instead (File > Import stakeholders, "
                    "or clusterdesk import-stakeholders PROJECT FILE).",
                    language,
                    file=path.name,
                )
            )
        if version > schema.SCHEMA_VERSION:
            raise NewerVersionError(
                tr(
                    "open:newer",
                    "{file} was written by a newer ClusterDesk (project format {version}; this version "
                    "reads up to {supported}). Update ClusterDesk to open it; the file is unchanged.",
                    language,
                    file=path.name,
                    version=version,
                    supported=schema.SCHEMA_VERSION,
                )
            )
        if quick_check:
            _refuse_damaged_pages(source, path)
    except sqlite3.DatabaseError as error:
        source.close()
        raise _unreadable(path, error) from error
    except ProjectFileError:
        source.close()
        raise
    return source, version


def check_pages(path: Path) -> None:
    """SQLite's quick_check of every page of `path`, on a connection of its own so that it may run on
    another thread (SQLite reads without holding Python's lock)."""
    try:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    try:
        _refuse_damaged_pages(source, path)
    except sqlite3.DatabaseError as error:
        raise _unreadable(path, error) from error
    finally:
        source.close()


def _refuse_damaged_pages(source: sqlite3.Connection, path: Path) -> None:
    problem = source.execute("PRAGMA quick_check").fetchone()[0]
    if problem != "ok":
        raise CorruptProjectError(
            tr(
                "open:quick_check",
                "{file} is damaged ({problem}). It was not changed. Open its backup {file}.bak if "
                "there is one, or a recovery copy.",
                messages_language(),
                file=path.name,
                problem=problem,
            )
        )


def _unreadable(path: Path, error: sqlite3.DatabaseError) -> CorruptProjectError:
    return CorruptProjectError(
        tr(
            "open:unreadable_database",
            "{file} is damaged and cannot be read ({reason}). It was not changed. Open its backup "
            "{file}.bak if there is one.",
            messages_language(),
            file=path.name,
            reason=sqlite_reason(error),
        )
    )
