"""Table models over the capacity results: the comparison across institutions and the gap table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from clusterdesk.analysis.capacity_scores import AssessmentResult, Framework, Gap
from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN
from clusterdesk.gui.capacity.labels import part_name, round_text, rubric
from clusterdesk.gui.i18n import translate, translate_n
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


def number(value: float, decimals: int = 1) -> str:
    """A score as the interface language writes it: 3.5, 3,5."""
    return QLocale().toString(float(value), "f", decimals)


def indicator_text(indicator) -> str:
    """'D1.2 Speed and flexibility of response', in the interface language while the name is the default."""
    return f"{indicator.code} {part_name(indicator.code, indicator.name)}"


class ComparisonModel(QAbstractTableModel):
    """One row per institution: its latest round, completeness, each dimension's score and the overall."""

    FIXED = (
        QT_TRANSLATE_NOOP("ComparisonModel", "Institution"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Round"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Scored"),
    )

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
                return translate("ComparisonModel", self.FIXED[section])
            position = section - len(self.FIXED)
            part = dimensions[position] if position < len(dimensions) else None
            if part is None:
                return translate("ComparisonModel", "Overall")
            return short_header(part.code, part_name(part.code, part.name))
        if role == TOOLTIP and len(self.FIXED) <= section < len(self.FIXED) + len(dimensions):
            part = dimensions[section - len(self.FIXED)]
            return literal_text(part_name(part.code, part.name))
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
                round_text(assessment.round),
                f"{result.scored}/{result.total}",
            )[column]
        position = column - len(self.FIXED)
        dimensions = result.dimensions
        score = dimensions[position].score if position < len(dimensions) else result.overall
        if role == DISPLAY:
            if score is None:
                return "—" if position < len(dimensions) else translate("ComparisonModel", "incomplete")
            return number(score)
        if role == ALIGN:
            return RIGHT
        if role == BACKGROUND and score is not None:
            return score_colour(score)
        if role == TOOLTIP:
            if position < len(dimensions):
                part = dimensions[position]
                name = part_name(part.dimension.code, part.dimension.name)
                if score is None:
                    text = translate_n(
                        "ComparisonModel",
                        "{dimension}: incomplete, {scored} of %n indicators scored",
                        part.total,
                    ).format(dimension=name, scored=part.scored)
                    return literal_text(text)
                return literal_text(f"{name}: {number(score, 2)}")
            if score is None:
                text = translate_n(
                    "ComparisonModel", "No overall score: {scored} of %n indicators scored", result.total
                )
                return text.format(scored=result.scored)
        return None


class GapModel(QAbstractTableModel):
    """The gaps; the Target cell is editable and hands the new target to `set_target(gap, value)` (the
    panel turns it into an undoable command, and the refresh that follows recomputes the gaps)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("GapModel", "Institution"),
        QT_TRANSLATE_NOOP("GapModel", "Dimension"),
        QT_TRANSLATE_NOOP("GapModel", "Round"),
        QT_TRANSLATE_NOOP("GapModel", "Score"),
        QT_TRANSLATE_NOOP("GapModel", "Target"),
        QT_TRANSLATE_NOOP("GapModel", "Gap"),
        QT_TRANSLATE_NOOP("GapModel", "In plan"),
        QT_TRANSLATE_NOOP("GapModel", "Weakest indicators"),
    )
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
            return translate("GapModel", self.HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and section == self.TARGET:
            return translate("GapModel", "Double-click to change this institution's target on the dimension")
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
            weakest = ", ".join(f"{indicator_text(i)} ({s})" for i, s in gap.weakest)
            values = (
                gap.institution_name,
                part_name(gap.dimension.code, gap.dimension.name),
                round_text(gap.round),
                number(gap.score),
                number(gap.target),
                number(gap.gap),
                translate("GapModel", "yes") if index.row() in self.planned else "",
                weakest,
            )
            return values[column]
        if role == Qt.ItemDataRole.EditRole and column == self.TARGET:
            return number(gap.target)
        if role == ALIGN and 3 <= column <= 5:
            return RIGHT
        if role == BACKGROUND and column == 5:
            return score_colour(max(SCALE_MIN, SCALE_MAX - gap.gap * 2))  # a wider gap reads redder
        if role == TOOLTIP and column == 7:
            line = translate("GapModel", "{indicator}: {score}. Next level: {rubric}")
            return literal_text(
                "\n".join(
                    line.format(
                        indicator=indicator_text(i),
                        score=s,
                        rubric=rubric(i.code, s + 1, i.levels.get(s + 1, "")),
                    )
                    for i, s in gap.weakest
                )
            )
        return None
