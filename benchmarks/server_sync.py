"""Time team mode's synchronisation against a PostgreSQL/PostGIS server over a local connection.

- a single edit round trip in live mode: one command (rename a stakeholder) done in the working copy and
  pushed to the server (its change log, trigger and commit included), median of 100;
- synchronising 1,000 offline edits: a checked-out file in which 1,000 stakeholders were edited while
  offline, synchronised in process (open, push, pull, save) and as a whole process
  (`clusterdesk server sync FILE`), median of 3 each (each run edits a fresh checkout); and the same
  1,000 edits made as 1,000 separate commands, each sent whole or held back (in process).

Targets: round trip ≤ 50 ms; 1,000 offline edits ≤ 3 s.

    CLUSTERDESK_TEST_POSTGRES=postgresql:///postgres .venv/bin/python benchmarks/server_sync.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from clusterdesk.core.commands import CommandGroup
from clusterdesk.core.edits import AddStakeholders, UpdateStakeholder
from clusterdesk.core.project import Project
from clusterdesk.io.server import ddl
from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.change_log import follow_commands
from clusterdesk.io.server.checkout import checkout
from clusterdesk.io.server.publish import publish
from clusterdesk.io.server.server_link import ServerLink, address_of
from clusterdesk.io.server.sync import synchronise

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_projects" / "ambato_footwear.gpkg"
SERVER = os.environ.get("CLUSTERDESK_TEST_POSTGRES", "postgresql:///postgres")
EDITS = 1000
ROUND_TRIPS = 100
RUNS = 3


def _drop(address: ServerAddress) -> None:
    roles = [f"{address.project}_{role}" for role in ("viewer", "editor", "coordinator")]
    with psycopg.connect(address.conninfo, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {ddl.quoted(address.project)} CASCADE")
        for role in roles:
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                connection.execute(f"DROP OWNED BY {ddl.quoted(role)}")
                connection.execute(f"DROP ROLE {ddl.quoted(role)}")


def round_trips(address: ServerAddress, folder: Path) -> list[float]:
    path = folder / "live.gpkg"
    checkout(address, path)
    times = []
    with Project.open(path) as project:
        link = ServerLink.attach(project, address)
        fids = [row[0] for row in project.connection.execute("SELECT fid FROM stakeholders LIMIT 20")]
        for n in range(ROUND_TRIPS):
            command = UpdateStakeholder(fids[n % len(fids)], {"name": f"Live edit {n}"})
            start = time.perf_counter()
            project.stack.push(command)
            times.append(time.perf_counter() - start)
            assert not link.conflicts
        link.close()
    return times


def add_rows(address: ServerAddress, folder: Path) -> None:
    """Stakeholders enough for 1,000 edits of distinct rows."""
    path = folder / "loader.gpkg"
    checkout(address, path)
    with Project.open(path) as project:
        link = ServerLink.attach(project, address)
        project.stack.push(AddStakeholders([{"name": f"Firm {n}", "employees": 4} for n in range(EDITS)]))
        link.close()


def offline_copy(address: ServerAddress, path: Path, run: int, separate: bool = False) -> None:
    """1,000 stakeholders edited offline: in one command, or (`separate`) in 1,000 commands, each its own
    edit to send as the window seals them."""
    checkout(address, path)
    with Project.open(path) as project:
        if separate:
            follow_commands(project)
        fids = [row[0] for row in project.connection.execute(f"SELECT fid FROM stakeholders LIMIT {EDITS}")]
        edits = [
            UpdateStakeholder(fid, {"name": f"Offline edit {run} of {fid}", "phone": f"+593 3 {run} {fid}"})
            for fid in fids
        ]
        if separate:
            for edit in edits:
                project.stack.push(edit)
        else:
            project.stack.push(CommandGroup(edits, "offline edits"))
        project.save()


def in_process_sync(path: Path) -> float:
    start = time.perf_counter()
    with Project.open(path) as project:
        report = synchronise(project.connection, address_of(project.connection))
        project.save()
    elapsed = time.perf_counter() - start
    assert report.pushed == EDITS and not report.conflicts, report
    return elapsed


def whole_process_sync(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "clusterdesk.cli.main", "server", "sync", str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> None:
    address = ServerAddress(SERVER, f"bench_sync_{uuid.uuid4().hex[:8]}")
    folder = Path(tempfile.mkdtemp(prefix="server-sync-bench-"))
    print(f"server {address.display()}, load average {os.getloadavg()[0]:.1f} (a shared machine)")
    publish(SAMPLE, address)
    try:
        trips = round_trips(address, folder)
        print(
            f"edit round trip (command + push)        median {statistics.median(trips) * 1000:6.1f} ms"
            f"  (min {min(trips) * 1000:.1f}, max {max(trips) * 1000:.1f})   target ≤ 50 ms"
        )
        add_rows(address, folder)
        inside, whole, steps = [], [], []
        for run in range(RUNS):
            path = folder / f"offline{run}.gpkg"
            offline_copy(address, path, run)
            inside.append(in_process_sync(path))
            path = folder / f"offline{run}c.gpkg"
            offline_copy(address, path, run + 2 * RUNS, separate=True)
            steps.append(in_process_sync(path))
            path = folder / f"offline{run}b.gpkg"
            offline_copy(address, path, run + RUNS)
            whole.append(whole_process_sync(path))
        print(
            f"sync {EDITS} offline edits, in process    median {statistics.median(inside):6.2f} s"
            f"  ({', '.join(f'{t:.2f}' for t in inside)})   target ≤ 3 s"
        )
        print(
            f"sync {EDITS} offline commands, in process median {statistics.median(steps):6.2f} s"
            f"  ({', '.join(f'{t:.2f}' for t in steps)})   target ≤ 3 s"
        )
        print(
            f"sync {EDITS} offline edits, whole process median {statistics.median(whole):6.2f} s"
            f"  ({', '.join(f'{t:.2f}' for t in whole)})   target ≤ 3 s"
        )
    finally:
        _drop(address)


if __name__ == "__main__":
    main()
