"""A project larger than one chunk of rows (20,000 stakeholders and more, read in chunks and inserted
through staging tables; relations with line blobs built by the server) checks out equal to the original
row by row and valid, as the window opens it and with the cache written beside it."""

# ruff: noqa: F811 - postgres_database, the fixture, is every test's argument
from __future__ import annotations

import sys
from pathlib import Path

from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.checkout_cache import cache_path, open_checkout
from clusterdesk.io.server.checkout_lock import cache_locked
from clusterdesk.io.server.publish import publish
from conftest import REPO, assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(REPO / "tools"))
from server_projects import content_differences, drop_project, unique_project  # noqa: E402
from synthetic import make_synthetic_project  # noqa: E402


def test_a_project_of_several_chunks_checks_out_equal_and_valid(postgres_database, tmp_path, monkeypatch):
    monkeypatch.setenv("CLUSTERDESK_DATA_DIR", str(tmp_path / "data"))
    source = make_synthetic_project(tmp_path / "large.gpkg", 25_000)
    name = unique_project("large")
    try:
        address = ServerAddress(postgres_database, name)
        publish(source, address)
        opened = open_checkout(address, tmp_path / "checked_out.gpkg")
        assert not opened.from_cache
        assert content_differences(source, opened.path) == []
        assert_valid_project(opened.path)
        with cache_locked(cache_path(address), 30) as held:  # its writer has finished
            assert held
            assert content_differences(source, cache_path(address)) == []
    finally:
        drop_project(postgres_database, name)
