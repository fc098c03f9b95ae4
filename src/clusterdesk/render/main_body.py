"""The main body of a set of outlines: the largest polygon of their union and the parts lying near it.

A map framed on every part of a country or of a study's areas shrinks the mainland to a corner when a few
parts lie far off (Ecuador's Galápagos, France's overseas departments). The window, the pack and a new
project's country extent all frame the main body instead; what lies outside it can be named. Qt-free;
shapely.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely

FAR_AWAY = 0.1  # a part further from the largest one than this share of its diagonal is left out


@dataclass(frozen=True)
class MainBody:
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1 of the main body, in the shapes' coordinates
    outside: np.ndarray  # per shape given: True when it lies wholly outside those bounds


def main_body(shapes: Sequence) -> MainBody | None:
    """The main body of `shapes` (None or empty shapes allowed), or None when none has an outline."""
    geometries = np.array([s if s is not None else shapely.Polygon() for s in shapes], dtype=object)
    present = ~shapely.is_empty(geometries) if len(geometries) else np.zeros(0, dtype=bool)
    if not present.any():
        return None
    # neighbouring areas merge into one landmass; its largest part is the main body's core
    parts = shapely.get_parts(shapely.union_all(geometries[present]))
    main = parts[int(np.argmax(shapely.area(parts)))]
    x0, y0, x1, y1 = main.bounds
    reach = FAR_AWAY * math.hypot(x1 - x0, y1 - y0)
    near = parts[shapely.distance(parts, main) <= reach]
    bounds = tuple(float(v) for v in shapely.total_bounds(near))
    box = shapely.box(*bounds)
    outside = present & ~shapely.intersects(geometries, box)
    return MainBody(bounds, outside)
