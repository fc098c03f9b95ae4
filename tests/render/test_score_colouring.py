"""Support institutions coloured by capacity score: one colour scale, drawn by every path (painted,
stamped, dot density, vector), refreshed when assessments change, and from the command line."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from render_fixtures import ASSOCIATION_AT, ENTERPRISE_AT

from clusterdesk.analysis.capacity_scores import load_framework
from clusterdesk.core.capacity import CAPACITY_TABLES
from clusterdesk.core.capacity_edits import AssessmentInput, SaveAssessments
from clusterdesk.core.capacity_framework import SUPPORT_INSTITUTION_FRAMEWORK
from clusterdesk.core.capacity_framework_edits import AddFramework
from clusterdesk.core.edits import AddStakeholders
from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.render import points as points_module
from clusterdesk.render.renderer import LABELS, STAKEHOLDERS, MapRenderer
from clusterdesk.render.score_colours import INCOMPLETE_COLOUR, score_colour, score_rgb
from clusterdesk.render.viewport import Viewport
from conftest import assert_valid_project

EXTENT = (-78.30, 0.28, -78.10, 0.40)
SIZE = (400, 300)
ASSOCIATION, SCHOOL, BANK = 2, 4, 5
SCHOOL_AT = (-78.20, 0.35)  # assessed, no complete round
BANK_AT = (-78.25, 0.37)  # not assessed


def assess(project, institution: int, value: int, *, missing: int = 0, round_code: str = "baseline"):
    """Every indicator scored `value`, except the first `missing` ones left unscored."""
    framework = load_framework(project)
    given = {
        indicator.fid: (None if position < missing else value, None)
        for position, indicator in enumerate(framework.indicators)
    }
    project.stack.push(SaveAssessments([AssessmentInput(framework.fid, institution, round_code, given)]))


@pytest.fixture
def scored_project(small_project):
    """The small project (enterprise 1, business association 2, unlocated firm 3) plus a vocational
    school and a bank; the association scores 2 overall, the school's assessment is incomplete."""
    small_project.stack.push(
        AddStakeholders(
            [
                {"name": "Escuela Vocacional", "kind": "training_institution", "lon": SCHOOL_AT[0],
                 "lat": SCHOOL_AT[1]},
                {"name": "Cooperativa Textil", "kind": "financial_institution", "lon": BANK_AT[0],
                 "lat": BANK_AT[1]},
            ]
        )
    )  # fmt: skip
    small_project.stack.push(AddFramework(SUPPORT_INSTITUTION_FRAMEWORK))
    assess(small_project, ASSOCIATION, 2)
    assess(small_project, SCHOOL, 4, missing=3)
    return small_project


def _view() -> Viewport:
    return Viewport.from_extent(*EXTENT, *SIZE)


def _xy(lon: float, lat: float) -> tuple[int, int]:
    x, y = _view().lonlat_to_pixel(lon, lat)
    return round(float(x)), round(float(y))


def _pixel(image: QImage, lon: float, lat: float) -> QColor:
    return image.pixelColor(*_xy(lon, lat))


def _close(colour: QColor, expected: QColor | str, tolerance: int = 6) -> bool:
    target = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True))


def _near(image: QImage, lon: float, lat: float, expected: str, reach: int = 8) -> bool:
    x, y = _xy(lon, lat)
    return any(
        _close(image.pixelColor(x + dx, y + dy), expected, 20)
        for dx in range(-reach, reach + 1)
        for dy in range(-reach, reach + 1)
    )


def _renderer(project, *, on: bool = True) -> MapRenderer:
    renderer = MapRenderer(project, layers=["stakeholders"])
    renderer.decorations = False
    renderer.colour_by_capacity = on
    return renderer


def _vector_image(renderer: MapRenderer) -> QImage:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    renderer.paint_vector(painter, _view())
    painter.end()
    return image


def test_one_scale_for_map_and_tables(qt_app):
    from clusterdesk.gui.capacity.capacity_models import score_colour as table_colour

    assert [score_rgb(score) for score in (1, 3, 5)] == [(230, 75, 60), (248, 225, 135), (45, 205, 113)]
    assert score_rgb(0.2) == score_rgb(1) and score_rgb(7) == score_rgb(5)  # out of range: the ends
    # The capacity tables show the same scale paled towards white, as they always looked.
    for score, former in ((1, "#f5b7b1"), (3, "#fcf3cf"), (5, "#abebc6")):
        assert table_colour(score) == QColor(former)
    for score in (1.4, 2.5, 3.9, 4.6):
        assert table_colour(score) == score_colour(score, pale=True)
    # Each step up the scale reads greener than the one below.
    greenness = [score_rgb(1 + step / 4)[1] - score_rgb(1 + step / 4)[0] for step in range(17)]
    assert greenness == sorted(greenness) and len(set(greenness)) == len(greenness)


@pytest.mark.parametrize("path", ["painted", "stamped", "vector"])
def test_assessed_institutions_take_their_score_colour(qt_app, scored_project, monkeypatch, path):
    if path == "stamped":
        monkeypatch.setattr(points_module, "PAINTER_LIMIT", 0)
    renderer = _renderer(scored_project)
    image = _vector_image(renderer) if path == "vector" else renderer.render(_view())
    assert _close(_pixel(image, *ASSOCIATION_AT), score_colour(2.0))
    # Incomplete: hollow (the background shows in the middle) with a grey outline.
    assert _close(_pixel(image, *SCHOOL_AT), "#ffffff")
    assert _near(image, *SCHOOL_AT, INCOMPLETE_COLOUR)
    # Everything else keeps its kind's colour.
    assert _close(_pixel(image, *BANK_AT), stakeholder_style("financial_institution").colour, 12)
    assert _close(_pixel(image, *ENTERPRISE_AT), stakeholder_style("enterprise").colour, 12)


def test_option_off_draws_kinds_only(qt_app, scored_project):
    image = _renderer(scored_project, on=False).render(_view())
    assert _close(_pixel(image, *ASSOCIATION_AT), stakeholder_style("business_association").colour, 12)
    assert _close(_pixel(image, *SCHOOL_AT), stakeholder_style("training_institution").colour, 12)


def test_dot_density_colours_assessed_dots(qt_app, scored_project, monkeypatch):
    monkeypatch.setattr(points_module, "DENSE_COUNT", 0)
    image = _renderer(scored_project).render(_view())
    assert _close(_pixel(image, *ASSOCIATION_AT), score_colour(2.0))
    assert _close(_pixel(image, *SCHOOL_AT), INCOMPLETE_COLOUR)
    assert _close(_pixel(image, *BANK_AT), stakeholder_style("financial_institution").colour)


def test_new_assessment_recolours_only_while_the_option_is_on(qt_app, scored_project):
    renderer = _renderer(scored_project)
    scored_project.stack.changed.connect(renderer.invalidate)
    view = _view()
    renderer.render(view)
    assert set(CAPACITY_TABLES) <= renderer.watched_tables()
    assess(scored_project, ASSOCIATION, 5, round_code="final")  # the latest complete round counts
    assert _close(_pixel(renderer.render(view), *ASSOCIATION_AT), score_colour(5.0))
    assess(scored_project, SCHOOL, 3)  # the school's baseline, now complete
    assert _close(_pixel(renderer.render(view), *SCHOOL_AT), score_colour(3.0))
    scored_project.stack.undo()
    assert _close(_pixel(renderer.render(view), *SCHOOL_AT), "#ffffff")

    # Off, capacity edits are no concern of the map; switching on again shows the scores of now.
    renderer.colour_by_capacity = False
    assert not set(CAPACITY_TABLES) & renderer.watched_tables()
    cached = renderer.layer_image(STAKEHOLDERS, view)
    scored_project.stack.undo()  # back to the association's baseline of 2
    assert renderer.layer_image(STAKEHOLDERS, view) is cached
    renderer.colour_by_capacity = True
    assert _close(_pixel(renderer.render(view), *ASSOCIATION_AT), score_colour(2.0))


def test_score_tag_under_the_institution_at_close_zoom(qt_app, scored_project):
    close = Viewport.from_extent(-78.17, 0.36, -78.13, 0.38, *SIZE)  # around the association, 1:10,000
    x, y = (round(float(v)) for v in close.lonlat_to_pixel(*ASSOCIATION_AT))
    tag = score_colour(2.0, pale=True)

    def tag_pixels(image: QImage) -> int:
        below = [image.pixelColor(x + dx, y + dy) for dx in range(-8, 9) for dy in range(8, 24)]
        return sum(1 for colour in below if colour.alpha() > 200 and _close(colour, tag, 3))

    renderer = MapRenderer(scored_project, layers=["stakeholders", "labels"])
    renderer.colour_by_capacity = True
    assert tag_pixels(renderer.layer_image(LABELS, close)) > 20
    # Far out only the most important stakeholders are named, without score tags.
    def has_tag_colour(image: QImage) -> bool:
        pixels = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), -1)
        return bool((pixels == np.uint32(QColor(tag).rgba())).any())

    assert has_tag_colour(renderer.layer_image(LABELS, close))
    far = renderer.layer_image(LABELS, Viewport.from_extent(-80, -3, -76, 2, *SIZE))
    assert far is None or not has_tag_colour(far)
    renderer.colour_by_capacity = False
    assert tag_pixels(renderer.layer_image(LABELS, close)) == 0


def test_render_map_command_colours_by_capacity(qt_app, scored_project, tmp_path, capsys):
    from clusterdesk.cli.main import main

    scored_project.save()
    assert_valid_project(scored_project.path)
    out = tmp_path / "capacity.png"
    code = main(["render-map", str(scored_project.path), "-o", str(out), "--size", "400x300",
                 "--extent", ",".join(map(str, EXTENT)), "--layers", "stakeholders",
                 "--colour-by-capacity"])  # fmt: skip
    assert code == 0, capsys.readouterr()
    image = QImage(str(out))
    assert _close(_pixel(image, *ASSOCIATION_AT), score_colour(2.0))
    assert _close(_pixel(image, *SCHOOL_AT), "#ffffff")
