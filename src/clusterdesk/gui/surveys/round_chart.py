"""One question compared across survey rounds, drawn with QPainter.

A number question shows a box per round (the middle half of the answers, the median as a line, the lowest
and highest answers as whiskers, the mean as a diamond with its value); a choice question shows, for each
choice, one bar per round with the share of the respondents who answered that chose it. A round where
nobody answered says so in its place: it is never drawn as zero. Under the chart each round says how
many of its respondents answered.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.results.trend_chart import nice_range
from clusterdesk.gui.surveys.labels import number_text, percent_text, round_text
from clusterdesk.gui.surveys.round_compare import QuestionRounds, RoundAnswers

ROUND_COLOURS = ("#8fb3d9", "#2f6ea5", "#f28e2b", "#59a14f", "#b07aa1", "#e15759")
AXIS_COLOUR = QColor("#9aa3ad")
GRID_COLOUR = QColor("#e6e9ed")
MEAN_COLOUR = QColor("#c0392b")


def round_colour(index: int) -> QColor:
    return QColor(ROUND_COLOURS[index % len(ROUND_COLOURS)])


class RoundChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: QuestionRounds | None = None
        self.language = "en"
        self.placeholder = ""
        self.drawn: list[str] = []  # the figures written on the last paint (tests, screenshots)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 120)
        self.setToolTip(
            translate(
                "RoundChart",
                "Whiskers reach the answers within one and a half box heights of the box; ▲ and ▼ count the "
                "answers beyond the scale",
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(460, 300)

    def show_question(self, data: QuestionRounds | None, language: str, placeholder: str = "") -> None:
        self.data, self.language, self.placeholder = data, language, placeholder
        self.update()

    def round_name(self, entry: RoundAnswers) -> str:
        return round_text(entry.round_code, self.language)

    def choice_label(self, choice) -> str:
        return choice.label(self.language) if choice.labels else choice.name

    def answered_text(self, entry: RoundAnswers) -> str:
        return translate("RoundChart", "{answered} of {respondents} answered").format(
            answered=entry.answered, respondents=entry.respondents
        )

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            self.drawn = []
            if self.data is None or not self.data.rounds:
                painter.setPen(self.palette().placeholderText().color())
                painter.drawText(
                    QRectF(self.rect()).adjusted(8, 8, -8, -8),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.placeholder,
                )
                return
            if self.data.numeric:
                self._paint_numbers(painter)
            else:
                self._paint_choices(painter)
        finally:
            painter.end()

    def _text(self, painter: QPainter, rect: QRectF, flags, text: str, record: bool = True) -> None:
        metrics = QFontMetrics(painter.font())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(rect, flags, shown)
        if record:
            self.drawn.append(shown)

    def _legend_item(self, painter: QPainter, x: float, y: float, line: float, draw, text: str) -> float:
        """One legend entry (a small drawing, then its text) at x; returns where the next one starts."""
        draw(QRectF(x, y + 2, line - 4, line - 4))
        painter.setPen(self.palette().text().color())
        width = painter.fontMetrics().horizontalAdvance(text)
        painter.drawText(QPointF(x + line, y + painter.fontMetrics().ascent()), text)
        self.drawn.append(text)
        return x + line + width + line * 0.8

    def _paint_numbers(self, painter: QPainter) -> None:
        data = self.data
        metrics = painter.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().text().color()
        rounds = data.rounds
        # legend: what the marks mean
        y = 4.0
        x = 8.0

        def diamond(rect: QRectF) -> None:
            _diamond(painter, rect.center(), rect.height() / 2)

        def median(rect: QRectF) -> None:
            painter.setPen(QPen(text_colour, 2))
            painter.drawLine(
                QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y())
            )

        def box(rect: QRectF) -> None:
            painter.setPen(QPen(round_colour(1), 1))
            painter.setBrush(round_colour(0))
            painter.drawRect(rect)

        for draw, text in (
            (diamond, translate("RoundChart", "mean")),
            (median, translate("RoundChart", "median")),
            (box, translate("RoundChart", "middle half of the answers")),
        ):
            x = self._legend_item(painter, x, y, line, draw, text)
        boxes = [r.box() for r in rounds]
        # the scale covers the boxes, whiskers and means; answers far beyond them are counted at its edge
        values = [v for b, r in zip(boxes, rounds, strict=True) if b for v in (b[0], b[4], r.mean)]
        top = y + line + 8
        footer = 2 * line + 10
        left = max(metrics.horizontalAdvance("0000000"), 40) + 10
        plot = QRectF(left, top, max(self.width() - left - 10, 40), max(self.height() - top - footer, 40))
        low, high, step = nice_range(min(values), max(values)) if values else (0.0, 1.0, 0.5)
        low = min(low, 0.0) if values and min(values) >= 0 and low <= step else low

        def to_y(value: float) -> float:
            return plot.bottom() - (value - low) / ((high - low) or 1) * plot.height()

        painter.setPen(GRID_COLOUR)
        tick = low
        while tick <= high + step / 2:
            y_tick = to_y(tick)
            painter.setPen(GRID_COLOUR)
            painter.drawLine(QPointF(plot.left(), y_tick), QPointF(plot.right(), y_tick))
            painter.setPen(text_colour)
            label = number_text(tick, 1)
            painter.drawText(
                QRectF(0, y_tick - line / 2, left - 6, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            tick += step
        painter.setPen(AXIS_COLOUR)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        width = plot.width() / len(rounds)
        for index, entry in enumerate(rounds):
            centre = plot.left() + width * (index + 0.5)
            column = QRectF(plot.left() + width * index, plot.top(), width, plot.height())
            labels = QRectF(column.left() + 2, plot.bottom() + 4, width - 4, line)
            painter.setPen(text_colour)
            self._text(painter, labels, Qt.AlignmentFlag.AlignHCenter, self.round_name(entry))
            painter.setPen(self.palette().placeholderText().color())
            self._text(
                painter,
                labels.translated(0, line + 2),
                Qt.AlignmentFlag.AlignHCenter,
                self.answered_text(entry),
            )
            figures = boxes[index]
            if figures is None:
                painter.setPen(self.palette().placeholderText().color())
                self._text(
                    painter, column, Qt.AlignmentFlag.AlignCenter, translate("RoundChart", "no answers")
                )
                continue
            lowest, q1, middle, q3, highest, outside = figures
            half = min(width * 0.22, 40)
            colour = round_colour(index)
            painter.setPen(QPen(colour.darker(140), 1.2))
            painter.drawLine(QPointF(centre, to_y(lowest)), QPointF(centre, to_y(q1)))
            painter.drawLine(QPointF(centre, to_y(q3)), QPointF(centre, to_y(highest)))
            for end in (lowest, highest):
                painter.drawLine(QPointF(centre - half / 2, to_y(end)), QPointF(centre + half / 2, to_y(end)))
            painter.setBrush(colour.lighter(115))
            painter.drawRect(QRectF(centre - half, to_y(q3), 2 * half, max(to_y(q1) - to_y(q3), 1.5)))
            painter.setPen(QPen(text_colour, 2))
            painter.drawLine(QPointF(centre - half, to_y(middle)), QPointF(centre + half, to_y(middle)))
            painter.setPen(QPen(colour.darker(140), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            shown = outside[(outside >= low) & (outside <= high)]
            for value in shown.tolist():
                painter.drawEllipse(QPointF(centre, to_y(value)), 2.5, 2.5)
            for beyond, edge, mark in (
                (outside[outside > high], plot.top(), "▲"),
                (outside[outside < low], plot.bottom() - line, "▼"),
            ):
                if len(beyond):
                    painter.setPen(self.palette().placeholderText().color())
                    self._text(
                        painter,
                        QRectF(centre + half / 2 + 4, edge, column.right() - centre - half / 2 - 6, line),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        f"{mark} {len(beyond)}",
                    )
            mean = entry.mean
            _diamond(painter, QPointF(centre, to_y(mean)), line * 0.3)
            painter.setPen(MEAN_COLOUR.darker(120))
            text_rect = QRectF(
                centre + half + 3, to_y(mean) - line / 2, column.right() - centre - half - 4, line
            )
            self._text(
                painter,
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                number_text(mean),
            )

    def _paint_choices(self, painter: QPainter) -> None:
        data = self.data
        metrics = painter.fontMetrics()
        line = metrics.height()
        text_colour = self.palette().text().color()
        rounds = data.rounds
        x, y = 8.0, 4.0
        for index, entry in enumerate(rounds):
            swatch = partial(_swatch, painter, round_colour(index))

            name = self.round_name(entry)
            if x + line + metrics.horizontalAdvance(name) > self.width() - 8 and x > 8:
                x, y = 8.0, y + line + 2
            x = self._legend_item(painter, x, y, line, swatch, name)
        top = y + line + 8
        footer_lines = len(rounds)
        bottom = self.height() - footer_lines * (line + 1) - 6
        widest = max((metrics.horizontalAdvance(self.choice_label(c)) for c in data.choices), default=0)
        labels_width = min(widest + 12, self.width() * 0.35)
        percent_width = metrics.horizontalAdvance("100 %") + 8
        bars_left = 8 + labels_width
        bars_width = max(self.width() - bars_left - percent_width - 8, 20)
        groups = max(len(data.choices), 1)
        group_height = max((bottom - top) / groups, 4)
        bar_height = max(min((group_height - 6) / max(len(rounds), 1), line * 1.1), 2)
        for number, choice in enumerate(data.choices):
            group_top = top + number * group_height
            painter.setPen(text_colour)
            label = self.choice_label(choice)
            self._text(
                painter,
                QRectF(8, group_top, labels_width - 8, group_height - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
                record=False,
            )
            for index, entry in enumerate(rounds):
                bar_top = group_top + 2 + index * bar_height
                share = entry.share(choice.name)
                if share is None:
                    continue  # nobody answered in this round: no bar at all, not a bar of zero
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(round_colour(index))
                painter.drawRect(QRectF(bars_left, bar_top, bars_width * share, bar_height - 1))
                if bar_height >= line * 0.7:
                    painter.setPen(text_colour)
                    self._text(
                        painter,
                        QRectF(bars_left + bars_width * share + 3, bar_top, percent_width, bar_height),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        percent_text(share),
                    )
        painter.setPen(AXIS_COLOUR)
        painter.drawLine(QPointF(bars_left, top), QPointF(bars_left, bottom))
        y_footer = bottom + 4
        for entry in rounds:
            painter.setPen(self.palette().placeholderText().color())
            text = self.answered_text(entry) if entry.answered else translate("RoundChart", "no answers")
            self._text(
                painter,
                QRectF(8, y_footer, self.width() - 16, line),
                Qt.AlignmentFlag.AlignLeft,
                translate("RoundChart", "{round}: {answered}").format(
                    round=self.round_name(entry), answered=text
                ),
            )
            y_footer += line + 1


def _swatch(painter: QPainter, colour: QColor, rect: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)


def _diamond(painter: QPainter, centre: QPointF, radius: float) -> None:
    painter.setPen(QPen(QColor("#ffffff"), 1))
    painter.setBrush(MEAN_COLOUR)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(centre.x(), centre.y() - radius),
                QPointF(centre.x() + radius, centre.y()),
                QPointF(centre.x(), centre.y() + radius),
                QPointF(centre.x() - radius, centre.y()),
            ]
        )
    )
