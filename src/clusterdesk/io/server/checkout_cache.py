"""Opening a project of the server fast: a checked-out copy is kept per server and project in the user's
data folder, with the last change it brought in; the next opening brings the cache up to date with a
pull (only what changed since) and copies it, instead of reading every row again.

A full checkout is made instead when there is no cache, when the project was published again since
(its publish id differs), when the server's change log was pruned beyond the cache's last change, or
when the cache cannot be read. The cache holds no pending changes and no fid blocks: it is only ever
written by checkouts and pulls, and each working copy reserves blocks of its own. A full checkout writes
it from the same database image as the working copy, without copying the file, on a thread of its own
while the opening goes on.

Two openings of the same cache at once (two windows, in one process or two) take turns through a lock
(`checkout_lock.py`): the second waits, then opens from the cache the first left up to date; when it has
waited `LOCK_WAIT_SECONDS`, it checks out in full without touching the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.io.server.address import ServerAddress, connect, require_project
from clusterdesk.io.server.checkout import CheckoutResult, checkout
from clusterdesk.io.server.checkout_lock import CacheLock
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.local_tables import CHANGES_TABLE, FID_BLOCKS_TABLE, read_state
from clusterdesk.io.task import CancelCallback, ProgressCallback, TaskState

CACHE_FOLDER = "server_checkouts"  # private: the project's rows, readable by its owner only
# how long an opening waits for another one of the same cache before it checks out without the cache
LOCK_WAIT_SECONDS = 120.0


class _Stale(Exception):
    """The cache is not of this publication of the project, or not as a cache should be."""


@dataclass
class OpenedCheckout:
    path: Path
    schema: str
    from_cache: bool
    pulled: int  # rows brought into the cache (from_cache only)
    last_change_id: int


def cache_path(address: ServerAddress) -> Path:
    from clusterdesk.core.userdirs import private_dir

    schema = require_project(address)
    key = f"{address.with_project(None).display()}\n{schema}".encode()
    return private_dir(CACHE_FOLDER) / f"{schema}-{hashlib.sha256(key).hexdigest()[:16]}.gpkg"


def open_checkout(
    address: ServerAddress,
    target: str | Path,
    progress: ProgressCallback | None = None,
    cancel: CancelCallback | None = None,
    lock_wait_seconds: float = LOCK_WAIT_SECONDS,
) -> OpenedCheckout:
    """Write the project into the new file `target`, a working copy (written without waiting for the
    disk: the server holds the project), from the cache brought up to date, or by a full checkout (which
    then becomes the cache). One opening of a cache at a time: another one waits for it,
    and after `lock_wait_seconds` checks out in full without the cache."""
    schema = require_project(address)
    target = Path(target).expanduser().absolute()
    cache = cache_path(address)
    state = TaskState(progress, cancel)
    waited = []

    def waiting() -> None:
        if not waited:
            waited.append(True)
            text = tr(
                "server:progress:waiting_for_cache",
                "Waiting for another opening of {project} to finish",
                messages_language(),
                project=schema,
            )
            state.report(0.0, text)
        state.check()

    lock = CacheLock(cache)
    writer = _CacheWriter(cache, lock)
    try:
        if not lock.acquire(lock_wait_seconds, waiting):  # a checkout of its own, the cache left alone
            result = checkout(address, target, progress, cancel, durable=False)
            return OpenedCheckout(target, schema, False, 0, result.last_change_id)
        _remove_unfinished(cache)
        if cache.exists() and not target.exists():
            opened = _from_cache(address, cache, target, state)
            if opened is not None:
                return opened
        result: CheckoutResult = checkout(address, target, progress, cancel, also=writer.start, durable=False)
    finally:
        if not writer.started:
            lock.release()
    return OpenedCheckout(target, schema, False, 0, result.last_change_id)


def _remove_unfinished(cache: Path) -> None:
    """Caches that a killed opening left half-written (under the lock, nobody else writes one now)."""
    prefix = f".{cache.name}."
    with contextlib.suppress(OSError):
        for entry in os.scandir(cache.parent):
            if entry.name.startswith(prefix):
                Path(entry.path).unlink(missing_ok=True)


def _connect_local(path: Path) -> sqlite3.Connection:
    from clusterdesk.core import gpkg

    local = sqlite3.connect(path)
    gpkg.register_functions(local)  # the spatial index triggers call them
    return local


def _from_cache(address: ServerAddress, cache: Path, target: Path, state: TaskState) -> OpenedCheckout | None:
    from clusterdesk.io.server import sync
    from clusterdesk.io.server.checkout import _check_project, publication_id

    schema = require_project(address)
    state.stage(
        0.0, 0.8, tr("server:progress:cache", "Bringing in the server's latest changes", messages_language())
    )
    try:
        local = _connect_local(cache)
        try:
            saved = read_state(local)
            if saved.get("schema") != schema or saved.get("server") != address.with_project(None).display():
                raise _Stale
            with connect(address, autocommit=True) as server:
                _check_project(server, schema, address)
                if saved.get("publish_id") != publication_id(server, schema):
                    raise _Stale
                pulled = sync.pull(local, server, schema)  # CheckoutRequired when the log was pruned
            left = local.execute(f'SELECT count(*) FROM "{CHANGES_TABLE}"').fetchone()[0]
            if left:  # never edited, so a pull conflicting in it means it is not what it should be
                raise _Stale
        finally:
            local.close()
        state.check()
        state.stage(
            0.8, 1.0, tr("server:progress:copying_cache", "Writing the working copy", messages_language())
        )
        _copy(cache, target)
    except (_Stale, ServerError, sqlite3.Error, OSError):
        target.unlink(missing_ok=True)
        cache.unlink(missing_ok=True)  # stale or damaged: a full checkout replaces it
        return None
    return OpenedCheckout(target, schema, True, pulled.pulled, pulled.last_change_id)


def _copy(source: Path, target: Path) -> None:
    temporary = target.with_name(f".{target.name}.cache-{os.getpid()}")
    shutil.copyfile(source, temporary)
    os.replace(temporary, target)


class _CacheWriter:
    """Keeps a fresh checkout, still in memory, as the cache, without its fid blocks (they belong to the
    working copy written before). The image is written, synced and renamed into place on a thread of its
    own, which then gives back the cache's lock: the opening goes on to the map meanwhile, and another
    opening of the same cache waits for the file to be complete."""

    def __init__(self, cache: Path, lock: CacheLock):
        self.cache, self.lock = cache, lock
        self.started = False

    def start(self, local: sqlite3.Connection) -> None:
        try:
            local.execute(f'DELETE FROM "{FID_BLOCKS_TABLE}"')
            local.commit()
            image = local.serialize()
        except (sqlite3.Error, MemoryError):  # no cache this time; the next opening checks out in full
            return
        threading.Thread(target=self._write, args=(image,), name="clusterdesk-checkout-cache").start()
        self.started = True

    def _write(self, image: bytes) -> None:
        with contextlib.suppress(AttributeError, OSError):  # Linux: this thread only, below the map's
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        temporary = self.cache.with_name(f".{self.cache.name}.{os.getpid()}")
        try:
            with open(temporary, "wb") as written:
                written.write(image)
                written.flush()
                os.fsync(written.fileno())
            os.replace(temporary, self.cache)
        except OSError:  # no cache this time; the next opening checks out in full again
            temporary.unlink(missing_ok=True)
        finally:
            self.lock.release()
