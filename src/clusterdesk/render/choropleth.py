"""A choropleth of a selection study's areas on the map: each area filled with the colour of its class
(`render.choropleth_classes`), its name placed by the image's one label placer, and a legend of the
classes in the top left corner.

The areas' outlines are turned into painter paths once, in Web Mercator metres around the areas' centre;
a redraw sets the painter's transform to the viewport and fills the paths of the areas in view, class by
class (one brush per class). Qt fills many small paths much faster than the same outlines merged into one
path per class, so 2,000 areas redraw in a few tens of milliseconds at any zoom.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import count

import numpy as np
import shapely
from babel import numbers
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from clusterdesk.core import formatting
from clusterdesk.core.catalogue import tr
from clusterdesk.render.choropleth_classes import NO_VALUE_COLOUR, Classes, make_classes
from clusterdesk.render.labels import HaloText, LabelPlacer, label_font
from clusterdesk.render.main_body import main_body
from clusterdesk.render.viewport import Viewport, lonlat_to_mercator

CHOROPLETH = "choropleth"
OUTLINE = "#ffffff"
OUTLINE_PX = 0.8  # at 96 dpi
MARGIN_MM = 3.0
NAME_PT = 7.5
_versions = count(1)


class ChoroplethAreas:
    """The outlines of the study's areas, prepared for drawing: painter paths in mercator metres around
    `origin`, their boxes, and a point inside each for its name."""

    def __init__(self, codes: Sequence[str], names: Sequence[str], shapes: Sequence) -> None:
        self.codes = list(codes)
        self.names = list(names)
        self.index = {code: i for i, code in enumerate(self.codes)}
        geometries = np.array(
            [shape if shape is not None else shapely.Polygon() for shape in shapes], dtype=object
        )
        self.shapes = geometries  # lon/lat, for the main body's extent
        mercator = shapely.transform(geometries, lambda xy: np.column_stack(lonlat_to_mercator(*xy.T)))
        bounds = shapely.bounds(mercator) if len(mercator) else np.zeros((0, 4))
        valid = ~np.isnan(bounds).any(axis=1) if len(bounds) else np.zeros(0, bool)
        self.origin = (
            (float(np.nanmean(bounds[valid, 0::2])), float(np.nanmean(bounds[valid, 1::2])))
            if valid.any() else (0.0, 0.0)
        )  # fmt: skip
        self.bounds = np.where(np.isnan(bounds), 0.0, bounds)
        self.paths = [self._path(shape) for shape in mercator]
        inside = shapely.point_on_surface(mercator)
        self.label_x = shapely.get_x(inside)
        self.label_y = shapely.get_y(inside)
        self.size = shapely.area(mercator)

    @classmethod
    def from_connection(cls, connection) -> ChoroplethAreas:
        """The areas of the study in a project file (a sqlite3 connection), in code order."""
        from clusterdesk.core.geometry import decode

        rows = connection.execute("SELECT code, name, geom FROM selection_areas ORDER BY code").fetchall()
        return cls([r[0] for r in rows], [r[1] for r in rows], [decode(r[2]) for r in rows])

    def _path(self, shape) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        ox, oy = self.origin
        for part in shapely.get_parts(shape):
            if part.geom_type != "Polygon" or part.is_empty:
                continue
            for ring in [part.exterior, *part.interiors]:
                coords = shapely.get_coordinates(ring)
                path.addPolygon(QPolygonF([QPointF(x - ox, y - oy) for x, y in coords.tolist()]))
                path.closeSubpath()
        return path

    def extent_lonlat(self) -> tuple[float, float, float, float] | None:
        """The lon/lat extent of the areas' main body (`render.main_body`): far-off areas such as the
        Galápagos do not shrink the mainland to a corner."""
        body = main_body(self.shapes)
        return body.bounds if body is not None else None


@dataclass
class Choropleth:
    """What the map colours: the areas, a value per area code (absent: no value), the classes, and the
    legend's title (in the language of the map, chosen by who builds it)."""

    areas: ChoroplethAreas
    values: Mapping[str, float]
    classes: Classes
    title: str
    opacity: float = 0.85
    labels: bool = True
    version: int = field(default_factory=lambda: next(_versions))

    def __post_init__(self) -> None:
        vector = np.full(len(self.areas.codes), np.nan)
        for code, value in self.values.items():
            i = self.areas.index.get(code)
            if i is not None and value is not None and math.isfinite(float(value)):
                vector[i] = float(value)
        self.vector = vector
        self.area_class = self.classes.classify(vector)

    @classmethod
    def build(cls, areas: ChoroplethAreas, values: Mapping[str, float], method: str, title: str, **kw):
        known = [v for code, v in values.items() if code in areas.index]
        return cls(areas, values, make_classes(method, known), title, **kw)

    def key(self) -> tuple:
        return (self.version, self.opacity, self.labels)

    def colour_of(self, code: str) -> str:
        k = int(self.area_class[self.areas.index[code]])
        return NO_VALUE_COLOUR if k < 0 else self.classes.colours()[k]

    def has_missing(self) -> bool:
        return bool((self.area_class < 0).any())

    # -- drawing -----------------------------------------------------------------------------------
    def draw(self, painter: QPainter, viewport: Viewport) -> None:
        ox, oy = self.areas.origin
        scale = 1.0 / viewport.resolution
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(
            QTransform(
                scale, 0, 0, -scale,
                (ox - viewport.center_x) * scale + viewport.width / 2,
                (viewport.center_y - oy) * scale + viewport.height / 2,
            ),
            True,
        )  # fmt: skip
        pen = QPen(QColor(OUTLINE), OUTLINE_PX * viewport.dpi / 96)
        pen.setCosmetic(True)
        painter.setPen(pen)
        x0, y0, x1, y1 = viewport.mercator_bounds()
        b = self.areas.bounds
        in_view = (b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1)
        colours = [*self.classes.colours(), NO_VALUE_COLOUR]
        paths = self.areas.paths
        for k, colour in enumerate(colours):
            painter.setBrush(QBrush(QColor(colour)))
            for i in np.flatnonzero(
                in_view & (self.area_class == (k if k < len(colours) - 1 else -1))
            ).tolist():
                painter.drawPath(paths[i])  # one path each: Qt fills many small paths faster than one big
        painter.restore()

    def draw_names(self, painter: QPainter, viewport: Viewport, placer: LabelPlacer) -> int:
        """The areas' names, the largest areas first, centred on a point inside each where they are free."""
        if not self.labels:
            return 0
        x0, y0, x1, y1 = viewport.mercator_bounds()
        b = self.areas.bounds
        in_view = np.flatnonzero((b[:, 2] >= x0) & (b[:, 0] <= x1) & (b[:, 3] >= y0) & (b[:, 1] <= y1))
        in_view = in_view[np.argsort(-self.areas.size[in_view], kind="stable")]
        px, py = viewport.mercator_to_pixel(self.areas.label_x[in_view], self.areas.label_y[in_view])
        widths = (b[in_view, 2] - b[in_view, 0]) / viewport.resolution
        text = HaloText(label_font(NAME_PT, viewport.dpi), "#1f1f1f", dpi=viewport.dpi)
        drawn = 0
        painter.save()
        for i, x, y, width in zip(in_view.tolist(), px.tolist(), py.tolist(), widths.tolist(), strict=True):
            name = self.areas.names[i]
            if not name or not (math.isfinite(x) and math.isfinite(y)):
                continue
            w, h = text.size(name)
            if w > width * 1.6:
                continue  # an area much narrower than its name: the name would cover its neighbours
            candidates = [QRectF(x - w / 2, y - h / 2 + dy * h, w, h) for dy in (0, -0.8, 0.8)]
            rect = placer.first_free(candidates)
            if rect is not None:
                placer.place(rect, name, "area")
                text.draw(painter, rect, name)
                drawn += 1
        painter.restore()
        return drawn

    # -- legend ------------------------------------------------------------------------------------
    def legend_rows(self, language: str | None) -> list[tuple[str, str]]:
        """(colour, range) of each class, low to high, then the areas without a value when there are."""
        rows = []
        for k, colour in enumerate(self.classes.colours()):
            inside = self.vector[self.area_class == k]
            if self.classes.method == "fixed_lq" or len(inside) == 0:
                rows.append((colour, range_text(self.classes, k, language)))
            else:  # the values the class holds: no number appears in two classes
                rows.append((colour, span_text(float(inside.min()), float(inside.max()), language)))
        if self.has_missing():
            rows.append((NO_VALUE_COLOUR, tr("choropleth:no_value", "No value", language)))
        return rows

    def legend_lines(self, language: str | None) -> list[str]:
        return [self.title, method_text(self.classes.method, language)]

    def legend_rect(self, viewport: Viewport, language: str | None) -> QRectF:
        mm = viewport.pixels_per_mm()
        body, heading, row = _legend_fonts(viewport)
        pad, swatch = 2 * mm, 6 * mm
        title, method = self.legend_lines(language)
        rows = self.legend_rows(language)
        widest = max(
            heading.horizontalAdvance(title),
            body.horizontalAdvance(method),
            swatch + pad + max(body.horizontalAdvance(text) for _c, text in rows),
        )
        width = widest * 1.05 + 2 * pad  # room for hinting on the image, which may widen the text
        width = min(width, viewport.width * 0.45)
        height = heading.height() + body.height() + pad / 2 + len(rows) * row + 2 * pad
        return QRectF(MARGIN_MM * mm, MARGIN_MM * mm, width, height)

    def draw_legend(self, painter: QPainter, viewport: Viewport, language: str | None) -> None:
        rect = self.legend_rect(viewport, language)
        mm = viewport.pixels_per_mm()
        body, heading, row = _legend_fonts(viewport)
        pad, swatch = 2 * mm, 6 * mm
        title, method = self.legend_lines(language)
        painter.save()
        background = QColor("#ffffff")
        background.setAlpha(235)
        painter.setPen(QPen(QColor("#b8b8b8"), 1))
        painter.setBrush(background)
        painter.drawRect(rect)
        inner = rect.width() - 2 * pad
        left, top = rect.left() + pad, rect.top() + pad
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(QColor("#333333"))
        painter.setFont(label_font(8.0, viewport.dpi, bold=True))
        painter.drawText(QRectF(left, top, inner, heading.height()), flags, heading.elidedText(
            title, Qt.TextElideMode.ElideRight, inner))  # fmt: skip
        top += heading.height()
        painter.setFont(label_font(7.0, viewport.dpi, italic=True))
        painter.drawText(QRectF(left, top, inner, body.height()), flags, method)
        top += body.height() + pad / 2
        painter.setFont(label_font(7.5, viewport.dpi))
        for colour, text in self.legend_rows(language):
            painter.setPen(QPen(QColor("#8c8c8c"), 0.6 * viewport.dpi / 96))
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(left, top + row * 0.18, swatch - pad, row * 0.64))
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(left + swatch, top, inner - swatch, row), flags, text)
            top += row
        painter.restore()


def _legend_fonts(viewport: Viewport):
    body = QFontMetricsF(label_font(7.5, viewport.dpi))
    heading = QFontMetricsF(label_font(8.0, viewport.dpi, bold=True))
    return body, heading, max(body.height(), 4.2 * viewport.pixels_per_mm())


def number_text(value: float, language: str | None) -> str:
    """A class break as people write it: up to two decimals for small numbers, fewer for large ones."""
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0
    return _decimal_pattern(digits).apply(value, formatting.locale(language))


@functools.cache
def _decimal_pattern(digits: int):
    """babel's parsed pattern, parsed once (a criteria matrix writes thousands of numbers)."""
    return numbers.parse_pattern("#,##0" + ("." + "#" * digits if digits else ""))


def range_text(classes: Classes, k: int, language: str | None) -> str:
    low, high = classes.edges[k], classes.edges[k + 1]
    if math.isinf(low):
        return tr("choropleth:below", "below {value}", language, value=number_text(high, language))
    if math.isinf(high):
        return tr("choropleth:at_least", "{value} or more", language, value=number_text(low, language))
    return span_text(low, high, language)


def span_text(low: float, high: float, language: str | None) -> str:
    if number_text(low, language) == number_text(high, language):
        return number_text(low, language)
    return f"{number_text(low, language)} – {number_text(high, language)}"


def method_text(method: str, language: str | None) -> str:
    if method == "fixed_lq":
        return tr("choropleth:fixed_lq", "Fixed classes around 1", language)
    if method == "quantiles":
        return tr("choropleth:quantiles", "Quantiles (equal counts)", language)
    return tr("choropleth:jenks", "Natural breaks (Jenks)", language)
