"""Screenshots of the main window with the Selection panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/selection_panel_screenshots.py [--language es] [--suffix _es]

Opens a copy of the Ecuador cluster selection sample and saves to docs/screenshots:

- selection_panel_1366x768.png and selection_panel_1920x1080.png: the ranking beside the sensitivity
  chart (the 1920x1080 one shows the criteria matrix), the map coloured by the best candidate score;
- selection_choropleth_lq_1366x768.png: the provinces by the location quotient of garments (14);
- selection_choropleth_score_1366x768.png: the provinces by the best candidate score.

The sample itself is never written.
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

SAMPLE = "ecuador_cluster_selection"


def main(argv: list[str] | None = None) -> int:
    args = panel_parser("Save screenshots of the Selection panel.", sample=None).parse_args(argv)
    app, workspace, _folder = open_sample_copy(SAMPLE, args.language, "clusterdesk-selection-screens-")

    from PySide6.QtCore import Qt

    shots = (
        ((1366, 768), "score", 0, "selection_panel"),
        ((1920, 1080), "score", 1, "selection_panel"),
        ((1366, 768), "lq", 0, "selection_choropleth_lq"),
        ((1366, 768), "score", 0, "selection_choropleth_score"),
    )
    written = []
    for (width, height), mode, tab, name in shots:
        window, dock = window_with_panel(app, workspace, "selection", (width, height))
        panel_share = 0.42 if name == "selection_panel" else 0.34
        window.resizeDocks([dock], [int(height * panel_share)], Qt.Orientation.Vertical)
        panel = dock.widget()
        settle(app, 0.3)
        panel.tabs.setCurrentIndex(tab)
        if mode == "lq":
            panel.map_mode.setCurrentIndex(panel.map_mode.findData("lq"))
            panel.sector.setCurrentIndex(max(0, panel.sector.findData("14")))
        else:
            panel.map_mode.setCurrentIndex(panel.map_mode.findData("score"))
            panel.classing.setCurrentIndex(panel.classing.findData("jenks"))
        panel.ranking.selectRow(0)
        settle(app, 1.0)
        save_and_discard(window, app, args.output / f"{name}_{width}x{height}{args.suffix}.png", written)
    return finish(workspace, written)


if __name__ == "__main__":
    sys.exit(main())
