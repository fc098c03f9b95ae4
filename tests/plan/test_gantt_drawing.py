"""How the Gantt chart draws: month names that fit their column, and links that stay readable when
their successor is scrolled far out of view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage, QPainter

from clusterdesk.gui.plan.gantt_chart import ROW_HEIGHT, ZOOMS, GanttChart
from clusterdesk.gui.plan.gantt_data import day_number


def _label(chart: GanttChart, month: dt.date, room: int) -> str:
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        return chart._fitting_label(painter, day_number(month), month.strftime("%B %Y"), room, upper=True)
    finally:
        painter.end()


def test_narrow_month_columns_use_short_month_names(qtbot):
    chart = GanttChart()
    qtbot.addWidget(chart)
    chart.set_zoom("weeks")
    assert chart.pixels_per_day == ZOOMS["weeks"]
    october = dt.date(2022, 10, 1)
    assert _label(chart, october, 400) == "October 2022"
    assert _label(chart, october, chart.fontMetrics().horizontalAdvance("Oct 2022") + 2) == "Oct 2022"
    assert _label(chart, october, chart.fontMetrics().horizontalAdvance("Oct") + 2) == "Oct"
    assert _label(chart, october, 8) in {"", "…", "O…"}  # cut only when even "Oct" does not fit


def test_a_link_to_a_far_successor_does_not_frame_the_rows_between(qtbot):
    chart = GanttChart()
    qtbot.addWidget(chart)
    start = QPointF(100, 3 * ROW_HEIGHT + 12)  # the predecessor's start (a start-to-start link)
    end = QPointF(5000, 8 * ROW_HEIGHT + 12)  # the successor, five rows down and far off to the right
    path, tip, _arrow = chart._link_route(start, end, "SS", downwards=True)
    points = [path.elementAt(i) for i in range(path.elementCount())]
    for point in points:  # every corner near the predecessor's row, or on the successor's column
        assert abs(point.y - start.y()) <= ROW_HEIGHT / 2 or point.x >= end.x(), (point.x, point.y)
    assert tip.x() > end.x() and abs(tip.y() - end.y()) < ROW_HEIGHT / 2  # lands on the successor bar


def test_a_link_to_an_overlapping_successor_enters_it_from_the_side(qtbot):
    chart = GanttChart()
    qtbot.addWidget(chart)
    finish = QPointF(300, ROW_HEIGHT + 12)
    successor_start = QPointF(280, 2 * ROW_HEIGHT + 12)  # starts before the predecessor finishes
    _path, tip, arrow = chart._link_route(finish, successor_start, "FS", downwards=True)
    assert tip == successor_start and arrow[0].x() < 0  # pointing right, into the bar's start
