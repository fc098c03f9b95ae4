"""Recurring calendar exceptions of MS Project XML, written by hand to the MSPDI schema (Project 2007 and
later), expanded into holidays and working days; every list of dates below was worked out on a calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clusterdesk.core.project import Project
from clusterdesk.io.plan_mspdi_reader import read_mspdi
from clusterdesk.io.plan_mspdi_recurrence import Recurrence, exception_days
from clusterdesk.io.plan_records import plan_import_command, read_plan
from conftest import assert_valid_project

D = dt.date
WORKING_TIMES = (
    "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
    "</WorkingTimes>"
)


def exception(name, first, last=None, *, working=False, by_occurrences=False, **fields):
    """One <Exception> as MS Project writes it: the range, then Type, Period and the pattern's fields."""
    to_date = f"<ToDate>{last}T23:59:00</ToDate>" if last else ""
    pattern = "".join(f"<{key}>{value}</{key}>" for key, value in fields.items())
    return (
        f"<Exception><EnteredByOccurrences>{int(by_occurrences)}</EnteredByOccurrences>"
        f"<TimePeriod><FromDate>{first}T00:00:00</FromDate>{to_date}</TimePeriod>"
        f"<Name>{name}</Name>{pattern}<DayWorking>{int(working)}</DayWorking>"
        f"{WORKING_TIMES if working else ''}</Exception>"
    )


def plan_file(folder, exceptions: list[str], *, finish="2027-06-30", week_start=1):
    week = "".join(
        f"<WeekDay><DayType>{day}</DayType><DayWorking>{int(2 <= day <= 6)}</DayWorking></WeekDay>"
        for day in range(1, 8)
    )
    path = folder / "agency_plan.xml"
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<Project xmlns='http://schemas.microsoft.com/project'><Name>Plan 2027</Name>"
        f"<StartDate>2027-01-04T08:00:00</StartDate><FinishDate>{finish}T17:00:00</FinishDate>"
        f"<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay><WeekStartDay>{week_start}</WeekStartDay>"
        f"<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
        f"<WeekDays>{week}</WeekDays><Exceptions>{''.join(exceptions)}</Exceptions></Calendar></Calendars>"
        "<Tasks><Task><UID>1</UID><ID>1</ID><Name>Diagnóstico</Name><OutlineLevel>1</OutlineLevel>"
        "<Start>2027-01-04T08:00:00</Start><Finish>2027-01-29T17:00:00</Finish>"
        "<Duration>PT160H0M0S</Duration></Task></Tasks></Project>",
        encoding="utf-8",
    )
    return path


def days_named(names: dict[dt.date, str], name: str) -> list[dt.date]:
    return sorted(day for day, each in names.items() if each == name)


# (exception, the days it covers), one case per recurrence type, by end date and by occurrences
CASES = {
    "daily until": (
        exception("daily until", "2027-03-01", "2027-03-09", Type=1, Period=2),
        [D(2027, 3, 1), D(2027, 3, 3), D(2027, 3, 5), D(2027, 3, 7), D(2027, 3, 9)],
    ),
    "daily count": (
        exception("daily count", "2027-03-01", by_occurrences=True, Type=1, Period=3, Occurrences=4),
        [D(2027, 3, 1), D(2027, 3, 4), D(2027, 3, 7), D(2027, 3, 10)],
    ),
    "weekly until": (  # every second week, Monday and Friday; weeks start on Monday (WeekStartDay 1)
        exception("weekly until", "2027-03-03", "2027-03-31", Type=6, Period=2, DaysOfWeek=2 | 32),
        [D(2027, 3, 5), D(2027, 3, 15), D(2027, 3, 19), D(2027, 3, 29)],
    ),
    "weekly count": (
        exception(
            "weekly count",
            "2027-05-04",
            by_occurrences=True,
            Type=6,
            Period=1,
            DaysOfWeek=4 | 16,
            Occurrences=3,
        ),  # fmt: skip
        [D(2027, 5, 4), D(2027, 5, 6), D(2027, 5, 11)],  # Tuesday, Thursday, Tuesday
    ),
    "monthly day until": (  # day 31 falls on the last day of shorter months
        exception("monthly day until", "2027-01-15", "2027-05-31", Type=4, Period=1, MonthDay=31),
        [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31), D(2027, 4, 30), D(2027, 5, 31)],
    ),
    "monthly day count": (  # every two months from January; 10 January is before the start
        exception(
            "monthly day count",
            "2027-01-20",
            by_occurrences=True,
            Type=4,
            Period=2,
            MonthDay=10,
            Occurrences=3,
        ),  # fmt: skip
        [D(2027, 3, 10), D(2027, 5, 10), D(2027, 7, 10)],
    ),
    "monthly position until": (  # the last Friday of every month
        exception(
            "monthly position until",
            "2027-01-01",
            "2027-04-30",
            Type=5,
            Period=1,
            MonthItem=8,
            MonthPosition=4,
        ),  # fmt: skip
        [D(2027, 1, 29), D(2027, 2, 26), D(2027, 3, 26), D(2027, 4, 30)],
    ),
    "monthly position count": (  # the first Monday; 1 February is before the start
        exception(
            "monthly position count",
            "2027-02-02",
            by_occurrences=True,
            Type=5,
            Period=1,
            MonthItem=4,
            MonthPosition=0,
            Occurrences=3,
        ),  # fmt: skip
        [D(2027, 3, 1), D(2027, 4, 5), D(2027, 5, 3)],
    ),
    "Independence Day": (  # a national holiday, yearly on 15 September over three years
        exception("Independence Day", "2027-09-15", "2029-09-15", Type=2, Month=8, MonthDay=15),
        [D(2027, 9, 15), D(2028, 9, 15), D(2029, 9, 15)],
    ),
    "Labour Day": (
        exception(
            "Labour Day", "2027-05-01", by_occurrences=True, Type=2, Month=4, MonthDay=1, Occurrences=3
        ),
        [D(2027, 5, 1), D(2028, 5, 1), D(2029, 5, 1)],
    ),
    "last Monday of May": (
        exception(
            "last Monday of May", "2027-05-01", "2029-05-31", Type=3, Month=4, MonthItem=4, MonthPosition=4
        ),  # fmt: skip
        [D(2027, 5, 31), D(2028, 5, 29), D(2029, 5, 28)],
    ),
    "fourth Thursday of November": (
        exception(
            "fourth Thursday of November",
            "2027-01-01",
            by_occurrences=True,
            Type=3,
            Month=10,
            MonthItem=7,
            MonthPosition=3,
            Occurrences=2,
        ),  # fmt: skip
        [D(2027, 11, 25), D(2028, 11, 23)],
    ),
    "first weekday of the month": (  # MonthItem 1: a weekday, Monday to Friday
        exception(
            "first weekday of the month",
            "2027-05-01",
            "2027-08-31",
            Type=5,
            Period=1,
            MonthItem=1,
            MonthPosition=0,
        ),  # fmt: skip
        [D(2027, 5, 3), D(2027, 6, 1), D(2027, 7, 1), D(2027, 8, 2)],
    ),
    "Semana Santa": (  # no recurrence: every day of the period
        exception("Semana Santa", "2027-03-25", "2027-03-26", Type=1, Occurrences=1),
        [D(2027, 3, 25), D(2027, 3, 26)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_recurrence_type_expands_to_the_hand_worked_days(tmp_path, name):
    text, days = CASES[name]
    assert sorted(read_mspdi(plan_file(tmp_path, [text])).holiday_names) == days


def test_exceptions_of_every_type_together_make_the_calendar(tmp_path):
    document = read_mspdi(plan_file(tmp_path, [text for text, _days in CASES.values()]))
    expected = set().union(*(days for _text, days in CASES.values()))
    assert set(document.calendar.holidays) == expected
    assert not document.calendar.is_working_day(D(2028, 9, 15))  # a Friday, Independence Day
    assert document.calendar.is_working_day(D(2028, 9, 18))


def test_a_weekly_exception_over_fourteen_months_imports(tmp_path):
    fridays = exception("Viernes de campo", "2027-01-01", "2028-02-29", Type=6, Period=1, DaysOfWeek=32)
    document = read_mspdi(plan_file(tmp_path, [fridays]))
    days = days_named(document.holiday_names, "Viernes de campo")
    assert len(days) == 61  # 53 Fridays in 2027, 8 in January and February 2028
    assert days[0] == D(2027, 1, 1) and days[-1] == D(2028, 2, 25)
    assert {day.weekday() for day in days} == {4}
    assert document.calendar.is_working_day(D(2027, 1, 7)) and not document.calendar.is_working_day(
        D(2027, 1, 8)
    )


def test_a_holiday_repeated_for_ever_is_kept_over_the_plans_years_only(tmp_path):
    christmas = exception("Navidad", "2027-12-25", "2149-12-25", Type=2, Month=11, MonthDay=25)
    document = read_mspdi(plan_file(tmp_path, [christmas], finish="2027-10-29"))
    assert days_named(document.holiday_names, "Navidad") == [D(year, 12, 25) for year in range(2027, 2031)]


def test_weeks_of_a_period_start_on_the_projects_week_start_day(tmp_path):
    # every second week on Sunday and Monday, from Wednesday 3 March 2027: with weeks from Sunday (0), the
    # first week is 28 February - 6 March, so Sunday 14 and Monday 15 March come next; with weeks from
    # Monday (1), the first week is 1-7 March and holds Sunday 7 March, the third Monday 15 and Sunday 21
    pattern = {"Type": 6, "Period": 2, "DaysOfWeek": 1 | 2}
    sunday_weeks = read_mspdi(plan_file(tmp_path, [exception("x", "2027-03-03", "2027-03-22", **pattern)],
                                        week_start=0))  # fmt: skip
    assert days_named(sunday_weeks.holiday_names, "x") == [D(2027, 3, 14), D(2027, 3, 15)]
    monday_weeks = read_mspdi(plan_file(tmp_path, [exception("x", "2027-03-03", "2027-03-22", **pattern)],
                                        week_start=1))  # fmt: skip
    assert days_named(monday_weeks.holiday_names, "x") == [D(2027, 3, 7), D(2027, 3, 15), D(2027, 3, 21)]


def test_working_saturdays_are_read_and_reported_and_the_calendar_is_kept(tmp_path):
    texts = [
        exception("Jornada de recuperación", "2027-03-13", "2027-03-13", working=True, Type=1),
        exception(
            "Sábados de feria",
            "2027-04-03",
            by_occurrences=True,
            working=True,
            Type=6,
            Period=1,
            DaysOfWeek=64,
            Occurrences=3,
        ),  # fmt: skip
        exception("Independence Day", "2027-09-15", "2029-09-15", Type=2, Month=8, MonthDay=15),
        exception("Horario de verano", "2027-07-05", "2027-07-09", working=True, Type=1),  # weekdays
    ]
    document = read_mspdi(plan_file(tmp_path, texts))
    assert document.extra_working_days == {
        D(2027, 3, 13): "Jornada de recuperación",
        D(2027, 4, 3): "Sábados de feria",
        D(2027, 4, 10): "Sábados de feria",
        D(2027, 4, 17): "Sábados de feria",
    }
    assert sorted(document.holiday_names) == [D(2027, 9, 15), D(2028, 9, 15), D(2029, 9, 15)]
    assert document.calendar.working_days == "1111100"
    [sentence] = [s for s in document.not_understood if "working" in s]
    assert sentence.startswith("The calendar makes 4 days working that its week leaves free")
    assert "2027-03-13 'Jornada de recuperación'" in sentence and "and 1 more" in sentence

    project = Project.new(tmp_path / "feria.gpkg", "Feria", country="NI")
    try:
        command, _warnings = plan_import_command(project, document, source="agency_plan.xml")
        project.stack.push(command)
        assert sorted(read_plan(project).holiday_names) == sorted(document.holiday_names)
        project.save()
    finally:
        project.close()
    assert_valid_project(tmp_path / "feria.gpkg")


def test_a_derived_calendar_takes_its_bases_holidays_and_overrides_them(tmp_path):
    path = plan_file(tmp_path, [exception("Independence Day", "2027-09-15", "2029-09-15", Type=2, Month=8,
                                          MonthDay=15)])  # fmt: skip
    derived = (
        "<Calendar><UID>7</UID><Name>Oficina Estelí</Name><IsBaseCalendar>0</IsBaseCalendar>"
        "<BaseCalendarUID>1</BaseCalendarUID><WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking>"
        f"{WORKING_TIMES}</WeekDay></WeekDays><Exceptions>"
        f"{exception('Día de la oficina', '2028-09-15', '2028-09-15', working=True, Type=1)}"
        "</Exceptions></Calendar>"
    )
    text = path.read_text(encoding="utf-8").replace(
        "</Calendar></Calendars>", f"</Calendar>{derived}</Calendars>"
    )
    path.write_text(
        text.replace("<CalendarUID>1</CalendarUID>", "<CalendarUID>7</CalendarUID>"), encoding="utf-8"
    )
    document = read_mspdi(path)
    assert document.calendar.working_days == "1111110"  # the derived calendar works on Saturdays
    assert sorted(document.holiday_names) == [D(2027, 9, 15), D(2029, 9, 15)]  # 2028 is a working day there


@settings(max_examples=300, deadline=None)
@given(
    kind=st.one_of(st.none(), st.integers(-2, 12)),
    first=st.dates(D(1990, 1, 1), D(2200, 12, 31)),
    span=st.integers(-5, 60_000),
    occurrences=st.one_of(st.none(), st.integers(-3, 500)),
    period=st.integers(-2, 400),
    days_of_week=st.integers(-1, 300),
    month_day=st.integers(-3, 40),
    month=st.integers(-2, 14),
    month_item=st.integers(-1, 12),
    month_position=st.integers(-1, 6),
    week_start=st.integers(0, 6),
)
def test_any_exception_pattern_gives_ordered_days_within_its_range_and_the_horizon(
    kind, first, span, **fields
):
    last = first + dt.timedelta(days=span) if first.year < 2100 else None
    recurrence = Recurrence(kind, first, last, **fields)
    horizon = (D(2027, 1, 1), D(2030, 12, 31))
    days = exception_days(recurrence, horizon)
    assert days == sorted(set(days))
    assert all(horizon[0] <= day <= horizon[1] and day >= first for day in days)
    if recurrence.occurrences is not None:
        assert len(days) <= max(recurrence.occurrences, 0)
    else:
        assert all(day <= (last or first) for day in days)
    if kind == 6 and fields["days_of_week"] & 0b1111111:
        assert all(fields["days_of_week"] & 1 << (day.weekday() + 1) % 7 for day in days)
