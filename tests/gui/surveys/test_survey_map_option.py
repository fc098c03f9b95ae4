"""The Layers panel's "Colour firms by a survey answer": choosing a survey and a question colours the
firms on the canvas, the legend lists the classes and the hollow grey "no answer", and the option follows
edits of the answers and a project closed."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from surveys_fixture import BASELINE, FOLLOW_UP, build_survey_project, open_copy, stakeholder_fids, survey_fid

from clusterdesk.core.selection import Selection
from clusterdesk.render.answer_symbols import CATEGORICAL, NO_ANSWER_COLOUR, ramp_colour


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_survey_project(tmp_path_factory.mktemp("survey_option") / "surveys.gpkg")


@pytest.fixture
def canvas(qtbot, template, tmp_path):
    from clusterdesk.gui.map import MapCanvas

    workspace = open_copy(template, tmp_path)
    widget = MapCanvas()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_online_tiles("http://127.0.0.1:9/{z}/{x}/{y}.png")  # never the internet from tests
    widget.set_project(workspace.project, Selection())
    widget.zoom_to_extent(-78.30, 0.20, -78.05, 0.42)
    widget.render_now()
    yield widget
    widget.set_project(None, None)
    workspace.close(discard=True)


@pytest.fixture
def panel(canvas, qtbot):
    from clusterdesk.gui.map import LayersPanel

    widget = LayersPanel(canvas)
    qtbot.addWidget(widget)
    widget.resize(300, 800)
    widget.show()
    return widget


def colour_at(canvas, project, letter: str) -> QColor:
    import numpy as np

    canvas.render_now()
    image = canvas.grab().toImage()
    points = project.stakeholder_points()
    position = int(np.flatnonzero(points.fid == stakeholder_fids(project)[letter])[0])
    point = canvas.lonlat_to_pixel(float(points.lon[position]), float(points.lat[position])).toPoint()
    return image.pixelColor(point)


def close(colour: QColor, rgb, tolerance: int = 10) -> bool:
    target = QColor(*rgb) if isinstance(rgb, tuple) else QColor(rgb)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True))


def test_option_colours_firms_and_shows_the_legend(panel, canvas, qtbot):
    options = panel.answer_options
    project = canvas.project
    assert not options.legend.isVisible() and canvas.renderer.colour_by_answer is None
    assert [options.survey.itemText(i) for i in range(options.survey.count())] == [BASELINE, FOLLOW_UP]
    questions = [options.question.itemData(i) for i in range(options.question.count())]
    assert questions == ["sales", "exports", "employees", "women_employees", "new_products", "main_market"]
    options.enabled.setChecked(True)
    assert canvas.renderer.colour_by_answer == (survey_fid(project, FOLLOW_UP), "employees")
    assert options.legend.isVisible()
    assert [text for _rgb, text in options.legend.rows] == ["0", "12", "30", "no answer (hollow)"]
    assert options.legend.rows[-1][0] is None  # drawn hollow, not a colour of the ramp
    assert options.summary.text() == "3 firms coloured by their answer, 2 without an answer"
    assert close(colour_at(canvas, project, "E"), ramp_colour(2, 3))
    no_answer = colour_at(canvas, project, "C")  # hollow: neither the lowest class nor any class
    assert not any(close(no_answer, ramp_colour(i, 3), 12) for i in range(3))

    options.survey.setCurrentIndex(options.survey.findData(survey_fid(project, BASELINE)))
    options.question.setCurrentIndex(options.question.findData("main_market"))
    assert canvas.renderer.colour_by_answer == (survey_fid(project, BASELINE), "main_market")
    assert [text for _rgb, text in options.legend.rows] == [
        "Local",
        "National",
        "Export",
        "no answer (hollow)",
    ]
    assert close(colour_at(canvas, project, "B"), CATEGORICAL[2])
    assert close(colour_at(canvas, project, "A"), CATEGORICAL[0])
    options.legend.grab()  # paints the symbols and texts without failing

    options.enabled.setChecked(False)
    assert canvas.renderer.colour_by_answer is None and not options.legend.isVisible()


def test_an_edit_of_the_answers_recolours_and_undo_restores(panel, canvas, qtbot):
    from surveys_fixture import add_responses

    project = canvas.project
    options = panel.answer_options
    options.enabled.setChecked(True)  # follow-up, employees
    fids = stakeholder_fids(project)
    add_responses(project, survey_fid(project, FOLLOW_UP), {"C": {"employees": 50}}, fids)
    assert options.summary.text() == "4 firms coloured by their answer, 1 without an answer"
    assert [text for _rgb, text in options.legend.rows][-2] == "50"
    assert not close(colour_at(canvas, project, "C"), NO_ANSWER_COLOUR, 30)
    project.stack.undo()
    assert options.summary.text() == "3 firms coloured by their answer, 2 without an answer"


def test_closing_the_project_turns_the_option_off(panel, canvas):
    panel.answer_options.enabled.setChecked(True)
    canvas.set_project(None, None)
    assert canvas.renderer.colour_by_answer is None
    assert not panel.answer_options.enabled.isChecked() and not panel.answer_options.enabled.isEnabled()
