"""The Results section's chart: one indicator's targets and actuals over the reporting periods, drawn with
reportlab.graphics like the pack's other charts (vector, embedded fonts).

Targets are joined through the baseline by a dashed line, which is the path the status rule reads the
expected value from; actuals by a solid line that breaks at every period without a reported value, and
such a period, once due, is shaded. Nothing is interpolated for a missing actual.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from clusterdesk.analysis.results_status import Series
from clusterdesk.core.formatting import period_parts
from clusterdesk.core.periods import Period, parse_period
from clusterdesk.reports.pack_results_data import format_value
from clusterdesk.reports.pack_style import ACCENT, FONT, FONT_CONDENSED, INK, MUTED
from clusterdesk.reports.texts import text

TARGET_COLOUR = colors.HexColor("#8d6e3f")
ACTUAL_COLOUR = ACCENT
NO_DATA_FILL = colors.HexColor("#e4e7eb")
GRID = colors.HexColor("#e4e7eb")
_LABEL_SIZE = 6.5


def chart_periods(series: Series, frequency: str) -> list[Period]:
    """Every period from the first to the last one the indicator has a baseline, target or actual in."""
    found = [p for code in [*series.targets, *series.actuals] if (p := parse_period(code)) is not None]
    found = [p for p in found if p.frequency == frequency]
    if series.baseline is not None and series.baseline_period is not None:
        found.append(series.baseline_period)
    if not found:
        return []
    period, last, periods = min(found), max(found), []
    while period <= last:
        periods.append(period)
        period = period.next()
    return periods


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering low..high, about `count` intervals."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _diamond(x: float, y: float, r: float, colour) -> Polygon:
    return Polygon([x - r, y, x, y + r, x + r, y, x, y - r], fillColor=colors.white, strokeColor=colour,
                   strokeWidth=0.9)  # fmt: skip


def target_actual_chart(
    series: Series,
    periods: Sequence[Period],
    due: Period,
    width: float,
    height: float,
    language: str,
    currency: str | None = None,
) -> Drawing:
    """Targets and actuals of one indicator over `periods`; periods up to `due` without an actual are
    shaded as having no data."""
    drawing = Drawing(width, height)
    unit = series.unit
    values = [*series.targets.values(), *series.actuals.values()]
    if series.baseline is not None:
        values.append(series.baseline)
    if unit == "yes_no":
        ticks = [0.0, 1.0]
    else:
        low = min([0.0, *values])
        ticks = nice_ticks(low, max(values, default=1.0))
    tick_labels = [format_value(t, unit, language, currency) for t in ticks]
    left = max(stringWidth(label, FONT, _LABEL_SIZE) for label in tick_labels) + 6
    right, top, bottom = 4, 6, 22 if periods and periods[0].frequency != "year" else 13
    x0, x1, y0, y1 = left, width - right, bottom, height - top
    low, high = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return y0 + (value - low) / (high - low) * (y1 - y0)

    count = max(len(periods), 1)
    step = (x1 - x0) / count
    index = {p.code: i for i, p in enumerate(periods)}

    def x_of(code: str) -> float | None:
        return x0 + (index[code] + 0.5) * step if code in index else None

    baseline_code = series.baseline_period.code if series.baseline_period is not None else None
    for period in periods:  # due periods after the baseline without an actual: shaded, never bridged
        after_baseline = series.baseline_period is None or period > series.baseline_period
        if after_baseline and period <= due and period.code not in series.actuals:
            i = index[period.code]
            drawing.add(Rect(x0 + i * step, y0, step, y1 - y0, fillColor=NO_DATA_FILL, strokeColor=None))
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = y_of(tick)
        drawing.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(String(x0 - 3, y - 2.2, label, fontName=FONT, fontSize=_LABEL_SIZE, fillColor=MUTED,
                           textAnchor="end"))  # fmt: skip
    drawing.add(Line(x0, y0, x1, y0, strokeColor=MUTED, strokeWidth=0.6))
    _period_axis(drawing, periods, x0, y0, step, language)

    path = []
    if series.baseline is not None and baseline_code in index:
        path.append((index[baseline_code], series.baseline))
    path += [(index[code], value) for code, value in series.targets.items() if code in index]
    path.sort()
    if len(path) > 1:
        points = [c for i, value in path for c in (x0 + (i + 0.5) * step, y_of(value))]
        drawing.add(PolyLine(points, strokeColor=TARGET_COLOUR, strokeWidth=1, strokeDashArray=[3, 2]))
    for code, value in series.targets.items():
        x = x_of(code)
        if x is not None:
            drawing.add(_diamond(x, y_of(value), 2.6, TARGET_COLOUR))

    run: list[float] = []
    for period in periods:  # one polyline per run of consecutive periods with an actual
        value = series.actuals.get(period.code)
        if value is None:
            _draw_run(drawing, run)
            run = []
            continue
        run += [x0 + (index[period.code] + 0.5) * step, y_of(value)]
    _draw_run(drawing, run)
    for code, value in series.actuals.items():
        x = x_of(code)
        if x is not None:
            drawing.add(Circle(x, y_of(value), 2.3, fillColor=ACTUAL_COLOUR, strokeColor=colors.white,
                               strokeWidth=0.5))  # fmt: skip
    if series.baseline is not None and baseline_code in index:
        x, y = x_of(baseline_code), y_of(series.baseline)
        drawing.add(
            Rect(x - 2.2, y - 2.2, 4.4, 4.4, fillColor=INK, strokeColor=colors.white, strokeWidth=0.5)
        )
    return drawing


def _draw_run(drawing: Drawing, run: list[float]) -> None:
    if len(run) >= 4:
        drawing.add(PolyLine(run, strokeColor=ACTUAL_COLOUR, strokeWidth=1.4))


def _period_axis(drawing: Drawing, periods: Sequence[Period], x0: float, y0: float, step: float,
                 language: str) -> None:  # fmt: skip
    """Quarter or half-year names under their periods, thinned to fit, and each year under its first
    period; for yearly reporting the years alone."""
    parts = [period_parts(p.code, language) for p in periods]
    widest = max((stringWidth(part or year, FONT_CONDENSED, _LABEL_SIZE) for part, year in parts), default=0)
    every = max(1, math.ceil((widest + 3) / step))
    year_width = stringWidth("0000", FONT_CONDENSED, _LABEL_SIZE) + 3
    shown_year_at = -1e9
    for i, ((part, year), period) in enumerate(zip(parts, periods, strict=True)):
        x = x0 + (i + 0.5) * step
        if not part:  # years
            if i % every == 0:
                drawing.add(String(x, y0 - 8, year, fontName=FONT_CONDENSED, fontSize=_LABEL_SIZE,
                                   fillColor=INK, textAnchor="middle"))  # fmt: skip
            continue
        if i % every == 0:
            drawing.add(String(x, y0 - 8, part, fontName=FONT_CONDENSED, fontSize=_LABEL_SIZE,
                               fillColor=MUTED, textAnchor="middle"))  # fmt: skip
        if period.index == 1 or i == 0:
            start = x0 + i * step
            if i:
                drawing.add(Line(start, y0, start, y0 - 18, strokeColor=GRID, strokeWidth=0.6))
            if start + 2 - shown_year_at >= year_width:
                drawing.add(String(start + 2, y0 - 17, year, fontName=FONT_CONDENSED, fontSize=_LABEL_SIZE,
                                   fillColor=INK))  # fmt: skip
                shown_year_at = start + 2


def chart_legend(width: float, language: str) -> Drawing:
    """What the lines, marks and shading of the charts mean, in one row (two when it must wrap)."""
    entries = [
        ("target", text("target", language)),
        ("actual", text("res_actual", language)),
        ("baseline", text("col_baseline", language)),
        ("no_value", text("res_no_value", language)),
    ]
    size, gap, sample = 8, 14, 18
    widths = [sample + 4 + stringWidth(label, FONT, size) for _key, label in entries]
    rows: list[list[int]] = [[]]
    used = 0.0
    for i, entry_width in enumerate(widths):
        if rows[-1] and used + entry_width > width:
            rows.append([])
            used = 0.0
        rows[-1].append(i)
        used += entry_width + gap
    height = 12 * len(rows) + 2
    drawing = Drawing(width, height)
    for row_number, row in enumerate(rows):
        x, y = 0.0, height - 10 - 12 * row_number
        for i in row:
            key, label = entries[i]
            middle = y + 2.5
            if key == "target":
                drawing.add(Line(x, middle, x + sample, middle, strokeColor=TARGET_COLOUR, strokeWidth=1,
                                 strokeDashArray=[3, 2]))  # fmt: skip
                drawing.add(_diamond(x + sample / 2, middle, 2.6, TARGET_COLOUR))
            elif key == "actual":
                drawing.add(Line(x, middle, x + sample, middle, strokeColor=ACTUAL_COLOUR, strokeWidth=1.4))
                dot = Circle(x + sample / 2, middle, 2, fillColor=ACTUAL_COLOUR, strokeColor=colors.white)
                drawing.add(dot)
            elif key == "baseline":
                drawing.add(
                    Rect(x + sample / 2 - 2.2, middle - 2.2, 4.4, 4.4, fillColor=INK, strokeColor=None)
                )
            else:
                drawing.add(Rect(x + 3, middle - 4, sample - 6, 8, fillColor=NO_DATA_FILL, strokeColor=None))
            drawing.add(String(x + sample + 4, y, label, fontName=FONT, fontSize=size, fillColor=INK))
            x += widths[i] + gap
    return drawing
