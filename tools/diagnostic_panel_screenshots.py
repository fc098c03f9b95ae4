"""Screenshot of the main window with the Diagnostic panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/diagnostic_panel_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default); when the sample carries no diagnostic of its own,
adds the one of tests/gui/diagnostic/diagnostic_story.py. Saves docs/screenshots/diagnostic_panel_1366x768.png
with the SWOT tab and a weakness selected. The sample itself is never written.
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


def settle(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save a screenshot of the Diagnostic panel.")
    parser.add_argument("--sample", default="atuntaqui_garments")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--suffix", default="", help="added to the file name, e.g. _ru")
    parser.add_argument("--tab", type=int, default=0, help="0: SWOT, 1: findings and leverage points")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-diagnostic-screens-"))
    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder)

    from PySide6.QtCore import Qt

    from clusterdesk.core.diagnostic_data import has_diagnostic
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
    if not has_diagnostic(workspace.project.session.connection()):
        sys.path.insert(0, str(REPO / "tests" / "gui" / "diagnostic"))
        from diagnostic_story import build_atuntaqui_diagnostic

        build_atuntaqui_diagnostic(workspace.project)
    width, height = 1366, 768
    window = MainWindow(workspace)
    window.resize(width, height)
    window.show()
    dock = window.docks["diagnostic"]
    dock.show()
    dock.raise_()
    settle(app, 0.3)
    window.resizeDocks([dock], [int(height * 0.6)], Qt.Orientation.Vertical)
    panel = dock.widget()
    panel.tabs.setCurrentIndex(args.tab)
    category = "weakness" if args.tab == 0 else "finding"
    items = panel.data.items_of(category)
    if items:
        panel.select_item(items[0]["fid"])
    settle(app, 0.8)
    target = args.output / f"diagnostic_panel_{width}x{height}{args.suffix}.png"
    window.grab().save(str(target))
    print(target)
    window.hide()
    workspace.close(discard=True)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
