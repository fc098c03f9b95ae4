"""How long the `clusterdesk` command takes, as whole processes: what a user waits for at the prompt.

    python benchmarks/cli_startup.py [--runs 5] [--project sample_projects/X.gpkg] [--skip-command-help]

Each figure is the median of `--runs` fresh processes of the installed `clusterdesk` entry point (Python
start-up and imports included), with the CPU time the process used beside it (user + system, from the
operating system's accounting): on a machine shared with other work the wall time grows with the load,
the CPU time much less, so both are printed, with the load average at the start and at the end.

Targets: --version and --help ≤ 0.3 s; COMMAND --help ≤ 0.5 s for every command and subcommand group;
info and validate ≤ 1 s; report (the whole action-plan pack) ≤ 3 s, on the largest sample project
(by file size) unless --project names another. The exit status is 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "sample_projects"

HELP_TARGET = 0.3
COMMAND_HELP_TARGET = 0.5
PROJECT_TARGET = 1.0
REPORT_TARGET = 3.0


def entry_point() -> list[str]:
    """The installed `clusterdesk` script next to this interpreter, as a user runs it; else the module."""
    script = Path(sys.executable).with_name("clusterdesk")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "clusterdesk.cli.main"]


def run_once(arguments: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one whole `clusterdesk ARGUMENTS` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([*entry_point(), *arguments], capture_output=True, text=True, env=environment)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"clusterdesk {' '.join(arguments)} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(arguments: list[str], runs: int, environment: dict[str, str]) -> tuple[float, float, float]:
    """Median wall time, its minimum and the median CPU time of `runs` processes (after one warm-up run,
    which fills the disk cache as an earlier command would have)."""
    run_once(arguments, environment)
    samples = [run_once(arguments, environment) for _ in range(runs)]
    walls = [wall for wall, _cpu in samples]
    return statistics.median(walls), min(walls), statistics.median(cpu for _wall, cpu in samples)


def command_names() -> list[str]:
    from clusterdesk.cli.main import COMMAND_MODULES

    return [name for names in COMMAND_MODULES.values() for name in names]


def largest_sample() -> Path:
    return max(SAMPLES.glob("*.gpkg"), key=lambda path: path.stat().st_size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project", type=Path, help="project for info, validate and report")
    parser.add_argument("--skip-command-help", action="store_true", help="only --version and --help")
    args = parser.parse_args()
    project = (args.project or largest_sample()).resolve()
    with tempfile.TemporaryDirectory(prefix="clusterdesk-cli-") as folder:
        environment = dict(os.environ, CLUSTERDESK_DATA_DIR=str(Path(folder) / "data"), LANGUAGE="en")
        environment.pop("QT_QPA_PLATFORM", None)  # as at a user's prompt; report sets what it needs
        # An installed package runs from compiled bytecode: let the warm-up run write what is missing
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        pack = str(Path(folder) / "pack.pdf")
        cases: list[tuple[str, list[str], float]] = [
            ("--version", ["--version"], HELP_TARGET),
            ("--help", ["--help"], HELP_TARGET),
        ]
        if not args.skip_command_help:
            cases += [(f"{name} --help", [name, "--help"], COMMAND_HELP_TARGET) for name in command_names()]
        cases += [
            (f"info {project.name}", ["info", str(project)], PROJECT_TARGET),
            (f"validate {project.name}", ["validate", str(project)], PROJECT_TARGET),
            (f"report {project.name}", ["report", str(project), "-o", pack], REPORT_TARGET),
        ]
        load = os.getloadavg()[0]
        print(f"clusterdesk as whole processes, median of {args.runs} runs; {os.cpu_count()} processors, "
              f"load average {load:.2f} at the start")  # fmt: skip
        print(f"  {'command':<44} {'median':>8} {'min':>8} {'CPU':>8}  target")
        missed = []
        for title, arguments, target in cases:
            median, best, cpu = measure(arguments, args.runs, environment)
            verdict = "met" if median <= target else "NOT met"
            if median > target:
                missed.append(title)
            print(f"  {title:<44} {median:7.2f}s {best:7.2f}s {cpu:7.2f}s  ≤ {target:g} s: {verdict}")
        print(f"  load average {os.getloadavg()[0]:.2f} at the end (a busy machine slows every figure)")
    if missed:
        print(f"Targets missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
