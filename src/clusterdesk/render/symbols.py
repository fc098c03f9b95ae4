"""Stakeholder symbols drawn from the shared symbology: shape outlines as painter paths, and pre-rendered
sprites (small images) so that tens of thousands of points are composited instead of painted one by one."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from clusterdesk.core.symbology import PointStyle, stakeholder_style
from clusterdesk.render.painting import painting

# Outline width in points, so a printed map at 300 dpi shows the outline as the screen does; 0.9 pt is
# 1.2 px at the 96 dpi of a screen.
OUTLINE_WIDTH_PT = 0.9
SCREEN_DPI = 96.0


def outline_width_px(dpi: float) -> float:
    return OUTLINE_WIDTH_PT * dpi / 72


def _regular_polygon(sides: int, radius: float, rotation: float = -math.pi / 2) -> QPolygonF:
    return QPolygonF(
        [
            QPointF(
                radius * math.cos(rotation + 2 * math.pi * i / sides),
                radius * math.sin(rotation + 2 * math.pi * i / sides),
            )
            for i in range(sides)
        ]
    )


def shape_path(shape: str, size_px: float) -> QPainterPath:
    """The outline of a symbol of `size_px` diameter centred on (0, 0)."""
    radius = size_px / 2
    path = QPainterPath()
    if shape == "square":
        side = radius * 1.7
        path.addRect(-side / 2, -side / 2, side, side)
    elif shape == "diamond":
        path.addPolygon(_regular_polygon(4, radius * 1.15))
    elif shape == "triangle":
        path.addPolygon(_regular_polygon(3, radius * 1.2))
    elif shape == "pentagon":
        path.addPolygon(_regular_polygon(5, radius * 1.05))
    elif shape == "hexagon":
        path.addPolygon(_regular_polygon(6, radius))
    elif shape == "star":
        points = []
        for i in range(10):
            r = radius * 1.25 if i % 2 == 0 else radius * 0.55
            angle = -math.pi / 2 + math.pi * i / 5
            points.append(QPointF(r * math.cos(angle), r * math.sin(angle)))
        path.addPolygon(QPolygonF(points))
    elif shape == "cross":
        arm = radius * 0.4
        path.addRect(-radius, -arm, 2 * radius, 2 * arm)
        path.addRect(-arm, -radius, 2 * arm, 2 * radius)
        path = path.simplified()
    else:
        path.addEllipse(QPointF(0, 0), radius, radius)
    path.closeSubpath()
    return path


def paint_symbol(
    painter: QPainter, style: PointStyle, size_px: float, x: float, y: float, dpi: float = SCREEN_DPI
) -> None:
    """Draw one symbol with the painter (legend, export, small layers) for an image of `dpi`."""
    painter.save()
    painter.translate(x, y)
    painter.setPen(QPen(QColor(style.outline), outline_width_px(dpi)))
    painter.setBrush(QBrush(QColor(style.colour)))
    painter.drawPath(shape_path(style.shape, size_px))
    painter.restore()


@dataclass(frozen=True)
class Sprite:
    """A symbol rendered once. `image` keeps soft edges; `offsets`/`values` are its opaque pixels as flat
    offsets from the centre pixel (outline pixels first, so overlapping fills win) for numpy stamping."""

    image: QImage
    radius: int
    dy: np.ndarray
    dx: np.ndarray
    values: np.ndarray  # uint32 premultiplied ARGB


@lru_cache(maxsize=256)
def sprite(kind: str, size_px: float, dpi: float = SCREEN_DPI) -> Sprite:
    style = stakeholder_style(kind)
    radius = int(math.ceil(size_px * 0.65 + outline_width_px(dpi))) + 1
    side = 2 * radius + 1
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with painting(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_symbol(painter, style, size_px, radius + 0.5, radius + 0.5, dpi)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(side, image.bytesPerLine() // 4)[
        :, :side
    ]
    alpha = pixels >> 24
    fill = np.uint32(QColor(style.colour).rgba())
    outline = np.uint32(QColor(style.outline).rgba())
    # Hard-edged version: every half-covered pixel becomes fully the fill or the outline colour.
    opaque = alpha >= 128
    is_fill = opaque & _closer_to(pixels, np.maximum(alpha, 1), fill, outline)
    dy_all, dx_all = np.nonzero(opaque)
    order = np.argsort(is_fill[dy_all, dx_all], kind="stable")  # outline first, fill last
    dy_all, dx_all = dy_all[order], dx_all[order]
    values = np.where(is_fill[dy_all, dx_all], fill, outline).astype(np.uint32)
    return Sprite(
        image.copy(), radius, (dy_all - radius).astype(np.int64), (dx_all - radius).astype(np.int64), values
    )


def _closer_to(pixels: np.ndarray, alpha: np.ndarray, colour: np.uint32, other: np.uint32) -> np.ndarray:
    """Whether each (premultiplied) pixel's colour is nearer `colour` than `other`."""

    def channels(value):
        value = np.asarray(value, dtype=np.int64)
        return np.stack([(value >> s) & 0xFF for s in (16, 8, 0)], axis=-1)

    p = channels(pixels) * 255 // np.asarray(alpha, dtype=np.int64)[..., None]
    return np.abs(p - channels(colour)).sum(-1) <= np.abs(p - channels(other)).sum(-1)


def symbol_size_px(kind: str, dpi: float, scale: float = 1.0) -> float:
    return stakeholder_style(kind).size_mm * dpi / 25.4 * scale
