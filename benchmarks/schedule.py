"""Time the critical path scheduler on a large random plan: 5,000 tasks, 10,000 dependencies of all four
types, 500 summary tasks. Target: at most 100 ms per schedule.
Then time opening the action plan panel on 2,000 tasks (target: at most 500 ms) and zooming it.

    /work/venv/bin/python benchmarks/schedule.py
"""

from __future__ import annotations

import time

import numpy as np

from clusterdesk.analysis.schedule import Link, schedule

TASKS = 5_000
LINKS = 10_000
SUMMARIES = 500
RUNS = 7


def random_plan(seed: int = 7):
    rng = np.random.default_rng(seed)
    ids = list(range(1, TASKS + 1))
    durations = rng.integers(0, 40, TASKS)
    # the first SUMMARIES tasks are objectives/actions; every other task sits under one of them
    parents: list[int | None] = [None] * SUMMARIES + [
        int(p) for p in rng.integers(1, SUMMARIES + 1, TASKS - SUMMARIES)
    ]
    leaves = np.arange(SUMMARIES + 1, TASKS + 1)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < LINKS:
        a, b = sorted(rng.choice(leaves, 2, replace=False).tolist())
        pairs.add((a, b))  # lower id to higher id: no loops
    types = rng.choice(["FS", "FS", "FS", "SS", "FF", "SF"], LINKS)
    lags = rng.integers(-3, 10, LINKS)
    links = [Link(a, b, str(t), int(g)) for (a, b), t, g in zip(sorted(pairs), types, lags, strict=True)]
    earliest = rng.integers(0, 200, TASKS)
    return ids, durations, links, parents, earliest


def main() -> None:
    ids, durations, links, parents, earliest = random_plan()
    timings = []
    for _ in range(RUNS):
        began = time.perf_counter()
        result = schedule(ids, durations, links, parents=parents, earliest_start=earliest)
        timings.append((time.perf_counter() - began) * 1000)
    critical = len(result.critical_ids())
    print(f"schedule {TASKS} tasks, {LINKS} dependencies ({SUMMARIES} summary tasks):")
    median, best = np.median(timings), min(timings)
    print(f"  median {median:.1f} ms, best {best:.1f} ms over {RUNS} runs (target <= 100 ms)")
    print(f"  plan length {result.finish} working days, {critical} critical tasks")


def gantt_benchmark(tasks: int = 2_000, links: int = 3_000) -> None:
    """Open the action plan panel on a project of `tasks` tasks: read, schedule, fill the table, paint."""
    import datetime as dt
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from clusterdesk.core.plan_edits import AddPlanRows, PlanRows
    from clusterdesk.core.workspace import Workspace
    from clusterdesk.gui.plan import GanttPanel

    app = QApplication.instance() or QApplication([])
    rng = np.random.default_rng(3)
    rows = PlanRows()
    objectives = tasks // 50
    for fid in range(1, tasks + 1):
        parent = None if fid <= objectives else int(rng.integers(1, objectives + 1))
        start = dt.date(2027, 1, 4) + dt.timedelta(days=int(rng.integers(0, 700)))
        rows.tasks.append(
            {
                "fid": fid,
                "uuid": f"00000000-0000-4000-8000-{fid:012d}",
                "parent_id": parent,
                "position": fid,
                "kind": "objective" if parent is None else "action",
                "name": f"Task {fid}",
                "start": None if parent is None else start,
                "finish": None if parent is None else start,
                "duration_days": int(rng.integers(0, 30)),
                "milestone": False,
                "status": "not_started",
                "percent_complete": 0.0,
            }
        )
    pairs = set()
    while len(pairs) < links:
        a, b = sorted(rng.choice(np.arange(objectives + 1, tasks + 1), 2, replace=False).tolist())
        pairs.add((a, b))
    rows.links = [
        {
            "predecessor_id": a,
            "successor_id": b,
            "link_type": "FS",
            "lag_days": 0,
            "uuid": f"10000000-0000-4000-8000-{n:012d}",
        }
        for n, (a, b) in enumerate(sorted(pairs))
    ]
    folder = tempfile.mkdtemp()
    workspace = Workspace()
    workspace.new(os.path.join(folder, "big.gpkg"), "Benchmark cluster")
    project = workspace.project
    project.stack.push(AddPlanRows(rows))
    timings = []
    for _ in range(5):
        began = time.perf_counter()
        panel = GanttPanel(workspace)
        panel.resize(1400, 800)
        panel.show()
        app.processEvents()
        panel.grab()  # the first full paint
        timings.append((time.perf_counter() - began) * 1000)
        panel.close()
        panel.deleteLater()
        app.processEvents()
    print(f"open the Gantt of {tasks} tasks, {links} dependencies (read, schedule, table, first paint):")
    print(f"  median {np.median(timings):.0f} ms, best {min(timings):.0f} ms over 5 runs (target <= 500 ms)")
    began = time.perf_counter()
    for name in ("days", "weeks", "months", "quarters", "weeks"):
        panel.chart.set_zoom(name)
        panel.chart.viewport().grab()
    print(f"  zoom and repaint: {(time.perf_counter() - began) * 1000 / 5:.1f} ms per zoom step")
    workspace.close(discard=True)


if __name__ == "__main__":
    main()
    gantt_benchmark()
