"""A command is sent whole or not at all, on the real server: deleting three stakeholders (with their
relations and contact persons) while another client changed the second one sends nothing of the command
and gives one conflict listing it; keeping mine deletes all three, taking theirs brings all three back
into the copy with the server's values. The same in live mode and in `clusterdesk server sync`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clusterdesk.cli.main import main
from clusterdesk.cli.server_sync_commands import EXIT_CONFLICTS
from clusterdesk.core.edits import DeleteStakeholders, UpdateStakeholder
from clusterdesk.core.project import Project
from clusterdesk.io.server import sync
from clusterdesk.io.server.change_log import follow_commands
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.local_tables import CHANGES_TABLE
from conftest import assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
from server_sync_helpers import (  # noqa: E402
    linked_copy,
    local_value,
    published_sample,
    server_execute,
    server_value,
)

FIRST, SECOND, THIRD = 1, 2, 3  # stakeholders of the sample with relations
OTHER = 9  # a stakeholder no command of the tests deletes


def _server_count(address, sql: str) -> int:
    import psycopg

    with psycopg.connect(address.conninfo) as connection:
        return connection.execute(sql.replace("{s}", f'"{address.project}"')).fetchone()[0]


def _relations_on_server(address) -> int:
    return _server_count(
        address,
        "SELECT count(*) FROM {s}.relations WHERE source_id IN (1, 2, 3) OR target_id IN (1, 2, 3)",
    )


def _local_count(connection, sql: str) -> int:
    return connection.execute(sql).fetchone()[0]


def _relations_here(connection) -> int:
    return _local_count(
        connection, "SELECT count(*) FROM relations WHERE source_id IN (1, 2, 3) OR target_id IN (1, 2, 3)"
    )


def _pending(connection) -> int:
    return _local_count(connection, f'SELECT count(*) FROM "{CHANGES_TABLE}"')


def _assert_one_whole_conflict(conflicts: list[sync.Conflict], relations: int) -> sync.Conflict:
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert [(row.table, row.fid, row.kind) for row in conflict.rows] == [
        ("stakeholders", SECOND, sync.DELETED_HERE_CHANGED_THERE)
    ]
    assert conflict.theirs["name"] == "Renamed meanwhile"
    deleted = {(table, fid) for table, fid, op in conflict.command_rows if op == "D"}
    assert {("stakeholders", FIRST), ("stakeholders", SECOND), ("stakeholders", THIRD)} <= deleted
    assert sum(1 for table, _fid in deleted if table == "relations") == relations
    assert len(conflict.held_rows()) == len(conflict.command_rows) - 1
    return conflict


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_live_a_command_with_one_conflicting_row_is_sent_whole_or_not_at_all(
    keep, postgres_database, tmp_path
):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, _ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        relations = _relations_on_server(address)
        stakeholders = _server_count(address, "SELECT count(*) FROM {s}.stakeholders")
        assert relations > 3
        ana.stack.push(UpdateStakeholder(SECOND, {"name": "Renamed meanwhile"}))
        ben.stack.push(DeleteStakeholders([FIRST, SECOND, THIRD]))

        conflict = _assert_one_whole_conflict(ben_link.conflicts, relations)
        # nothing of the command reached the server; all of it waits in Ben's copy
        assert _server_count(address, "SELECT count(*) FROM {s}.stakeholders") == stakeholders
        assert _relations_on_server(address) == relations
        assert server_value(address, "stakeholders", FIRST, "name") is not None
        assert _pending(ben.connection) == len(conflict.command_rows)
        # a later command of other rows is not held back with it
        ben.stack.push(UpdateStakeholder(OTHER, {"employees": 321}))
        assert server_value(address, "stakeholders", OTHER, "employees") == 321
        assert len(ben_link.conflicts) == 1

        assert ben_link.resolve(conflict, keep) is None
        assert _pending(ben.connection) == 0
        if keep == "mine":
            for fid in (FIRST, SECOND, THIRD):
                assert server_value(address, "stakeholders", fid, "name") is None
            assert _relations_on_server(address) == 0
            ana_link_pull = _ana_link.pull()
            assert ana_link_pull.conflicts == []
            assert local_value(ana, "stakeholders", SECOND, "name") is None
            assert _relations_here(ana.connection) == 0
        else:
            assert _server_count(address, "SELECT count(*) FROM {s}.stakeholders") == stakeholders
            assert _relations_on_server(address) == relations
            assert local_value(ben, "stakeholders", SECOND, "name") == "Renamed meanwhile"
            assert local_value(ben, "stakeholders", FIRST, "name") is not None
            assert local_value(ben, "stakeholders", THIRD, "name") is not None
            assert _relations_here(ben.connection) == relations
            assert ben_link.synchronise().conflicts == []
        assert ben_link.push().pushed == 0


def test_live_a_command_changing_a_row_of_a_held_command_joins_it(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, _ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ana.stack.push(UpdateStakeholder(SECOND, {"name": "Renamed meanwhile"}))
        ben.stack.push(UpdateStakeholder(SECOND, {"name": "Ben's name"}))
        ben.stack.push(UpdateStakeholder(FIRST, {"employees": 500}))  # independent: sent
        assert server_value(address, "stakeholders", FIRST, "employees") == 500
        # the same row again with another: its value holds both commands, so they go together
        ben.stack.push(UpdateStakeholder(SECOND, {"employees": 1200}))
        ben.stack.push(UpdateStakeholder(THIRD, {"employees": 800}))
        assert server_value(address, "stakeholders", THIRD, "employees") == 800
        assert len(ben_link.conflicts) == 1
        steps = ben.connection.execute(f'SELECT DISTINCT step FROM "{CHANGES_TABLE}"').fetchall()
        assert len(steps) == 1
        conflict = ben_link.conflicts[0]
        assert ben_link.resolve(conflict, "mine") is None
        assert server_value(address, "stakeholders", SECOND, "name") == "Ben's name"
        assert server_value(address, "stakeholders", SECOND, "employees") == 1200


def _delete_offline(path: Path) -> None:
    with Project.open(path) as project:
        follow_commands(project)  # as the window does for a checked-out file
        project.stack.push(DeleteStakeholders([FIRST, SECOND, THIRD]))
        project.stack.push(UpdateStakeholder(OTHER, {"employees": 321}))
        project.save()


def _file_count(path: Path, sql: str) -> int:
    with Project.open(path) as project:
        return _local_count(project.connection, sql)


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_offline_a_command_with_one_conflicting_row_is_sent_whole_or_not_at_all(
    keep, postgres_database, tmp_path, capsys
):
    with published_sample(postgres_database) as address:
        field = tmp_path / "field.gpkg"
        checkout(address, field)
        relations = _relations_on_server(address)
        stakeholders = _server_count(address, "SELECT count(*) FROM {s}.stakeholders")
        _delete_offline(field)
        server_execute(
            address, "UPDATE {s}.stakeholders SET name = 'Renamed meanwhile' WHERE fid = %s", (SECOND,)
        )

        assert main(["server", "sync", str(field)]) == EXIT_CONFLICTS
        output = capsys.readouterr().out
        assert "One edit of " in output and "rows, none of them sent:" in output
        assert output.count(": deleted here, changed on the server") == 1
        assert f"Stakeholders {SECOND} (Renamed meanwhile)" in output
        assert f"Also in this edit: Stakeholders {FIRST} (deleted), Stakeholders {THIRD} (deleted)" in output
        assert server_value(address, "stakeholders", OTHER, "employees") == 321  # the other command
        assert _server_count(address, "SELECT count(*) FROM {s}.stakeholders") == stakeholders
        assert _relations_on_server(address) == relations
        assert_valid_project(field)

        assert main(["server", "sync", str(field), "--keep", keep]) == 0
        assert "Conflicts settled by" in capsys.readouterr().out
        assert _file_count(field, f'SELECT count(*) FROM "{CHANGES_TABLE}"') == 0
        with Project.open(field) as project:
            names = dict(
                project.connection.execute("SELECT fid, name FROM stakeholders WHERE fid IN (1, 2, 3)")
            )
            here = _relations_here(project.connection)
        if keep == "mine":
            assert names == {}
            assert here == 0 and _relations_on_server(address) == 0
            assert _server_count(address, "SELECT count(*) FROM {s}.stakeholders") == stakeholders - 3
        else:
            assert set(names) == {FIRST, SECOND, THIRD}
            assert names[SECOND] == "Renamed meanwhile"
            assert here == relations and _relations_on_server(address) == relations
            assert _server_count(address, "SELECT count(*) FROM {s}.stakeholders") == stakeholders
        assert_valid_project(field)
        assert main(["server", "sync", str(field)]) == 0
        assert capsys.readouterr().out.endswith(": 0; changes received: 0.\n")


def test_a_row_added_on_the_server_meanwhile_with_the_same_fid_holds_back_the_whole_command(
    postgres_database, tmp_path
):
    """The rare race the row locks cannot prevent: another client adds a row with the fid of a row
    added here between our read and our insert. The transaction is rolled back and sent again without
    that command, so none of its rows is on the server, and the other commands are."""
    import threading
    import time

    import psycopg

    from clusterdesk.core.commands import CommandGroup
    from clusterdesk.core.edits import AddStakeholders

    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ben.stack.changed.disconnect(ben_link.after_command)
        follow_commands(ben)
        added = AddStakeholders([{"name": "Curtiembre Nueva", "lon": -78.62, "lat": -1.25}])
        ben.stack.push(CommandGroup([added, UpdateStakeholder(OTHER, {"employees": 654})], "Add and count"))
        ben.stack.push(UpdateStakeholder(FIRST, {"employees": 432}))
        new_fid = added.added_fids[0]
        with psycopg.connect(address.conninfo) as other:
            columns = [
                row[0]
                for row in other.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = %s"
                    " AND table_name = 'stakeholders' ORDER BY ordinal_position",
                    (address.project,),
                )
            ]
            chosen = {"fid": "%s", "uuid": "gen_random_uuid()::text", "name": "'Added by another client'"}
            values = ", ".join(chosen.get(column, f'"{column}"') for column in columns)
            names = ", ".join(f'"{column}"' for column in columns)
            other.execute(
                f'INSERT INTO "{address.project}".stakeholders ({names})'
                f' SELECT {values} FROM "{address.project}".stakeholders WHERE fid = %s',
                (new_fid, SECOND),
            )  # not committed yet: our insert of the same fid waits for it
            results = []
            pushing = threading.Thread(target=lambda: results.append(ben_link.push()))
            pushing.start()
            time.sleep(1.0)
            assert pushing.is_alive()  # waiting on the other client's row
            other.commit()
            pushing.join(timeout=30)
        result = results[0]
        assert [(c.table, c.fid) for c in result.conflicts] == [("stakeholders", new_fid)]
        assert ("stakeholders", OTHER, "U") in result.conflicts[0].command_rows
        assert server_value(address, "stakeholders", new_fid, "name") == "Added by another client"
        assert server_value(address, "stakeholders", OTHER, "employees") != 654  # held back with it
        assert server_value(address, "stakeholders", FIRST, "employees") == 432  # the other command
        assert _pending(ben.connection) == 2
