"""Network measures of a large cluster: 100,000 stakeholders and 300,000 ties.

    python benchmarks/network.py [--stakeholders 100000] [--relations-per-stakeholder 3] [--repeat 5]
                                 [--workdir DIR]

Target: every measure of one round (whole network, each relation kind, each stakeholder with betweenness,
closeness, eigenvector and brokerage roles) ≤ 5 s. Timed in-process on an open project (what the Network
panel pays: reading the round's ties and computing) and as a whole process (Python start, imports,
opening the project, measures), each the median of several runs. Also printed: the comparison of two
rounds, and how many breadth-first searches the sampled betweenness and closeness made.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from synthetic import make_synthetic_project  # noqa: E402

from clusterdesk.analysis.network import compare_rounds, network_measures  # noqa: E402
from clusterdesk.core.project import Project  # noqa: E402

TARGET = 5.0
_PROCESS = """
import sys, time
started = time.perf_counter()
from clusterdesk.analysis.network import network_measures
from clusterdesk.core.project import Project
project = Project.open(sys.argv[1])
network_measures(project.connection, "follow_up_1")
project.close()
print(time.perf_counter() - started)
"""


def _median(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.2f} s (min {min(samples):.2f} s)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stakeholders", type=int, default=100_000)
    parser.add_argument("--relations-per-stakeholder", type=float, default=3.0)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "clusterdesk-benchmarks"
    )
    arguments = parser.parse_args()
    arguments.workdir.mkdir(parents=True, exist_ok=True)
    per = arguments.relations_per_stakeholder
    path = arguments.workdir / f"network-{arguments.stakeholders}-{per:g}.gpkg"
    if not path.exists():
        started = time.perf_counter()
        make_synthetic_project(path, arguments.stakeholders, relations_per_stakeholder=per)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    project = Project.open(path)
    try:
        ties = project.connection.execute("SELECT COUNT(*) FROM relations").fetchone()[0]
        print(f"{arguments.stakeholders:,} stakeholders, {ties:,} ties")
        times, measures = [], None
        for _ in range(arguments.repeat):
            started = time.perf_counter()
            measures = network_measures(project.connection, "follow_up_1")
            times.append(time.perf_counter() - started)
        verdict = "ok" if statistics.median(times) <= TARGET else "SLOWER THAN TARGET"
        print(f"measures in process: {_median(times)}  target ≤ {TARGET:.0f} s  {verdict}")
        print(
            f"  betweenness and closeness {'sampled' if measures.sampled else 'exact'},"
            f" {measures.sources} breadth-first searches; density {measures.whole['density']:.3g},"
            f" {measures.whole['components']} components"
        )
        started = time.perf_counter()
        change = compare_rounds(project.connection, "baseline", "follow_up_1")
        print(
            f"compare baseline with follow_up_1: {time.perf_counter() - started:.2f} s"
            f" ({len(change.new_relations):,} new, {len(change.kept_relations):,} kept ties)"
        )
    finally:
        project.close()
    environment = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    whole = []
    for _ in range(arguments.repeat):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", _PROCESS, str(path)], check=True, capture_output=True, env=environment
        )
        whole.append(time.perf_counter() - started)
    print(f"whole process (start, imports, open, measures): {_median(whole)}")


if __name__ == "__main__":
    main()
