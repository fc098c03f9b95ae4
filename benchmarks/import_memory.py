"""Peak memory of `clusterdesk import-stakeholders` on a CSV of 1,000,000 stakeholders, as a whole process.

    python benchmarks/import_memory.py [--rows 1000000] [--runs 3] [--workdir DIR]

The CSV is the survey-like file of benchmarks/import_csv.py (semicolons, decimal commas, Spanish headers,
cp1252). Each run copies an empty project, starts the command in its own process and reads that
process's peak resident memory from the kernel (os.wait4's ru_maxrss, which belongs to that child
alone), with its wall time. The imported project is opened afterwards to check that every row is in it.
Target: at most 600 MB at 1,000,000 rows. The command streams the file (io.stakeholder_import_stream:
50,000 rows read, checked and written at a time), so the peak is mostly the interpreter with its
libraries (about 100 MB), the file's bytes and its text while it is decoded, and SQLite's page cache.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from import_csv import write_csv
from window_runs import load_note

TARGET_MB = 600


def import_once(project: Path, source: Path) -> tuple[float, float]:
    """(peak MB, seconds) of one import command."""
    env = dict(os.environ, CLUSTERDESK_DATA_DIR=str(project.parent / "userdata"))
    command = [sys.executable, "-m", "clusterdesk.cli.main", "import-stakeholders", str(project), str(source)]
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    output, errors = child.communicate()  # already finished: only collects what it printed
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the import failed:\n{output.decode()}\n{errors.decode()}")
    return usage.ru_maxrss / 1024, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "clusterdesk-benchmarks"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    source = args.workdir / f"stakeholders-{args.rows}.csv"
    if not source.exists():
        write_csv(source, args.rows)
    from clusterdesk.core.project import Project

    empty = args.workdir / "import-target.gpkg"
    if not empty.exists():
        Project.new(empty, "Import benchmark").close()
    peaks, times = [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory(dir=args.workdir) as folder:
            project = Path(folder) / "project.gpkg"
            shutil.copyfile(empty, project)
            peak, seconds = import_once(project, source)
            if run == 0:
                with Project.open(project) as imported:
                    count = len(imported.stakeholder_points())
                if count != args.rows:
                    raise SystemExit(f"the project holds {count:,} stakeholders, not {args.rows:,}")
        peaks.append(peak)
        times.append(seconds)
    median = statistics.median(peaks)
    print(f"clusterdesk import-stakeholders, {args.rows:,} CSV rows ({source.stat().st_size / 1e6:.0f} MB), "
          f"{args.runs} runs:")  # fmt: skip
    print(f"  peak memory median {median:.0f} MB (runs {', '.join(f'{p:.0f}' for p in peaks)})  "
          f"target <= {TARGET_MB} MB: {'met' if median <= TARGET_MB else 'NOT met'}")  # fmt: skip
    print(f"  time median {statistics.median(times):.1f} s (runs {', '.join(f'{t:.1f}' for t in times)})")
    print(f"  {load_note()}")
    return 0 if median <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
