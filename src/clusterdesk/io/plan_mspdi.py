"""MS Project XML (MSPDI), the plan format MS Project, ProjectLibre and GanttProject exchange.

Written: the calendar (working week and holidays), tasks in outline order with WBS and outline level,
start/finish/duration, milestones, percent complete, predecessor links with type and lag, one resource
per responsible stakeholder with an assignment per task (units 1 for the lead, 0.5 for support), and
ClusterDesk fields in the task custom fields Text1-Text5 (joint action type, status, CDA in charge,
budget by source, participating firms) so a round trip keeps them. The task UUID travels as GUID.

Read: the same, from files written by any of those programs. Durations and lags are converted with the
file's own minutes per day.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from clusterdesk.core.plan import WorkCalendar
from clusterdesk.io.output_file import written_atomically
from clusterdesk.io.plan_records import LinkRecord, PlanDocument

NAMESPACE = "http://schemas.microsoft.com/project"
LINK_TYPE_CODES = {"FF": 0, "FS": 1, "SF": 2, "SS": 3}
LINK_TYPES_BY_CODE = {code: name for name, code in LINK_TYPE_CODES.items()}
FORMAT_DAYS = 7
CONSTRAINT_START_NO_EARLIER_THAN = 4
# Task custom fields Text1..Text5 (MSPDI field ids) and what ClusterDesk keeps in them
TEXT_FIELDS = {
    "joint_action_type": ("188743731", "Text1", "Joint action type"),
    "status": ("188743734", "Text2", "Status"),
    "cda_in_charge": ("188743737", "Text3", "CDA in charge"),
    "budget": ("188743740", "Text4", "Budget by source"),
    "firms": ("188743743", "Text5", "Participating firms"),
}
_ELAPSED_FORMATS = {4, 6, 8, 10, 12, 36, 38, 40, 42, 44}  # elapsed minutes/hours/days/weeks/months
_DURATION = re.compile(
    r"^-?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$"
)


def _add(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}")
    if text is not None:
        element.text = str(text)
    return element


def _hours(days: int, hours_per_day: float) -> str:
    total_minutes = round(days * hours_per_day * 60)
    return f"PT{total_minutes // 60}H{total_minutes % 60}M0S"


def _outline_numbers(document: PlanDocument) -> list[str]:
    counters: list[int] = []
    numbers = []
    for task in document.tasks:
        del counters[task.level :]
        while len(counters) < task.level:
            counters.append(0)
        counters[task.level - 1] += 1
        numbers.append(".".join(str(c) for c in counters))
    return numbers


def _working_times(parent: ET.Element, hours_per_day: float) -> None:
    periods = [("08:00:00", "12:00:00"), ("13:00:00", "17:00:00")]
    if hours_per_day != 8:
        end = dt.datetime(2000, 1, 1, 8) + dt.timedelta(hours=min(hours_per_day, 16))
        periods = [("08:00:00", end.strftime("%H:%M:%S"))]
    times = _add(parent, "WorkingTimes")
    for start, finish in periods:
        period = _add(times, "WorkingTime")
        _add(period, "FromTime", start)
        _add(period, "ToTime", finish)


def _write_calendar(root: ET.Element, document: PlanDocument) -> None:
    calendar = document.calendar or WorkCalendar()
    calendars = _add(root, "Calendars")
    standard = _add(calendars, "Calendar")
    _add(standard, "UID", 1)
    _add(standard, "Name", "Standard")
    _add(standard, "IsBaseCalendar", 1)
    _add(standard, "BaseCalendarUID", -1)
    week = _add(standard, "WeekDays")
    for day_type in range(1, 8):  # MSPDI counts Sunday as 1; our week string starts on Monday
        working = calendar.working_days[(day_type + 5) % 7] == "1"
        day = _add(week, "WeekDay")
        _add(day, "DayType", day_type)
        _add(day, "DayWorking", int(working))
        if working:
            _working_times(day, calendar.hours_per_day)
    if calendar.holidays:
        exceptions = _add(standard, "Exceptions")
        for holiday in sorted(calendar.holidays):
            exception = _add(exceptions, "Exception")
            _add(exception, "EnteredByOccurrences", 0)
            period = _add(exception, "TimePeriod")
            _add(period, "FromDate", f"{holiday.isoformat()}T00:00:00")
            _add(period, "ToDate", f"{holiday.isoformat()}T23:59:00")
            _add(exception, "Occurrences", 1)
            _add(exception, "Name", document.holiday_names.get(holiday, "Holiday"))
            _add(exception, "Type", 1)
            _add(exception, "DayWorking", 0)


def write_mspdi(document: PlanDocument, path: str | Path) -> Path:
    """Write the plan as MS Project XML; raises ExportError when the file cannot be written."""
    path = Path(path)
    calendar = document.calendar or WorkCalendar()
    minutes_per_day = round(calendar.hours_per_day * 60)
    starts = [t.start for t in document.tasks if t.start]
    finishes = [t.finish or t.start for t in document.tasks if t.start]
    project_start = min(starts, default=dt.date.today())
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}Project")
    _add(root, "SaveVersion", 14)
    _add(root, "Name", f"{path.stem}.xml")
    _add(root, "Title", document.name)
    _add(root, "ScheduleFromStart", 1)
    _add(root, "StartDate", f"{project_start.isoformat()}T08:00:00")
    _add(root, "FinishDate", f"{max(finishes, default=project_start).isoformat()}T17:00:00")
    if document.currency:
        _add(root, "CurrencyCode", document.currency)
    _add(root, "CalendarUID", 1)
    _add(root, "DefaultStartTime", "08:00:00")
    _add(root, "DefaultFinishTime", "17:00:00")
    _add(root, "MinutesPerDay", minutes_per_day)
    _add(root, "MinutesPerWeek", minutes_per_day * calendar.working_days.count("1"))
    _add(root, "DaysPerMonth", 20)
    attributes = _add(root, "ExtendedAttributes")
    for field_id, field_name, alias in TEXT_FIELDS.values():
        attribute = _add(attributes, "ExtendedAttribute")
        _add(attribute, "FieldID", field_id)
        _add(attribute, "FieldName", field_name)
        _add(attribute, "Alias", alias)
    _write_calendar(root, document)
    uid_of = {task.key: index + 1 for index, task in enumerate(document.tasks)}
    _write_tasks(_add(root, "Tasks"), document, uid_of, calendar, minutes_per_day)
    _write_resources(root, document, uid_of, minutes_per_day)
    ET.indent(root, space="  ")
    with written_atomically(path) as temporary:
        ET.ElementTree(root).write(temporary, encoding="UTF-8", xml_declaration=True)
    return path


def _write_tasks(tasks: ET.Element, document: PlanDocument, uid_of, calendar, minutes_per_day: int) -> None:
    predecessors: dict[str, list[LinkRecord]] = {}
    for link in document.links:
        predecessors.setdefault(link.successor, []).append(link)
    for index, (task, number) in enumerate(zip(document.tasks, _outline_numbers(document), strict=True)):
        summary = document.is_summary(index)
        element = _add(tasks, "Task")
        _add(element, "UID", uid_of[task.key])
        if task.uuid:
            _add(element, "GUID", task.uuid.upper())
        _add(element, "ID", uid_of[task.key])
        _add(element, "Name", task.name)
        _add(element, "Type", 1)  # fixed duration: the plan fixes durations, resources do not drive them
        _add(element, "IsNull", 0)
        _add(element, "WBS", number)
        _add(element, "OutlineNumber", number)
        _add(element, "OutlineLevel", task.level)
        _add(element, "Priority", 500)
        if task.start is not None:
            finish = task.start if task.milestone else (task.finish or task.start)
            days = 0 if task.milestone else task.duration_days or 0
            if summary:
                days = calendar.duration_between(task.start, finish)
            _add(element, "Start", f"{task.start.isoformat()}T08:00:00")
            _add(element, "Finish", f"{finish.isoformat()}T{'08:00:00' if task.milestone else '17:00:00'}")
            _add(element, "Duration", _hours(days, minutes_per_day / 60))
            _add(element, "DurationFormat", FORMAT_DAYS)
        _add(element, "Milestone", int(task.milestone))
        _add(element, "Summary", int(summary))
        _add(element, "PercentComplete", round(task.percent_complete))
        if task.start is not None and not summary:  # keeps the planned start when the file is rescheduled
            _add(element, "ConstraintType", CONSTRAINT_START_NO_EARLIER_THAN)
            _add(element, "CalendarUID", -1)
            _add(element, "ConstraintDate", f"{task.start.isoformat()}T08:00:00")
        if task.notes:
            _add(element, "Notes", task.notes)
        for link in predecessors.get(task.key, []):
            predecessor = _add(element, "PredecessorLink")
            _add(predecessor, "PredecessorUID", uid_of[link.predecessor])
            _add(predecessor, "Type", LINK_TYPE_CODES[link.link_type])
            _add(predecessor, "CrossProject", 0)
            _add(predecessor, "LinkLag", link.lag_days * minutes_per_day * 10)  # tenths of a minute
            _add(predecessor, "LagFormat", FORMAT_DAYS)
        values = {
            "joint_action_type": task.joint_action_type,
            "status": task.status,
            "cda_in_charge": task.cda_in_charge,
            "budget": ";".join(f"{source}={amount:g}" for source, amount in task.budget.items() if amount),
            "firms": "; ".join(task.firms),
        }
        for key, value in values.items():
            if value:
                attribute = _add(element, "ExtendedAttribute")
                _add(attribute, "FieldID", TEXT_FIELDS[key][0])
                _add(attribute, "Value", value)


def _write_resources(root: ET.Element, document: PlanDocument, uid_of, minutes_per_day: int) -> None:
    resource_uid: dict[str, int] = {}
    for task in document.tasks:
        for name, _role in task.responsible:
            resource_uid.setdefault(name, len(resource_uid) + 1)
    resources = _add(root, "Resources")
    for name, uid in resource_uid.items():
        resource = _add(resources, "Resource")
        _add(resource, "UID", uid)
        _add(resource, "ID", uid)
        _add(resource, "Name", name)
        _add(resource, "Type", 1)  # work resource
        _add(resource, "IsNull", 0)
    assignments = _add(root, "Assignments")
    number = 0
    for task in document.tasks:
        for name, role in task.responsible:
            number += 1
            assignment = _add(assignments, "Assignment")
            _add(assignment, "UID", number)
            _add(assignment, "TaskUID", uid_of[task.key])
            _add(assignment, "ResourceUID", resource_uid[name])
            _add(assignment, "Units", 1 if role == "lead" else 0.5)
