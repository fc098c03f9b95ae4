"""The identify popup: a stakeholder's fields next to where it was clicked."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS

SHOWN_FIELDS = (
    ("kind", "Kind"), ("address", "Address"), ("admin_area", "Area"), ("sector_code", "Sector (ISIC)"),
    ("products", "Products"), ("employees", "Employees"), ("women_employees", "Women employees"),
    ("year_founded", "Founded"), ("legal_form", "Legal form"), ("phone", "Phone"), ("email", "E-mail"),
    ("website", "Website"), ("tags", "Tags"),
)  # fmt: skip


def stakeholder_fields(project: Project, fid: int) -> tuple[str, list[tuple[str, str]]]:
    """Name and (label, value) pairs of the filled-in fields, plus the location."""
    columns = ", ".join(["name", *(f for f, _ in SHOWN_FIELDS)])
    row = project.connection.execute(f"SELECT {columns} FROM stakeholders WHERE fid = ?", (fid,)).fetchone()
    if row is None:
        return "", []
    name, values = row[0], row[1:]
    pairs = []
    for (field, label), value in zip(SHOWN_FIELDS, values, strict=True):
        if value in (None, ""):
            continue
        text = STAKEHOLDER_KINDS.get(value, value) if field == "kind" else value
        pairs.append((label, f"{text:,}" if isinstance(text, int) and field != "year_founded" else str(text)))
    points = project.stakeholder_points()
    return name or "", pairs + _location(points, fid)


def _location(points, fid: int) -> list[tuple[str, str]]:
    import numpy as np

    index = np.searchsorted(points.fid, fid)
    if index < len(points.fid) and points.fid[index] == fid and not np.isnan(points.lon[index]):
        return [("Location", f"{points.lat[index]:.5f}, {points.lon[index]:.5f}")]
    return [("Location", "not located")]


class IdentifyPopup(QFrame):
    def __init__(self, project: Project, fid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("identify_popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        name, pairs = stakeholder_fields(project, fid)
        rows = "".join(
            f"<tr><td style='color:#666;padding-right:10px'>{html.escape(label)}</td>"
            f"<td>{html.escape(value)}</td></tr>"
            for label, value in pairs
        )
        self.label = QLabel(f"<b>{html.escape(name)}</b><table>{rows}</table>", self)
        self.label.setTextFormat(Qt.TextFormat.RichText)  # every text in it is escaped above
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self.fid = fid
        self.title = name
        self.fields = dict(pairs)

    def show_at(self, global_position: QPoint) -> None:
        self.adjustSize()
        self.move(global_position + QPoint(12, 12))
        self.show()
