"""Screenshots of the main window with the Action plan or the Capacity panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/plan_capacity_screenshots.py [--panel plan|capacity]
        [--sample KEY] [--language ru] [--suffix _ru]

Opens a copy of a sample (Atuntaqui garments by default) at 1366x768 and 1920x1080 with the panel as it
docks in the window's default layout, and saves docs/screenshots/<panel>_panel_<width>x<height>.png.
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
SIZES = ((1366, 768), (1920, 1080))


def settle(app, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save screenshots of the Action plan or Capacity panel.")
    parser.add_argument("--panel", choices=("plan", "capacity"), default="plan")
    parser.add_argument("--sample", default="atuntaqui_garments")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. _ru")
    parser.add_argument("--sizes", default="", help="e.g. 1366x768 (default: both sizes)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-panel-screens-"))
    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder)

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
    sizes = SIZES
    if args.sizes:
        sizes = tuple(tuple(int(n) for n in size.split("x")) for size in args.sizes.split(","))
    written = []
    for width, height in sizes:
        window = MainWindow(workspace)
        window.resize(width, height)
        window.show()
        dock = window.docks[args.panel]
        dock.show()
        dock.raise_()
        settle(app, 0.3)
        window.fit_default_layout()  # the default layout's share of the window for the bottom panels
        settle(app, 1.0)
        target = args.output / f"{args.panel}_panel_{width}x{height}{args.suffix}.png"
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
