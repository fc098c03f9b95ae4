"""Screenshots of the main window for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--output docs/screenshots] [--only KEY ...]

Opens each sample project of sample_projects/ at 1366x768 and 1920x1080 and saves
`<sample>_<width>x<height>.png`, plus the start page. Settings, recent files and recovery copies go to a
temporary folder, so the pictures never show the local user's history.
"""

from __future__ import annotations

import argparse
import os
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
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
