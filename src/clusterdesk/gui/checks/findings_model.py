"""The findings of a health-check report as a Qt table: severity (icon and word), check, message, and the
reason of a silenced finding. A Qt adapter over `analysis.health_checks.CheckReport`; it holds no state of
its own beyond the rows it shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from clusterdesk.analysis.health_checks import CheckReport, Finding
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plain_text import literal_text

SEVERITY, CHECK, MESSAGE, REASON = range(4)
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
_ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_word(severity: str) -> str:
    if severity == "error":
        return translate("ChecksPanel", "Error")
    if severity == "warning":
        return translate("ChecksPanel", "Warning")
    return translate("ChecksPanel", "Note")


def severity_icon(severity: str) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[severity])


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Finding] = []

    def show_report(self, report: CheckReport | None, with_silenced: bool) -> None:
        self.beginResetModel()
        if report is None:
            self.rows = []
        else:
            self.rows = list(report.findings) + (list(report.silenced) if with_silenced else [])
        self.endResetModel()

    def finding(self, row: int) -> Finding | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("ChecksPanel", "Severity"),
            translate("ChecksPanel", "Check"),
            translate("ChecksPanel", "Finding"),
            translate("ChecksPanel", "Silenced because"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        finding = self.finding(index.row())
        if finding is None:
            return None
        column = index.column()
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            return (severity_word(finding.severity), finding.check, finding.message, finding.reason or "")[
                column
            ]
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole and column in (MESSAGE, CHECK):
            return literal_text(f"{finding.message}\n\n{finding.fix}")
        if role == Qt.ItemDataRole.ForegroundRole and finding.silenced:
            return QApplication.palette().placeholderText()
        return None
