"""The move from one map view to the next: the extent animated over a short, eased time, each frame
drawn from the two finished images (the one left and the one arrived at), never by rendering the map.

The centre moves in Web Mercator metres and the scale changes geometrically (halfway between 1:50,000
and 1:200,000 is 1:100,000), which reads as one smooth zoom; the image arrived at fades in over the one
left, so the last frame is exactly the new slide.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEasingCurve, QRectF
from PySide6.QtGui import QImage, QPainter

from clusterdesk.render.viewport import Viewport

TRANSITION_MS = 120  # quick: the finished frame is on screen within 150 ms of the key press
_EASING = QEasingCurve(QEasingCurve.Type.OutCubic)


def eased(progress: float) -> float:
    return _EASING.valueForProgress(min(max(progress, 0.0), 1.0))


def between(start: Viewport, end: Viewport, progress: float) -> Viewport:
    """The view at `progress` (0..1, already eased) from `start` to `end` (views of one screen)."""
    t = min(max(progress, 0.0), 1.0)
    if t >= 1.0:
        return end
    x = start.center_x + (end.center_x - start.center_x) * t
    y = start.center_y + (end.center_y - start.center_y) * t
    # both views are of the same screen, so their resolutions compare directly
    resolution = math.exp(
        math.log(start.resolution) + (math.log(end.resolution) - math.log(start.resolution)) * t
    )
    return replace(end, center_x=x, center_y=y, resolution=resolution)


def image_rect(image_view: Viewport, view: Viewport) -> QRectF:
    """Where an image drawn for `image_view` lands in `view`, in `view`'s pixels."""
    x0, y0 = view.mercator_to_pixel(*image_view.pixel_to_mercator(0, 0))
    x1, y1 = view.mercator_to_pixel(*image_view.pixel_to_mercator(image_view.width, image_view.height))
    return QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))


def paint_between(
    painter: QPainter,
    view: Viewport,
    old: tuple[Viewport, QImage] | None,
    new: tuple[Viewport, QImage],
    progress: float,
) -> None:
    """One frame of the move: the image left where it now belongs, the new one fading in over it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if old is not None:
        painter.drawImage(image_rect(old[0], view), old[1])
    painter.setOpacity(1.0 if old is None else min(1.0, max(progress, 0.0)))
    painter.drawImage(image_rect(new[0], view), new[1])
    painter.restore()
