"""The calendar of a GanttProject .gan file: the default week and the dated days.

`<calendars><day-types><default-week sun="1" mon="0" … sat="1"/>` marks the weekend with 1. Each
`<date year month date type>` (under `<calendars>`, or under `<day-types><days>` in some versions) is a
HOLIDAY (the default), a WORKING_DAY or NEUTRAL; a date without a year recurs every year, so it is
expanded over the plan's years. Its text, when there is one, names it.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.plan import WorkCalendar
from clusterdesk.io.plan_foreign_xml import quoted

_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass
class GanCalendar:
    calendar: WorkCalendar
    holiday_names: dict[dt.date, str] = field(default_factory=dict)
    working_days: dict[dt.date, str] = field(default_factory=dict)
    not_understood: list[str] = field(default_factory=list)


def _number(element: ET.Element, name: str) -> int | None:
    try:
        return int((element.get(name) or "").strip())
    except ValueError:
        return None


def _days(element: ET.Element, years: range) -> list[dt.date]:
    month, day, year = _number(element, "month"), _number(element, "date"), _number(element, "year")
    found = []
    for each in [year] if year else years:
        try:
            found.append(dt.date(each, month or 0, day or 0))
        except (ValueError, TypeError):
            continue  # 29 February in a common year, or a date that does not exist
    return found


def read_calendar(root: ET.Element, years: range) -> GanCalendar:
    """The plan's calendar; `years` are those a yearly holiday is expanded over."""
    language = messages_language()
    calendars = root.find("calendars")
    week = "1111100"
    if calendars is not None and (default := calendars.find("day-types/default-week")) is not None:
        week = "".join("0" if default.get(day, "1" if day in ("sat", "sun") else "0") == "1" else "1"
                       for day in _WEEK)  # fmt: skip
        if "1" not in week:  # a week without working days cannot hold a plan; GanttProject's default
            week = "1111100"
    read = GanCalendar(WorkCalendar(week))
    holiday = tr("gan:holiday", "Holiday", language)
    for element in calendars.iter("date") if calendars is not None else []:
        kind = (element.get("type") or "HOLIDAY").upper()
        name = (element.text or "").strip()
        for day in _days(element, years):
            if kind == "HOLIDAY":
                read.holiday_names[day] = name or holiday
            elif kind == "WORKING_DAY" and week[day.weekday()] == "0":
                read.working_days[day] = name or tr("gan:working_day", "Working day", language)
    read.calendar = WorkCalendar(week, tuple(sorted(read.holiday_names)))
    if read.working_days:
        days = [day.isoformat() for day in sorted(read.working_days)]
        read.not_understood.append(tr_plural(
            "gan:extra_working_days",
            "The calendar makes {count} day working that its week leaves free ({days}); the plan's calendar "
            "cannot add working days, so it stays free.",
            "The calendar makes {count} days working that its week leaves free ({days}); the plan's calendar "
            "cannot add working days, so they stay free.",
            len(days), language, days=quoted(days).replace("'", ""),
        ))  # fmt: skip
    return read
