"""Screenshots of the main window with the Network panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/network_panel_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default) and saves docs/screenshots/network_panel_1366x768.png
(the latest survey round, the firms' business ties sized by betweenness) and network_compare_1920x1080.png
(the same network compared with the baseline). The sample itself is never written.
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
    parser = argparse.ArgumentParser(description="Save screenshots of the Network panel.")
    parser.add_argument("--sample", default="atuntaqui_garments")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. _ru")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-network-screens-"))
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
    written = []
    for (width, height), compare, name in (
        ((1366, 768), False, "network_panel"),
        ((1920, 1080), True, "network_compare"),
    ):
        window = MainWindow(workspace)
        window.resize(width, height)
        window.show()
        dock = window.docks["network"]
        dock.show()
        dock.raise_()
        settle(app, 0.3)
        window.resizeDocks([dock], [int(height * 0.62)], Qt.Orientation.Vertical)
        panel = dock.widget()
        panel.wait()
        if compare:
            panel.compare.setChecked(True)
            panel.wait()
        broker = panel.measures.brokers.item(0)
        if broker is not None and broker.data(Qt.ItemDataRole.UserRole) is not None:
            workspace.selection.set([broker.data(Qt.ItemDataRole.UserRole)])
        settle(app, 0.8)
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
