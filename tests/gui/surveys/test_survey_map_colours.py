"""Firms coloured by a survey answer: the Qt-free classification against hand values, "no answer" never
the lowest class, and the rendered map showing the no-answer grey where a firm did not answer."""

from __future__ import annotations

import numpy as np
import pytest
from surveys_fixture import BASELINE, FOLLOW_UP, build_survey_project, stakeholder_fids, survey_fid

from clusterdesk.analysis.survey_colours import (
    NO_ANSWER,
    NOT_CLASSIFIED,
    answer_colouring,
    classify_numbers,
    number_breaks,
)
from clusterdesk.core.project import Project


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_survey_project(tmp_path_factory.mktemp("survey_map") / "surveys.gpkg")


@pytest.fixture
def project(template, tmp_path):
    opened = Project.open(template)
    yield opened
    opened.close()


def test_number_classes_are_quantiles_with_ties_together():
    values = np.arange(1, 11, dtype=float)
    assert number_breaks(values).tolist() == [2, 4, 6, 8]
    classes, legend = classify_numbers(np.array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, np.nan]))
    assert classes.tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, NO_ANSWER]
    assert [(c.low, c.high, c.count) for c in legend] == [
        (1, 2, 2),
        (3, 4, 2),
        (5, 6, 2),
        (7, 8, 2),
        (9, 10, 2),
    ]
    # equal answers share a class, and a zero is an answer like any other
    classes, legend = classify_numbers(np.array([0, 0, 0, 5, 5, np.nan, 7]), max_classes=2)
    assert classes.tolist() == [0, 0, 0, 1, 1, NO_ANSWER, 1]
    assert [(c.low, c.high) for c in legend] == [(0, 0), (5, 7)]


def test_follow_up_employees_classify_the_firms_by_hand(project):
    fids = stakeholder_fids(project)
    colouring = answer_colouring(project.connection, survey_fid(project, FOLLOW_UP), "employees")
    # three values (B 0, A 12, E 30): one class each; C and D are firms that did not answer
    assert [(c.low, c.high) for c in colouring.legend] == [(0, 0), (12, 12), (30, 30)]
    expected = {
        "A": 1,
        "B": 0,
        "C": NO_ANSWER,
        "D": NO_ANSWER,
        "E": 2,
        "F": NOT_CLASSIFIED,
        "G": NOT_CLASSIFIED,
    }
    assert {letter: colouring.class_of(fid) for letter, fid in fids.items()} == expected
    assert colouring.no_answer == 2


def test_baseline_market_classes_are_the_choices(project):
    fids = stakeholder_fids(project)
    colouring = answer_colouring(project.connection, survey_fid(project, BASELINE), "main_market")
    assert [(c.choice, c.label, c.count) for c in colouring.legend] == [
        ("local", "Local", 2), ("national", "National", 0), ("export", "Export", 1)
    ]  # fmt: skip
    classes = colouring.classes_of(np.array([fids[x] for x in "ABCDEFG"]))
    assert classes.tolist() == [0, 2, 0, NO_ANSWER, NO_ANSWER, NOT_CLASSIFIED, NOT_CLASSIFIED]


def test_text_and_registry_questions_do_not_colour(project):
    survey = survey_fid(project, BASELINE)
    assert answer_colouring(project.connection, survey, "cooperation") is None
    assert answer_colouring(project.connection, survey, "no_such_question") is None


# -- the rendered map ------------------------------------------------------------------------------
EXTENT = (-78.30, 0.20, -78.05, 0.42)
SIZE = (500, 440)


def _view():
    from clusterdesk.render.viewport import Viewport

    return Viewport.from_extent(*EXTENT, *SIZE)


def _xy(project, letter: str) -> tuple[int, int]:
    fid = stakeholder_fids(project)[letter]
    lon, lat = _lonlat(project, fid)
    x, y = _view().lonlat_to_pixel(lon, lat)
    return round(float(x)), round(float(y))


def _lonlat(project, fid: int) -> tuple[float, float]:
    points = project.stakeholder_points()
    position = int(np.flatnonzero(points.fid == fid)[0])
    return float(points.lon[position]), float(points.lat[position])


def _close(colour, expected, tolerance: int = 8) -> bool:
    from PySide6.QtGui import QColor

    target = QColor(expected) if not isinstance(expected, tuple) else QColor(*expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True))


def _near(image, x: int, y: int, expected, reach: int = 9) -> bool:
    return any(
        _close(image.pixelColor(x + dx, y + dy), expected, 20)
        for dx in range(-reach, reach + 1)
        for dy in range(-reach, reach + 1)
    )


@pytest.mark.parametrize("path", ["painted", "stamped", "vector"])
def test_rendered_map_fills_answers_and_leaves_no_answer_hollow_grey(qapp, project, monkeypatch, path):
    from PySide6.QtGui import QImage, QPainter

    from clusterdesk.core.symbology import stakeholder_style
    from clusterdesk.render import points as points_module
    from clusterdesk.render.answer_symbols import NO_ANSWER_COLOUR, ramp_colour
    from clusterdesk.render.renderer import MapRenderer

    if path == "stamped":
        monkeypatch.setattr(points_module, "PAINTER_LIMIT", 0)
    renderer = MapRenderer(project, layers=["stakeholders"])
    renderer.decorations = False
    renderer.colour_by_answer = (survey_fid(project, FOLLOW_UP), "employees")
    if path == "vector":
        image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        renderer.paint_vector(painter, _view())
        painter.end()
    else:
        image = renderer.render(_view())
    # B answered 0: the lowest class; A 12 the middle; E 30 the highest
    assert _close(image.pixelColor(*_xy(project, "B")), ramp_colour(0, 3))
    assert _close(image.pixelColor(*_xy(project, "A")), ramp_colour(1, 3))
    assert _close(image.pixelColor(*_xy(project, "E")), ramp_colour(2, 3))
    # C and D did not answer: hollow (white in the middle) with a grey outline, not the lowest class
    for letter in "CD":
        x, y = _xy(project, letter)
        assert _close(image.pixelColor(x, y), "#ffffff")
        assert _near(image, x, y, NO_ANSWER_COLOUR)
        assert not _near(image, x, y, ramp_colour(0, 3), reach=4)
    # the supplier keeps its kind's colour
    assert _close(image.pixelColor(*_xy(project, "F")), stakeholder_style("supplier").colour, 12)
    renderer.colour_by_answer = None
    plain = renderer.render(_view())
    assert _close(plain.pixelColor(*_xy(project, "C")), stakeholder_style("enterprise").colour, 12)
