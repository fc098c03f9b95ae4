"""Charts of the pack drawn with reportlab.graphics, so they stay vector and use the embedded fonts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from clusterdesk.core.formatting import integer, percent
from clusterdesk.reports.pack_style import FONT, FONT_CONDENSED, INK, MUTED, RULE

_BAR_HEIGHT = 14


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis to fit `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def horizontal_bars(
    labels: Sequence[str],
    values: Sequence[float],
    bar_colours: Sequence[str],
    width: float,
    language: str = "en",
) -> Drawing:
    """One bar per category, labelled with its value; categories read top to bottom."""
    count = max(len(values), 1)
    widest = max((stringWidth(label, FONT_CONDENSED, 8) for label in labels), default=50)
    label_width = min(width * 0.42, widest + 10)
    labels = [fit_text(label, FONT_CONDENSED, 8, label_width - 8) for label in labels]
    height = count * _BAR_HEIGHT + 16
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 4
    chart.width, chart.height = width - label_width - 34, height - 10
    # HorizontalBarChart draws the first category at the bottom; reverse so the list reads downwards
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = FONT_CONDENSED
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(values, default=1), 1) * 1.02
    chart.bars.strokeColor = None
    chart.barWidth = 9
    chart.groupSpacing = 5
    for i, hex_code in enumerate(reversed(bar_colours)):
        chart.bars[(0, i)].fillColor = colors.HexColor(hex_code)
    chart.barLabelFormat = lambda v: integer(v, language)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def stacked_columns(
    categories: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float]]],
    width: float,
    height: float = 150,
    language: str = "en",
) -> Drawing:
    """Stacked columns per category; `series` holds (label, colour, values). A legend sits on the right."""
    drawing = Drawing(width, height)
    legend_width = 120
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 24
    chart.width, chart.height = width - legend_width - 40, height - 34
    chart.data = [list(values) for _label, _colour, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = FONT_CONDENSED
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = lambda v: integer(v, language)
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e4e7eb")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.valueMin = 0
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.5
    for i, (_label, hex_code, _values) in enumerate(series):
        chart.bars[i].fillColor = colors.HexColor(hex_code)
    drawing.add(chart)
    _legend(
        drawing,
        [(label, hex_code) for label, hex_code, _values in series],
        width - legend_width + 6,
        height - 14,
    )
    return drawing


def donut(
    labels: Sequence[str],
    values: Sequence[float],
    slice_colours: Sequence[str],
    width: float,
    language: str = "en",
) -> Drawing:
    """Shares of a whole (cost sharing) as a ring, legend with percentages beside it."""
    height = 130
    drawing = Drawing(width, height)
    total = sum(values) or 1
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 8, height - 16, height - 16
    pie.data = [max(v, 0) for v in values]
    pie.labels = None
    pie.innerRadiusFraction = 0.55
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i, hex_code in enumerate(slice_colours):
        pie.slices[i].fillColor = colors.HexColor(hex_code)
    drawing.add(pie)
    entries = [
        (f"{label}  {percent(value / total, language)}", hex_code)
        for label, value, hex_code in zip(labels, values, slice_colours, strict=True)
    ]
    _legend(drawing, entries, height + 10, height / 2 + 8 * len(entries) - 8)
    return drawing


def _legend(drawing: Drawing, entries: Sequence[tuple[str, str]], x: float, top: float) -> None:
    for i, (label, hex_code) in enumerate(entries):
        y = top - i * 14
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=colors.HexColor(hex_code), strokeColor=None))
        drawing.add(String(x + 12, y, label, fontName=FONT, fontSize=8, fillColor=INK))
