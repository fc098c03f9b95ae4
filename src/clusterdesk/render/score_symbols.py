"""Symbols of assessed support institutions when the map colours them by capacity score: the kind's shape
filled with the score's colour, or hollow and grey while no assessment round is complete.

A score is carried as whole tenths (34 for 3.4), the precision of the labels, so institutions of equal
rounded score share one sprite; INCOMPLETE stands for "assessed, no complete round yet".
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPen

from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.render.labels import LabelPlacer, candidate_rects, label_font
from clusterdesk.render.painting import painting
from clusterdesk.render.score_colours import INCOMPLETE_COLOUR, SCORED_OUTLINE, score_colour
from clusterdesk.render.symbols import SCREEN_DPI, Sprite, outline_width_px, shape_path
from clusterdesk.render.viewport import Viewport

INCOMPLETE = -1
# A hollow symbol has only its outline to show; a heavier line keeps it as visible as a filled one.
HOLLOW_OUTLINE_FACTOR = 1.8
# Assessed institutions are drawn this much larger than their kind, so the fill colour can be read.
SCORED_SIZE_FACTOR = 1.3
SCORE_TAG_GAP_MM = 1.8  # from the symbol's centre to its score tag, before enlarging


def score_tenths(scores: np.ndarray) -> np.ndarray:
    """Overall scores (NaN: no complete round) as the integer keys used for symbols."""
    with np.errstate(invalid="ignore"):
        tenths = np.rint(np.nan_to_num(scores, nan=0.0) * 10).astype(np.int64)
    return np.where(np.isnan(scores), INCOMPLETE, tenths)


def _pen_and_brush(tenths: int, dpi: float) -> tuple[QPen, QBrush]:
    if tenths == INCOMPLETE:
        pen = QPen(QColor(INCOMPLETE_COLOUR), outline_width_px(dpi) * HOLLOW_OUTLINE_FACTOR)
        return pen, QBrush(Qt.BrushStyle.NoBrush)
    return QPen(QColor(SCORED_OUTLINE), outline_width_px(dpi)), QBrush(score_colour(tenths / 10))


def paint_score_symbol(
    painter: QPainter, kind: str, tenths: int, size_px: float, x: float, y: float, dpi: float = SCREEN_DPI
) -> None:
    """One assessed institution drawn with the painter (few points, SVG and PDF, legends)."""
    pen, brush = _pen_and_brush(tenths, dpi)
    painter.save()
    painter.translate(x, y)
    _draw_shape(painter, kind, size_px, pen, brush)
    painter.restore()


def _draw_shape(painter: QPainter, kind: str, size_px: float, pen: QPen, brush: QBrush) -> None:
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(shape_path(stakeholder_style(kind).shape, size_px))


def _symbol_image(kind: str, size_px: float, radius: int, pen: QPen, brush: QBrush) -> QImage:
    side = 2 * radius + 1
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    with painting(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(radius + 0.5, radius + 0.5)
        _draw_shape(painter, kind, size_px, pen, brush)
    return image


def _opaque(image: QImage) -> np.ndarray:
    side = image.width()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(side, image.bytesPerLine() // 4)
    return (pixels[:, :side] >> 24) >= 128


@lru_cache(maxsize=512)
def score_sprite(kind: str, tenths: int, size_px: float, dpi: float = SCREEN_DPI) -> Sprite:
    """The symbol rendered once, with its hard-edged pixels for numpy stamping (outline first)."""
    pen, brush = _pen_and_brush(tenths, dpi)
    return filled_sprite(kind, size_px, pen, brush)


def filled_sprite(kind: str, size_px: float, pen: QPen, brush: QBrush) -> Sprite:
    """The kind's shape drawn with `pen` and `brush`, with its hard-edged pixels for numpy stamping (also
    used for firms coloured by a survey answer)."""
    radius = int(math.ceil(size_px * 0.65 + pen.widthF())) + 1
    image = _symbol_image(kind, size_px, radius, pen, brush)
    # The outline painted alone tells outline pixels from fill pixels; comparing colours could not, as
    # a hollow symbol has no fill colour at all.
    outline = _opaque(_symbol_image(kind, size_px, radius, pen, QBrush(Qt.BrushStyle.NoBrush)))
    opaque = _opaque(image)
    is_fill = opaque & ~outline
    dy, dx = np.nonzero(opaque)
    order = np.argsort(is_fill[dy, dx], kind="stable")
    dy, dx = dy[order], dx[order]
    fill_value, outline_value = np.uint32(brush.color().rgba()), np.uint32(pen.color().rgba())
    values = np.where(is_fill[dy, dx], fill_value, outline_value).astype(np.uint32)
    return Sprite(image, radius, (dy - radius).astype(np.int64), (dx - radius).astype(np.int64), values)


def draw_score_tags(
    painter: QPainter,
    viewport: Viewport,
    placer: LabelPlacer,
    points: list[tuple[float, float, float]],
) -> int:
    """The score ("3.4") beside each scored institution, in a small tag of the score's colour; `points`
    are (x, y, score). Placed before the names, so a long name never crowds out the number."""
    if not points:
        return 0
    font = label_font(7.0, viewport.dpi, bold=True)
    metrics = QFontMetricsF(font)
    pad = 0.6 * viewport.pixels_per_mm()
    gap = SCORE_TAG_GAP_MM * SCORED_SIZE_FACTOR * viewport.pixels_per_mm()
    border = QPen(QColor(SCORED_OUTLINE), outline_width_px(viewport.dpi) * 0.8)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    drawn = 0
    for x, y, score in points:
        text = f"{score:.1f}"
        width, height = metrics.horizontalAdvance(text) + 2 * pad, metrics.height()
        right, left, above, below = candidate_rects(x, y, width, height, gap)
        for rect in (below, above, right, left):  # a badge under the symbol leaves the name its place
            if not placer.is_free(rect):
                continue
            placer.occupy(rect)
            painter.setPen(border)
            painter.setBrush(QBrush(score_colour(score, pale=True)))
            painter.drawRoundedRect(rect, height / 3, height / 3)
            painter.setPen(QColor(SCORED_OUTLINE))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            drawn += 1
            break
    painter.restore()
    return drawn
