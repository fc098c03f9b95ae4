"""Cluster boundaries (outlined, lightly filled polygons) and relations (lines styled by kind, arrows
where directed) drawn from cached project data."""

from __future__ import annotations

import math

import numpy as np
import shapely
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from clusterdesk.core.symbology import (
    BOUNDARY_FILL,
    BOUNDARY_FILL_OPACITY,
    BOUNDARY_OUTLINE,
    BOUNDARY_OUTLINE_WIDTH_MM,
    relation_style,
)
from clusterdesk.render.labels import HaloText, LabelPlacer, label_font
from clusterdesk.render.project_data import RELATION_CODES, ProjectData
from clusterdesk.render.viewport import Viewport

DETAILED_LIMIT = 3000  # above this many lines in view, draw them thin and plain: a network overview
RELATION_LIMIT = 3000  # beyond this many in view an even sample shows the same picture, much faster


def boundary_path(shape, viewport: Viewport) -> QPainterPath:
    """Painter path in pixels of a (multi)polygon given in Web Mercator."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    x0, y0, x1, y1 = viewport.mercator_bounds()
    margin = (x1 - x0) * 0.5
    shape = shapely.clip_by_rect(shape, x0 - margin, y0 - margin, x1 + margin, y1 + margin)
    for part in shapely.get_parts(shape):
        if part.geom_type != "Polygon":
            continue
        for ring in [part.exterior, *part.interiors]:
            coords = shapely.get_coordinates(ring)
            px, py = viewport.mercator_to_pixel(coords[:, 0], coords[:, 1])
            path.addPolygon(
                QPolygonF([QPointF(x, y) for x, y in zip(px.tolist(), py.tolist(), strict=False)])
            )
            path.closeSubpath()
    return path


def draw_boundaries(painter: QPainter, viewport: Viewport, data: ProjectData, *, labels: bool = True) -> None:
    boundaries = data.boundaries
    if not boundaries:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(BOUNDARY_FILL)
    fill.setAlphaF(BOUNDARY_FILL_OPACITY)
    pen = QPen(QColor(BOUNDARY_OUTLINE), BOUNDARY_OUTLINE_WIDTH_MM * viewport.pixels_per_mm())
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    box = viewport.mercator_bounds()
    view_box = shapely.box(*box)
    placer = LabelPlacer(viewport.width, viewport.height)
    text = HaloText(label_font(9.0, viewport.dpi, bold=True, italic=True), BOUNDARY_OUTLINE)
    for boundary in boundaries:
        if not boundary.shape.intersects(view_box):
            continue
        path = boundary_path(boundary.shape, viewport)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(path)
        if labels and boundary.name:
            # Name the boundary inside its top-left area, where it does not cover the centre of the cluster.
            rect = path.boundingRect().intersected(QRectF(0, 0, viewport.width, viewport.height))
            width, height = text.size(boundary.name)
            label = QRectF(rect.left() + 8, rect.top() + 6, width, height)
            if rect.width() > width + 16 and placer.try_place(label):
                text.draw(painter, label, boundary.name)
    painter.restore()


def _arrow_head(x0: float, y0: float, x1: float, y1: float, length: float, back: float) -> QPolygonF | None:
    dx, dy = x1 - x0, y1 - y0
    distance = math.hypot(dx, dy)
    if distance < length * 2.5:
        return None
    ux, uy = dx / distance, dy / distance
    tip_x, tip_y = x1 - ux * back, y1 - uy * back  # stop short of the target symbol
    base_x, base_y = tip_x - ux * length, tip_y - uy * length
    half = length * 0.45
    return QPolygonF(
        [
            QPointF(tip_x, tip_y),
            QPointF(base_x - uy * half, base_y + ux * half),
            QPointF(base_x + uy * half, base_y - ux * half),
        ]
    )


_DASHES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}


def draw_relations(painter: QPainter, viewport: Viewport, data: ProjectData, *, hidden_kinds=()) -> int:
    """Lines between located ends; returns how many were drawn."""
    relations = data.relations
    if len(relations.fid) == 0:
        return 0
    points = data.points
    valid = (relations.source >= 0) & (relations.target >= 0)
    source, target = relations.source[valid], relations.target[valid]
    kinds, directed = relations.kind[valid], relations.directed[valid]
    sx, sy = viewport.mercator_to_pixel(points.x[source], points.y[source])
    tx, ty = viewport.mercator_to_pixel(points.x[target], points.y[target])
    with np.errstate(invalid="ignore"):
        located = ~(np.isnan(sx) | np.isnan(tx))
        w, h = viewport.width, viewport.height
        # Keep a line when its bounding box touches the image.
        touches = (
            (np.minimum(sx, tx) < w)
            & (np.maximum(sx, tx) > 0)
            & (np.minimum(sy, ty) < h)
            & (np.maximum(sy, ty) > 0)
        )
    keep = np.flatnonzero(located & touches)
    if len(keep) == 0:
        return 0
    if len(keep) > RELATION_LIMIT:
        keep = keep[np.linspace(0, len(keep) - 1, RELATION_LIMIT).astype(np.int64)]
    detailed = len(keep) <= DETAILED_LIMIT
    px_per_mm = viewport.pixels_per_mm()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
    for kind_index, code in enumerate(RELATION_CODES):
        if code in hidden_kinds:
            continue
        chosen = keep[kinds[keep] == kind_index]
        if len(chosen) == 0:
            continue
        style = relation_style(code)
        colour = QColor(style.colour)
        if detailed:
            colour.setAlphaF(0.85)
            pen = QPen(
                colour, max(1.0, style.width_mm * px_per_mm), _DASHES.get(style.dash, Qt.PenStyle.SolidLine)
            )
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        else:
            colour.setAlphaF(0.35)
            pen = QPen(colour, 0)  # cosmetic one-pixel lines
        painter.setPen(pen)
        lines = [(sx[i], sy[i], tx[i], ty[i]) for i in chosen.tolist()]
        painter.drawLines([QLineF(x0, y0, x1, y1) for x0, y0, x1, y1 in lines])
        if style.arrow and detailed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            for (x0, y0, x1, y1), is_directed in zip(lines, directed[chosen].tolist(), strict=False):
                head = _arrow_head(x0, y0, x1, y1, 2.4 * px_per_mm, 1.8 * px_per_mm) if is_directed else None
                if head is not None:
                    painter.drawPolygon(head)
    painter.restore()
    return len(keep)
