"""Data entry for one indicator: a row per reporting period with target, actual, note and evidence, and
below it the actuals by category of the chosen period when the indicator is disaggregated.

Every edit becomes one `set_values` command through `submit`; a cell emptied removes that value. A
computed indicator's actuals come from the project and cannot be typed over: its note and evidence go
with the target instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.periods import Period
from clusterdesk.core.results import FIRM_SIZE_CLASSES, SEX_CATEGORIES, split_codes
from clusterdesk.core.results_edits import ValueEntry
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text, plain_label
from clusterdesk.gui.results.labels import category, number_text, parse_number, period_text, vocabulary

PERIOD, TARGET, ACTUAL, NOTE, EVIDENCE = range(5)
CATEGORY, CATEGORY_ACTUAL, DISAGGREGATION = range(3)  # the value beside its category, in sight
COMPUTED_BRUSH = QBrush(QColor("#eef2f7"))
Key = tuple[str, str, str, str]  # period, kind, dimension, category


def _item(text: str, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class ValuesEditor(QWidget):
    def __init__(self, submit: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.indicator: dict[str, Any] | None = None
        self.periods: list[Period] = []
        self.values: dict[Key, dict[str, Any]] = {}
        self.areas: list[str] = []
        self._filling = False
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ValuesEditor", "Period"),
                translate("ValuesEditor", "Target"),
                translate("ValuesEditor", "Actual"),
                translate("ValuesEditor", "Note"),
                translate("ValuesEditor", "Evidence"),
            ]
        )
        self.table.horizontalHeaderItem(EVIDENCE).setToolTip(
            translate("ValuesEditor", "A file name or a link to the document that proves the value")
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in (PERIOD, TARGET, ACTUAL, EVIDENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)  # the whole note is in its tooltip
        self.table.itemChanged.connect(self._changed)
        self.table.currentCellChanged.connect(lambda row, _c, _r, _p: self._show_categories(row))
        self.categories_title = plain_label()
        self.categories_title.setWordWrap(True)
        self.categories = QTableWidget(0, 3)
        self.categories.setHorizontalHeaderLabels(
            [
                translate("ValuesEditor", "Category"),
                translate("ValuesEditor", "Actual"),
                translate("ValuesEditor", "Disaggregation"),
            ]
        )
        self.categories.verticalHeader().setVisible(False)
        self.categories.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        categories_header = self.categories.horizontalHeader()
        categories_header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        categories_header.setSectionResizeMode(CATEGORY_ACTUAL, QHeaderView.ResizeMode.ResizeToContents)
        categories_header.setSectionResizeMode(DISAGGREGATION, QHeaderView.ResizeMode.ResizeToContents)
        self.categories.itemChanged.connect(self._category_changed)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.categories_title)
        below_layout.addWidget(self.categories, 1)
        self.below = below
        # one row of each table in view at least: both tables, the chart beside them and the indicators
        # above then fit a bottom panel of a 1366x768 window without their lower part cut off
        for table in (self.table, self.categories):
            minimum_rows(table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # -- content ---------------------------------------------------------------------------------
    def set_indicator(
        self,
        indicator: dict[str, Any] | None,
        periods: list[Period],
        rows: list[dict[str, Any]],
        areas: list[str],
    ) -> None:
        same = (
            indicator is not None and self.indicator is not None and indicator["fid"] == self.indicator["fid"]
        )
        current = self.table.currentRow() if same else -1
        self.indicator, self.periods, self.areas = indicator, periods, areas
        self.values = {(r["period"], r["kind"], r["dimension"], r["category"]): r for r in rows}
        self._filling = True
        try:
            self.table.setRowCount(len(periods) if indicator else 0)
            computed = bool(indicator and indicator.get("computed"))
            for row, period in enumerate(periods if indicator else []):
                target = self.values.get((period.code, "target", "", ""))
                actual = self.values.get((period.code, "actual", "", ""))
                described = target if computed else actual
                self.table.setItem(row, PERIOD, _item(period_text(period.code), editable=False))
                self.table.setItem(row, TARGET, self._number(target))
                actual_item = self._number(actual, editable=not computed)
                if computed:
                    actual_item.setBackground(COMPUTED_BRUSH)
                    actual_item.setToolTip(translate("ValuesEditor", "Computed from the project"))
                    font = QFont(actual_item.font())
                    font.setItalic(True)
                    actual_item.setFont(font)
                self.table.setItem(row, ACTUAL, actual_item)
                self.table.setItem(row, NOTE, _item((described or {}).get("note") or ""))
                self.table.setItem(row, EVIDENCE, _item((described or {}).get("evidence") or ""))
                for column in (NOTE, EVIDENCE):
                    text = self.table.item(row, column).text()
                    if text:
                        self.table.item(row, column).setToolTip(literal_text(text))
        finally:
            self._filling = False
        if indicator and periods:
            if current < 0:  # another indicator: its latest actual, where the reporting stands
                reported = [i for i, p in enumerate(periods) if (p.code, "actual", "", "") in self.values]
                current = reported[-1] if reported else 0
            # the period's own cell: a current cell further right scrolled the period out of sight
            # whenever the table was shown again in a narrow panel
            self.table.setCurrentCell(min(current, len(periods) - 1), PERIOD)
            self.table.horizontalScrollBar().setValue(0)
        self._show_categories(self.table.currentRow())

    @staticmethod
    def _number(row: dict[str, Any] | None, editable: bool = True) -> QTableWidgetItem:
        item = _item(number_text(row["value"]) if row else "", editable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def category_choices(self) -> list[tuple[str, str]]:
        """(dimension, category) of every category the indicator reports by."""
        found = []
        known = {"sex": SEX_CATEGORIES, "firm_size": FIRM_SIZE_CLASSES, "stakeholder_kind": STAKEHOLDER_KINDS}
        for dimension in split_codes((self.indicator or {}).get("disaggregations")):
            if dimension in known:
                found += [(dimension, code) for code in known[dimension]]
            else:
                stored = {k[3] for k in self.values if k[2] == dimension}
                found += [(dimension, name) for name in sorted(set(self.areas) | stored, key=str.casefold)]
        return found

    def _show_categories(self, row: int) -> None:
        pairs = self.category_choices() if 0 <= row < len(self.periods) and self.indicator else []
        self.below.setVisible(bool(self.category_choices()))
        period = self.periods[row].code if pairs else ""
        self.categories_title.setText(
            translate("ValuesEditor", "Actuals by category in {period}").format(period=period_text(period))
            if pairs
            else ""
        )
        computed = bool(self.indicator and self.indicator.get("computed"))
        self._filling = True
        try:
            self.categories.setRowCount(len(pairs))
            for index, (dimension, code) in enumerate(pairs):
                name = _item(category(dimension, code), editable=False)
                name.setData(Qt.ItemDataRole.UserRole, (dimension, code))
                name.setToolTip(literal_text(name.text()))
                self.categories.setItem(index, CATEGORY, name)
                value = self.values.get((period, "actual", dimension, code))
                self.categories.setItem(index, CATEGORY_ACTUAL, self._number(value, not computed))
                dimension_item = _item(vocabulary("disaggregation", dimension), editable=False)
                self.categories.setItem(index, DISAGGREGATION, dimension_item)
        finally:
            self._filling = False

    # -- edits -----------------------------------------------------------------------------------
    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.indicator is None:
            return
        period = self.periods[item.row()].code
        computed = bool(self.indicator.get("computed"))
        described_kind = "target" if computed else "actual"
        text = item.text().strip()
        if item.column() in (TARGET, ACTUAL):
            kind = "target" if item.column() == TARGET else "actual"
            old = self.values.get((period, kind, "", "")) or {}
            value = parse_number(text) if text else None
            entry = ValueEntry(period, kind, value, note=old.get("note"), evidence=old.get("evidence"))
        else:
            old = self.values.get((period, described_kind, "", ""))
            if old is None:
                if computed:
                    text = translate(
                        "ValuesEditor",
                        "Enter the target of {period} first: the note and the evidence go with it.",
                    )
                else:
                    text = translate(
                        "ValuesEditor",
                        "Enter the actual of {period} first: the note and the evidence go with it.",
                    )
                self._refuse(text.format(period=period_text(period)))
                return
            note = text if item.column() == NOTE else old.get("note")
            evidence = text if item.column() == EVIDENCE else old.get("evidence")
            entry = ValueEntry(
                period, described_kind, old["value"], note=note or None, evidence=evidence or None
            )
        self.submit([entry])

    def _category_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.indicator is None or item.column() != CATEGORY_ACTUAL:
            return
        row = self.table.currentRow()
        dimension, code = self.categories.item(item.row(), CATEGORY).data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        entry = ValueEntry(
            self.periods[row].code,
            "actual",
            parse_number(text) if text else None,
            dimension=dimension,
            category=code,
        )
        self.submit([entry])

    def _refuse(self, message: str) -> None:
        self.submit([], message)
        QTimer.singleShot(0, self, self._restore)

    def _restore(self) -> None:
        """Show the stored values again after a refused edit."""
        rows = list(self.values.values())
        self.set_indicator(self.indicator, self.periods, rows, self.areas)


def minimum_rows(table: QTableWidget, rows: int) -> None:
    """The table's minimum height: its header and `rows` rows (a horizontal scroll bar may cover the
    last of them)."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(header + rows * row + 2 * table.frameWidth())
