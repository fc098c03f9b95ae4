"""Cluster boundaries (outlined, lightly filled polygons) and relations (lines styled by kind, arrows
where directed) drawn from cached project data."""

from __future__ import annotations

import math

import numpy as np
import shapely
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

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

DETAILED_LIMIT = 400  # up to this many lines in view are drawn with their full style and arrows
SIMPLE_LIMIT = 2500  # up to this many, as thin lines coloured by kind; beyond, a density overview
DETAILED_LENGTH_PX = 120_000  # or when the styled lines would be this long in total (dashes are slow)
DENSITY_SAMPLES = 700_000
NETWORK_COLOUR = "#4a4e8c"
PLAIN_RELATION_WIDTH_PT = 0.75  # 1 px on a 96 dpi screen; in points so a 300 dpi print keeps the weight


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


def boundary_label_candidates(
    path: QPainterPath, size: tuple[float, float], viewport: Viewport
) -> list[QRectF]:
    """Places for a boundary's name just inside its outline, best first: under the highest visible
    vertex, above the lowest, beside the leftmost or the rightmost. The name then marks the edge of the
    area instead of covering the stakeholders in its middle."""
    width, height = size
    view = QRectF(0, 0, viewport.width, viewport.height)
    inside = [
        (e.x, e.y) for e in (path.elementAt(i) for i in range(path.elementCount())) if view.contains(e.x, e.y)
    ]
    if not inside or path.boundingRect().width() < width * 0.6:
        return []
    top = min(inside, key=lambda p: p[1])
    bottom = max(inside, key=lambda p: p[1])
    left = min(inside, key=lambda p: p[0])
    right = max(inside, key=lambda p: p[0])

    def clamp(x: float, y: float) -> QRectF:
        x = min(max(x, 2), viewport.width - width - 2)
        return QRectF(x, min(max(y, 2), viewport.height - height - 2), width, height)

    return [
        clamp(top[0] - width / 2, top[1] + 8),
        clamp(bottom[0] - width / 2, bottom[1] - 8 - height),
        clamp(left[0] + 10, left[1] - height / 2),
        clamp(right[0] - 10 - width, right[1] - height / 2),
    ]


def draw_boundary_labels(
    painter: QPainter, viewport: Viewport, data: ProjectData, placer: LabelPlacer
) -> int:
    """Names of the boundaries in view, where they collide with no other label or symbol."""
    text = HaloText(label_font(9.0, viewport.dpi, bold=True, italic=True), BOUNDARY_OUTLINE, dpi=viewport.dpi)
    view_box = shapely.box(*viewport.mercator_bounds())
    drawn = 0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for boundary in data.boundaries:
        if not boundary.name or not boundary.shape.intersects(view_box):
            continue
        path = boundary_path(boundary.shape, viewport)
        for rect in boundary_label_candidates(path, text.size(boundary.name), viewport):
            if placer.try_place(rect):
                text.draw(painter, rect, boundary.name)
                drawn += 1
                break
    painter.restore()
    return drawn


def draw_boundaries(painter: QPainter, viewport: Viewport, data: ProjectData) -> None:
    """Outlines and light fills (their names are drawn with the other labels, see draw_boundary_labels)."""
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
    for boundary in boundaries:
        if not boundary.shape.intersects(view_box):
            continue
        path = boundary_path(boundary.shape, viewport)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(path)
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


def clip_segments(sx, sy, tx, ty, width: float, height: float):
    """Clip segments to the image (Liang-Barsky, vectorised). Returns the clipped ends and a mask of the
    segments that cross the image at all."""
    dx, dy = tx - sx, ty - sy
    t0 = np.zeros(len(sx))
    t1 = np.ones(len(sx))
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-dx, sx), (dx, width - sx), (-dy, sy), (dy, height - sy)):
            ratio = q / p
            parallel_outside = (p == 0) & (q < 0)
            t0 = np.where(p < 0, np.maximum(t0, ratio), t0)
            t1 = np.where(p > 0, np.minimum(t1, ratio), t1)
            t1 = np.where(parallel_outside, -1.0, t1)
    crosses = t0 <= t1
    return sx + t0 * dx, sy + t0 * dy, sx + t1 * dx, sy + t1 * dy, crosses


_DENSITY_LEVELS = 256


def _density_palette(colour: str) -> np.ndarray:
    """Premultiplied pixel per crossing count: one line is faint, many are strong (log scale)."""
    counts = np.arange(_DENSITY_LEVELS, dtype=np.float64)
    alpha = np.where(counts > 0, np.minimum(235, 50 + 45 * np.log2(np.maximum(counts, 1))), 0)
    alpha = alpha.astype(np.uint32)
    base = QColor(colour)
    red, green, blue = (np.uint32(c) for c in (base.red(), base.green(), base.blue()))
    return (
        (alpha << 24) | ((red * alpha // 255) << 16) | ((green * alpha // 255) << 8) | (blue * alpha // 255)
    )


def density_image(x0, y0, x1, y1, width: int, height: int, colour: str) -> QImage:
    """Many lines as one image whose opacity grows with how many lines cross each pixel: a readable
    overview of a dense network, computed with numpy instead of painting thousands of lines."""
    length = np.hypot(x1 - x0, y1 - y0)
    samples = np.maximum(1, np.ceil(length)).astype(np.int64)
    total = int(samples.sum())
    if total > DENSITY_SAMPLES:  # sample more sparsely rather than run out of memory
        samples = np.maximum(1, (samples * (DENSITY_SAMPLES / total)).astype(np.int64))
        total = int(samples.sum())
    # Walk along every line at once: sample k of a line with n samples sits at (k + phase) / n of its
    # length. A fixed random phase per line keeps sparse samples of parallel lines from forming bands.
    line = np.repeat(np.arange(len(x0), dtype=np.int32), samples)
    first = np.cumsum(samples) - samples
    step = np.arange(total, dtype=np.float32) - np.repeat(first.astype(np.float32), samples)
    phase = np.random.default_rng(0).random(len(x0), dtype=np.float32)
    inverse = 1.0 / samples.astype(np.float32)
    dx = ((x1 - x0) * inverse).astype(np.float32)  # movement per sample
    dy = ((y1 - y0) * inverse).astype(np.float32)
    start_x = (x0 + phase * dx).astype(np.float32)
    start_y = (y0 + phase * dy).astype(np.float32)
    px = (start_x[line] + step * dx[line]).astype(np.int32)
    py = (start_y[line] + step * dy[line]).astype(np.int32)
    # The lines were clipped to the image, so clamping only fixes rounding at its edges.
    np.clip(px, 0, width - 1, out=px)
    np.clip(py, 0, height - 1, out=py)
    counts = np.bincount(py * np.int32(width) + px, minlength=width * height)
    pixels = _density_palette(colour)[np.minimum(counts, _DENSITY_LEVELS - 1)]
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    target = np.frombuffer(image.bits(), dtype=np.uint32).reshape(height, image.bytesPerLine() // 4)
    target[:, :width] = pixels.reshape(height, width)
    return image


def draw_relations(painter: QPainter, viewport: Viewport, data: ProjectData, *, hidden_kinds=()) -> int:
    """Lines between located ends, clipped to the view; returns how many were drawn.

    A few hundred lines are drawn in full (colour, width and dashes by kind, arrows); more become a
    density overview in one colour, because a hairball of styled lines says nothing and is slow to draw.
    """
    relations = data.relations
    if len(relations.fid) == 0:
        return 0
    points = data.points
    shown = ~np.isin(relations.kind, [RELATION_CODES.index(k) for k in hidden_kinds if k in RELATION_CODES])
    valid = (relations.source >= 0) & (relations.target >= 0) & shown
    source, target = relations.source[valid], relations.target[valid]
    kinds, directed = relations.kind[valid], relations.directed[valid]
    sx, sy = viewport.mercator_to_pixel(points.x[source], points.y[source])
    tx, ty = viewport.mercator_to_pixel(points.x[target], points.y[target])
    with np.errstate(invalid="ignore"):
        located = ~(np.isnan(sx) | np.isnan(tx) | np.isnan(sy) | np.isnan(ty))
    sx, sy, tx, ty = sx[located], sy[located], tx[located], ty[located]
    kinds, directed = kinds[located], directed[located]
    cx0, cy0, cx1, cy1, crosses = clip_segments(sx, sy, tx, ty, viewport.width, viewport.height)
    keep = np.flatnonzero(crosses)
    if len(keep) == 0:
        return 0
    clipped_length = float(np.hypot(cx1[keep] - cx0[keep], cy1[keep] - cy0[keep]).sum())
    if len(keep) > SIMPLE_LIMIT or clipped_length > DETAILED_LENGTH_PX * 4:
        # An overview needs no more detail than half the screen resolution, at a quarter of the cost.
        w, h = max(1, viewport.width // 2), max(1, viewport.height // 2)
        k = keep
        overview = density_image(cx0[k] / 2, cy0[k] / 2, cx1[k] / 2, cy1[k] / 2, w, h, NETWORK_COLOUR)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, viewport.width, viewport.height), overview)
        painter.restore()

        return len(keep)
    detailed = len(keep) <= DETAILED_LIMIT and clipped_length <= DETAILED_LENGTH_PX
    px_per_mm = viewport.pixels_per_mm()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for kind_index, code in enumerate(RELATION_CODES):
        chosen = keep[kinds[keep] == kind_index]
        if len(chosen) == 0:
            continue
        style = relation_style(code)
        colour = QColor(style.colour)
        if detailed:
            colour.setAlphaF(0.8)
            dash = _DASHES.get(style.dash, Qt.PenStyle.SolidLine)
            pen = QPen(colour, max(1.0, style.width_mm * px_per_mm), dash)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        else:
            colour.setAlphaF(0.45)
            # plain lines: dashes and arrows would only add noise at this density
            pen = QPen(colour, PLAIN_RELATION_WIDTH_PT * viewport.pixels_per_point())
        painter.setPen(pen)
        painter.drawLines([QLineF(cx0[i], cy0[i], cx1[i], cy1[i]) for i in chosen.tolist()])
        if not style.arrow or not detailed:
            continue
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for i in chosen.tolist():
            if not directed[i] or cx1[i] != tx[i] or cy1[i] != ty[i]:
                continue  # no arrow when undirected or when the target is outside the view
            head = _arrow_head(sx[i], sy[i], tx[i], ty[i], 2.4 * px_per_mm, 1.8 * px_per_mm)
            if head is not None:
                painter.drawPolygon(head)
    painter.restore()
    return len(keep)
