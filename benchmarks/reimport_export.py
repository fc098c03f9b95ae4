"""Re-import an export: every row is found in the project by its UUID and skipped. Prints the time of each
step, and of importing the same export into an empty project (where the rows keep their UUIDs).

    python benchmarks/reimport_export.py            # 100,000 stakeholders
    python benchmarks/reimport_export.py 20000      # any other size
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path


def _generated_csv_writer():
    """`write_csv` of the CSV import benchmark: the same survey-like rows."""
    spec = importlib.util.spec_from_file_location("import_csv", Path(__file__).with_name("import_csv.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_csv


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("CLUSTERDESK_DATA_DIR", str(Path(folder) / "data"))
        from clusterdesk.core.project import Project
        from clusterdesk.io.stakeholder_export import export_stakeholders
        from clusterdesk.io.stakeholder_import import build_import_plan

        survey = Path(folder) / "survey.csv"
        _generated_csv_writer()(survey, count)
        project = Project.new(Path(folder) / "cluster.gpkg", "Benchmark")
        project.stack.push(build_import_plan(survey, project).command())
        project.save()
        exported = Path(folder) / "export.csv"
        started = time.perf_counter()
        export_stakeholders(project, exported)
        print(f"export {count:,} stakeholders to CSV:        {time.perf_counter() - started:6.2f} s")

        started = time.perf_counter()
        plan = build_import_plan(exported, project)
        elapsed = time.perf_counter() - started
        assert len(plan.already_present) == count and plan.valid_count == 0
        print(f"plan re-import (all {count:,} skipped by UUID): {elapsed:6.2f} s")
        project.close()

        with Project.new(Path(folder) / "other.gpkg", "Other") as other:
            started = time.perf_counter()
            plan = build_import_plan(exported, other)
            planned = time.perf_counter() - started
            other.stack.push(plan.command())
            pushed = time.perf_counter() - started
            print(f"plan import into an empty project:          {planned:6.2f} s")
            print(f"  and the import itself (UUIDs kept):       {pushed:6.2f} s")
            started = time.perf_counter()
            again = build_import_plan(exported, other)
            assert len(again.already_present) == count
            print(f"plan the same import again (all skipped):   {time.perf_counter() - started:6.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
