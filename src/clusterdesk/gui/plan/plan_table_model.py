"""The table side of the Gantt: a Qt model over the visible Gantt rows. Edits become plan commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from clusterdesk.core.plan import TASK_STATUSES
from clusterdesk.core.plan_edits import UpdateTask, move_task, resize_task
from clusterdesk.core.project import Project
from clusterdesk.gui.plain_text import literal_text
from clusterdesk.gui.plan.gantt_data import GanttRow, date_of

COLUMNS = ("WBS", "Task", "Start", "Finish", "Days", "%", "Status")
EDITABLE = {"Task", "Start", "Days", "%"}
Index = QModelIndex | QPersistentModelIndex


class PlanTableModel(QAbstractTableModel):
    def __init__(self, push: Callable[[object], None], parent=None) -> None:
        super().__init__(parent)
        self.rows: list[GanttRow] = []
        self.project: Project | None = None
        self._push = push  # runs a command through the project's stack and reports errors

    def set_rows(self, project: Project | None, rows: list[GanttRow]) -> None:
        self.beginResetModel()
        self.project, self.rows = project, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
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
            tip = f"{row.name}\nTotal float: {row.total_float} working days"
            return literal_text(tip + ("\nOn the critical path" if row.critical else ""))
        return None

    @staticmethod
    def _text(row: GanttRow, column: str, editing: bool):
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
            return f"{row.percent:g}"
        return TASK_STATUSES.get(row.status, row.status)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.project is None:
            return False
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        text = str(value).strip()
        try:
            if column == "Task" and text and text != row.name:
                command = UpdateTask(row.fid, {"name": text}, label=f"Rename {row.name}")
            elif column == "Start":
                command = move_task(self.project, row.fid, dt.date.fromisoformat(text))
            elif column == "Days":
                command = resize_task(self.project, row.fid, int(text))
            elif column == "%":
                percent = float(text.replace("%", ""))
                if not 0 <= percent <= 100:
                    raise ValueError(percent)
                status = "completed" if percent == 100 else "in_progress" if percent > 0 else "not_started"
                command = UpdateTask(
                    row.fid, {"percent_complete": percent, "status": status}, label=f"Progress of {row.name}"
                )
            else:
                return False
        except ValueError:
            hint = {
                "Start": "a date as YYYY-MM-DD",
                "Days": "a whole number of working days",
                "%": "a number from 0 to 100",
            }.get(column, "a value")
            self._push(ValueError(f"{row.name}: {column} needs {hint}, not {text!r}."))
            return False
        self._push(command)
        return True
