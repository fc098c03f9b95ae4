"""The structure tree fits a narrow dock: the names take what the other columns leave, with no sideways
scroll bar, the least needed columns make way, and a cut name shows whole in its tooltip with the
details of the hidden columns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from clusterdesk.core import governance_edits as g
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.governance.governance_panel import (
    GENDER_COLUMN,
    NAME_COLUMN,
    ROLE_COLUMN,
    TERM_COLUMN,
    GovernancePanel,
)

LONG_NAME = "Comité Directivo del Clúster Textil y de Confecciones de Antonio Ante"


def _shown_width(header: QHeaderView) -> int:
    return sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))


def test_names_fit_a_narrow_dock_and_show_whole_in_their_tooltip(qtbot, tmp_path):
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    project = workspace.new(tmp_path / "cluster.gpkg", "Atuntaqui garments")
    try:
        body = {"name": LONG_NAME, "body_type": "steering_committee", "established_on": dt.date(2021, 3, 1)}
        project.stack.push(g.add_body(project, body))
        panel = GovernancePanel(workspace)
        qtbot.addWidget(panel)
        panel.resize(320, 300)  # a dock beside the map on a laptop screen
        panel.show()
        qtbot.waitExposed(panel)
        panel.reload()
        tree, header = panel.tree, panel.tree.header()
        qtbot.waitUntil(lambda: header.isSectionHidden(TERM_COLUMN))
        assert header.sectionResizeMode(NAME_COLUMN) == QHeaderView.ResizeMode.Stretch
        assert tree.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert _shown_width(header) <= tree.viewport().width()
        assert header.isSectionHidden(GENDER_COLUMN)  # the least needed goes first
        assert header.sectionSize(NAME_COLUMN) >= 200  # names keep a readable width
        item = tree.topLevelItem(0)
        assert tree.fontMetrics().horizontalAdvance(LONG_NAME) > header.sectionSize(NAME_COLUMN)
        tip = item.toolTip(NAME_COLUMN)
        assert tip.splitlines()[0] == LONG_NAME and "2021-03-01" in tip  # the hidden term too
        assert panel.minimumSizeHint().width() <= 400

        panel.resize(1100, 300)  # floated wide: every column back, each as wide as its title
        qtbot.waitUntil(lambda: not header.isSectionHidden(TERM_COLUMN))
        assert not any(header.isSectionHidden(c) for c in range(header.count()))
        title = tree.headerItem().text(ROLE_COLUMN)
        assert header.sectionSize(ROLE_COLUMN) > header.fontMetrics().horizontalAdvance(title)
    finally:
        workspace.close(discard=True)
