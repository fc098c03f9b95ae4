"""How the ranking answers one weight: each candidate's score as the weight of the chosen criterion
moves from 0 to twice its value (or to a sensible maximum), the current weight marked, and the sentence
that says over which weights the leader stays first (`analysis.selection_ranking.leader_stable_range`)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from clusterdesk.analysis.selection_ranking import StableRange, leader_stable_range, scores_for
from clusterdesk.analysis.selection_study import StudyEvaluation
from clusterdesk.gui.i18n import translate
from clusterdesk.gui.selection.labels import criterion_label, number

# Okabe and Ito's colours, told apart by readers with the common forms of colour blindness
LINE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
OTHER_COLOUR = QColor("#c4c4c4")
SAMPLES = 61
NAMED_LINES = len(LINE_COLOURS)


def sweep_top(evaluation: StudyEvaluation, index: int) -> float:
    """The largest weight shown: twice the current weight, at least far enough to show where the leader
    is overtaken (when that is within ten times the sum of the weights), and at least 1."""
    weight = evaluation.criteria[index].weight
    top = max(2 * weight, 1.0)
    stable = leader_stable_range(evaluation.ranking, evaluation.ranking_criteria(), index)
    total = sum(c.weight for c in evaluation.criteria) or 1.0
    if math.isfinite(stable.high) and stable.high >= top and stable.high <= 10 * total:
        top = stable.high * 1.25
    return top


def sweep_scores(evaluation: StudyEvaluation, index: int, weights: np.ndarray) -> np.ndarray:
    """Scores (candidates x weights) as criterion `index` takes each weight."""
    base = np.array([c.weight for c in evaluation.criteria], dtype=float)
    sets = np.tile(base, (len(weights), 1))
    sets[:, index] = weights
    return scores_for(evaluation.ranking.normalised, sets)


def stability_sentence(evaluation: StudyEvaluation, index: int) -> str:
    """ "X stays first while the weight of C is between a and b; above b, Y leads." in the window's
    language, from the exact range of `leader_stable_range`."""
    if not evaluation.codes:
        return ""
    ranking = evaluation.ranking
    stable: StableRange = leader_stable_range(ranking, evaluation.ranking_criteria(), index)
    names = evaluation.names
    leader = names[evaluation.codes[int(np.argmin(ranking.ranks))]]
    criterion = criterion_label(evaluation.criteria[index])
    if len(evaluation.codes) == 1:
        return translate("SelectionSensitivity", "{leader} is the only candidate.").format(leader=leader)
    if math.isinf(stable.high):
        if stable.low > 0:
            text = translate(
                "SelectionSensitivity",
                "{leader} stays first while the weight of {criterion} is {low} or more; below {low}, "
                "{below} leads.",
            )
        else:
            text = translate(
                "SelectionSensitivity", "{leader} stays first whatever the weight of {criterion}."
            )
    else:
        text = translate(
            "SelectionSensitivity",
            "{leader} stays first while the weight of {criterion} is between {low} and {high}; above "
            "{high}, {above} leads.",
        )
        if stable.low > 0:
            text += " " + translate("SelectionSensitivity", "Below {low}, {below} leads.")
    return text.format(
        leader=leader,
        criterion=criterion,
        low=number(stable.low),
        high=number(stable.high),
        above=names.get(stable.overtaken_above_by or "", ""),
        below=names.get(stable.overtaken_below_by or "", ""),
    )


def spread(ys: list[float], gap: float, top: float, bottom: float) -> list[float]:
    """Places for names at the ends of lines, as near their lines as can be while `gap` apart and within
    top..bottom (when there is room for them all)."""
    order = sorted(range(len(ys)), key=lambda k: ys[k])
    placed = [0.0] * len(ys)
    last = -math.inf
    for k in order:
        placed[k] = max(ys[k], last + gap, top)
        last = placed[k]
    overflow = last - bottom
    if overflow > 0:  # push the column of names up, keeping their gaps
        floor = top
        for k in order:
            placed[k] = max(floor, placed[k] - overflow)
            floor = placed[k] + gap
    return placed


class SensitivityChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evaluation: StudyEvaluation | None = None
        self.index = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 90)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(380, 200)

    def show_criterion(self, evaluation: StudyEvaluation | None, index: int) -> None:
        self.evaluation = evaluation
        self.index = index
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            ev = self.evaluation
            if ev is None or not ev.codes or not (0 <= self.index < len(ev.criteria)):
                return
            self._paint(painter, ev)
        finally:
            painter.end()

    def _paint(self, painter: QPainter, ev: StudyEvaluation) -> None:
        metrics = QFontMetricsF(self.font())
        top_weight = sweep_top(ev, self.index)
        weights = np.linspace(0.0, top_weight, SAMPLES)
        scores = sweep_scores(ev, self.index, weights)
        order = np.argsort(ev.ranking.ranks, kind="stable")
        named = [int(i) for i in order[:NAMED_LINES]]
        name_width = min(
            max(metrics.horizontalAdvance(ev.names[ev.codes[i]]) for i in named) + 8, self.width() * 0.45
        )
        left = metrics.horizontalAdvance("100") + 10
        caption = self.height() >= 140  # below that the sentence under the chart says what it shows
        plot = QRectF(
            left,
            8,
            max(40.0, self.width() - left - name_width - 6),
            max(30.0, self.height() - 8 - (2 if caption else 1) * metrics.height() - 6),
        )
        ink = self.palette().text().color()
        grid = QColor(ink)
        grid.setAlpha(40)

        def px(weight: float) -> float:
            return plot.left() + plot.width() * weight / top_weight

        def py(score: float) -> float:
            return plot.bottom() - plot.height() * score / 100.0

        painter.setFont(self.font())
        for score in (0, 25, 50, 75, 100) if plot.height() > 4 * metrics.height() else (0, 50, 100):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), py(score)), QPointF(plot.right(), py(score)))
            painter.setPen(ink)
            painter.drawText(
                QRectF(0, py(score) - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
        for weight in np.linspace(0, top_weight, 5):
            x = px(weight)
            label = number(round(float(weight), 2))
            w = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x - w / 2 - 2, plot.bottom() + 2, w + 4, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        axis = translate("SelectionSensitivity", "Weight of {criterion} → score").format(
            criterion=criterion_label(ev.criteria[self.index])
        )
        if caption:
            painter.drawText(
                QRectF(
                    plot.left(),
                    plot.bottom() + 2 + metrics.height(),
                    plot.width() + name_width,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(axis, Qt.TextElideMode.ElideRight, plot.width() + name_width),
            )
        for i in [int(i) for i in order[::-1] if int(i) not in named]:
            self._line(painter, weights, scores[i], px, py, OTHER_COLOUR, 1.0)
        ends = [py(float(scores[i][-1])) for i in named]
        label_ys = spread(ends, metrics.height(), metrics.height() / 2, self.height() - metrics.height() / 2)
        for rank, i in reversed(list(enumerate(named))):
            colour = QColor(LINE_COLOURS[rank])
            self._line(painter, weights, scores[i], px, py, colour, 2.4 if rank == 0 else 1.6)
            painter.setPen(colour.darker(130))
            painter.drawText(
                QRectF(
                    plot.right() + 4, label_ys[rank] - metrics.height() / 2, name_width - 4, metrics.height()
                ),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(ev.names[ev.codes[i]], Qt.TextElideMode.ElideRight, name_width - 4),
            )
        current = ev.criteria[self.index].weight
        pen = QPen(ink, 1.2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(px(current), plot.top()), QPointF(px(current), plot.bottom()))
        painter.setPen(QPen(grid, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)

    @staticmethod
    def _line(painter, weights, values, px, py, colour: QColor, width: float) -> None:
        painter.setPen(QPen(colour, width))
        points = [QPointF(px(float(w)), py(float(v))) for w, v in zip(weights, values, strict=True)]
        painter.drawPolyline(points)
