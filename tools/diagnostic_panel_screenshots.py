"""Screenshot of the main window with the Diagnostic panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/diagnostic_panel_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default); when the sample carries no diagnostic of its own,
adds the one of tests/gui/diagnostic/diagnostic_story.py. Saves docs/screenshots/diagnostic_panel_1366x768.png
with the SWOT tab and a weakness selected. The sample itself is never written.
"""

from __future__ import annotations

import shutil
import sys

from screenshots import REPO, open_sample_copy, panel_parser, settle, window_with_panel


def main(argv: list[str] | None = None) -> int:
    parser = panel_parser("Save a screenshot of the Diagnostic panel.")
    parser.add_argument("--tab", type=int, default=0, help="0: SWOT, 1: findings and leverage points")
    args = parser.parse_args(argv)
    app, workspace, folder = open_sample_copy(args.sample, args.language, "clusterdesk-diagnostic-screens-")

    from PySide6.QtCore import Qt

    from clusterdesk.core.diagnostic_data import has_diagnostic

    if not has_diagnostic(workspace.project.session.connection()):
        sys.path.insert(0, str(REPO / "tests" / "gui" / "diagnostic"))
        from diagnostic_story import build_atuntaqui_diagnostic

        build_atuntaqui_diagnostic(workspace.project)
    width, height = 1366, 768
    window, dock = window_with_panel(app, workspace, "diagnostic", (width, height))
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
