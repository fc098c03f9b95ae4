"""Live mode on the real server: a listener hears another client's save within a second, and the rows
it names are pulled; fids of rows added beyond a working copy's block move into blocks of its own."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from clusterdesk.core.edits import AddStakeholders, UpdateStakeholder
from clusterdesk.io.server import ddl
from clusterdesk.io.server.fid_blocks import BLOCK_SIZE
from clusterdesk.io.server.listener import tables_of
from clusterdesk.io.server.server_triggers import CHANGE_LOG_TABLE

sys.path.insert(0, str(Path(__file__).parent))
from server_sync_helpers import linked_copy, local_value, published_sample, server_value  # noqa: E402

FID = 4


def test_the_listener_hears_another_clients_commit_within_a_second(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
        ben_link.listener() as listener,
    ):
        heard = {}

        def listen():
            notices = listener.wait(timeout=5)
            heard["at"] = time.perf_counter()
            heard["notices"] = notices

        thread = threading.Thread(target=listen)
        thread.start()
        time.sleep(0.2)  # the listener is waiting
        ana.stack.push(UpdateStakeholder(FID, {"name": "Heard at once"}))
        saved = time.perf_counter()
        thread.join(timeout=10)
        assert "at" in heard and heard["notices"], "nothing heard within 5 s"
        assert heard["at"] - saved < 1.0
        assert tables_of(heard["notices"]) == {"stakeholders"}
        notice = heard["notices"][0]
        assert (notice.table, notice.fid, notice.op, notice.version) == ("stakeholders", FID, "U", 2)
        with psycopg.connect(address.conninfo) as connection:
            assert notice.by == connection.execute("SELECT session_user").fetchone()[0]
        # what the listener heard, the pull brings in; nothing more is heard afterwards
        assert ben_link.pull().tables == {"stakeholders"}
        assert local_value(ben, "stakeholders", FID, "name") == "Heard at once"
        assert listener.wait(timeout=0.2) == []


def test_change_ids_follow_the_commit_order(postgres_database, tmp_path):
    """A transaction that changed a row first but commits last gets the later change id, so a pull in
    between cannot step over it."""
    with published_sample(postgres_database) as address:
        log = ddl.qualified(address.project, CHANGE_LOG_TABLE)
        table = ddl.qualified(address.project, "stakeholders")
        with psycopg.connect(address.conninfo) as first, psycopg.connect(address.conninfo) as second:
            first.execute(f"UPDATE {table} SET name = 'first' WHERE fid = 5")
            second.execute(f"UPDATE {table} SET name = 'second' WHERE fid = 6")
            second.commit()
            first.commit()
            order = first.execute(f"SELECT fid FROM {log} ORDER BY change_id").fetchall()
        assert order == [(6,), (5,)]


def test_rows_beyond_a_block_move_into_blocks_of_their_own(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ana_block = ana.connection.execute(
            "SELECT last_fid FROM clusterdesk_sync_fid_blocks WHERE table_name = 'stakeholders'"
        ).fetchone()[0]
        ben.stack.push(AddStakeholders([{"name": "Ben's firm"}]))
        # more rows than a block holds in one command: the fids SQLite gives run past Ana's block
        many = AddStakeholders([{"name": f"Imported {i}"} for i in range(BLOCK_SIZE + 300)])
        ana.stack.push(many)
        assert ana_link.conflicts == []
        assert not ana.stack.can_undo  # the undo history named the old fids
        local = dict(
            ana.connection.execute("SELECT fid, name FROM stakeholders WHERE name LIKE 'Imported %'")
        )
        assert len(local) == BLOCK_SIZE + 300
        assert all(fid <= ana_block or fid > ana_block + BLOCK_SIZE for fid in local)  # none in Ben's block
        with psycopg.connect(address.conninfo) as connection:
            on_server = dict(
                connection.execute(
                    f"SELECT fid, name FROM {ddl.qualified(address.project, 'stakeholders')}"
                    " WHERE name LIKE 'Imported %'"
                ).fetchall()
            )
        assert on_server == local
        assert (
            server_value(
                address,
                "stakeholders",
                ben.connection.execute("SELECT max(fid) FROM stakeholders").fetchone()[0],
                "name",
            )
            == "Ben's firm"
        )
        # both copies end with the same rows
        ben_link.pull()
        ana_link.pull()
        query = "SELECT fid, name FROM stakeholders ORDER BY fid"
        assert ana.connection.execute(query).fetchall() == ben.connection.execute(query).fetchall()
        # and Ana's next row takes a fid of her new block
        ana.stack.push(AddStakeholders([{"name": "After the import"}]))
        newest = ana.connection.execute("SELECT max(fid) FROM stakeholders").fetchone()[0]
        assert server_value(address, "stakeholders", newest, "name") == "After the import"


def test_a_viewer_follows_the_project_live_and_cannot_send(postgres_database, tmp_path):
    from clusterdesk.io.server.address import ServerAddress
    from clusterdesk.io.server.errors import ServerError

    with published_sample(postgres_database) as address:
        viewer = ServerAddress(
            f"{address.conninfo} options='-c role={address.project}_viewer'", address.project
        )
        with (
            linked_copy(viewer, tmp_path / "viewer.gpkg") as (watcher, watcher_link),
            linked_copy(address, tmp_path / "ana.gpkg") as (ana, _ana_link),
        ):
            ana.stack.push(UpdateStakeholder(FID, {"name": "Seen by the viewer"}))
            assert watcher_link.pull().tables == {"stakeholders"}
            assert local_value(watcher, "stakeholders", FID, "name") == "Seen by the viewer"
            watcher.stack.changed.disconnect(watcher_link.after_command)
            watcher.stack.push(UpdateStakeholder(FID, {"name": "Viewer's edit"}))
            with pytest.raises(ServerError, match="refused"):
                watcher_link.push()
            assert server_value(address, "stakeholders", FID, "name") == "Seen by the viewer"


def test_a_pull_refreshes_what_the_project_shows(postgres_database, tmp_path):
    from clusterdesk.core.edits import move_stakeholder

    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, _ben_link),
    ):
        from clusterdesk.core.model import Stakeholder

        heard = []
        ana.stack.changed.connect(heard.append)
        stakeholder = ana.session.get(Stakeholder, FID)  # kept by the ORM session
        points = ana.stakeholder_points()  # cached until the next change
        before = points.lon[list(points.fid).index(FID)]
        ben.stack.push(move_stakeholder(FID, -78.5, -1.2, "moved"))
        ben.stack.push(UpdateStakeholder(FID, {"name": "Renamed by Ben"}))
        assert ana_link.pull().tables == {"stakeholders", "relations"}
        assert heard and heard[-1] == {"stakeholders", "relations"}
        points = ana.stakeholder_points()
        assert points.lon[list(points.fid).index(FID)] == -78.5 != before
        assert stakeholder.name == "Renamed by Ben"
        assert ana_link.push().pushed == 0  # announcing the pulled tables sent nothing back
