"""The basemap's layers decoded in one call and projected at once equal the one-by-one path."""

import numpy as np
import shapely
from shapely.geometry import LineString, Point, Polygon

from clusterdesk.core import geometry
from clusterdesk.render.basemap import _to_mercator
from clusterdesk.render.viewport import lonlat_to_mercator


def _transformed(geometries):
    def project(coords):
        return np.column_stack(lonlat_to_mercator(coords[:, 0], coords[:, 1]))

    return shapely.transform(geometries, project)


def test_decode_all_equals_decode_one_by_one_and_skips_what_cannot_be_read():
    shapes = [Point(-78.2, 0.33), Polygon([(0, 0), (1, 0), (1, 1)]), LineString([(2, 3), (4, 5)])]
    blobs = [geometry.encode(s) for s in shapes] + [
        None,
        b"not a geometry",
        b"GP\x00\x01\x00\x00\x00\x00junk",
    ]
    decoded = geometry.decode_all(blobs)
    assert len(decoded) == len(blobs)
    for blob, shape in zip(blobs, decoded, strict=True):
        alone = geometry.decode(blob)
        assert (shape is None and alone is None) or shape.equals_exact(alone, 0)
    assert decoded[3] is None and decoded[4] is None and decoded[5] is None


def test_points_are_projected_at_once_to_the_same_coordinates_as_other_geometries():
    points = shapely.points(np.array([[-78.2, 0.33], [37.5, 55.7], [-85.0, 13.9]]))
    lines = np.array([LineString([(-78.2, 0.33), (37.5, 55.7)]), Point(1, 2)], dtype=object)
    for geometries in (points, lines, np.array([Point(1, 2), Point()], dtype=object)):
        fast, reference = _to_mercator(geometries), _transformed(geometries)
        assert shapely.get_coordinates(fast).tobytes() == shapely.get_coordinates(reference).tobytes()
        assert list(shapely.get_type_id(fast)) == list(shapely.get_type_id(reference))
