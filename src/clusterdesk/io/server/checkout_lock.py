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


@contextlib.contextmanager
def cache_locked(cache: Path, wait_seconds: float, check: Callable[[], None] | None = None) -> Iterator[bool]:
    """Hold the lock of `cache` for the block (True), waiting up to `wait_seconds` for another holder; when
    it is still held then, run the block without it (False): the caller must then leave the cache alone.
    `check` runs while waiting (a cancelled task raises there)."""
    try:
        descriptor = os.open(lock_path(cache), os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:  # a folder where no file can be made: no cache either
        yield False
        return
    try:
        held = _acquire(descriptor, time.monotonic() + wait_seconds, check)
        try:
            yield held
        finally:
            if held:
                _release(descriptor)
    finally:
        os.close(descriptor)


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
