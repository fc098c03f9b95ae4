"""The selected result's indicators: code, name, unit, baseline, latest target and actual, and status as
a light with its word (the reason in the tooltip). Computed indicators look the same and say so."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from clusterdesk.analysis.results_overview import IndicatorOverview
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text
from clusterdesk.gui.results.labels import number_text, period_text, status_icon, vocabulary

COLUMNS = ("code", "name", "unit", "baseline", "target", "actual", "status", "source")
RIGHT = {"baseline", "target", "actual"}


def period_value(value: tuple[str, float] | None) -> str:
    """'120 (Q4 2025)': a value with the period it belongs to."""
    if value is None:
        return ""
    return translate("IndicatorTable", "{value} ({period})").format(
        value=number_text(value[1]), period=period_text(value[0])
    )


def status_tip(overview: IndicatorOverview) -> str:
    status = overview.status
    reason = vocabulary("status_reason", status.reason)
    if status.period is None:
        return reason
    return translate("IndicatorTable", "{period}: {reason}").format(
        period=period_text(status.period), reason=reason
    )


NAME_WIDTH = 240  # pixels at most for the indicator's name


class IndicatorTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(
            [
                translate("IndicatorTable", "Code"),
                translate("IndicatorTable", "Indicator"),
                translate("IndicatorTable", "Unit"),
                translate("IndicatorTable", "Baseline"),
                translate("IndicatorTable", "Latest target"),
                translate("IndicatorTable", "Latest actual"),
                translate("IndicatorTable", "Status"),
                translate("IndicatorTable", "Actuals"),
            ]
        )
        self.horizontalHeaderItem(COLUMNS.index("source")).setToolTip(
            translate("IndicatorTable", "Entered per period, or computed from the project's own records")
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            # stretched, the indicator's name was squeezed to a few letters by the figures beside it in
            # a 1366-pixel window; it keeps a width of its own (whole in its tooltip), the rest scrolls
            mode = (
                QHeaderView.ResizeMode.Interactive
                if name == "name"
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(True)

    def show_indicators(
        self, indicators: list[dict[str, Any]], overviews: dict[int, IndicatorOverview]
    ) -> None:
        selected = self.selected_indicator()
        self.blockSignals(True)
        try:
            self.setRowCount(len(indicators))
            for row, indicator in enumerate(indicators):
                overview = overviews.get(indicator["fid"])
                texts = {
                    "code": indicator["code"],
                    "name": indicator["name"],
                    "unit": vocabulary("indicator_unit", indicator["unit"]),
                    "baseline": number_text(indicator["baseline_value"]),
                    "target": period_value(overview.latest_target if overview else None),
                    "actual": period_value(overview.latest_actual if overview else None),
                    "status": vocabulary(
                        "indicator_status", overview.status.status if overview else "no_data"
                    ),
                    "source": translate("IndicatorTable", "computed")
                    if indicator["computed"]
                    else translate("IndicatorTable", "entered"),
                }
                for column, name in enumerate(COLUMNS):
                    item = QTableWidgetItem(texts[name])
                    item.setData(Qt.ItemDataRole.UserRole, indicator["fid"])
                    if name in RIGHT:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.setItem(row, column, item)
                self.item(row, COLUMNS.index("name")).setToolTip(literal_text(indicator["name"]))
                status = self.item(row, COLUMNS.index("status"))
                status.setIcon(status_icon(overview.status.status if overview else "no_data"))
                if overview is not None:
                    status.setToolTip(status_tip(overview))
            rows = [
                r
                for r in range(self.rowCount())
                if self.item(r, 0).data(Qt.ItemDataRole.UserRole) == selected
            ]
            if indicators:
                self.setCurrentCell(rows[0] if rows else 0, 0)
            name_column = COLUMNS.index("name")
            self.resizeColumnToContents(name_column)
            self.setColumnWidth(name_column, min(self.columnWidth(name_column), NAME_WIDTH))
        finally:
            self.blockSignals(False)  # the panel shows the selected indicator's details itself

    def selected_indicator(self) -> int | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)
