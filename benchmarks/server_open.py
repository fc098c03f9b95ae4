"""Team mode: opening a project published on PostgreSQL/PostGIS, i.e. checking it out to a GeoPackage
working copy that the map can draw.

    python benchmarks/server_open.py [--stakeholders 100000] [--runs 5] [--server postgresql:///postgres]

Publishes a synthetic project (tools/synthetic.py) once into a fresh database of the server (a libpq
address of a database where this user may create databases; CLUSTERDESK_TEST_POSTGRES by default), then
measures, `--runs` times each, in this process:

- the first opening on a machine with no local copy, as the window does it (gui/server/server_controller):
  connect and read the login's role, `checkout_cache.open_checkout` with an empty data folder (a full
  checkout, written as the working copy and as the cache), then `Project.open(check_pages_later=True)` as
  `Workspace.open` calls it and the stakeholders' points ready to draw. The first run of the process also
  makes the empty project image that every later checkout of the process copies (printed apart);
- `checkout` alone (what `clusterdesk server checkout` does in-process), in turn with the first openings;
- the opening from the cached checkout, with 20 stakeholders changed on the server before each;
- `clusterdesk server checkout` as a whole process (3 runs).

Wall and processor time (this process: the reading thread and the main one) are printed; the server's
own work runs in its processes beside them. The published stakeholders and relations are vacuumed and
analysed first, as autovacuum does soon after a publication. The database is dropped afterwards.
Target: ≤ 1.5 s at 100,000 stakeholders over a local connection, to the map, first opening included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

TARGET_SECONDS = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stakeholders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--server", default=os.environ.get("CLUSTERDESK_TEST_POSTGRES", "postgresql:///postgres")
    )
    args = parser.parse_args()

    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo
    from synthetic import make_synthetic_project

    from clusterdesk.core.project import Project  # noqa: F401 - loaded before timing, as in the window
    from clusterdesk.io.server.address import ServerAddress
    from clusterdesk.io.server.checkout import checkout
    from clusterdesk.io.server.publish import publish

    database = f"clusterdesk_bench_{uuid.uuid4().hex[:10]}"
    project = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(args.server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    params = conninfo_to_dict(args.server)
    params["dbname"] = database
    url = make_conninfo(**params)
    try:
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("CREATE EXTENSION postgis")
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "big.gpkg"
            started = time.perf_counter()
            make_synthetic_project(source, args.stakeholders)
            made = time.perf_counter() - started
            print(f"synthetic project of {args.stakeholders:,} stakeholders: {made:.1f} s")
            address = ServerAddress(url, project)
            started = time.perf_counter()
            result = publish(source, address)
            print(f"publish: {time.perf_counter() - started:.2f} s ({sum(result.rows.values()):,} rows)")
            started = time.perf_counter()
            with psycopg.connect(url, autocommit=True) as connection:
                # what autovacuum does within a minute of a publication: the first readers would
                # otherwise also set the new rows' hint bits and race autovacuum for the processors
                connection.execute(f'VACUUM (ANALYZE) "{project}".stakeholders, "{project}".relations')
            print(f"vacuum and analyze of the published tables: {time.perf_counter() - started:.2f} s")
            first = _first_opens(address, Path(folder), 1, args.stakeholders, 0)
            checkouts, processor = [], []
            for run in range(args.runs):
                target = Path(folder) / f"checkout{run}.gpkg"
                started, cpu = time.perf_counter(), time.process_time()
                checkout(address, target)
                checkouts.append(time.perf_counter() - started)
                processor.append(time.process_time() - cpu)
                if run < args.runs - 1:  # first openings and checkouts in turn: the same conditions
                    first.extend(_first_opens(address, Path(folder), 1, args.stakeholders, run + 1))
            runs = ", ".join(f"{t:.2f}" for t in checkouts)
            print(
                f"checkout alone: median {statistics.median(checkouts):.2f} s of {args.runs} (runs: {runs});"
                f" processor time median {statistics.median(processor):.2f} s"
            )
            walls, cpus, checkout_walls = zip(*first, strict=True)
            runs = ", ".join(f"{t:.2f}" for t in walls)
            print(
                f"first opening, no local copy (connect, role, full checkout written as working copy and"
                f" cache, open, points to draw): median {statistics.median(walls):.2f} s of {args.runs}"
                f" (runs: {runs}); of which the checkout: median {statistics.median(checkout_walls):.2f} s;"
                f" processor time median {statistics.median(cpus):.2f} s"
            )
            met = statistics.median(walls) <= TARGET_SECONDS
            print(f"first opening, target ≤ {TARGET_SECONDS} s: {'met' if met else 'NOT met'}")
            cached = _cached_opens(address, Path(folder), args.runs, args.stakeholders)
            walls, cpus = zip(*cached, strict=True)
            runs = ", ".join(f"{t:.2f}" for t in walls)
            print(
                f"open from the cached checkout (connect, role, pull 20 changed rows, copy, open, points to"
                f" draw): median {statistics.median(walls):.2f} s of {args.runs} (runs: {runs});"
                f" processor time median {statistics.median(cpus):.2f} s"
            )
            met = statistics.median(walls) <= TARGET_SECONDS
            print(f"cached open, target ≤ {TARGET_SECONDS} s: {'met' if met else 'NOT met'}")
            whole = []
            for run in range(3):
                target = Path(folder) / f"command{run}.gpkg"
                command = [sys.executable, "-m", "clusterdesk.cli.main", "server", "checkout"]
                started = time.perf_counter()
                subprocess.run(
                    [*command, f"{url} project={project}", str(target)], check=True, capture_output=True
                )
                whole.append(time.perf_counter() - started)
            print(f"clusterdesk server checkout, whole process: median {statistics.median(whole):.2f} s of 3")
            print(f"load average while measuring: {os.getloadavg()[0]:.1f} (a shared machine)")
    finally:
        with psycopg.connect(args.server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            for role in ("viewer", "editor", "coordinator"):  # the project's roles belong to the server
                admin.execute(f'DROP ROLE IF EXISTS "{project}_{role}"')
    return 0


def _first_opens(
    address, folder: Path, runs: int, stakeholders: int, first_run: int
) -> list[tuple[float, float, float]]:
    """Open as the window does with nothing kept locally yet (a data folder of its own per run): (wall,
    CPU, wall of the checkout part) per run."""
    from clusterdesk.core.project import Project
    from clusterdesk.gui.server.server_roles import login_role
    from clusterdesk.io.server.address import connect
    from clusterdesk.io.server.checkout_cache import cache_path, open_checkout
    from clusterdesk.io.server.checkout_lock import cache_locked

    figures = []
    for run in range(first_run, first_run + runs):
        os.environ["CLUSTERDESK_DATA_DIR"] = str(folder / f"first{run}")
        target = folder / f"first{run}.gpkg"
        started, cpu = time.perf_counter(), time.process_time()
        with connect(address, autocommit=True, connect_timeout=10) as server:
            login_role(server, address.project)
        opened = open_checkout(address, target)
        checked_out = time.perf_counter() - started
        project = Project.open(target, check_pages_later=True)
        points = project.stakeholder_points()
        figures.append((time.perf_counter() - started, time.process_time() - cpu, checked_out))
        assert not opened.from_cache and len(points) == stakeholders
        # what the opening left running (the file's page check, the cache's writer) ends before the next
        project.wait_for_page_check()
        project.close()
        with cache_locked(cache_path(address), 60):
            pass
        if run == 0:
            print(f"first opening of this process (makes the empty project image): {figures[0][0]:.2f} s")
    return figures


def _cached_opens(address, folder: Path, runs: int, stakeholders: int) -> list[tuple[float, float]]:
    """Open as the window does, from the cache kept in the user's data folder, with 20 stakeholders
    changed on the server before each opening (others' saves since the last one): (wall, CPU) per run."""
    import psycopg

    from clusterdesk.core.project import Project
    from clusterdesk.gui.server.server_roles import login_role
    from clusterdesk.io.server.address import connect
    from clusterdesk.io.server.checkout_cache import open_checkout

    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder / "data")  # a cache of its own, removed afterwards
    assert not open_checkout(address, folder / "prime.gpkg").from_cache
    figures = []
    for run in range(runs):
        with psycopg.connect(address.conninfo, autocommit=True) as other:
            other.execute(
                f"UPDATE {address.project}.stakeholders SET employees = employees + 1"
                f" WHERE fid IN (SELECT fid FROM {address.project}.stakeholders ORDER BY random() LIMIT 20)"
            )
        target = folder / f"cached{run}.gpkg"
        started, cpu = time.perf_counter(), time.process_time()
        with connect(address, autocommit=True, connect_timeout=10) as server:
            login_role(server, address.project)
        opened = open_checkout(address, target)
        project = Project.open(target, check_pages_later=True)
        points = project.stakeholder_points()
        figures.append((time.perf_counter() - started, time.process_time() - cpu))
        assert opened.from_cache and opened.pulled == 20 and len(points) == stakeholders
        project.close()
    return figures


if __name__ == "__main__":
    sys.exit(main())
