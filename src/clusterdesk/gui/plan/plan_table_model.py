"""The table side of the Gantt: a Qt model over the visible Gantt rows. Edits become plan commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.plan_edits import UpdateTask, move_task, resize_task
from clusterdesk.core.project import Project
from clusterdesk.core.results import read_results
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text
from clusterdesk.gui.plan.gantt_data import GanttRow, date_of
from clusterdesk.gui.plan.plan_labels import status_label

# the code's names of the columns
COLUMNS = ("WBS", "Task", "Start", "Finish", "Days", "%", "Status", "Results")
HEADERS = {
    "WBS": QT_TRANSLATE_NOOP("PlanTableModel", "WBS"),
    "Task": QT_TRANSLATE_NOOP("PlanTableModel", "Task"),
    "Start": QT_TRANSLATE_NOOP("PlanTableModel", "Start"),
    "Finish": QT_TRANSLATE_NOOP("PlanTableModel", "Finish"),
    "Days": QT_TRANSLATE_NOOP("PlanTableModel", "Days"),
    "%": "%",
    "Status": QT_TRANSLATE_NOOP("PlanTableModel", "Status"),
    "Results": QT_TRANSLATE_NOOP("PlanTableModel", "Results"),
}
HEADER_TIPS = {
    "WBS": QT_TRANSLATE_NOOP(
        "PlanTableModel", "Number of the task in the outline (work breakdown structure)"
    ),
    "Days": QT_TRANSLATE_NOOP("PlanTableModel", "Duration in working days"),
    "%": QT_TRANSLATE_NOOP("PlanTableModel", "Percent complete"),
    "Results": QT_TRANSLATE_NOOP("PlanTableModel", "Codes of the results this task contributes to"),
}
EDITABLE = {"Task", "Start", "Days", "%"}
Index = QModelIndex | QPersistentModelIndex


class PlanTableModel(QAbstractTableModel):
    def __init__(self, push: Callable[[object], None], parent=None) -> None:
        super().__init__(parent)
        self.rows: list[GanttRow] = []
        self.project: Project | None = None
        self.result_codes: dict[int, str] = {}  # task fid -> "1.1, 1.2": the results it serves
        self._push = push  # runs a command through the project's stack and reports errors

    def set_rows(self, project: Project | None, rows: list[GanttRow]) -> None:
        self.beginResetModel()
        self.project, self.rows = project, rows
        self.result_codes = _result_codes(project) if project is not None else {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("PlanTableModel", HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in HEADER_TIPS:
            return translate("PlanTableModel", HEADER_TIPS[column])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        column = COLUMNS[index.column()]
        row = self.rows[index.row()]
        if column in EDITABLE and not (row.summary and column in ("Start", "Days")):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.FontRole and row.summary:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "Task" and row.critical:
            return QBrush(QColor("#b0352c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("Days", "%"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "Task":
            # self.tr (context PlanTableModel): lupdate takes a count for a plural only in tr(), in
            # translate() only as a literal number
            lines = [row.name, self.tr("Total float: %n working day(s)", None, row.total_float)]
            if row.critical:
                lines.append(translate("PlanTableModel", "On the critical path"))
            return literal_text("\n".join(lines))
        return None

    def _text(self, row: GanttRow, column: str, editing: bool):
        if column == "Results":
            return self.result_codes.get(row.fid, "")
        if column == "WBS":
            return row.wbs
        if column == "Task":
            return row.name if editing else "    " * row.level + row.name
        if column == "Start":
            return date_of(row.start).isoformat() if row.start is not None else ""
        if column == "Finish":
            return date_of(row.finish).isoformat() if row.finish is not None else ""
        if column == "Days":
            return "" if row.summary else ("◆" if row.milestone and not editing else row.duration_days)
        if column == "%":
            return QLocale().toString(float(row.percent), "g", 6)  # 35,5 where the language writes so
        return status_label(row.status)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.project is None:
            return False
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        text = str(value).strip()
        try:
            if column == "Task" and text and text != row.name:
                label = translate("PlanTableModel", "Rename {task}").format(task=row.name)
                command = UpdateTask(row.fid, {"name": text}, label=label)
            elif column == "Start":
                command = move_task(self.project, row.fid, dt.date.fromisoformat(text))
            elif column == "Days":
                command = resize_task(self.project, row.fid, int(text))
            elif column == "%":
                percent = _number(text.replace("%", ""))
                if not 0 <= percent <= 100:
                    raise ValueError(percent)
                status = "completed" if percent == 100 else "in_progress" if percent > 0 else "not_started"
                label = translate("PlanTableModel", "Progress of {task}").format(task=row.name)
                command = UpdateTask(row.fid, {"percent_complete": percent, "status": status}, label=label)
            else:
                return False
        except ValueError:
            problems = {
                "Start": translate(
                    "PlanTableModel", '{task}: Start needs a date as YYYY-MM-DD, not "{value}".'
                ),
                "Days": translate(
                    "PlanTableModel", '{task}: Days needs a whole number of working days, not "{value}".'
                ),
                "%": translate("PlanTableModel", '{task}: % needs a number from 0 to 100, not "{value}".'),
            }
            self._push(ValueError(problems[column].format(task=row.name, value=text)))
            return False
        except ClusterDeskError as error:  # a rule of the plan, explained in core's words
            self._push(error)
            return False
        self._push(command)
        return True


def _result_codes(project: Project) -> dict[int, str]:
    """The codes of the results each task serves, by task fid (core.results.ResultsData.results_of_task)."""
    data = read_results(project.session.connection(), with_values=False)
    return {
        task["fid"]: ", ".join(result["code"] for result in served)
        for uuid, task in data.tasks.items()
        if (served := data.results_of_task(uuid))
    }


def _number(text: str) -> float:
    """A number typed the English way or the way of the interface language (35.5 or 35,5)."""
    value, ok = QLocale().toDouble(text.strip())
    return value if ok else float(text)
