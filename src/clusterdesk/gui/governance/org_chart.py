"""The organisation chart: bodies as boxes in a tree (parents above their sub-bodies) listing their
current members with roles. The same painting draws the widget, the PNG and the SVG export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from clusterdesk.analysis.governance_checks import active_bodies, active_members
from clusterdesk.core.governance import BODY_TYPES, GovernanceData
from clusterdesk.gui.governance.labels import label, member_role
from clusterdesk.gui.i18n import translate, translate_n

BOX_WIDTH = 270.0  # at least; wider, up to MAX_BOX_WIDTH, where roles and names need it
MAX_BOX_WIDTH = 360.0
GAP_X = 24.0
GAP_Y = 46.0
MARGIN = 20.0
LINE = 16.0
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
MAX_MEMBER_LINES = 7  # a long association shows its officers and a count of the others
BODY_COLOURS = {
    "steering_committee": "#1f4e79",
    "cluster_commission": "#2e7d32",
    "project_team": "#6a1b9a",
    "working_group": "#ef6c00",
    "enterprise_network": "#00838f",
    "association": "#5d4037",
    "other": "#546e7a",
}


@dataclass
class ChartBox:
    body_id: int
    title: str
    subtitle: str
    lines: list[tuple[str, str]]  # (role and person, organisation in smaller print below)
    colour: str
    rect: QRectF
    parent_id: int | None


def _member_lines(data: GovernanceData, body_id: int, today: dt.date) -> list[tuple[str, str]]:
    """(role and person, organisation) for each current member, the officers first."""
    members = active_members(data, body_id, today)
    lines = []
    for member in members:
        role = member_role(member)
        contact = data.contacts.get(member["contact_id"]) if member["contact_id"] else None
        person = contact["name"] if contact else member["person_name"]
        stakeholder = data.stakeholders.get(member["stakeholder_id"]) if member["stakeholder_id"] else None
        organisation = stakeholder["name"] if stakeholder else ""
        main = translate("OrgChart", "{role}: {person}").format(role=role, person=person or organisation)
        lines.append((main, organisation if person else ""))
    if len(lines) > MAX_MEMBER_LINES:
        hidden = len(lines) - (MAX_MEMBER_LINES - 1)
        lines = lines[: MAX_MEMBER_LINES - 1] + [
            (translate_n("OrgChart", "… and %n more members", hidden), "")
        ]
    return lines or [(translate("OrgChart", "(no members yet)"), "")]


def layout_chart(data: GovernanceData, today: dt.date, font: QFont) -> list[ChartBox]:
    """Boxes placed as a tidy tree: leaves side by side, each parent centred above its children."""
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setBold(True)
    title_metrics = QFontMetricsF(bold)
    bodies = active_bodies(data, today)
    ids = {b["fid"] for b in bodies}
    children: dict[int | None, list[dict]] = {}
    for body in bodies:
        parent = body["parent_id"] if body["parent_id"] in ids else None
        children.setdefault(parent, []).append(body)
    boxes: dict[int, ChartBox] = {}
    next_x = [MARGIN]
    level_heights: dict[int, float] = {}
    members = {body["fid"]: _member_lines(data, body["fid"], today) for body in bodies}
    # one width for every box, as wide as the longest "role: person" line within bounds: roles run longer
    # in some languages ("Заместитель председателя") and would leave no room for the name
    longest = max(
        (metrics.horizontalAdvance(main) for lines in members.values() for main, _org in lines), default=0
    )
    width = min(max(BOX_WIDTH, longest + 16), MAX_BOX_WIDTH)

    def elide(text: str, measure: QFontMetricsF = metrics) -> str:
        return measure.elidedText(text, Qt.TextElideMode.ElideRight, width - 16)

    def place(body: dict, depth: int, parent: int | None) -> float:
        lines = [(elide(main), elide(organisation)) for main, organisation in members[body["fid"]]]
        height = 46 + sum(LINE + (LINE - 2 if organisation else 0) + 3 for _main, organisation in lines) + 4
        level_heights[depth] = max(level_heights.get(depth, 0.0), height)
        kids = children.get(body["fid"], [])
        centres = [place(kid, depth + 1, body["fid"]) for kid in kids]
        if centres:
            centre = (centres[0] + centres[-1]) / 2
        else:
            centre = next_x[0] + width / 2
            next_x[0] += width + GAP_X
        rect = QRectF(centre - width / 2, depth, width, height)  # y is the depth until all are placed
        subtitle = label("body_type", body["body_type"])
        english = BODY_TYPES.get(body["body_type"], "")
        if body["name"].casefold() in (subtitle.casefold(), english.casefold()):
            subtitle = ""  # say it once
        colour = BODY_COLOURS.get(body["body_type"], BODY_COLOURS["other"])
        boxes[body["fid"]] = ChartBox(
            body["fid"], elide(body["name"], title_metrics), subtitle, lines, colour, rect, parent
        )
        return centre

    for root in children.get(None, []):
        place(root, 0, None)
    tops, y = {}, MARGIN
    for depth in sorted(level_heights):
        tops[depth] = y
        y += level_heights[depth] + GAP_Y
    for box in boxes.values():
        box.rect.moveTop(tops[int(box.rect.top())])
    return list(boxes.values())


def chart_size(boxes: list[ChartBox]) -> QSize:
    if not boxes:
        return QSize(400, 120)
    right = max(b.rect.right() for b in boxes) + MARGIN
    bottom = max(b.rect.bottom() for b in boxes) + MARGIN
    return QSize(int(right) + 1, int(bottom) + 1)


def paint_chart(painter: QPainter, boxes: list[ChartBox], font: QFont) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    by_id = {b.body_id: b for b in boxes}
    painter.setPen(QPen(QColor("#78909c"), 1.5))
    for box in boxes:  # elbow connectors from the bottom of the parent to the top of the child
        parent = by_id.get(box.parent_id)
        if parent is None:
            continue
        start_x, start_y = parent.rect.center().x(), parent.rect.bottom()
        end_x, end_y = box.rect.center().x(), box.rect.top()
        middle = end_y - GAP_Y / 2
        painter.drawPolyline(
            [*(_points((start_x, start_y), (start_x, middle), (end_x, middle), (end_x, end_y)))]
        )
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    for box in boxes:
        colour = QColor(box.colour)
        painter.setPen(QPen(colour, 1.5))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(box.rect, 6, 6)
        header = QRectF(box.rect.left(), box.rect.top(), box.rect.width(), 40)
        painter.setBrush(colour)
        painter.drawRoundedRect(header, 6, 6)
        # square lower corners where the header meets the member list
        painter.drawRect(QRectF(header.left(), header.bottom() - 6, header.width(), 6))
        painter.setPen(QColor("#ffffff"))
        painter.setFont(bold)
        if box.subtitle:
            painter.drawText(header.adjusted(8, 3, -8, -20), LEFT, box.title)
            painter.setFont(small)
            painter.drawText(header.adjusted(8, 21, -8, -3), LEFT, box.subtitle)
        else:
            painter.drawText(header.adjusted(8, 3, -8, -3), LEFT, box.title)
        top = box.rect.top() + 46
        for main, organisation in box.lines:
            painter.setFont(font)
            painter.setPen(QColor("#263238"))
            painter.drawText(QRectF(box.rect.left() + 8, top, box.rect.width() - 16, LINE), LEFT, main)
            top += LINE
            if organisation:
                painter.setFont(small)
                painter.setPen(QColor("#607d8b"))
                painter.drawText(
                    QRectF(box.rect.left() + 16, top, box.rect.width() - 24, LINE - 2), LEFT, organisation
                )
                top += LINE - 2
            top += 3


def _points(*pairs: tuple[float, float]):
    from PySide6.QtCore import QPointF

    return [QPointF(x, y) for x, y in pairs]


def export_png(boxes: list[ChartBox], font: QFont, path: Path, scale: float = 2.0) -> None:
    """A sharp PNG (twice the screen size by default, for printing and slides)."""
    size = chart_size(boxes)
    image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_chart(painter, boxes, font)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}: check the folder exists and is writable")


def export_svg(boxes: list[ChartBox], font: QFont, path: Path, title: str) -> None:
    size = chart_size(boxes)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(translate("OrgChart", "Organisation chart of the cluster's governance bodies"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"could not write {path}: check the folder exists and is writable")
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    paint_chart(painter, boxes, font)
    painter.end()


class OrgChartWidget(QWidget):
    """Shows the chart, shrunk to `available_width` when `fit` is on (a narrow dock), otherwise at its
    natural size; put it in a scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[ChartBox] = []
        self.fit = True
        self.available_width = 0
        self.scale = 1.0
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#ffffff"))
        self.setPalette(palette)

    def set_data(self, data: GovernanceData, today: dt.date) -> None:
        self.boxes = layout_chart(data, today, self.font())
        self._resize()

    def fit_to(self, width: int) -> None:
        self.available_width = width
        self._resize()

    def set_fit(self, fit: bool) -> None:
        self.fit = fit
        self._resize()

    def _resize(self) -> None:
        natural = chart_size(self.boxes)
        wide_enough = not self.fit or self.available_width <= 0 or natural.width() <= self.available_width
        # below 40 % the member lines become unreadable: scroll instead
        self.scale = 1.0 if wide_enough else max(self.available_width / natural.width(), 0.4)
        self.setFixedSize(int(natural.width() * self.scale) + 1, int(natural.height() * self.scale) + 1)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        if not self.boxes:
            empty = translate("OrgChart", "No governance bodies yet")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, empty)
        painter.scale(self.scale, self.scale)
        paint_chart(painter, self.boxes, self.font())
        painter.end()
