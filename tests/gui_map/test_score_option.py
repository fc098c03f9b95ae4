"""The layers panel's "Colour institutions by capacity score" option: the canvas follows it and the
assessments as they change, and the panel shows the scale and what is on the map."""

from __future__ import annotations

import pytest
from map_fixtures import ASSOCIATION_AT
from PySide6.QtGui import QColor

from clusterdesk.analysis.capacity_scores import load_framework
from clusterdesk.core.capacity_edits import AssessmentInput, SaveAssessments
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.render.score_colours import score_colour

ASSOCIATION = 2


def assess(project, value: int, *, missing: int = 0, round_code: str = "baseline") -> None:
    framework = load_framework(project)
    given = {
        indicator.fid: (None if position < missing else value, None)
        for position, indicator in enumerate(framework.indicators)
    }
    project.stack.push(SaveAssessments([AssessmentInput(framework.fid, ASSOCIATION, round_code, given)]))


@pytest.fixture
def panel(canvas, qtbot):
    from clusterdesk.gui.map import LayersPanel

    canvas.project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
    widget = LayersPanel(canvas)
    qtbot.addWidget(widget)
    widget.resize(280, 600)
    widget.show()
    return widget


def _association_colour(canvas, qtbot) -> QColor:
    canvas.render_now()
    image = canvas.grab().toImage()
    point = canvas.lonlat_to_pixel(*ASSOCIATION_AT).toPoint()
    return image.pixelColor(point)


def _close(colour: QColor, expected: QColor | str, tolerance: int = 8) -> bool:
    target = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True))


def test_ticking_the_option_colours_the_institution_and_shows_the_legend(panel, canvas, qtbot):
    assess(canvas.project, 2)
    assert not panel.score_legend.isVisible() and not panel.score_summary.isVisible()
    assert _close(_association_colour(canvas, qtbot), stakeholder_style("business_association").colour)

    panel.colour_by_capacity.setChecked(True)
    assert canvas.renderer.colour_by_capacity
    assert panel.score_legend.isVisible()
    assert panel.score_summary.text() == "1 institution scored"
    assert _close(_association_colour(canvas, qtbot), score_colour(2.0))

    panel.colour_by_capacity.setChecked(False)
    assert not panel.score_legend.isVisible()
    assert _close(_association_colour(canvas, qtbot), stakeholder_style("business_association").colour)


def test_assessment_edits_redraw_the_map_only_while_the_option_is_on(panel, canvas, qtbot):
    panel.colour_by_capacity.setChecked(True)
    assert panel.score_summary.text() == "No institution has been assessed yet (Capacity panel)."
    before = canvas.render_count
    assess(canvas.project, 4, missing=1)
    qtbot.waitUntil(lambda: canvas.render_count > before)
    assert panel.score_summary.text() == "1 institution assessed, no round complete yet"
    assess(canvas.project, 4)  # the same round, now complete
    assert panel.score_summary.text() == "1 institution scored"
    assert _close(_association_colour(canvas, qtbot), score_colour(4.0))

    before = canvas.render_count
    panel.colour_by_capacity.setChecked(False)
    qtbot.waitUntil(lambda: canvas.render_count > before)
    before = canvas.render_count
    assess(canvas.project, 1, round_code="final")
    qtbot.wait(50)
    assert canvas.render_count == before  # nothing on the map depends on the assessment now
    panel.colour_by_capacity.setChecked(True)
    assert _close(_association_colour(canvas, qtbot), score_colour(1.0))


def test_the_option_stays_on_for_the_next_project(panel, canvas, tmp_path):
    from clusterdesk.core.project import Project
    from clusterdesk.core.selection import Selection

    assess(canvas.project, 3)
    panel.colour_by_capacity.setChecked(True)
    assert panel.score_summary.text() == "1 institution scored"
    first = canvas.project
    other = Project.new(tmp_path / "other.gpkg", "Other cluster", country="EC", sector_code="1410")
    try:
        canvas.set_project(other, Selection())
        assert canvas.renderer.colour_by_capacity
        assert panel.score_legend.isVisible()
        assert panel.score_summary.text() == "No institution has been assessed yet (Capacity panel)."
    finally:
        canvas.set_project(first, Selection())
        other.close()


def test_legend_runs_from_red_to_green(panel, qtbot):
    panel.colour_by_capacity.setChecked(True)
    legend = panel.score_legend
    image = legend.grab().toImage()
    y = 2 + legend.BAR_HEIGHT // 2
    left = image.pixelColor(legend.MARGIN + 2, y)
    middle = image.pixelColor(legend.width() // 2, y)
    right = image.pixelColor(legend.width() - legend.MARGIN - 3, y)
    assert _close(left, score_colour(1.0), 12)
    assert _close(middle, score_colour(3.0), 12)
    assert _close(right, score_colour(5.0), 12)
