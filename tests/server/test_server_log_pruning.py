"""Pruning the server's change log: only a coordinator may; a copy that last synchronised before the
removed changes sends what it can and is told to check the project out again; a fresh checkout after a
pruning synchronises as usual."""

# ruff: noqa: F811 - postgres_database, the fixture, is every test's argument
from __future__ import annotations

import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from clusterdesk.cli.main import main
from clusterdesk.core.edits import UpdateStakeholder
from clusterdesk.core.project import Project
from clusterdesk.io.server import sync
from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.change_log import follow_commands
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.errors import ServerError
from clusterdesk.io.server.local_tables import CHANGES_TABLE, read_state
from clusterdesk.io.server.log_pruning import CheckoutRequired, prune
from clusterdesk.io.server.roles import grant

sys.path.insert(0, str(Path(__file__).parent))
from server_sync_helpers import linked_copy, published_sample, server_value  # noqa: E402

PASSWORD = "cluster-prune-password"


def _log_ids(address: ServerAddress) -> list[int]:
    with psycopg.connect(address.conninfo) as connection:
        rows = connection.execute(f"SELECT change_id FROM {address.project}.clusterdesk_changes ORDER BY 1")
        return [row[0] for row in rows]


def _editor_address(database_url: str, project: str) -> tuple[str, ServerAddress]:
    login = f"prune_editor_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(database_url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
    grant(ServerAddress(database_url, project), login, "editor")
    params = conninfo_to_dict(database_url)
    params.update(host="localhost", user=login, password=PASSWORD)
    return login, ServerAddress(make_conninfo(**params), project)


def test_only_a_coordinator_prunes_and_the_newest_change_is_kept(postgres_database, tmp_path, capsys):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "office.gpkg") as (project, _link),
    ):
        for name in ("One", "Two", "Three"):
            project.stack.push(UpdateStakeholder(3, {"name": name}))
        before = _log_ids(address)
        assert len(before) == 3
        login, editor = _editor_address(postgres_database, address.project)
        try:
            with pytest.raises(ServerError, match="Only a coordinator"):
                prune(editor, 0)
            with (
                psycopg.connect(editor.conninfo, autocommit=True) as raw,
                pytest.raises(psycopg.errors.InsufficientPrivilege),
            ):  # the server itself refuses an editor, whatever the client checks
                raw.execute(f"SELECT {address.project}.clusterdesk_prune_changes(0)")
            assert _log_ids(address) == before
        finally:
            with psycopg.connect(postgres_database, autocommit=True) as admin:
                admin.execute(f"DROP OWNED BY {login}")
                admin.execute(f"DROP ROLE {login}")
        assert main(["server", "prune", address.display(), "--older-than", "30"]) == 0
        assert "changes removed from the change log: 0; changes kept: 3." in capsys.readouterr().out
        assert main(["server", "prune", address.display(), "--older-than", "0"]) == 0
        output = capsys.readouterr().out
        assert "changes removed from the change log: 2; changes kept: 1." in output
        assert f"before change {before[1]} must be checked out again" in output
        assert _log_ids(address) == before[-1:]
        with pytest.raises(SystemExit):
            main(["server", "prune", address.display(), "--older-than", "-2"])
        assert "not a number of days" in capsys.readouterr().err


def test_a_copy_behind_the_pruned_log_sends_its_edits_and_must_check_out_again(
    postgres_database, tmp_path, capsys
):
    with published_sample(postgres_database) as address:
        field = tmp_path / "field.gpkg"
        checkout(address, field)
        with linked_copy(address, tmp_path / "office.gpkg") as (office, _link):
            office.stack.push(UpdateStakeholder(3, {"name": "Office rename"}))
            office.stack.push(UpdateStakeholder(4, {"name": "Office again"}))
        with Project.open(field) as project:
            follow_commands(project)  # each command its own edit, as in the window
            project.stack.push(UpdateStakeholder(5, {"employees": 321}))  # a row nobody else changed
            project.stack.push(UpdateStakeholder(3, {"name": "Field rename"}))  # a conflict
            project.save()
        prune(address, 0)
        with psycopg.connect(address.conninfo, autocommit=True) as server, Project.open(field) as project:
            with pytest.raises(CheckoutRequired, match="Check the project out"):
                sync.pull(project.connection, server)
        assert main(["server", "sync", str(field)]) == 1
        captured = capsys.readouterr()
        assert "changes sent to" in captured.out and ": 1; changes left in this file: 1." in captured.out
        assert "Check the project out again" in captured.err
        assert f'clusterdesk server checkout "{address.display()}" NEW.gpkg' in captured.err
        assert server_value(address, "stakeholders", 5, "employees") == 321  # sent, and kept in the file
        assert server_value(address, "stakeholders", 3, "name") == "Office rename"  # not overwritten
        with Project.open(field) as project:
            pending = project.connection.execute(f'SELECT table_name, fid FROM "{CHANGES_TABLE}"').fetchall()
            assert pending == [("stakeholders", 3)]  # the conflict waits in the file
        # --keep settles the conflict on the server even though the copy can no longer pull
        assert main(["server", "sync", str(field), "--keep", "mine"]) == 1
        assert server_value(address, "stakeholders", 3, "name") == "Field rename"
        # a new checkout starts after the pruned changes and synchronises as usual
        fresh = tmp_path / "fresh.gpkg"
        checkout(address, fresh)
        with Project.open(fresh) as project:
            assert int(read_state(project.connection)["last_change_id"]) >= max(_log_ids(address))
        assert main(["server", "sync", str(fresh)]) == 0
