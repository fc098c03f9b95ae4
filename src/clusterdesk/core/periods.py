"""Reporting periods of results monitoring: years, semesters and quarters, named by stable codes.

A period code is "2024" (a year), "2024-S2" (a semester) or "2024-Q3" (a quarter). Codes sort
chronologically within one frequency, which is what the project's reporting frequency fixes. Labels for
people come from `core.formatting` in the reader's language. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

FREQUENCY_MONTHS = {"quarter": 3, "semester": 6, "year": 12}
_PATTERN = re.compile(r"^(\d{4})(?:-(Q)([1-4])|-(S)([12]))?$")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    index: int  # 1 for a year; 1-2 for semesters; 1-4 for quarters
    frequency: str

    @property
    def code(self) -> str:
        if self.frequency == "year":
            return f"{self.year}"
        letter = "Q" if self.frequency == "quarter" else "S"
        return f"{self.year}-{letter}{self.index}"

    @property
    def start(self) -> dt.date:
        months = FREQUENCY_MONTHS[self.frequency]
        return dt.date(self.year, 1 + (self.index - 1) * months, 1)

    @property
    def end(self) -> dt.date:
        following = self.next()
        return following.start - dt.timedelta(days=1)

    def next(self) -> Period:
        per_year = 12 // FREQUENCY_MONTHS[self.frequency]
        if self.index < per_year:
            return Period(self.year, self.index + 1, self.frequency)
        return Period(self.year + 1, 1, self.frequency)

    def ordinal(self) -> int:
        """Periods counted from year 0, so that the difference of two is their distance in periods."""
        per_year = 12 // FREQUENCY_MONTHS[self.frequency]
        return self.year * per_year + self.index - 1

    def __str__(self) -> str:
        return self.code


@functools.lru_cache(maxsize=4096)
def parse_period(code: str) -> Period | None:
    """The period a code names, or None when it is not a period code."""
    match = _PATTERN.match(str(code).strip().upper()) if code is not None else None
    if not match:
        return None
    year = int(match.group(1))
    if match.group(2):
        return Period(year, int(match.group(3)), "quarter")
    if match.group(4):
        return Period(year, int(match.group(5)), "semester")
    return Period(year, 1, "year")


def period_of(day: dt.date, frequency: str) -> Period:
    """The period of `frequency` that contains `day`."""
    months = FREQUENCY_MONTHS[frequency]
    return Period(day.year, (day.month - 1) // months + 1, frequency)


def periods_between(first: dt.date, last: dt.date, frequency: str) -> list[Period]:
    """Every period of `frequency` from the one containing `first` to the one containing `last`."""
    if last < first:
        first, last = last, first
    period, final = period_of(first, frequency), period_of(last, frequency)
    periods = []
    while period <= final:
        periods.append(period)
        period = period.next()
    return periods


def convert(period: Period, frequency: str) -> Period:
    """The period of `frequency` in which `period` ends (a quarter's semester, a semester's year)."""
    return period_of(period.end, frequency)
