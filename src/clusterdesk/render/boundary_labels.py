"""Names of the cluster boundaries, placed with the other labels: just inside the area's outline at its
top (or bottom), else just outside it, never across a boundary line; and the boundary lines as an
obstacle mask that keeps every other label off them too."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from clusterdesk.core.symbology import BOUNDARY_OUTLINE, BOUNDARY_OUTLINE_WIDTH_MM
from clusterdesk.render.labels import HaloText, LabelPlacer, label_font
from clusterdesk.render.overlays import boundary_path
from clusterdesk.render.painting import painting
from clusterdesk.render.project_data import ProjectData
from clusterdesk.render.viewport import Viewport

_ROWS = 16  # rows tried inside the outline, at most a third of its height down
_SIDEWAYS = 12  # positions tried in each row, a quarter of the name's width apart


def _paths_in_view(viewport: Viewport, data: ProjectData):
    view_box = shapely.box(*viewport.mercator_bounds())
    for boundary in data.boundaries:
        if boundary.shape.intersects(view_box):
            yield boundary, boundary_path(boundary.shape, viewport)


def boundary_line_mask(viewport: Viewport, data: ProjectData) -> np.ndarray | None:
    """Pixels under the boundary outlines (with a pixel to spare each side), or None without any."""
    paths = [path for _boundary, path in _paths_in_view(viewport, data)]
    if not paths:
        return None
    image = QImage(viewport.width, viewport.height, QImage.Format.Format_Grayscale8)
    image.fill(0)
    pen = QPen(QColor("#ffffff"), BOUNDARY_OUTLINE_WIDTH_MM * viewport.pixels_per_mm() + 2)
    with painting(image) as painter:
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for path in paths:
            painter.drawPath(path)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return pixels[:, : viewport.width] > 0


def _candidates(path: QPainterPath, size: tuple[float, float], viewport: Viewport):
    """Places for a name, best first: inside the outline just under its highest visible point (moving
    down and sideways where the top is too narrow), inside just above its lowest, then outside above the
    top and below the bottom. Inside ones are yielded with True."""
    width, height = size
    view = QRectF(0, 0, viewport.width, viewport.height)
    inside = [
        (e.x, e.y) for e in (path.elementAt(i) for i in range(path.elementCount())) if view.contains(e.x, e.y)
    ]
    if not inside:
        return
    top = min(inside, key=lambda p: p[1])
    bottom = max(inside, key=lambda p: p[1])
    box = path.boundingRect().intersected(view)
    # rows half a name's height apart, spread wider on a tall area, down to a third of its height
    step = max(height / 2, box.height() / 3 / _ROWS)
    rows = max(1, min(_ROWS, int(box.height() / 3 / step)))
    lefts = np.arange(box.left(), box.right() - width + 1, max(width / 4, 1.0)).tolist()
    for anchor_x, anchor_y, direction in ((top[0], top[1] + 6, 1), (bottom[0], bottom[1] - 6 - height, -1)):
        nearest = sorted(lefts, key=lambda left: abs(left + width / 2 - anchor_x))[:_SIDEWAYS]
        for row in range(rows):
            y = anchor_y + direction * row * step
            for left in nearest:
                yield QRectF(left, y, width, height), True
    yield QRectF(top[0] - width / 2, top[1] - 6 - height, width, height), False
    yield QRectF(bottom[0] - width / 2, bottom[1] + 6, width, height), False


def draw_boundary_names(painter: QPainter, viewport: Viewport, data: ProjectData, placer: LabelPlacer) -> int:
    """Names of the boundaries in view where they meet no label, symbol or boundary line."""
    text = HaloText(label_font(9.0, viewport.dpi, bold=True, italic=True), BOUNDARY_OUTLINE, dpi=viewport.dpi)
    drawn = 0
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for boundary, path in _paths_in_view(viewport, data):
        if not boundary.name:
            continue
        for rect, within in _candidates(path, text.size(boundary.name), viewport):
            if within and not path.contains(rect):
                continue
            if placer.try_place(rect, boundary.name, "boundary"):
                text.draw(painter, rect, boundary.name)
                drawn += 1
                break
    painter.restore()
    return drawn
