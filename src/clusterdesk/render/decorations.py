"""What a finished map carries besides the map: title, legend, scale bar, north arrow and attribution.

The places of all of them are laid out first (`layout_decorations`), so the labels keep clear of them;
they are drawn last, over the map, with real text (a PDF's title and legend can be searched and copied).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from clusterdesk.core import formatting
from clusterdesk.core.catalogue import tr
from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.render.labels import label_font
from clusterdesk.render.painting import painting
from clusterdesk.render.symbols import paint_symbol, symbol_size_px
from clusterdesk.render.viewport import Viewport

MARGIN_MM = 3.0
INK = "#333333"
TITLE_PT = 15.0
TITLE_MIN_PT = 9.0
NORTH_ARROW_MM = (7.0, 13.0)  # width, height


@dataclass(frozen=True)
class MapDecorations:
    """Which decorations a map carries. The canvas shows only the scale bar; exports choose."""

    title: str = ""
    legend: bool = False
    scale_bar: bool = True
    north_arrow: bool = False


@dataclass(frozen=True)
class DecorationLayout:
    """Where each decoration goes on one image (None: not drawn), and the legend's kinds."""

    title: QRectF | None = None
    title_font: QFont | None = None
    title_text: str = ""
    legend: QRectF | None = None
    legend_kinds: tuple[str, ...] = ()
    legend_columns: int = 1
    scale_bar: QRectF | None = None
    north_arrow: QRectF | None = None
    attribution: QRectF | None = None

    def rects(self) -> list[QRectF]:
        found = (self.title, self.legend, self.scale_bar, self.north_arrow, self.attribution)
        return [rect for rect in found if rect is not None]

    def key(self) -> tuple:
        """What the labels depend on: the decorations' places."""
        return tuple(rect.getCoords() for rect in self.rects())


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


def _scale_bar_length(viewport: Viewport) -> tuple[float, float]:
    """(metres, pixels) of the bar: a round distance about 30 mm long, at most a quarter of the width."""
    target_px = min(30 * viewport.pixels_per_mm(), viewport.width / 4)
    metres = nice_length(target_px * viewport.ground_resolution())
    return metres, (metres / viewport.ground_resolution() if metres > 0 else 0.0)


def _scale_bar_box(viewport: Viewport) -> QRectF | None:
    metres, length = _scale_bar_length(viewport)
    if metres <= 0:
        return None
    px_per_mm = viewport.pixels_per_mm()
    metrics = QFontMetricsF(label_font(7.5, viewport.dpi))
    margin = MARGIN_MM * px_per_mm
    bar_height = 1.3 * px_per_mm
    bottom = viewport.height - margin
    return QRectF(
        margin - 4,
        bottom - bar_height - metrics.height() - 8,
        length + 8 + metrics.horizontalAdvance("00000 km"),
        bar_height + metrics.height() + 12,
    )


def draw_scale_bar(painter: QPainter, viewport: Viewport, language: str | None = "en") -> None:
    metres, length = _scale_bar_length(viewport)
    box = _scale_bar_box(viewport)
    if box is None:
        return
    px_per_mm = viewport.pixels_per_mm()
    font = label_font(7.5, viewport.dpi)
    metrics = QFontMetricsF(font)
    bar_height = 1.3 * px_per_mm
    left = MARGIN_MM * px_per_mm
    bar_top = viewport.height - left - bar_height
    background = QColor("#ffffff")
    background.setAlpha(190)
    painter.fillRect(box, background)
    half = length / 2
    painter.setPen(QPen(QColor(INK), 1))
    painter.fillRect(QRectF(left, bar_top, half, bar_height), QColor(INK))
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


def _attribution_box(viewport: Viewport, credits: Sequence[str]) -> tuple[QRectF, str] | None:
    if not credits:
        return None
    text = " | ".join(dict.fromkeys(credits))
    metrics = QFontMetricsF(label_font(7.0, viewport.dpi))
    width = metrics.horizontalAdvance(text) + 10
    height = metrics.height() + 4
    return QRectF(viewport.width - width, viewport.height - height, width, height), text


def draw_attribution(painter: QPainter, viewport: Viewport, credits: Sequence[str]) -> None:
    found = _attribution_box(viewport, credits)
    if found is None:
        return
    rect, text = found
    background = QColor("#ffffff")
    background.setAlpha(200)
    painter.fillRect(rect, background)
    painter.setPen(QColor(INK))
    painter.setFont(label_font(7.0, viewport.dpi))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


# -- title and north arrow -----------------------------------------------------------------------
def _north_arrow_box(viewport: Viewport) -> QRectF:
    px_per_mm = viewport.pixels_per_mm()
    width, height = (size * px_per_mm for size in NORTH_ARROW_MM)
    margin = MARGIN_MM * px_per_mm
    return QRectF(viewport.width - margin - width, margin, width, height)


def draw_north_arrow(painter: QPainter, rect: QRectF, dpi: float) -> None:
    """A half-filled arrow with an N above it; the map is north up (Web Mercator)."""
    font = label_font(8.5, dpi, bold=True)
    letter = QFontMetricsF(font).height()
    centre = rect.center().x()
    top, bottom = rect.top() + letter, rect.bottom()
    half = rect.width() / 2
    notch = bottom - (bottom - top) * 0.3
    background = QColor("#ffffff")
    background.setAlpha(190)
    painter.fillRect(rect.adjusted(-3, -3, 3, 3), background)
    painter.setPen(QPen(QColor(INK), max(1.0, 0.25 * dpi / 25.4)))
    painter.setBrush(QColor(INK))
    painter.drawPolygon(
        QPolygonF([QPointF(centre, top), QPointF(centre, notch), QPointF(centre - half, bottom)])
    )
    painter.setBrush(QColor("#ffffff"))
    painter.drawPolygon(
        QPolygonF([QPointF(centre, top), QPointF(centre + half, bottom), QPointF(centre, notch)])
    )
    painter.setFont(font)
    painter.drawText(
        QRectF(rect.left() - 4, rect.top(), rect.width() + 8, letter), Qt.AlignmentFlag.AlignCenter, "N"
    )


def _title_layout(viewport: Viewport, title: str, room: float) -> tuple[QRectF, QFont, str] | None:
    """The title centred at the top, its type made smaller (down to 9 pt) until it fits `room` pixels."""
    title = " ".join(title.split())
    if not title:
        return None
    pad = 2 * viewport.pixels_per_mm()
    size = TITLE_PT
    while True:
        font = label_font(size, viewport.dpi, bold=True)
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(title) + 2 * pad <= room or size <= TITLE_MIN_PT:
            break
        size -= 0.5
    text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room - 2 * pad)
    width = metrics.horizontalAdvance(text) + 2 * pad
    height = metrics.height() + pad
    top = MARGIN_MM * viewport.pixels_per_mm()
    return QRectF((viewport.width - width) / 2, top, width, height), font, text


def _draw_title(painter: QPainter, layout: DecorationLayout) -> None:
    background = QColor("#ffffff")
    background.setAlpha(215)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRoundedRect(layout.title, 3, 3)
    painter.setPen(QColor("#1f2d3d"))
    painter.setFont(layout.title_font)
    painter.drawText(layout.title, Qt.AlignmentFlag.AlignCenter, layout.title_text)


# -- legend --------------------------------------------------------------------------------------
def legend_title(language: str | None) -> str:
    return tr("map_legend:stakeholders", "Stakeholders", language)


def _legend_metrics(viewport: Viewport):
    px_per_mm = viewport.pixels_per_mm()
    text = QFontMetricsF(label_font(7.5, viewport.dpi))
    heading = QFontMetricsF(label_font(8.0, viewport.dpi, bold=True))
    row = max(text.height(), 4.2 * px_per_mm)
    return px_per_mm, text, heading, row


def _legend_box(
    viewport: Viewport, kinds: Sequence[str], language: str | None, bottom: float
) -> tuple[QRectF, int] | None:
    if not kinds:
        return None
    px_per_mm, text, heading, row = _legend_metrics(viewport)
    pad = 2 * px_per_mm
    swatch = 6 * px_per_mm
    room = max(row, bottom - MARGIN_MM * px_per_mm - heading.height() - 3 * pad - viewport.height * 0.1)
    columns = max(1, math.ceil(len(kinds) * row / room))
    per_column = math.ceil(len(kinds) / columns)
    column_width = swatch + max(text.horizontalAdvance(kind_label(k, language)) for k in kinds) + pad
    width = max(columns * column_width, heading.horizontalAdvance(legend_title(language))) + 2 * pad
    height = heading.height() + pad / 2 + per_column * row + 2 * pad
    right = viewport.width - MARGIN_MM * px_per_mm
    return QRectF(right - width, bottom - height, width, height), columns


def _draw_legend(
    painter: QPainter, viewport: Viewport, layout: DecorationLayout, language: str | None
) -> None:
    rect = layout.legend
    px_per_mm, text, heading, row = _legend_metrics(viewport)
    pad = 2 * px_per_mm
    swatch = 6 * px_per_mm
    background = QColor("#ffffff")
    background.setAlpha(230)
    painter.setPen(QPen(QColor("#b8b8b8"), 1))
    painter.setBrush(background)
    painter.drawRect(rect)
    painter.setPen(QColor(INK))
    painter.setFont(label_font(8.0, viewport.dpi, bold=True))
    top = rect.top() + pad
    painter.drawText(
        QRectF(rect.left() + pad, top, rect.width() - 2 * pad, heading.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        legend_title(language),
    )
    top += heading.height() + pad / 2
    per_column = math.ceil(len(layout.legend_kinds) / layout.legend_columns)
    column_width = (rect.width() - 2 * pad) / layout.legend_columns
    font = label_font(7.5, viewport.dpi)
    for number, kind in enumerate(layout.legend_kinds):
        column, line = divmod(number, per_column)
        left = rect.left() + pad + column * column_width
        y = top + line * row
        paint_symbol(
            painter, stakeholder_style(kind), symbol_size_px(kind, viewport.dpi), left + swatch / 2 - pad / 2,
            y + row / 2, viewport.dpi,
        )  # fmt: skip
        painter.setPen(QColor(INK))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setFont(font)
        painter.drawText(
            QRectF(left + swatch, y, column_width - swatch, row),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            kind_label(kind, language),
        )


# -- the whole set -------------------------------------------------------------------------------
def layout_decorations(
    viewport: Viewport,
    options: MapDecorations,
    credits: Sequence[str],
    legend_kinds: Sequence[str] = (),
    language: str | None = "en",
) -> DecorationLayout:
    """Where each chosen decoration goes: title top centre, north arrow top right, scale bar bottom left,
    attribution bottom right and the legend above it."""
    attribution = _attribution_box(viewport, credits)
    attribution_rect = attribution[0] if attribution else None
    north = _north_arrow_box(viewport) if options.north_arrow else None
    margin = MARGIN_MM * viewport.pixels_per_mm()
    arrow_room = (north.width() + 2 * margin) if north is not None else margin
    title = _title_layout(viewport, options.title, viewport.width - 2 * arrow_room) if options.title else None
    legend = None
    if options.legend:
        bottom = (attribution_rect.top() if attribution_rect else viewport.height) - margin / 2
        legend = _legend_box(viewport, legend_kinds, language, bottom)
    return DecorationLayout(
        title=title[0] if title else None,
        title_font=title[1] if title else None,
        title_text=title[2] if title else "",
        legend=legend[0] if legend else None,
        legend_kinds=tuple(legend_kinds) if legend else (),
        legend_columns=legend[1] if legend else 1,
        scale_bar=_scale_bar_box(viewport) if options.scale_bar else None,
        north_arrow=north,
        attribution=attribution_rect,
    )


def draw_decorations(
    painter: QPainter,
    viewport: Viewport,
    layout: DecorationLayout,
    credits: Sequence[str],
    language: str | None = "en",
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if layout.scale_bar is not None:
        draw_scale_bar(painter, viewport, language)
    if layout.legend is not None:
        _draw_legend(painter, viewport, layout, language)
    if layout.north_arrow is not None:
        draw_north_arrow(painter, layout.north_arrow, viewport.dpi)
    if layout.title is not None:
        _draw_title(painter, layout)
    draw_attribution(painter, viewport, credits)
    painter.restore()


def decorate(
    image: QImage, viewport: Viewport, credits: list[str], *, scale_bar: bool = True, language: str = "en"
) -> None:
    """Scale bar and attribution over a finished image (what the canvas shows)."""
    layout = layout_decorations(viewport, MapDecorations(scale_bar=scale_bar), credits, (), language)
    with painting(image) as painter:
        draw_decorations(painter, viewport, layout, credits, language)
