"""How stakeholders, relations and boundaries look: defined once, used by the canvas, the PDF, the web
map and the QGIS styles."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PointStyle:
    colour: str  # "#rrggbb"
    shape: str  # circle, square, triangle, diamond, pentagon, hexagon, star, cross
    size_mm: float = 2.8
    outline: str = "#ffffff"


@dataclass(frozen=True)
class LineStyle:
    colour: str
    width_mm: float
    dash: str  # solid, dash, dot
    arrow: bool


# Firms are circles in warm colours; support institutions are other shapes in cool colours, so the two
# groups separate at a glance and in greyscale print.
STAKEHOLDER_STYLES: dict[str, PointStyle] = {
    "enterprise": PointStyle("#d95f02", "circle"),
    "supplier": PointStyle("#e6ab02", "circle", 2.4),
    "buyer": PointStyle("#a6761d", "circle", 2.4),
    "business_association": PointStyle("#1b9e77", "square", 3.4),
    "bds_provider": PointStyle("#7570b3", "diamond", 3.4),
    "financial_institution": PointStyle("#386cb0", "pentagon", 3.6),
    "public_authority": PointStyle("#444444", "star", 4.0),
    "training_institution": PointStyle("#e7298a", "triangle", 3.6),
    "international_organisation": PointStyle("#1f3f8f", "hexagon", 3.6),
    "ngo_other": PointStyle("#66a61e", "hexagon", 3.2),
}

RELATION_STYLES: dict[str, LineStyle] = {
    "supplies": LineStyle("#e6ab02", 0.5, "solid", True),
    "buys_from": LineStyle("#a6761d", 0.5, "solid", True),
    "member_of": LineStyle("#1b9e77", 0.4, "dash", True),
    "joint_action": LineStyle("#d95f02", 0.7, "solid", False),
    "advises": LineStyle("#7570b3", 0.4, "dot", True),
    "finances": LineStyle("#386cb0", 0.5, "dash", True),
    "other": LineStyle("#888888", 0.3, "dot", False),
}

BOUNDARY_OUTLINE = "#5b3a8e"
BOUNDARY_FILL = "#5b3a8e"
BOUNDARY_FILL_OPACITY = 0.08
BOUNDARY_OUTLINE_WIDTH_MM = 0.6
SELECTION_COLOUR = "#00b7ff"


def stakeholder_style(kind: str) -> PointStyle:
    return STAKEHOLDER_STYLES.get(kind, STAKEHOLDER_STYLES["ngo_other"])


def relation_style(kind: str) -> LineStyle:
    return RELATION_STYLES.get(kind, RELATION_STYLES["other"])


def size_for_employees(employees: int | None, base_mm: float) -> float:
    """Symbol size scaled by the square root of employees (area proportional), bounded."""
    if not employees or employees <= 0:
        return base_mm
    return max(base_mm * 0.8, min(base_mm * 3.0, base_mm * (employees / 10) ** 0.5))
