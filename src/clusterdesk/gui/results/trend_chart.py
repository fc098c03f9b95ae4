"""Target against actual over the reporting periods of one indicator, drawn with QPainter.

A period without a value is a gap in its line, never a zero: lines join only neighbouring periods that
both have a value, and a lone value shows as its marker.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.results.labels import number_text, period_text

TARGET_COLOUR = QColor("#5c6f8a")
ACTUAL_COLOUR = QColor("#d2691e")
BASELINE_COLOUR = QColor("#7a7a7a")


def nice_range(low: float, high: float) -> tuple[float, float, float]:
    """Axis bounds and a step of 1, 2 or 5 times a power of ten that cover [low, high] in ~4 steps."""
    if high == low:
        low, high = (low - 1, high + 1) if low == 0 else (min(0.0, low), max(0.0, high) or 1.0)
    raw = (high - low) / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods: list[str] = []
        self.targets: dict[str, float] = {}
        self.actuals: dict[str, float] = {}
        self.baseline: float | None = None
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 120)  # its axes still read at the bottom of a 1366x768 window

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, 220)

    def set_series(
        self,
        title: str,
        periods: list[str],
        targets: dict[str, float],
        actuals: dict[str, float],
        baseline: float | None,
    ) -> None:
        self.title, self.periods, self.targets, self.actuals, self.baseline = (
            title,
            periods,
            targets,
            actuals,
            baseline,
        )
        self.update()

    def clear(self, title: str = "") -> None:
        self.set_series(title, [], {}, {}, None)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().text().color()
        painter.setPen(text_colour)
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 12)
        painter.drawText(QPointF(6, line), title)
        values = [*self.targets.values(), *self.actuals.values()]
        if self.baseline is not None:
            values.append(self.baseline)
        if not self.periods or not values:
            painter.setPen(BASELINE_COLOUR)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("TrendChart", "No targets or actuals recorded yet"),
            )
            return
        low, high, step = nice_range(min(values), max(values))
        ticks = [low + n * step for n in range(round((high - low) / step) + 1)]
        axis_width = max(metrics.horizontalAdvance(number_text(t)) for t in ticks) + 8
        legend_top = line * 1.5
        plot = QRectF(  # the top tick's number (centred on the plot's top) stays clear of the legend
            axis_width + 4,
            legend_top + line * 2.0,
            self.width() - axis_width - 14,
            self.height() - legend_top - line * 4.0,
        )
        if plot.width() < 20 or plot.height() < 20:
            return
        self._legend(painter, legend_top, line)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        slot = plot.width() / len(self.periods)

        def x_of(index: int) -> float:
            return plot.left() + slot * (index + 0.5)

        grid = QPen(QColor("#dddddd"))
        # in a low chart the numbers of every tick would be drawn over each other: number every n-th
        numbered = max(1, math.ceil(line * 1.1 / (plot.height() / max(1, len(ticks) - 1))))
        for index, tick in enumerate(ticks):
            y = y_of(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if index % numbered:
                continue
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y - line / 2, axis_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                number_text(tick),
            )
        painter.setPen(QPen(text_colour))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        labels = [period_text(period) for period in self.periods]
        widest = max((metrics.horizontalAdvance(f"{text}  ") for text in labels), default=1)
        every = max(1, math.ceil(widest / slot))
        for index, text in enumerate(labels):
            if index % every == 0:
                painter.drawText(
                    QRectF(x_of(index) - slot * every / 2, plot.bottom() + 3, slot * every, line),
                    Qt.AlignmentFlag.AlignHCenter,
                    text,
                )
        if self.baseline is not None:
            pen = QPen(BASELINE_COLOUR, 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(plot.left(), y_of(self.baseline)), QPointF(plot.right(), y_of(self.baseline))
            )
        self._targets_path(painter, x_of, y_of)
        self._line(painter, self.targets, TARGET_COLOUR, Qt.PenStyle.DashLine, x_of, y_of, square=True)
        self._line(painter, self.actuals, ACTUAL_COLOUR, Qt.PenStyle.SolidLine, x_of, y_of, square=False)

    def _targets_path(self, painter: QPainter, x_of, y_of) -> None:
        """Targets are points of a plan, set for some periods only: the dashed line joins them all, as the
        status rule reads the expected value between them."""
        points = [
            QPointF(x_of(i), y_of(self.targets[p])) for i, p in enumerate(self.periods) if p in self.targets
        ]
        painter.setPen(QPen(TARGET_COLOUR, 2, Qt.PenStyle.DashLine))
        for start, end in zip(points, points[1:], strict=False):
            painter.drawLine(start, end)

    def _line(
        self,
        painter: QPainter,
        values: dict[str, float],
        colour: QColor,
        style: Qt.PenStyle,
        x_of,
        y_of,
        square: bool,
    ) -> None:
        painter.setPen(QPen(colour, 2, style))
        previous = None
        for index, period in enumerate(self.periods):
            value = values.get(period)
            point = None if value is None else QPointF(x_of(index), y_of(value))
            if point is not None and previous is not None:
                painter.drawLine(previous, point)
            previous = point  # a period without a value breaks the line
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(colour)
        for index, period in enumerate(self.periods):
            if period in values:
                point = QPointF(x_of(index), y_of(values[period]))
                if square:
                    painter.drawRect(QRectF(point.x() - 3, point.y() - 3, 6, 6))
                else:
                    painter.drawEllipse(point, 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend(self, painter: QPainter, top: float, line: float) -> None:
        metrics = painter.fontMetrics()
        x = 8.0
        entries = [
            (translate("TrendChart", "Target"), TARGET_COLOUR, Qt.PenStyle.DashLine),
            (translate("TrendChart", "Actual"), ACTUAL_COLOUR, Qt.PenStyle.SolidLine),
        ]
        if self.baseline is not None:
            entries.append((translate("TrendChart", "Baseline"), BASELINE_COLOUR, Qt.PenStyle.DotLine))
        y = top + line * 0.7
        for text, colour, style in entries:
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 26, y + metrics.ascent() / 2 - 1), text)
            x += 26 + metrics.horizontalAdvance(text) + 14
        painter.setPen(BASELINE_COLOUR)
        note = metrics.elidedText(
            translate("TrendChart", "gap = no data"), Qt.TextElideMode.ElideRight, int(self.width() - x - 6)
        )
        painter.drawText(QPointF(x, y + metrics.ascent() / 2 - 1), note)
