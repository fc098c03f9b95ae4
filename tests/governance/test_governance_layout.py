"""The structure tree shows whole names of bodies and members even in a narrow dock."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from clusterdesk.core import governance_edits as g
from clusterdesk.core.workspace import RecentFiles, Workspace
from clusterdesk.gui.governance.governance_panel import GovernancePanel

LONG_NAME = "Comité Directivo del Clúster Textil y de Confecciones de Antonio Ante"


def test_names_are_not_cut_while_other_columns_have_room(qtbot, tmp_path):
    workspace = Workspace(RecentFiles(tmp_path / "recent.json"))
    project = workspace.new(tmp_path / "cluster.gpkg", "Atuntaqui garments")
    try:
        project.stack.push(g.add_body(project, {"name": LONG_NAME, "body_type": "steering_committee"}))
        panel = GovernancePanel(workspace)
        qtbot.addWidget(panel)
        panel.resize(320, 300)  # a dock beside the map on a laptop screen
        panel.show()
        qtbot.waitExposed(panel)
        panel.reload()
        header = panel.tree.header()
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
        assert not header.stretchLastSection()
        needed = panel.tree.fontMetrics().horizontalAdvance(LONG_NAME)
        assert header.sectionSize(0) >= needed  # whole; the tree scrolls sideways instead
        assert panel.minimumSizeHint().width() <= 400
    finally:
        workspace.close(discard=True)
