"""One list of diagnostic items (a SWOT quadrant, the findings, the leverage points) as a Qt model over
the items read from the project, and its view.

Items are dragged within a list and between lists. The model never changes itself on a drop: it asks
`on_drop(fid, category, row)`, which turns the gesture into one undoable command; the panel then reads
the project again. Tests drop through the same model API a view uses (`mimeData` and `dropMimeData`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.plain_text import literal_text

MIME_TYPE = "application/x-clusterdesk-diagnostic-item"
FID_ROLE = Qt.ItemDataRole.UserRole
OnDrop = Callable[[int, str, int], bool]  # item fid, category dropped on, row it was dropped before

Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel):
    """The items of one category, in their order."""

    def __init__(self, category: str, on_drop: OnDrop | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.on_drop = on_drop
        self.items: list[dict[str, Any]] = []
        self.raised_by: dict[int, list[dict[str, Any]]] = {}
        self.answered_by: dict[int, list[dict[str, Any]]] = {}

    def set_items(self, items: list[dict], raised_by: dict, answered_by: dict) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.raised_by, self.answered_by = raised_by, answered_by
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item["text"]
        if role == FID_ROLE:
            return item["fid"]
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_text(self._tooltip(item))
        return None

    def _tooltip(self, item: dict[str, Any]) -> str:
        lines = [item["text"]]
        if item.get("evidence"):
            lines.append(
                translate("DiagnosticLists", "Evidence: {evidence}").format(evidence=item["evidence"])
            )
        people = self.raised_by.get(item["fid"], [])
        if people:
            lines.append(
                translate("DiagnosticLists", "Raised by: {names}").format(
                    names=", ".join(p["name"] for p in people)
                )
            )
        tasks = self.answered_by.get(item["fid"], [])
        if tasks:
            lines.append(translate_n("DiagnosticLists", "Answered by %n plan action(s)", len(tasks)))
        return "\n".join(lines)

    def row_of(self, fid: int) -> int | None:
        return next((n for n, item in enumerate(self.items) if item["fid"] == fid), None)

    # -- drag and drop ---------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # drops land between items, never onto one
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 (Qt's name)
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 (Qt's name)
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 (Qt's name)
        data = QMimeData()
        fids = [str(self.items[i.row()]["fid"]) for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(fids[:1]).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent) or self.on_drop is None:
            return False
        text = bytes(data.data(MIME_TYPE).data()).decode()
        if not text.isdigit():
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        self.on_drop(int(text), self.category, row)
        # The command has moved the item and the panel has read the project again: the view must not
        # remove the dragged row itself, so the drop reports that nothing was moved here.
        return False


class ItemListView(QListView):
    """A list of items that drags and drops them, wraps long texts and reports its selection."""

    def __init__(self, model: ItemListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def list_model(self) -> ItemListModel:
        model = self.model()
        assert isinstance(model, ItemListModel)
        return model

    def selected_fid(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        return index.data(FID_ROLE)

    def select_fid(self, fid: int) -> bool:
        row = self.list_model().row_of(fid)
        if row is None:
            return False
        self.setCurrentIndex(self.list_model().index(row))
        return True
