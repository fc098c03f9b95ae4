"""The days of an MS Project calendar exception, recurring or not.

MSPDI (Project 2007 and later) stores each exception with a TimePeriod (FromDate, ToDate), a Type
(1 daily, 2 yearly on a day of a month, 3 yearly on a position such as "last Monday of May", 4 monthly on
a day, 5 monthly on a position, 6 weekly, 7 daily ended after a number of occurrences, MS Project's "day
count", which MPXJ writes for every N days; 8, 9 and none: every day of the period), Period (every N days,
weeks or months), DaysOfWeek (bits 1 Sunday to 64 Saturday), MonthDay, Month (0 January), MonthItem
(0 day, 1 weekday, 2 weekend day, 3 Sunday to 9 Saturday), MonthPosition (0 first to 3 fourth, 4 last),
and either an end date or a number of Occurrences (EnteredByOccurrences says which one the user gave).

`exception_days` lists the days within a horizon, so that an exception running for decades (MS Project
lets users repeat a holiday up to 2149) costs only the years the plan can reach.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

DAILY, YEARLY_BY_DAY, YEARLY_BY_POSITION, MONTHLY_BY_DAY, MONTHLY_BY_POSITION, WEEKLY = 1, 2, 3, 4, 5, 6
DAY_COUNT = 7
RECURRING_TYPES = set(range(DAILY, DAY_COUNT + 1))
LAST_POSITION = 4
_MAX_STEPS = 100_000  # candidate dates looked at for one exception; far beyond any real calendar


@dataclass(frozen=True)
class Recurrence:
    kind: int | None  # the exception's Type; None or 7-9: every day from first to last
    first: dt.date
    last: dt.date | None = None  # end date (ToDate)
    occurrences: int | None = None  # used instead of `last` when the user entered a count
    period: int = 1
    days_of_week: int = 0  # DaysOfWeek bits, 1 = Sunday ... 64 = Saturday
    month_day: int = 1
    month: int = 0  # 0 = January
    month_item: int = 0
    month_position: int = 0
    week_start: int = 0  # the project's WeekStartDay, 0 = Sunday: where the weeks of Period begin


def exception_days(recurrence: Recurrence, horizon: tuple[dt.date, dt.date]) -> list[dt.date]:
    """Every day the exception covers that falls within `horizon` (both ends included), in order."""
    low, high = horizon
    days: list[dt.date] = []
    try:
        for count, day in enumerate(_candidates(recurrence), start=1):
            if recurrence.occurrences is not None and count > recurrence.occurrences:
                break
            if recurrence.occurrences is None and day > (recurrence.last or recurrence.first):
                break
            if day > high or count > _MAX_STEPS:
                break
            if day >= low:
                days.append(day)
    except OverflowError:  # the pattern ran past the year 9999
        pass
    return days


def _candidates(r: Recurrence) -> Iterator[dt.date]:
    """Dates of the pattern from `first` on, without end; an occurrence is one date."""
    period = max(r.period, 1)
    if r.kind in (DAILY, DAY_COUNT):
        yield from (r.first + dt.timedelta(days=step * period) for step in range(_MAX_STEPS))
    elif r.kind == WEEKLY:
        yield from _weekly(r, period)
    elif r.kind in (MONTHLY_BY_DAY, MONTHLY_BY_POSITION, YEARLY_BY_DAY, YEARLY_BY_POSITION):
        yearly = r.kind in (YEARLY_BY_DAY, YEARLY_BY_POSITION)
        by_position = r.kind in (MONTHLY_BY_POSITION, YEARLY_BY_POSITION)
        step_months = 12 * period if yearly else period
        start = r.first.year * 12 + ((r.month % 12) if yearly else r.first.month - 1)
        for step in range(_MAX_STEPS):
            year, month0 = divmod(start + step * step_months, 12)
            if year > dt.MAXYEAR:
                return
            month = month0 + 1
            if by_position:
                day = _position_in_month(year, month, r.month_item, r.month_position)
            else:
                day = dt.date(year, month, min(max(r.month_day, 1), calendar.monthrange(year, month)[1]))
            if day >= r.first:
                yield day
    else:  # a plain period: every day from first to last
        yield from (r.first + dt.timedelta(days=step) for step in range(_MAX_STEPS))


def _weekly(r: Recurrence, period: int) -> Iterator[dt.date]:
    mask = r.days_of_week & 0b1111111 or 1 << _sunday_based(r.first)
    offset = (_sunday_based(r.first) - r.week_start) % 7
    week = r.first - dt.timedelta(days=offset)  # first day of the week holding `first`
    for _ in range(_MAX_STEPS):
        for index in range(7):
            day = week + dt.timedelta(days=index)
            if mask & (1 << _sunday_based(day)) and day >= r.first:
                yield day
        week += dt.timedelta(weeks=period)


def _sunday_based(day: dt.date) -> int:
    """0 for Sunday to 6 for Saturday, as MSPDI counts."""
    return (day.weekday() + 1) % 7


def _position_in_month(year: int, month: int, item: int, position: int) -> dt.date:
    """The first to fourth or last day, weekday, weekend day or given day of the week of a month."""
    length = calendar.monthrange(year, month)[1]
    days = [dt.date(year, month, number) for number in range(1, length + 1)]
    if item == 1:
        days = [d for d in days if d.weekday() < 5]
    elif item == 2:
        days = [d for d in days if d.weekday() >= 5]
    elif 3 <= item <= 9:
        days = [d for d in days if _sunday_based(d) == item - 3]
    return days[-1] if position >= LAST_POSITION else days[min(max(position, 0), len(days) - 1)]
