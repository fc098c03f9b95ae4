"""The result chain as a tree: code, statement, level and the status of the result's indicators."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from clusterdesk.analysis.results_overview import StatusSummary
from clusterdesk.core.results import ResultsData
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text
from clusterdesk.gui.results.labels import status_icon, vocabulary

CODE, STATEMENT, LEVEL, STATUS = range(4)


def summary_text(summary: StatusSummary | None) -> str:
    """The worst status among the result's indicators and how many have it ('Off track: 1 of 3'), or that
    the result has no indicators yet."""
    if summary is None or summary.worst is None:
        return translate("ChainTree", "No indicators")
    return translate("ChainTree", "{status}: {count} of {total}").format(
        status=vocabulary("indicator_status", summary.worst),
        count=summary.counts[summary.worst],
        total=sum(summary.counts.values()),
    )


def summary_tip(summary: StatusSummary | None) -> str:
    """Every status among the result's indicators with its count: 'On track: 2 · At risk: 1'."""
    if summary is None or not summary.counts:
        return translate("ChainTree", "No indicators")
    return " · ".join(
        translate("ChainTree", "{status}: {count}").format(
            status=vocabulary("indicator_status", code), count=n
        )
        for code, n in summary.counts.items()
    )


class ChainTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels(
            [
                translate("ChainTree", "Code"),
                translate("ChainTree", "Result"),
                translate("ChainTree", "Level"),
                translate("ChainTree", "Indicators"),
            ]
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def show_chain(self, data: ResultsData, summaries: dict[int, StatusSummary]) -> None:
        selected = self.selected_result()
        self.blockSignals(True)
        try:
            self.clear()
            items: dict[int, QTreeWidgetItem] = {}
            for result in data.results:  # outline order: parents first
                summary = summaries.get(result["fid"])
                item = QTreeWidgetItem(
                    [
                        result["code"],
                        result["statement"],
                        vocabulary("result_level", result["level"]),
                        summary_text(summary),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, result["fid"])
                item.setToolTip(STATEMENT, literal_text(result["statement"]))
                item.setToolTip(STATUS, summary_tip(summary))
                if summary is not None and summary.worst is not None:
                    item.setIcon(STATUS, status_icon(summary.worst))
                if result["level"] == "impact":
                    font = QFont(item.font(0))
                    font.setBold(True)
                    for column in (CODE, STATEMENT):
                        item.setFont(column, font)
                items[result["fid"]] = item
                parent = items.get(result["parent_id"])
                (parent.addChild(item) if parent is not None else self.addTopLevelItem(item))
            self.expandAll()
            if selected is not None and selected in items:
                self.setCurrentItem(items[selected])
            elif items:
                self.setCurrentItem(next(iter(items.values())))
        finally:
            self.blockSignals(False)  # the panel shows the selected result's details itself

    def selected_result(self) -> int | None:
        item = self.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def select_result(self, fid: int) -> None:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == fid:
                self.setCurrentItem(item)
                return
