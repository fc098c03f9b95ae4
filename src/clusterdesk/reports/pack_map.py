"""The pack's cluster map: the shared map renderer's image of the cluster area at print resolution, so the
page shows exactly what the screen shows, plus what only paper needs: a north arrow, a caption and a
legend with each kind's symbol and count. Scale bar and attribution come with the rendered image."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect
from reportlab.lib import colors
from reportlab.lib.units import inch, mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from clusterdesk.core.symbology import (
    BOUNDARY_FILL,
    BOUNDARY_FILL_OPACITY,
    BOUNDARY_OUTLINE,
    BOUNDARY_OUTLINE_WIDTH_MM,
    relation_style,
    stakeholder_style,
)
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.core.vocabulary_labels import relation_label
from clusterdesk.render.export import default_extent, render_map, viewport_for
from clusterdesk.render.overlays import (
    DETAILED_LENGTH_PX,
    DETAILED_LIMIT,
    NETWORK_COLOUR,
    SIMPLE_LIMIT,
    clip_segments,
)
from clusterdesk.render.points import DENSE_COUNT, DENSE_DOT_MM, visible_pixels
from clusterdesk.render.project_data import ProjectData
from clusterdesk.render.renderer import MapRenderer
from clusterdesk.render.symbols import OUTLINE_WIDTH_PT, shape_path
from clusterdesk.render.viewport import Viewport
from clusterdesk.reports.legend_counts import KindCount, kind_counts, unlocated_note
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_doc import SectionHeading
from clusterdesk.reports.pack_style import (
    FONT_BOLD,
    HEADER_GAP,
    INK,
    MARGIN,
    page_size,
    table_style,
)

PRINT_DPI = 300  # what a laser printer resolves; symbols and labels are sized in mm at this dpi
MAP_ASPECT = 1.0  # height / width at most: a square where caption and legend leave room
MIN_MAP_ASPECT = 0.6  # below this the legend may rather go to the next page
FRAME = colors.HexColor("#9aa5b1")
_RELATION_ORDER = {kind: i for i, kind in enumerate(RELATION_KINDS)}
# Qt's dash patterns are in multiples of the pen width; the legend repeats them in points
_DASH_UNITS = {"dash": (4, 2), "dot": (1, 2)}
# How the renderer draws relations: by kind with width, dashes and arrows; as thin lines coloured by kind;
# or, when there are too many, as one density layer
STYLED, PLAIN, DENSITY = "styled", "plain", "density"


@dataclass(frozen=True)
class MapFacts:
    """What area the printed map covers and what it will show, for sizing it, its caption and its legend."""

    extent: tuple[float, float, float, float] | None  # lon/lat box the renderer fits (None: the world)
    width_px: int
    height_px: int
    dpi: float
    located: int  # stakeholders with a location
    shown: int  # of those, inside the map
    dots: bool  # stakeholders drawn as dots coloured by kind (dot-density), not as symbols
    relations_shown: int  # relations crossing the map
    relation_lines: str  # STYLED, PLAIN or DENSITY


def _relation_lines(data: ProjectData, viewport: Viewport) -> tuple[int, str]:
    """How many relations cross the map and how the renderer draws them (the tests of draw_relations:
    the number of lines and their total length in the image)."""
    relations, points = data.relations, data.points
    both_ends = (relations.source >= 0) & (relations.target >= 0)
    sx, sy = viewport.mercator_to_pixel(
        points.x[relations.source[both_ends]], points.y[relations.source[both_ends]]
    )
    tx, ty = viewport.mercator_to_pixel(
        points.x[relations.target[both_ends]], points.y[relations.target[both_ends]]
    )
    with np.errstate(invalid="ignore"):
        located = ~(np.isnan(sx) | np.isnan(sy) | np.isnan(tx) | np.isnan(ty))
    x0, y0, x1, y1, crosses = clip_segments(
        sx[located], sy[located], tx[located], ty[located], viewport.width, viewport.height
    )
    length = float(np.hypot(x1[crosses] - x0[crosses], y1[crosses] - y0[crosses]).sum())
    count = int(crosses.sum())
    if count > SIMPLE_LIMIT or length > DETAILED_LENGTH_PX * 4:
        return count, DENSITY
    return count, STYLED if count <= DETAILED_LIMIT and length <= DETAILED_LENGTH_PX else PLAIN


def map_facts(project, width_pt: float, height_pt: float, dpi: float = PRINT_DPI) -> MapFacts:
    """The map for a `width_pt` × `height_pt` space on paper, at least `dpi` pixels per inch, as the
    renderer will draw it (without drawing it).

    The area is the renderer's default, the cluster core (boundaries and the central stakeholders), as the
    canvas's Zoom to project and the render-map command show it."""
    width_px = math.ceil(width_pt / inch * dpi)
    height_px = math.ceil(height_pt / inch * dpi)
    renderer = MapRenderer(project)
    try:
        extent = default_extent(renderer)
        viewport = viewport_for(renderer, width_px, height_px, extent, dpi)
        points = renderer.data.points
        shown = len(visible_pixels(points, viewport, 0)[0])
        located = int(np.count_nonzero(~np.isnan(points.x)))
        relations_shown, relation_lines = _relation_lines(renderer.data, viewport)
    finally:
        renderer.close()
    # The renderer switches to dots on the same condition
    dots = len(points.points) > DENSE_COUNT and shown > DENSE_COUNT
    return MapFacts(extent, width_px, height_px, dpi, located, shown, dots, relations_shown, relation_lines)


def render_printed_map(project, facts: MapFacts, language: str = "en") -> Image.Image:
    """The map described by `facts`, drawn by the shared renderer, its place and country names in
    `language`."""
    image = render_map(
        project, facts.width_px, facts.height_px, facts.extent, dpi=facts.dpi, language=language
    )
    return printable_pixels(image)


def printable_pixels(image) -> Image.Image:
    """A rendered map (QImage) as the RGB pixels a PDF embeds. Handed over as pixels: a PNG in between
    would be encoded and decoded again for nothing, a quarter of a second at print size."""
    rgb = image.convertToFormat(image.Format.Format_RGB888)
    return Image.frombuffer("RGB", (rgb.width(), rgb.height()), bytes(rgb.constBits()), "raw", "RGB",
                            rgb.bytesPerLine(), 1)  # fmt: skip


class MapImage(Flowable):
    """The rendered map placed at its printed size (lossless), framed, with a north arrow. The map comes as
    pixels (render_printed_map) or as PNG."""

    def __init__(self, image: Image.Image | bytes, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        # decoded once, drawn on every layout pass
        self._image = ImageReader(io.BytesIO(image) if isinstance(image, bytes) else image)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.drawImage(self._image, 0, 0, self.width, self.height)
        _north_arrow(canvas, self.width - 9 * mm, self.height - 4 * mm)
        canvas.setStrokeColor(FRAME)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _north_arrow(canvas, centre_x: float, top: float) -> None:
    """Web Mercator keeps north up everywhere, so one arrow at the top right is true for the whole map."""
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.setFillAlpha(0.8)
    canvas.roundRect(centre_x - 3.5 * mm, top - 13 * mm, 7 * mm, 13 * mm, 1.2 * mm, stroke=0, fill=1)
    canvas.setFillAlpha(1)
    tip, base = top - 1.5 * mm, top - 8 * mm
    canvas.setFillColor(INK)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    left = canvas.beginPath()  # the left half filled, the right half outlined: a classic north arrow
    left.moveTo(centre_x, tip)
    left.lineTo(centre_x - 2.2 * mm, base)
    left.lineTo(centre_x, base + 1.6 * mm)
    left.close()
    canvas.drawPath(left, stroke=1, fill=1)
    right = canvas.beginPath()
    right.moveTo(centre_x, tip)
    right.lineTo(centre_x + 2.2 * mm, base)
    right.lineTo(centre_x, base + 1.6 * mm)
    right.close()
    canvas.setFillColor(colors.white)
    canvas.drawPath(right, stroke=1, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 7.5)
    canvas.drawCentredString(centre_x, top - 11.8 * mm, "N")
    canvas.restoreState()


def symbol(shape: str, x: float, y: float, radius: float, fill: str, outline: str = "#ffffff"):
    """A stakeholder symbol as a ReportLab shape centred on (x, y), outlined exactly as the map renderer
    draws it (render.symbols), so legend, cover and map agree."""
    stroke = {"strokeColor": colors.HexColor(outline), "strokeWidth": OUTLINE_WIDTH_PT}
    style = {"fillColor": colors.HexColor(fill), **stroke}
    if shape == "circle":
        return Circle(x, y, radius, **style)
    group = Group()
    for polygon in shape_path(shape, 2 * radius).toSubpathPolygons():
        # Qt's y axis points down, ReportLab's up
        corners = [polygon.at(i) for i in range(polygon.size())]
        group.add(Polygon([c for p in corners for c in (x + p.x(), y - p.y())], **style))
    return group


def _translucent(hex_colour: str, alpha: float) -> colors.Color:
    solid = colors.HexColor(hex_colour)
    return colors.Color(solid.red, solid.green, solid.blue, alpha)


def _legend_entry(context: PackContext, sample: Drawing, label: str, count: int | str) -> list:
    # The count has a column of its own: ReportLab would break a long label inside the number
    return [
        sample,
        Paragraph(escape(label), context.styles.cell),
        Paragraph(count if isinstance(count, str) else context.number(count), context.styles.cell_right),
    ]


def _symbol_cells(context: PackContext, dots: bool, counts: list[KindCount]) -> list[list]:
    cells = []
    for count in counts:
        style = stakeholder_style(count.kind)
        drawing = Drawing(16, 14)
        if dots:
            drawing.add(
                Circle(8, 7, DENSE_DOT_MM * mm / 2, fillColor=colors.HexColor(style.colour), strokeColor=None)
            )
        else:
            drawing.add(symbol(style.shape, 8, 7, style.size_mm * mm / 2, style.colour, style.outline))
        cells.append(_legend_entry(context, drawing, count.label, count.text))
    return cells


def _boundary_cells(context: PackContext) -> list[list]:
    count = context.count("SELECT count(*) FROM cluster_boundaries WHERE geom IS NOT NULL")
    if not count:
        return []
    drawing = Drawing(16, 14)
    drawing.add(
        Rect(
            2,
            3,
            12,
            8,
            fillColor=_translucent(BOUNDARY_FILL, BOUNDARY_FILL_OPACITY),
            strokeColor=colors.HexColor(BOUNDARY_OUTLINE),
            strokeWidth=BOUNDARY_OUTLINE_WIDTH_MM * mm,
        )
    )
    return [_legend_entry(context, drawing, context.t("legend_boundary"), count)]


def _relation_cells(context: PackContext, lines: str) -> list[list]:
    kinds = context.connection.execute(
        "SELECT kind, count(*) FROM relations WHERE geom IS NOT NULL GROUP BY kind"
    ).fetchall()
    if lines == DENSITY:
        drawing = Drawing(16, 14)
        for offset, opacity in ((-2.5, 0.35), (0, 0.9), (2.5, 0.35)):
            drawing.add(
                Line(1, 7 + offset, 15, 7 - offset, strokeColor=_translucent(NETWORK_COLOUR, opacity))
            )
        total = sum(n for _kind, n in kinds)
        return [_legend_entry(context, drawing, context.t("legend_relation_density"), total)]
    cells = []
    for kind, count in sorted(kinds, key=lambda row: _RELATION_ORDER.get(row[0], 99)):
        style = relation_style(kind)
        drawing = Drawing(16, 14)
        if lines == STYLED:
            width = style.width_mm * mm
            dash = _DASH_UNITS.get(style.dash)
            line = Line(1, 7, 15, 7, strokeColor=_translucent(style.colour, 0.8), strokeWidth=width)
            line.strokeDashArray = [unit * width for unit in dash] if dash else None
        else:  # many lines are drawn thin and plain, in the colour of their kind
            line = Line(1, 7, 15, 7, strokeColor=_translucent(style.colour, 0.6), strokeWidth=0.6)
        drawing.add(line)
        cells.append(_legend_entry(context, drawing, relation_label(kind, context.language), count))
    return cells


def legend_table(context: PackContext, facts: MapFacts, counts: list[KindCount]) -> Table | None:
    """Each kind's symbol (or dot), name and count, the boundaries, then each relation kind's line, in
    three columns. Kinds count all their stakeholders, "4 of 8" when some have no location."""
    cells = _symbol_cells(context, facts.dots, counts) if facts.shown else []
    cells += _boundary_cells(context)
    if facts.relations_shown:
        cells += _relation_cells(context, facts.relation_lines)
    if not cells:
        return None
    columns = 3
    rows = []
    for start in range(0, len(cells), columns):
        row = [item for cell in cells[start : start + columns] for item in cell]
        rows.append(row + [""] * (3 * columns - len(row)))
    width = context.frame_width / columns
    # The gap keeps a count apart from the next column's symbol; an "x of y" count widens its column
    # only as far as it needs, so kind names keep their room
    style = context.styles.cell_right
    widest = max((stringWidth(c.text, style.fontName, style.fontSize) for c in counts), default=0)
    sample, count, gap = 20, max(32, math.ceil(widest) + 8), 14
    table = Table(rows, colWidths=[sample, width - sample - count - gap, count + gap] * columns)
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            *[("RIGHTPADDING", (3 * c + 2, 0), (3 * c + 2, -1), gap) for c in range(columns)],
        )
    )
    return table


def _caption(context: PackContext, facts: MapFacts) -> str:
    t = context.t
    if not facts.located:
        return t("map_no_location")
    parts = [
        t(
            "map_located",
            located=context.number(facts.located),
            total=context.number(context.stakeholder_count),
        )
    ]
    parts.append(t("map_dots") if facts.dots else t("map_symbols"))
    if facts.relation_lines == DENSITY:
        parts.append(t("map_density"))
    elif facts.relations_shown:
        parts.append(t("map_lines"))
    outside = facts.located - facts.shown
    if outside:
        parts.append(
            t("map_outside", count=context.number(outside))
            + (t("map_outside_ties") if facts.relations_shown else ".")
        )
    return " ".join(parts)


def _around_map(context: PackContext, facts: MapFacts) -> tuple[list, list]:
    """The flowables above the map (heading) and below it (caption; legend heading and table)."""
    below = [Paragraph(escape(_caption(context, facts)), context.styles.caption)]
    counts = kind_counts(context.connection, context.language)
    legend = legend_table(context, facts, counts)
    if legend is not None:
        below += [Spacer(1, 2 * mm), Paragraph(escape(context.t("legend")), context.styles.h2), legend]
        note = unlocated_note(counts, context.language) if facts.shown else ""
        if note:  # right under the entries it explains
            below.append(Paragraph(escape(note), context.styles.small))
    return [SectionHeading(escape(context.t("map")), context.styles.h1, "map")], below


def _height_taken(flowables: list, width: float) -> float:
    return sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def cluster_map_section(context: PackContext) -> list:
    """Heading, map image, caption and legend; nothing when no stakeholder or boundary has a location.

    The map is as tall as it is wide unless that would push the legend onto the next page."""
    if context.project.extent() is None:
        return []
    width = context.frame_width
    frame_height = page_size(context.paper)[1] - 2 * (MARGIN + HEADER_GAP)
    facts = map_facts(context.project, width, width * MAP_ASPECT)
    above, below = _around_map(context, facts)
    # A line to spare: the caption of the final map may run a little longer
    free = frame_height - _height_taken(above + below, width) - context.styles.caption.leading
    height = max(width * MIN_MAP_ASPECT, min(width * MAP_ASPECT, free))
    if height < width * MAP_ASPECT:
        facts = map_facts(context.project, width, height)
        above, below = _around_map(context, facts)
    image = MapImage(render_printed_map(context.project, facts, context.language), width, height)
    caption, legend = below[:2], below[2:]  # the legend's heading stays with its table
    return [*above, image, *caption, *([KeepTogether(legend)] if legend else [])]
