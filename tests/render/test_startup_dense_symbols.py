"""A dense map registers each distinct dot box once: the label placer sees the same covered pixels."""

from __future__ import annotations

import numpy as np

from clusterdesk.render.labels import LabelPlacer
from clusterdesk.render.points import _distinct_dot_boxes


def test_distinct_dot_boxes_cover_the_pixels_every_dot_covers():
    rng = np.random.default_rng(3)
    # many dots on few places, as a million stakeholders around ten towns are at overview scale
    px = np.concatenate([rng.normal(300, 20, 40_000), rng.uniform(-5, 805, 2_000)])
    py = np.concatenate([rng.normal(200, 15, 40_000), rng.uniform(-5, 605, 2_000)])
    half = 2.3
    every, distinct = LabelPlacer(800, 600), LabelPlacer(800, 600)
    every.add_symbols(px - half, py - half, px + half, py + half)
    boxes = _distinct_dot_boxes(px, py, half)
    distinct.add_symbols(*boxes)
    assert len(boxes[0]) < len(px) / 2
    assert np.array_equal(every._symbol_table, distinct._symbol_table)
    assert _distinct_dot_boxes(np.zeros(0), np.zeros(0), half)[0].shape == (0,)
