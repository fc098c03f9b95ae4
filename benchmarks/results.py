"""Results monitoring at scale: the status of every indicator, the status command, the IATI and logframe
exports, on a project of 500 indicators × 40 quarters with actuals broken down into 5 areas.

    python benchmarks/results.py [--indicators 500] [--periods 40] [--categories 5] [--repeat 5]

Targets: status of all indicators ≤ 0.3 s, IATI export ≤ 2 s. The status is timed in-process after the
project is open (what a view pays when it refreshes) and as the whole `clusterdesk results status`
command (what a user waits for at the prompt, start-up included); exports as whole commands.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

from synthetic import make_results_project  # noqa: E402

from clusterdesk.analysis.results_series import all_statuses  # noqa: E402
from clusterdesk.core.project import Project  # noqa: E402


def _median(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms (min {min(samples) * 1000:.0f} ms)"


def _command(*arguments: str) -> float:
    started = time.perf_counter()
    command = Path(sys.executable).with_name("clusterdesk")  # the installed entry point, as a user runs it
    subprocess.run([str(command), *arguments], check=True, capture_output=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--periods", type=int, default=40)
    parser.add_argument("--categories", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="clusterdesk-results-") as folder:
        path = make_results_project(
            Path(folder) / "results.gpkg", args.indicators, args.periods, args.categories
        )
        print(f"{args.indicators} indicators × {args.periods} quarters × {args.categories} areas")
        project = Project.open(path)
        try:
            samples = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                statuses = all_statuses(project.session.connection())
                samples.append(time.perf_counter() - started)
            print(
                f"status of all {len(statuses)} indicators (in process): {_median(samples)}; target ≤ 300 ms"
            )
        finally:
            project.close()
        runs = [_command("results", "status", str(path), "--json") for _ in range(args.repeat)]
        print(f"clusterdesk results status --json (whole command): {_median(runs)}")
        iati = Path(folder) / "activity.xml"
        runs = [
            _command("results", "iati", str(path), "-o", str(iati), "--reporting-org", "XM-DAC-41123")
            for _ in range(args.repeat)
        ]
        print(f"clusterdesk results iati (whole command): {_median(runs)}; target ≤ 2000 ms")
        logframe = Path(folder) / "logframe.xlsx"
        runs = [_command("results", "export", str(path), "-o", str(logframe)) for _ in range(args.repeat)]
        print(f"clusterdesk results export (whole command): {_median(runs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
