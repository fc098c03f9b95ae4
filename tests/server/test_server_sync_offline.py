"""A project checked out, edited offline through the usual commands and saved, while others change the
server; `clusterdesk server sync` then merges both ways, lists the conflicting row with both values and
settles it either way. The file stays a valid GeoPackage throughout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clusterdesk.cli.main import main
from clusterdesk.cli.server_sync_commands import EXIT_CONFLICTS
from clusterdesk.core.edits import AddStakeholders, DeleteStakeholders, UpdateStakeholder
from clusterdesk.core.project import Project
from clusterdesk.io.server.change_log import follow_commands
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.local_tables import CHANGES_TABLE
from conftest import assert_valid_project

sys.path.insert(0, str(Path(__file__).parent))
from server_sync_helpers import published_sample, server_execute, server_value  # noqa: E402

BOTH, MINE_ONLY, THEIRS_ONLY, DELETED_HERE = 3, 5, 7, 9


def _file_value(path: Path, table: str, fid: int, column: str):
    with Project.open(path) as project:
        row = project.connection.execute(f'SELECT "{column}" FROM "{table}" WHERE fid = ?', (fid,)).fetchone()
    return None if row is None else row[0]


def _edit_offline(path: Path) -> int:
    """Four commands, each its own unit of sending, as the window makes them (it follows the commands of
    a checked-out file)."""
    with Project.open(path) as project:
        follow_commands(project)
        project.stack.push(UpdateStakeholder(BOTH, {"name": "Name from the field"}))
        project.stack.push(UpdateStakeholder(MINE_ONLY, {"employees": 77}))
        added = AddStakeholders([{"name": "Curtiembre Nueva", "lon": -78.62, "lat": -1.25}])
        project.stack.push(added)
        project.stack.push(DeleteStakeholders([DELETED_HERE]))
        project.save()
    return added.added_fids[0]


@pytest.mark.parametrize("keep", ["mine", "theirs"])
def test_offline_edits_merge_both_ways_and_the_conflict_is_settled(keep, postgres_database, tmp_path, capsys):
    with published_sample(postgres_database) as address:
        field = tmp_path / "field.gpkg"
        checkout(address, field)
        new_fid = _edit_offline(field)
        # meanwhile, in the office
        server_execute(
            address, "UPDATE {s}.stakeholders SET name = 'Name from the office' WHERE fid = %s", (BOTH,)
        )
        server_execute(
            address, "UPDATE {s}.stakeholders SET name = 'Office rename' WHERE fid = %s", (THEIRS_ONLY,)
        )

        assert main(["server", "sync", str(field)]) == EXIT_CONFLICTS
        output = capsys.readouterr().out
        assert f"Stakeholders {BOTH} (Name from the field): changed here and on the server" in output
        assert "Name: Name from the field  |  Name from the office" in output
        assert output.count("Stakeholders ") == 1  # one conflict, nothing else listed
        assert_valid_project(field)
        # merged both ways; the conflicting row untouched on both sides
        assert server_value(address, "stakeholders", MINE_ONLY, "employees") == 77
        assert server_value(address, "stakeholders", new_fid, "name") == "Curtiembre Nueva"
        assert server_value(address, "stakeholders", DELETED_HERE, "name") is None
        assert _file_value(field, "stakeholders", THEIRS_ONLY, "name") == "Office rename"
        assert server_value(address, "stakeholders", BOTH, "name") == "Name from the office"
        assert _file_value(field, "stakeholders", BOTH, "name") == "Name from the field"

        assert main(["server", "sync", str(field), "--keep", keep]) == 0
        assert "Conflicts settled by" in capsys.readouterr().out
        expected = "Name from the field" if keep == "mine" else "Name from the office"
        assert server_value(address, "stakeholders", BOTH, "name") == expected
        assert _file_value(field, "stakeholders", BOTH, "name") == expected
        with Project.open(field) as project:
            assert project.connection.execute(f'SELECT count(*) FROM "{CHANGES_TABLE}"').fetchone()[0] == 0
        assert_valid_project(field)
        # a further synchronisation has nothing to do
        assert main(["server", "sync", str(field)]) == 0
        assert "changes sent to" in (output := capsys.readouterr().out)
        assert output.endswith(": 0; changes received: 0.\n")


def test_a_file_that_was_never_checked_out_is_refused(tmp_path, capsys):
    from conftest import SAMPLES

    assert main(["server", "sync", str(SAMPLES / "ambato_footwear.gpkg")]) == 1
    assert "was not checked out of a server" in capsys.readouterr().err


def test_an_unreachable_server_leaves_the_file_and_its_changes_as_they_were(
    postgres_database, tmp_path, capsys
):
    from clusterdesk.io.server.local_tables import write_state

    with published_sample(postgres_database) as address:
        field = tmp_path / "field.gpkg"
        checkout(address, field)
        _edit_offline(field)
        with Project.open(field) as project:
            write_state(project.connection, {"server": "postgresql://localhost:1/nowhere"})
            project.connection.commit()
            project.save()
            pending = project.connection.execute(f'SELECT count(*) FROM "{CHANGES_TABLE}"').fetchone()[0]
        before = field.read_bytes()
        assert main(["server", "sync", str(field)]) == 1
        assert "Cannot connect to postgresql://localhost:1/nowhere" in capsys.readouterr().err
        assert field.read_bytes() == before
        assert pending > 0
