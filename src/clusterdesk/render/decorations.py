"""Scale bar and attribution line drawn over a finished map image."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from clusterdesk.core import formatting
from clusterdesk.core.catalogue import tr
from clusterdesk.render.labels import label_font
from clusterdesk.render.painting import painting
from clusterdesk.render.viewport import Viewport


def nice_length(max_metres: float) -> float:
    """The largest 1, 2 or 5 times a power of ten not above `max_metres`."""
    if max_metres <= 0:
        return 0.0
    power = 10 ** math.floor(math.log10(max_metres))
    for step in (5, 2, 1):
        if step * power <= max_metres:
            return step * power
    return power


def format_distance(metres: float, language: str | None = "en") -> str:
    """'2 km', '500 m', '2,5 км': the number and the unit as the map's language writes them."""
    if metres >= 1000:
        return tr("scale_bar_km", "{distance} km", language, distance=_number(metres / 1000, language))
    return tr("scale_bar_m", "{distance} m", language, distance=_number(metres, language))


def _number(value: float, language: str | None) -> str:
    return (
        formatting.integer(value, language)
        if float(value).is_integer()
        else formatting.decimal(value, language, digits=1)
    )


def draw_scale_bar(painter: QPainter, viewport: Viewport, language: str | None = "en") -> None:
    px_per_mm = viewport.pixels_per_mm()
    target_px = min(30 * px_per_mm, viewport.width / 4)
    metres = nice_length(target_px * viewport.ground_resolution())
    if metres <= 0:
        return
    length = metres / viewport.ground_resolution()
    font = label_font(7.5, viewport.dpi)
    metrics = QFontMetricsF(font)
    margin = 3 * px_per_mm
    bar_height = 1.3 * px_per_mm
    left = margin
    bottom = viewport.height - margin
    box = QRectF(
        left - 4,
        bottom - bar_height - metrics.height() - 8,
        length + 8 + metrics.horizontalAdvance("00000 km"),
        bar_height + metrics.height() + 12,
    )
    background = QColor("#ffffff")
    background.setAlpha(190)
    painter.fillRect(box, background)
    half = length / 2
    bar_top = bottom - bar_height
    painter.setPen(QPen(QColor("#333333"), 1))
    painter.fillRect(QRectF(left, bar_top, half, bar_height), QColor("#333333"))
    painter.fillRect(QRectF(left + half, bar_top, half, bar_height), QColor("#ffffff"))
    painter.drawRect(QRectF(left, bar_top, length, bar_height))
    painter.setFont(font)
    painter.drawText(
        QRectF(left, bar_top - metrics.height() - 2, length + 200, metrics.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
        "0",
    )
    label = format_distance(metres, language)
    painter.drawText(
        QRectF(
            left + length - metrics.horizontalAdvance(label) / 2,
            bar_top - metrics.height() - 2,
            metrics.horizontalAdvance(label) + 4,
            metrics.height(),
        ),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
        label,
    )


def draw_attribution(painter: QPainter, viewport: Viewport, credits: list[str]) -> None:
    if not credits:
        return
    text = " | ".join(dict.fromkeys(credits))
    font = label_font(7.0, viewport.dpi)
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(text) + 10
    height = metrics.height() + 4
    rect = QRectF(viewport.width - width, viewport.height - height, width, height)
    background = QColor("#ffffff")
    background.setAlpha(200)
    painter.fillRect(rect, background)
    painter.setPen(QColor("#333333"))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def decorate(
    image: QImage, viewport: Viewport, credits: list[str], *, scale_bar: bool = True, language: str = "en"
) -> None:
    with painting(image) as painter:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if scale_bar:
            draw_scale_bar(painter, viewport, language)
        draw_attribution(painter, viewport, credits)
