"""The criteria matrix: candidates (in ranking order) by criteria, each cell with its value and a bar of
its normalised value (0 to 1 across the candidates), missing values marked. The first row holds the
criteria's weights in spin boxes; cells of criteria scored by hand are edited in place."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.selection.bars import MISSING_ROLE, SHARE_ROLE, BarDelegate
from clusterdesk.gui.selection.labels import criterion_label, number, value_text
from clusterdesk.gui.selection.study_data import StudyPicture

CODE_ROLE = Qt.ItemDataRole.UserRole
WEIGHT_MAX = 100.0


def source_tip(source: str) -> str:
    tips = {
        "location_quotient": translate("SelectionMatrix", "Computed: location quotient of the sector"),
        "national_share": translate("SelectionMatrix", "Computed: share of the national sector total"),
        "size": translate("SelectionMatrix", "Computed: sector total in the candidate's areas"),
        "growth": translate("SelectionMatrix", "Computed: growth since the base year"),
        "registry_firms": translate("SelectionMatrix", "Computed: firms of the registry in the areas"),
    }
    return tips.get(source, translate("SelectionMatrix", "Scored by hand: double-click a cell to edit it"))


def wrapped(label: str, width: int = 18) -> str:
    """A criterion's name on up to three lines, so that its column stays narrow and the name whole."""
    lines = textwrap.wrap(label, width, break_long_words=False) or [label]
    return "\n".join(lines[:2] + ([" ".join(lines[2:])] if len(lines) > 2 else []))


class CriteriaMatrix(QTableWidget):
    weightChanged = Signal(int, float)  # criterion fid, new weight
    scoreEdited = Signal(str, int, str)  # candidate code, criterion fid, the text typed ("" removes)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.picture: StudyPicture | None = None
        self._filling = False
        self.spins: list[QDoubleSpinBox] = []
        self.setItemDelegate(BarDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.itemChanged.connect(self._item_changed)

    def show_picture(self, picture: StudyPicture | None) -> None:
        self.picture = picture
        self._filling = True
        current = self.currentColumn()
        try:
            self.clear()
            self.spins = []
            if picture is None:
                self.setRowCount(0)
                self.setColumnCount(0)
                return
            ev = picture.evaluation
            codes = picture.ordered_codes()
            language = interface_language()  # read once: a large study has thousands of cells
            self.setColumnCount(len(ev.criteria))
            self.setRowCount(len(codes) + 1)
            for column, criterion in enumerate(ev.criteria):
                header = QTableWidgetItem(wrapped(criterion_label(criterion)))
                header.setToolTip(f"{criterion_label(criterion)}\n{source_tip(criterion.source)}")
                self.setHorizontalHeaderItem(column, header)
                spin = QDoubleSpinBox()
                spin.setRange(0.0, WEIGHT_MAX)
                spin.setDecimals(1)
                spin.setSingleStep(0.5)
                spin.setKeyboardTracking(False)  # a typed weight counts once, when finished
                spin.setValue(criterion.weight)
                label = criterion_label(criterion)
                spin.setToolTip(translate("SelectionMatrix", "Weight of {criterion}").format(criterion=label))
                spin.valueChanged.connect(lambda value, fid=criterion.fid: self._weight(fid, value))
                self.setCellWidget(0, column, spin)
                self.spins.append(spin)
            self.setVerticalHeaderItem(0, QTableWidgetItem(translate("SelectionMatrix", "Weight")))
            for row, code in enumerate(codes, start=1):
                i = ev.codes.index(code)
                name = QTableWidgetItem(ev.names[code])
                name.setToolTip(f"{code} · {ev.names[code]}")
                self.setVerticalHeaderItem(row, name)
                for column, criterion in enumerate(ev.criteria):
                    self.setItem(
                        row, column, self._cell(picture, code, i, column, criterion.source, language)
                    )
            self.resizeColumnsToContents()
            for column in range(self.columnCount()):
                self.setColumnWidth(column, max(90, min(self.columnWidth(column), 160)))
            if 0 <= current < self.columnCount():
                self.setCurrentCell(max(1, self.currentRow()), current)
        finally:
            self._filling = False

    def _cell(
        self, picture: StudyPicture, code: str, i: int, column: int, source: str, language: str
    ) -> QTableWidgetItem:
        ranking = picture.evaluation.ranking
        value = float(picture.evaluation.values[i, column])
        missing = bool(ranking.missing[i, column])
        item = QTableWidgetItem(value_text(source, None if missing else value, language))
        item.setData(CODE_ROLE, code)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if source == "manual":
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        if missing:
            item.setData(MISSING_ROLE, True)
            item.setToolTip(
                translate("SelectionMatrix", "No value: it counts as the worst on this criterion")
            )
        else:
            share = float(ranking.normalised[i, column])
            item.setData(SHARE_ROLE, share)
            item.setToolTip(
                translate("SelectionMatrix", "{value}, normalised {share} of 1").format(
                    value=value_text(source, value, language), share=number(share, language)
                )
            )
        return item

    def _weight(self, fid: int, value: float) -> None:
        if not self._filling:
            self.weightChanged.emit(fid, float(value))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.picture is None or item.row() == 0:
            return
        criterion = self.picture.evaluation.criteria[item.column()]
        text = item.text().strip()
        self.scoreEdited.emit(item.data(CODE_ROLE), criterion.fid, "" if text == "—" else text)
