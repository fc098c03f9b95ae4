"""Dialogs of the results panel for results, monitoring settings and links to the plan. Each collects
values and builds the command on OK: a refusal (core's ValidationError) shows in the dialog, which stays
open, so that what was typed is not lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.results import CHILD_LEVEL, ResultsData
from clusterdesk.gui.command_dialog import (
    Build,
    CommandDialog,
    run_dialog,  # noqa: F401  (the panel calls dialogs.run_dialog)
    text_edit,
)
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import plain_label
from clusterdesk.gui.results.labels import choices, vocabulary


def optional(text: str) -> str | None:
    return text.strip() or None


class ResultDialog(CommandDialog):
    """An impact, outcome or output: code, statement, assumptions and risks, notes, and where a result
    of its level sits in the chain."""

    def __init__(
        self,
        data: ResultsData,
        level: str,
        build: Build,
        result: dict[str, Any] | None = None,
        parent_id: int | None = None,
        code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(build, parent)
        result = result or {}
        self.level = level
        level_name = vocabulary("result_level", level)
        if result:
            title = translate("ResultDialog", "Edit result {code}").format(code=result["code"])
        else:
            title = translate("ResultDialog", "Add result: {level}").format(level=level_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("ResultDialog", "Level"), plain_label(level_name))
        self.parent_choice = QComboBox()
        parent_level = next((p for p, c in CHILD_LEVEL.items() if c == level), None)
        for row in data.results:
            if row["level"] == parent_level:
                self.parent_choice.addItem(f"{row['code']}  {row['statement']}", row["fid"])
        self.parent_choice.setCurrentIndex(
            max(0, self.parent_choice.findData(result.get("parent_id", parent_id)))
        )
        self.parent_choice.setMinimumContentsLength(30)
        self.parent_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        if parent_level is not None:
            form.addRow(translate("ResultDialog", "Contributes to"), self.parent_choice)
        self.code = QLineEdit(result.get("code", code))
        self.code.setPlaceholderText(translate("ResultDialog", "e.g. 1.2"))
        form.addRow(translate("ResultDialog", "Code"), self.code)
        self.statement = text_edit(result.get("statement"))
        self.statement.setPlaceholderText(translate("ResultDialog", "The change the cluster will see"))
        form.addRow(translate("ResultDialog", "Statement"), self.statement)
        self.assumptions = text_edit(result.get("assumptions"))
        form.addRow(translate("ResultDialog", "Assumptions and risks"), self.assumptions)
        self.notes = text_edit(result.get("notes"), 2)
        form.addRow(translate("ResultDialog", "Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)

    def values(self) -> dict[str, Any]:
        values = {
            "code": self.code.text().strip(),
            "statement": self.statement.toPlainText().strip(),
            "assumptions": optional(self.assumptions.toPlainText()),
            "notes": optional(self.notes.toPlainText()),
        }
        if self.level != "impact":
            values["parent_id"] = self.parent_choice.currentData()
        return values


class MonitoringDialog(CommandDialog):
    """How often the project reports and where the status rule draws its lines."""

    def __init__(
        self, frequency: str, on_track: float, at_risk: float, build: Build, parent: QWidget | None = None
    ) -> None:
        super().__init__(build, parent)
        self.setWindowTitle(translate("MonitoringDialog", "Monitoring settings"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.frequency = QComboBox()
        for text, code in choices("reporting_frequency"):
            self.frequency.addItem(text, code)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(frequency)))
        form.addRow(translate("MonitoringDialog", "Reporting frequency"), self.frequency)
        self.on_track = self._share(on_track)
        form.addRow(translate("MonitoringDialog", "On track from"), self.on_track)
        self.at_risk = self._share(at_risk)
        form.addRow(translate("MonitoringDialog", "At risk from"), self.at_risk)
        rule = plain_label(
            translate(
                "MonitoringDialog",
                "An indicator is on track when its actual has covered at least the first share of the "
                "progress expected by the period (from the baseline towards the target), at risk from the "
                "second share, and off track below it. A period without an actual shows as no data.",
            )
        )
        rule.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        self.finish_layout(layout)

    @staticmethod
    def _share(value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(1, 150)
        spin.setDecimals(0)
        spin.setSuffix(" %")
        spin.setValue(round(value * 100))
        return spin

    def values(self) -> dict[str, Any]:
        return {
            "frequency": self.frequency.currentData(),
            "on_track": self.on_track.value() / 100,
            "at_risk": self.at_risk.value() / 100,
        }


class TaskLinksDialog(CommandDialog):
    """Tick the plan's objectives and actions that contribute to one result."""

    def __init__(
        self,
        tasks: list[dict[str, Any]],
        linked: list[str],
        code: str,
        build: Build,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(build, parent)
        self.setWindowTitle(
            translate("TaskLinksDialog", "Plan actions contributing to result {code}").format(code=code)
        )
        self.resize(560, 480)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        items: dict[int, QTreeWidgetItem] = {}
        ordered = sorted(tasks, key=lambda t: (t["position"], t["fid"]))
        for task in ordered:
            item = QTreeWidgetItem([task["name"]])
            item.setData(0, Qt.ItemDataRole.UserRole, task["uuid"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                0, Qt.CheckState.Checked if task["uuid"] in linked else Qt.CheckState.Unchecked
            )
            items[task["fid"]] = item
        for task in ordered:
            parent_item = items.get(task["parent_id"])
            if parent_item is not None:
                parent_item.addChild(items[task["fid"]])
            else:
                self.tree.addTopLevelItem(items[task["fid"]])
        self.tree.expandAll()
        layout = QVBoxLayout(self)
        hint = plain_label(
            translate("TaskLinksDialog", "Tick the objectives and actions whose work leads to this result.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        self.finish_layout(layout)

    def items(self) -> list[QTreeWidgetItem]:
        return self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)

    def values(self) -> dict[str, Any]:
        ticked = [
            i.data(0, Qt.ItemDataRole.UserRole)
            for i in self.items()
            if i.checkState(0) == Qt.CheckState.Checked
        ]
        return {"task_uuids": ticked}
