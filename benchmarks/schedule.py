"""Time the critical path scheduler on a large random plan: 5,000 tasks, 10,000 dependencies of all four
types, 500 summary tasks. Target: at most 100 ms per schedule.

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
    parents: list[int | None] = [None] * SUMMARIES + [int(p) for p in rng.integers(1, SUMMARIES + 1, TASKS - SUMMARIES)]
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
    print(f"  median {np.median(timings):.1f} ms, best {min(timings):.1f} ms over {RUNS} runs (target <= 100 ms)")
    print(f"  plan length {result.finish} working days, {critical} critical tasks")


if __name__ == "__main__":
    main()
