"""Two openings of the same project at once share one cache through a lock: two processes started
together make one full checkout between them (the second waits, then opens from the cache the first
wrote); a holder that is killed releases the lock, and what it left half-written is removed; an opening
that waits too long checks out without the cache and leaves it alone."""

# ruff: noqa: F811 - postgres_database, the fixture, is every test's argument
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.checkout_cache import cache_path, open_checkout
from clusterdesk.io.server.checkout_lock import cache_locked
from conftest import assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
from server_projects import content_differences  # noqa: E402
from server_sync_helpers import published_sample  # noqa: E402

OPENER = Path(__file__).with_name("server_cache_opener.py")


def _start(arguments: list[str], data_dir: Path) -> subprocess.Popen:
    environment = {**os.environ, "CLUSTERDESK_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, str(OPENER), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def _first_line(process: subprocess.Popen) -> str:
    line = process.stdout.readline().strip()
    assert line, process.stderr.read()
    return line


def test_two_processes_opening_at_once_make_one_full_checkout(postgres_database, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("CLUSTERDESK_DATA_DIR", str(data))
    with published_sample(postgres_database) as address:
        go = tmp_path / "go"
        targets = [tmp_path / "first.gpkg", tmp_path / "second.gpkg"]
        arguments = ["open", address.conninfo, address.project]
        openers = [_start([*arguments, str(target), str(go)], data) for target in targets]
        try:
            assert [_first_line(opener) for opener in openers] == ["ready", "ready"]
            go.touch()  # both start within milliseconds; one checkout takes far longer
            results = [json.loads(_first_line(opener)) for opener in openers]
            assert [opener.wait(60) for opener in openers] == [0, 0]
        finally:
            for opener in openers:
                opener.kill()
                opener.wait()
        assert sorted(result["from_cache"] for result in results) == [False, True]
        assert [result["waited"] for result in results if result["from_cache"]] == [True]
        full = tmp_path / "full.gpkg"
        checkout(address, full)
        for path in [*targets, cache_path(address)]:
            assert content_differences(full, path) == []
            assert_valid_project(path)
        assert open_checkout(address, tmp_path / "third.gpkg").from_cache


def test_a_killed_holder_releases_the_lock_and_a_long_wait_leaves_the_cache_alone(
    postgres_database, tmp_path, monkeypatch
):
    data = tmp_path / "data"
    monkeypatch.setenv("CLUSTERDESK_DATA_DIR", str(data))
    with published_sample(postgres_database) as address:
        holder = _start(["hold", address.conninfo, address.project], data)
        try:
            assert _first_line(holder) == "held"
            started = time.monotonic()
            private = open_checkout(address, tmp_path / "private.gpkg", lock_wait_seconds=0.5)
            assert time.monotonic() - started >= 0.5
            assert not private.from_cache and not cache_path(address).exists()
            assert_valid_project(private.path)
        finally:
            holder.kill()
            holder.wait()
        cache = cache_path(address)
        unfinished = cache.with_name(f".{cache.name}.999999")  # a killed writer's half-written cache
        unfinished.write_bytes(b"SQLite format 3\x00 and no more")
        started = time.monotonic()
        first = open_checkout(address, tmp_path / "first.gpkg", lock_wait_seconds=30)
        assert time.monotonic() - started < 15  # the system released the killed holder's lock
        with cache_locked(cache_path(address), 30) as held:  # the cache's writer has finished
            assert held and not first.from_cache and cache_path(address).exists()
            assert not unfinished.exists()
        assert open_checkout(address, tmp_path / "second.gpkg").from_cache


def test_the_lock_is_exclusive_within_one_process_too(tmp_path):
    cache = tmp_path / "project.gpkg"
    taken = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with cache_locked(cache, 0) as held:
            assert held
            taken.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert taken.wait(10)
        with cache_locked(cache, 0.2) as held:
            assert not held
    finally:
        release.set()
        holder.join()
    checks = []
    with cache_locked(cache, 0.2, lambda: checks.append(1)) as held:
        assert held and checks == []  # free again: taken at once, without waiting
