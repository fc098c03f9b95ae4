"""Label placement with collision avoidance, as QGIS's labelling engine does it: one placer per image,
shared by every layer. Decorations and symbols register their space first; then labels are offered in
priority order, each with candidate positions around its feature, and a label is drawn only where it
overlaps no earlier label, no symbol, no boundary line and does not leave the image.

Symbols and lines are obstacles held as pixel masks with summed-area tables, so testing a candidate costs
the same for ten symbols or twenty thousand; labels and decorations are rectangles in a coarse grid."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

_CELL = 64.0  # grid bucket size in pixels, so each test looks at a handful of rectangles
EDGE_MARGIN = 2.0  # pixels kept free at the image's edge, so a halo is never cut either


@dataclass(frozen=True)
class PlacedLabel:
    """A label drawn: its rectangle in pixels, its text and what it names ("boundary", "place",
    "country", "score", "stakeholder")."""

    rect: QRectF
    text: str
    layer: str


def _summed_area(mask: np.ndarray) -> np.ndarray:
    # Summed in place: at print size each full-image temporary is tens of megabytes of fresh memory, and
    # the first touch of its pages costs more than the sums
    table = np.zeros((mask.shape[0] + 1, mask.shape[1] + 1), dtype=np.int32)
    inner = table[1:, 1:]
    np.cumsum(mask, axis=0, dtype=np.int32, out=inner)
    np.cumsum(inner, axis=1, out=inner)
    return table


class LabelPlacer:
    """Remembers what an image's labels must avoid and refuses overlapping candidates."""

    def __init__(self, width: int, height: int) -> None:
        self.bounds = QRectF(0, 0, width, height)
        self._inner = QRectF(EDGE_MARGIN, EDGE_MARGIN, width - 2 * EDGE_MARGIN, height - 2 * EDGE_MARGIN)
        self._cells: dict[tuple[int, int], list[QRectF]] = {}
        self._width, self._height = int(width), int(height)
        self._symbol_table: np.ndarray | None = None
        self._line_table: np.ndarray | None = None
        self.symbol_boxes = np.zeros((0, 4))  # x0, y0, x1, y1 of every symbol registered
        self.labels: list[PlacedLabel] = []
        self.reserved: list[QRectF] = []  # decorations: title, legend, scale bar, north arrow, credits

    # -- obstacles ------------------------------------------------------------------------------
    def add_symbols(self, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> None:
        """Register symbols by their boxes in pixels (arrays), before any label is placed."""
        boxes = np.column_stack([x0, y0, x1, y1]).astype(float)
        if len(boxes) == 0:
            return
        self.symbol_boxes = np.vstack([self.symbol_boxes, boxes])
        w, h = self._width, self._height
        # Coverage by a 2-D difference array: +1 at each box's top left, -1 past its right and bottom.
        # Every pixel a box touches (a candidate is tested by the pixels it covers by more than half).
        c0 = np.clip(np.floor(boxes[:, 0]).astype(np.int64), 0, w)
        r0 = np.clip(np.floor(boxes[:, 1]).astype(np.int64), 0, h)
        c1 = np.clip(np.ceil(boxes[:, 2]).astype(np.int64), 0, w)
        r1 = np.clip(np.ceil(boxes[:, 3]).astype(np.int64), 0, h)
        keep = (c1 > c0) & (r1 > r0)
        c0, r0, c1, r1 = c0[keep], r0[keep], c1[keep], r1[keep]
        coverage = np.zeros((h + 1, w + 1), dtype=np.int32)
        np.add.at(coverage, (r0, c0), 1)
        np.add.at(coverage, (r0, c1), -1)
        np.add.at(coverage, (r1, c0), -1)
        np.add.at(coverage, (r1, c1), 1)
        np.cumsum(coverage, axis=0, out=coverage)
        np.cumsum(coverage, axis=1, out=coverage)
        covered = coverage[:h, :w] > 0
        del coverage
        if self._symbol_table is not None:
            covered |= np.diff(np.diff(self._symbol_table, axis=0), axis=1) > 0
        self._symbol_table = _summed_area(covered)

    def add_symbol_rect(self, rect: QRectF) -> None:
        """Register one small symbol (a town's dot) drawn with the labels."""
        self.symbol_boxes = np.vstack([self.symbol_boxes, [rect.getCoords()]])
        self.occupy(rect)

    def add_line_mask(self, mask: np.ndarray) -> None:
        """Register lines (boundary outlines) as a boolean mask of the image's pixels."""
        if self._line_table is not None:
            mask = mask | (np.diff(np.diff(self._line_table, axis=0), axis=1) > 0)
        self._line_table = _summed_area(mask)

    def reserve(self, rect: QRectF) -> None:
        """Keep a decoration's place free of labels."""
        self.reserved.append(QRectF(rect))
        self.occupy(rect)

    @staticmethod
    def _sum(table: np.ndarray | None, rect: QRectF) -> int:
        if table is None:
            return 0
        h, w = table.shape[0] - 1, table.shape[1] - 1
        c0 = min(max(math.floor(rect.left() + 0.5), 0), w)
        r0 = min(max(math.floor(rect.top() + 0.5), 0), h)
        c1 = min(max(math.ceil(rect.right() - 0.5), 0), w)
        r1 = min(max(math.ceil(rect.bottom() - 0.5), 0), h)
        if c1 <= c0 or r1 <= r0:
            return 0
        return int(table[r1, c1] - table[r0, c1] - table[r1, c0] + table[r0, c0])

    def covers_symbol(self, rect: QRectF) -> bool:
        return self._sum(self._symbol_table, rect) > 0

    def crosses_line(self, rect: QRectF) -> bool:
        return self._sum(self._line_table, rect) > 0

    # -- labels ---------------------------------------------------------------------------------
    def _keys(self, rect: QRectF):
        for cx in range(int(rect.left() // _CELL), int(rect.right() // _CELL) + 1):
            for cy in range(int(rect.top() // _CELL), int(rect.bottom() // _CELL) + 1):
                yield cx, cy

    def overlaps_placed(self, rect: QRectF) -> bool:
        return any(other.intersects(rect) for key in self._keys(rect) for other in self._cells.get(key, ()))

    def is_free(self, rect: QRectF, *, lines: bool = True) -> bool:
        """Whether a label may go there: inside the image, clear of labels, decorations and symbols, and
        (unless `lines` is False) of boundary lines."""
        if not self._inner.contains(rect):
            return False
        if self.overlaps_placed(rect) or self.covers_symbol(rect):
            return False
        return not (lines and self.crosses_line(rect))

    def occupy(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append(rect)

    def place(self, rect: QRectF, text: str, layer: str) -> None:
        """Take the space of a label drawn there."""
        self.occupy(rect)
        self.labels.append(PlacedLabel(QRectF(rect), text, layer))

    def try_place(self, rect: QRectF, text: str = "", layer: str = "label") -> bool:
        if self.is_free(rect):
            self.place(rect, text, layer)
            return True
        return False

    def first_free(self, candidates, *, across_lines: bool = True) -> QRectF | None:
        """The best free candidate: the first clear of boundary lines, else (with `across_lines`) the
        first free one whose halo then covers the line, as a cost rather than a ban (QGIS does the same)."""
        candidates = list(candidates)
        for rect in candidates:
            if self.is_free(rect):
                return rect
        if across_lines and self._line_table is not None:
            for rect in candidates:
                if self.is_free(rect, lines=False):
                    return rect
        return None


def reserve_decorations(placer: LabelPlacer, px_per_mm: float) -> None:
    """Keep labels clear of where the scale bar (bottom left) and attribution (bottom right) go, for a
    map drawn without a decoration layout (render.decorations lays out the rest)."""
    width, height = placer.bounds.width(), placer.bounds.height()
    placer.reserve(QRectF(0, height - 12 * px_per_mm, 48 * px_per_mm, 12 * px_per_mm))
    placer.reserve(QRectF(width - 60 * px_per_mm, height - 5 * px_per_mm, 60 * px_per_mm, 5 * px_per_mm))


def candidate_rects(x: float, y: float, width: float, height: float, gap: float) -> list[QRectF]:
    """Positions beside a point, best first: right, left, above, below."""
    return [
        QRectF(x + gap, y - height / 2, width, height),
        QRectF(x - gap - width, y - height / 2, width, height),
        QRectF(x - width / 2, y - gap - height, width, height),
        QRectF(x - width / 2, y + gap, width, height),
    ]


def around_point(x: float, y: float, width: float, height: float, gap: float) -> list[QRectF]:
    """Every position around a point, best first: right, left, above, below, then the four diagonals
    (upper right, upper left, lower right, lower left), as QGIS's "around point" placement offers."""
    diagonal = gap * 0.7
    return [
        *candidate_rects(x, y, width, height, gap),
        QRectF(x + diagonal, y - diagonal - height, width, height),
        QRectF(x - diagonal - width, y - diagonal - height, width, height),
        QRectF(x + diagonal, y + diagonal, width, height),
        QRectF(x - diagonal - width, y + diagonal, width, height),
    ]


HALO_WIDTH_PT = 1.95  # 2.6 px on a 96 dpi screen


class HaloText:
    """Draws text with a light halo so it stays legible over any background. The halo is `halo_pt`
    points wide on an image of `dpi`, so a print keeps the halo it has on screen."""

    def __init__(
        self,
        font: QFont,
        colour: str = "#2b2b2b",
        halo: str = "#ffffff",
        *,
        dpi: float = 96.0,
        halo_pt: float = HALO_WIDTH_PT,
    ):
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.colour = QColor(colour)
        self.halo = QPen(QColor(halo), halo_pt * dpi / 72)
        self.halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)

    def size(self, text: str) -> tuple[float, float]:
        return self.metrics.horizontalAdvance(text) + 2, self.metrics.height()

    def draw(self, painter: QPainter, rect: QRectF, text: str) -> None:
        baseline = QPointF(rect.left() + 1, rect.top() + self.metrics.ascent())
        path = QPainterPath()
        path.addText(baseline, self.font, text)
        painter.setPen(self.halo)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawPath(path)


def label_font(point_size: float, dpi: float, *, bold: bool = False, italic: bool = False) -> QFont:
    """A sans-serif font whose size is in points at the image's dpi (so exports keep proportions)."""
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(6, round(point_size * dpi / 72)))
    font.setBold(bold)
    font.setItalic(italic)
    return font
