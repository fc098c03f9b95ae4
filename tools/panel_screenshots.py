"""Screenshots of every dock panel in its default place, for the documentation and for a look at each.

    QT_QPA_PLATFORM=offscreen python tools/panel_screenshots.py [--language ru] [--only plan capacity]
        [--sizes 1366x768]

Opens a copy of a sample at 1366x768 and 1920x1080 with the window's default layout (Layers on the left,
Stakeholders at the bottom) and shows each registered panel in turn where it docks by default: a bottom
panel in front of the bottom tab group, a right panel beside the map. Saves
docs/screenshots/panel_<key>_<width>x<height>.png, and with --language
panel_<key>_<width>x<height>_<language>.png. English uses the Atuntaqui sample, Russian the Samara
sample and Spanish the Bosawas sample; the Selection panel always shows the Ecuador selection study.
Settings and recent files go to a temporary folder and the samples themselves are never written.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from screenshots import REPO, parse_sizes, print_written, settle

SAMPLE_OF_LANGUAGE = {"en": "atuntaqui_garments", "ru": "samara_automotive", "es": "bosawas_cocoa"}
SAMPLE_OF_PANEL = {"selection": "ecuador_cluster_selection"}
WORKER_PANELS = {"network", "checks"}  # they compute on a worker thread after they are shown


def open_window(sample: Path, size: tuple[int, int], app):
    """A main window of `size` that opens `sample` as a user would, in the default layout."""
    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.main_window import MainWindow

    window = MainWindow(Workspace(RecentFiles(sample.parent / "recent.json")))
    window.resize(*size)
    window.show()
    settle(app, 0.2)
    if not window.documents.open_path(sample):
        raise SystemExit(f"{sample.name} could not be opened")
    settle(app, 0.3)
    return window


def show_panel(window, key: str, app) -> None:
    """The panel in front in its default place, the docks sized as on first start."""
    dock = window.docks[key]
    dock.show()
    dock.raise_()
    settle(app, 0.3)
    window.fit_default_layout()
    settle(app, 4.0 if key in WORKER_PANELS else 1.2)


def close_window(window, app) -> None:
    window.workspace.close(discard=True)
    window.hide()
    window.deleteLater()
    settle(app, 0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save a screenshot of every dock panel at two sizes.")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en", choices=sorted(SAMPLE_OF_LANGUAGE))
    parser.add_argument("--only", nargs="*", help="panel keys, e.g. plan capacity")
    parser.add_argument("--sizes", default="", help="e.g. 1366x768 (default: both sizes)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="clusterdesk-panel-screens-"))
    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder)

    from clusterdesk.gui.app import make_application
    from clusterdesk.gui.i18n import install_translations
    from clusterdesk.gui.panels import registered_panels

    app = make_application([sys.argv[0]])
    install_translations(app, args.language)
    sizes = parse_sizes(args.sizes)
    suffix = "" if args.language == "en" else f"_{args.language}"
    keys = [spec.id for spec in registered_panels() if not args.only or spec.id in args.only]
    args.output.mkdir(parents=True, exist_ok=True)

    def copy_of(sample: str) -> Path:
        copy = folder / f"{sample}.gpkg"
        if not copy.exists():
            shutil.copyfile(REPO / "sample_projects" / f"{sample}.gpkg", copy)
        return copy

    written = []
    for key in keys:
        sample = SAMPLE_OF_PANEL.get(key, SAMPLE_OF_LANGUAGE[args.language])
        for width, height in sizes:
            window = open_window(copy_of(sample), (width, height), app)
            show_panel(window, key, app)
            target = args.output / f"panel_{key}_{width}x{height}{suffix}.png"
            window.grab().save(str(target))
            written.append(target)
            close_window(window, app)
    print_written(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
