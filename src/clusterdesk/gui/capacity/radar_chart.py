"""A radar (spider) chart of dimension scores, one polygon per assessment round, painted with QPainter.

A dimension without a score (an incomplete one) leaves a gap in its round's outline instead of being
drawn at zero, and an incomplete round is drawn dashed and said to be incomplete in the legend.
Where everything goes is computed by `chart_layout` (gui.capacity.radar_layout); painting and the
tooltips of elided legend entries follow it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from clusterdesk.gui.capacity import radar_layout as geometry
from clusterdesk.gui.capacity.radar_layout import LegendEntry, RadarLayout
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text

# Rounds in time order get these colours: early rounds warm, later ones cool, so progress reads outward.
ROUND_COLOURS = ("#d35400", "#2471a3", "#1e8449", "#7d3c98", "#b7950b", "#566573")
TARGET_COLOUR = QColor("#5d6d7e")
GRID_COLOUR = QColor("#d5d8dc")
TEXT_COLOUR = QColor("#2c3e50")
LEVEL_COLOUR = QColor("#5f6a6a")
LEGEND_BESIDE_WIDTH = (170.0, 340.0)  # pixels for a legend drawn to the left of the radar


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
    def title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        return font

    def legend_entries(self) -> list[LegendEntry]:
        entries = [
            LegendEntry(s.colour, s.label + (f" ({s.note})" if s.note else ""), not s.complete)
            for s in self.series
        ]
        if self.target:
            entries.append(LegendEntry(TARGET_COLOUR.name(), translate("RadarChart", "Target"), True))
        return entries

    def outlines(self, centre: QPointF, radius: float) -> list[list[QPointF | None]]:
        """The points of every outline drawn (the rounds, then the target): None for a dimension
        without a score."""
        values = [series.values for series in self.series] + ([self.target] if self.target else [])
        return [
            [None if v is None else self.point(centre, radius, axis, v) for axis, v in enumerate(row)]
            for row in values
        ]

    def point(self, centre: QPointF, radius: float, axis: int, value: float) -> QPointF:
        return geometry.radar_point(centre, radius, axis, len(self.axes), value, self.minimum, self.maximum)

    def chart_layout(self) -> RadarLayout:
        """Title, legend, radar and scale numbers for the widget's present size."""
        metrics, title_metrics = QFontMetricsF(self.font()), QFontMetricsF(self.title_font())
        bounds = QRectF(self.rect()).adjusted(*(geometry.MARGIN,) * 2, *(-geometry.MARGIN,) * 2)
        # a short, wide chart (a dock under the map) keeps title and legend beside the radar, not
        # over and under it, so the radar gets the whole height
        beside = bounds.width() >= geometry.BESIDE_RATIO * bounds.height()
        low, high = LEGEND_BESIDE_WIDTH
        text_width = min(high, max(low, bounds.width() * 0.3)) if beside else bounds.width()
        title_lines = geometry.wrapped_lines(title_metrics, self.title, text_width, 3 if beside else 2)
        title_rect = QRectF(
            bounds.left(), bounds.top(), text_width, title_metrics.height() * len(title_lines)
        )
        below_title = title_rect.bottom() + (6 if title_lines else 0)
        entries = self.legend_entries() if self.axes and self.series else []
        if beside:
            geometry.lay_out_legend_column(
                metrics, entries, bounds.left(), below_title, text_width, bounds.bottom()
            )
            area = bounds.adjusted(text_width + 12, 0, 0, 0)
        else:
            top = geometry.lay_out_legend_rows(
                metrics, entries, bounds.left(), bounds.width(), bounds.bottom()
            )
            area = QRectF(bounds.left(), below_title, bounds.width(), max(top - 6 - below_title, 0.0))
        centre, radius, labels = (
            geometry.fit_radar_names(area, metrics, self.axes) if self.axes else (area.center(), 0.0, [])
        )
        return RadarLayout(
            self.title, title_rect, title_lines, entries, centre, radius, labels,
            self._level_labels(metrics, centre, radius), metrics.height(),
        )  # fmt: skip

    def _level_labels(
        self, metrics: QFontMetricsF, centre: QPointF, radius: float
    ) -> list[tuple[int, QRectF]]:
        count = len(self.axes)
        if count < 3 or not self.series:
            return []
        sizes = {
            level: QRectF(0, 0, metrics.horizontalAdvance(str(level)) + 4, metrics.height())
            for level in range(self.minimum, self.maximum + 1)
        }
        outlines = self.outlines(centre, radius)
        dots = [point for outline in outlines for point in outline if point is not None]
        candidates = [
            geometry.level_label_rects(centre, radius, count, gap, self.minimum, self.maximum, sizes, dots)
            for gap in range(count)
        ]
        return candidates[geometry.quietest_gap(outlines, candidates)]

    # -- painting ----------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        layout = self.chart_layout()
        painter.setFont(self.title_font())
        painter.setPen(TEXT_COLOUR)
        line = QFontMetricsF(self.title_font()).height()
        for number, text in enumerate(layout.title_lines):
            painter.drawText(
                QRectF(layout.title_rect.left(), layout.title_rect.top() + number * line,
                       layout.title_rect.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text,
            )  # fmt: skip
        painter.setFont(self.font())
        if not self.axes or not self.series:
            painter.setPen(QColor("#7f8c8d"))
            empty = QRectF(self.rect()).adjusted(8, layout.title_rect.bottom() + 8, -8, -8)
            painter.drawText(empty, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        centre, radius = layout.centre, layout.radius
        self._paint_grid(painter, centre, radius, layout.axis_labels)
        outlines = self.outlines(centre, radius)
        for series, points in zip(self.series, outlines, strict=False):
            colour = QColor(series.colour)
            self._paint_outline(painter, points, colour, dashed=not series.complete, fill=series.complete)
        if self.target:
            self._paint_outline(painter, outlines[-1], TARGET_COLOUR, dashed=True, fill=False, dots=False)
        self._paint_levels(painter, layout.level_labels)
        self._paint_legend(painter, layout)

    def _paint_grid(self, painter: QPainter, centre: QPointF, radius: float, labels: list[QRectF]) -> None:
        painter.setPen(QPen(GRID_COLOUR, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for level in range(self.minimum, self.maximum + 1):
            ring = QPolygonF([self.point(centre, radius, axis, level) for axis in range(len(self.axes))])
            painter.drawPolygon(ring)
        for axis, (name, rect) in enumerate(zip(self.axes, labels, strict=True)):
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(centre, self.point(centre, radius, axis, self.maximum))
            dx = math.cos(geometry.axis_angle(axis, len(self.axes)))
            align = (
                Qt.AlignmentFlag.AlignHCenter
                if abs(dx) < 0.2
                else Qt.AlignmentFlag.AlignLeft
                if dx > 0
                else Qt.AlignmentFlag.AlignRight
            )
            painter.setPen(TEXT_COLOUR)
            painter.drawText(rect, align | Qt.TextFlag.TextWordWrap, name)

    def _paint_levels(self, painter: QPainter, labels: list[tuple[int, QRectF]]) -> None:
        """Scale numbers on a white halo, so an outline passing under one leaves it readable."""
        metrics = QFontMetricsF(self.font())
        for level, rect in labels:
            text = str(level)
            path = QPainterPath()
            baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2
            path.addText(rect.center().x() - metrics.horizontalAdvance(text) / 2, baseline, self.font(), text)
            painter.setPen(QPen(QColor("white"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))  # fmt: skip
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.fillPath(path, LEVEL_COLOUR)

    def _paint_outline(
        self,
        painter: QPainter,
        points: list[QPointF | None],
        colour: QColor,
        *,
        dashed: bool,
        fill: bool,
        dots: bool = True,
    ) -> None:
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
                painter.drawEllipse(point, geometry.DOT_RADIUS, geometry.DOT_RADIUS)

    def _paint_legend(self, painter: QPainter, layout: RadarLayout) -> None:
        line = layout.line_height
        for entry in layout.legend:
            rect = entry.rect
            y = rect.top() + (line + 4) / 2  # the sample line beside the first line of the text
            pen = QPen(QColor(entry.colour), 3)
            if entry.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(rect.left() + 2, y), QPointF(rect.left() + 26, y))
            painter.setPen(TEXT_COLOUR)
            for number, text in enumerate(entry.lines):
                room = QRectF(rect.left() + geometry.SAMPLE_WIDTH, rect.top() + 2 + number * line,
                              rect.width() - geometry.SAMPLE_WIDTH + 1, line)  # fmt: skip
                painter.drawText(room, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    # -- tooltips ----------------------------------------------------------------------------------
    def tooltip_at(self, position: QPointF) -> str:
        """The whole text of an elided legend entry or title under `position`, else nothing."""
        layout = self.chart_layout()
        for entry in layout.legend:
            if entry.elided and entry.rect.contains(position):
                return entry.text
        if layout.title_elided and layout.title_rect.contains(position):
            return self.title
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), literal_text(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
