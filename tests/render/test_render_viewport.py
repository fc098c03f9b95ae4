import math

import numpy as np
import pytest

from clusterdesk.render.decorations import format_distance, nice_length
from clusterdesk.render.viewport import Viewport, lonlat_to_mercator, mercator_to_lonlat


def test_mercator_round_trip_and_known_values():
    x, y = lonlat_to_mercator([0.0, 180.0, -78.25], [0.0, 0.0, 0.3])
    assert x[0] == pytest.approx(0, abs=1e-6) and y[0] == pytest.approx(0, abs=1e-6)
    assert x[1] == pytest.approx(20037508.342789244)
    lon, lat = mercator_to_lonlat(x, y)
    np.testing.assert_allclose(lon, [0.0, 180.0, -78.25], atol=1e-9)
    np.testing.assert_allclose(lat, [0.0, 0.0, 0.3], atol=1e-9)


def test_extent_fits_inside_the_image_and_pixels_round_trip():
    view = Viewport.from_extent(-78.3, 0.28, -78.1, 0.4, 1600, 1000)
    px, py = view.lonlat_to_pixel([-78.3, -78.1], [0.28, 0.4])
    assert (px >= 0).all() and (px <= 1600).all() and (py >= 0).all() and (py <= 1000).all()
    assert py[0] > py[1]  # north is up
    lon, lat = view.pixel_to_lonlat(px, py)
    np.testing.assert_allclose(lon, [-78.3, -78.1], atol=1e-9)


def test_scale_denominator_follows_dpi_and_latitude():
    equator = Viewport(0, 0, 10.0, 100, 100, dpi=96)
    assert equator.scale_denominator() == pytest.approx(10.0 / (0.0254 / 96))
    assert Viewport(0, 0, 10.0, 100, 100, dpi=300).scale_denominator() == pytest.approx(
        equator.scale_denominator() * 300 / 96
    )
    _x, y60 = lonlat_to_mercator(0, 60)
    north = Viewport(0, float(y60), 10.0, 100, 100, dpi=96)
    assert north.scale_denominator() == pytest.approx(
        equator.scale_denominator() * math.cos(math.radians(60))
    )


def test_zoom_keeps_the_anchor_point_still():
    view = Viewport.from_extent(-80, -5, -75, 2, 800, 600)
    before = view.pixel_to_lonlat(100, 50)
    zoomed = view.zoomed(2.0, 100, 50)
    assert zoomed.resolution == pytest.approx(view.resolution / 2)
    np.testing.assert_allclose(zoomed.pixel_to_lonlat(100, 50), before, atol=1e-9)


def test_pan_moves_content_with_the_drag():
    view = Viewport.from_extent(-80, -5, -75, 2, 800, 600)
    lon, lat = view.pixel_to_lonlat(400, 300)
    panned = view.panned(100, 0)
    px, py = panned.lonlat_to_pixel(lon, lat)
    assert float(px) == pytest.approx(500) and float(py) == pytest.approx(300)


def test_nice_scale_bar_lengths():
    assert nice_length(734) == 500
    assert nice_length(2300) == 2000
    assert nice_length(99) == 50
    assert format_distance(2000) == "2 km" and format_distance(500) == "500 m"
    assert format_distance(20000, "ru") == "20 км" and format_distance(500, "ru") == "500 м"
