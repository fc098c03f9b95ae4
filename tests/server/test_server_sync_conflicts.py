"""Two working copies of one project on the real server: edits go through, an edit of a row someone
else saved meanwhile is a conflict with both values (never a lost update), and each way of resolving it
leaves the server and both copies agreeing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clusterdesk.core.edits import DeleteStakeholders, UpdateStakeholder
from clusterdesk.io.server.sync import BOTH_CHANGED, DELETED_HERE_CHANGED_THERE, pending_conflicts

sys.path.insert(0, str(Path(__file__).parent))
from server_sync_helpers import linked_copy, local_value, published_sample, server_value  # noqa: E402

FID = 3


def test_an_edit_reaches_the_server_and_the_other_copy(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ana.stack.push(UpdateStakeholder(FID, {"name": "Calzado Ana"}))
        assert server_value(address, "stakeholders", FID, "name") == "Calzado Ana"
        assert server_value(address, "stakeholders", FID, "row_version") == 2
        assert ana_link.conflicts == []
        pulled = ben_link.pull()
        assert pulled.tables == {"stakeholders"} and pulled.pulled == 1
        assert local_value(ben, "stakeholders", FID, "name") == "Calzado Ana"
        # the pulled row is not a change of ben's to send back
        assert ben_link.push().pushed == 0
        assert ana_link.pull().pulled == 0  # ana's own change, already there


def test_two_copies_editing_one_stakeholder_give_one_conflict_and_no_lost_update(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ana.stack.push(UpdateStakeholder(FID, {"name": "Name by Ana", "employees": 41}))
        ben.stack.push(UpdateStakeholder(FID, {"name": "Name by Ben"}))
        assert ana_link.conflicts == []
        assert len(ben_link.conflicts) == 1
        conflict = ben_link.conflicts[0]
        assert (conflict.table, conflict.fid, conflict.kind) == ("stakeholders", FID, BOTH_CHANGED)
        differences = {column: (mine, theirs) for column, mine, theirs in conflict.differences()}
        assert differences["name"] == ("Name by Ben", "Name by Ana")
        assert differences["employees"][1] == 41
        # Ana's save is intact, Ben's change still waits in his copy
        assert server_value(address, "stakeholders", FID, "name") == "Name by Ana"
        assert local_value(ben, "stakeholders", FID, "name") == "Name by Ben"
        # pulling does not overwrite Ben's change either: the same single conflict
        pulled = ben_link.pull()
        assert [(c.table, c.fid) for c in pulled.conflicts] == [("stakeholders", FID)]
        assert local_value(ben, "stakeholders", FID, "name") == "Name by Ben"
        assert len(pending_conflicts(ben.connection, ben_link.server)) == 1


def test_keeping_mine_writes_over_the_server_and_reaches_the_other_copy(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ana.stack.push(UpdateStakeholder(FID, {"name": "Name by Ana"}))
        ben.stack.push(UpdateStakeholder(FID, {"name": "Name by Ben"}))
        assert ben_link.resolve(ben_link.conflicts[0], "mine") is None
        assert server_value(address, "stakeholders", FID, "name") == "Name by Ben"
        assert server_value(address, "stakeholders", FID, "row_version") == 3
        assert ben_link.push().pushed == 0 and ben_link.conflicts == []
        ana_link.pull()
        assert local_value(ana, "stakeholders", FID, "name") == "Name by Ben"
        assert ana_link.conflicts == []


def test_keeping_theirs_takes_the_server_row_and_drops_the_local_change(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ana.stack.push(UpdateStakeholder(FID, {"name": "Name by Ana"}))
        ben.stack.push(UpdateStakeholder(FID, {"name": "Name by Ben"}))
        assert ben_link.resolve(ben_link.conflicts[0], "theirs") is None
        assert local_value(ben, "stakeholders", FID, "name") == "Name by Ana"
        assert server_value(address, "stakeholders", FID, "name") == "Name by Ana"
        assert ben_link.push().pushed == 0
        assert ben_link.synchronise().conflicts == []
        # Ben's next edit of the row is based on the version he took
        ben.stack.push(UpdateStakeholder(FID, {"name": "Agreed name"}))
        assert ben_link.conflicts == []
        assert server_value(address, "stakeholders", FID, "name") == "Agreed name"


def test_a_delete_against_an_edit_is_a_conflict_both_ways(postgres_database, tmp_path):
    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
        linked_copy(address, tmp_path / "ben.gpkg") as (ben, ben_link),
    ):
        ana.stack.push(UpdateStakeholder(FID, {"name": "Still here"}))
        ben.stack.push(DeleteStakeholders([FID]))
        kinds = {(c.table, c.fid): c.kind for c in ben_link.conflicts}
        assert kinds[("stakeholders", FID)] == DELETED_HERE_CHANGED_THERE
        conflict = next(c for c in ben_link.conflicts if c.table == "stakeholders")
        assert conflict.mine is None and conflict.theirs["name"] == "Still here"
        assert server_value(address, "stakeholders", FID, "name") == "Still here"
        # theirs: the stakeholder comes back into Ben's copy
        assert ben_link.resolve(conflict, "theirs") is None
        assert local_value(ben, "stakeholders", FID, "name") == "Still here"
        # Ben's other deletions (the stakeholder's relations and contacts) went through
        assert ben_link.synchronise().conflicts == []
        # now Ana edits again before Ben deletes again, and Ben keeps his deletion
        ana.stack.push(UpdateStakeholder(FID, {"name": "Edited again"}))
        ben.stack.push(DeleteStakeholders([FID]))
        conflict = next(c for c in ben_link.conflicts if c.table == "stakeholders")
        assert conflict.theirs["name"] == "Edited again"
        assert ben_link.resolve(conflict, "mine") is None
        assert server_value(address, "stakeholders", FID, "name") is None
        ana_link.pull()
        assert local_value(ana, "stakeholders", FID, "name") is None


def test_an_edit_the_role_may_not_make_is_refused_and_stays_pending(postgres_database, tmp_path):
    from clusterdesk.core.governance_edits import update_body
    from clusterdesk.io.server.errors import ServerError
    from clusterdesk.io.server.local_tables import CHANGES_TABLE

    with (
        published_sample(postgres_database) as address,
        linked_copy(address, tmp_path / "ana.gpkg") as (ana, ana_link),
    ):
        ana_link.server.execute(f'SET ROLE "{address.project}_editor"')
        body = ana.connection.execute("SELECT fid, name FROM governance_bodies LIMIT 1").fetchone()
        ana.stack.changed.disconnect(ana_link.after_command)
        ana.stack.push(update_body(ana, body[0], {"name": "Renamed by an editor"}))
        with pytest.raises(ServerError, match="refused the changes.*stay in this copy"):
            ana_link.push()
        assert server_value(address, "governance_bodies", body[0], "name") == body[1]
        pending = ana.connection.execute(f'SELECT table_name, fid FROM "{CHANGES_TABLE}"').fetchall()
        assert pending == [("governance_bodies", body[0])]
        # the coordinator's connection sends it
        ana_link.server.execute("RESET ROLE")
        assert ana_link.push().pushed == 1
        assert server_value(address, "governance_bodies", body[0], "name") == "Renamed by an editor"
