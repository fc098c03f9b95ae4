"""Check boxes in item views that show whether they are ticked at a glance.

Fusion draws an unticked box of an item view with a border barely darker than the light window colour,
so on a white list it all but disappears (an unticked OpenStreetMap layer looked like a row without a
box). This style draws every box of a view as a white square with a dark grey border, and a ticked one
filled with the highlight colour and a white tick, the way current desktop styles do.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

BORDER = QColor("#5f6b76")  # dark enough on white and on the alternate row colour


class VisibleCheckStyle(QProxyStyle):
    """The application's style, with item-view check boxes drawn clearly; it belongs to the view that
    uses it. (Built from the style's name: a proxy owns the style it is given, and the application's
    own style must stay the application's.)"""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view.style().name())
        self.setParent(view)

    def drawPrimitive(  # noqa: N802 - Qt's name
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element != QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck:
            super().drawPrimitive(element, option, painter, widget)
            return
        paint_check_box(painter, QRectF(option.rect), option.state, option.palette)


def paint_check_box(painter: QPainter, rect: QRectF, state: QStyle.StateFlag, palette: QPalette) -> None:
    side = min(rect.width(), rect.height()) - 2
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    ticked = bool(state & QStyle.StateFlag.State_On)
    partly = bool(state & QStyle.StateFlag.State_NoChange)
    accent = palette.color(QPalette.ColorRole.Highlight)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not enabled:
        painter.setOpacity(0.45)
    filled = ticked or partly
    painter.setPen(QPen(accent.darker(120) if filled else BORDER, 1.2))
    painter.setBrush(accent if filled else palette.color(QPalette.ColorRole.Base))
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.0, 2.0)
    mark = QPen(QColor("#ffffff"), max(1.6, side / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(mark)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if ticked:
        tick = QPainterPath(QPointF(box.left() + side * 0.24, box.top() + side * 0.52))
        tick.lineTo(QPointF(box.left() + side * 0.43, box.top() + side * 0.71))
        tick.lineTo(QPointF(box.left() + side * 0.77, box.top() + side * 0.30))
        painter.drawPath(tick)
    elif partly:
        middle = box.center().y()
        painter.drawLine(
            QPointF(box.left() + side * 0.25, middle), QPointF(box.right() - side * 0.25, middle)
        )
    painter.restore()
