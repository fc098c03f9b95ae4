"""Time the Selection panel on a national study (benchmarks/selection.py's 2,000 areas x 400 ISIC classes,
1.6 million figures): the first evaluation, whose statistics are read on the worker while the panel says
it is computing, then a weight edited in the criteria matrix with the map coloured by a sector's LQ
(target about 0.3 s: the panel keeps the indexed statistics). Median of several runs, wall and CPU time
of this process (the machine may be shared).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/selection_panel.py [--folder /tmp] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("/tmp"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from selection import project_file

    app = QApplication.instance() or QApplication([])
    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.selection import SelectionPanel

    source = project_file(args.folder)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "study.gpkg"
        shutil.copy(source, path)
        space = Workspace(RecentFiles(Path(folder) / "recent.json"))
        space.open(path)
        panel = SelectionPanel(space)
        panel.resize(1366, 320)
        panel.show()
        began, busy = time.perf_counter(), False
        while panel.picture is None:
            app.processEvents()
            busy = busy or panel.pages.currentWidget() is panel.busy
            time.sleep(0.005)
        print(
            f"first evaluation, statistics read on the worker: {time.perf_counter() - began:.2f} s "
            f"(the panel showed that it was computing: {'yes' if busy else 'no'})"
        )
        panel.map_mode.setCurrentIndex(panel.map_mode.findData("lq"))
        fid = space.project.connection.execute(
            "SELECT fid FROM selection_criteria ORDER BY position LIMIT 1"
        ).fetchone()[0]
        wall, cpu = [], []
        for run in range(args.runs):
            began, began_cpu = time.perf_counter(), time.process_time()
            panel.set_weight(fid, 1.0 + run)
            wall.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
        print(
            f"a weight edited, {len(panel.picture.evaluation.codes)} candidates re-ranked, LQ map shown: "
            f"median {statistics.median(wall):.2f} s, best {min(wall):.2f} s, "
            f"CPU {statistics.median(cpu):.2f} s (target about 0.3 s)"
        )
        panel.close()
        space.close(discard=True)


if __name__ == "__main__":
    main()
