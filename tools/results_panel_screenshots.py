"""Screenshots of the main window with the Results panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/results_panel_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default) at 1366x768 and 1920x1080 and saves
docs/screenshots/results_panel_<width>x<height>.png. A sample without a result chain gets the chain of
tests/gui/results/panel_chain.py in the copy; the sample itself is never written.
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
SIZES = ((1366, 768), (1920, 1080))


def settle(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save screenshots of the Results panel.")
    parser.add_argument("--sample", default="atuntaqui_garments")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. _ru")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-results-screens-"))
    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder)

    from PySide6.QtCore import Qt

    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.app import make_application
    from clusterdesk.gui.i18n import install_translations
    from clusterdesk.gui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    install_translations(app, args.language)
    copy = folder / f"{args.sample}.gpkg"
    shutil.copyfile(REPO / "sample_projects" / f"{args.sample}.gpkg", copy)
    workspace = Workspace(RecentFiles(folder / "recent.json"))
    workspace.open(copy)
    has_chain = workspace.project.connection.execute("SELECT count(*) FROM results").fetchone()[0]
    if not has_chain:
        sys.path.insert(0, str(REPO / "tests" / "gui" / "results"))
        from panel_chain import build_atuntaqui_chain

        build_atuntaqui_chain(workspace.project)
        workspace.project.save()
    written = []
    for width, height in SIZES:
        window = MainWindow(workspace)
        window.resize(width, height)
        window.show()
        dock = window.docks["results"]
        dock.show()
        dock.raise_()
        settle(app, 0.5)
        window.resizeDocks([dock], [int(height * 0.55)], Qt.Orientation.Vertical)
        panel = dock.widget()
        # an output with contributing actions whose indicators have the most values tells the most
        outputs = [
            r for r in panel.data.results if r["level"] == "output" and panel.data.indicators_of(r["fid"])
        ]

        def told(result, panel=panel) -> tuple[bool, int]:
            series = [panel.overviews[i["fid"]].series for i in panel.data.indicators_of(result["fid"])]
            return bool(panel.data.task_links.get(result["fid"])), sum(
                len(s.actuals) + len(s.targets) for s in series
            )

        if outputs:
            chosen = max(outputs, key=told)
            panel.tree.select_result(chosen["fid"])
            indicators = panel.data.indicators_of(chosen["fid"])
            richest = max(indicators, key=lambda i: len(panel.overviews[i["fid"]].series.actuals))
            panel.indicators.setCurrentCell(indicators.index(richest), 1)
        settle(app, 1.0)
        target = args.output / f"results_panel_{width}x{height}{args.suffix}.png"
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
