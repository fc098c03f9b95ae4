"""Importing a KoboToolbox-style export of 20,000 submissions × 60 questions with `clusterdesk survey import`.

    python benchmarks/survey_import.py [--firms 20000] [--repeat 3] [--workdir DIR]

The project (20,000 firms), its survey (the 6 standard questions and 54 of the agency's own: numbers,
choices, texts, dates, a location) and the export (";" separated, group paths with "/", the roster as one
space-separated column naming 0-3 other firms, `_uuid`, `_submission_time`, `_index` …) are made once in
the work folder. Each run copies the project, then runs the whole command in a fresh process — start-up,
reading, checks, the undoable step with every answer and roster tie, save — and reads that process's
memory high-water mark (VmHWM). Prints the median and best time and the peak; exit status 1 when a target
is missed (≤ 10 s, ≤ 400 MB).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
TARGET_SECONDS = 10.0
TARGET_MB = 400.0
SURVEY = "Baseline 2025"
CHILD = """
import sys
from clusterdesk.cli.main import main
code = main(["survey", "import", sys.argv[1], sys.argv[2], "--survey", sys.argv[3]])
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print("VMHWM", peak, file=sys.stderr)
sys.exit(code)
"""


def make_inputs(folder: Path, firms: int) -> tuple[Path, Path]:
    from synthetic import make_synthetic_project

    from clusterdesk.core import gpkg
    from clusterdesk.core.project import Project
    from clusterdesk.core.survey_edits import add_question, create_survey
    from clusterdesk.core.survey_reader import read_questions, read_surveys
    from clusterdesk.io.xlsform_firms import registry_firms

    project_path = folder / f"survey_{firms}.gpkg"
    export = folder / f"survey_{firms}.csv"
    if project_path.exists() and export.exists():
        return project_path, export
    make_synthetic_project(project_path, firms)
    with sqlite3.connect(project_path) as connection:
        gpkg.register_functions(connection)
        connection.execute("UPDATE stakeholders SET kind = 'enterprise'")
    with Project.open(project_path) as project:
        project.stack.push(create_survey(project, SURVEY, "follow_up_2"))
        survey = read_surveys(project.connection)[-1].fid
        kinds = (
            ["decimal"] * 30
            + ["integer"] * 10
            + ["select_one"] * 8
            + ["text"] * 3
            + ["date"] * 2
            + ["geopoint"]
        )
        for number, kind in enumerate(kinds, start=1):
            values = {"name": f"q{number}", "type": kind, "labels": {"en": f"Question {number}"}}
            if kind == "select_one":
                values["choices"] = [{"name": f"c{c}", "labels": {"en": f"Choice {c}"}} for c in range(5)]
            project.stack.push(add_question(project, survey, values))
        project.save()
        questions = read_questions(project.connection, survey)
        choices = [f.choice for f in registry_firms(project.connection)]
    rng = random.Random(0)
    header = ["start", "end", "firm"] + [f"answers/{q.name}" for q in questions] + [
        "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
        "__version__", "_tags", "_index",
    ]  # fmt: skip
    with open(export, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        for index, firm in enumerate(choices, start=1):
            employees = rng.randint(1, 200)
            row = ["2025-03-01T09:00:00.000-05:00", "2025-03-01T09:20:00.000-05:00", firm]
            for q in questions:
                if q.name == "employees":
                    row.append(str(employees))
                elif q.name == "women_employees":
                    row.append(str(rng.randint(0, employees)))
                elif q.name == "cooperation":
                    row.append(" ".join(rng.sample(choices, rng.randint(0, 3))))
                elif q.type == "decimal":
                    row.append(f"{rng.uniform(0, 1e6):.2f}" if rng.random() > 0.1 else "")
                elif q.type == "integer":
                    row.append(str(rng.randint(0, 500)))
                elif q.type == "select_one":
                    row.append(f"c{rng.randint(0, 4)}")
                elif q.type == "text":
                    row.append(rng.choice(["", "Mejorar la calidad", "Falta de crédito", "Ferias en Quito"]))
                elif q.type == "date":
                    row.append(f"20{rng.randint(0, 24):02d}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
                else:
                    row.append(f"0.3{rng.randint(0, 9)} -78.2{rng.randint(0, 9)} 2400 5")
            row += [str(index), str(uuid.UUID(int=rng.getrandbits(128))), "2025-03-02T14:00:00", "", "[]",
                    "submitted_via_web", "", "vHrmcL4xTnw9F2q", "[]", str(index)]  # fmt: skip
            writer.writerow(row)
    return project_path, export


def run_once(project: Path, export: Path, scratch: Path) -> tuple[float, float]:
    copy = scratch / "project.gpkg"
    shutil.copy(project, copy)
    os.sync()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(copy), str(export), SURVEY], capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"the import failed:\n{done.stderr}")
    peak_kb = next(line.split()[1] for line in done.stderr.splitlines() if line.startswith("VMHWM"))
    copy.unlink()
    return elapsed, int(peak_kb) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--firms", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "clusterdesk-benchmarks"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    project, export = make_inputs(args.workdir, args.firms)
    scratch = Path(tempfile.mkdtemp(dir=args.workdir))
    runs = [run_once(project, export, scratch) for _ in range(args.repeat)]
    shutil.rmtree(scratch, ignore_errors=True)
    times = [t for t, _ in runs]
    peak = max(m for _, m in runs)
    median = statistics.median(times)
    print(
        f"survey import of {args.firms:,} submissions × 60 questions "
        f"({export.stat().st_size / 1e6:.1f} MB CSV)"
    )
    print(
        f"  whole process: median {median:.2f} s, best {min(times):.2f} s (target ≤ {TARGET_SECONDS:.0f} s)"
    )
    print(f"  peak memory (VmHWM): {peak:.0f} MB (target ≤ {TARGET_MB:.0f} MB)")
    return 0 if median <= TARGET_SECONDS and peak <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
