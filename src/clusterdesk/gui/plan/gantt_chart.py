"""The bar side of the Gantt: a custom-painted scroll area (one paint pass over the visible rows, no item
per bar), so a plan of thousands of tasks scrolls and zooms smoothly.

Gestures become requests, never edits: dragging a bar along its row asks to move it, dragging its right
end asks to resize it, and dragging it up or down onto another bar asks to link the two. The panel turns
requests into undoable commands.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from clusterdesk.gui.i18n import translate
from clusterdesk.gui.plan.gantt_data import GanttData, GanttRow, date_of, day_number

ROW_HEIGHT = 20  # compact, as in MS Project and GanttProject: a docked plan shows more rows
ZOOMS: dict[str, float] = {"days": 26.0, "weeks": 7.0, "months": 2.2, "quarters": 0.8}  # pixels per day
WHOLE_PLAN = "whole"  # a continuous zoom: the whole plan in the chart's width, kept so when it resizes
END_GRIP = 6  # pixels at a bar's right end that resize instead of move
MARGIN_DAYS = 14

BAR = QColor("#4a7fc1")
BAR_DONE = QColor("#23508a")
CRITICAL = QColor("#d0453b")
CRITICAL_DONE = QColor("#8e2a23")
SUMMARY = QColor("#333333")
BASELINE = QColor("#a9a9a9")
TODAY = QColor("#e08a00")
GRID = QColor("#e6e6e6")
ARROW = QColor("#5a5a5a")
SELECTED_ROW = QColor("#dce8f7")
LONG, SHORT = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat


def month_name(day: dt.date, form: QLocale.FormatType = LONG, year: bool = True) -> str:
    """The month of `day` as a heading in the interface language ("February 2027", "Февраль 2027",
    "févr. 2027"): the standalone form, which Russian needs for a month named on its own."""
    name = QLocale().standaloneMonthName(day.month, form)
    name = name[:1].upper() + name[1:]
    return f"{name} {day.year}" if year else name


def day_and_month(day: dt.date) -> str:
    """A week's first day, "1 Feb" ("1 févr.", "3 мая") in the interface language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def quarter_name(day: dt.date) -> str:
    return translate("GanttChart", "Q{number}").format(number=(day.month - 1) // 3 + 1)


class GanttChart(QAbstractScrollArea):
    moveRequested = Signal(int, object)  # task fid, new start date
    resizeRequested = Signal(int, object)  # task fid, new finish date
    linkRequested = Signal(int, int)  # predecessor fid, successor fid
    rowClicked = Signal(int)  # row index
    viewportResized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GanttRow] = []
        self.data: GanttData | None = None
        self.header_height = 40
        self.pixels_per_day = ZOOMS["weeks"]
        self.zoom = "weeks"
        self.origin = day_number(dt.date.today()) - MARGIN_DAYS
        self.last_day = self.origin + 120
        self.selected_row: int | None = None
        self.show_baseline = True
        self._drag: dict | None = None
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(ROW_HEIGHT)
        self.horizontalScrollBar().setSingleStep(40)
        self.setMinimumWidth(200)

    # -- content -------------------------------------------------------------------------------
    def set_rows(self, data: GanttData, rows: list[GanttRow]) -> None:
        self.data, self.rows = data, rows
        first, last = data.span()
        self.origin, self.last_day = first - MARGIN_DAYS, last + MARGIN_DAYS
        if self.zoom == WHOLE_PLAN:
            self.pixels_per_day = self.whole_plan_pixels_per_day()
        self._update_scrollbars()
        self.viewport().update()

    def set_zoom(self, name: str) -> None:
        """One of ZOOMS or WHOLE_PLAN, keeping the day in the middle of the view where it is."""
        centre_day = self.day_at(self.viewport().width() / 2)
        self.zoom = name
        self.pixels_per_day = self.whole_plan_pixels_per_day() if name == WHOLE_PLAN else ZOOMS[name]
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(
            round(self.x_of(centre_day) + self.horizontalScrollBar().value() - self.viewport().width() / 2)
        )
        self.viewport().update()

    def span_days(self) -> int:
        return self.last_day - self.origin + 1

    def whole_plan_pixels_per_day(self) -> float:
        return max(self.viewport().width(), 1) / self.span_days()

    def fitting_zoom(self) -> str:
        """The closest named zoom that shows the whole plan in the chart's width, else WHOLE_PLAN."""
        width = self.viewport().width()
        fitting = [name for name, pixels in ZOOMS.items() if pixels * self.span_days() <= width]
        return fitting[0] if fitting else WHOLE_PLAN

    def scroll_to_day(self, day: int) -> None:
        self.horizontalScrollBar().setValue(max(0, round((day - self.origin) * self.pixels_per_day - 40)))

    def _update_scrollbars(self) -> None:
        width = (self.last_day - self.origin + 1) * self.pixels_per_day
        self.horizontalScrollBar().setRange(0, max(0, round(width - self.viewport().width())))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        height = len(self.rows) * ROW_HEIGHT
        self.verticalScrollBar().setRange(0, max(0, height - (self.viewport().height() - self.header_height)))
        self.verticalScrollBar().setPageStep(max(ROW_HEIGHT, self.viewport().height() - self.header_height))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.zoom == WHOLE_PLAN:
            self.pixels_per_day = self.whole_plan_pixels_per_day()
        self._update_scrollbars()
        self.viewportResized.emit()

    # -- geometry ------------------------------------------------------------------------------
    def x_of(self, day: float) -> float:
        return (day - self.origin) * self.pixels_per_day - self.horizontalScrollBar().value()

    def day_at(self, x: float) -> float:
        return (x + self.horizontalScrollBar().value()) / self.pixels_per_day + self.origin

    def y_of(self, row: int) -> float:
        return self.header_height + row * ROW_HEIGHT - self.verticalScrollBar().value()

    def row_at(self, y: float) -> int | None:
        if y < self.header_height:
            return None
        row = int((y - self.header_height + self.verticalScrollBar().value()) // ROW_HEIGHT)
        return row if 0 <= row < len(self.rows) else None

    def bar_rect(self, index: int) -> QRectF | None:
        row = self.rows[index]
        if row.start is None or row.finish is None:
            return None
        top = self.y_of(index)
        if row.milestone:
            centre = self.x_of(row.start + 0.5)
            return QRectF(centre - 6, top + 3, 12, 12)
        left, right = self.x_of(row.start), self.x_of(row.finish + 1)
        if row.summary:
            return QRectF(left, top + 5, max(right - left, 2), 6)
        return QRectF(left, top + 3, max(right - left, 3), ROW_HEIGHT - 9)

    def hit(self, pos: QPointF) -> tuple[int, str] | None:
        """(row, 'body' or 'end') of the bar under `pos`."""
        index = self.row_at(pos.y())
        if index is None:
            return None
        rect = self.bar_rect(index)
        if rect is None or not rect.adjusted(-2, -3, 2, 3).contains(pos):
            return None
        row = self.rows[index]
        if not row.milestone and not row.summary and pos.x() >= rect.right() - END_GRIP:
            return index, "end"
        return index, "body"

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, Qt.GlobalColor.white)
        first = max(0, self.row_at(self.header_height) or 0)
        last = min(len(self.rows), first + height // ROW_HEIGHT + 2)
        if self.selected_row is not None and first <= self.selected_row < last:
            painter.fillRect(QRectF(0, self.y_of(self.selected_row), width, ROW_HEIGHT), SELECTED_ROW)
        self._paint_grid(painter, width, height)
        self._paint_links(painter, first, last)
        for index in range(first, last):
            self._paint_row(painter, index)
        self._paint_drag(painter)
        today = self.x_of(day_number(dt.date.today()) + 0.5)
        painter.setPen(QPen(TODAY, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today, self.header_height), QPointF(today, height))
        self._paint_header(painter, width)
        if self.data is not None and self.data.problem:
            painter.setPen(CRITICAL)
            painter.drawText(
                QRectF(8, self.header_height + 4, width - 16, 60), Qt.TextFlag.TextWordWrap, self.data.problem
            )
        painter.end()

    def _ticks(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """Lower and upper timescale ticks (day number, label) across the visible width."""
        start = date_of(int(self.day_at(0)) - 1)
        end = date_of(int(self.day_at(self.viewport().width())) + 2)
        lower, upper = [], []
        day = start
        while day <= end:
            number = day_number(day)
            if self.pixels_per_day >= ZOOMS["days"]:
                lower.append((number, f"{day.day}"))
                if day.day == 1 or day == start:
                    upper.append((number, month_name(day)))
            elif self.pixels_per_day >= ZOOMS["weeks"]:
                if day.weekday() == 0:
                    lower.append((number, day_and_month(day)))
                if day.day == 1:
                    upper.append((number, month_name(day)))
            elif self.pixels_per_day >= ZOOMS["months"]:
                if day.day == 1:
                    lower.append((number, month_name(day, SHORT, year=False)))
                    if day.month == 1 or day == start:
                        upper.append((number, str(day.year)))
            elif day.day == 1 and day.month in (1, 4, 7, 10):
                lower.append((number, quarter_name(day)))
                if day.month == 1:
                    upper.append((number, str(day.year)))
            day += dt.timedelta(days=1)
        if lower and (not upper or upper[0][0] > lower[0][0]):  # name the period the view starts in
            first = date_of(lower[0][0])
            upper.insert(
                0,
                (
                    lower[0][0],
                    month_name(first) if self.pixels_per_day >= ZOOMS["weeks"] else str(first.year),
                ),
            )
        return lower, upper

    def _paint_grid(self, painter: QPainter, width: int, height: int) -> None:
        lower, _upper = self._ticks()
        painter.setPen(QPen(GRID, 1))
        for number, _label in lower:
            x = round(self.x_of(number)) + 0.5
            painter.drawLine(QPointF(x, self.header_height), QPointF(x, height))

    def _paint_header(self, painter: QPainter, width: int) -> None:
        half = self.header_height / 2
        painter.fillRect(QRectF(0, 0, width, self.header_height), QColor("#f3f3f3"))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawLine(QPointF(0, half), QPointF(width, half))
        painter.drawLine(QPointF(0, self.header_height - 0.5), QPointF(width, self.header_height - 0.5))
        lower, upper = self._ticks()
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        lower = self._week_days_alone(painter, lower)
        for ticks, top in ((upper, 0.0), (lower, half)):
            for position, (number, label) in enumerate(ticks):
                x = self.x_of(number)
                following = self.x_of(ticks[position + 1][0]) if position + 1 < len(ticks) else x + 200
                painter.setPen(QPen(QColor("#c8c8c8"), 1))
                painter.drawLine(QPointF(x, top), QPointF(x, top + half))
                painter.setPen(QColor("#444444"))
                if top == 0.0:  # the period the view starts in is named at the left edge, whole
                    x = max(x, 0.0)
                room = QRectF(x + 3, top, max(0.0, following - x - 6), half)  # never over the next label
                text = self._fitting_label(painter, number, label, int(room.width()), upper=top == 0.0)
                painter.drawText(room, Qt.AlignmentFlag.AlignVCenter, text)

    def _week_days_alone(self, painter: QPainter, lower: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Weeks named by their first day alone ("14") when a day with its month ("14 févr.", "14 сент.")
        does not fit every week's column: the row above names the months."""
        if not ZOOMS["weeks"] <= self.pixels_per_day < ZOOMS["days"]:
            return lower
        room = 7 * self.pixels_per_day - 6
        if all(painter.fontMetrics().horizontalAdvance(label) <= room for _number, label in lower):
            return lower
        return [(number, str(date_of(number).day)) for number, _label in lower]

    def _fitting_label(self, painter: QPainter, number: int, label: str, room: int, upper: bool) -> str:
        """The label, or a shorter name of the same month ("Oct 2022", "Oct") when the column is
        narrow; cut with "…" only when even the shortest does not fit. Names in the interface language."""
        metrics = painter.fontMetrics()
        candidates = [label]
        if upper and self.pixels_per_day >= ZOOMS["weeks"]:  # upper ticks name months at these zooms
            day = date_of(number)
            candidates += [month_name(day, SHORT), month_name(day, SHORT, year=False)]
        for candidate in candidates:
            if metrics.horizontalAdvance(candidate) <= room:
                return candidate
        return metrics.elidedText(candidates[-1], Qt.TextElideMode.ElideRight, room)

    def _paint_row(self, painter: QPainter, index: int) -> None:
        row = self.rows[index]
        rect = self.bar_rect(index)
        if rect is None:
            return
        top = self.y_of(index)
        if self.show_baseline and row.baseline_start is not None and row.baseline_finish is not None:
            left = self.x_of(row.baseline_start)
            right = self.x_of(row.baseline_finish + 1) if not row.milestone else left + self.pixels_per_day
            painter.fillRect(QRectF(left, top + ROW_HEIGHT - 5, max(right - left, 2), 3), BASELINE)
        colour, done_colour = (CRITICAL, CRITICAL_DONE) if row.critical else (BAR, BAR_DONE)
        painter.setPen(Qt.PenStyle.NoPen)
        if row.milestone:
            centre = rect.center()
            painter.setBrush(done_colour if row.percent >= 100 else colour)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x(), rect.top()),
                        QPointF(rect.right(), centre.y()),
                        QPointF(centre.x(), rect.bottom()),
                        QPointF(rect.left(), centre.y()),
                    ]
                )
            )
        elif row.summary:
            painter.setBrush(SUMMARY)
            painter.drawRect(rect)
            for x, direction in ((rect.left(), 1), (rect.right(), -1)):
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x, rect.bottom()),
                            QPointF(x + 6 * direction, rect.bottom()),
                            QPointF(x, rect.bottom() + 5),
                        ]
                    )
                )
        else:
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 2, 2)
            if row.percent > 0:
                done = QRectF(
                    rect.left(),
                    rect.top() + rect.height() * 0.3,
                    rect.width() * min(row.percent, 100) / 100,
                    rect.height() * 0.4,
                )
                painter.setBrush(done_colour)
                painter.drawRect(done)
        painter.setPen(QColor("#333333"))
        label_x = rect.right() + 6
        painter.drawText(
            QRectF(label_x, top, 4000, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, row.name
        )  # whole, however long

    def _anchor(self, index: int, at_finish: bool) -> QPointF | None:
        rect = self.bar_rect(index)
        if rect is None:
            return None
        return QPointF(rect.right() if at_finish else rect.left(), rect.center().y())

    def _paint_links(self, painter: QPainter, first: int, last: int) -> None:
        if self.data is None:
            return
        index_of = {row.fid: i for i, row in enumerate(self.rows)}
        painter.setPen(QPen(ARROW, 1.1))
        for _fid, predecessor, successor, link_type, _lag in self.data.links:
            a, b = index_of.get(predecessor), index_of.get(successor)
            if a is None or b is None or (max(a, b) < first or min(a, b) > last):
                continue
            start = self._anchor(a, at_finish=link_type[0] == "F")
            end = self._anchor(b, at_finish=link_type[1] == "F")
            if start is None or end is None:
                continue
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path, tip, arrow = self._link_route(start, end, link_type, b > a)
            painter.drawPath(path)
            painter.setBrush(ARROW)
            painter.drawPolygon(QPolygonF([tip, tip + arrow[0], tip + arrow[1]]))

    def _link_route(
        self, start: QPointF, end: QPointF, link_type: str, downwards: bool
    ) -> tuple[QPainterPath, QPointF, tuple[QPointF, QPointF]]:
        """The line of one link, where its arrow points and the arrow's two back corners (relative).

        A successor that starts to the right is reached the way planners know from MS Project: along
        the edge of the predecessor's row, then straight down (or up) onto the successor's bar, so a
        successor scrolled out of view leaves no line framing the rows in between. Otherwise the line
        goes round through the gap beside the successor's row and enters the bar from the side."""
        out = 8 if link_type[0] == "F" else -8
        path = QPainterPath(start)
        drop_x = end.x() + 6
        if link_type[1] == "S" and drop_x >= start.x() + out:
            edge = 5 if downwards else -5  # the successor bar's top (or bottom) edge
            tip = QPointF(drop_x, end.y() - edge)
            gap_y = start.y() + (ROW_HEIGHT / 2 if downwards else -ROW_HEIGHT / 2)  # clear of the labels
            path.lineTo(start.x() + out / 2, start.y())
            path.lineTo(start.x() + out / 2, gap_y)
            path.lineTo(drop_x, gap_y)
            path.lineTo(tip)
            back = -5 if downwards else 5
            return path, tip, (QPointF(-3.5, back), QPointF(3.5, back))
        into = -8 if link_type[1] == "S" else 8
        middle_y = end.y() - (ROW_HEIGHT / 2 if downwards else -ROW_HEIGHT / 2)
        path.lineTo(start.x() + out, start.y())
        path.lineTo(start.x() + out, middle_y)
        path.lineTo(end.x() + into, middle_y)
        path.lineTo(end.x() + into, end.y())
        path.lineTo(end)
        side = -5 if into < 0 else 5  # the arrow points into the bar
        return path, end, (QPointF(side, -3.5), QPointF(side, 3.5))

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self._drag
        if not drag or drag["mode"] is None:
            return
        if drag["mode"] == "link":
            painter.setPen(QPen(CRITICAL, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(drag["origin"], drag["pos"])
            return
        rect = QRectF(self.bar_rect(drag["row"]))
        shift = drag["days"] * self.pixels_per_day
        if drag["mode"] == "move":
            rect.translate(shift, 0)
        else:
            rect.setRight(max(rect.left() + self.pixels_per_day, rect.right() + shift))
        painter.setPen(QPen(BAR_DONE, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)

    # -- gestures ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        index = self.row_at(pos.y())
        if index is not None:
            self.selected_row = index
            self.rowClicked.emit(index)
        found = self.hit(pos)
        self._drag = None
        if found is not None:
            self._drag = {
                "row": found[0],
                "part": found[1],
                "origin": pos,
                "pos": pos,
                "mode": None,
                "days": 0,
            }
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        drag = self._drag
        if drag is None:
            found = self.hit(pos)
            cursor = Qt.CursorShape.ArrowCursor
            if found is not None:
                cursor = Qt.CursorShape.SizeHorCursor if found[1] == "end" else Qt.CursorShape.OpenHandCursor
            self.viewport().setCursor(cursor)
            return
        drag["pos"] = pos
        dx, dy = pos.x() - drag["origin"].x(), pos.y() - drag["origin"].y()
        if drag["mode"] is None and max(abs(dx), abs(dy)) >= 4:
            if drag["part"] == "end":
                drag["mode"] = "resize"
            elif abs(dy) > ROW_HEIGHT * 0.6:
                drag["mode"] = "link"
            else:
                drag["mode"] = "move"
        if drag["mode"] == "move" and abs(dy) > ROW_HEIGHT * 0.9:
            drag["mode"] = "link"  # the bar left its row: the user is linking
        drag["days"] = round(dx / self.pixels_per_day)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        drag, self._drag = self._drag, None
        self.viewport().update()
        if drag is None or drag["mode"] is None:
            return
        row = self.rows[drag["row"]]
        if drag["mode"] == "link":
            target = self.hit(event.position())
            if target is not None and target[0] != drag["row"]:
                self.linkRequested.emit(row.fid, self.rows[target[0]].fid)
        elif drag["days"] and drag["mode"] == "move":
            self.moveRequested.emit(row.fid, date_of(row.start + drag["days"]))
        elif drag["days"] and drag["mode"] == "resize":
            self.resizeRequested.emit(row.fid, date_of(max(row.start, row.finish + drag["days"])))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - event.angleDelta().y())
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()
