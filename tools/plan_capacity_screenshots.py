"""Screenshots of the main window with the Action plan or the Capacity panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/plan_capacity_screenshots.py [--panel plan|capacity]
        [--sample KEY] [--language ru] [--suffix _ru]

Opens a copy of a sample (Atuntaqui garments by default) at 1366x768 and 1920x1080 with the panel as it
docks in the window's default layout, and saves docs/screenshots/<panel>_panel_<width>x<height>.png.
The sample itself is never written.
"""

from __future__ import annotations

import sys

from screenshots import (
    finish,
    open_sample_copy,
    panel_parser,
    parse_sizes,
    save_and_discard,
    settle,
    window_with_panel,
)


def main(argv: list[str] | None = None) -> int:
    parser = panel_parser("Save screenshots of the Action plan or Capacity panel.")
    parser.add_argument("--panel", choices=("plan", "capacity"), default="plan")
    parser.add_argument("--sizes", default="", help="e.g. 1366x768 (default: both sizes)")
    args = parser.parse_args(argv)
    app, workspace, _folder = open_sample_copy(args.sample, args.language, "clusterdesk-panel-screens-")
    written = []
    for width, height in parse_sizes(args.sizes):
        window, _dock = window_with_panel(app, workspace, args.panel, (width, height))
        window.fit_default_layout()  # the default layout's share of the window for the bottom panels
        settle(app, 1.0)
        save_and_discard(
            window, app, args.output / f"{args.panel}_panel_{width}x{height}{args.suffix}.png", written
        )
    return finish(workspace, written)


if __name__ == "__main__":
    sys.exit(main())
