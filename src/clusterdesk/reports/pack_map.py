"""The printed cluster map: a vector drawing (crisp at any print resolution) of the offline basemap,
boundaries, relations and stakeholders in Web Mercator, with scale bar, north arrow and attribution."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import shapely
from reportlab.graphics.shapes import (
    FILL_EVEN_ODD,
    Circle,
    Drawing,
    Path,
    Polygon,
    PolyLine,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.lib.units import mm
from shapely.geometry.base import BaseGeometry

from clusterdesk.core.geometry import decode, decode_points
from clusterdesk.core.symbology import (
    BOUNDARY_FILL,
    BOUNDARY_OUTLINE,
    BOUNDARY_OUTLINE_WIDTH_MM,
    relation_style,
    size_for_employees,
    stakeholder_style,
)
from clusterdesk.reports.basemap import (
    BASEMAP_ATTRIBUTION,
    Basemap,
    focus_extent,
    load_basemap,
    padded_bbox,
    web_mercator,
)
from clusterdesk.reports.pack_style import FONT, FONT_BOLD, INK, MUTED, number
from clusterdesk.reports.symbols import shape_outline

SEA = colors.HexColor("#d6e7f2")
LAND = colors.HexColor("#f4f1e8")
WATER_EDGE = colors.HexColor("#9cc3dc")
BORDER = colors.HexColor("#8c7a8c")
_DASHES = {"dash": (4, 2), "dot": (1, 2)}
_PRINT_SCALE = 0.7  # print symbols a little smaller than on screen: paper is read from closer
# Beyond these counts single symbols and lines merge into a blot and the PDF grows slow and heavy
MAX_DRAWN_STAKEHOLDERS = 4000
MAX_DRAWN_RELATIONS = 4000
DENSITY_CELL_MM = 3.0
DENSITY_COLOURS = ("#fee6ce", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603")


@dataclass
class _View:
    """Maps lon/lat to drawing points for a Web Mercator window fitted to the drawing."""

    x0: float
    y0: float
    scale: float  # points per metre
    width: float
    height: float

    def point(self, lon: float, lat: float) -> tuple[float, float]:
        x, y = web_mercator(lon, lat)
        return (x - self.x0) * self.scale, (y - self.y0) * self.scale

    def points(self, lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        radius = 6378137.0
        x = np.radians(lons) * radius
        y = np.log(np.tan(np.pi / 4 + np.radians(np.clip(lats, -85.0, 85.0)) / 2)) * radius
        return (x - self.x0) * self.scale, (y - self.y0) * self.scale

    def lonlat_bbox(self) -> tuple[float, float, float, float]:
        radius = 6378137.0
        west = math.degrees(self.x0 / radius)
        east = math.degrees((self.x0 + self.width / self.scale) / radius)
        south = math.degrees(2 * math.atan(math.exp(self.y0 / radius)) - math.pi / 2)
        north = math.degrees(
            2 * math.atan(math.exp((self.y0 + self.height / self.scale) / radius)) - math.pi / 2
        )
        return west, south, east, north


def _fit_view(extent: tuple[float, float, float, float] | None, width: float, height: float) -> _View:
    min_lon, min_lat, max_lon, max_lat = padded_bbox(extent, fraction=0.08, minimum_deg=0.05)
    x1, y1 = web_mercator(min_lon, min_lat)
    x2, y2 = web_mercator(max_lon, max_lat)
    scale = min(width / (x2 - x1), height / (y2 - y1))
    centre_x, centre_y = (x1 + x2) / 2, (y1 + y2) / 2
    return _View(centre_x - width / 2 / scale, centre_y - height / 2 / scale, scale, width, height)


def _rings_path(geometry: BaseGeometry, view: _View, **style) -> Path | None:
    path = Path(fillMode=FILL_EVEN_ODD, **style)
    polygons = getattr(geometry, "geoms", [geometry])
    drawn = False
    for polygon in polygons:
        if polygon.geom_type != "Polygon" or polygon.is_empty:
            continue
        for ring in [polygon.exterior, *polygon.interiors]:
            points = [view.point(x, y) for x, y in ring.coords]
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            path.closePath()
            drawn = True
    return path if drawn else None


def _lines(geometry: BaseGeometry, view: _View, **style) -> list[PolyLine]:
    parts = getattr(geometry, "geoms", [geometry])
    found = []
    for part in parts:
        if part.geom_type == "LineString" and not part.is_empty:
            found.append(PolyLine([c for x, y in part.coords for c in view.point(x, y)], **style))
    return found


def _draw_basemap(drawing: Drawing, basemap: Basemap, view: _View) -> None:
    drawing.add(Rect(0, 0, view.width, view.height, fillColor=SEA, strokeColor=None))
    for land in basemap.land:
        shape = _rings_path(land, view, fillColor=LAND, strokeColor=None)
        if shape:
            drawing.add(shape)
    for river in basemap.rivers:
        for line in _lines(river, view, strokeColor=WATER_EDGE, strokeWidth=0.7):
            drawing.add(line)
    for lake in basemap.lakes:
        shape = _rings_path(lake, view, fillColor=SEA, strokeColor=WATER_EDGE, strokeWidth=0.4)
        if shape:
            drawing.add(shape)
    for border in basemap.borders:
        for line in _lines(border, view, strokeColor=BORDER, strokeWidth=0.8, strokeDashArray=(5, 2, 1, 2)):
            drawing.add(line)


def _draw_places(drawing: Drawing, basemap: Basemap, view: _View) -> None:
    for name, lon, lat, _rank in basemap.places[:25]:
        x, y = view.point(lon, lat)
        if 4 < x < view.width - 60 and 4 < y < view.height - 10:
            drawing.add(Circle(x, y, 1.6, fillColor=colors.white, strokeColor=INK, strokeWidth=0.6))
            drawing.add(String(x + 3.5, y - 2.5, name, fontName=FONT, fontSize=7, fillColor=MUTED))


def symbol(shape: str, x: float, y: float, radius: float, fill: str, outline: str = "#ffffff"):
    """A stakeholder symbol as a ReportLab shape centred on (x, y)."""
    vertices = shape_outline(shape, radius)
    style = {"fillColor": colors.HexColor(fill), "strokeColor": colors.HexColor(outline), "strokeWidth": 0.5}
    if vertices is None:
        return Circle(x, y, radius, **style)
    return Polygon([c for vx, vy in vertices for c in (x + vx, y + vy)], **style)


def _draw_boundaries(drawing: Drawing, connection, view: _View) -> None:
    for (blob,) in connection.execute("SELECT geom FROM cluster_boundaries WHERE geom IS NOT NULL"):
        shape = decode(blob)
        if shape is None or shape.is_empty:
            continue
        path = _rings_path(
            shape,
            view,
            fillColor=colors.HexColor(BOUNDARY_FILL),
            fillOpacity=0.08,
            strokeColor=colors.HexColor(BOUNDARY_OUTLINE),
            strokeWidth=BOUNDARY_OUTLINE_WIDTH_MM * mm,
            strokeDashArray=(6, 2),
        )
        if path:
            drawing.add(path)


def _draw_relations(
    drawing: Drawing, ties: list, view: _View, bbox: tuple[float, float, float, float]
) -> None:
    # Hundreds of ties would bury the stakeholders: the more there are, the lighter each is drawn
    fade = min(1.0, math.sqrt(60 / max(len(ties), 1)))
    for kind, blob in ties:
        line = decode(blob)
        if line is None or line.is_empty:
            continue
        style = relation_style(kind)
        # A tie to a stakeholder outside the map runs to the map's edge
        for part in _lines(
            shapely.clip_by_rect(line, *bbox),
            view,
            strokeColor=colors.HexColor(style.colour),
            strokeWidth=style.width_mm * mm * max(fade, 0.6),
            strokeDashArray=_DASHES.get(style.dash),
            strokeOpacity=max(0.85 * fade, 0.25),
        ):
            drawing.add(part)


def _draw_symbols(drawing: Drawing, kinds: list[str], employees: list, x: np.ndarray, y: np.ndarray) -> None:
    # Large symbols first so small ones stay visible on top
    for i in sorted(range(len(kinds)), key=lambda i: -(employees[i] or 0)):
        style = stakeholder_style(kinds[i])
        radius = size_for_employees(employees[i], style.size_mm) * mm / 2 * _PRINT_SCALE
        drawing.add(symbol(style.shape, float(x[i]), float(y[i]), radius, style.colour, style.outline))


def _draw_density(drawing: Drawing, view: _View, x: np.ndarray, y: np.ndarray, centre_lat: float) -> None:
    """Stakeholders counted in square cells, for projects too large for one symbol each."""
    cell = DENSITY_CELL_MM * mm
    columns, rows = max(1, int(view.width // cell)), max(1, int(view.height // cell))
    counts, _xe, _ye = np.histogram2d(
        x, y, bins=[columns, rows], range=[[0, columns * cell], [0, rows * cell]]
    )
    top = counts.max()
    if top <= 0:
        return
    # Geometric class breaks: densities in a cluster span orders of magnitude
    breaks = np.unique(np.ceil(np.geomspace(1, top + 1, len(DENSITY_COLOURS) + 1)).astype(int))
    classes = np.clip(np.searchsorted(breaks, counts, side="right") - 1, 0, len(DENSITY_COLOURS) - 1)
    for col, row in zip(*np.nonzero(counts), strict=True):
        colour = colors.HexColor(DENSITY_COLOURS[classes[col, row]])
        drawing.add(
            Rect(col * cell, row * cell, cell, cell, fillColor=colour, strokeColor=None, fillOpacity=0.9)
        )
    km = cell / view.scale * math.cos(math.radians(centre_lat)) / 1000
    labels = [
        f"{number(a)}–{number(b - 1)}" if b - 1 > a else number(a)
        for a, b in zip(breaks[:-1], breaks[1:], strict=False)
    ]
    box_height = 16 + 10 * len(labels)
    drawing.add(
        Rect(
            6,
            view.height - box_height - 6,
            112,
            box_height,
            fillColor=colors.Color(1, 1, 1, 0.9),
            strokeColor=None,
        )
    )
    drawing.add(
        String(
            12,
            view.height - 18,
            f"Stakeholders per {km:.1f} km cell",
            fontName=FONT_BOLD,
            fontSize=6.5,
            fillColor=INK,
        )
    )
    for k, label in enumerate(labels):
        ly = view.height - 30 - 10 * k
        drawing.add(Rect(12, ly - 1, 12, 7, fillColor=colors.HexColor(DENSITY_COLOURS[k]), strokeColor=None))
        drawing.add(String(28, ly, label, fontName=FONT, fontSize=6.5, fillColor=INK))


@dataclass(frozen=True)
class MapSummary:
    outside: int  # located stakeholders beyond the map area
    density: bool  # True when stakeholders are shown as counts per cell
    relations_drawn: bool


def _draw_project(
    drawing: Drawing, connection, view: _View, bbox: tuple[float, float, float, float]
) -> MapSummary:
    """Boundaries, relations and stakeholders clipped to `bbox`."""
    _draw_boundaries(drawing, connection, view)
    ties = connection.execute("SELECT kind, geom FROM relations WHERE geom IS NOT NULL").fetchall()
    relations_drawn = len(ties) <= MAX_DRAWN_RELATIONS
    if relations_drawn:
        _draw_relations(drawing, ties, view, bbox)
    rows = connection.execute(
        "SELECT kind, employees, geom FROM stakeholders WHERE geom IS NOT NULL"
    ).fetchall()
    lons, lats = decode_points([r[2] for r in rows])
    inside = (lons >= bbox[0]) & (lons <= bbox[2]) & (lats >= bbox[1]) & (lats <= bbox[3])
    x, y = view.points(lons[inside], lats[inside])
    density = int(inside.sum()) > MAX_DRAWN_STAKEHOLDERS
    if density:
        _draw_density(drawing, view, x, y, (bbox[1] + bbox[3]) / 2)
    else:
        chosen = np.flatnonzero(inside)
        _draw_symbols(drawing, [rows[i][0] for i in chosen], [rows[i][1] for i in chosen], x, y)
    outside = int((~np.isnan(lons)).sum() - inside.sum())
    return MapSummary(outside, density, relations_drawn)


def _nice_length(metres: float) -> float:
    exponent = 10 ** math.floor(math.log10(metres))
    for step in (5, 2, 1):
        if step * exponent <= metres:
            return step * exponent
    return exponent


def _draw_furniture(drawing: Drawing, view: _View, centre_lat: float, attribution: str) -> None:
    # Web Mercator stretches distances by 1/cos(latitude); the bar is true at the map centre
    metres_per_point = 1 / view.scale * math.cos(math.radians(centre_lat))
    length_m = _nice_length(metres_per_point * view.width * 0.22)
    bar = length_m / metres_per_point
    x, y = 12, 12
    drawing.add(Rect(x - 5, y - 6, bar + 34, 22, fillColor=colors.Color(1, 1, 1, 0.85), strokeColor=None))
    for i in range(4):
        drawing.add(
            Rect(
                x + i * bar / 4,
                y,
                bar / 4,
                3.5,
                strokeColor=INK,
                strokeWidth=0.5,
                fillColor=INK if i % 2 == 0 else colors.white,
            )
        )
    label = f"{length_m / 1000:g} km" if length_m >= 1000 else f"{length_m:g} m"
    drawing.add(String(x, y + 6, "0", fontName=FONT, fontSize=6.5, fillColor=INK))
    drawing.add(
        String(x + bar, y + 6, label, fontName=FONT, fontSize=6.5, fillColor=INK, textAnchor="middle")
    )
    nx, ny = view.width - 18, view.height - 30
    drawing.add(Polygon([nx, ny + 18, nx - 5, ny, nx, ny + 4, nx + 5, ny], fillColor=INK, strokeColor=None))
    drawing.add(String(nx, ny - 9, "N", fontName=FONT_BOLD, fontSize=8, fillColor=INK, textAnchor="middle"))
    text_width = len(attribution) * 3.3
    drawing.add(
        Rect(
            view.width - text_width - 8,
            0,
            text_width + 8,
            10,
            fillColor=colors.Color(1, 1, 1, 0.8),
            strokeColor=None,
        )
    )
    drawing.add(
        String(view.width - 4, 3, attribution, fontName=FONT, fontSize=6, fillColor=MUTED, textAnchor="end")
    )


def cluster_map(project, width: float, height: float) -> tuple[Drawing, MapSummary]:
    """The map drawing for `project`, `width` × `height` points, and what it shows."""
    view = _fit_view(focus_extent(project), width, height)
    bbox = view.lonlat_bbox()
    basemap = load_basemap(bbox)
    drawing = Drawing(width, height)
    _draw_basemap(drawing, basemap, view)
    summary = _draw_project(drawing, project.connection, view, bbox)
    _draw_places(drawing, basemap, view)
    centre_lat = (bbox[1] + bbox[3]) / 2
    _draw_furniture(drawing, view, centre_lat, f"{BASEMAP_ATTRIBUTION} · Web Mercator")
    drawing.add(
        Rect(0, 0, width, height, fillColor=None, strokeColor=colors.HexColor("#9aa5b1"), strokeWidth=0.6)
    )
    return drawing, summary
