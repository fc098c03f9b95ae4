"""The open project: a working copy of a GeoPackage with word-processor semantics.

Opening copies the file into a temporary working copy under SQLite's read lock; every edit is a command
committed there; Save copies the working copy back atomically (see `safe_write`), keeping the previous
file as `<name>.bak`. Autosave writes a recovery copy that the next start can offer to restore.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import uuid
from concurrent.futures import Future
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from clusterdesk.core import gpkg, opening, schema
from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.column_types import format_datetime, utc_now
from clusterdesk.core.commands import CommandStack
from clusterdesk.core.error_reasons import sqlite_reason
from clusterdesk.core.errors import (
    CorruptProjectError,
    ProjectFileError,
    ReadOnlyProjectError,
)
from clusterdesk.core.events import Event
from clusterdesk.core.file_access import is_sqlite_file
from clusterdesk.core.file_link import ChangedMeanwhile, FileLink, disk_stamp, disposable_connection
from clusterdesk.core.map_first_copy import copy_reading_points
from clusterdesk.core.model import FEATURE_TABLES, ProjectInfo
from clusterdesk.core.qgis_styles import refresh_default_styles
from clusterdesk.core.recovery import RecoveryCopy, write_sidecar
from clusterdesk.core.relation_ends import RelationEnds, read_relation_ends
from clusterdesk.core.safe_write import copy_database_atomically, remove_stale_temporaries
from clusterdesk.core.stakeholder_points import (  # noqa: F401 - where callers import them from
    KIND_CODES,
    StakeholderPoints,
    _point_rows_joined,
    read_stakeholder_points,
)
from clusterdesk.core.structure import check_structure, inspect_structure, refuse_bad_geometries
from clusterdesk.core.userdirs import recovery_dir
from clusterdesk.core.working_copies import new_working_path


class Project:
    """An open ClusterDesk project. Create with `Project.new`, `Project.open` or `Project.recover`."""

    def __init__(
        self, working_path: Path, path: Path | None, *, read_only: bool = False, link: FileLink | None = None
    ):
        self.path = path
        self.working_path = working_path
        self.read_only = read_only
        self.migrated_from: int | None = None
        self._recovery_id = uuid.uuid4().hex
        self._link = link  # the connection to the saved file, None until the project is saved
        self.connection = sqlite3.connect(working_path, check_same_thread=False)
        gpkg.register_functions(self.connection)
        self.connection.execute("PRAGMA foreign_keys = ON")
        self.connection.execute("PRAGMA journal_mode = MEMORY")
        self.connection.execute("PRAGMA synchronous = OFF")
        self.engine = create_engine("sqlite://", creator=lambda: self.connection, poolclass=StaticPool)
        self.session = Session(self.engine, expire_on_commit=True)
        self.stack = CommandStack(self)
        self.closed = Event()
        self._points: StakeholderPoints | None = None
        self._relation_ends: RelationEnds | None = None
        self._page_check: Future | None = None  # SQLite's page check of the file, when still running
        self.stack.changed.connect(self._forget_cached)

    # -- lifecycle -------------------------------------------------------------------------------
    @classmethod
    def new(
        cls,
        path: str | Path | None,
        cluster_name: str,
        *,
        country: str | None = None,
        sector_code: str | None = None,
        sector_label: str | None = None,
        **info,
    ) -> Project:
        """Create a project; when `path` is given it is saved there at once."""
        target = Path(path).expanduser().absolute() if path else None
        if target is not None and target.exists():
            raise ProjectFileError(
                tr(
                    "new:exists",
                    "{path} already exists. Choose another name or open it instead.",
                    messages_language(),
                    path=target,
                )
            )
        working = new_working_path()
        connection = sqlite3.connect(working)
        gpkg.register_functions(connection)
        gpkg.initialise(connection)
        schema.create_tables(connection)
        connection.commit()
        connection.close()
        project = cls(working, None)
        project.session.add(
            ProjectInfo(
                cluster_name=cluster_name,
                country=country.upper() if country else None,
                sector_code=sector_code,
                sector_label=sector_label,
                **info,
            )
        )
        project.session.commit()
        refresh_default_styles(project.connection)  # in the project's language, now that it has one
        project.connection.commit()
        if target is not None:
            project.save(target)
        return project

    @classmethod
    def open(cls, path: str | Path, *, check_pages_later: bool = False) -> Project:
        """Open `path` into a new working copy; a file this version cannot open, or a damaged one, is
        refused with a CorruptProjectError (or another ProjectFileError) saying why.

        SQLite's check of every page of the file runs on another thread while the file is copied. With
        `check_pages_later` (the window, which shows the map first) opening does not wait for it: a
        damaged file is then refused by `wait_for_page_check`, which every save calls first, in the same
        words. Opened that way, the file is copied on another thread while the stakeholders' points are
        read from it and their geometries checked (`core.map_first_copy`), and the project keeps them."""
        path = Path(path).expanduser().absolute()
        opening.check_is_sqlite(path)
        writable = opening.is_writable(path)
        if writable:
            opening.finish_interrupted_write(path)
        opening.refuse_while_locked(path)
        later = tuple(FEATURE_TABLES) if check_pages_later else ()  # checked while the file is copied
        source, version = opening.inspect_source(path, quick_check=False, geometries_checked_later=later)
        working = new_working_path()
        link = None
        found = None
        checked = _in_background(opening.check_pages, path, yielding=check_pages_later)
        try:
            if later and version != schema.SCHEMA_VERSION:  # a migration changes what would be read
                check_structure(source, path)
            link = FileLink(path, writable=writable)
            if later and version == schema.SCHEMA_VERSION:
                found = copy_reading_points(link, source, working)
                if found.bad_geometries:
                    report = inspect_structure(source, geometries_checked_later=later)
                    refuse_bad_geometries(report, found.bad_geometries, path)
            else:
                link.copy_into(working)
            if not check_pages_later:
                checked.result()
        except (sqlite3.DatabaseError, ProjectFileError) as error:
            shutil.rmtree(working.parent, ignore_errors=True)
            if link is not None:
                link.close()
            checked.result()  # a damaged file is refused in the page check's words
            if isinstance(error, ProjectFileError):
                raise
            if opening.is_lock_error(error):
                raise opening.in_use_error(path) from error
            raise CorruptProjectError(
                tr(
                    "open:copy_failed",
                    "{file} is damaged and cannot be read ({reason}).",
                    messages_language(),
                    file=path.name,
                    reason=sqlite_reason(error),
                )
            ) from error
        finally:
            source.close()
        project = cls(working, path, read_only=not writable, link=link)
        if found is not None:  # read from the file as it was copied (None: read when asked)
            project._points, project._relation_ends = found.points, found.relation_ends
        if check_pages_later:
            project._page_check = checked
        if version < schema.SCHEMA_VERSION:
            schema.migrate(project.connection, version)
            project.connection.commit()
            project.migrated_from = version
            project.stack.set_dirty()
        return project

    def wait_for_page_check(self) -> None:
        """Wait for the page check of a file opened with `check_pages_later`; raises CorruptProjectError
        (the words opening would have used) when the file is damaged, every time it is called."""
        if self._page_check is not None:
            self._page_check.result()

    def pages_checked(self) -> bool:
        """False while the page check of the opened file is still running."""
        return self._page_check is None or self._page_check.done()

    @classmethod
    def recover(cls, copy: RecoveryCopy) -> Project:
        """Open a recovery copy as unsaved work belonging to its original file."""
        opening.check_is_sqlite(copy.path)
        source, _version = opening.inspect_source(copy.path)
        working = new_working_path()
        destination = disposable_connection(working)
        source.backup(destination)
        destination.close()
        source.close()
        link = None
        original = copy.original
        if original is not None and original.is_file():
            try:
                link = FileLink(original, writable=opening.is_writable(original))
            except sqlite3.Error:
                link = None  # the original cannot be read now: Save will say so
            else:
                if copy.original_stamp is None or disk_stamp(link.path) != copy.original_stamp:
                    link.forget_baseline()  # saved or edited after the crash: Save asks before replacing it
                else:
                    link.take_current_as_seen()
        project = cls(working, original, link=link)
        project._recovery_id = copy.path.stem
        project.stack.set_dirty()
        return project

    def save(self, path: str | Path | None = None, *, overwrite_changed: bool = False) -> Path:
        """Save to `path` (Save As) or to the file it came from.

        Raises FileChangedOnDiskError when the file was changed by another program since it was opened,
        unless `overwrite_changed`.
        """
        target = Path(path).expanduser().absolute() if path else self.path
        if target is None:
            raise ProjectFileError(
                tr(
                    "save:never_saved",
                    "This project has not been saved yet: choose a file name with Save As.",
                    messages_language(),
                )
            )
        same_file = self.path is not None and target == self.path
        if same_file and self.read_only:
            raise ReadOnlyProjectError(
                tr(
                    "save:read_only",
                    "{file} is read-only: save your changes under another name.",
                    messages_language(),
                    file=target.name,
                )
            )
        self.wait_for_page_check()  # a damaged file's content is never saved, here or elsewhere
        if same_file and not overwrite_changed and self.changed_on_disk():
            raise opening.changed_on_disk_error(target)
        self.session.commit()
        self._refresh_extents()
        remove_stale_temporaries(Path(os.path.realpath(target)))
        if same_file and self._link is not None and not self._link.replaced():
            self._save_in_place(self._link, overwrite_changed)
        elif is_sqlite_file(target):  # Save As over a project, or a file another program put in place
            link = opening.open_link_for_saving(target)
            try:
                self._save_in_place(link, True)
            except BaseException:
                link.close()
                raise
            self._replace_link(link)
        else:
            copy_database_atomically(self.connection, target, keep_backup=True)
            self._replace_link(opening.open_link_for_saving(target))
        self.path = target
        self.read_only = False
        self.stack.set_clean()
        self._remove_recovery_copy()
        return target

    def _save_in_place(self, link: FileLink, overwrite_changed: bool) -> None:
        try:
            link.save_from(self.connection, overwrite_changed=overwrite_changed, keep_backup=True)
        except ChangedMeanwhile:
            raise opening.changed_on_disk_error(self.path or link.path) from None

    def _replace_link(self, link: FileLink) -> None:
        if self._link is not None:
            self._link.close()
        self._link = link

    def close(self) -> None:
        self.session.close()
        self.engine.dispose()
        self.connection.close()
        if self._link is not None:
            self._link.close()
        shutil.rmtree(self.working_path.parent, ignore_errors=True)
        self._remove_recovery_copy()
        self.closed.emit()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- state -----------------------------------------------------------------------------------
    @property
    def is_dirty(self) -> bool:
        return not self.stack.is_clean

    @property
    def title(self) -> str:
        return self.path.stem if self.path else tr("project:untitled", "Untitled", messages_language())

    def changed_on_disk(self) -> bool:
        """True when another program changed, replaced or removed the saved file since we read or wrote
        it, including changes that still sit in its WAL file (QGIS keeps GeoPackages in WAL mode)."""
        if self.path is None or self._link is None:
            return False
        return self._link.changed()

    def disk_change_token(self) -> tuple | None:
        """Differs between two calls when the file changed in between."""
        return self._link.change_token() if self._link is not None else None

    # -- autosave and recovery -------------------------------------------------------------------
    @property
    def recovery_path(self) -> Path:
        return recovery_dir() / f"{self._recovery_id}.gpkg"

    def write_snapshot(self, target: Path) -> Path:
        """Copy the working copy, unsaved edits included, to `target` (for background exports)."""
        self.session.commit()
        copy_database_atomically(self.connection, Path(target), keep_backup=False)
        return Path(target)

    def autosave(self) -> Path | None:
        """Write a recovery copy when there is unsaved work; returns its path."""
        if not self.is_dirty:
            return None
        self.session.commit()
        copy_database_atomically(self.connection, self.recovery_path, keep_backup=False)
        write_sidecar(
            self.recovery_path,
            original=str(self.path) if self.path else None,
            cluster_name=self.info().cluster_name,
            saved_at=_now_text(),
            original_stamp=self._link.seen_stamp if self._link is not None else None,
        )
        return self.recovery_path

    def _remove_recovery_copy(self) -> None:
        for item in (self.recovery_path, self.recovery_path.with_suffix(".json")):
            item.unlink(missing_ok=True)

    # -- fast reads ------------------------------------------------------------------------------
    def info(self) -> ProjectInfo:
        info = self.session.query(ProjectInfo).order_by(ProjectInfo.fid).first()
        if info is None:
            raise CorruptProjectError(
                tr("project:no_info", "The project has no project_info row.", messages_language())
            )
        return info

    def stakeholder_points(self) -> StakeholderPoints:
        """fid, coordinates, kind and employees of every stakeholder, cached until the next change."""
        if self._points is None:
            self._points = read_stakeholder_points(self.connection)
        return self._points

    def relation_ends(self) -> RelationEnds:
        """fid, end fids, kind and direction of every relation, cached until the next change."""
        if self._relation_ends is None:
            self._relation_ends = read_relation_ends(self.connection)
        return self._relation_ends

    def _forget_cached(self, tables: set[str]) -> None:
        if not tables or "stakeholders" in tables:
            self._points = None
        if not tables or "relations" in tables:
            self._relation_ends = None

    def counts(self) -> dict[str, int]:
        tables = [
            r[0]
            for r in self.connection.execute(
                "SELECT table_name FROM gpkg_contents"
                " WHERE table_name NOT IN ('layer_styles') ORDER BY table_name"
            )
        ]
        return {t: self.connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}

    def extent(self) -> tuple[float, float, float, float] | None:
        """(min_lon, min_lat, max_lon, max_lat) of stakeholders and boundaries, or None when empty."""
        boxes = []
        for table, (column, _type) in FEATURE_TABLES.items():
            box = gpkg.rtree_extent(self.connection, table, column)
            if box is not None:
                boxes.append(box)
        if not boxes:
            return None
        array = np.array(boxes)
        return (array[:, 0].min(), array[:, 1].min(), array[:, 2].max(), array[:, 3].max())

    def _refresh_extents(self) -> None:
        """Layer extents from the spatial indexes, and QGIS styles in the project's language."""
        for table, (column, _type) in FEATURE_TABLES.items():
            gpkg.update_extent(self.connection, table, column)
        refresh_default_styles(self.connection)
        self.connection.commit()


def _in_background(function, *arguments, yielding: bool = False) -> Future:
    """Run `function` on a daemon thread of its own (leaving the program never waits for it); its result
    or exception comes through the future. A `yielding` thread runs at a lower priority (Linux), so that
    on a busy processor it does not slow down what the user waits for."""
    future: Future = Future()

    def run() -> None:
        if yielding:
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)  # this thread only
            except (AttributeError, OSError):
                pass  # not Linux, or not allowed: the check still runs
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(function(*arguments))
            except BaseException as error:  # noqa: BLE001 - handed to whoever waits for the result
                future.set_exception(error)

    threading.Thread(target=run, name="quick-check", daemon=True).start()
    return future


def _now_text() -> str:
    return format_datetime(utc_now())
