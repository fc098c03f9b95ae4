"""Screenshots of the main window with the Network panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/network_panel_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default) and saves docs/screenshots/network_panel_1366x768.png
(the latest survey round, the firms' business ties sized by betweenness) and network_compare_1920x1080.png
(the same network compared with the baseline). The sample itself is never written.
"""

from __future__ import annotations

import sys

from screenshots import (
    finish,
    open_sample_copy,
    panel_parser,
    save_and_discard,
    settle,
    window_with_panel,
)


def main(argv: list[str] | None = None) -> int:
    args = panel_parser("Save screenshots of the Network panel.").parse_args(argv)
    app, workspace, _folder = open_sample_copy(args.sample, args.language, "clusterdesk-network-screens-")

    from PySide6.QtCore import Qt

    written = []
    for (width, height), compare, name in (
        ((1366, 768), False, "network_panel"),
        ((1920, 1080), True, "network_compare"),
    ):
        window, dock = window_with_panel(app, workspace, "network", (width, height))
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
        save_and_discard(window, app, args.output / f"{name}_{width}x{height}{args.suffix}.png", written)
    return finish(workspace, written)


if __name__ == "__main__":
    sys.exit(main())
