"""Project file benchmark: open, save, save after one edit and peak memory for large projects.

    python benchmarks/project_file.py [--sizes 100000 1000000] [--repeat 3] [--workdir DIR]

Each scenario runs in a fresh subprocess so that its time and its RSS high-water mark belong to that
scenario alone. Synthetic projects are generated once per size into the work folder and reused.
Targets (100,000 stakeholders): open ≤ 0.5 s, save ≤ 0.2 s, save after one edit ≤ 0.2 s, peak ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[1] / "tools"
TARGETS = {"open": 0.5, "save": 0.2, "save_after_edit": 0.2}  # seconds, at 100,000 stakeholders
PEAK_TARGET_MB = 300
SCENARIOS = ("open", "save", "save_after_edit")


def _peak_rss_mb() -> float:
    """RSS high-water mark of this process in MB.

    /proc's VmHWM belongs to this program image alone; getrusage's ru_maxrss survives exec on Linux and
    would report the parent's peak at the time of the fork.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 1024 / 1024


def _open_usable(path: Path):
    from clusterdesk.core.project import Project

    project = Project.open(path)
    points = project.stakeholder_points()
    counts = project.counts()
    assert len(points) == counts["stakeholders"]
    return project


def run_scenario(scenario: str, source: Path, scratch: Path) -> dict[str, float]:
    """Run one scenario in this process and return its figures."""
    from clusterdesk.core import edits

    baseline_mb = _peak_rss_mb()
    working_file = scratch / "project.gpkg"
    shutil.copyfile(source, working_file)
    if hasattr(os, "sync"):  # flush the copy first, or its write-back would be timed as part of the save
        os.sync()
    started = time.perf_counter()
    project = _open_usable(working_file)
    opened = time.perf_counter() - started
    figures = {"open": opened}
    if scenario == "save":
        started = time.perf_counter()
        project.save(scratch / "saved_as.gpkg")
        figures["save"] = time.perf_counter() - started
    elif scenario == "save_after_edit":
        fid = int(project.stakeholder_points().fid[len(project.stakeholder_points()) // 2])
        project.stack.push(edits.UpdateStakeholder(fid, {"employees": 12, "notes": "Checked on site visit"}))
        started = time.perf_counter()
        project.save()
        figures["save_after_edit"] = time.perf_counter() - started
    project.close()
    figures["peak_mb"] = _peak_rss_mb()
    figures["import_baseline_mb"] = baseline_mb
    return figures


def _child(scenario: str, source: Path) -> dict[str, float]:
    import clusterdesk.core.project  # noqa: F401  (the baseline includes the libraries every user loads)

    with tempfile.TemporaryDirectory(prefix="clusterdesk-bench-") as scratch:
        return run_scenario(scenario, source, Path(scratch))


def _run_in_subprocess(scenario: str, source: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", scenario, str(source)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def _project_for(size: int, workdir: Path) -> Path:
    path = workdir / f"synthetic_{size}.gpkg"
    if not path.exists():
        sys.path.insert(0, str(TOOLS))
        from synthetic import make_synthetic_project

        started = time.perf_counter()
        make_synthetic_project(path, size)
        megabytes, seconds = path.stat().st_size / 1e6, time.perf_counter() - started
        print(f"  generated {path.name} ({megabytes:.0f} MB) in {seconds:.1f} s")
    return path


def _verdict(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return "  ok" if value <= target else f"  MISSED (target {target:g})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per scenario (median and best shown)")
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "clusterdesk-benchmarks"
    )
    parser.add_argument("--child", nargs=2, metavar=("SCENARIO", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], Path(args.child[1]))))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    missed = False
    for size in args.sizes:
        print(f"{size:,} stakeholders")
        source = _project_for(size, args.workdir)
        runs = {s: [_run_in_subprocess(s, source) for _ in range(args.repeat)] for s in SCENARIOS}
        at_target_size = size == 100_000
        for scenario in SCENARIOS:
            value = statistics.median(r[scenario] for r in runs[scenario])
            target = TARGETS[scenario] if at_target_size else None
            missed |= target is not None and value > target
            label = {"open": "open to usable", "save": "full save", "save_after_edit": "save after one edit"}
            best = min(r[scenario] for r in runs[scenario])
            verdict = _verdict(value, target)
            print(f"  {label[scenario]:<22}{value * 1000:8.0f} ms  (best {best * 1000:.0f} ms){verdict}")
        peak = max(statistics.median(r["peak_mb"] for r in runs[s]) for s in SCENARIOS)
        baseline = statistics.median(r["import_baseline_mb"] for r in runs["open"])
        verdict = _verdict(peak, PEAK_TARGET_MB if at_target_size else None)
        missed |= at_target_size and peak > PEAK_TARGET_MB
        print(
            f"  {'peak memory (RSS)':<22}{peak:8.0f} MB{verdict}   (of which {baseline:.0f} MB after imports)"
        )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
