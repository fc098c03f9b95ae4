"""Time the cluster selection study at national scale: 2,000 areas x 400 ISIC classes, two years (1.6 million
figures), 400 candidate clusters of one to three areas, 20,000 registry stakeholders.

- location quotients (with national shares and growth) of every area x sector pair: target <= 1 s;
- the ranking of every candidate with its sensitivity (each criterion's values from the statistics, the
  registry and the hand scores; the range of every weight over which the leader stays first; a sweep of 11
  weights for every criterion): target <= 1 s.

Each is timed on statistics already read, including turning their codes into indexes (what a fresh
evaluation does), on statistics already indexed (a weight moved), and with the reading of the statistics
from the project file, as the median of several runs; then `clusterdesk selection lq
--json` and `selection rank --json` as whole processes. The project is written once to the folder given
(default /tmp) and reused.

    .venv/bin/python benchmarks/selection.py [--folder /tmp] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

AREAS, SECTORS, CANDIDATES, STAKEHOLDERS = 2_000, 400, 400, 20_000
SWEEP = [0.5 * step for step in range(11)]  # 0, 0.5, ... 5


def project_file(folder: Path) -> Path:
    from synthetic import add_selection_study, make_synthetic_project

    path = folder / f"selection_{AREAS}x{SECTORS}.gpkg"
    if not path.exists():
        began = time.perf_counter()
        partial = folder / f".{path.name}.writing"
        partial.unlink(missing_ok=True)
        make_synthetic_project(partial, STAKEHOLDERS)
        add_selection_study(partial, AREAS, SECTORS, CANDIDATES)
        partial.rename(path)
        print(f"wrote {path} in {time.perf_counter() - began:.0f} s")
    return path


def timed(work, runs: int) -> tuple[float, float, object]:
    """(median, best) in seconds over `runs`, and the last result; the median CPU time of the process is
    kept in CPU_MEDIAN, as the machine may be shared."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    CPU_MEDIAN[0] = statistics.median(cpu)
    return statistics.median(times), min(times), result


CPU_MEDIAN = [0.0]


def cpu() -> str:
    return f", CPU {CPU_MEDIAN[0]:.2f} s"


def ranking_with_sensitivity(connection, stats):
    from clusterdesk.analysis.selection_ranking import leader_stable_range, weight_sweep
    from clusterdesk.analysis.selection_study import evaluate

    evaluation = evaluate(connection, stats)
    criteria = evaluation.ranking_criteria()
    ranges = [leader_stable_range(evaluation.ranking, criteria, j) for j in range(len(criteria))]
    sweeps = [weight_sweep(evaluation.ranking, criteria, j, SWEEP) for j in range(len(criteria))]
    return evaluation, ranges, sweeps


def whole_process(arguments: list[str], runs: int) -> tuple[float, float]:
    command = [sys.executable, "-m", "clusterdesk.cli.main", *arguments]
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - began)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("/tmp"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = project_file(args.folder)

    import sqlite3

    from clusterdesk.analysis.selection_lq import StudyStatistics, load_statistics, location_quotients

    connection = sqlite3.connect(path)
    loaded = load_statistics(connection)
    print(
        f"{len(loaded.frame):,} figures, {AREAS:,} areas x {SECTORS} sectors x 2 years, "
        f"{CANDIDATES} candidates"
    )

    def lq():
        return location_quotients(StudyStatistics(loaded.frame), 2020, 2015)

    median, best, table = timed(lq, args.runs)
    print(
        f"location quotients of {len(table):,} pairs: median {median:.2f} s, best {best:.2f} s"
        f"{cpu()} (target <= 1 s)"
    )
    median, best, _ = timed(lambda: location_quotients(load_statistics(connection), 2020, 2015), args.runs)
    print(f"  with reading the statistics from the file: median {median:.2f} s, best {best:.2f} s{cpu()}")

    median, best, (evaluation, _, _) = timed(
        lambda: ranking_with_sensitivity(connection, StudyStatistics(loaded.frame)), args.runs
    )
    criteria = len(evaluation.criteria)
    print(
        f"ranking of {len(evaluation.codes)} candidates on {criteria} criteria, leader's weight ranges and "
        f"sweeps of {len(SWEEP)} weights: median {median:.2f} s, best {best:.2f} s{cpu()} (target <= 1 s)"
    )
    indexed = StudyStatistics(loaded.frame)
    indexed.indexed()
    median, best, _ = timed(lambda: ranking_with_sensitivity(connection, indexed), args.runs)
    print(
        f"  again on statistics already indexed (a weight moved): median {median:.2f} s, "
        f"best {best:.2f} s{cpu()}"
    )
    median, best, _ = timed(lambda: ranking_with_sensitivity(connection, None), args.runs)
    print(f"  with reading the statistics from the file: median {median:.2f} s, best {best:.2f} s{cpu()}")
    connection.close()

    runs = max(1, args.runs // 2)
    median, best = whole_process(["selection", "lq", str(path), "--json"], runs)
    print(
        f"clusterdesk selection lq --json (whole process, {len(table):,} rows of JSON): "
        f"median {median:.1f} s, best {best:.1f} s"
    )
    median, best = whole_process(["selection", "rank", str(path), "--json"], runs)
    print(f"clusterdesk selection rank --json (whole process): median {median:.1f} s, best {best:.1f} s")


if __name__ == "__main__":
    main()
