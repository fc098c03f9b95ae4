"""Bulk edit of the selected stakeholders: kind, admin area, sector and tags, each changed only when its
box is ticked, saved as one undoable BulkEditStakeholders."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.registry_edits import BulkEditStakeholders, split_tags
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.gui.form_parts import ok_cancel_buttons


class BulkEditDialog(QDialog):
    def __init__(self, fids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fids = list(fids)
        noun = "stakeholder" if len(self.fids) == 1 else "stakeholders"
        self.setWindowTitle(f"Edit {len(self.fids):,} {noun}")
        self.kind = QComboBox()
        for code, label in STAKEHOLDER_KINDS.items():
            self.kind.addItem(label, code)
        self.admin_area, self.sector = QLineEdit(), QLineEdit()
        self.add_tags, self.remove_tags = QLineEdit(), QLineEdit()
        self.add_tags.setPlaceholderText("tag; tag")
        self.remove_tags.setPlaceholderText("tag; tag")
        self.ticks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        rows = (("kind", "Set kind", self.kind), ("admin_area", "Set admin area", self.admin_area),
                ("sector_code", "Set sector", self.sector))  # fmt: skip
        for row, (name, title, editor) in enumerate(rows):
            tick = QCheckBox(title)
            tick.toggled.connect(editor.setEnabled)
            editor.setEnabled(False)
            self.ticks[name] = tick
            grid.addWidget(tick, row, 0)
            grid.addWidget(editor, row, 1)
        grid.addWidget(QLabel("Add tags"), 3, 0)
        grid.addWidget(self.add_tags, 3, 1)
        grid.addWidget(QLabel("Remove tags"), 4, 0)
        grid.addWidget(self.remove_tags, 4, 1)
        hint = QLabel(
            "Only ticked fields change; an empty admin area or sector clears it. You can undo this."
        )
        hint.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def command(self) -> BulkEditStakeholders | None:
        """The edit the dialog describes, or None when it changes nothing."""
        changes = {}
        if self.ticks["kind"].isChecked():
            changes["kind"] = self.kind.currentData()
        if self.ticks["admin_area"].isChecked():
            changes["admin_area"] = self.admin_area.text().strip() or None
        if self.ticks["sector_code"].isChecked():
            changes["sector_code"] = self.sector.text().strip() or None
        add, remove = split_tags(self.add_tags.text()), split_tags(self.remove_tags.text())
        if not (changes or add or remove):
            return None
        return BulkEditStakeholders(self.fids, changes, add, remove)
