"""The legend under the network: in words, with a sample of each line style beside it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QWidget

from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.network.graph_view import STATUS_PENS
from clusterdesk.gui.network.network_data import ENDED, KEPT, NEW
from clusterdesk.gui.plain_text import plain_label


class LineSample(QWidget):
    def __init__(self, colour: str, style: Qt.PenStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour, self.style = colour, style
        self.setFixedSize(34, 14)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self.colour), 2.4, self.style))
        painter.drawLine(QPointF(2, 7), QPointF(32, 7))


class CompareLegend(QWidget):
    """New, kept and ended ties: a line sample and what it means, with the count of each. The three
    stand in a row where the panel is wide enough, else one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(4, 0, 4, 0)
        self.row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.labels: dict[int, QLabel] = {}
        self.entries: list[QWidget] = []
        for status in (NEW, KEPT, ENDED):
            colour, style = STATUS_PENS[status]
            entry = QWidget()
            line = QHBoxLayout(entry)
            line.setContentsMargins(0, 0, 12, 0)
            line.addWidget(LineSample(colour, style))
            label = plain_label()
            line.addWidget(label, 1)
            self.labels[status] = label
            self.entries.append(entry)
            self.row.addWidget(entry)
        self.row.addStretch(1)
        self.set_counts({})
        self._arrange(self.width())

    def _in_a_row_width(self) -> int:
        return sum(self._natural_width(e) for e in self.entries) + 8

    def _natural_width(self, entry: QWidget) -> int:
        label = entry.findChild(QLabel)
        return 34 + 18 + label.fontMetrics().horizontalAdvance(label.text())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(160, 3 * self.fontMetrics().height() + 6)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._in_a_row_width(), self.fontMetrics().height() + 6)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        wide = width >= self._in_a_row_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for label in self.labels.values():
            label.setWordWrap(not wide)  # in a row each text is whole; one under another they may wrap
        self.row.setDirection(direction)
        line = self.fontMetrics().height() + 6
        self.setFixedHeight(line if wide else 3 * (line + 6))

    def set_counts(self, counts: dict[int, int]) -> None:
        texts = {
            NEW: translate_n("CompareLegend", "%Ln new tie(s) (green, solid)", counts.get(NEW, 0)),
            KEPT: translate_n("CompareLegend", "%Ln kept tie(s) (grey)", counts.get(KEPT, 0)),
            ENDED: translate_n("CompareLegend", "%Ln ended tie(s) (red, dashed)", counts.get(ENDED, 0)),
        }
        for status, label in self.labels.items():
            label.setText(texts[status])
        self._arrange(self.width())


def size_hint_text(measure_name: str, ties: int) -> str:
    return translate("CompareLegend", "Size of a node: {measure}. {ties} relations drawn.").format(
        measure=measure_name.lower(),
        ties=QLocale().toString(ties),
    )
