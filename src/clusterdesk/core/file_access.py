"""Reading the bytes of a project file without breaking SQLite's locks on it.

On POSIX systems, closing any descriptor of a file drops every lock this process holds on that file,
SQLite's included ("How To Corrupt An SQLite Database File", section 2.2). A connection to a database in
WAL mode keeps a shared lock for as long as it is open, and a save holds its write lock across several
steps, so an innocent `open(path).read(16)` elsewhere in the process could let another program switch the
journal mode or write underneath us. Every raw read of a project file therefore goes through here: while
a project holds the file open, reads use one descriptor that stays open until the last holder lets go.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"

_lock = threading.Lock()
_seek_lock = threading.Lock()
_held: dict[tuple[int, int], list] = {}  # (device, inode) -> [descriptors, holders]


def _key(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def hold(path: Path) -> tuple[int, int]:
    """Keep a descriptor of `path` open until `release`; returns the key to release it with.

    A file already held is not opened again: closing the second descriptor would drop the locks."""
    with _lock:
        key = _key(path)
        if key in _held:
            _held[key][1] += 1
            return key
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        status = os.fstat(descriptor)
        key = (status.st_dev, status.st_ino)
        entry = _held.setdefault(key, [[], 0])
        entry[0].append(descriptor)  # a file swapped in between keeps both until the last release
        entry[1] += 1
        return key


def release(key: tuple[int, int]) -> None:
    """Let go of a descriptor taken with `hold`; the last holder closes it (after SQLite let go)."""
    with _lock:
        entry = _held.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] > 0:
            return
        del _held[key]
    for descriptor in entry[0]:
        os.close(descriptor)


def held_descriptor(key: tuple[int, int]) -> int | None:
    with _lock:
        entry = _held.get(key)
        return entry[0][0] if entry else None


def read_at(descriptor: int, size: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(descriptor, size, offset)
    with _seek_lock:  # Windows has no pread: seek and read as one step
        os.lseek(descriptor, offset, os.SEEK_SET)
        return os.read(descriptor, size)


def read_start(path: Path, size: int = 100) -> bytes:
    """The first `size` bytes of `path` (b'' when it cannot be read), through the held descriptor when
    a project has the file open."""
    key = _key(path)
    descriptor = held_descriptor(key) if key else None
    if descriptor is not None:
        return read_at(descriptor, size, 0)
    try:
        with open(path, "rb") as handle:  # no project of this process holds it: no SQLite lock to drop
            return handle.read(size)
    except OSError:
        return b""


def is_sqlite_file(path: Path) -> bool:
    return read_start(path, len(SQLITE_HEADER)) == SQLITE_HEADER
