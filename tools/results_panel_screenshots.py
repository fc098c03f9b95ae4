"""Screenshots of the main window with the Results panel open, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/results_panel_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default) at 1366x768 and 1920x1080 and saves
docs/screenshots/results_panel_<width>x<height>.png. A sample without a result chain gets the chain of
tests/gui/results/panel_chain.py in the copy; the sample itself is never written.
"""

from __future__ import annotations

import sys

from screenshots import (
    REPO,
    SIZES,
    finish,
    open_sample_copy,
    panel_parser,
    save_and_discard,
    settle,
    window_with_panel,
)


def main(argv: list[str] | None = None) -> int:
    args = panel_parser("Save screenshots of the Results panel.").parse_args(argv)
    app, workspace, _folder = open_sample_copy(args.sample, args.language, "clusterdesk-results-screens-")

    from PySide6.QtCore import Qt

    has_chain = workspace.project.connection.execute("SELECT count(*) FROM results").fetchone()[0]
    if not has_chain:
        sys.path.insert(0, str(REPO / "tests" / "gui" / "results"))
        from panel_chain import build_atuntaqui_chain

        build_atuntaqui_chain(workspace.project)
        workspace.project.save()
    written = []
    for width, height in SIZES:
        window, dock = window_with_panel(app, workspace, "results", (width, height), wait=0.5)
        window.resizeDocks([dock], [int(height * 0.55)], Qt.Orientation.Vertical)
        panel = dock.widget()
        # an output with contributing actions whose indicators have the most values tells the most
        outputs = [
            r for r in panel.data.results if r["level"] == "output" and panel.data.indicators_of(r["fid"])
        ]

        def told(result, panel=panel) -> tuple[bool, int]:
            series = [panel.overviews[i["fid"]].series for i in panel.data.indicators_of(result["fid"])]
            return bool(panel.data.task_links.get(result["fid"])), sum(
                len(s.actuals) + len(s.targets) for s in series
            )

        if outputs:
            chosen = max(outputs, key=told)
            panel.tree.select_result(chosen["fid"])
            indicators = panel.data.indicators_of(chosen["fid"])
            richest = max(indicators, key=lambda i: len(panel.overviews[i["fid"]].series.actuals))
            panel.indicators.setCurrentCell(indicators.index(richest), 1)
        settle(app, 1.0)
        save_and_discard(
            window, app, args.output / f"results_panel_{width}x{height}{args.suffix}.png", written
        )
    return finish(workspace, written)


if __name__ == "__main__":
    sys.exit(main())
