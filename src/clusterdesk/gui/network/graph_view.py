"""The network drawn with QPainter from numpy arrays: nodes shaped and coloured by kind as on the map and
sized by a measure, ties as wide as they are strong, arrows on directed ties; zoom with the wheel, pan by
dragging, names on hover and beside the largest nodes. A click selects a stakeholder (Ctrl adds or
removes), and the shared selection is outlined as on the map."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from clusterdesk.core.symbology import SELECTION_COLOUR, relation_style, stakeholder_style
from clusterdesk.gui.network.network_data import ENDED, KEPT, NEW, NetworkPicture

STATUS_PENS = {  # compare mode: new, kept and ended ties
    NEW: ("#1a9641", Qt.PenStyle.SolidLine),
    KEPT: ("#9e9e9e", Qt.PenStyle.SolidLine),
    ENDED: ("#d7191c", Qt.PenStyle.DashLine),
}
MIN_RADIUS, MAX_RADIUS = 3.0, 13.0  # pixels, before zooming
LABELLED = 10  # the largest nodes named on the picture
MAX_ARROWS = 3000  # directed ties get arrow heads up to this many ties in view
MARGIN = 30


def shape_path(shape: str, radius: float) -> QPainterPath:
    """The map's point shapes, centred on the origin."""
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(QPointF(0, 0), radius, radius)
        return path
    if shape == "square":
        side = radius * 0.9
        path.addRect(QRectF(-side, -side, 2 * side, 2 * side))
        return path
    corners = {"triangle": 3, "diamond": 4, "pentagon": 5, "hexagon": 6, "star": 10}.get(shape, 16)
    points = []
    for index in range(corners):
        angle = -math.pi / 2 + 2 * math.pi * index / corners
        reach = radius * (0.45 if shape == "star" and index % 2 else 1.1 if shape != "hexagon" else 1.0)
        points.append(QPointF(reach * math.cos(angle), reach * math.sin(angle)))
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


class GraphView(QWidget):
    nodeClicked = Signal(int, bool)  # stakeholder fid, whether Ctrl was held
    emptyClicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(200, 140)  # fits a bottom panel on a 768-pixel-high screen
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)
        self.picture: NetworkPicture | None = None
        self.sizes = np.zeros(0)  # 0..1 per node
        self.selected: frozenset[int] = frozenset()
        self.placeholder = ""
        self.scale, self.offset = 1.0, QPointF(0, 0)  # screen = layout * scale + offset
        self._hover: int | None = None
        self._press: QPointF | None = None
        self._dragged = False
        self._fitted = False

    # -- content ---------------------------------------------------------------------------------
    def set_picture(self, picture: NetworkPicture | None, sizes: np.ndarray | None = None) -> None:
        keep_view = (
            self._fitted
            and self.picture is not None
            and picture is not None
            and len(picture.fids) == len(self.picture.fids)
        )
        self.picture = picture
        self.set_sizes(sizes)
        if not keep_view:
            self.fit()
        self.update()

    def set_sizes(self, sizes: np.ndarray | None) -> None:
        count = 0 if self.picture is None else len(self.picture.fids)
        if sizes is None or len(sizes) != count:
            sizes = np.zeros(count)
        sizes = np.nan_to_num(np.asarray(sizes, dtype=float))
        top = sizes.max() if len(sizes) else 0
        self.sizes = np.sqrt(sizes / top) if top > 0 else sizes  # area in proportion to the measure
        self.update()

    def set_selected(self, fids: frozenset[int]) -> None:
        self.selected = frozenset(fids)
        self.update()

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.update()

    def radii(self) -> np.ndarray:
        return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * self.sizes

    def fit(self) -> None:
        picture = self.picture
        if picture is None or not len(picture.fids):
            return
        width, height = max(self.width() - 2 * MARGIN, 50), max(self.height() - 2 * MARGIN, 50)
        span_x = max(float(picture.x.max() - picture.x.min()), 1e-6)
        span_y = max(float(picture.y.max() - picture.y.min()), 1e-6)
        self.scale = min(width / span_x, height / span_y)
        centre_x = (picture.x.max() + picture.x.min()) / 2
        centre_y = (picture.y.max() + picture.y.min()) / 2
        self.offset = QPointF(
            self.width() / 2 - centre_x * self.scale, self.height() / 2 - centre_y * self.scale
        )
        self._fitted = self.width() > 100
        self.update()

    def screen_positions(self) -> tuple[np.ndarray, np.ndarray]:
        picture = self.picture
        return picture.x * self.scale + self.offset.x(), picture.y * self.scale + self.offset.y()

    def node_at(self, point: QPointF) -> int | None:
        """The index of the node under `point`, if any."""
        if self.picture is None or not len(self.picture.fids):
            return None
        sx, sy = self.screen_positions()
        distance = np.hypot(sx - point.x(), sy - point.y())
        index = int(np.argmin(distance))
        return index if distance[index] <= max(self.radii()[index], 4.0) + 2 else None

    def labelled_nodes(self) -> list[int]:
        """The largest nodes (by the size measure), named on the picture."""
        if self.picture is None or not self.sizes.any():
            return []
        order = np.argsort(-self.sizes, kind="stable")[:LABELLED]
        return [int(i) for i in order if self.sizes[i] > 0]

    # -- painting --------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture = self.picture
        if picture is None or not len(picture.fids):
            painter.setPen(QColor("#666666"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder
            )
            return
        sx, sy = self.screen_positions()
        radii = self.radii()
        self._paint_ties(painter, picture, sx, sy, radii)
        self._paint_nodes(painter, picture, sx, sy, radii)
        self._paint_labels(painter, picture, sx, sy, radii)

    def _tie_pen(self, picture: NetworkPicture, index: int) -> QPen:
        width = 0.6 + 0.5 * (float(picture.strength[index]) - 1)  # strength 1–5: 0.6 to 2.6 px
        status = int(picture.status[index])
        if status in STATUS_PENS:
            colour, style = STATUS_PENS[status]
            pen = QPen(QColor(colour), width + (0.4 if status != KEPT else 0), style)
        else:
            colour = QColor(relation_style(picture.tie_kinds[index]).colour)
            colour.setAlpha(170)
            pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def _paint_ties(self, painter: QPainter, picture: NetworkPicture, sx, sy, radii) -> None:
        if not len(picture.tie_fids):
            return
        arrows = len(picture.tie_fids) <= MAX_ARROWS
        order = np.argsort(picture.status == KEPT, kind="stable")[::-1]  # kept ties first, under the others
        pens: dict[tuple, QPen] = {}
        for index in order:
            a, b = int(picture.source[index]), int(picture.target[index])
            key = (int(picture.status[index]), picture.tie_kinds[index], float(picture.strength[index]))
            pen = pens.get(key) or pens.setdefault(key, self._tie_pen(picture, index))
            painter.setPen(pen)
            start, end = QPointF(sx[a], sy[a]), QPointF(sx[b], sy[b])
            line = QLineF(start, end)
            if line.length() < 1:
                continue
            if arrows and picture.directed[index]:
                tip = line.pointAt(max(0.0, 1 - (radii[b] + 1) / line.length()))
                painter.drawLine(QLineF(start, tip))
                self._arrow(painter, QLineF(start, tip), pen)
            else:
                painter.drawLine(line)

    @staticmethod
    def _arrow(painter: QPainter, line: QLineF, pen: QPen) -> None:
        size = 4 + pen.widthF() * 1.5
        angle = math.atan2(line.dy(), line.dx())
        tip = line.p2()
        left = QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4))
        right = QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4))
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(QPolygonF([tip, left, right]))
        painter.restore()

    def _paint_nodes(self, painter: QPainter, picture: NetworkPicture, sx, sy, radii) -> None:
        outline = QPen(QColor("white"), 1.0)
        chosen = QPen(QColor(SELECTION_COLOUR), 3.0)
        paths: dict[tuple[str, float], QPainterPath] = {}
        selected_index = np.isin(picture.fids, np.fromiter(self.selected, dtype=np.int64))
        for index in np.argsort(self.sizes, kind="stable"):  # the largest on top
            style = stakeholder_style(picture.kinds[index])
            radius = round(float(radii[index]) * 2) / 2
            path = paths.get((style.shape, radius))
            if path is None:
                path = paths.setdefault((style.shape, radius), shape_path(style.shape, radius))
            painter.save()
            painter.translate(sx[index], sy[index])
            painter.setPen(chosen if selected_index[index] else outline)
            painter.setBrush(QBrush(QColor(style.colour)))
            painter.drawPath(path)
            painter.restore()

    def _paint_labels(self, painter: QPainter, picture: NetworkPicture, sx, sy, radii) -> None:
        shown = set(self.labelled_nodes())
        shown.update(int(i) for i in np.flatnonzero(np.isin(picture.fids, list(self.selected)))[:20])
        if self._hover is not None:
            shown.add(self._hover)
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        taken: list[QRectF] = []
        first = [i for i in (self._hover,) if i is not None]
        for index in first + sorted(shown - set(first), key=lambda i: -self.sizes[i]):
            name = picture.names[index]
            x, y = sx[index] + radii[index] + 3, sy[index] + metrics.ascent() / 2 - 1
            width = metrics.horizontalAdvance(name)
            if x + width > self.width() - 2:  # a name at the right edge goes to the left of its node
                x = sx[index] - radii[index] - 3 - width
            box = QRectF(x - 2, y - metrics.ascent(), width + 4, metrics.height())
            if any(box.intersects(other) for other in taken):
                continue  # names never overlap: the larger node's (or the hovered one's) is kept
            taken.append(box)
            painter.fillRect(box, QColor(255, 255, 255, 215))
            painter.setPen(QColor("#000000") if index == self._hover else QColor("#202020"))
            painter.drawText(QPointF(x, y), name)

    # -- mouse -----------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:  # noqa: N802
        factor = 1.0015 ** event.angleDelta().y()
        self.zoom(factor, event.position())

    def zoom(self, factor: float, around: QPointF | None = None) -> None:
        around = around if around is not None else QPointF(self.width() / 2, self.height() / 2)
        self.offset = around + (self.offset - around) * factor
        self.scale *= factor
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position() - self._press
            if self._dragged or abs(moved.x()) + abs(moved.y()) > 4:
                self._dragged = True
                self.offset += moved
                self._press = event.position()
                self.update()
            return
        hover = self.node_at(event.position())
        if hover != self._hover:
            self._hover = hover
            self.update()
            if hover is not None:
                QToolTip.showText(event.globalPosition().toPoint(), self.picture.names[hover], self)
            else:
                QToolTip.hideText()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self._press = None
        if self._dragged:
            return
        index = self.node_at(event.position())
        if index is None:
            self.emptyClicked.emit()
        else:
            control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.nodeClicked.emit(int(self.picture.fids[index]), control)

    def leaveEvent(self, _event) -> None:  # noqa: N802
        if self._hover is not None:
            self._hover = None
            self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._fitted:
            self.fit()
