"""Many working copies editing one project on the real server at the same time: twenty clients, each
with its own working copy and connection, add 200 stakeholders each and edit them while the others do
the same; every edit arrives, the counts are exact, no fid is handed out twice, and the one row they all
edit gives one saved edit and a conflict for each of the others (no lost update)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import psycopg

from clusterdesk.core.commands import CommandGroup
from clusterdesk.core.edits import AddStakeholders, UpdateStakeholder
from clusterdesk.core.project import Project
from clusterdesk.io.server import ddl
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.server_link import ServerLink

sys.path.insert(0, str(Path(__file__).parent))
from server_sync_helpers import published_sample  # noqa: E402

CLIENTS = 20
ROWS = 200
BATCH = 20
SHARED = 3


def _client(number: int, address, folder: Path, start: threading.Barrier, outcome: dict) -> None:
    path = folder / f"client{number:02}.gpkg"
    checkout(address, path)
    with Project.open(path) as project:
        link = ServerLink.attach(project, address)
        try:
            start.wait()
            fids = []
            for batch in range(ROWS // BATCH):
                rows = [
                    {"name": f"c{number:02} firm {batch * BATCH + i:03}", "employees": 5}
                    for i in range(BATCH)
                ]
                command = AddStakeholders(rows)
                project.stack.push(command)
                fids += command.added_fids
                assert link.conflicts == []
            for batch in range(0, ROWS, BATCH):
                edits = [
                    UpdateStakeholder(fid, {"name": f"c{number:02} edited {fid}", "employees": 6 + number})
                    for fid in fids[batch : batch + BATCH]
                ]
                project.stack.push(CommandGroup(edits, "edit"))
                assert link.conflicts == []
            project.stack.push(UpdateStakeholder(SHARED, {"name": f"shared row by client {number:02}"}))
            outcome[number] = {
                "fids": fids,
                "conflicts": [
                    (c.table, c.fid, c.theirs["name"] if c.theirs else None) for c in link.conflicts
                ],
            }
            start.wait()  # every client has pushed: now each pulls the others' rows
            pulled = link.pull()
            outcome[number]["count"] = project.connection.execute(
                "SELECT count(*) FROM stakeholders"
            ).fetchone()[0]
            outcome[number]["pull_conflicts"] = [(c.table, c.fid) for c in pulled.conflicts]
        except BaseException as error:
            outcome[number] = {"error": repr(error)}
            start.abort()
            raise
        finally:
            link.close()


def test_twenty_clients_adding_and_editing_at_once_lose_nothing(postgres_database, tmp_path):
    with published_sample(postgres_database) as address:
        table = ddl.qualified(address.project, "stakeholders")
        with psycopg.connect(address.conninfo) as connection:
            before = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        start = threading.Barrier(CLIENTS, timeout=300)
        outcome: dict[int, dict] = {}
        threads = [
            threading.Thread(target=_client, args=(n, address, tmp_path, start, outcome))
            for n in range(CLIENTS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=600)
        errors = {n: o["error"] for n, o in outcome.items() if "error" in o}
        assert errors == {}
        assert len(outcome) == CLIENTS

        with psycopg.connect(address.conninfo) as connection:
            rows = dict(connection.execute(f"SELECT fid, name FROM {table}").fetchall())
            employees = dict(connection.execute(f"SELECT fid, employees FROM {table}").fetchall())
            shared_version = connection.execute(
                f"SELECT row_version FROM {table} WHERE fid = %s", (SHARED,)
            ).fetchone()[0]
        assert len(rows) == before + CLIENTS * ROWS
        all_fids = [fid for o in outcome.values() for fid in o["fids"]]
        assert len(set(all_fids)) == CLIENTS * ROWS  # no fid handed to two clients
        for number, result in outcome.items():
            assert len(result["fids"]) == ROWS
            for fid in result["fids"]:
                assert rows[fid] == f"c{number:02} edited {fid}"
                assert employees[fid] == 6 + number

        # the shared row: one client's edit saved, every other client told, nobody overwritten
        winners = [n for n, o in outcome.items() if not o["conflicts"]]
        assert len(winners) == 1
        assert rows[SHARED] == f"shared row by client {winners[0]:02}"
        assert shared_version == 2
        for number, result in outcome.items():
            if number != winners[0]:
                assert result["conflicts"] == [("stakeholders", SHARED, rows[SHARED])]
                assert result["pull_conflicts"] == [("stakeholders", SHARED)]
            # after the pull every copy holds every client's rows
            assert result["count"] == before + CLIENTS * ROWS
