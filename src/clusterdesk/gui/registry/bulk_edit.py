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
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.form_parts import ok_cancel_buttons
from clusterdesk.gui.i18n import interface_language, translate, translate_n


class BulkEditDialog(QDialog):
    def __init__(self, fids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fids = list(fids)
        count = len(self.fids)
        if count == 1:
            self.setWindowTitle(translate_n("BulkEditDialog", "Edit %Ln stakeholder", count))
        else:
            self.setWindowTitle(translate_n("BulkEditDialog", "Edit %Ln stakeholders", count))
        self.kind = QComboBox()
        language = interface_language()
        for code in STAKEHOLDER_KINDS:
            self.kind.addItem(kind_label(code, language), code)
        self.admin_area, self.sector = QLineEdit(), QLineEdit()
        self.add_tags, self.remove_tags = QLineEdit(), QLineEdit()
        self.add_tags.setPlaceholderText(translate("BulkEditDialog", "tag; tag"))
        self.remove_tags.setPlaceholderText(translate("BulkEditDialog", "tag; tag"))
        self.ticks: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        rows = (
            ("kind", translate("BulkEditDialog", "Set kind"), self.kind),
            ("admin_area", translate("BulkEditDialog", "Set admin area"), self.admin_area),
            ("sector_code", translate("BulkEditDialog", "Set sector"), self.sector),
        )
        for row, (name, title, editor) in enumerate(rows):
            tick = QCheckBox(title)
            tick.toggled.connect(editor.setEnabled)
            editor.setEnabled(False)
            self.ticks[name] = tick
            grid.addWidget(tick, row, 0)
            grid.addWidget(editor, row, 1)
        grid.addWidget(QLabel(translate("BulkEditDialog", "Add tags")), 3, 0)
        grid.addWidget(self.add_tags, 3, 1)
        grid.addWidget(QLabel(translate("BulkEditDialog", "Remove tags")), 4, 0)
        grid.addWidget(self.remove_tags, 4, 1)
        hint = QLabel(
            translate(
                "BulkEditDialog",
                "Only ticked fields change; an empty admin area or sector clears it. You can undo this.",
            )
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
