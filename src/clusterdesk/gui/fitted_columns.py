"""Columns of a list fitted to a dock's width, without a sideways scroll bar.

The name columns share what the other columns leave them and elide what does not fit (the cell's tooltip
shows it whole); the other columns are as wide as their contents and titles, and while the names would
get less than a readable width, the least needed of them are hidden in turn and come back as the dock
widens.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

READABLE_NAME = 110  # pixels: the least a name column gets before other columns make way
CELL_PADDING = 16
MAX_DETAIL = 220  # pixels: a long note does not take the names' room


class FittedColumns(QObject):
    """Keeps `view`'s columns fitted to its width: `names` stretch, `optional` (least needed first) are
    hidden while the names would be narrower than `readable` each, and no other column takes more than
    `detail_share` of the width (it elides beyond, its title still whole)."""

    def __init__(
        self,
        view: QAbstractItemView,
        names: Sequence[int],
        optional: Sequence[int] = (),
        readable: int = READABLE_NAME,
        detail_share: float = 1.0,
    ) -> None:
        super().__init__(view)
        self.detail_share = detail_share
        self.view, self.names, self.optional, self.readable = view, tuple(names), tuple(optional), readable
        self._pending = False
        header = self.header()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the name columns stretch, so the header reports every change of the view's width
        header.sectionResized.connect(self.fit_later)
        model = view.model()
        # at once after a reset: the header has just shown every column again at its default width
        model.modelReset.connect(self.fit)
        for signal in (model.rowsInserted, model.layoutChanged, model.dataChanged):
            signal.connect(self.fit_later)
        self.fit_later()

    def header(self) -> QHeaderView:
        return self.view.header() if hasattr(self.view, "header") else self.view.horizontalHeader()

    def fit_later(self, *_args) -> None:
        if not self._pending and shiboken6.isValid(self.view):
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def needed_width(self, column: int) -> int:
        """As wide as the column's title and its widest cell in view, up to MAX_DETAIL and the share of
        the width a column other than the names may take (never narrower than its title)."""
        header = self.header()
        title = self.view.model().headerData(column, Qt.Orientation.Horizontal)
        title_width = header.fontMetrics().horizontalAdvance(str(title or "")) + CELL_PADDING
        share = round(self.view.viewport().width() * self.detail_share)
        cells = min(self.view.sizeHintForColumn(column), MAX_DETAIL, share)
        return max(title_width, cells)

    def fit(self) -> None:
        self._pending = False
        if not shiboken6.isValid(self.view):  # the view's model is cleared as the view is destroyed
            return
        header, model = self.header(), self.view.model()
        if model is None:
            return
        columns = range(model.columnCount())
        details = {c: self.needed_width(c) for c in columns if c not in self.names}
        room = self.view.viewport().width()
        hidden: set[int] = set()
        for column in (None, *self.optional):
            if column is not None:
                hidden.add(column)
            shown = sum(width for c, width in details.items() if c not in hidden)
            if room - shown >= self.readable * len(self.names):
                break
        for column in columns:
            header.setSectionHidden(column, column in hidden)
            if column in self.names:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            elif column not in hidden:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                header.resizeSection(column, details[column])

    def hidden_columns(self) -> list[int]:
        header = self.header()
        return [c for c in range(header.count()) if header.isSectionHidden(c)]
