"""Screenshots of the firm surveys in the main window, for the documentation.

    QT_QPA_PLATFORM=offscreen python tools/surveys_screenshots.py [--sample KEY] [--language ru]

Opens a copy of a sample (Atuntaqui garments by default) and saves docs/screenshots/surveys_tab_1366x768.png
(the Diagnostic panel's Surveys tab: the follow-up's responses, completeness and employees compared across
rounds) and surveys_map_answer_1366x768.png (the firms coloured by their employees in the follow-up, with the
legend in the Layers panel). The sample itself is never written.
"""

from __future__ import annotations

import sys

from screenshots import (
    finish,
    open_sample_copy,
    panel_parser,
    save_and_discard,
    save_shot,
    settle,
    window_with_panel,
)


def main(argv: list[str] | None = None) -> int:
    parser = panel_parser("Save screenshots of the firm surveys.")
    parser.add_argument("--question", default="employees")
    args = parser.parse_args(argv)
    app, workspace, _folder = open_sample_copy(args.sample, args.language, "clusterdesk-survey-screens-")

    from PySide6.QtCore import Qt

    written = []
    window, dock = window_with_panel(app, workspace, "diagnostic", (1366, 768))
    window.resizeDocks([dock], [int(768 * 0.7)], Qt.Orientation.Vertical)
    panel = dock.widget()
    panel.tabs.setCurrentWidget(panel.surveys_tab)
    tab = panel.surveys_tab
    tab.question.setCurrentIndex(max(tab.question.findData(args.question), 0))
    settle(app, 0.8)
    save_shot(window, args.output / f"surveys_tab_1366x768{args.suffix}.png", written)

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
    save_and_discard(window, app, args.output / f"surveys_map_answer_1366x768{args.suffix}.png", written)
    return finish(workspace, written)


if __name__ == "__main__":
    sys.exit(main())
