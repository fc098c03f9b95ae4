"""Layer and legend names that wrap onto a second line in a narrow layers list instead of being cut
("Учебное или научное учреждение" in a dock a fifth of a laptop screen wide).

Qt's tree view wraps text only at the width it had when the rows were laid out, so the delegate measures
each name at the width the first column leaves it now, and the list lays its rows out again whenever that
column changes width.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

NAME_COLUMN = 0


class WrappedNameDelegate(QStyledItemDelegate):
    """Draws the names of a tree's first column on as many lines as its width needs."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._laid_out_width = -1
        view.header().sectionResized.connect(self._on_section_resized)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() == NAME_COLUMN:
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideNone

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if index.column() != NAME_COLUMN:
            return hint
        text_width = self.text_width(index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text_width <= 0 or not text:
            return hint
        metrics = self.view.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        lines = metrics.boundingRect(QRect(0, 0, text_width, 100_000), flags, text).height()
        one_line = metrics.height()
        return QSize(hint.width(), max(hint.height(), hint.height() - one_line + lines))

    def text_width(self, index: QModelIndex) -> int:
        """How wide the name of `index` may be drawn: the first column less the row's indentation, its
        check box and its icon, as the view's style places them."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        option = QStyleOptionViewItem()
        self.view.initViewItemOption(option)
        self.initStyleOption(option, index)
        option.rect = QRect(0, 0, self.view.columnWidth(NAME_COLUMN) - indent, option.fontMetrics.height())
        style = self.view.style()
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self.view).width()

    def _on_section_resized(self, section: int, _old: int, new: int) -> None:
        if section == NAME_COLUMN and new != self._laid_out_width:
            self._laid_out_width = new
            # after the resize is done: laying out inside it can show or hide the scroll bar midway
            QTimer.singleShot(0, self.view, self.view.doItemsLayout)
