"""The responses of one survey as a table: the respondent, when the answers were submitted, then one column
per question. Like the registry, the model keeps only the responses' fids in display order (numpy) and
reads the rows on screen a page at a time, so 20,000 responses × 60 questions stay light."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from clusterdesk.core.project import Project
from clusterdesk.core.survey_reader import Question, read_questions
from clusterdesk.gui.i18n import interface_language, translate
from clusterdesk.gui.surveys.labels import question_label
from clusterdesk.io.xlsform_firms import uuid_of_choice

PAGE_ROWS = 200
MAX_CACHED_PAGES = 50
FIXED_COLUMNS = 2  # respondent, submitted


def answer_text(question: Question, number: float | None, text: str | None, language: str, names=None) -> str:
    """An answer as the table shows it: numbers in the interface's locale, choices by their labels, firms
    of a roster by name; empty for no answer."""
    if question.numeric:
        if number is None:
            return ""
        locale = QLocale()
        return (
            locale.toString(int(number)) if question.type == "integer" else locale.toString(number, "g", 12)
        )
    if not text:
        return ""
    if question.type in ("select_one", "select_multiple"):
        labels = {c.name: c.label(language) for c in question.choices}
        shown = []
        for name in text.split():
            uuid = uuid_of_choice(name) if question.choices_from else None
            shown.append((names or {}).get(uuid, name) if uuid else labels.get(name, name))
        return ", ".join(shown)
    return text


class ResponsesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.survey_id: int | None = None
        self.questions: list[Question] = []
        self.fids = np.zeros(0, dtype=np.int64)  # survey_responses.fid in display order (respondent's name)
        self.language = interface_language()
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._firm_names: dict[str, str] = {}

    def show_survey(self, project: Project | None, survey_id: int | None) -> None:
        self.beginResetModel()
        self.project, self.survey_id = project, survey_id
        self._pages.clear()
        self._firm_names = {}
        if project is None or survey_id is None:
            self.questions, self.fids = [], np.zeros(0, dtype=np.int64)
        else:
            connection = project.connection
            self.questions = read_questions(connection, survey_id)
            rows = connection.execute(
                "SELECT r.fid FROM survey_responses r LEFT JOIN stakeholders s ON s.fid = r.stakeholder_id "
                "WHERE r.survey_id = ? ORDER BY s.name COLLATE NOCASE, r.fid",
                (survey_id,),
            ).fetchall()
            self.fids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            if any(q.choices_from for q in self.questions):
                self._firm_names = dict(connection.execute("SELECT uuid, name FROM stakeholders").fetchall())
        self.endResetModel()

    # -- pages -----------------------------------------------------------------------------------
    def _read_page(self, page: int) -> list[tuple]:
        fids = self.fids[page * PAGE_ROWS : (page + 1) * PAGE_ROWS].tolist()
        connection = self.project.connection
        marks = ",".join("?" * len(fids))
        heads = {
            fid: (name or "", submitted or "")
            for fid, name, submitted in connection.execute(
                "SELECT r.fid, s.name, r.submitted_at FROM survey_responses r "
                f"LEFT JOIN stakeholders s ON s.fid = r.stakeholder_id WHERE r.fid IN ({marks})",
                fids,
            )
        }
        column_of = {q.fid: FIXED_COLUMNS + i for i, q in enumerate(self.questions)}
        cells = {fid: ["", ""] + [""] * len(self.questions) for fid in fids}
        for fid, (name, submitted) in heads.items():
            cells[fid][0], cells[fid][1] = name, submitted.replace("T", " ")[:16]
        for response, question_id, number, text in connection.execute(
            "SELECT response_id, question_id, value_number, value_text FROM survey_answers "
            f"WHERE response_id IN ({marks})",
            fids,
        ):
            column = column_of.get(question_id)
            if column is not None:
                question = self.questions[column - FIXED_COLUMNS]
                cells[response][column] = answer_text(question, number, text, self.language, self._firm_names)
        return [tuple(cells[fid]) for fid in fids]

    def row_values(self, row: int) -> tuple:
        page = row // PAGE_ROWS
        cached = self._pages.get(page)
        if cached is None:
            cached = self._pages[page] = self._read_page(page)
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return cached[row - page * PAGE_ROWS]

    @property
    def pages_read(self) -> int:
        return len(self._pages)

    # -- Qt --------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.fids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.survey_id is None else FIXED_COLUMNS + len(self.questions)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section < FIXED_COLUMNS:
            titles = (translate("ResponsesModel", "Respondent"), translate("ResponsesModel", "Submitted"))
            return (
                titles[section]
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
                else None
            )
        question = self.questions[section - FIXED_COLUMNS]
        if role == Qt.ItemDataRole.DisplayRole:
            return question.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return question_label(question, self.language)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_values(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= FIXED_COLUMNS:
            if self.questions[index.column() - FIXED_COLUMNS].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
