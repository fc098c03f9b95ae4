"""Publishing every sample project to PostGIS and checking it out again gives a valid GeoPackage with the
same content, row by row; publishing is one transaction (refused twice, nothing left by a failure)."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import psycopg
import pytest

from clusterdesk.core import gpkg
from clusterdesk.core.project import Project
from clusterdesk.io.errors import Cancelled
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.local_tables import read_state
from clusterdesk.io.server.publish import publish
from conftest import REPO, SAMPLES, assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
from server_projects import address, content_differences, drop_project, unique_project  # noqa: E402

SAMPLE_FILES = sorted(SAMPLES.glob("*.gpkg"))


@pytest.fixture
def project_name(postgres_database):
    """A project name of this test; its schema and roles are removed afterwards."""
    names = []

    def make(stem: str) -> str:
        names.append(unique_project(stem))
        return names[-1]

    yield make
    for name in names:
        drop_project(postgres_database, name)


def _schema_exists(database_url: str, name: str) -> bool:
    with psycopg.connect(database_url) as connection:
        return (
            connection.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,)).fetchone()
            is not None
        )


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[p.stem for p in SAMPLE_FILES])
def test_a_published_sample_checks_out_as_the_same_valid_project(
    sample, postgres_database, project_name, tmp_path
):
    name = project_name(sample.stem)
    server = address(postgres_database, name)
    result = publish(sample, server)
    with Project.open(sample) as original:
        assert result.rows == {
            table: count for table, count in original.counts().items() if table in result.rows
        }
    target = tmp_path / f"{sample.stem}-checkout.gpkg"
    checked = checkout(server, target)
    assert checked.path == target and target.is_file()
    assert_valid_project(target)
    assert content_differences(sample, target) == []
    connection = sqlite3.connect(target)
    try:
        state = read_state(connection)
        versions = connection.execute(
            "SELECT count(*), min(row_version) FROM clusterdesk_sync_versions"
        ).fetchone()
        block = connection.execute(
            "SELECT next_fid, last_fid FROM clusterdesk_sync_fid_blocks WHERE table_name = 'stakeholders'"
        ).fetchone()
        highest = connection.execute("SELECT coalesce(max(fid), 0) FROM stakeholders").fetchone()[0]
        sequence = connection.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'stakeholders'"
        ).fetchone()
    finally:
        connection.close()
    assert state["schema"] == name and "password" not in state["server"]
    assert versions == (sum(result.rows.values()), 1)
    # new rows of this copy take fids of a block of its own, above every published row
    assert block[0] > highest and block[1] - block[0] == 999 and sequence == (block[0] - 1,)


def test_an_older_project_is_migrated_before_publishing(postgres_database, project_name, tmp_path):
    old = REPO / "tests" / "data" / "project_v3.gpkg"
    copy = tmp_path / "old.gpkg"
    shutil.copy(old, copy)
    before = copy.read_bytes()
    name = project_name("old")
    result = publish(copy, address(postgres_database, name))
    assert result.migrated_from == 3
    assert copy.read_bytes() == before  # the file itself is not changed
    target = tmp_path / "old-checkout.gpkg"
    checkout(address(postgres_database, name), target)
    assert_valid_project(target)
    # the migration to version 6 gives the survey rounds it creates new UUIDs at every opening
    assert content_differences(copy, target, ignore=("survey_rounds.uuid",)) == []


def test_publishing_twice_is_refused_and_leaves_the_first(postgres_database, project_name, tmp_path):
    sample = SAMPLES / "ambato_footwear.gpkg"
    name = project_name("twice")
    publish(sample, address(postgres_database, name))
    with pytest.raises(ServerError, match="already has a project"):
        publish(SAMPLES / "samara_automotive.gpkg", address(postgres_database, name))
    target = tmp_path / "first.gpkg"
    checkout(address(postgres_database, name), target)
    assert content_differences(sample, target) == []


def test_a_failure_half_way_leaves_nothing_on_the_server(postgres_database, project_name, tmp_path):
    # PostgreSQL text cannot hold a NUL character, which SQLite stores: the COPY of relations fails
    # after the stakeholders were copied
    broken = tmp_path / "broken.gpkg"
    shutil.copy(SAMPLES / "ambato_footwear.gpkg", broken)
    connection = sqlite3.connect(broken)
    gpkg.register_functions(connection)
    connection.execute(
        "UPDATE relations SET notes = 'tie' || char(0) || 'note' WHERE fid = (SELECT max(fid) FROM relations)"
    )
    connection.commit()
    connection.close()
    name = project_name("broken")
    with pytest.raises(ServerError, match="Nothing was written"):
        publish(broken, address(postgres_database, name))
    assert not _schema_exists(postgres_database, name)
    with psycopg.connect(postgres_database) as server:
        roles = server.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (name + "%",)
        ).fetchone()[0]
        styles = (
            server.execute(
                "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s", (name,)
            ).fetchone()[0]
            if server.execute("SELECT to_regclass('public.layer_styles')").fetchone()[0]
            else 0
        )
    assert (roles, styles) == (0, 0)


def test_cancelling_leaves_nothing_on_the_server(postgres_database, project_name):
    name = project_name("cancelled")
    seen = []

    def progress(fraction: float, text: str) -> None:
        seen.append(text)

    with pytest.raises(Cancelled):
        publish(SAMPLES / "ambato_footwear.gpkg", address(postgres_database, name), progress,
                cancel=lambda: any("relations" in text for text in seen))  # fmt: skip
    assert any("stakeholders" in text for text in seen)
    assert not _schema_exists(postgres_database, name)


def test_checkout_refuses_an_existing_file_and_a_missing_project(postgres_database, project_name, tmp_path):
    existing = tmp_path / "there.gpkg"
    existing.write_bytes(b"keep me")
    name = project_name("absent")
    with pytest.raises(ServerError, match="already exists"):
        checkout(address(postgres_database, name), existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(ServerError, match="There is no project"):
        checkout(address(postgres_database, name), tmp_path / "new.gpkg")
    assert not (tmp_path / "new.gpkg").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["there.gpkg"]


def test_a_cancelled_checkout_leaves_no_file(postgres_database, project_name, tmp_path):
    name = project_name("cancel_checkout")
    publish(SAMPLES / "atuntaqui_garments.gpkg", address(postgres_database, name))
    seen = []
    with pytest.raises(Cancelled):
        checkout(
            address(postgres_database, name),
            tmp_path / "never.gpkg",
            lambda fraction, text: seen.append(text),
            cancel=lambda: any("relations" in text for text in seen),
        )
    assert list(tmp_path.iterdir()) == []


def test_a_published_project_has_the_planner_statistics_of_its_tables(postgres_database, project_name):
    """Analysed at publication, so the first checkout does not wait for autovacuum's statistics."""
    name = project_name("analysed")
    publish(SAMPLES / "ambato_footwear.gpkg", address(postgres_database, name))
    with psycopg.connect(postgres_database) as connection:
        analysed = dict(
            connection.execute(
                "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE schemaname = %s",
                (name,),
            ).fetchall()
        )
    assert analysed["stakeholders"] and analysed["relations"]
    not_analysed = [table for table, done in analysed.items() if not done]
    assert all(table.startswith("clusterdesk_") for table in not_analysed), not_analysed  # bookkeeping only
