"""Editing the project's assessment framework: rename dimensions and indicators, rewrite rubric levels, add
and remove indicators. Every change is pushed at once as an undoable command, so the dialog never holds
unsaved edits of its own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.analysis.capacity_scores import Dimension, Framework, Indicator
from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN
from clusterdesk.core.capacity_edits import DIMENSIONS, INDICATORS
from clusterdesk.core.capacity_framework import IndicatorSpec
from clusterdesk.core.capacity_framework_edits import AddIndicator, DeleteIndicator, SetRubricText
from clusterdesk.core.commands import CommandGroup
from clusterdesk.core.edits import UpdateRow
from clusterdesk.gui.capacity.labels import framework_name, part_name
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text, plain_label

ITEM = Qt.ItemDataRole.UserRole


def _item(part: Dimension | Indicator) -> QTreeWidgetItem:
    """A tree row for a dimension or indicator; the whole name on hover where the tree cuts it."""
    text = f"{part.code}  {part_name(part.code, part.name)}"
    item = QTreeWidgetItem([text])
    item.setToolTip(0, literal_text(text))
    return item


class FrameworkDialog(QDialog):
    """`push(command) -> bool` runs a command on the project's stack; `reload() -> Framework` reads the
    framework again after a change."""

    def __init__(self, framework: Framework, push: Callable[[object], bool], reload: Callable[[], Framework],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(
            translate("FrameworkDialog", "Framework: {name}").format(name=framework_name(framework.name))
        )
        self.framework, self.push, self.reload = framework, push, reload
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("FrameworkDialog", "Dimensions and indicators")])
        self.tree.currentItemChanged.connect(self._show_item)
        self.name = QLineEdit()
        self.levels = [QPlainTextEdit() for _ in range(SCALE_MIN, SCALE_MAX + 1)]
        form = QFormLayout()
        form.addRow(translate("FrameworkDialog", "Name"), self.name)
        for level, editor in zip(range(SCALE_MIN, SCALE_MAX + 1), self.levels, strict=True):
            editor.setFixedHeight(52)
            form.addRow(translate("FrameworkDialog", "Level {level}").format(level=level), editor)
        self.apply = QPushButton(translate("FrameworkDialog", "Apply changes"))
        self.apply.clicked.connect(self.apply_changes)
        self.add = QPushButton(translate("FrameworkDialog", "Add indicator"))
        self.add.clicked.connect(self.add_indicator)
        self.remove = QPushButton(translate("FrameworkDialog", "Delete indicator"))
        self.remove.setToolTip(
            translate(
                "FrameworkDialog", "Deletes the indicator, its rubric and every score given on it (undoable)"
            )
        )
        self.remove.clicked.connect(self.delete_indicator)
        actions = QHBoxLayout()
        for button in (self.apply, self.add, self.remove):
            actions.addWidget(button)
        actions.addStretch(1)
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.addLayout(form)
        editor_layout.addLayout(actions)
        editor_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(editor_page)
        splitter.setSizes([380, 500])  # the names, which run longer in some languages, over the editors
        self.note = plain_label(
            translate(
                "FrameworkDialog",
                "Changes are stored at once; Edit ▸ Undo in the main window takes them back.",
            )
        )
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(920, 620)
        self._fill_tree()

    # -- tree ------------------------------------------------------------------------------------
    def _fill_tree(self, select: int | None = None) -> None:
        self.tree.clear()
        chosen = None
        for dimension in self.framework.dimensions:
            parent = _item(dimension)
            parent.setData(0, ITEM, dimension)
            self.tree.addTopLevelItem(parent)
            for indicator in dimension.indicators:
                child = _item(indicator)
                child.setData(0, ITEM, indicator)
                parent.addChild(child)
                if indicator.fid == select:
                    chosen = child
            if dimension.fid == select:
                chosen = parent
        self.tree.expandAll()
        self.tree.setCurrentItem(chosen or self.tree.topLevelItem(0))

    def current(self) -> Dimension | Indicator | None:
        item = self.tree.currentItem()
        return item.data(0, ITEM) if item is not None else None

    def _dimension_of(self, item: Dimension | Indicator) -> Dimension:
        if isinstance(item, Dimension):
            return item
        return next(d for d in self.framework.dimensions if any(i.fid == item.fid for i in d.indicators))

    def _show_item(self, *_args) -> None:
        item = self.current()
        is_indicator = isinstance(item, Indicator)
        self.name.setText(part_name(item.code, item.name) if item is not None else "")
        for level, editor in zip(range(SCALE_MIN, SCALE_MAX + 1), self.levels, strict=True):
            editor.setPlainText(item.levels.get(level, "") if is_indicator else "")
            editor.setEnabled(is_indicator)
        self.remove.setEnabled(is_indicator)

    # -- edits -----------------------------------------------------------------------------------
    def _run(self, command, select: int | None) -> None:
        if self.push(command):
            self.framework = self.reload()
            self._fill_tree(select)

    def apply_changes(self) -> None:
        item = self.current()
        if item is None:
            return
        name = self.name.text().strip()
        commands: list = []
        if not name:
            self.note.setText(translate("FrameworkDialog", "A name cannot be empty."))
            return
        shown = part_name(item.code, item.name)
        if name != shown:  # a default name left as shown (translated) is not a rename
            table = INDICATORS if isinstance(item, Indicator) else DIMENSIONS
            label = translate("FrameworkDialog", "Rename {name}").format(name=shown)
            commands.append(UpdateRow(table, item.fid, {"name": name}, label=label))
        if isinstance(item, Indicator):
            for level, editor in zip(range(SCALE_MIN, SCALE_MAX + 1), self.levels, strict=True):
                text = editor.toPlainText().strip()
                if text != item.levels.get(level, ""):
                    commands.append(SetRubricText(item.fid, level, text))
        if commands:
            self._run(
                CommandGroup(commands, label=translate("FrameworkDialog", "Edit {name}").format(name=name)),
                item.fid,
            )
            self.note.setText(translate("FrameworkDialog", "{name}: changes stored.").format(name=name))

    def add_indicator(self) -> None:
        item = self.current()
        if item is None:
            return
        dimension = self._dimension_of(item)
        code = f"{dimension.code}.{len(dimension.indicators) + 1}"
        taken = {i.code for i in self.framework.indicators}
        while code in taken:
            code += "a"
        new_name = translate("FrameworkDialog", "New indicator")
        spec = IndicatorSpec(code, new_name, ("",) * (SCALE_MAX - SCALE_MIN + 1))
        command = AddIndicator(dimension.fid, spec)
        self._run(command, None)
        added = next(i for d in self.framework.dimensions for i in d.indicators if i.code == code)
        self._fill_tree(added.fid)
        self.name.setFocus()
        self.name.selectAll()
        self.note.setText(
            translate(
                "FrameworkDialog", "Indicator {code} added: name it and write its rubric, then Apply changes."
            ).format(code=code)
        )

    def delete_indicator(self) -> None:
        item = self.current()
        if isinstance(item, Indicator):
            self._run(DeleteIndicator(item.fid), self._dimension_of(item).fid)
            text = translate(
                "FrameworkDialog", "{indicator} deleted with its scores (Edit ▸ Undo brings them back)."
            )
            self.note.setText(text.format(indicator=f"{item.code} {part_name(item.code, item.name)}"))
