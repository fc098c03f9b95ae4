"""The Gantt chart of the pack: one drawing per landscape page, each with its own time-axis header so a
long plan continues across pages and every page reads on its own."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from clusterdesk.core.formatting import month_abbreviation, quarter_label
from clusterdesk.core.vocabulary_labels import status_label
from clusterdesk.reports.pack_charts import fit_text
from clusterdesk.reports.pack_plan_data import PlanRow
from clusterdesk.reports.pack_style import ACCENT, FONT, FONT_CONDENSED, FONT_CONDENSED_BOLD, INK, RULE, ZEBRA
from clusterdesk.reports.texts import text

ROW_HEIGHT = 12.0
HEADER_HEIGHT = 26.0
LABEL_SIZE = 7.2

STATUS_COLOURS = {
    "not_started": "#8da9c4",
    "in_progress": "#3a6ea5",
    "completed": "#2a9d8f",
    "on_hold": "#e9c46a",
    "cancelled": "#b8b8b8",
}
SUMMARY_COLOUR = colors.HexColor("#33415c")
MILESTONE_COLOUR = colors.HexColor("#e76f51")
CRITICAL_COLOUR = colors.HexColor("#c1121f")


def rows_per_page(height: float) -> int:
    return max(1, int((height - HEADER_HEIGHT - 4) // ROW_HEIGHT))


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    months, day = [], dt.date(first.year, first.month, 1)
    while day <= last:
        months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months


class GanttPage:
    """Draws `rows` against the time span [first, last] into a drawing of the given size."""

    def __init__(
        self,
        rows: Sequence[PlanRow],
        first: dt.date,
        last: dt.date,
        width: float,
        label_width: float,
        language: str = "en",
    ):
        self.rows, self.first, self.last = rows, first, last
        self.language = language
        self.width, self.label_width = width, label_width
        self.days = max((last - first).days + 1, 1)
        self.chart_left = label_width + 6
        self.chart_width = width - self.chart_left

    def x_of(self, day: dt.date) -> float:
        return self.chart_left + (day - self.first).days / self.days * self.chart_width

    def drawing(self, today: dt.date | None = None) -> Drawing:
        height = HEADER_HEIGHT + len(self.rows) * ROW_HEIGHT + 2
        drawing = Drawing(self.width, height)
        top = height - HEADER_HEIGHT
        for i in range(len(self.rows)):
            if i % 2:
                drawing.add(
                    Rect(
                        0,
                        top - (i + 1) * ROW_HEIGHT,
                        self.width,
                        ROW_HEIGHT,
                        fillColor=ZEBRA,
                        strokeColor=None,
                    )
                )
        self._header(drawing, height, top)
        for i, row in enumerate(self.rows):
            self._row(drawing, row, top - (i + 1) * ROW_HEIGHT)
        if today and self.first <= today <= self.last:
            x = self.x_of(today)
            drawing.add(
                Line(x, 0, x, top, strokeColor=MILESTONE_COLOUR, strokeWidth=0.8, strokeDashArray=(3, 2))
            )
            drawing.add(
                String(
                    x + 2,
                    2,
                    text("today", self.language),
                    fontName=FONT,
                    fontSize=6,
                    fillColor=MILESTONE_COLOUR,
                )
            )
        drawing.add(Line(0, 0, self.width, 0, strokeColor=RULE, strokeWidth=0.5))
        return drawing

    def _header(self, drawing: Drawing, height: float, top: float) -> None:
        drawing.add(Rect(0, top, self.width, HEADER_HEIGHT, fillColor=ACCENT, strokeColor=None))
        drawing.add(
            String(
                4,
                top + 9,
                text("gantt_task_header", self.language),
                fontName=FONT_CONDENSED_BOLD,
                fontSize=8,
                fillColor=colors.white,
            )
        )
        months = _month_starts(self.first, self.last)
        month_width = self.chart_width / max(len(months), 1)
        step = 1 if month_width > 16 else 3 if month_width * 3 > 18 else 12
        years_seen: set[int] = set()
        for month in months:
            x = max(self.x_of(month), self.chart_left)
            if month.month == 1 or month.year not in years_seen:
                years_seen.add(month.year)
                drawing.add(
                    String(
                        x + 2,
                        top + 15,
                        str(month.year),
                        fontName=FONT_CONDENSED_BOLD,
                        fontSize=7.5,
                        fillColor=colors.white,
                    )
                )
                drawing.add(Line(x, 0, x, top + HEADER_HEIGHT, strokeColor=RULE, strokeWidth=0.6))
            elif (month.month - 1) % step == 0:
                drawing.add(Line(x, 0, x, top, strokeColor=colors.HexColor("#e4e7eb"), strokeWidth=0.4))
            if (month.month - 1) % step == 0 and step < 12:
                label = (
                    month_abbreviation(month.month, self.language)
                    if step == 1
                    else quarter_label((month.month - 1) // 3 + 1, self.language)
                )
                room = min(month_width * step, self.chart_left + self.chart_width - x) - 3
                label = fit_text(label, FONT_CONDENSED, 6.5, room)  # "4-й кв." may be wider than a quarter
                drawing.add(
                    String(
                        x + 2,
                        top + 4,
                        label,
                        fontName=FONT_CONDENSED,
                        fontSize=6.5,
                        fillColor=colors.HexColor("#c9d8ea"),
                    )
                )

    def _row(self, drawing: Drawing, row: PlanRow, y: float) -> None:
        font = FONT_CONDENSED_BOLD if row.depth == 0 or row.is_summary else FONT_CONDENSED
        indent = 4 + 8 * min(row.depth, 4)
        label = fit_text(f"{row.number}  {row.name}", font, LABEL_SIZE, self.label_width - indent)
        drawing.add(String(indent, y + 3.5, label, fontName=font, fontSize=LABEL_SIZE, fillColor=INK))
        if row.start is None:
            return
        finish = row.finish or row.start
        x1, x2 = self.x_of(row.start), self.x_of(finish + dt.timedelta(days=1))
        middle = y + ROW_HEIGHT / 2
        if row.milestone:
            s = 3.6
            drawing.add(
                Polygon(
                    [x1, middle + s, x1 + s, middle, x1, middle - s, x1 - s, middle],
                    fillColor=MILESTONE_COLOUR,
                    strokeColor=None,
                )
            )
            return
        if row.is_summary:
            drawing.add(
                Rect(x1, middle - 1.2, max(x2 - x1, 1), 3.4, fillColor=SUMMARY_COLOUR, strokeColor=None)
            )
            for x in (x1, x2):
                drawing.add(
                    Polygon(
                        [x - 2.6, middle + 2.2, x + 2.6, middle + 2.2, x, middle - 3.4],
                        fillColor=SUMMARY_COLOUR,
                        strokeColor=None,
                    )
                )
            return
        colour = colors.HexColor(STATUS_COLOURS.get(row.status, STATUS_COLOURS["not_started"]))
        outline = (
            {"strokeColor": CRITICAL_COLOUR, "strokeWidth": 1.1} if row.critical else {"strokeColor": None}
        )
        bar = Rect(x1, middle - 3.5, max(x2 - x1, 1.5), 7, fillColor=colour, **outline)
        drawing.add(bar)
        if 0 < row.percent_complete < 100:
            done = max(x2 - x1, 1.5) * row.percent_complete / 100
            drawing.add(
                Rect(x1, middle - 1.2, done, 2.4, fillColor=colors.HexColor("#14213d"), strokeColor=None)
            )


def gantt_pages(
    rows: Sequence[PlanRow],
    width: float,
    first_height: float,
    height: float,
    today: dt.date | None,
    language: str = "en",
) -> list[Drawing]:
    """Drawings for the whole plan: the first fits under the section heading, the rest a full page."""
    dated = [r for r in rows if r.start]
    if not dated:
        return []
    first = min(r.start for r in dated)
    last = max((r.finish or r.start) for r in dated)
    first = dt.date(first.year, first.month, 1)
    last = dt.date(last.year + last.month // 12, last.month % 12 + 1, 1) - dt.timedelta(days=1)
    label_width = min(width * 0.34, 250)
    first_capacity, capacity = rows_per_page(first_height), rows_per_page(height)
    page_count = 1 + max(0, math.ceil((len(rows) - first_capacity) / capacity))
    # Spread rows evenly so the last page is not left with a lonely row or two
    per_page = math.ceil(len(rows) / page_count)
    pages, start, take = [], 0, min(first_capacity, per_page)
    while start < len(rows):
        chunk = rows[start : start + take]
        pages.append(GanttPage(chunk, first, last, width, label_width, language).drawing(today))
        start += take
        remaining_pages = max(page_count - len(pages), 1)
        take = min(capacity, math.ceil((len(rows) - start) / remaining_pages))
    return pages


def status_legend(language: str = "en") -> list[tuple[str, str]]:
    return [(status_label(code, language), colour) for code, colour in STATUS_COLOURS.items()] + [
        (text("milestone", language), "#e76f51"),
        (text("summary_bar", language), "#33415c"),
    ]
