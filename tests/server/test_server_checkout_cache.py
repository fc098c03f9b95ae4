"""Opening a project of the server from the cached checkout: the cache brought up to date with only
what changed equals a full checkout; a republished project, a pruned change log or a damaged cache
fall back to a full checkout; a working copy made from the cache takes fid blocks of its own."""

# ruff: noqa: F811 - postgres_database, the fixture, is every test's argument
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from clusterdesk.core.edits import UpdateStakeholder
from clusterdesk.core.project import Project
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.checkout_cache import cache_path, open_checkout
from clusterdesk.io.server.checkout_lock import cache_locked
from clusterdesk.io.server.local_tables import CHANGES_TABLE, FID_BLOCKS_TABLE, VERSIONS_TABLE, read_state
from clusterdesk.io.server.log_pruning import prune
from clusterdesk.io.server.publish import publish
from conftest import assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
from server_projects import content_differences, drop_project  # noqa: E402
from server_sync_helpers import SAMPLE, linked_copy, published_sample  # noqa: E402

OTHER_SAMPLE = SAMPLE.with_name("atuntaqui_garments.gpkg")


def _bookkeeping(path: Path) -> tuple:
    with sqlite3.connect(path) as local:
        versions = sorted(local.execute(f'SELECT table_name, fid, row_version FROM "{VERSIONS_TABLE}"'))
        blocks = local.execute(f'SELECT count(*) FROM "{FID_BLOCKS_TABLE}"').fetchone()[0]
        pending = local.execute(f'SELECT count(*) FROM "{CHANGES_TABLE}"').fetchone()[0]
        return versions, blocks, pending, read_state(local)["last_change_id"]


def _written_cache(address) -> Path:
    """The cache, once the thread that writes it after a full checkout has finished (and let go of its
    lock)."""
    with cache_locked(cache_path(address), 30) as held:
        assert held
    return cache_path(address)


def test_the_cache_brings_in_only_the_changes_and_equals_a_full_checkout(postgres_database, tmp_path):
    with published_sample(postgres_database) as address:
        first = open_checkout(address, tmp_path / "first.gpkg")
        assert not first.from_cache and _written_cache(address).exists()
        assert _bookkeeping(cache_path(address))[1] == 0  # no fid blocks: each copy takes its own
        with linked_copy(address, tmp_path / "office.gpkg") as (office, _link):
            office.stack.push(UpdateStakeholder(3, {"name": "Changed since the cache"}))
            office.stack.push(UpdateStakeholder(4, {"employees": 4321}))
        second = open_checkout(address, tmp_path / "second.gpkg")
        assert second.from_cache and second.pulled == 2
        full = tmp_path / "full.gpkg"
        checkout(address, full)
        assert content_differences(full, second.path) == []
        cached_versions, blocks, pending, last = _bookkeeping(second.path)
        full_versions, _blocks, _pending, full_last = _bookkeeping(full)
        assert (cached_versions, blocks, pending, last) == (full_versions, 0, 0, full_last)
        assert_valid_project(second.path)
        # a working copy from the cache reserves blocks of its own before it adds rows
        with linked_copy(address, tmp_path / "unused.gpkg"), Project.open(second.path) as project:
            from clusterdesk.io.server.server_link import ServerLink

            link = ServerLink.attach(project, address)
            try:
                blocks = project.connection.execute(f'SELECT count(*) FROM "{FID_BLOCKS_TABLE}"').fetchone()
                assert blocks[0] > 0
            finally:
                link.close()


def test_a_republished_project_or_a_pruned_log_is_checked_out_in_full(postgres_database, tmp_path):
    with published_sample(postgres_database) as address:
        assert not open_checkout(address, tmp_path / "a.gpkg").from_cache
        with linked_copy(address, tmp_path / "office.gpkg") as (office, _link):
            office.stack.push(UpdateStakeholder(3, {"name": "One"}))
            office.stack.push(UpdateStakeholder(3, {"name": "Two"}))
        prune(address, 0)  # the cache's last change is gone from the log
        pruned = open_checkout(address, tmp_path / "b.gpkg")
        assert not pruned.from_cache
        with Project.open(pruned.path) as project:
            assert project.connection.execute("SELECT name FROM stakeholders WHERE fid = 3").fetchone() == (
                "Two",
            )
        assert open_checkout(address, tmp_path / "c.gpkg").from_cache  # the new cache is good again

        drop_project(postgres_database, address.project)
        publish(OTHER_SAMPLE, address)  # another project under the same name
        again = open_checkout(address, tmp_path / "d.gpkg")
        assert not again.from_cache
        assert content_differences(OTHER_SAMPLE, again.path) == []

        cache_path(address).write_bytes(b"not a database")
        damaged = open_checkout(address, tmp_path / "e.gpkg")
        assert not damaged.from_cache
        assert content_differences(OTHER_SAMPLE, damaged.path) == []
        assert open_checkout(address, tmp_path / "f.gpkg").from_cache
