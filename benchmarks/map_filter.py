"""How fast the map follows a registry search on a large project.

    python benchmarks/map_filter.py [--stakeholders 100000] [--runs 5] [--workdir DIR]

A synthetic project is opened on a 1366x600 canvas (the map of a laptop window with a bottom panel);
each run times, in process, the filter of one stakeholder in ten reaching the drawn map
(`MapCanvas.set_stakeholder_filter` and the render that follows), then clearing it. The figure is the
median of the runs. Target: 250 ms each at 100,000 stakeholders, within the registry's
250 ms typing pause, so the map is drawn before the next search starts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

TARGET_MS = 250.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stakeholders", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    from synthetic import make_synthetic_project

    from clusterdesk.core.project import Project
    from clusterdesk.core.selection import Selection
    from clusterdesk.gui.map import MapCanvas

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="clusterdesk-map-filter-"))
    path = folder / f"filter_{args.stakeholders}.gpkg"
    if not path.exists():
        make_synthetic_project(path, args.stakeholders)
    project = Project.open(path)
    canvas = MapCanvas()
    canvas.resize(1366, 600)
    canvas.set_project(project, Selection())
    canvas.zoom_to_project()
    canvas.render_now()
    fids = project.stakeholder_points().fid
    shown = fids[::10]

    filtering, clearing = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        canvas.set_stakeholder_filter(project, shown)
        canvas.render_now()
        filtering.append((time.perf_counter() - start) * 1000)
        assert canvas.filter_counts() == (len(shown), len(fids))
        start = time.perf_counter()
        canvas.set_stakeholder_filter(project, None)
        canvas.render_now()
        clearing.append((time.perf_counter() - start) * 1000)
    app.processEvents()
    print(f"{len(fids):,} stakeholders, {len(shown):,} shown by the filter, {args.runs} runs (median)")
    for name, times in (("filter and draw", filtering), ("clear and draw", clearing)):
        median = statistics.median(times)
        verdict = "ok" if median <= TARGET_MS else "over"
        print(f"  {name:16} {median:7.1f} ms   target {TARGET_MS:.0f} ms   {verdict}")
    canvas.renderer.close()
    project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
