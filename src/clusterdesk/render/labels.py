"""Label placement with collision avoidance: candidates are offered in priority order and a label is drawn
only where it overlaps nothing placed before it (labels and symbols register the space they take)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

_CELL = 64.0  # grid bucket size in pixels, so each test looks at a handful of rectangles


class LabelPlacer:
    """Remembers occupied rectangles of one image and refuses overlapping ones."""

    def __init__(self, width: int, height: int) -> None:
        self.bounds = QRectF(0, 0, width, height)
        self._cells: dict[tuple[int, int], list[QRectF]] = {}

    def _keys(self, rect: QRectF):
        for cx in range(int(rect.left() // _CELL), int(rect.right() // _CELL) + 1):
            for cy in range(int(rect.top() // _CELL), int(rect.bottom() // _CELL) + 1):
                yield cx, cy

    def is_free(self, rect: QRectF) -> bool:
        if not self.bounds.contains(rect):
            return False
        return not any(
            other.intersects(rect) for key in self._keys(rect) for other in self._cells.get(key, ())
        )

    def occupy(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append(rect)

    def try_place(self, rect: QRectF) -> bool:
        if self.is_free(rect):
            self.occupy(rect)
            return True
        return False


def reserve_decorations(placer: LabelPlacer, px_per_mm: float) -> None:
    """Keep labels clear of where the scale bar (bottom left) and attribution (bottom right) go."""
    width, height = placer.bounds.width(), placer.bounds.height()
    placer.occupy(QRectF(0, height - 12 * px_per_mm, 48 * px_per_mm, 12 * px_per_mm))
    placer.occupy(QRectF(width - 60 * px_per_mm, height - 5 * px_per_mm, 60 * px_per_mm, 5 * px_per_mm))


def candidate_rects(x: float, y: float, width: float, height: float, gap: float) -> list[QRectF]:
    """Positions around a point, best first: right, left, above, below."""
    return [
        QRectF(x + gap, y - height / 2, width, height),
        QRectF(x - gap - width, y - height / 2, width, height),
        QRectF(x - width / 2, y - gap - height, width, height),
        QRectF(x - width / 2, y + gap, width, height),
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
        halo_colour = QColor(halo)
        halo_colour.setAlpha(220)
        self.halo.setColor(halo_colour)

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
