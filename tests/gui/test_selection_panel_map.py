"""The Selection panel in the main window: its map row puts the LQ or score choropleth on the map canvas,
and "Start cluster project" writes the phase-2 project of the chosen candidate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from clusterdesk.core.project import Project
from clusterdesk.gui import ask
from clusterdesk.render.choropleth_classes import NO_VALUE_COLOUR, PALETTE
from clusterdesk.render.viewport import lonlat_to_mercator
from selection_desk_study import new_study_project


def open_study(make_window, qtbot, tmp_path):
    path = tmp_path / "mapping.gpkg"
    project = new_study_project(path)
    project.save()
    project.close()
    window = make_window()
    assert window.documents.open_path(path)
    dock = window.docks["selection"]
    dock.toggleViewAction().trigger()
    panel = dock.widget()
    qtbot.waitUntil(lambda: panel.picture is not None, timeout=5000)
    return window, panel


def _pixel(window, lon: float, lat: float) -> QColor:
    canvas = window.canvas
    image = canvas.renderer.render(canvas.viewport)
    x, y = canvas.viewport.mercator_to_pixel(*lonlat_to_mercator(lon, lat))
    return QColor(image.pixel(int(x), int(y)))


def _close(colour: QColor, expected: str, tolerance: int = 40) -> bool:
    other = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True))


def test_the_map_row_colours_the_areas_by_lq_then_by_score(make_window, qtbot, tmp_path):
    window, panel = open_study(make_window, qtbot, tmp_path)
    renderer = window.canvas.renderer
    assert renderer.choropleth is None
    panel.map_mode.setCurrentIndex(panel.map_mode.findData("lq"))
    assert panel.sector.currentData() == "14"  # the candidates' sectors come first
    choropleth = renderer.choropleth
    assert choropleth is not None and choropleth.classes.method == "fixed_lq"
    assert choropleth.colour_of("10") == PALETTE[3] and choropleth.colour_of("17") == PALETTE[1]
    QCoreApplication.processEvents()
    # drawn at 85 % over the basemap: close to the class colours, and Imbabura darker than Pichincha
    imbabura, pichincha = _pixel(window, -79.8, 0.2), _pixel(window, -78.2, 0.2)
    assert _close(imbabura, PALETTE[3]) and _close(pichincha, PALETTE[1])
    assert "Location quotient: 14" in choropleth.title

    panel.map_mode.setCurrentIndex(panel.map_mode.findData("score"))
    choropleth = renderer.choropleth
    assert panel.classing.currentData() == "quantiles"  # fixed classes are for location quotients
    assert choropleth.colour_of("17") == NO_VALUE_COLOUR  # Pichincha has no candidate
    assert choropleth.colour_of("10") == choropleth.classes.colours()[-1]  # Imbabura scores best

    panel.map_mode.setCurrentIndex(panel.map_mode.findData("off"))
    assert renderer.choropleth is None


def test_start_a_cluster_project_from_the_chosen_candidate(make_window, qtbot, tmp_path, monkeypatch):
    window, panel = open_study(make_window, qtbot, tmp_path)
    target = tmp_path / "garments_imbabura.gpkg"
    asked = []
    monkeypatch.setattr(
        ask, "save_file_name", lambda _p, _t, suggested, _f: asked.append(suggested) or str(target)
    )
    monkeypatch.setattr(ask, "confirm", lambda *args: False)
    panel.ranking.selectRow(0)
    panel.start_cluster_project()
    assert asked and asked[0].endswith("garments_imbabura.gpkg")
    assert target.exists()
    stored = window.workspace.project.connection.execute(
        "SELECT project_file FROM selection_candidates WHERE code = 'GAR-IMB'"
    ).fetchone()[0]
    assert stored == str(target)
    started = Project.open(target)
    try:
        assert started.info().sector_code == "14"
        assert started.info().cluster_name == "Garments Imbabura"
    finally:
        started.close()

    opened = []
    panel.open_project = opened.append
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    target.unlink()
    panel.start_cluster_project()
    assert opened == [target]
