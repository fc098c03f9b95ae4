"""What the show writes over a map: the title and caption on a semi-opaque band, the highlighted
stakeholders' names, the slide counter and, on a single screen, the speaker notes.

Each function returns the pixel size of the fonts it used, so that tests and the screenshots can check
that nothing is smaller than the room can read.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from clusterdesk.gui.presentation.typography import SlideType

BAND = QColor(16, 28, 40, 205)
BAND_TEXT = QColor("#ffffff")
CAPTION_TEXT = QColor("#e6edf2")
EMPHASIS = QColor("#e8590c")
WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def fitted(text: str, font: QFont, width: float, max_height: float) -> str:
    """`text` wrapped in `width`; when it would be taller than `max_height`, cut at a word with an
    ellipsis (only ever for text far longer than a slide holds)."""
    metrics = QFontMetricsF(font)

    def height(candidate: str) -> float:
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP | LEFT_TOP, candidate).height()

    if height(text) <= max_height:
        return text
    words = text.split()
    low, high = 0, len(words)
    while low < high:  # the most words that still fit with the ellipsis
        middle = (low + high + 1) // 2
        if height(" ".join(words[:middle]) + " …") <= max_height:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + " …"


def text_height(text: str, font: QFont, width: float) -> float:
    if not text:
        return 0.0
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), WRAP | LEFT_TOP, text).height()


def paint_title_band(
    painter: QPainter, size: QRectF, title: str, caption: str, counter: str, sizes: SlideType
) -> dict[str, int]:
    """The band across the top: title, caption under it, the counter at the right. Returns font sizes."""
    margin = sizes.margin
    title_font, caption_font, counter_font = sizes.title_font(), sizes.body_font(), sizes.small_font()
    counter_width = QFontMetricsF(counter_font).horizontalAdvance(counter) + margin if counter else 0
    width = size.width() - 2 * margin - counter_width
    title = fitted(title, title_font, width, QFontMetricsF(title_font).lineSpacing() * 2.05)
    caption = fitted(caption, caption_font, width, size.height() * 0.3)
    title_h = text_height(title, title_font, width)
    caption_h = text_height(caption, caption_font, width)
    gap = sizes.body * 0.35 if caption else 0
    band_h = margin * 0.6 + title_h + gap + caption_h + margin * 0.6
    painter.save()
    painter.fillRect(QRectF(size.left(), size.top(), size.width(), band_h), BAND)
    top = size.top() + margin * 0.6
    painter.setPen(BAND_TEXT)
    painter.setFont(title_font)
    painter.drawText(QRectF(size.left() + margin, top, width, title_h + 2), WRAP | LEFT_TOP, title)
    used = {"title": title_font.pixelSize()}
    if caption:
        painter.setPen(CAPTION_TEXT)
        painter.setFont(caption_font)
        rect = QRectF(size.left() + margin, top + title_h + gap, width, caption_h + 2)
        painter.drawText(rect, WRAP | LEFT_TOP, caption)
        used["caption"] = caption_font.pixelSize()
    if counter:
        used["counter"] = paint_counter(
            painter,
            QRectF(size.left(), size.top() + margin * 0.6, size.width() - margin, band_h),
            counter,
            sizes,
            colour=CAPTION_TEXT,
        )
    painter.restore()
    used["band_height"] = round(band_h)
    return used


def paint_counter(
    painter: QPainter, rect: QRectF, counter: str, sizes: SlideType, *, colour: QColor | None = None
) -> int:
    """The discreet "3 / 8" at the top right of `rect`."""
    font = sizes.small_font()
    painter.save()
    painter.setFont(font)
    painter.setPen(colour or QColor("#7a8691"))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), counter)
    painter.restore()
    return font.pixelSize()


def paint_emphasis(
    painter: QPainter, points: list[tuple[str, float, float]], sizes: SlideType, area: QRectF
) -> dict[str, int]:
    """Highlighted stakeholders picked out for a room: a thick ring and the name beside it (names for
    the first dozen in view; more would cover the map)."""
    if not points:
        return {}
    radius = sizes.body * 0.55
    font = sizes.body_font(bold=True)
    metrics = QFontMetricsF(font)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inside = [(n, x, y) for n, x, y in points if area.contains(QPointF(x, y))]
    for pen in (QPen(QColor("#ffffff"), radius * 0.5), QPen(EMPHASIS, radius * 0.28)):
        painter.setPen(pen)
        for _name, x, y in inside:
            painter.drawEllipse(QPointF(x, y), radius, radius)
    placed: list[QRectF] = []
    for name, x, y in inside[:12]:
        if not name:
            continue
        width = min(metrics.horizontalAdvance(name), area.width() * 0.62)
        name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width + 1)
        if x + radius * 1.4 + width < area.right():
            left = x + radius * 1.4
        elif x - radius * 1.4 - width > area.left():
            left = x - radius * 1.4 - width
        else:  # neither side has room: under the ring, kept inside the slide
            left = min(max(x - width / 2, area.left()), area.right() - width)
            y += radius + metrics.height() * 0.6
        rect = QRectF(left, y - metrics.height() / 2, width, metrics.height())
        if rect.top() < area.top() or rect.bottom() > area.bottom():
            continue
        if any(rect.intersects(other) for other in placed):
            continue
        placed.append(rect)
        path = QPainterPath()
        path.addText(QPointF(rect.left(), rect.top() + metrics.ascent()), font, name)
        painter.setPen(
            QPen(
                QColor("#ffffff"),
                sizes.body * 0.22,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.fillPath(path, QColor("#1c2a36"))
    painter.restore()
    return {"names": font.pixelSize()}


def paint_notes(
    painter: QPainter, size: QRectF, notes: str, sizes: SlideType, heading: str
) -> dict[str, int]:
    """Speaker notes over the bottom of the slide (one screen only: the presenter chose to show them)."""
    margin = sizes.margin
    font = sizes.body_font()
    width = size.width() - 2 * margin
    text = fitted(notes or "—", font, width, size.height() * 0.35)
    heading_font = sizes.small_font()
    heading_h = QFontMetricsF(heading_font).height()
    height = margin * 0.5 + heading_h + text_height(text, font, width) + margin * 0.5
    top = size.bottom() - height
    painter.save()
    painter.fillRect(QRectF(size.left(), top, size.width(), height), QColor(40, 36, 20, 235))
    painter.setPen(QColor("#ffd866"))
    painter.setFont(heading_font)
    painter.drawText(QRectF(size.left() + margin, top + margin * 0.5, width, heading_h), LEFT_TOP, heading)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font)
    painter.drawText(
        QRectF(size.left() + margin, top + margin * 0.5 + heading_h, width, height), WRAP | LEFT_TOP, text
    )
    painter.restore()
    return {"notes": font.pixelSize()}
