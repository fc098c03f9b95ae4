"""The offline Natural Earth basemap: land, lakes, rivers, country boundaries and labelled places.

The data is read once per process from resources/basemap/basemap.gpkg and projected to Web Mercator with
numpy; each feature's painter path is built the first time it is visible and reused afterwards, so a
render only transforms cached paths. Place and country names are drawn in the language asked for
(`core.place_names`), the English name where the basemap has none in it.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from clusterdesk.core import geometry
from clusterdesk.core.place_names import localized_names, map_language, translated_credit
from clusterdesk.render.labels import HaloText, LabelPlacer, around_point, label_font, reserve_decorations
from clusterdesk.render.viewport import Viewport, lonlat_to_mercator
from clusterdesk.resources_path import resource

WATER = "#cfe0ea"
LAND = "#f5f3ee"
LAKE_OUTLINE = "#a9c4d6"
RIVER = "#9fc0d8"
BOUNDARY = "#9c8aa5"
PLACE_DOT = "#555555"
COUNTRY_LABEL = "#7d7a84"
ATTRIBUTION = "© Natural Earth"
# Qt rasterises with fixed-point coordinates, so geometry far outside the image is clipped first.
_CLIP_FACTOR = 20


def basemap_attribution(language: str | None) -> str:
    """The basemap's credit: Natural Earth, and GeoNames too where place names are drawn in a language
    other than English (they are GeoNames' names, CC BY 4.0)."""
    credit = translated_credit(language)
    return f"{ATTRIBUTION}, {credit}" if credit else ATTRIBUTION


POINT_TYPE = 0  # shapely's type id of a Point


@dataclass
class _Layer:
    geometries: np.ndarray  # shapely geometries in Web Mercator metres
    bounds: np.ndarray  # (n, 4) minx, miny, maxx, maxy
    attributes: dict[str, np.ndarray] = field(default_factory=dict)
    paths: dict[int, QPainterPath] = field(default_factory=dict)

    def visible(self, box: tuple[float, float, float, float]) -> np.ndarray:
        x0, y0, x1, y1 = box
        b = self.bounds
        return np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1) & (b[:, 3] >= y0))


def _to_mercator(geometries: np.ndarray) -> np.ndarray:
    def project(coords: np.ndarray) -> np.ndarray:
        x, y = lonlat_to_mercator(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    if len(geometries) and bool((shapely.get_type_id(geometries) == POINT_TYPE).all()):
        coords = shapely.get_coordinates(geometries)
        if len(coords) == len(geometries):  # no empty point: made at once, ten times faster than transform
            return shapely.points(*lonlat_to_mercator(coords[:, 0], coords[:, 1]))
    return shapely.transform(geometries, project)


def _path_of(geometry, polygon: bool) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    parts = shapely.get_parts(geometry)
    for part in parts:
        rings = [part.exterior, *part.interiors] if polygon else [part]
        for ring in rings:
            coords = shapely.get_coordinates(ring)
            if len(coords) < 2:
                continue
            qpolygon = QPolygonF([QPointF(x, y) for x, y in coords.tolist()])
            if polygon:
                path.addPolygon(qpolygon)
                path.closeSubpath()
            else:
                path.addPolygon(qpolygon)
    return path


def _read_layer(path, name: str) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Geometries and attribute columns of one GeoPackage layer, read with sqlite3 and shapely.

    Reading through GDAL would import pyogrio and pandas, which costs half a second at start-up.
    """
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        (geometry_column,) = connection.execute(
            "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (name,)
        ).fetchone()
        columns = [
            row[1]
            for row in connection.execute(f'PRAGMA table_info("{name}")')
            if row[1] != geometry_column and not row[5]  # skip the geometry and the primary key
        ]
        selected = ", ".join(f'"{c}"' for c in [geometry_column, *columns])
        rows = connection.execute(f'SELECT {selected} FROM "{name}"').fetchall()
    finally:
        connection.close()
    shapes = geometry.decode_all([row[0] for row in rows])
    attributes = {
        column: np.array([row[i + 1] for row in rows], dtype=object) for i, column in enumerate(columns)
    }
    return shapes, attributes


def _free_rect(placer: LabelPlacer, x: float, y: float, width: float, height: float, gaps) -> QRectF | None:
    """The first free place for a label around (x, y), trying each gap in turn."""
    for gap in gaps:
        for rect in around_point(x, y, width, height, gap):
            if placer.is_free(rect):
                return rect
    return None


class NaturalEarthBasemap:
    """Loaded once (see `shared`), drawn into any viewport."""

    _shared: NaturalEarthBasemap | None = None
    _lock = threading.Lock()

    def __init__(self, path=None) -> None:
        path = path or resource("basemap", "basemap.gpkg")
        self.layers: dict[str, _Layer] = {}
        for name in ("land", "lakes", "rivers", "boundaries", "countries", "places"):
            shapes, attributes = _read_layer(path, name)
            geometries = _to_mercator(shapes)
            self.layers[name] = _Layer(geometries, shapely.bounds(geometries), attributes)
        places = self.layers["places"]
        coords = shapely.get_coordinates(places.geometries)
        self.place_x, self.place_y = coords[:, 0], coords[:, 1]
        countries = self.layers["countries"]
        # Label countries at a point inside their largest part, not at a centroid that may fall in the sea.
        largest = [max(shapely.get_parts(g), key=lambda p: p.area) for g in countries.geometries]
        anchors = shapely.get_coordinates(shapely.point_on_surface(np.array(largest, dtype=object)))
        self.country_x, self.country_y = anchors[:, 0], anchors[:, 1]
        self.country_area = shapely.area(np.array(largest, dtype=object))
        self._names: dict[tuple[str, str], list[str]] = {}

    def names(self, layer: str, language: str | None) -> list[str]:
        """The names of a layer's features ("places" or "countries") in `language`."""
        key = (layer, map_language(language))
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = localized_names(self.layers[layer].attributes, key[1])
        return found

    @classmethod
    def shared(cls) -> NaturalEarthBasemap:
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    # -- drawing --------------------------------------------------------------------------------
    def draw(
        self, painter: QPainter, viewport: Viewport, *, labels: bool = True, language: str | None = "en"
    ) -> list[str]:
        """Draw the basemap; returns the place and country names drawn, in the order they were placed."""
        painter.fillRect(QRectF(0, 0, viewport.width, viewport.height), QColor(WATER))
        px_per_mm = viewport.pixels_per_mm()
        self._fill(painter, viewport, "land", QColor(LAND), QPen(Qt.PenStyle.NoPen))
        lake_pen = QPen(QColor(LAKE_OUTLINE), 0.25 * px_per_mm)
        self._fill(painter, viewport, "lakes", QColor(WATER), lake_pen)
        zoom = viewport.zoom()
        self._stroke(
            painter, viewport, "rivers", QPen(QColor(RIVER), (0.25 if zoom < 6 else 0.45) * px_per_mm)
        )
        boundary_pen = QPen(QColor(BOUNDARY), 0.35 * px_per_mm, Qt.PenStyle.DashLine)
        boundary_pen.setDashPattern([6, 2, 1.5, 2])
        self._stroke(painter, viewport, "boundaries", boundary_pen)
        if not labels:
            return []
        placer = LabelPlacer(viewport.width, viewport.height)
        reserve_decorations(placer, px_per_mm)
        return self.draw_labels(painter, viewport, placer, language)

    def draw_labels(
        self, painter: QPainter, viewport: Viewport, placer: LabelPlacer, language: str | None = "en"
    ) -> list[str]:
        """Place and country names where `placer` has room; returns the names drawn.

        A town under the project's symbols (registered in `placer`) is named beside them, a little
        farther out, and its dot is not drawn."""
        drawn = self._draw_places(painter, viewport, placer, self.names("places", language))
        if viewport.zoom() < 6.5:
            drawn += self._draw_country_names(painter, viewport, placer, self.names("countries", language))
        return drawn

    def _paths(self, layer_name: str, viewport: Viewport, polygon: bool):
        """Yield (path, in_pixels) for visible features; far-reaching ones are clipped to the view."""
        layer = self.layers[layer_name]
        box = viewport.mercator_bounds()
        span = max(box[2] - box[0], box[3] - box[1])
        margin = span * 0.05
        clip_box = (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)
        for index in layer.visible(box):
            b = layer.bounds[index]
            if max(b[2] - b[0], b[3] - b[1]) > span * _CLIP_FACTOR:
                clipped = shapely.clip_by_rect(layer.geometries[index], *clip_box)
                if clipped.is_empty:
                    continue
                clipped = shapely.transform(
                    clipped, lambda c: np.column_stack(viewport.mercator_to_pixel(c[:, 0], c[:, 1]))
                )
                yield _path_of(clipped, polygon and clipped.geom_type in ("Polygon", "MultiPolygon")), True
                continue
            path = layer.paths.get(index)
            if path is None:
                path = layer.paths[index] = _path_of(layer.geometries[index], polygon)
            yield path, False

    def _transform(self, viewport: Viewport) -> QTransform:
        sx, sy, ox, oy = viewport.mercator_affine()
        return QTransform(sx, 0, 0, sy, ox, oy)

    def _fill(self, painter: QPainter, viewport: Viewport, layer: str, colour: QColor, pen: QPen) -> None:
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QBrush(colour))
        transform = self._transform(viewport)
        for path, in_pixels in self._paths(layer, viewport, polygon=True):
            painter.setTransform(QTransform() if in_pixels else transform)
            painter.drawPath(path)
        painter.resetTransform()

    def _stroke(self, painter: QPainter, viewport: Viewport, layer: str, pen: QPen) -> None:
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        transform = self._transform(viewport)
        for path, in_pixels in self._paths(layer, viewport, polygon=False):
            painter.setTransform(QTransform() if in_pixels else transform)
            painter.drawPath(path)
        painter.resetTransform()

    def _draw_places(
        self,
        painter: QPainter,
        viewport: Viewport,
        placer: LabelPlacer,
        names: list[str],
    ) -> list[str]:
        places = self.layers["places"]
        zoom = viewport.zoom()
        # Natural Earth scalerank runs from 0 (world cities) to 10; reveal ranks as the map zooms in.
        max_rank = zoom * 1.25 - 2.5
        px, py = viewport.mercator_to_pixel(self.place_x, self.place_y)
        inside = (px >= 0) & (px < viewport.width) & (py >= 0) & (py < viewport.height)
        ranks = places.attributes["scalerank"].astype(float)
        candidates = np.flatnonzero(inside & (ranks <= max_rank))[:600]  # already in priority order
        drawn: list[str] = []
        if len(candidates) == 0:
            return drawn
        dpi = viewport.dpi
        major = HaloText(label_font(9.5, dpi, bold=True), "#333333", dpi=dpi)
        minor = HaloText(label_font(8.0, dpi), "#444444", dpi=dpi)
        dot_pen = 0.75 * viewport.pixels_per_point()  # 1 px on a 96 dpi screen
        dot_radius = 0.7 * viewport.pixels_per_mm()
        ring_step = 2.0 * viewport.pixels_per_mm()
        classes = places.attributes["featurecla"]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index in candidates:
            x, y = float(px[index]), float(py[index])
            capital = "capital" in str(classes[index]).lower() and "Admin-0" in str(classes[index])
            text_style = major if (capital or ranks[index] <= 2) else minor
            name = names[index]
            if not name:
                continue
            width, height = text_style.size(name)
            dot = QRectF(x - dot_radius, y - dot_radius, 2 * dot_radius, 2 * dot_radius)
            visible = placer.is_free(dot, lines=False)
            if not visible and not placer.covers_symbol(dot):
                continue  # another town or label is there
            rings = (0,) if visible else range(1, 13)  # up to 24 mm out: beside a town's cluster
            rect = _free_rect(placer, x, y, width, height, [dot_radius + 2 + r * ring_step for r in rings])
            if rect is None:
                continue
            placer.place(rect, name, "place")
            if visible:
                placer.add_symbol_rect(dot.adjusted(-1, -1, 1, 1))
                painter.setPen(QPen(QColor("#ffffff"), dot_pen))
                painter.setBrush(QColor(PLACE_DOT))
                painter.drawEllipse(dot)
                if capital:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(QColor(PLACE_DOT), dot_pen))
                    painter.drawEllipse(dot.adjusted(-2, -2, 2, 2))
            text_style.draw(painter, rect, name)
            drawn.append(name)
        return drawn

    def _draw_country_names(
        self, painter: QPainter, viewport: Viewport, placer: LabelPlacer, names: list[str]
    ) -> list[str]:
        px, py = viewport.mercator_to_pixel(self.country_x, self.country_y)
        area_px = self.country_area / viewport.resolution**2
        inside = (px >= 0) & (px < viewport.width) & (py >= 0) & (py < viewport.height) & (area_px > 2500)
        style = HaloText(
            label_font(9.0, viewport.dpi, bold=True), COUNTRY_LABEL, dpi=viewport.dpi, halo_pt=1.5
        )
        drawn: list[str] = []
        for index in np.flatnonzero(inside)[np.argsort(-area_px[inside])]:
            text = names[index].upper()
            width, height = style.size(text)
            rect = QRectF(px[index] - width / 2, py[index] - height / 2, width, height)
            if text and placer.try_place(rect, text, "country"):
                style.draw(painter, rect, text)
                drawn.append(text)
        return drawn
