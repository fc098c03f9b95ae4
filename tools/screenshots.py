"""Screenshots of the main window for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--output docs/screenshots] [--only KEY ...]

Opens each sample project of sample_projects/ at 1366x768 and 1920x1080 and saves
`<sample>_<width>x<height>.png`, plus the start page. Settings, recent files and recovery copies go to a
temporary folder, so the pictures never show the local user's history.
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
    """Let layouts, deferred rendering and timers run, as a user would see after a moment."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def parse_sizes(text: str) -> tuple[tuple[int, int], ...]:
    """`1366x768,1920x1080` as ((1366, 768), (1920, 1080)); empty text gives SIZES."""
    if not text:
        return SIZES
    return tuple(tuple(int(n) for n in size.split("x")) for size in text.split(","))


def panel_parser(description: str, sample: str | None = "atuntaqui_garments") -> argparse.ArgumentParser:
    """The options every panel screenshot script takes: sample, output folder, language and file suffix."""
    parser = argparse.ArgumentParser(description=description)
    if sample is not None:
        parser.add_argument("--sample", default=sample)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--language", default="en")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. _ru")
    return parser


def open_sample_copy(sample: str, language: str, prefix: str):
    """The application in `language` and a workspace on a copy of sample_projects/<sample>.gpkg.

    Settings, recent files and the copy go to a new temporary folder, so the sample itself is never
    written and the pictures never show the local user's history. Returns (app, workspace, folder).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["CLUSTERDESK_DATA_DIR"] = str(folder)

    from clusterdesk.core.workspace import RecentFiles, Workspace
    from clusterdesk.gui.app import make_application
    from clusterdesk.gui.i18n import install_translations

    app = make_application([sys.argv[0]])
    install_translations(app, language)
    copy = folder / f"{sample}.gpkg"
    shutil.copyfile(REPO / "sample_projects" / f"{sample}.gpkg", copy)
    workspace = Workspace(RecentFiles(folder / "recent.json"))
    workspace.open(copy)
    return app, workspace, folder


def window_with_panel(app, workspace, key: str, size: tuple[int, int], wait: float = 0.3):
    """A main window of `size` on `workspace`, the dock panel `key` shown in front: (window, dock)."""
    from clusterdesk.gui.main_window import MainWindow

    window = MainWindow(workspace)
    window.resize(*size)
    window.show()
    dock = window.docks[key]
    dock.show()
    dock.raise_()
    settle(app, wait)
    return window, dock


def save_shot(window, target: Path, written: list[Path]) -> None:
    """The window as it is drawn now, saved to `target` and noted in `written`."""
    window.grab().save(str(target))
    written.append(target)


def discard_window(window, app) -> None:
    window.hide()
    window.deleteLater()
    settle(app, 0.1)


def print_written(written: list[Path]) -> None:
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)


def save_and_discard(window, app, target: Path, written: list[Path]) -> None:
    """The last picture of `window`, which is then closed."""
    save_shot(window, target, written)
    discard_window(window, app)


def finish(workspace, written: list[Path]) -> int:
    """Close the copy of the sample without saving, list the pictures written; the exit code."""
    workspace.close(discard=True)
    print_written(written)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save screenshots of the main window on each sample.")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--only", nargs="*", help="sample keys, e.g. atuntaqui_garments")
    parser.add_argument("--samples", type=Path, default=REPO / "sample_projects")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CLUSTERDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="clusterdesk-screens-")

    from clusterdesk.core.workspace import RecentFiles
    from clusterdesk.gui.app import make_application
    from clusterdesk.gui.main_window import MainWindow

    samples = sorted(args.samples.glob("*.gpkg"))
    if args.only:
        samples = [s for s in samples if s.stem in args.only]
    if not samples:
        print(f"No sample projects in {args.samples}; run tools/build_samples.py first.", file=sys.stderr)
        return 1
    args.output.mkdir(parents=True, exist_ok=True)
    app = make_application([sys.argv[0]])
    recent = RecentFiles()
    for sample in reversed(samples):
        recent.add(sample)  # the start page then lists them as recent work

    written = []
    for width, height in SIZES:
        window = MainWindow()
        window.resize(width, height)
        window.show()
        settle(app, 0.5)
        target = args.output / f"start_page_{width}x{height}.png"
        window.grab().save(str(target))
        written.append(target)
        for sample in samples:
            if not window.documents.open_path(sample):
                print(f"{sample.name} could not be opened", file=sys.stderr)
                continue
            # Select the support institutions, so the pictures show the highlight and the count
            project = window.workspace.project
            support = project.connection.execute(
                "SELECT fid FROM stakeholders WHERE kind IN ('business_association', 'public_authority')"
            ).fetchall()
            window.workspace.selection.set([row[0] for row in support])
            settle(app, 1.5)
            target = args.output / f"{sample.stem}_{width}x{height}.png"
            window.grab().save(str(target))
            written.append(target)
            window.workspace.close(discard=True)
        window.workspace.shutdown()
        window.close()
        window.deleteLater()
        settle(app, 0.1)
    print_written(written)
    return 0


if __name__ == "__main__":
    sys.exit(main())
