"""Screenshots of the main window with the Selection panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/selection_panel_screenshots.py [--language es] [--suffix _es]

Opens a copy of the Ecuador cluster selection sample and saves to docs/screenshots:

- selection_panel_1366x768.png and selection_panel_1920x1080.png: the ranking beside the sensitivity
  chart (the 1920x1080 one shows the criteria matrix), the map coloured by the best candidate score;
- selection_choropleth_lq_1366x768.png: the provinces by the location quotient of garments (14);
- selection_choropleth_score_1366x768.png: the provinces by the best candidate score.

The sample itself is never written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = "ecuador_cluster_selection"


def settle(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save screenshots of the Selection panel.")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. _ru")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-selection-screens-"))
    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder)

    from PySide6.QtCore import Qt

    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.app import make_application
    from clusterdesk.gui.i18n import install_translations
    from clusterdesk.gui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    install_translations(app, args.language)
    copy = folder / f"{SAMPLE}.gpkg"
    shutil.copyfile(REPO / "sample_projects" / f"{SAMPLE}.gpkg", copy)
    workspace = Workspace(RecentFiles(folder / "recent.json"))
    workspace.open(copy)
    shots = (
        ((1366, 768), "score", 0, "selection_panel"),
        ((1920, 1080), "score", 1, "selection_panel"),
        ((1366, 768), "lq", 0, "selection_choropleth_lq"),
        ((1366, 768), "score", 0, "selection_choropleth_score"),
    )
    written = []
    for (width, height), mode, tab, name in shots:
        window = MainWindow(workspace)
        window.resize(width, height)
        window.show()
        dock = window.docks["selection"]
        dock.show()
        dock.raise_()
        settle(app, 0.3)
        panel_share = 0.42 if name == "selection_panel" else 0.34
        window.resizeDocks([dock], [int(height * panel_share)], Qt.Orientation.Vertical)
        panel = dock.widget()
        settle(app, 0.3)
        panel.tabs.setCurrentIndex(tab)
        if mode == "lq":
            panel.map_mode.setCurrentIndex(panel.map_mode.findData("lq"))
            panel.sector.setCurrentIndex(max(0, panel.sector.findData("14")))
        else:
            panel.map_mode.setCurrentIndex(panel.map_mode.findData("score"))
            panel.classing.setCurrentIndex(panel.classing.findData("jenks"))
        panel.ranking.selectRow(0)
        settle(app, 1.0)
        target = args.output / f"{name}_{width}x{height}{args.suffix}.png"
        window.grab().save(str(target))
        written.append(target)
        window.hide()
        window.deleteLater()
        settle(app, 0.1)
    workspace.close(discard=True)
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
