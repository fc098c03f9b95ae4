"""Screenshots of the firm surveys in the main window, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/surveys_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default) and saves docs/screenshots/surveys_tab_1366x768.png
(the Diagnostic panel's Surveys tab: the follow-up's responses, completeness and employees compared across
rounds) and surveys_map_answer_1366x768.png (the firms coloured by their employees in the follow-up, with the
legend in the Layers panel). The sample itself is never written.
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
    parser = argparse.ArgumentParser(description="Save screenshots of the firm surveys.")
    parser.add_argument("--sample", default="atuntaqui_garments")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--question", default="employees")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. _ru")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-survey-screens-"))
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

    window = MainWindow(workspace)
    window.resize(1366, 768)
    window.show()
    dock = window.docks["diagnostic"]
    dock.show()
    dock.raise_()
    settle(app, 0.3)
    window.resizeDocks([dock], [int(768 * 0.7)], Qt.Orientation.Vertical)
    panel = dock.widget()
    panel.tabs.setCurrentWidget(panel.surveys_tab)
    tab = panel.surveys_tab
    tab.question.setCurrentIndex(max(tab.question.findData(args.question), 0))
    settle(app, 0.8)
    target = args.output / f"surveys_tab_1366x768{args.suffix}.png"
    window.grab().save(str(target))
    written.append(target)

    dock.hide()
    window.docks["registry"].hide()  # the whole height for the map
    layers = window.docks["layers"]
    layers.show()
    layers.raise_()
    window.resizeDocks([layers], [330], Qt.Orientation.Horizontal)
    options = layers.widget().answer_options
    options.enabled.setChecked(True)
    options.survey.setCurrentIndex(options.survey.count() - 1)
    options.question.setCurrentIndex(max(options.question.findData(args.question), 0))
    settle(app, 0.3)
    window.canvas.zoom_to_project()
    settle(app, 1.0)
    window.canvas.render_now()
    settle(app, 0.3)
    target = args.output / f"surveys_map_answer_1366x768{args.suffix}.png"
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
