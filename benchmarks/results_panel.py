"""The Results panel at scale: opening it, and switching to another indicator, on a project of
500 indicators × 40 quarters with actuals broken down into 5 areas (tools/synthetic.py).

    QT_QPA_PLATFORM=offscreen python benchmarks/results_panel.py [--indicators 500] [--periods 40]
        [--categories 5] [--repeat 5]

Target: the panel open (chain, the statuses of every indicator, the first result's indicators, chart and
values) ≤ 0.5 s. Timed in-process after the project is open, from the panel's construction until it has
painted once.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from synthetic import make_results_project  # noqa: E402


def _median(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.0f} ms (min {min(samples) * 1000:.0f} ms)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--indicators", type=int, default=500)
    parser.add_argument("--periods", type=int, default=40)
    parser.add_argument("--categories", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.results import ResultsPanel

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="clusterdesk-results-panel-") as folder:
        os.environ["CLUSTERDESK_DATA_DIR"] = folder
        path = make_results_project(
            Path(folder) / "results.gpkg", args.indicators, args.periods, args.categories
        )
        print(f"{args.indicators} indicators × {args.periods} quarters × {args.categories} areas")
        workspace = Workspace(RecentFiles(Path(folder) / "recent.json"))
        workspace.open(path)
        try:
            opening, switching = [], []
            for _ in range(args.repeat):
                started = time.perf_counter()
                panel = ResultsPanel(workspace)
                panel.resize(1366, 420)
                panel.show()
                app.processEvents()
                opening.append(time.perf_counter() - started)
                outputs = [r for r in panel.data.results if r["level"] == "output"]
                panel.tree.select_result(outputs[-1]["fid"])  # another result, its indicators and values
                started = time.perf_counter()
                panel.indicators.setCurrentCell(panel.indicators.rowCount() - 1, 1)
                app.processEvents()
                switching.append(time.perf_counter() - started)
                panel.close()
                panel.deleteLater()
                app.processEvents()
            shown = len(panel.overviews)
            print(
                f"open the Results panel ({shown} indicators with status): {_median(opening)};"
                " target ≤ 500 ms"
            )
            print(f"show another indicator (chart, values, categories): {_median(switching)}")
        finally:
            workspace.close(discard=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
