"""Time team mode in the window against a PostgreSQL/PostGIS server over a local connection.

- an edit in the window: one command (rename a stakeholder) pushed to the server by live mode on the GUI
  thread: the push itself, and the whole command with every refresh the window does after any command
  (registry, layers, status bar; the map redraws later, in the event loop), median of 50;
- an edit reaching another window: from the command in one window until the other window's working copy
  holds it (the server's notification, the listener thread, the pull and the refresh), median of 20.

Target: the edit round trip ≤ 50 ms, so that live mode never freezes the window. The machine may be
shared with other work: the figures say so when they vary.

    CLUSTERDESK_TEST_POSTGRES=postgresql:///postgres QT_QPA_PLATFORM=offscreen \
        .venv/bin/python benchmarks/server_window.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CLUSTERDESK_DATA_DIR", tempfile.mkdtemp(prefix="clusterdesk-bench-"))

import psycopg  # noqa: E402

from clusterdesk.core.edits import UpdateStakeholder  # noqa: E402
from clusterdesk.gui.app import make_application  # noqa: E402
from clusterdesk.io.server import ddl  # noqa: E402
from clusterdesk.io.server.address import ServerAddress  # noqa: E402
from clusterdesk.io.server.publish import publish  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "sample_projects" / "ambato_footwear.gpkg"
SERVER = os.environ.get("CLUSTERDESK_TEST_POSTGRES", "postgresql:///postgres")
EDITS = 50
ARRIVALS = 20


def _drop(address: ServerAddress) -> None:
    with psycopg.connect(address.conninfo, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {ddl.quoted(address.project)} CASCADE")
        for role in ("viewer", "editor", "coordinator"):
            name = f"{address.project}_{role}"
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
                connection.execute(f"DROP OWNED BY {ddl.quoted(name)}")
                connection.execute(f"DROP ROLE {ddl.quoted(name)}")


def _wait(app, condition, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.001)


def _open(app, address: ServerAddress):
    from clusterdesk.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    task = window.team.open_address(address)
    _wait(app, lambda: task.done)
    _wait(app, lambda: window.team.session is not None)
    _wait(app, window.team.session.listener.listening.is_set)
    return window


def _name(window, fid: int) -> str:
    row = window.workspace.project.connection.execute("SELECT name FROM stakeholders WHERE fid = ?", (fid,))
    return row.fetchone()[0]


def main() -> None:
    app = make_application(language="en")
    address = ServerAddress(SERVER, f"bench_window_{uuid.uuid4().hex[:8]}")
    publish(SAMPLE, address)
    try:
        ana, ben = _open(app, address), _open(app, address)
        fids = [
            row[0]
            for row in ana.workspace.project.connection.execute("SELECT fid FROM stakeholders LIMIT 20")
        ]
        edits, pushes = [], []
        link = ana.team.session.link
        push = link.push

        def timed_push():
            start = time.perf_counter()
            try:
                return push()
            finally:
                pushes.append(time.perf_counter() - start)

        link.push = timed_push
        for n in range(EDITS):
            start = time.perf_counter()
            ana.workspace.project.stack.push(UpdateStakeholder(fids[n % len(fids)], {"name": f"Edit {n}"}))
            edits.append(time.perf_counter() - start)
            app.processEvents()
        _wait(app, lambda: _name(ben, fids[(EDITS - 1) % len(fids)]) == f"Edit {EDITS - 1}")
        arrivals = []
        for n in range(ARRIVALS):
            fid, name = fids[n % len(fids)], f"Arrival {n}"
            start = time.perf_counter()
            ana.workspace.project.stack.push(UpdateStakeholder(fid, {"name": name}))
            _wait(app, lambda fid=fid, name=name: _name(ben, fid) == name)
            arrivals.append(time.perf_counter() - start)
        for window in (ana, ben):
            window.workspace.shutdown()
            window.close()
    finally:
        _drop(address)
    for label, times in (
        (f"edit pushed to the server from the window (median of {EDITS})", pushes),
        (f"whole edit in the window, push and refreshes (median of {EDITS})", edits),
        (f"edit reaching another window (median of {ARRIVALS})", arrivals),
    ):
        print(f"{label}: {statistics.median(times) * 1000:.1f} ms (max {max(times) * 1000:.1f} ms)")
    print("target: an edit pushed in ≤ 50 ms")
    print("(the machine is shared with other work; figures vary with its load)")


if __name__ == "__main__":
    main()
