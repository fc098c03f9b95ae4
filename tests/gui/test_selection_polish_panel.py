"""The Selection panel keeps one set of indexed statistics between evaluations (a weight edit re-ranks
without reading the figures again; new figures are read afresh), evaluates a large study on the worker
while saying that it is computing, and opens the map on the mainland of the Ecuador sample."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clusterdesk.core import selection_edits as edits
from clusterdesk.gui.selection import SelectionPanel, selection_panel
from clusterdesk.render.viewport import mercator_to_lonlat
from selection_desk_study import HAND_ORDER, study_workspace

SAMPLE = Path(__file__).resolve().parents[2] / "sample_projects" / "ecuador_cluster_selection.gpkg"


@pytest.fixture
def workspace(tmp_path):
    with study_workspace(tmp_path) as space:
        yield space


def open_panel(qtbot, workspace) -> SelectionPanel:
    panel = SelectionPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(1200, 320)
    panel.show()
    qtbot.waitUntil(lambda: panel.picture is not None, timeout=10000)
    return panel


def test_a_weight_edit_reranks_on_the_statistics_already_indexed(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    kept = panel.stats
    assert kept is not None and kept._indexed is not None
    project = workspace.project
    specialisation = project.connection.execute(
        "SELECT fid FROM selection_criteria WHERE key = 'specialisation'"
    ).fetchone()[0]
    panel.set_weight(specialisation, 10.0)
    assert panel.stats is kept  # not read again
    # with specialisation weighing 10 against 2, Tungurahua's footwear (LQ 4.0) leads
    assert panel.ranking.codes_in_order()[0] == "FOO-TUN"
    project.stack.undo()
    assert panel.ranking.codes_in_order() == HAND_ORDER


def test_new_figures_are_read_afresh(qtbot, workspace):
    panel = open_panel(qtbot, workspace)
    kept = panel.stats
    project = workspace.project
    row = {"area_code": "17", "sector_code": "16", "year": 2022, "measure": "employment", "value": 1000}
    project.stack.push(edits.import_rows(project, {"selection_statistics": [row]}, "Import"))
    assert panel.stats is not kept
    # 1000 more jobs in Pichincha: the nation's 9000, garments' share 1000/9000, Imbabura's LQ 0.3 / (1/9)
    evaluation = panel.picture.evaluation
    assert evaluation.values[evaluation.codes.index("GAR-IMB"), 0] == pytest.approx(2.7)
    project.stack.undo()
    evaluation = panel.picture.evaluation
    assert evaluation.values[evaluation.codes.index("GAR-IMB"), 0] == pytest.approx(2.4)


def test_a_large_study_is_evaluated_on_the_worker_while_the_panel_says_so(qtbot, workspace, monkeypatch):
    monkeypatch.setattr(selection_panel, "LARGE_STUDY", 1)
    panel = SelectionPanel(workspace)
    qtbot.addWidget(panel)
    panel.resize(1200, 320)
    panel.show()
    panel.refresh()  # starts the worker and returns at once
    assert panel.picture is None and panel._loading is not None
    assert panel.pages.currentWidget() is panel.busy
    assert panel.busy.text() == "Computing the study: reading and indexing 12 figures…"
    qtbot.waitUntil(lambda: panel.picture is not None, timeout=10000)
    assert panel.pages.currentIndex() == 1
    assert panel.ranking.codes_in_order() == HAND_ORDER
    assert panel.stats is not None and panel._loading is None


def test_the_sample_map_opens_on_the_mainland(make_window, qtbot, tmp_path):
    path = tmp_path / "ecuador.gpkg"
    shutil.copy(SAMPLE, path)
    window = make_window()
    assert window.documents.open_path(path)
    dock = window.docks["selection"]
    dock.toggleViewAction().trigger()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.picture is not None, timeout=10000)
    panel.map_mode.setCurrentIndex(panel.map_mode.findData("lq"))
    assert window.canvas.renderer.choropleth is not None
    viewport = window.canvas.viewport
    x0, y0, x1, y1 = viewport.mercator_bounds()
    (lon0, lon1), _lats = mercator_to_lonlat([x0, x1], [y0, y1])
    assert lon0 > -89.5  # the Galápagos (-92 to -89) are not framed: the mainland is not shrunk
    assert lon0 < -80.5 and lon1 > -75.5  # the whole mainland is


def test_default_criteria_and_percentages_read_in_the_window_language(qtbot, workspace, interface_language):
    from clusterdesk.gui.selection.labels import value_text

    interface_language("es")
    panel = open_panel(qtbot, workspace)
    assert panel.criterion.itemText(0) == "Especialización (CL)"
    assert panel.matrix.horizontalHeaderItem(0).toolTip().startswith("Especialización (CL)")
    assert "Specialisation" not in panel.sentence.text()
    assert value_text("growth", 0.384).replace("\u00a0", " ") == "+38 %"
    assert value_text("national_share", 0.11).replace("\u00a0", " ") == "11 %"
    assert value_text("location_quotient", 3.82) == "3,82"
