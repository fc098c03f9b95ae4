"""An ISIC Rev.4 sector chooser: the classification as a tree (section ▸ division ▸ group ▸ class) with a
search box that filters it by code or by word in the window's language or in English."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core import isic
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.plain_text import plain_label

_CODE = Qt.ItemDataRole.UserRole


class SectorPicker(QWidget):
    code_changed = Signal(object)  # the ISIC code, or None

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or interface_language()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("SectorPicker", "Search by code or word, e.g. 1430 or knitted")
        )
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(150)
        # long titles scroll sideways rather than end in "…" (the choice below shows its title whole)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self._items: dict[str, QTreeWidgetItem] = {}
        for entry in isic.entries():
            parent_item = self._items.get(entry.parent) if entry.parent else None
            item = QTreeWidgetItem([f"{entry.code}  {entry.title(self.language)}"])
            item.setData(0, _CODE, entry.code)
            item.setToolTip(0, f"{entry.code} {entry.title(self.language)}")
            if parent_item is None:
                self.tree.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            self._items[entry.code] = item
        self.chosen = plain_label()
        self.chosen.setWordWrap(True)
        self.clear_button = QToolButton()
        self.clear_button.setText(translate("SectorPicker", "Clear"))
        self.clear_button.setToolTip(translate("SectorPicker", "No sector"))
        self.clear_button.clicked.connect(lambda: self.set_code(None))
        chosen_row = QHBoxLayout()
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.chosen, 1)
        chosen_row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(chosen_row)
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)  # Enter picks the first match instead of closing the dialog
        self.tree.currentItemChanged.connect(self._on_current)
        self._show_chosen()

    def code(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, _CODE) if item is not None else None

    def set_code(self, code: str | None) -> None:
        item = self._items.get(isic.normalised(code)) if code else None
        if item is None:
            self.tree.setCurrentItem(None)
            self.tree.clearSelection()
            self._show_chosen()
            self.code_changed.emit(None)
            return
        item.setHidden(False)
        parent = item.parent()
        while parent is not None:
            parent.setHidden(False)
            parent.setExpanded(True)
            parent = parent.parent()
        self.tree.setCurrentItem(item)
        self._reveal(item, QTreeWidget.ScrollHint.PositionAtCenter)

    def _reveal(self, item: QTreeWidgetItem, hint=QTreeWidget.ScrollHint.EnsureVisible) -> None:
        """Scroll the tree to `item` with titles read from their start: Qt would otherwise scroll a long
        title sideways to its end and cut the code and first words off."""
        self.tree.scrollToItem(item, hint)
        self.tree.horizontalScrollBar().setValue(0)

    def visible_codes(self) -> list[str]:
        """The codes the tree shows now (whether or not their branch is open), in the classification's
        order."""
        return [code for code, item in self._items.items() if not item.isHidden()]

    def filter(self, text: str) -> None:
        """Show the entries matching `text` and the branches leading to them; everything when empty."""
        found = isic.search(text, self.language) if text.strip() else None
        self.tree.setUpdatesEnabled(False)
        try:
            if found is None:
                for item in self._items.values():
                    item.setHidden(False)
                self.tree.collapseAll()
                if self.code():
                    self.set_code(self.code())
                return
            chains = [isic.parents(match) for match in found]
            shown = {code for chain in chains for code in chain}
            leading = {code for chain in chains for code in chain[:-1]}  # branches that hold a match
            for code, item in self._items.items():
                item.setHidden(code not in shown)
                item.setExpanded(code in leading)
            typed = isic.normalised(text)
            if isic.is_code(typed):  # a whole code typed is a choice
                self.set_code(typed)
            elif found:
                self._reveal(self._items[found[0]])
        finally:
            self.tree.setUpdatesEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                self.choose_first_match()
                return True
        return super().eventFilter(watched, event)

    def choose_first_match(self) -> None:
        """Choose the first class (else the first entry) the search shows."""
        shown = self.visible_codes()
        classes = [code for code in shown if len(code) == 4]
        if classes or shown:
            self.set_code((classes or shown)[0])
            self.tree.setFocus()

    def _on_current(self, *_items) -> None:
        self.tree.horizontalScrollBar().setValue(0)  # moving with the keys keeps titles read from the start
        self._show_chosen()
        self.code_changed.emit(self.code())

    def _show_chosen(self) -> None:
        code = self.code()
        if code is None:
            self.chosen.setText(translate("SectorPicker", "No sector chosen"))
        else:
            chain = " ▸ ".join(isic.parents(code)[:-1])
            text = isic.display(code, self.language)
            self.chosen.setText(f"{chain} ▸ {text}" if chain else text)
        self.clear_button.setEnabled(code is not None)
