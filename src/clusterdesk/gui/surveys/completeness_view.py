"""How complete each question of a survey is: answered / respondents, drawn as a bar with the figure."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from clusterdesk.core.survey_reader import completeness, read_questions
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.surveys.labels import percent_text, question_label

SHARE_ROLE = Qt.ItemDataRole.UserRole + 1
BAR_COLOUR = QColor("#4e79a7")
TRACK_COLOUR = QColor("#e3e8ee")


@dataclass(frozen=True)
class QuestionCompleteness:
    name: str
    label: str
    answered: int
    respondents: int

    @property
    def share(self) -> float | None:
        return self.answered / self.respondents if self.respondents else None


def question_completeness(
    connection, survey_id: int, respondents: int, language: str
) -> list[QuestionCompleteness]:
    counts = completeness(connection, survey_id)
    return [
        QuestionCompleteness(q.name, question_label(q, language), counts.get(q.name, 0), respondents)
        for q in read_questions(connection, survey_id)
    ]


class ShareBarDelegate(QStyledItemDelegate):
    """A bar filled to the share, with "3 / 4 · 75 %" over it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        share = index.data(SHARE_ROLE)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect).adjusted(3, 4, -3, -4)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_COLOUR)
        painter.drawRect(rect)
        if share:
            painter.setBrush(BAR_COLOUR.lighter(150))
            painter.drawRect(QRectF(rect.left(), rect.top(), rect.width() * share, rect.height()))
        painter.setPen(option.palette.text().color())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.restore()


class CompletenessView(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.rows: list[QuestionCompleteness] = []
        self.setHorizontalHeaderLabels(
            [translate("CompletenessView", "Question"), translate("CompletenessView", "Answered")]
        )
        self.setToolTip(
            translate("CompletenessView", "Respondents who answered each question, of all respondents")
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(1, 130)
        self.setItemDelegateForColumn(1, ShareBarDelegate(self))
        self.language = interface_language()

    def show_survey(self, connection, survey_id: int | None, respondents: int) -> None:
        self.rows = (
            []
            if survey_id is None
            else question_completeness(connection, survey_id, respondents, self.language)
        )
        self.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            name = QTableWidgetItem(entry.label)
            name.setToolTip(f"{entry.name}: {entry.label}")
            name.setData(Qt.ItemDataRole.UserRole, entry.name)
            figure = translate("CompletenessView", "{answered} / {respondents} · {percent}").format(
                answered=entry.answered, respondents=entry.respondents, percent=percent_text(entry.share)
            )
            if entry.share is None:
                figure = translate("CompletenessView", "no respondents")
            bar = QTableWidgetItem(figure)
            bar.setData(SHARE_ROLE, entry.share)
            self.setItem(row, 0, name)
            self.setItem(row, 1, bar)

    def figures(self) -> dict[str, tuple[int, int]]:
        """(answered, respondents) by question name, as shown."""
        return {r.name: (r.answered, r.respondents) for r in self.rows}
