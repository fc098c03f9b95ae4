"""Choropleth of a selection study: class breaks worked out by hand, the colours of areas in a rendered
image, their names placed by the map's one label placer, and the legend's classes."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QColor

from clusterdesk.analysis.selection_study import area_location_quotients, evaluate
from clusterdesk.render.choropleth import Choropleth, ChoroplethAreas, range_text
from clusterdesk.render.choropleth_classes import (
    NO_VALUE_COLOUR,
    PALETTE,
    fixed_lq_classes,
    jenks_classes,
    quantile_classes,
)
from clusterdesk.render.renderer import BOUNDARIES, MapRenderer
from clusterdesk.render.viewport import Viewport
from selection_desk_study import AREAS, LQ_14, new_study_project


def test_fixed_lq_classes_put_a_value_on_a_break_in_the_class_above():
    classes = fixed_lq_classes()
    values = [0.5, 0.8, 1.0, 1.25, 1.99, 2.0, 3.9, 4.0, 12.0, math.nan]
    assert classes.classify(values).tolist() == [0, 1, 1, 2, 2, 3, 3, 4, 4, -1]


def test_quantile_breaks_of_one_to_ten_by_hand():
    # 20 % of the way from 1 to 10 over nine steps: 1 + 0.2 * 9 = 2.8, then 4.6, 6.4 and 8.2
    classes = quantile_classes(range(1, 11))
    assert classes.edges == pytest.approx((1, 2.8, 4.6, 6.4, 8.2, 10))
    assert classes.classify(range(1, 11)).tolist() == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


def test_natural_breaks_find_the_obvious_groups():
    values = [1, 2, 3, 10, 11, 12, 30, 31, 50, 100]
    classes = jenks_classes(values)
    assert classes.edges == (1, 3, 12, 31, 50, 100)  # each class ends at its largest value
    assert classes.classify(values).tolist() == [0, 0, 0, 1, 1, 1, 2, 2, 3, 4]


def test_few_distinct_values_make_fewer_classes():
    classes = quantile_classes([5, 5, 5, 7])
    assert classes.count < 5 and classes.classify([5, 7]).tolist() == [0, classes.count - 1]


def test_legend_ranges_in_the_map_language():
    classes = fixed_lq_classes()
    assert range_text(classes, 0, "en") == "below 0.8"
    assert range_text(classes, 1, "es") == "0,8 – 1,25"
    assert range_text(classes, 4, "en") == "4 or more"


@pytest.fixture
def study(qt_app):
    project = new_study_project(None)
    yield project
    project.close()


def _areas(project) -> ChoroplethAreas:
    return ChoroplethAreas.from_connection(project.connection)


def _pixel(renderer: MapRenderer, image, viewport: Viewport, lon: float, lat: float) -> str:
    from clusterdesk.render.viewport import lonlat_to_mercator

    x, y = viewport.mercator_to_pixel(*lonlat_to_mercator(lon, lat))
    return QColor(image.pixel(int(x), int(y))).name()


def test_rendered_areas_take_their_class_colour_and_are_named(study):
    lqs = area_location_quotients(study.connection, "14")
    assert lqs.to_dict() == pytest.approx(LQ_14)
    renderer = MapRenderer(study, layers=[BOUNDARIES, "labels"])
    renderer.choropleth = Choropleth.build(_areas(study), lqs.to_dict(), "fixed_lq", "LQ 14", opacity=1.0)
    viewport = Viewport.from_extent(-80, -1, -78, 1, 800, 600)
    image = renderer.render(viewport)
    # Imbabura (LQ 2.4) in the class 2-4, Pichincha (0.8) in 0.8-1.25; away from the names in the middle
    assert _pixel(renderer, image, viewport, -79.8, 0.2) == PALETTE[3]
    assert _pixel(renderer, image, viewport, -78.2, 0.2) == PALETTE[1]
    named = {label.text for label in renderer.label_placement.labels if label.layer == "area"}
    assert named == {name for name, _bounds in AREAS.values()}
    legend = renderer.choropleth.legend_rect(viewport, "en")
    assert all(not legend.intersects(label.rect) for label in renderer.label_placement.labels)


def test_score_map_leaves_areas_without_a_candidate_grey_and_says_so(study):
    scores = evaluate(study.connection).area_scores()
    assert set(scores) == {"10", "18", "09"}  # Pichincha has no candidate
    choropleth = Choropleth.build(_areas(study), scores, "quantiles", "Score")
    assert choropleth.colour_of("17") == NO_VALUE_COLOUR
    assert choropleth.colour_of("10") == choropleth.classes.colours()[-1]  # the best score, darkest
    rows = choropleth.legend_rows("en")
    assert [text for _colour, text in rows][-1] == "No value"
    assert len(rows) == choropleth.classes.count + 1
    assert np.isnan(choropleth.vector[choropleth.areas.index["17"]])


def test_natural_breaks_may_give_the_lowest_value_a_class_of_its_own():
    # six provinces' best scores: the lowest stands apart, the two highest belong together
    values = [2.03, 25.5, 31.9, 40.9, 81.0, 81.5]
    classes = jenks_classes(values)
    assert classes.count == 5
    assert classes.classify(values).tolist() == [0, 1, 2, 3, 4, 4]
    assert range_text(classes, 0, "en") == "2.03"
    assert range_text(classes, 4, "en") == "40.9 – 81.5"
