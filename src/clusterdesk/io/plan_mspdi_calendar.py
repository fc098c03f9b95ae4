"""The project calendar of an MS Project XML file: working week, holidays and working exceptions.

The project's calendar (CalendarUID) may be derived from a base calendar: the base's week and exceptions
apply unless the derived calendar overrides a day. Exceptions, recurring or not, are expanded over the
plan's horizon (`plan_mspdi_recurrence`). A working exception on a day the week leaves free (a working
Saturday) is kept in the document, but the project's calendar has only holidays, so the import summary
says so.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.plan import WorkCalendar
from clusterdesk.io.plan_mspdi_recurrence import Recurrence, exception_days
from clusterdesk.io.plan_mspdi_xml import child, children, number, text

_NAMED_DAYS = 3  # days quoted in a summary sentence; the rest are counted


@dataclass
class CalendarRead:
    calendar: WorkCalendar | None = None
    holiday_names: dict[dt.date, str] = field(default_factory=dict)
    working_days: dict[dt.date, str] = field(default_factory=dict)  # working exceptions on free days
    not_understood: list[str] = field(default_factory=list)


def plan_horizon(root: ET.Element) -> tuple[dt.date, dt.date]:
    """The years a plan can reach: from January of its first date to December three years after its last
    one (tasks slip); the next ten years when the file has no dates."""
    found = []
    tasks = children(child(root, "Tasks"), "Task")
    for element in [root, *tasks]:
        for name in ("StartDate", "FinishDate", "Start", "Finish"):
            try:
                found.append(dt.date.fromisoformat((text(element, name) or "")[:10]))
            except ValueError:
                continue
    if not found:
        today = dt.date.today()
        return dt.date(today.year - 1, 1, 1), dt.date(today.year + 10, 12, 31)
    return dt.date(min(found).year, 1, 1), dt.date(min(max(found).year + 3, dt.MAXYEAR), 12, 31)


def read_calendar(root: ET.Element, reader, hours_per_day: float) -> CalendarRead:
    """The project calendar; `reader` parses dates and numbers, naming the element at fault."""
    calendars = children(child(root, "Calendars"), "Calendar")
    by_uid = {text(c, "UID"): c for c in calendars}
    chosen = by_uid.get(text(root, "CalendarUID")) or (calendars[0] if calendars else None)
    if chosen is None:
        return CalendarRead()
    chain = [chosen]  # the calendar, then its base, and so on; a loop of bases stops the walk
    while (base := by_uid.get(text(chain[-1], "BaseCalendarUID"))) is not None and base not in chain:
        chain.append(base)
    week = list("1111100")
    exceptions: dict[dt.date, tuple[bool, str]] = {}  # day -> (working, name)
    horizon = plan_horizon(root)
    week_start = int(number(root, "WeekStartDay") or 0) % 7
    for calendar in reversed(chain):  # the base first; what a derived calendar says wins
        for day in children(child(calendar, "WeekDays"), "WeekDay"):
            day_type = reader.integer(day, "DayType", "calendar", -1)
            working = text(day, "DayWorking") == "1"
            if 1 <= day_type <= 7 and text(day, "DayWorking") is not None:
                week[(day_type + 5) % 7] = "1" if working else "0"
            elif day_type == 0:  # older files list exceptions as day type 0
                name = text(day, "Name") or _default_name(working)
                for each in _period_days(child(day, "TimePeriod"), reader, horizon):
                    exceptions[each] = (working, name)
        for exception in children(child(calendar, "Exceptions"), "Exception"):
            working = text(exception, "DayWorking") == "1"
            name = text(exception, "Name") or _default_name(working)
            for each in _exception_days(exception, reader, horizon, week_start):
                exceptions[each] = (working, name)
    if "1" not in week:
        raise reader.fail(
            tr(
                "mspdi:no_working_day",
                "the project calendar has no working day in its week.",
                messages_language(),
            )
        )
    read = CalendarRead()
    for day, (working, name) in sorted(exceptions.items()):
        if not working:
            read.holiday_names[day] = name
        elif week[day.weekday()] == "0":
            read.working_days[day] = name
    read.calendar = WorkCalendar("".join(week), tuple(read.holiday_names), hours_per_day)
    if read.working_days:
        read.not_understood.append(_working_days_sentence(read.working_days))
    alternative = [
        w for w in children(child(chosen, "WorkWeeks"), "WorkWeek") if child(w, "TimePeriod") is not None
    ]
    if alternative:
        read.not_understood.append(
            tr_plural(
                "mspdi:work_weeks",
                "The calendar has {count} other working week for part of the year ({names}); the plan keeps "
                "one working week all year.",
                "The calendar has {count} other working weeks for parts of the year ({names}); the plan "
                "keeps one working week all year.",
                len(alternative),
                messages_language(),
                names=", ".join(f"'{text(w, 'Name') or '?'}'" for w in alternative[:_NAMED_DAYS]),
            )
        )
    return read


def _default_name(working: bool) -> str:
    return "Working day" if working else "Holiday"


def _period_days(period, reader, horizon) -> list[dt.date]:
    if period is None:
        return []
    where = tr("mspdi:exception", "calendar exception", messages_language())
    first = reader.date(period, "FromDate", where)
    if first is None:
        return []
    return exception_days(Recurrence(None, first, reader.date(period, "ToDate", where) or first), horizon)


def _exception_days(exception, reader, horizon, week_start: int) -> list[dt.date]:
    period = child(exception, "TimePeriod")
    if period is None:
        return []
    where = tr("mspdi:exception", "calendar exception", messages_language())
    first = reader.date(period, "FromDate", where)
    if first is None:
        return []
    last = reader.date(period, "ToDate", where)
    occurrences = reader.integer(exception, "Occurrences", where, 0) or None
    by_occurrences = text(exception, "EnteredByOccurrences") in ("1", "true")
    if not by_occurrences and last is not None:
        occurrences = None
    recurrence = Recurrence(
        kind=reader.integer(exception, "Type", where, 0) or None,
        first=first,
        last=last if last is not None else first,
        occurrences=occurrences,
        period=reader.integer(exception, "Period", where, 1),
        days_of_week=reader.integer(exception, "DaysOfWeek", where, 0),
        month_day=reader.integer(exception, "MonthDay", where, first.day),
        month=reader.integer(exception, "Month", where, first.month - 1),
        month_item=reader.integer(exception, "MonthItem", where, 0),
        month_position=reader.integer(exception, "MonthPosition", where, 0),
        week_start=week_start,
    )
    return exception_days(recurrence, horizon)


def _working_days_sentence(days: dict[dt.date, str]) -> str:
    quoted = ", ".join(f"{day.isoformat()} '{name}'" for day, name in list(days.items())[:_NAMED_DAYS])
    if len(days) > _NAMED_DAYS:
        quoted = tr("xlsx:and_more", "{cells} and {count} more", messages_language(), cells=quoted,
                    count=len(days) - _NAMED_DAYS)  # fmt: skip
    return tr_plural(
        "mspdi:extra_working_days",
        "The calendar makes {count} day working that its week leaves free ({days}); the plan's calendar "
        "cannot add working days, so it stays free.",
        "The calendar makes {count} days working that its week leaves free ({days}); the plan's calendar "
        "cannot add working days, so they stay free.",
        len(days),
        messages_language(),
        days=quoted,
    )
