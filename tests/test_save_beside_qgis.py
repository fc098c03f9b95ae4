"""QGIS 3.22 holds the project open and edits it while ClusterDesk saves: both edits are kept or the save
is refused clearly, and neither program ever reads a damaged file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clusterdesk.core import edits
from clusterdesk.core.errors import FileChangedOnDiskError
from clusterdesk.core.project import Project
from conftest import assert_valid_project

sys.path.insert(0, str(Path(__file__).parent / "qgis"))  # the helpers shared with tests/qgis/
from project_builder import NAMES, build_project  # noqa: E402
from qgis_process import LiveQgis  # noqa: E402

pytestmark = pytest.mark.qgis
EDITED = 3  # fid of the stakeholder the QGIS user edits


def _employees(project: Project, fid: int) -> float:
    points = project.stakeholder_points()
    return points.employees[int((points.fid == fid).nonzero()[0][0])]


def test_edit_in_qgis_then_save_in_clusterdesk_keeps_both_or_refuses(tmp_path):
    path = build_project(tmp_path / "atuntaqui.gpkg")
    count = len(NAMES) + 1
    clusterdesk = Project.open(path)
    qgis = LiveQgis("hold_open_and_edit.py", path)
    try:
        assert qgis.ask("load")["valid"]
        edited = qgis.ask(f"edit {EDITED} 77")
        assert edited["committed"], edited["errors"]
        assert "-wal" in edited["companions"]  # QGIS keeps its edit in the WAL while it holds the file

        # ClusterDesk opened the file before the QGIS edit: its save must not replace that edit
        clusterdesk.stack.push(
            edits.AddStakeholders([{"name": "Bordados Natabuela", "lon": -78.2, "lat": 0.3}])
        )
        assert clusterdesk.changed_on_disk()
        with pytest.raises(FileChangedOnDiskError):
            clusterdesk.save()
        assert qgis.ask(f"read {EDITED}")["employees"] == 77

        # Reopened with QGIS still holding the file, the edit is there; saving now keeps both
        clusterdesk.close()
        clusterdesk = Project.open(path)
        assert _employees(clusterdesk, EDITED) == 77
        clusterdesk.stack.push(
            edits.AddStakeholders([{"name": "Bordados Natabuela", "lon": -78.2, "lat": 0.3}])
        )
        clusterdesk.save()

        # A third program opening the file while QGIS holds it reads both edits from an intact file
        with Project.open(path) as third:
            assert third.connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert len(third.stakeholder_points()) == count + 1 and _employees(third, EDITED) == 77
        seen = qgis.ask(f"read {EDITED}")  # QGIS reads the saved file: no "malformed", both edits
        assert seen["valid"] and seen["count"] == count + 1 and seen["employees"] == 77
        assert "Bordados Natabuela" in seen["names"]
        again = qgis.ask(f"edit {EDITED} 78")  # and goes on editing it
        assert again["committed"], again["errors"]
        assert clusterdesk.changed_on_disk()
        closed = qgis.quit()
        assert closed["closed"]
    finally:
        qgis.kill()
        clusterdesk.close()
    assert_valid_project(path)
    with Project.open(path) as reopened:
        assert len(reopened.stakeholder_points()) == count + 1
        assert _employees(reopened, EDITED) == 78
