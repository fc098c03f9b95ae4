"""Reading MS Project XML (MSPDI) written by MS Project, ProjectLibre, GanttProject or ClusterDesk.

Element names are matched without their namespace, since some programs write none. Blank rows
(IsNull) and the project summary task (outline level 0) are skipped. The XML is parsed with defusedxml:
a file that declares entities (which can expand to gigabytes or pull in other files) or refers to
external ones is refused; project programs never write them.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid as uuid_module
import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml
import defusedxml.ElementTree

from clusterdesk.core.catalogue import messages_language, tr
from clusterdesk.core.plan import BUDGET_SOURCES, JOINT_ACTION_TYPES, TASK_STATUSES, WorkCalendar
from clusterdesk.io.plan_mspdi import _DURATION, _ELAPSED_FORMATS, LINK_TYPES_BY_CODE, TEXT_FIELDS
from clusterdesk.io.plan_records import LinkRecord, PlanDocument, PlanFileError, TaskRecord

_FIELD_KEYS = {field_id: key for key, (field_id, _name, _alias) in TEXT_FIELDS.items()}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in element if _local(c.tag) == name), None)


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in element if _local(c.tag) == name]


def _text(element: ET.Element, name: str) -> str | None:
    child = _child(element, name)
    return None if child is None or child.text is None else child.text.strip()


class _Reader:
    def __init__(self, path: Path):
        self.path = path
        self.where = path.name

    def fail(self, message: str) -> PlanFileError:
        return PlanFileError(f"{self.where}: {message}")

    def integer(self, element: ET.Element, name: str, context: str, default: int = 0) -> int:
        value = _text(element, name)
        if value in (None, ""):
            return default
        try:
            return int(float(value))
        except (ValueError, OverflowError):  # OverflowError: infinity
            raise self.fail(
                tr(
                    "mspdi:not_number",
                    "{where}: {element} {value} is not a number.",
                    messages_language(),
                    where=context,
                    element=name,
                    value=repr(value),
                )
            ) from None

    def date(self, element: ET.Element, name: str, context: str) -> dt.date | None:
        value = _text(element, name)
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            raise self.fail(
                tr(
                    "mspdi:not_date",
                    "{where}: {element} {value} is not a date (expected YYYY-MM-DDThh:mm:ss).",
                    messages_language(),
                    where=context,
                    element=name,
                    value=repr(value),
                )
            ) from None

    def hours(self, element: ET.Element, name: str, context: str) -> float | None:
        value = _text(element, name)
        if not value:
            return None
        match = _DURATION.match(value)
        if match is None:
            raise self.fail(
                tr(
                    "mspdi:not_duration",
                    "{where}: {element} {value} is not a duration such as PT40H0M0S.",
                    messages_language(),
                    where=context,
                    element=name,
                    value=repr(value),
                )
            )
        years, months, days, hours, minutes, seconds = (float(g) if g else 0.0 for g in match.groups())
        sign = -1 if value.startswith("-") else 1
        if years or months:
            raise self.fail(
                tr(
                    "mspdi:years",
                    "{where}: {element} {value} uses years or months; save durations in hours.",
                    messages_language(),
                    where=context,
                    element=name,
                    value=repr(value),
                )
            )
        return sign * (days * 24 + hours + minutes / 60 + seconds / 3600)


def read_mspdi(path: str | Path) -> PlanDocument:
    """Read a plan from MS Project XML; raises PlanFileError naming the task and element at fault."""
    path = Path(path)
    reader = _Reader(path)
    try:
        root = defusedxml.ElementTree.parse(path).getroot()
    except defusedxml.DefusedXmlException:
        raise reader.fail(
            tr(
                "mspdi:entities",
                "refused: the file declares XML entities or refers to external ones, which MS Project XML "
                "never does (they can make a file expand without limit or read other files).",
                messages_language(),
            )
        ) from None
    except ET.ParseError as error:
        line, column = error.position
        raise reader.fail(
            tr(
                "mspdi:not_well_formed",
                "not well-formed XML at line {line}, column {column}; the file may be cut short or not an "
                "MS Project XML file.",
                messages_language(),
                line=line,
                column=column + 1,
            )
        ) from None
    except OSError as error:
        raise reader.fail(
            tr("mspdi:unreadable", "cannot be read ({error}).", messages_language(), error=error.strerror)
        ) from None
    if _local(root.tag) != "Project":
        raise reader.fail(
            tr(
                "mspdi:root",
                "the root element is <{element}>, not <Project>: not an MS Project XML file.",
                messages_language(),
                element=_local(root.tag),
            )
        )
    minutes_per_day = (
        reader.integer(root, "MinutesPerDay", tr("mspdi:project", "project", messages_language()), 480) or 480
    )
    if not 1 <= minutes_per_day <= 24 * 60:
        raise reader.fail(
            tr(
                "mspdi:minutes_per_day",
                "project: MinutesPerDay {minutes} is not between 1 and 1440.",
                messages_language(),
                minutes=minutes_per_day,
            )
        )
    hours_per_day = minutes_per_day / 60
    calendar, holiday_names = _read_calendar(root, reader, hours_per_day)
    document = PlanDocument(
        _text(root, "Title") or _text(root, "Name") or path.stem,
        calendar=calendar,
        holiday_names=holiday_names,
        currency=_text(root, "CurrencyCode"),
    )
    tasks_element = _child(root, "Tasks")
    resources = _read_resources(root)
    assigned = _read_assignments(root, resources)
    for element in _children(tasks_element, "Task") if tasks_element is not None else []:
        uid = _text(element, "UID")
        name = _text(element, "Name") or ""
        context = (
            tr("mspdi:task_named", "task UID {uid} ({name})", messages_language(), uid=uid, name=repr(name))
            if name
            else tr("mspdi:task", "task UID {uid}", messages_language(), uid=uid)
        )
        if uid is None:
            raise reader.fail(
                tr(
                    "mspdi:no_uid",
                    "a task without a UID (after {count} tasks); every task needs one.",
                    messages_language(),
                    count=len(document.tasks),
                )
            )
        level = reader.integer(element, "OutlineLevel", context, 1)
        if _text(element, "IsNull") == "1" or level == 0:
            continue
        if not name:
            raise reader.fail(
                tr(
                    "mspdi:no_name",
                    "{where} has no name; give it a name in the planning program and save again.",
                    messages_language(),
                    where=context,
                )
            )
        document.tasks.append(_read_task(element, reader, uid, name, level, context, hours_per_day, assigned))
        for link in _children(element, "PredecessorLink"):
            document.links.append(_read_link(link, reader, uid, context, minutes_per_day, calendar))
    known = {t.key for t in document.tasks}
    document.links = [link for link in document.links if link.predecessor in known]  # links to skipped rows
    return document


def _read_task(element, reader, uid, name, level, context, hours_per_day, assigned) -> TaskRecord:
    start = reader.date(element, "Start", context)
    finish = reader.date(element, "Finish", context)
    if start and finish and finish < start:
        raise reader.fail(
            tr(
                "mspdi:finish_before_start",
                "{where}: Finish {finish} is before Start {start}.",
                messages_language(),
                where=context,
                finish=finish,
                start=start,
            )
        )
    hours = reader.hours(element, "Duration", context)
    if hours is not None and hours < 0:
        raise reader.fail(
            tr(
                "mspdi:negative",
                "{where}: Duration {value} is negative.",
                messages_language(),
                where=context,
                value=repr(_text(element, "Duration")),
            )
        )
    milestone = _text(element, "Milestone") == "1"
    percent = reader.integer(element, "PercentComplete", context, 0)
    if not 0 <= percent <= 100:
        raise reader.fail(
            tr(
                "mspdi:percent",
                "{where}: PercentComplete {percent} is outside 0 to 100.",
                messages_language(),
                where=context,
                percent=percent,
            )
        )
    custom = {}
    for attribute in _children(element, "ExtendedAttribute"):
        key = _FIELD_KEYS.get(_text(attribute, "FieldID") or "")
        if key:
            custom[key] = _text(attribute, "Value") or ""
    guid = (_text(element, "GUID") or "").lower()
    try:
        task_uuid = str(uuid_module.UUID(guid)) if guid else None
    except ValueError:
        task_uuid = None
    status = custom.get("status")
    if status not in TASK_STATUSES:
        status = "completed" if percent == 100 else "in_progress" if percent > 0 else "not_started"
    joint = custom.get("joint_action_type")
    return TaskRecord(
        key=uid,
        uuid=task_uuid,
        name=name,
        level=level,
        start=start,
        finish=finish,
        duration_days=None if hours is None else round(hours / hours_per_day),
        milestone=milestone,
        percent_complete=float(percent),
        status=status,
        joint_action_type=joint if joint in JOINT_ACTION_TYPES else None,
        cda_in_charge=custom.get("cda_in_charge") or None,
        notes=_text(element, "Notes"),
        budget=_parse_budget(custom.get("budget", ""), reader, context),
        firms=[f.strip() for f in custom.get("firms", "").split(";") if f.strip()],
        responsible=assigned.get(uid, []),
    )


def _parse_budget(text: str, reader: _Reader, context: str) -> dict[str, float]:
    budget = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        source, _, amount = part.partition("=")
        if source not in BUDGET_SOURCES:
            raise reader.fail(
                tr(
                    "mspdi:budget_source",
                    "{where}: budget source {source} is not one of {sources}.",
                    messages_language(),
                    where=context,
                    source=repr(source),
                    sources=", ".join(BUDGET_SOURCES),
                )
            )
        try:
            budget[source] = float(amount)
            if not math.isfinite(budget[source]) or budget[source] < 0:
                raise ValueError(amount)
        except ValueError:
            raise reader.fail(
                tr(
                    "mspdi:budget_amount",
                    "{where}: budget amount {amount} for {source} is not a positive number.",
                    messages_language(),
                    where=context,
                    amount=repr(amount),
                    source=source,
                )
            ) from None
    return budget


def _read_link(link, reader, uid, context, minutes_per_day, calendar) -> LinkRecord:
    predecessor = _text(link, "PredecessorUID")
    if predecessor is None:
        raise reader.fail(
            tr(
                "mspdi:no_predecessor",
                "{where}: a PredecessorLink has no PredecessorUID.",
                messages_language(),
                where=context,
            )
        )
    code = reader.integer(link, "Type", context, 1)
    if code not in LINK_TYPES_BY_CODE:
        raise reader.fail(
            tr(
                "mspdi:link_type",
                "{where}: link Type {code} is not 0 (FF), 1 (FS), 2 (SF) or 3 (SS).",
                messages_language(),
                where=context,
                code=code,
            )
        )
    lag = reader.integer(link, "LinkLag", context, 0)  # tenths of a minute
    if reader.integer(link, "LagFormat", context, 7) in _ELAPSED_FORMATS:
        days = round(lag / (10 * 60 * 24) * calendar.working_days.count("1") / 7)  # calendar to working days
    else:
        days = round(lag / (10 * minutes_per_day))
    return LinkRecord(predecessor, uid, LINK_TYPES_BY_CODE[code], days)


def _read_calendar(root: ET.Element, reader: _Reader, hours_per_day: float):
    calendars = _child(root, "Calendars")
    wanted = _text(root, "CalendarUID")
    candidates = _children(calendars, "Calendar") if calendars is not None else []
    chosen = next((c for c in candidates if _text(c, "UID") == wanted), candidates[0] if candidates else None)
    if chosen is None:
        return None, {}
    week = list("1111100")
    holidays: dict[dt.date, str] = {}
    week_days = _child(chosen, "WeekDays")
    for day in _children(week_days, "WeekDay") if week_days is not None else []:
        day_type = reader.integer(day, "DayType", "calendar", -1)
        working = _text(day, "DayWorking") == "1"
        if 1 <= day_type <= 7:
            week[(day_type + 5) % 7] = "1" if working else "0"
        elif day_type == 0 and not working:  # older files list exceptions as day type 0
            _add_period(_child(day, "TimePeriod"), reader, holidays, "Holiday")
    exceptions = _child(chosen, "Exceptions")
    for exception in _children(exceptions, "Exception") if exceptions is not None else []:
        if _text(exception, "DayWorking") != "1":
            _add_period(
                _child(exception, "TimePeriod"), reader, holidays, _text(exception, "Name") or "Holiday"
            )
    if "1" not in week:
        raise reader.fail(
            tr(
                "mspdi:no_working_day",
                "the project calendar has no working day in its week.",
                messages_language(),
            )
        )
    return WorkCalendar("".join(week), tuple(sorted(holidays)), hours_per_day), holidays


def _add_period(period, reader: _Reader, holidays: dict[dt.date, str], name: str) -> None:
    if period is None:
        return
    first = reader.date(period, "FromDate", tr("mspdi:exception", "calendar exception", messages_language()))
    last = (
        reader.date(period, "ToDate", tr("mspdi:exception", "calendar exception", messages_language()))
        or first
    )
    if first is None:
        return
    if (last - first).days > 366:
        raise reader.fail(
            tr(
                "mspdi:long_exception",
                "calendar exception {name} spans more than a year ({first} to {last}).",
                messages_language(),
                name=repr(name),
                first=first,
                last=last,
            )
        )
    for offset in range((last - first).days + 1):
        holidays[first + dt.timedelta(days=offset)] = name


def _read_resources(root: ET.Element) -> dict[str, str]:
    resources = _child(root, "Resources")
    found = {}
    for resource in _children(resources, "Resource") if resources is not None else []:
        uid, name = _text(resource, "UID"), _text(resource, "Name")
        if uid is not None and name and _text(resource, "IsNull") != "1":
            found[uid] = name
    return found


def _read_assignments(root: ET.Element, resources: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    assignments = _child(root, "Assignments")
    found: dict[str, list[tuple[str, str]]] = {}
    for assignment in _children(assignments, "Assignment") if assignments is not None else []:
        name = resources.get(_text(assignment, "ResourceUID") or "")
        task = _text(assignment, "TaskUID")
        if name is None or task is None:
            continue  # unassigned placeholders (resource UID -65535) carry no party
        try:
            units = float(_text(assignment, "Units") or 1)
        except ValueError:
            units = 1.0
        found.setdefault(task, []).append((name, "lead" if units >= 1 else "support"))
    return found
