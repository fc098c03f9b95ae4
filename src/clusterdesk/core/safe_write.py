"""Writing a SQLite database to its final place so that a crash leaves the old file or the new one,
never a half-written one."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import stat
import time
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.error_reasons import os_reason, sqlite_reason
from clusterdesk.core.errors import ProjectFileError, ProjectInUseError, missing_folder_message
from clusterdesk.core.file_users import describe_users
from clusterdesk.core.processes import written_by_running_process

TEMPORARY_PURPOSES = ("saving", "backup")  # `.<name>.<purpose>-<pid>`: what a save writes before renaming
BUSY_CODES = {getattr(sqlite3, "SQLITE_BUSY", 5), getattr(sqlite3, "SQLITE_LOCKED", 6)}


def backup_path(target: Path) -> Path:
    """Where the previous version of a saved project is kept."""
    return target.with_name(target.name + ".bak")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temporary_name(target: Path, purpose: str) -> Path:
    return target.with_name(f".{target.name}.{purpose}-{os.getpid()}")


def copy_database_atomically(source: sqlite3.Connection, target: Path, *, keep_backup: bool) -> None:
    """Copy `source` into `target` with the SQLite backup API, then replace `target` atomically.

    With keep_backup, the file previously at `target` stays next to it as `<name>.bak`.
    """
    target = Path(target)
    if target.parent.exists() and not target.parent.is_dir():
        raise ProjectFileError(
            tr(
                "save:parent_is_file",
                "Cannot save {path}: {folder} is a file, not a folder.",
                messages_language(),
                path=target,
                folder=target.parent,
            )
        )
    if not target.parent.is_dir():
        raise ProjectFileError(
            tr(
                "save:no_folder",
                "Cannot save {file}. {missing_folder}",
                messages_language(),
                file=target.name,
                missing_folder=missing_folder_message(target.parent),
            )
        )
    temporary = _temporary_name(target, "saving")
    try:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
            destination.commit()
        finally:
            destination.close()
        _fsync_file(temporary)
        if keep_backup and target.exists():
            _replace_backup(target)
        os.replace(temporary, target)
        _fsync_dir(target.parent)
    except sqlite3.Error as error:
        _remove_quietly(temporary)
        raise sqlite_save_error(error, target) from error
    except OSError as error:
        _remove_quietly(temporary)
        raise os_save_error(error, target) from error


def os_save_error(error: OSError, target: Path) -> ProjectFileError:
    """The message for a save that the operating system refused; the previous file is unchanged."""
    language = messages_language()
    if isinstance(error, PermissionError):
        return ProjectFileError(
            tr(
                "save:permission",
                "Cannot save {path}: permission denied ({reason}). Nothing was saved; save it in a "
                "folder you can write to.",
                language,
                path=target,
                reason=os_reason(error),
            )
        )
    if error.errno == errno.ENOSPC:
        return _disk_full_error(target)
    return _failed_error(target, os_reason(error))


def _failed_error(target: Path, reason: str) -> ProjectFileError:
    return ProjectFileError(
        tr(
            "save:failed",
            "Cannot save {path}: {reason}. The previous file is unchanged.",
            messages_language(),
            path=target,
            reason=reason,
        )
    )


def _disk_full_error(target: Path) -> ProjectFileError:
    return ProjectFileError(
        tr(
            "save:disk_full",
            "Cannot save {path}: the disk is full. Nothing was saved and the previous file is unchanged; "
            "free some space, or save it to another drive.",
            messages_language(),
            path=target,
        )
    )


def is_lock_error(error: sqlite3.Error) -> bool:
    """Another connection holds a lock that SQLite waited for in vain."""
    return "locked" in str(error).lower() or "busy" in str(error).lower()


def sqlite_save_error(error: sqlite3.Error, target: Path) -> ProjectFileError:
    """The message for a save that SQLite refused; the file keeps its previous content in every case."""
    text = str(error).lower()
    language = messages_language()
    if is_lock_error(error):
        return ProjectInUseError(
            tr(
                "save:in_use",
                "Cannot save {file}: {users} is writing to it right now. Nothing was saved. Try again in "
                "a moment, or close the file in that program.",
                language,
                file=target.name,
                users=describe_users(target),
            )
        )
    if "full" in text:
        return _disk_full_error(target)
    if any(word in text for word in ("readonly", "read-only", "permission", "unable to open")):
        return ProjectFileError(
            tr(
                "save:not_writable",
                "Cannot save {path}: the file or its folder cannot be written. Nothing was saved; save it "
                "in a folder you can write to.",
                language,
                path=target,
            )
        )
    return _failed_error(target, sqlite_reason(error))


def give_up_when_locked(seconds: float):
    """A backup progress callback that stops a copy kept waiting by another program's lock for
    `seconds` (Python's backup would retry for ever)."""
    deadline = time.monotonic() + seconds

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in BUSY_CODES and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def write_backup_copy(
    source: sqlite3.Connection, target: Path, lock_wait_seconds: float, *, raw_from: int | None = None
) -> None:
    """Keep the file at `target`, read through `source` under SQLite's read lock, as `<name>.bak`, with
    the original's permissions, owner and group (a project may hold personal data).

    `raw_from`, a descriptor of `target` that stays open, lets a file in rollback-journal mode be copied
    by the kernel while the read lock is held (several times faster than the backup API); in WAL mode
    the file alone lacks the WAL's pages, so the backup API reads both."""
    backup = backup_path(target)
    staging = _temporary_name(target, "backup")
    _remove_quietly(staging)
    status = target.stat()
    descriptor = os.open(staging, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        if os.name != "nt":  # the umask narrowed the mode given to open; Windows has neither
            with contextlib.suppress(OSError):  # only root may give a file away; keep the group if allowed
                os.fchown(descriptor, status.st_uid, status.st_gid)
            os.fchmod(descriptor, stat.S_IMODE(status.st_mode))
        if raw_from is not None:
            _copy_under_read_lock(source, raw_from, descriptor, lock_wait_seconds)
            os.fsync(descriptor)
    except BaseException:
        os.close(descriptor)
        _remove_quietly(staging)
        raise
    os.close(descriptor)
    try:
        if raw_from is None:
            destination = sqlite3.connect(staging)
            try:
                source.backup(destination, progress=give_up_when_locked(lock_wait_seconds), sleep=0.05)
                destination.execute("PRAGMA journal_mode = DELETE")
            finally:
                destination.close()
            _fsync_file(staging)
        os.replace(staging, backup)
    except BaseException:
        _remove_quietly(staging)
        raise


_KERNEL_COPY_REFUSALS = {errno.ENOSYS, errno.EXDEV, errno.EINVAL, getattr(errno, "EOPNOTSUPP", -1)}
_kernel_copy = hasattr(os, "copy_file_range")


def copy_range(origin: int, destination: int, count: int, offset: int) -> int:
    """Copy up to `count` bytes at `offset`; the kernel does it where the file system lets it."""
    global _kernel_copy
    if _kernel_copy:
        try:
            return os.copy_file_range(origin, destination, count, offset, offset)
        except OSError as error:
            if error.errno not in _KERNEL_COPY_REFUSALS:
                raise
            _kernel_copy = False  # old kernels, some network and FUSE file systems
    if hasattr(os, "pread"):
        chunk = os.pread(origin, min(count, 1 << 22), offset)
        return os.pwrite(destination, chunk, offset) if chunk else 0
    os.lseek(origin, offset, os.SEEK_SET)  # Windows has no pread: seek and read
    chunk = os.read(origin, min(count, 1 << 22))
    if not chunk:
        return 0
    os.lseek(destination, offset, os.SEEK_SET)
    return os.write(destination, chunk)


def copy_whole(origin: int, destination: int) -> None:
    """Copy the whole file behind the descriptor `origin` into the file behind `destination`."""
    size = os.fstat(origin).st_size
    copied = 0
    while copied < size:
        step = copy_range(origin, destination, size - copied, copied)
        if step <= 0:
            raise OSError(errno.EIO, "the project file ended while it was copied")
        copied += step


def _copy_under_read_lock(source: sqlite3.Connection, origin: int, destination: int, wait: float) -> None:
    source.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes SQLite's shared lock
        copy_whole(origin, destination)
    finally:
        source.execute("COMMIT")


def _replace_backup(target: Path) -> None:
    backup = backup_path(target)
    staging = _temporary_name(target, "backup")
    _remove_quietly(staging)
    try:
        os.link(target, staging)
    except OSError:
        shutil.copy2(target, staging)
    os.replace(staging, backup)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def remove_stale_temporaries(target: Path) -> None:
    """Remove temporaries left next to `target` by a save that was killed."""
    _remove_stale(
        leftover
        for purpose in TEMPORARY_PURPOSES
        for leftover in target.parent.glob(f".{target.name}.{purpose}-*")
    )


def remove_stale_temporaries_in(folder: Path) -> None:
    """Remove every temporary of a killed save in `folder` (the recovery folder after a crash)."""
    _remove_stale(leftover for purpose in TEMPORARY_PURPOSES for leftover in folder.glob(f".*.{purpose}-*"))


def _remove_stale(candidates) -> None:
    for leftover in candidates:
        # SQLite's own companions of a temporary (".x.saving-123-journal") carry the same process id
        name = leftover.name.removesuffix("-journal").removesuffix("-wal").removesuffix("-shm")
        pid = name.rsplit("-", 1)[-1]
        if pid.isdigit() and not written_by_running_process(leftover, int(pid)):
            _remove_quietly(leftover)
