"""The legend under the network: in words, with a sample of each line style beside it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

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
    """New, kept and ended ties: a line sample and what it means, with the count of each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.labels: dict[int, QLabel] = {}
        for status in (NEW, KEPT, ENDED):
            colour, style = STATUS_PENS[status]
            layout.addWidget(LineSample(colour, style))
            label = plain_label()
            label.setWordWrap(True)  # a narrow panel wraps the words instead of widening the window
            self.labels[status] = label
            layout.addWidget(label, 1)
            layout.addSpacing(12)
        self.set_counts({})

    def set_counts(self, counts: dict[int, int]) -> None:
        texts = {
            NEW: translate_n("CompareLegend", "%Ln new tie(s) (green, solid)", counts.get(NEW, 0)),
            KEPT: translate_n("CompareLegend", "%Ln kept tie(s) (grey)", counts.get(KEPT, 0)),
            ENDED: translate_n("CompareLegend", "%Ln ended tie(s) (red, dashed)", counts.get(ENDED, 0)),
        }
        for status, label in self.labels.items():
            label.setText(texts[status])


def size_hint_text(measure_name: str, ties: int) -> str:
    return translate("CompareLegend", "Size of a node: {measure}. {ties} relations drawn.").format(
        measure=measure_name.lower(),
        ties=QLocale().toString(ties),
    )
