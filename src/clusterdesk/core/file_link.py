"""The open project's connection to its file on disk.

Other programs may hold the same GeoPackage open while ClusterDesk works on it: QGIS keeps it in WAL mode
and its committed edits may live in the `-wal` file until it closes. Replacing or renaming a database file
that another connection has open corrupts it, so a save writes into the existing file through SQLite's
own locking, with the backup API: one write transaction, atomic and crash-safe through SQLite's journal.

A `FileLink` keeps one connection to the file for as long as the project is open. SQLite's
`PRAGMA data_version` on that connection changes whenever another connection commits to the file (and
not for the link's own writes), which is how the project sees other programs' changes, in WAL mode too.
The check before a save is repeated once the save holds the write lock, so a change committed by another
program while the save waited for the lock stops the save instead of being overwritten.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from clusterdesk.core import file_access
from clusterdesk.core.safe_write import (
    BUSY_CODES,
    copy_whole,  # the kernel copy the .bak copy uses too
    give_up_when_locked,
    os_save_error,
    sqlite_save_error,
    write_backup_copy,
)

LOCK_WAIT_SECONDS = 10.0
POLL_WAIT_MS = 200  # a check on window focus must not freeze the window while another program writes
WAL_HEADER_BYTES = 32
FIRST_STEP_BYTES = 1_000_000
CHANGE_COUNTER_OFFSET = 24  # "file change counter" of the SQLite header, bumped by every rollback-mode commit


def disposable_connection(working: Path) -> sqlite3.Connection:
    """A connection to a new working copy that neither journals nor waits for the disk while a file is
    copied into it: the copy is private and disposable, and syncing a large project to disk took longer
    than reading it."""
    connection = sqlite3.connect(working)
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    return connection


def _copy_bytes(origin: int, working: Path) -> None:
    """Copy the whole file behind the descriptor `origin` into the new file `working` (private)."""
    descriptor = os.open(working, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        copy_whole(origin, descriptor)
    finally:
        os.close(descriptor)


class ChangedMeanwhile(Exception):
    """Another program committed to the file while the save waited for the lock."""


def backup_waiting_at_most(
    source: sqlite3.Connection, target: sqlite3.Connection, seconds: float, *, pages: int, after_first_step
) -> None:
    """`source.backup(target)` that gives up when a lock keeps it waiting for `seconds`, and calls
    `after_first_step` once the first pages are copied (the write lock on `target` is then held)."""
    give_up = give_up_when_locked(seconds)
    first = True

    def progress(status: int, remaining: int, total: int) -> None:
        nonlocal first
        give_up(status, remaining, total)
        if first and status not in BUSY_CODES:
            first = False
            after_first_step()

    source.backup(target, pages=pages, progress=progress, sleep=0.05)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def disk_stamp(path: Path) -> list[int] | None:
    """What the file and its WAL look like on disk, to tell later (in another session) whether it changed."""
    parts: list[int] = []
    for item in (path, Path(f"{path}-wal")):
        try:
            status = item.stat()
        except OSError:
            if item == path:
                return None
            continue
        parts += [status.st_ino, status.st_size, status.st_mtime_ns]
    return parts


def _wal_signature(path: Path) -> tuple | None:
    """Checkpoint sequence, salts and size of the file's WAL, None when it holds no frames.

    A commit in WAL mode appends frames or restarts the WAL with new salts, so this changes with every
    commit of another program, also where SQLite's data_version does not tell a connection of ours
    (seen with QGIS 3.22). SQLite takes no locks on the -wal file, so reading it is safe."""
    try:
        with open(f"{path}-wal", "rb") as handle:
            header = handle.read(WAL_HEADER_BYTES)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return None
    if size <= WAL_HEADER_BYTES or len(header) < WAL_HEADER_BYTES:
        return None
    return header[12:24], size


def _data_version(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA data_version").fetchone()[0]


class FileLink:
    """One connection to a saved project file: sees other writers, takes saves in place."""

    def __init__(self, path: Path, *, writable: bool) -> None:
        self.path = Path(os.path.realpath(path))  # a save through a symbolic link writes the real file
        # Held before SQLite takes any lock and let go after it released them (see core.file_access)
        self._held = file_access.hold(self.path)
        uri = f"{self.path.as_uri()}?mode={'rw' if writable else 'ro'}"
        try:
            self.connection = sqlite3.connect(
                uri, uri=True, isolation_level=None, timeout=LOCK_WAIT_SECONDS, check_same_thread=False
            )
        except BaseException:
            file_access.release(self._held)
            raise
        self._identity = _identity(self.path)
        self._baseline: int | None = None
        self._seen_token: tuple | None = None
        self.seen_stamp = disk_stamp(self.path)  # the file as this session last read or wrote it

    def _change_counter(self) -> int | None:
        """The header's change counter, which every commit in rollback-journal mode increments."""
        header = file_access.read_at(file_access.held_descriptor(self._held), 4, CHANGE_COUNTER_OFFSET)
        return struct.unpack(">I", header)[0] if len(header) == 4 else None

    def replaced(self) -> bool:
        """True when the path now names another file than the one this link has open (or none)."""
        return _identity(self.path) != self._identity

    def _token(self) -> tuple:
        """Marks that any commit by another program changes: the header's change counter (rollback
        mode), the WAL's frames, and the times and sizes of file and WAL (a commit that another program
        checkpoints at once leaves only the file's modification time behind)."""
        return self._change_counter(), _wal_signature(self.path), tuple(disk_stamp(self.path) or ())

    # -- reading -------------------------------------------------------------------------------------
    def copy_into(self, working: Path, *, on_locked: Callable[[], None] | None = None) -> None:
        """Copy the file to the new file `working` and remember the version copied, in one read
        transaction, so that a commit by another program just after the copy still counts as a change.

        In rollback-journal mode the kernel copies the bytes while SQLite's shared lock keeps every
        writer out (several times faster than the backup API); in WAL mode the file alone lacks the
        WAL's pages, so the backup API reads both. `on_locked` is called once the version to be copied
        is fixed (the read lock is held)."""
        self._seen_token = self._token()  # before the snapshot: a commit in between counts as a change
        self.connection.execute("BEGIN")
        try:
            self.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read lock
            self._baseline = _data_version(self.connection)
            if on_locked is not None:
                on_locked()
            if self.connection.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                destination = disposable_connection(working)
                try:
                    self.connection.backup(destination)
                finally:
                    destination.close()
            else:
                _copy_bytes(file_access.held_descriptor(self._held), working)
            self.seen_stamp = disk_stamp(self.path)
        finally:
            self.connection.execute("COMMIT")

    def marks(self) -> tuple:
        """Marks that differ when another program committed to the file in between (see `_token`)."""
        return self._token()

    def take_current_as_seen(self) -> None:
        """The file as it is now is what the project holds (after reloading or an accepted overwrite)."""
        self._seen_token = self._token()
        self._baseline = _data_version(self.connection)
        self._identity = _identity(self.path)
        self.seen_stamp = disk_stamp(self.path)

    def forget_baseline(self) -> None:
        """The project's content is not known to match any version of the file (recovered work)."""
        self._baseline = None

    def changed(self) -> bool:
        """True when another program changed, replaced or removed the file since it was last seen."""
        if _identity(self.path) != self._identity:
            return True
        if self._baseline is None or self._token() != self._seen_token:
            return True
        self.connection.execute(f"PRAGMA busy_timeout = {POLL_WAIT_MS}")
        try:
            return _data_version(self.connection) != self._baseline
        except sqlite3.OperationalError:
            return False  # another program is writing right now; the next check or the save will see it
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT_SECONDS * 1000)}")

    def change_token(self) -> tuple:
        """Differs between two calls when the file changed in between (to report each change once)."""
        try:
            version = _data_version(self.connection)
        except sqlite3.OperationalError:
            version = None
        return _identity(self.path), version, self._token()

    # -- writing -------------------------------------------------------------------------------------
    def save_from(self, source: sqlite3.Connection, *, overwrite_changed: bool, keep_backup: bool) -> None:
        """Write the database `source` into the file, in place, as one transaction.

        Raises ChangedMeanwhile (nothing written) when another program changed the file and
        `overwrite_changed` is false; sqlite3 errors are turned into messages by `sqlite_save_error`.
        """
        try:
            if keep_backup:
                wal = self.connection.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
                raw = None if wal else file_access.held_descriptor(self._held)
                write_backup_copy(self.connection, self.path, LOCK_WAIT_SECONDS, raw_from=raw)
            self._match_page_size(source)
            self._write(source, check=not overwrite_changed)
            self._leave_self_contained()
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                self.connection.execute("ROLLBACK")
            raise sqlite_save_error(error, self.path) from error
        except OSError as error:  # the backup copy could not be written
            raise os_save_error(error, self.path) from error
        try:
            self._baseline = _data_version(self.connection)  # own writes do not change it
        except sqlite3.Error:
            self._baseline = None  # saved, but unseen since: the next save asks rather than guess
        self._seen_token = self._token()
        self._identity = _identity(self.path)
        self.seen_stamp = disk_stamp(self.path)

    def _write(self, source: sqlite3.Connection, *, check: bool) -> None:
        # Read the other writers' marks before the last check and compare them again once the write lock
        # is held: nobody can commit after that, so a difference is a commit made while the save waited
        mark = self._token()
        if check and self.changed():
            raise ChangedMeanwhile
        pages = source.execute("PRAGMA page_count").fetchone()[0]
        page_size = source.execute("PRAGMA page_size").fetchone()[0]
        # The first step must neither finish the copy (it would commit) nor spill pages into the file
        # before the check (SQLite's default cache holds 2 MB), or our own write would look like another's
        step = max(1, min(256, pages // 4, FIRST_STEP_BYTES // page_size))

        def compare_under_lock() -> None:
            if check and self._token() != mark:
                raise ChangedMeanwhile  # the backup is rolled back: the file keeps the other edit

        backup_waiting_at_most(
            source, self.connection, LOCK_WAIT_SECONDS, pages=step, after_first_step=compare_under_lock
        )

    def _match_page_size(self, source: sqlite3.Connection) -> None:
        """A WAL database only takes a backup of its own page size; the working copy adapts."""
        own = self.connection.execute("PRAGMA page_size").fetchone()[0]
        if source.execute("PRAGMA page_size").fetchone()[0] != own:
            source.execute(f"PRAGMA page_size = {own}")
            source.execute("VACUUM")

    def _leave_self_contained(self) -> None:
        """After a save in WAL mode, fold the WAL into the file where no reader needs its frames, so that
        the file alone holds the saved project. The journal mode is left as it is: switching another
        program's open database out of WAL mode made QGIS 3.22 write its next edits where no other
        connection saw them. SQLite folds and removes the WAL itself when the last program closes it."""
        if self.connection.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return
        self.connection.execute("PRAGMA busy_timeout = 0")
        try:
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.OperationalError:
            pass  # another program is busy with the file; its frames stay in the WAL, which is consistent
        finally:
            self.connection.execute(f"PRAGMA busy_timeout = {int(LOCK_WAIT_SECONDS * 1000)}")

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.connection.close()
        file_access.release(self._held)  # after SQLite let go of its locks
