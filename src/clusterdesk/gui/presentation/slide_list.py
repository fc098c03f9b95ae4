"""The slides of one presentation in order, reordered by dragging: each drop is one `move_slide`
command, so undo puts the slide back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from clusterdesk.core.presentation_edits import kind_label
from clusterdesk.gui.i18n import interface_language
from clusterdesk.gui.presentation.slides import Slide

FID = Qt.ItemDataRole.UserRole

MoveFn = Callable[[int, int], None]  # slide fid, new position (0 first)


class SlideList(QListWidget):
    def __init__(self, on_move: MoveFn, parent=None) -> None:
        super().__init__(parent)
        self.on_move = on_move
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self._filling = False
        self.model().rowsMoved.connect(self._on_rows_moved)

    def fill(self, slides: list[Slide], keep_fid: int | None = None) -> None:
        self._filling = True
        try:
            self.clear()
            language = interface_language()
            for number, slide in enumerate(slides, start=1):
                item = QListWidgetItem(f"{number}. {slide.title}\n    {kind_label(slide.kind, language)}")
                item.setData(FID, slide.fid)
                item.setToolTip(slide.caption or slide.title)
                self.addItem(item)
                if slide.fid == keep_fid:
                    self.setCurrentItem(item)
        finally:
            self._filling = False

    def current_fid(self) -> int | None:
        item = self.currentItem()
        return int(item.data(FID)) if item is not None else None

    def fids(self) -> list[int]:
        return [int(self.item(n).data(FID)) for n in range(self.count())]

    def _on_rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        if self._filling:
            return
        position = row - 1 if row > start else row
        fid = int(self.item(position).data(FID))
        self.on_move(fid, position)
