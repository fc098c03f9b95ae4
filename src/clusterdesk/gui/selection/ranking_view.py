"""The ranking of the candidate clusters: rank, candidate, sector, areas, score with a bar, outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.selection.bars import SHARE_ROLE, BarDelegate
from clusterdesk.gui.selection.labels import number, status_label
from clusterdesk.gui.selection.study_data import StudyPicture

CODE_ROLE = Qt.ItemDataRole.UserRole


class RankingTable(QTableWidget):
    SCORE = 4

    def __init__(self, parent=None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels(
            [
                translate("SelectionRanking", "Rank"),
                translate("SelectionRanking", "Candidate"),
                translate("SelectionRanking", "Sector"),
                translate("SelectionRanking", "Areas"),
                translate("SelectionRanking", "Score"),
                translate("SelectionRanking", "Outcome"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().hide()
        self.setItemDelegateForColumn(self.SCORE, BarDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the candidate's name takes the room there is (it wrapped in a narrow column beside a wide,
        # nearly empty outcome column on a large screen)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)

    def show_picture(self, picture: StudyPicture | None) -> None:
        chosen = set(self.selected_codes())
        self.setRowCount(0)
        if picture is None:
            return
        ev = picture.evaluation
        codes = picture.ordered_codes()
        self.setRowCount(len(codes))
        for row, code in enumerate(codes):
            i = ev.codes.index(code)
            score = float(ev.ranking.scores[i])
            cells = [
                str(int(ev.ranking.ranks[i])),
                ev.names[code],
                ev.candidates[code].sector_code,
                picture.areas_text(code),
                number(score),
                status_label(picture.statuses.get(code, "candidate")),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CODE_ROLE, code)
                if column in (0, self.SCORE):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == self.SCORE:
                    item.setData(SHARE_ROLE, score / 100)
                if column == 1:
                    item.setToolTip(f"{code} · {ev.names[code]}")
                if column == 3:
                    item.setToolTip(text)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.setColumnWidth(self.SCORE, max(self.columnWidth(self.SCORE), 90))
        self.setColumnWidth(3, min(self.columnWidth(3), 200))
        for row, code in enumerate(codes):
            if code in chosen:
                self.selectRow(row)

    def selected_codes(self) -> list[str]:
        rows = sorted({index.row() for index in self.selectedIndexes()})
        return [self.item(row, 0).data(CODE_ROLE) for row in rows if self.item(row, 0) is not None]

    def codes_in_order(self) -> list[str]:
        return [self.item(row, 0).data(CODE_ROLE) for row in range(self.rowCount())]
