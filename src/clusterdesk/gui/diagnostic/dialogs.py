"""Dialogs of the diagnostic panel: a report's header, and an item with its evidence, the stakeholders who
raised it and the plan objectives and actions answering it. OK builds the command: a refusal (core's
ValidationError) shows in the dialog, which stays open so that nothing typed is lost."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.diagnostic import ITEM_CATEGORIES
from clusterdesk.gui.command_dialog import (
    Build,
    CommandDialog,
    run_dialog,  # noqa: F401  (the panel calls dialogs.run_dialog)
    text_edit,
)
from clusterdesk.gui.diagnostic.labels import category_name
from clusterdesk.gui.i18n import translate, translate_n
from clusterdesk.gui.plain_text import literal_text, plain_label

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class ReportDialog(CommandDialog):
    """The diagnostic report's title, date, authors and summary."""

    def __init__(
        self, build: Build, report: dict[str, Any] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(build, parent)
        report = report or {}
        self.setWindowTitle(
            translate("DiagnosticReportDialog", "Diagnostic report")
            if report
            else translate("DiagnosticReportDialog", "New diagnostic report")
        )
        self.setMinimumWidth(520)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit(report.get("title") or "")
        self.title.setPlaceholderText(
            translate("DiagnosticReportDialog", "e.g. Diagnostic study of the garment cluster")
        )
        form.addRow(translate("DiagnosticReportDialog", "Title"), self.title)
        self.dated = QCheckBox(translate("DiagnosticReportDialog", "Dated"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        day = report.get("report_date")
        self.dated.setChecked(day is not None or not report)
        self.date.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self.date.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.dated)
        row.addWidget(self.date, 1)
        form.addRow(translate("DiagnosticReportDialog", "Date"), row)
        self.authors = QLineEdit(report.get("authors") or "")
        self.authors.setPlaceholderText(translate("DiagnosticReportDialog", "Names separated by semicolons"))
        form.addRow(translate("DiagnosticReportDialog", "Authors"), self.authors)
        self.summary = text_edit(report.get("summary"), 4)
        form.addRow(translate("DiagnosticReportDialog", "Summary"), self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.finish_layout(layout)

    def values(self) -> dict[str, Any]:
        day = self.date.date()
        return {
            "title": self.title.text(),
            "report_date": dt.date(day.year(), day.month(), day.day()) if self.dated.isChecked() else None,
            "authors": self.authors.text(),
            "summary": self.summary.toPlainText(),
        }


class StakeholderChecklist(QWidget):
    """Every stakeholder with a tick box, and a search field that narrows the list (ticks are kept)."""

    def __init__(
        self, stakeholders: list[tuple[int, str]], ticked: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("DiagnosticItemDialog", "Search stakeholders"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        for fid, name in stakeholders:
            item = QListWidgetItem(name)
            item.setToolTip(literal_text(name))
            item.setData(Qt.ItemDataRole.UserRole, fid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED if fid in ticked else UNCHECKED)
            self.list.addItem(item)
        self.count = plain_label()
        self.list.itemChanged.connect(lambda _item: self._show_count())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self._show_count()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _show_count(self) -> None:
        self.count.setText(
            translate_n("DiagnosticItemDialog", "%n stakeholder(s) ticked", len(self.ticked()))
        )

    def ticked(self) -> list[int]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == CHECKED
        ]


def task_tree(tasks: list[dict[str, Any]], linked: set[str]) -> QTreeWidget:
    """The plan's objectives and actions as a tree with tick boxes."""
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    items: dict[int, QTreeWidgetItem] = {}
    ordered = sorted(tasks, key=lambda t: (t["position"], t["fid"]))
    for task in ordered:
        item = QTreeWidgetItem([task["name"]])
        item.setToolTip(0, literal_text(task["name"]))
        item.setData(0, Qt.ItemDataRole.UserRole, task["uuid"])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, CHECKED if task["uuid"] in linked else UNCHECKED)
        items[task["fid"]] = item
    for task in ordered:
        parent_item = items.get(task["parent_id"])
        if parent_item is not None:
            parent_item.addChild(items[task["fid"]])
        else:
            tree.addTopLevelItem(items[task["fid"]])
    tree.expandAll()
    return tree


class ItemDialog(CommandDialog):
    """A SWOT item, finding or leverage point: its category, text, evidence and notes, who raised it and
    which plan objectives and actions answer it."""

    def __init__(
        self,
        build: Build,
        category: str,
        stakeholders: list[tuple[int, str]],
        tasks: list[dict[str, Any]],
        item: dict[str, Any] | None = None,
        raised_by: list[int] = (),
        answered_by: list[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(build, parent)
        item = item or {}
        self.setWindowTitle(
            translate("DiagnosticItemDialog", "Edit: {category}").format(category=category_name(category))
            if item
            else translate("DiagnosticItemDialog", "Add: {category}").format(category=category_name(category))
        )
        self.resize(760, 600)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.category = QComboBox()
        for code in ITEM_CATEGORIES:
            self.category.addItem(category_name(code), code)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        form.addRow(translate("DiagnosticItemDialog", "Category"), self.category)
        self.text = text_edit(item.get("text"), 3)
        self.text.setPlaceholderText(
            translate("DiagnosticItemDialog", "What the diagnostic found, in one sentence")
        )
        form.addRow(translate("DiagnosticItemDialog", "Text"), self.text)
        self.evidence = text_edit(item.get("evidence"), 2)
        self.evidence.setPlaceholderText(
            translate("DiagnosticItemDialog", "Survey, interviews, workshop or data that support it")
        )
        form.addRow(translate("DiagnosticItemDialog", "Evidence"), self.evidence)
        self.notes = text_edit(item.get("notes"), 2)
        form.addRow(translate("DiagnosticItemDialog", "Notes"), self.notes)
        self.stakeholders = StakeholderChecklist(stakeholders, set(raised_by))
        self.tasks = task_tree(tasks, set(answered_by))
        lists = QHBoxLayout()
        for title, widget in (
            (translate("DiagnosticItemDialog", "Raised by"), self.stakeholders),
            (translate("DiagnosticItemDialog", "Plan objectives and actions answering it"), self.tasks),
        ):
            column = QVBoxLayout()
            heading = plain_label(title)
            heading.setWordWrap(True)
            column.addWidget(heading)
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        if not tasks:
            self.tasks.setDisabled(True)
            self.tasks.setToolTip(
                translate("DiagnosticItemDialog", "The action plan has no objectives or actions yet.")
            )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        self.finish_layout(layout)

    def ticked_tasks(self) -> list[str]:
        found = self.tasks.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in found if i.checkState(0) == CHECKED]

    def values(self) -> dict[str, Any]:
        return {
            "category": self.category.currentData(),
            "text": self.text.toPlainText(),
            "evidence": self.evidence.toPlainText(),
            "notes": self.notes.toPlainText(),
            "stakeholder_ids": self.stakeholders.ticked(),
            "task_uuids": self.ticked_tasks(),
        }
