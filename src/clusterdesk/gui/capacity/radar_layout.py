"""Where the parts of a radar chart go, computed from the widget's size and fonts alone: the title, the
legend, the radar's centre and radius, and the scale numbers. The chart paints this layout, its tooltips
read it, and the tests check it, so what is tested is what is drawn.

- The radar takes all the room the title, the legend and the axis names leave: its radius is the largest
  with which every axis name still fits in the widget.
- The legend goes beside the radar in a wide panel (a dock under the map) and flows in rows under it in
  a tall one. An entry too long for its room is elided, and the chart shows it whole as a tooltip.
- The scale numbers sit between two spokes, in the gap that data outlines cross least, on a halo.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

MARGIN = 8.0
LABEL_WIDTHS = (130.0, 190.0, 260.0)  # axis names wrap at one of these, whichever leaves the larger radar
LABEL_GAP = 7.0  # between the outer ring and an axis name
SAMPLE_WIDTH = 34.0  # the legend's line sample and the space after it
LEGEND_GAP = 16.0  # between two legend entries in a row
BESIDE_RATIO = 1.6  # a chart wider than this times its height has its legend beside the radar
DOT_RADIUS = 3.5  # of a scored dimension's dot on an outline


@dataclass
class LegendEntry:
    colour: str
    text: str  # whole, for the tooltip
    dashed: bool
    rect: QRectF = field(default_factory=QRectF)  # sample and text
    lines: list[str] = field(default_factory=list)  # as drawn; the last elided when it did not fit

    @property
    def elided(self) -> bool:
        """Whether the lines drawn leave part of the text out (the tooltip then shows it whole)."""
        return " ".join(self.lines) != " ".join(self.text.split())


@dataclass
class RadarLayout:
    title: str
    title_rect: QRectF
    title_lines: list[str]
    legend: list[LegendEntry]
    centre: QPointF
    radius: float
    axis_labels: list[QRectF]  # one per axis
    level_labels: list[tuple[int, QRectF]]  # (level, rect) of the scale numbers
    line_height: float = 0.0

    @property
    def title_elided(self) -> bool:
        return " ".join(self.title_lines) != " ".join(self.title.split())


def axis_angle(axis: int, count: int) -> float:
    """The first axis straight up, the others clockwise."""
    return -math.pi / 2 + 2 * math.pi * axis / count


def scale_share(value: float, minimum: int, maximum: int) -> float:
    """How far out a value sits: the lowest level is not the centre, so a ring of 1s stays visible."""
    return (value - minimum + 1) / (maximum - minimum + 1)


def radar_point(
    centre: QPointF, radius: float, axis: int, count: int, value: float, minimum: int, maximum: int
) -> QPointF:
    angle = axis_angle(axis, count)
    reach = radius * scale_share(value, minimum, maximum)
    return QPointF(centre.x() + reach * math.cos(angle), centre.y() + reach * math.sin(angle))


def wrapped_lines(metrics: QFontMetricsF, text: str, width: float, most: int) -> list[str]:
    """`text` in lines no wider than `width`, at most `most` of them; the last elided if text is left."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines[-1] = lines[-1] + " " + " ".join(words)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def axis_label_size(metrics: QFontMetricsF, name: str, width: float) -> QRectF:
    return metrics.boundingRect(QRectF(0, 0, width, 400), Qt.TextFlag.TextWordWrap, name)


def axis_label_rect(
    centre: QPointF, reach: float, angle: float, size: QRectF, compact: bool = False
) -> QRectF:
    """The box of an axis name just outside the outer ring: centred over or under a vertical spoke,
    beside the others, level with the spoke's end unless the spoke is nearly vertical. A compact
    radar (a short panel) puts every name level with its spoke's end, a vertical spoke's on its right."""
    dx, dy = math.cos(angle), math.sin(angle)
    anchor = QPointF(centre.x() + (reach + LABEL_GAP) * dx, centre.y() + (reach + LABEL_GAP) * dy)
    width, height = size.width() + 1, size.height()
    if compact and abs(dx) < 0.2:
        tip = QPointF(centre.x() + reach * dx, centre.y() + reach * dy)
        return QRectF(tip.x() + LABEL_GAP, tip.y() - height / 2, width, height)
    if abs(dx) < 0.2:
        left = anchor.x() - width / 2
    elif dx > 0:
        left = anchor.x()
    else:
        left = anchor.x() - width
    if compact or abs(dy) < 0.8:
        top = anchor.y() - height / 2
    else:
        top = anchor.y() - height if dy < 0 else anchor.y()
    return QRectF(left, top, width, height)


def fit_radar_names(
    area: QRectF, metrics: QFontMetricsF, names: Sequence[str]
) -> tuple[QPointF, float, list[QRectF]]:
    """`fit_radar` with the axis names wrapped at the width that leaves the largest radar: narrow in a
    tall panel, wide (fewer lines over and under the radar) in a short, wide one."""
    fits = [
        fit_radar(area, [axis_label_size(metrics, name, width) for name in names], compact)
        for compact in (False, True)
        for width in LABEL_WIDTHS
    ]
    around = max(fits[: len(LABEL_WIDTHS)], key=lambda fit: fit[1])
    compact = max(fits[len(LABEL_WIDTHS) :], key=lambda fit: fit[1])
    return compact if compact[1] > 1.15 * around[1] else around  # names around the radar read best


def fit_radar(
    area: QRectF, sizes: Sequence[QRectF], compact: bool = False
) -> tuple[QPointF, float, list[QRectF]]:
    """The largest radius whose outer ring and axis names fit in `area`, with the centre placed so that
    the whole figure sits in the middle of it."""
    count = len(sizes)

    def extent(radius: float) -> QRectF | None:
        """The figure's box around the centre, None when two names would overlap."""
        origin = QPointF(0, 0)
        ends = [(radius * math.cos(axis_angle(a, count)), radius * math.sin(axis_angle(a, count)))
                for a in range(count)]  # fmt: skip
        xs, ys = [x for x, _y in ends], [y for _x, y in ends]
        box = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        labels = [
            axis_label_rect(origin, radius, axis_angle(a, count), size, compact)
            for a, size in enumerate(sizes)
        ]
        for axis, label in enumerate(labels):
            if any(label.intersects(other) for other in labels[axis + 1 :]):
                return None
            box = box.united(label)
        return box

    low, high = 0.0, max(0.0, min(area.width(), area.height()) / 2)
    for _ in range(30):
        middle = (low + high) / 2
        box = extent(middle)
        if box is not None and box.width() <= area.width() and box.height() <= area.height():
            low = middle
        else:
            high = middle
    radius = max(low, 12.0)
    box = extent(radius) or QRectF(-radius, -radius, 2 * radius, 2 * radius)
    centre = QPointF(area.center().x() - box.center().x(), area.center().y() - box.center().y())
    labels = [
        axis_label_rect(centre, radius, axis_angle(axis, count), size, compact)
        for axis, size in enumerate(sizes)
    ]
    return centre, radius, labels


def lay_out_legend_column(
    metrics: QFontMetricsF, entries: list[LegendEntry], left: float, top: float, width: float, bottom: float
) -> None:
    """One entry under the other, each in two lines at most, one line each when two do not fit."""
    line = metrics.height()
    text_width = max(width - SAMPLE_WIDTH, 20.0)
    for most in (2, 1):
        y = top
        for entry in entries:
            entry.lines = wrapped_lines(metrics, entry.text, text_width, most)
            height = max(line * len(entry.lines), line) + 4
            entry.rect = QRectF(left, y, SAMPLE_WIDTH + max(
                metrics.horizontalAdvance(text) for text in entry.lines), height)  # fmt: skip
            y += height
        if y <= bottom:
            return


def lay_out_legend_rows(
    metrics: QFontMetricsF, entries: list[LegendEntry], left: float, width: float, bottom: float
) -> float:
    """Entries side by side, a new row when the next one does not fit, rows ending at `bottom`;
    returns the top of the first row."""
    line = metrics.height() + 4
    text_width = max(width - SAMPLE_WIDTH, 20.0)
    rows: list[list[LegendEntry]] = [[]]
    x = left
    for entry in entries:
        entry.lines = [metrics.elidedText(entry.text, Qt.TextElideMode.ElideRight, text_width)]
        entry_width = SAMPLE_WIDTH + metrics.horizontalAdvance(entry.lines[0])
        if rows[-1] and x + entry_width > left + width:
            rows.append([])
            x = left
        entry.rect = QRectF(x, 0, entry_width, line)
        rows[-1].append(entry)
        x += entry_width + LEGEND_GAP
    top = bottom - line * len(rows)
    for number, row in enumerate(rows):
        for entry in row:
            entry.rect.moveTop(top + number * line)
    return top


SIDE_POSITIONS = (0.5, 0.38, 0.62, 0.27, 0.73)  # along a ring's side, the middle first


def level_label_rects(
    centre: QPointF,
    radius: float,
    count: int,
    gap: int,
    minimum: int,
    maximum: int,
    sizes: dict[int, QRectF],
    avoid: Sequence[QPointF] = (),
) -> list[tuple[int, QRectF]]:
    """The scale numbers on each ring's side between spoke `gap` and the next one: in the middle of
    the side, or moved along it clear of the dots in `avoid` (left out where no place is clear). In a
    small radar, from the outer ring inwards, only the numbers that do not touch the one outside them."""
    rects: list[tuple[int, QRectF]] = []
    for level in range(maximum, minimum - 1, -1):
        here = radar_point(centre, radius, gap, count, level, minimum, maximum)
        there = radar_point(centre, radius, (gap + 1) % count, count, level, minimum, maximum)
        size = sizes[level]

        def rect_at(share: float, here=here, there=there, size=size) -> QRectF:
            x = here.x() + (there.x() - here.x()) * share
            y = here.y() + (there.y() - here.y()) * share
            return QRectF(x - size.width() / 2, y - size.height() / 2, size.width(), size.height())

        def clearance(rect: QRectF) -> float:
            return min((point_clearance(point, rect) for point in avoid), default=math.inf)

        options = [rect_at(share) for share in SIDE_POSITIONS]
        rect = next((r for r in options if clearance(r) > DOT_RADIUS + 1), None)
        if rect is not None and not any(rect.intersects(kept) for _level, kept in rects):
            rects.append((level, rect))
    return rects[::-1]


def segment_crosses(a: QPointF, b: QPointF, rect: QRectF) -> bool:
    """Whether the segment from `a` to `b` passes through `rect` (Liang–Barsky clipping)."""
    start, end = 0.0, 1.0
    dx, dy = b.x() - a.x(), b.y() - a.y()
    for p, q in (
        (-dx, a.x() - rect.left()),
        (dx, rect.right() - a.x()),
        (-dy, a.y() - rect.top()),
        (dy, rect.bottom() - a.y()),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            start = max(start, t)
        else:
            end = min(end, t)
        if start > end:
            return False
    return True


def point_clearance(point: QPointF, rect: QRectF) -> float:
    """Distance from a point to a rectangle (0 inside it)."""
    dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
    return math.hypot(dx, dy)


def quietest_gap(
    outlines: Sequence[Sequence[QPointF | None]],
    candidates: Sequence[list[tuple[int, QRectF]]],
) -> int:
    """The gap that shows the most scale numbers, that outlines cross least, and then keeps them
    farthest from the dots."""

    def cost(rects: list[tuple[int, QRectF]]) -> tuple[int, int, float]:
        shown, crossings, clearance = -len(rects), 0, math.inf
        for points in outlines:
            count = len(points)
            for axis, point in enumerate(points):
                following = points[(axis + 1) % count]
                for _level, rect in rects:
                    if point is not None:
                        clearance = min(clearance, point_clearance(point, rect))
                        if following is not None and segment_crosses(point, following, rect):
                            crossings += 1
        return shown, crossings, -clearance

    return min(range(len(candidates)), key=lambda gap: cost(candidates[gap]))
