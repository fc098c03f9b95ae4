"""The calendar of a Primavera P6 project: working week, holidays, exceptions and hours per day.

P6 writes each calendar as `<Calendar>` with `<StandardWorkWeek>` (a `<StandardWorkHours>` per day of the
week, whose `<WorkTime>` periods make it a working day) and `<HolidayOrExceptions>` (a dated
`<HolidayOrException>`: without work time a holiday, with work time a working exception). The project's
calendar is its ActivityDefaultCalendarObjectId, else the calendar marked IsDefault, else the first; a
calendar derived from a base (BaseCalendarObjectId) takes the base's exceptions where it says nothing.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.plan import WorkCalendar
from clusterdesk.io.plan_foreign_xml import parse_date, parse_number, quoted
from clusterdesk.io.plan_mspdi_xml import child, children, text

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_OLD_DAYS = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5, "1": 6}  # early schemas: 1 is Sunday


@dataclass
class P6Calendar:
    calendar: WorkCalendar
    object_id: str | None = None
    holiday_names: dict[dt.date, str] = field(default_factory=dict)
    working_days: dict[dt.date, str] = field(default_factory=dict)  # working exceptions on free days
    not_understood: list[str] = field(default_factory=list)


def _works(element: ET.Element) -> bool:
    return any(child(w, "Start") is not None for w in children(element, "WorkTime"))


def _week(calendar: ET.Element) -> str | None:
    week = [None] * 7
    for hours in children(child(calendar, "StandardWorkWeek"), "StandardWorkHours"):
        name = text(hours, "DayOfWeek") or ""
        index = _DAYS.index(name) if name in _DAYS else _OLD_DAYS.get(name)
        if index is not None:
            week[index] = "1" if _works(hours) else "0"
    if all(day is None for day in week):
        return None
    return "".join(day or "0" for day in week)


def project_calendar(root: ET.Element, project: ET.Element) -> P6Calendar:
    calendars = [*children(root, "Calendar"), *children(project, "Calendar")]
    by_id = {text(c, "ObjectId"): c for c in calendars}
    chosen = (
        by_id.get(text(project, "ActivityDefaultCalendarObjectId"))
        or next((c for c in calendars if (text(c, "IsDefault") or "").lower() in ("true", "1")), None)
        or (calendars[0] if calendars else None)
    )
    if chosen is None:
        return P6Calendar(WorkCalendar())
    chain = [chosen]
    while (base := by_id.get(text(chain[-1], "BaseCalendarObjectId"))) is not None and base not in chain:
        chain.append(base)
    week = next((w for w in map(_week, chain) if w is not None), None) or "1111100"
    if "1" not in week:
        week = "1111100"
    hours = next((h for c in chain if (h := parse_number(text(c, "HoursPerDay"))) and 0 < h <= 24), 8.0)
    exceptions: dict[dt.date, bool] = {}
    for calendar in reversed(chain):  # the base first; what a derived calendar says wins
        for exception in children(child(calendar, "HolidayOrExceptions"), "HolidayOrException"):
            day = parse_date(text(exception, "Date"))
            if day is not None:
                exceptions[day] = _works(exception)
    read = P6Calendar(WorkCalendar(), text(chosen, "ObjectId"))
    holiday = tr("p6:holiday", "Holiday", messages_language())  # P6 gives its exceptions no names
    for day, working in sorted(exceptions.items()):
        if not working:
            read.holiday_names[day] = holiday
        elif week[day.weekday()] == "0":
            read.working_days[day] = tr("p6:working_day", "Working day", messages_language())
    read.calendar = WorkCalendar(week, tuple(read.holiday_names), float(hours))
    if read.working_days:
        days = [day.isoformat() for day in read.working_days]
        read.not_understood.append(tr_plural(
            "p6:extra_working_days",
            "The calendar makes {count} day working that its week leaves free ({days}); the plan's calendar "
            "cannot add working days, so it stays free.",
            "The calendar makes {count} days working that its week leaves free ({days}); the plan's calendar "
            "cannot add working days, so they stay free.",
            len(days), messages_language(), days=quoted(days).replace("'", ""),
        ))  # fmt: skip
    return read
