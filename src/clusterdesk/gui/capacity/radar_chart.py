"""A radar (spider) chart of dimension scores, one polygon per assessment round, painted with QPainter.

A dimension without a score (an incomplete one) leaves a gap in its round's outline instead of being
drawn at zero, and an incomplete round is drawn dashed and said to be incomplete in the legend.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from clusterdesk.gui.i18n import translate

# Rounds in time order get these colours: early rounds warm, later ones cool, so progress reads outward.
ROUND_COLOURS = ("#d35400", "#2471a3", "#1e8449", "#7d3c98", "#b7950b", "#566573")
TARGET_COLOUR = QColor("#5d6d7e")
GRID_COLOUR = QColor("#d5d8dc")
TEXT_COLOUR = QColor("#2c3e50")
LABEL_WIDTH = 130.0
LEGEND_ROW = 18.0
LEGEND_BESIDE_WIDTH = 380.0  # pixels at most for a legend drawn to the left of the radar


@dataclass(frozen=True)
class RadarSeries:
    label: str  # e.g. "Baseline 2022-06-25"
    values: tuple[float | None, ...]  # one per axis; None = no score for that dimension
    colour: str
    complete: bool = True
    note: str = ""  # shown after the label, e.g. "incomplete: 19 of 20 indicators"


def round_colour(position: int) -> str:
    return ROUND_COLOURS[position % len(ROUND_COLOURS)]


class RadarChart(QWidget):
    """Shows `series` over `axes` on a scale from `minimum` to `maximum`."""

    def __init__(self, parent: QWidget | None = None, minimum: int = 1, maximum: int = 5) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum
        self.title = ""
        self.axes: list[str] = []
        self.series: list[RadarSeries] = []
        self.target: tuple[float | None, ...] = ()
        self.empty_text = translate("RadarChart", "No assessment to show.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 140)  # still readable, and small enough for a dock on a laptop screen

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 380)

    def set_chart(
        self, title: str, axes: list[str], series: list[RadarSeries], target: tuple[float | None, ...] = ()
    ) -> None:
        self.title, self.axes, self.series, self.target = title, list(axes), list(series), tuple(target)
        self.update()

    # -- geometry ----------------------------------------------------------------------------------
    def _centre_and_radius(self, area: QRectF) -> tuple[QPointF, float]:
        # room above and below for the axis labels at the top and bottom, as tall as the tallest wrapped
        # label (a long name, or a language that says it in more words, takes three or four lines)
        metrics = QFontMetricsF(self.font())
        wrap = QRectF(0, 0, LABEL_WIDTH, 400)
        tallest = max(
            (metrics.boundingRect(wrap, Qt.TextFlag.TextWordWrap, a).height() for a in self.axes), default=0
        )
        vertical = max(70.0, 2 * (tallest + 12))
        radius = max(20.0, min(area.width() - 2 * LABEL_WIDTH, area.height() - vertical) / 2)
        return area.center(), radius

    def _point(self, centre: QPointF, radius: float, axis: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * axis / len(self.axes)  # first axis straight up, clockwise
        share = (value - self.minimum + 1) / (
            self.maximum - self.minimum + 1
        )  # the lowest level is not the centre
        return QPointF(
            centre.x() + radius * share * math.cos(angle), centre.y() + radius * share * math.sin(angle)
        )

    # -- painting ----------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        bounds = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        painter.setFont(title_font)
        painter.setPen(TEXT_COLOUR)
        # a short, wide chart (a dock under the map) keeps title and legend beside the radar, not
        # over and under it, so the radar gets the whole height
        beside = bounds.width() >= 2.2 * bounds.height()
        text_width = min(LEGEND_BESIDE_WIDTH, bounds.width() * 0.4) if beside else bounds.width()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        title_room = QRectF(bounds.left(), bounds.top(), text_width, bounds.height())
        title_height = painter.boundingRect(title_room, flags, self.title).height() + 6
        painter.drawText(title_room, flags, self.title)
        painter.setFont(self.font())
        if not self.axes or not self.series:
            painter.setPen(QColor("#7f8c8d"))
            empty = bounds.adjusted(0, title_height, 0, 0)
            painter.drawText(empty, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        rows = self._legend_rows(painter, text_width)
        legend_height = sum(height for *_row, height in rows) + 8
        if beside:
            area = bounds.adjusted(text_width, 0, 0, 0)
            legend = QRectF(bounds.left(), bounds.top() + title_height, text_width, legend_height)
        else:
            area = bounds.adjusted(0, title_height, 0, -legend_height)
            legend = QRectF(bounds.left(), bounds.bottom() - legend_height + 8, bounds.width(), legend_height)
        centre, radius = self._centre_and_radius(area)
        self._paint_grid(painter, centre, radius)
        if self.target:
            self._paint_outline(
                painter, centre, radius, self.target, TARGET_COLOUR, dashed=True, fill=False, dots=False
            )
        for series in self.series:
            self._paint_outline(
                painter,
                centre,
                radius,
                series.values,
                QColor(series.colour),
                dashed=not series.complete,
                fill=series.complete,
            )
        self._paint_levels(painter, centre, radius)
        self._paint_legend(painter, legend, rows)

    def _paint_grid(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        painter.setPen(QPen(GRID_COLOUR, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in range(self.minimum, self.maximum + 1):
            ring = QPolygonF([self._point(centre, radius, axis, level) for axis in range(len(self.axes))])
            painter.drawPolygon(ring)
        metrics = QFontMetricsF(self.font())
        for axis, name in enumerate(self.axes):
            outer = self._point(centre, radius, axis, self.maximum)
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(centre, outer)
            self._paint_axis_label(painter, metrics, centre, outer, name)

    def _paint_levels(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        """Scale numbers on the first spoke, on a white chip so outlines passing there do not hide them."""
        metrics = QFontMetricsF(self.font())
        for level in range(self.minimum, self.maximum + 1):
            spot = self._point(centre, radius, 0, level)
            text = str(level)
            chip = QRectF(spot.x() - metrics.horizontalAdvance(text) - 7, spot.y() - metrics.height() / 2,
                          metrics.horizontalAdvance(text) + 4, metrics.height())  # fmt: skip
            painter.fillRect(chip, QColor(255, 255, 255, 220))
            painter.setPen(QColor("#7f8c8d"))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_axis_label(
        self, painter: QPainter, metrics: QFontMetricsF, centre: QPointF, outer: QPointF, name: str
    ) -> None:
        dx, dy = outer.x() - centre.x(), outer.y() - centre.y()
        length = math.hypot(dx, dy) or 1.0
        anchor = QPointF(outer.x() + 10 * dx / length, outer.y() + 10 * dy / length)
        box = metrics.boundingRect(QRectF(0, 0, LABEL_WIDTH, 200), Qt.TextFlag.TextWordWrap, name)
        if abs(dx) < length * 0.2:  # top or bottom: centred over or under the spoke
            left, align = anchor.x() - box.width() / 2, Qt.AlignmentFlag.AlignHCenter
        elif dx > 0:
            left, align = anchor.x(), Qt.AlignmentFlag.AlignLeft
        else:
            left, align = anchor.x() - box.width(), Qt.AlignmentFlag.AlignRight
        top = (
            anchor.y() - box.height() / 2
            if abs(dy) < length * 0.8
            else (anchor.y() - box.height() if dy < 0 else anchor.y())
        )
        painter.setPen(TEXT_COLOUR)
        painter.drawText(
            QRectF(left, top, box.width() + 1, box.height()), align | Qt.TextFlag.TextWordWrap, name
        )

    def _paint_outline(
        self,
        painter: QPainter,
        centre: QPointF,
        radius: float,
        values,
        colour: QColor,
        *,
        dashed: bool,
        fill: bool,
        dots: bool = True,
    ) -> None:
        points = [
            None if v is None else self._point(centre, radius, axis, v) for axis, v in enumerate(values)
        ]
        pen = QPen(colour, 2.2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        if fill and all(p is not None for p in points):
            shade = QColor(colour)
            shade.setAlpha(38)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(shade))
            painter.drawPolygon(QPolygonF(points))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        path = QPainterPath()
        count = len(points)
        for axis in range(count):  # a side is drawn only between two scored dimensions
            here, there = points[axis], points[(axis + 1) % count]
            if here is not None and there is not None:
                path.moveTo(here)
                path.lineTo(there)
        painter.drawPath(path)
        if not dots:
            return
        painter.setBrush(QBrush(colour))
        painter.setPen(QPen(QColor("white"), 1))
        for point in points:
            if point is not None:
                painter.drawEllipse(point, 3.5, 3.5)

    def _legend_rows(self, painter: QPainter, width: float) -> list[tuple[str, str, bool, float]]:
        """(colour, text, dashed, height) per legend row; a text longer than the legend wraps."""
        rows = [(s.colour, s.label + (f" ({s.note})" if s.note else ""), not s.complete) for s in self.series]
        if self.target:
            rows.append((TARGET_COLOUR.name(), translate("RadarChart", "Target"), True))
        room = QRectF(0, 0, max(width - 36, 40.0), 1000)
        heights = [
            max(LEGEND_ROW, painter.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height() + 2)
            for _colour, text, _dashed in rows
        ]
        return [(*row, height) for row, height in zip(rows, heights, strict=True)]

    def _paint_legend(
        self, painter: QPainter, area: QRectF, rows: list[tuple[str, str, bool, float]]
    ) -> None:
        top = area.top()
        for colour, text, dashed, height in rows:
            y = top + LEGEND_ROW / 2  # the sample line beside the first line of the text
            pen = QPen(QColor(colour), 3)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left() + 2, y), QPointF(area.left() + 28, y))
            painter.setPen(TEXT_COLOUR)
            room = QRectF(area.left() + 36, top, area.width() - 36, height)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            painter.drawText(room, flags, text)
            top += height
