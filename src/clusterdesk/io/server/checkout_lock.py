"""One opening at a time per cached checkout, across processes: two windows, or a window and a command,
opening the same project of the same server share one cache file (`checkout_cache.py`), which an opening
pulls into, replaces or copies.

The lock is the operating system's own on a small file beside the cache (`<cache>.lock`): `flock` where
there is one, `msvcrt.locking` on Windows. Both belong to an open file, so a second opening in the same
process waits as another process would, and both are released by the system when their holder ends,
killed or not: there is no stale lock to recognise. The lock file itself is never removed: removing it
while another process waits on it would let a third take a new one at the same time.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

_POLL_SECONDS = 0.05


def lock_path(cache: Path) -> Path:
    return cache.with_name(f"{cache.name}.lock")


class CacheLock:
    """The lock of one cache file, taken with `acquire` and given back with `release` (by the thread that
    finishes the cache, which need not be the one that took it)."""

    def __init__(self, cache: Path):
        self.path = lock_path(cache)
        self._descriptor: int | None = None

    def acquire(self, wait_seconds: float, check: Callable[[], None] | None = None) -> bool:
        """Take the lock, waiting up to `wait_seconds` for another holder (`check` runs while waiting: a
        cancelled task raises there); False when it is still held then, or when this folder cannot hold
        a lock: the caller must then leave the cache alone."""
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError:  # a folder where no file can be made: no cache either
            return False
        try:
            taken = _acquire(descriptor, time.monotonic() + wait_seconds, check)
        except BaseException:
            os.close(descriptor)
            raise
        if taken:
            self._descriptor = descriptor
        else:
            os.close(descriptor)
        return taken

    def release(self) -> None:
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is not None:
            try:
                _release(descriptor)
            finally:
                os.close(descriptor)


@contextlib.contextmanager
def cache_locked(cache: Path, wait_seconds: float, check: Callable[[], None] | None = None) -> Iterator[bool]:
    """Hold the lock of `cache` for the block (True), waiting up to `wait_seconds` for another holder; when
    it is still held then, run the block without it (False): the caller must then leave the cache alone.
    `check` runs while waiting (a cancelled task raises there)."""
    lock = CacheLock(cache)
    try:
        yield lock.acquire(wait_seconds, check)
    finally:
        lock.release()


def _acquire(descriptor: int, deadline: float, check: Callable[[], None] | None) -> bool:
    while True:
        try:
            if _try_lock(descriptor):
                return True
        except OSError:  # a file system without locks (ENOLCK): work without the cache
            return False
        if time.monotonic() >= deadline:
            return False
        if check is not None:
            check()
        time.sleep(_POLL_SECONDS)


if os.name == "nt":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, 0, os.SEEK_SET)  # the same first byte for everyone
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:  # EACCES: another handle holds it (any other failure also ends in the deadline)
            return False
        return True

    def _release(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
