"""The pack's choropleth maps of a selection study: the study's areas coloured by a value (the location
quotient of a sector, or the best candidate score), drawn by the shared renderer (`render.choropleth`) at
print resolution with its legend and the areas' names, over the Natural Earth basemap.

The legend is not drawn in the image: the pack prints one legend under the maps in its own type
(`legend_table`), shared by the two LQ maps, whose classes are the same, and clear of the areas (a legend in
a corner of a country-wide map covers its northwestern provinces).

The map shows the main body of the areas: parts lying far from it (Ecuador's Galápagos, France's overseas
departments) would shrink the mainland to a corner, so they are left out and named in the caption.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape

from PySide6.QtCore import QRectF
from reportlab.lib import colors
from reportlab.lib.units import inch, mm
from reportlab.platypus import Paragraph, Table

from clusterdesk.core.map_layers import BASEMAP, LABELS
from clusterdesk.render.choropleth import Choropleth, ChoroplethAreas, method_text
from clusterdesk.render.export import ensure_gui_application
from clusterdesk.render.main_body import main_body
from clusterdesk.render.renderer import MapRenderer
from clusterdesk.render.viewport import Viewport
from clusterdesk.reports.pack_map import printable_pixels
from clusterdesk.reports.pack_style import RULE, table_style

PRINT_DPI = 300


@dataclass(frozen=True)
class MapFrame:
    extent: tuple[float, float, float, float]  # lon/lat of what the map shows
    left_out: list[str]  # names of the areas outside it


def map_frame(areas: ChoroplethAreas, shapes: list) -> MapFrame | None:
    """The extent of the areas' main body and the areas lying outside it; None without outlines."""
    body = main_body(shapes)
    if body is None:
        return None
    left_out = [name for name, far in zip(areas.names, body.outside, strict=True) if far]
    return MapFrame(body.bounds, left_out)


class PrintedChoropleth(Choropleth):
    """A choropleth whose legend the pack prints beside the image instead of inside it."""

    def legend_rect(self, viewport, language) -> QRectF:
        return QRectF()

    def draw_legend(self, painter, viewport, language) -> None:
        return None


def build_choropleth(areas: ChoroplethAreas, values: Mapping[str, float], method: str) -> PrintedChoropleth:
    return PrintedChoropleth.build(areas, values, method, "", opacity=0.9)


def legend_table(maps: list[Choropleth], title: str, language: str, styles, width: float) -> Table:
    """One row of class swatches with their ranges under a title, for maps sharing their classes."""
    rows = maps[0].legend_rows(language)
    if any(m.has_missing() for m in maps[1:]) and not maps[0].has_missing():
        rows = rows + [r for r in maps[1].legend_rows(language) if r not in rows][-1:]
    heading = f"<b>{escape(title)}</b> · <i>{escape(method_text(maps[0].classes.method, language))}</i>"
    swatch = 5 * mm
    cells, widths = [], []
    text_width = (width - swatch * len(rows)) / len(rows)
    for _colour, text in rows:
        cells += ["", Paragraph(escape(text), styles.cell)]
        widths += [swatch, text_width]
    table = Table([[Paragraph(heading, styles.cell)] + [""] * (len(cells) - 1), cells], colWidths=widths,
                  hAlign="LEFT")  # fmt: skip
    commands = [
        ("SPAN", (0, 0), (-1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for k, (colour, _text) in enumerate(rows):
        commands += [("BACKGROUND", (2 * k, 1), (2 * k, 1), colors.HexColor(colour)),
                     ("BOX", (2 * k, 1), (2 * k, 1), 0.4, RULE)]  # fmt: skip
    table.setStyle(table_style(*commands))
    return table


def choropleth_pixels(
    project,
    choropleth: PrintedChoropleth,
    frame: MapFrame,
    size_pt: tuple[float, float],
    language: str,
):
    """The map as RGB pixels (PIL) for `size_pt` on paper at PRINT_DPI."""
    ensure_gui_application()
    width = math.ceil(size_pt[0] / inch * PRINT_DPI)
    height = math.ceil(size_pt[1] / inch * PRINT_DPI)
    renderer = MapRenderer(project, layers=(BASEMAP, LABELS), language=language)
    try:
        renderer.choropleth = choropleth
        viewport = Viewport.from_extent(*frame.extent, width, height, dpi=PRINT_DPI, margin=0.03)
        image = renderer.render(viewport)
    finally:
        renderer.close()
    return printable_pixels(image)
