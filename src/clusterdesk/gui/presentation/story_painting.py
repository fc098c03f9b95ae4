"""Ready-made slides painted from their data (analysis.story_views): key figures as big-number tiles,
short tables whose states are words with a shape beside them (never colour alone), and notes.

The view's texts and numbers arrive written for the language; this module only lays them out, at the
sizes of typography.SlideType, and shrinks nothing below the body size: rows that do not fit are counted
in a last line instead.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPolygonF

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.presentation.overlay import LEFT_TOP, WRAP, fitted, paint_title_band, text_height
from clusterdesk.gui.presentation.slides import Slide
from clusterdesk.gui.presentation.typography import SlideType

PAPER = QColor("#f7f6f2")
INK = QColor("#1c2a36")
MUTED = QColor("#4d5b66")
TILE = QColor("#ffffff")
TILE_EDGE = QColor("#c9d1d8")
RULE = QColor("#d5dbe0")
# the shape carries the state, the colour repeats it: circle good, triangle warning, square bad, ring unknown
MARK_SHAPES = {
    "on_track": ("circle", "#2b8a3e"),
    "done": ("circle", "#2b8a3e"),
    "yes": ("circle", "#2b8a3e"),
    "at_risk": ("triangle", "#e67700"),
    "coming": ("triangle", "#1971c2"),
    "off_track": ("square", "#c92a2a"),
    "late": ("square", "#c92a2a"),
    "no": ("square", "#c92a2a"),
    "no_data": ("ring", "#868e96"),
    "unknown": ("ring", "#868e96"),
}


class StoryViews:
    """The data of each ready-made slide, built when first shown and kept for the show."""

    def __init__(self, project, language: str | None = None) -> None:
        self.project = project
        self.language = language
        self._views: dict[int, Any] = {}

    def view(self, slide: Slide):
        if slide.fid not in self._views:
            self._views[slide.fid] = self._build(slide)
        return self._views[slide.fid]

    def _build(self, slide: Slide):
        try:
            from clusterdesk.analysis.story_views import story_view
        except ImportError:
            return None
        try:
            return story_view(self.project, slide.kind, language=self.language, options=slide.options)
        except Exception as error:  # noqa: BLE001 - one view that fails must not end the show
            return _failed(slide.kind, str(error))


def _failed(kind: str, reason: str):
    from clusterdesk.analysis.story_views_common import StoryView

    message = translate("Presentation", "This view could not be prepared: {reason}").format(reason=reason)
    return StoryView(kind, "", empty=message)


def paint_story_slide(
    painter: QPainter, rect: QRectF, slide: Slide, view, sizes: SlideType, counter: str
) -> dict[str, int]:
    """The whole slide: paper, the title band, then figures, tables and notes in the space left."""
    painter.fillRect(rect, PAPER)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    used = paint_title_band(painter, rect, slide.title, slide.caption, counter, sizes)
    margin = sizes.margin
    body = QRectF(
        rect.left() + margin,
        rect.top() + used["band_height"] + margin * 0.8,
        rect.width() - 2 * margin,
        rect.height() - used["band_height"] - margin * 1.6,
    )
    if view is None or getattr(view, "empty", None):
        text = view.empty if view is not None else translate("Presentation", "Nothing to show yet.")
        painter.setFont(sizes.body_font())
        painter.setPen(MUTED)
        painter.drawText(
            body,
            int(Qt.AlignmentFlag.AlignCenter) | WRAP,
            fitted(text, sizes.body_font(), body.width(), body.height()),
        )
        used["body"] = sizes.body
        painter.restore()
        return used
    notes = [n for n in view.notes if n]
    notes_font = sizes.body_font()
    notes_text = "\n".join(f"• {n}" for n in notes)
    notes_h = text_height(notes_text, notes_font, body.width()) if notes else 0.0
    notes_h = min(notes_h, body.height() * 0.3)
    space = QRectF(
        body.left(), body.top(), body.width(), body.height() - (notes_h + margin * 0.5 if notes else 0)
    )
    figures, tables = list(view.figures), [t for t in view.tables if t.rows]
    if figures and tables:
        rows = math.ceil(len(figures) / _columns(len(figures), space))
        share = min(0.5, 0.3 * rows)
        top = QRectF(space.left(), space.top(), space.width(), space.height() * share)
        used.update(paint_tiles(painter, top, figures, sizes))
        rest = QRectF(
            space.left(),
            top.bottom() + margin * 0.5,
            space.width(),
            space.height() - top.height() - margin * 0.5,
        )
        used.update(paint_tables(painter, rest, tables, sizes))
    elif figures:
        used.update(paint_tiles(painter, space, figures, sizes))
    elif tables:
        used.update(paint_tables(painter, space, tables, sizes))
    if notes:
        painter.setFont(notes_font)
        painter.setPen(MUTED)
        box = QRectF(body.left(), body.bottom() - notes_h, body.width(), notes_h + 2)
        painter.drawText(box, WRAP | LEFT_TOP, fitted(notes_text, notes_font, body.width(), notes_h + 2))
        used["notes"] = notes_font.pixelSize()
    painter.restore()
    return used


def _columns(count: int, area: QRectF) -> int:
    wide = area.width() / max(area.height(), 1) > 1.6
    if count <= 3:
        return count
    if count == 4:
        return 4 if wide else 2
    return 4 if wide and count != 5 and count != 6 else 3


def paint_tiles(painter: QPainter, area: QRectF, figures, sizes: SlideType) -> dict[str, int]:
    """Big numbers in tiles: the figure, what it counts, and a short note, centred in the tile."""
    columns = _columns(len(figures), area)
    rows = math.ceil(len(figures) / columns)
    gap = sizes.body * 0.6
    width = (area.width() - gap * (columns - 1)) / columns
    height = (area.height() - gap * (rows - 1)) / rows
    label_font, note_font = sizes.body_font(bold=True), sizes.body_font()
    pad = sizes.body * 0.5
    largest = min(sizes.figure, max(sizes.body, round(height * 0.45)))
    smallest_figure = largest
    for n, figure in enumerate(figures):
        row, column = divmod(n, columns)
        tile = QRectF(area.left() + column * (width + gap), area.top() + row * (height + gap), width, height)
        painter.setPen(TILE_EDGE)
        painter.setBrush(TILE)
        painter.drawRoundedRect(tile, sizes.body * 0.3, sizes.body * 0.3)
        inner = tile.adjusted(pad, pad * 0.5, -pad, -pad * 0.5)
        figure_px = _fitting_px(figure.value, inner.width(), largest, sizes.body)
        smallest_figure = min(smallest_figure, figure_px)
        figure_font = sizes.font(figure_px, bold=True)
        figure_h = QFontMetricsF(figure_font).height()
        lines = QFontMetricsF(label_font).lineSpacing()
        label = fitted(figure.label, label_font, inner.width(), min(inner.height() - figure_h, lines * 2.1))
        label_h = text_height(label, label_font, inner.width())
        left = inner.height() - figure_h - label_h
        note = ""
        if figure.note and left > QFontMetricsF(note_font).height() * 0.9:
            note = fitted(figure.note, note_font, inner.width(), min(left, lines * 2.1))
        note_h = text_height(note, note_font, inner.width()) if note else 0.0
        top = inner.top() + max(0.0, (inner.height() - figure_h - label_h - note_h) / 2)
        painter.setPen(INK)
        painter.setFont(figure_font)
        painter.drawText(QRectF(inner.left(), top, inner.width(), figure_h), LEFT_TOP, figure.value)
        painter.setFont(label_font)
        painter.drawText(
            QRectF(inner.left(), top + figure_h, inner.width(), label_h + 2), WRAP | LEFT_TOP, label
        )
        if note:
            painter.setFont(note_font)
            painter.setPen(MUTED)
            box = QRectF(inner.left(), top + figure_h + label_h, inner.width(), note_h + 2)
            painter.drawText(box, WRAP | LEFT_TOP, note)
    return {"figure": smallest_figure, "figure_label": label_font.pixelSize()}


def _fitting_px(text: str, width: float, largest: int, smallest: int) -> int:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(largest)
    advance = QFontMetricsF(font).horizontalAdvance(text)
    if advance <= width:
        return largest
    return max(smallest, math.floor(largest * width / advance))


def paint_tables(painter: QPainter, area: QRectF, tables, sizes: SlideType) -> dict[str, int]:
    """The tables one under the other, sharing the height by their number of rows."""
    total = sum(len(t.rows) + 1 + (1 if t.title else 0) for t in tables)
    top = area.top()
    used: dict[str, int] = {}
    for table in tables:
        lines = len(table.rows) + 1 + (1 if table.title else 0)
        height = area.height() * lines / total
        used.update(paint_table(painter, QRectF(area.left(), top, area.width(), height), table, sizes))
        top += height
    return used


def paint_table(painter: QPainter, area: QRectF, table, sizes: SlideType) -> dict[str, int]:
    font, head_font = sizes.body_font(), sizes.body_font(bold=True)
    metrics, head_metrics = QFontMetricsF(font), QFontMetricsF(head_font)
    pad = sizes.body * 0.5
    marked = any(row.mark for row in table.rows)
    mark_w = sizes.body * 1.2 if marked else 0.0
    columns = len(table.columns)
    numeric_from = table.numeric_from if table.numeric_from is not None else columns
    natural, least = [], []
    for c in range(columns):
        texts = [row.cells[c] if c < len(row.cells) else "" for row in table.rows]
        heading = table.columns[c]
        natural.append(
            max([head_metrics.horizontalAdvance(heading)] + [metrics.horizontalAdvance(t) for t in texts])
        )
        # words break at spaces only: "180 000 US$" is held together by no-break spaces
        words = [(head_metrics, w) for w in heading.split(" ")] + [
            (metrics, w) for t in texts for w in t.split(" ")
        ]
        least.append(max([m.horizontalAdvance(w) for m, w in words], default=0.0))
    natural = [w + pad for w in natural]
    least = [w + pad for w in least]
    widths = _shared_widths(natural, least, area.width() - mark_w)
    y = area.top()
    painter.save()
    if table.title:
        painter.setFont(head_font)
        painter.setPen(MUTED)
        painter.drawText(QRectF(area.left(), y, area.width(), head_metrics.height()), LEFT_TOP, table.title)
        y += head_metrics.height() * 1.15

    def row_height(cells, row_font) -> float:
        return (
            max(
                text_height(cells[c] if c < len(cells) else "", row_font, widths[c] - pad) or metrics.height()
                for c in range(columns)
            )
            + pad * 0.5
        )

    header_h = row_height(table.columns, head_font)
    painter.setFont(head_font)
    painter.setPen(MUTED)
    _paint_cells(painter, area.left() + mark_w, y, widths, header_h, table.columns, numeric_from, pad)
    y += header_h
    painter.setPen(RULE)
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    more_h = metrics.height() * 1.1
    shown = 0
    painter.setFont(font)
    for n, row in enumerate(table.rows):
        height = row_height(row.cells, font)
        last = n == len(table.rows) - 1
        if y + height > area.bottom() - (0 if last else more_h):
            break
        if row.mark:
            paint_mark(
                painter,
                QPointF(area.left() + mark_w * 0.4, y + metrics.height() * 0.55 + pad * 0.25),
                row.mark,
                sizes.body * 0.36,
            )
        painter.setPen(INK)
        _paint_cells(
            painter, area.left() + mark_w, y + pad * 0.25, widths, height, row.cells, numeric_from, pad
        )
        y += height
        shown += 1
    if shown < len(table.rows):
        painter.setPen(MUTED)
        more = f"… +{len(table.rows) - shown}"  # in figures: the slide may not speak the window's language
        painter.drawText(QRectF(area.left() + mark_w, y, area.width(), more_h), LEFT_TOP, more)
    painter.restore()
    return {"table": font.pixelSize()}


def _shared_widths(natural: list[float], least: list[float], available: float) -> list[float]:
    """Column widths as tables on the web share them: each at least its longest word, the room left
    given in proportion to what each column would need to stand on one line."""
    if sum(natural) <= available:
        spare = available - sum(natural)
        return [w + spare / len(natural) for w in natural]
    if sum(least) >= available:
        return [w * available / sum(least) for w in least]
    room = available - sum(least)
    wanted = sum(n - m for n, m in zip(natural, least, strict=True)) or 1
    return [m + (n - m) * room / wanted for n, m in zip(natural, least, strict=True)]


def _paint_cells(painter, left, top, widths, height, cells, numeric_from, pad) -> None:
    x = left
    for c, width in enumerate(widths):
        text = cells[c] if c < len(cells) else ""
        if c >= numeric_from:  # right-aligned, with the padding on the left so figures never touch
            flags = WRAP | int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            box = QRectF(x + pad * 0.7, top, width - pad, height)
        else:
            flags = WRAP | LEFT_TOP
            box = QRectF(x, top, width - pad, height)
        painter.drawText(box, flags, text)
        x += width


def paint_mark(painter: QPainter, centre: QPointF, mark: str, radius: float) -> None:
    """The state's shape in its colour: circle, triangle, square or ring."""
    shape, colour = MARK_SHAPES.get(mark, ("ring", "#868e96"))
    painter.save()
    painter.setPen(QColor(colour))
    painter.setBrush(QColor(colour))
    if shape == "circle":
        painter.drawEllipse(centre, radius, radius)
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - radius * 1.1),
                    QPointF(centre.x() + radius * 1.1, centre.y() + radius * 0.9),
                    QPointF(centre.x() - radius * 1.1, centre.y() + radius * 0.9),
                ]
            )
        )
    elif shape == "square":
        painter.drawRect(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
    else:
        pen = painter.pen()
        pen.setWidthF(radius * 0.4)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius * 0.8, radius * 0.8)
    painter.restore()
