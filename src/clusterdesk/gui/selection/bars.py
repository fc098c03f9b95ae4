"""Table cells that show a value with a bar of its share (a normalised criterion value, or a score out of
100) behind the text, and a marked cell where a value is missing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

SHARE_ROLE = Qt.ItemDataRole.UserRole + 1  # 0..1, or None for no bar
MISSING_ROLE = Qt.ItemDataRole.UserRole + 2  # True where the candidate has no value
BAR_COLOUR = QColor("#9ecae1")
MISSING_FILL = QColor("#f1e4d3")


class BarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        missing = bool(index.data(MISSING_ROLE))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if (share is not None or missing) and not selected:
            painter.save()
            rect = QRectF(option.rect).adjusted(2, 3, -2, -3)
            if missing:
                painter.fillRect(rect, MISSING_FILL)
            else:
                rect.setWidth(max(0.0, min(1.0, float(share))) * rect.width())
                painter.fillRect(rect, BAR_COLOUR)
            painter.restore()
            option = QStyleOptionViewItem(option)
            option.backgroundBrush = Qt.BrushStyle.NoBrush
        super().paint(painter, option, index)
