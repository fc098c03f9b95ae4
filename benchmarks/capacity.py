"""Time capacity assessments at the scale of a large national programme: 600 support institutions, each
assessed in three rounds with the default framework (36,000 scores).

Targets: storing all rounds as one command ≤ 3 s; scoring every assessment ≤ 1 s; the gap table ≤ 1 s;
map scores ≤ 1 s; refreshing the capacity panel ≤ 2 s; writing the export ≤ 10 s and reading it back ≤ 10 s.

    QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/capacity.py
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from clusterdesk.analysis import capacity_scores as cs
from clusterdesk.core.capacity_edits import AssessmentInput, SaveAssessments
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.edits import AddStakeholders
from clusterdesk.core.project import Project
from clusterdesk.io.capacity_xlsx import export_assessments
from clusterdesk.io.capacity_xlsx_import import read_assessments

INSTITUTIONS, ROUNDS = 600, ("baseline", "mid_term", "final")


def timed(label: str, work):
    start = time.perf_counter()
    result = work()
    print(f"{label:<44} {time.perf_counter() - start:7.3f} s")
    return result


def main() -> None:
    rng = random.Random(7)
    folder = Path(tempfile.mkdtemp(prefix="capacity-bench-"))
    project = Project.new(folder / "capacity.gpkg", "Benchmark programme", country="EC")
    kinds = ("business_association", "bds_provider", "training_institution", "financial_institution")
    rows = [
        {"name": f"Institution {n:04d}", "kind": kinds[n % 4], "lon": -78 + rng.random(), "lat": rng.random()}
        for n in range(INSTITUTIONS)
    ]
    adding = AddStakeholders(rows)
    project.stack.push(adding)
    project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
    framework = cs.load_framework(project)
    items = []
    for fid in adding.added_fids:
        level = rng.uniform(1.5, 3.0)
        for step, round_code in enumerate(ROUNDS):
            scores = {i.fid: (max(1, min(5, round(level + step * 0.6 + rng.uniform(-1, 1)))), None)
                      for i in framework.indicators}  # fmt: skip
            if rng.random() < 0.1:
                scores.pop(framework.indicators[-1].fid)
            items.append(AssessmentInput(framework.fid, fid, round_code, scores))
    print(f"{len(items)} assessments, {sum(len(i.scores) for i in items)} scores")
    timed("store all rounds (one command)", lambda: project.stack.push(SaveAssessments(items)))
    timed("score every assessment", lambda: cs.results_by_institution(project, framework))
    gaps = timed("gap table", lambda: cs.gaps(project, framework))
    timed("map scores (institution_scores)", lambda: cs.institution_scores(project))
    print(f"  {len(gaps)} gaps")
    path = timed("export to XLSX", lambda: export_assessments(project, folder / "export.xlsx"))
    print(f"  {path.stat().st_size / 1e6:.1f} MB")
    imported = timed("read the export back (all checks)", lambda: read_assessments(project, path))
    timed("store the re-import (replaces every round)", lambda: project.stack.push(imported.command()))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.capacity import CapacityPanel

    app = QApplication.instance() or QApplication([])
    project.save()
    project.close()
    workspace = Workspace(RecentFiles(folder / "recent.json"))
    workspace.open(folder / "capacity.gpkg")
    panel = timed("open the capacity panel", lambda: CapacityPanel(workspace))
    timed("refresh the capacity panel", panel.refresh)
    app.processEvents()
    workspace.close(discard=True)


if __name__ == "__main__":
    main()
