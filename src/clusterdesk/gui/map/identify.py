"""The identify popup: a stakeholder's fields next to where it was clicked."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from clusterdesk.core.project import Project
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.gui.i18n import interface_language, translate

SHOWN_FIELDS = (
    "kind", "address", "admin_area", "sector_code", "products", "employees", "women_employees",
    "year_founded", "legal_form", "phone", "email", "website", "tags",
)  # fmt: skip


def field_labels() -> dict[str, str]:
    """The popup's label of each shown field, in the interface language."""
    return {
        "kind": translate("IdentifyPopup", "Kind"),
        "address": translate("IdentifyPopup", "Address"),
        "admin_area": translate("IdentifyPopup", "Area"),
        "sector_code": translate("IdentifyPopup", "Sector (ISIC)"),
        "products": translate("IdentifyPopup", "Products"),
        "employees": translate("IdentifyPopup", "Employees"),
        "women_employees": translate("IdentifyPopup", "Women employees"),
        "year_founded": translate("IdentifyPopup", "Founded"),
        "legal_form": translate("IdentifyPopup", "Legal form"),
        "phone": translate("IdentifyPopup", "Phone"),
        "email": translate("IdentifyPopup", "E-mail"),
        "website": translate("IdentifyPopup", "Website"),
        "tags": translate("IdentifyPopup", "Tags"),
    }


def _shown_value(field: str, value) -> str:
    if field == "kind":
        return kind_label(str(value), interface_language())
    if isinstance(value, int) and field != "year_founded":
        return QLocale().toString(value)  # digits grouped the way the interface language writes them
    return str(value)


def stakeholder_fields(project: Project, fid: int) -> tuple[str, list[tuple[str, str]]]:
    """Name and (label, value) pairs of the filled-in fields, plus the location."""
    columns = ", ".join(["name", *SHOWN_FIELDS])
    row = project.connection.execute(f"SELECT {columns} FROM stakeholders WHERE fid = ?", (fid,)).fetchone()
    if row is None:
        return "", []
    name, values = row[0], row[1:]
    labels = field_labels()
    pairs = [
        (labels[field], _shown_value(field, value))
        for field, value in zip(SHOWN_FIELDS, values, strict=True)
        if value not in (None, "")
    ]
    points = project.stakeholder_points()
    return name or "", pairs + _location(points, fid)


def _location(points, fid: int) -> list[tuple[str, str]]:
    import numpy as np

    label = translate("IdentifyPopup", "Location")
    index = np.searchsorted(points.fid, fid)
    if index < len(points.fid) and points.fid[index] == fid and not np.isnan(points.lon[index]):
        return [(label, f"{points.lat[index]:.5f}, {points.lon[index]:.5f}")]
    return [(label, translate("IdentifyPopup", "not located"))]


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
