"""Table models over the capacity results: the comparison across institutions and the gap table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from clusterdesk.analysis.capacity_scores import AssessmentResult, Framework, Gap
from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN, round_label
from clusterdesk.gui.plain_text import literal_text
from clusterdesk.render.score_colours import score_colour as scale_colour

Index = QModelIndex | QPersistentModelIndex
DISPLAY, BACKGROUND, TOOLTIP, ALIGN = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole,
)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def score_colour(score: float) -> QColor:
    """Light red at the bottom of the scale through pale yellow to light green at the top (the map's
    scale, paled so the numbers on it stay readable)."""
    return scale_colour(score, pale=True)


def short_header(code: str, name: str) -> str:
    """'D1' over the dimension's first word, so seven score columns fit beside the names; the tooltip
    carries the full name."""
    return f"{code}\n{name.split()[0]}"


class ComparisonModel(QAbstractTableModel):
    """One row per institution: its latest round, completeness, each dimension's score and the overall."""

    FIXED = ("Institution", "Round", "Scored")

    def __init__(self) -> None:
        super().__init__()
        self.framework: Framework | None = None
        self.rows: list[AssessmentResult] = []

    def set_results(self, framework: Framework | None, rows: list[AssessmentResult]) -> None:
        self.beginResetModel()
        self.framework, self.rows = framework, rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        if parent.isValid() or self.framework is None:
            return 0
        return len(self.FIXED) + len(self.framework.dimensions) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.framework is None:
            return None
        dimensions = self.framework.dimensions
        if role == DISPLAY:
            if section < len(self.FIXED):
                return self.FIXED[section]
            position = section - len(self.FIXED)
            part = dimensions[position] if position < len(dimensions) else None
            return short_header(part.code, part.name) if part is not None else "Overall"
        if role == TOOLTIP and len(self.FIXED) <= section < len(self.FIXED) + len(dimensions):
            return literal_text(dimensions[section - len(self.FIXED)].name)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        result = self.rows[index.row()]
        column = index.column()
        if column < len(self.FIXED):
            if role != DISPLAY:
                return RIGHT if role == ALIGN and column == 2 else None
            assessment = result.assessment
            return (
                assessment.institution_name,
                round_label(assessment.round),
                f"{result.scored}/{result.total}",
            )[column]
        position = column - len(self.FIXED)
        dimensions = result.dimensions
        score = dimensions[position].score if position < len(dimensions) else result.overall
        if role == DISPLAY:
            if score is None:
                return "—" if position < len(dimensions) else "incomplete"
            return f"{score:.1f}"
        if role == ALIGN:
            return RIGHT
        if role == BACKGROUND and score is not None:
            return score_colour(score)
        if role == TOOLTIP:
            if position < len(dimensions):
                part = dimensions[position]
                if score is None:
                    return literal_text(
                        f"{part.dimension.name}: incomplete, {part.scored} of {part.total} indicators scored"
                    )
                return literal_text(f"{part.dimension.name}: {score:.2f}")
            if score is None:
                return f"No overall score: {result.scored} of {result.total} indicators scored"
        return None


class GapModel(QAbstractTableModel):
    """The gaps; the Target cell is editable and hands the new target to `set_target(gap, value)` (the
    panel turns it into an undoable command, and the refresh that follows recomputes the gaps)."""

    HEADERS = ("Institution", "Dimension", "Round", "Score", "Target", "Gap", "In plan", "Weakest indicators")
    TARGET = 4

    def __init__(self, set_target: Callable[[Gap, float], None] | None = None) -> None:
        super().__init__()
        self.set_target = set_target
        self.gaps: list[Gap] = []
        self.planned: set[int] = set()  # rows whose capacity-building action is already in the plan

    def set_gaps(self, gaps: list[Gap], planned: set[int] | None = None) -> None:
        self.beginResetModel()
        self.gaps, self.planned = gaps, planned or set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self.gaps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and section == self.TARGET:
            return "Double-click to change this institution's target on the dimension"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.TARGET and self.set_target is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != self.TARGET or self.set_target is None:
            return False
        try:
            target = float(str(value).replace(",", "."))
        except ValueError:
            return False
        self.set_target(self.gaps[index.row()], target)
        return True

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        gap = self.gaps[index.row()]
        column = index.column()
        if role == DISPLAY:
            weakest = ", ".join(f"{i.code} {i.name} ({s})" for i, s in gap.weakest)
            values = (
                gap.institution_name,
                gap.dimension.name,
                round_label(gap.round),
                f"{gap.score:.1f}",
                f"{gap.target:.1f}",
                f"{gap.gap:.1f}",
                "yes" if index.row() in self.planned else "",
                weakest,
            )
            return values[column]
        if role == Qt.ItemDataRole.EditRole and column == self.TARGET:
            return f"{gap.target:.1f}"
        if role == ALIGN and 3 <= column <= 5:
            return RIGHT
        if role == BACKGROUND and column == 5:
            return score_colour(max(SCALE_MIN, SCALE_MAX - gap.gap * 2))  # a wider gap reads redder
        if role == TOOLTIP and column == 7:
            return literal_text(
                "\n".join(
                    f"{i.code} {i.name}: {s}. Next level: {i.levels.get(s + 1, '')}" for i, s in gap.weakest
                )
            )
        return None
