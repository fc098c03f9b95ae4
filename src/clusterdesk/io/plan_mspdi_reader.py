"""Reading MS Project XML (MSPDI) written by MS Project, ProjectLibre, GanttProject or ClusterDesk.

Element names are matched without their namespace, since some programs write none. Blank rows
(IsNull) and the project summary task (outline level 0) are skipped. The XML is parsed with defusedxml:
a file that declares entities (which can expand to gigabytes or pull in other files) or refers to
external ones is refused; project programs never write them.

A plan from another program is refused only when it is not a plan or its links form a loop. The calendar
(`plan_mspdi_calendar`), custom fields (`plan_mspdi_fields`) and what the action plan does not model
(`plan_mspdi_unmodelled`) are read by their own modules; the last two fill `PlanDocument.not_understood`.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid as uuid_module
import xml.etree.ElementTree as ET
from pathlib import Path

import defusedxml
import defusedxml.ElementTree

from clusterdesk.core.catalogue import messages_language, tr, tr_plural
from clusterdesk.core.plan import BUDGET_SOURCES, JOINT_ACTION_TYPES, TASK_STATUSES
from clusterdesk.io.plan_link_cycles import link_cycle
from clusterdesk.io.plan_mspdi import _DURATION, _ELAPSED_FORMATS, LINK_TYPES_BY_CODE, TEXT_FIELDS
from clusterdesk.io.plan_mspdi_calendar import read_calendar
from clusterdesk.io.plan_mspdi_fields import CustomFields, with_lines
from clusterdesk.io.plan_mspdi_unmodelled import unmodelled, work_resources
from clusterdesk.io.plan_mspdi_xml import child as _child
from clusterdesk.io.plan_mspdi_xml import children as _children
from clusterdesk.io.plan_mspdi_xml import local as _local
from clusterdesk.io.plan_mspdi_xml import text as _text
from clusterdesk.io.plan_mspdi_xml import without_namespaces
from clusterdesk.io.plan_records import LinkRecord, PlanDocument, PlanFileError, TaskRecord

# LagFormat % and e%: LinkLag is then a percentage of the predecessor's duration, not tenths of a minute
_PERCENT_LAG_FORMATS = {19, 20}


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
        root = without_namespaces(defusedxml.ElementTree.parse(path).getroot())
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
    if _local(root.tag) == "APIBusinessObjects":  # a Primavera P6 export saved as .xml: read it as one
        from clusterdesk.io.plan_p6 import read_p6

        return read_p6(path)
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
    calendar = read_calendar(root, reader, hours_per_day)
    document = PlanDocument(
        _text(root, "Title") or _text(root, "Name") or path.stem,
        calendar=calendar.calendar,
        holiday_names=calendar.holiday_names,
        currency=_text(root, "CurrencyCode"),
        extra_working_days=calendar.working_days,
    )
    fields = CustomFields(root)
    assigned = _read_assignments(root, work_resources(root))
    imported: list[ET.Element] = []
    percent_lags: list[tuple[LinkRecord, int]] = []
    for element in _children(_child(root, "Tasks"), "Task"):
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
        task = _read_task(element, reader, uid, name, level, context, hours_per_day, assigned, fields)
        document.tasks.append(task)
        imported.append(element)
        for link in _children(element, "PredecessorLink"):
            record = _read_link(link, reader, uid, context, minutes_per_day, calendar.calendar)
            document.links.append(record)
            if reader.integer(link, "LagFormat", context, 7) in _PERCENT_LAG_FORMATS:
                percent_lags.append((record, reader.integer(link, "LinkLag", context, 0)))
    durations = {t.key: t.duration_days or 0 for t in document.tasks}
    for record, percent in percent_lags:  # "FS+50%": half the predecessor's duration
        record.lag_days = round(durations.get(record.predecessor, 0) * percent / 100)
    known = {t.key for t in document.tasks}
    document.links = [link for link in document.links if link.predecessor in known]  # links to skipped rows
    _refuse_loops(document, reader)
    document.not_understood = [
        *calendar.not_understood,
        *filter(None, [fields.summary(), _unreadable_budgets(fields)]),
        *unmodelled(root, imported),
    ]
    return document


def _refuse_loops(document: PlanDocument, reader: _Reader) -> None:
    loop = link_cycle(document.links)
    if loop:
        names = {t.key: t.name for t in document.tasks}
        order = list(names)
        first = loop.index(min(loop, key=order.index))  # from the task listed first, for a stable message
        loop = loop[first:] + loop[:first]
        described = " → ".join(f"'{names[key]}'" for key in [*loop, loop[0]])
        raise reader.fail(
            tr(
                "mspdi:loop",
                "its dependencies form a loop ({tasks}), which no planning program can schedule; remove one "
                "of these links in the program that wrote the file and save it again.",
                messages_language(),
                tasks=described,
            )
        )


def _read_task(element, reader, uid, name, level, context, hours_per_day, assigned, fields) -> TaskRecord:
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
    custom, foreign = fields.read_task(element)
    budget = _parse_budget(custom.get("budget", ""))
    if budget is None:  # kept as written, for the planner to enter by source
        fields.unreadable_budgets.append(name)
        foreign.insert(0, f"{fields.label(TEXT_FIELDS['budget'][0])}: {custom['budget']}")
        budget = {}
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
        notes=with_lines(_text(element, "Notes"), foreign),
        budget=budget,
        firms=[f.strip() for f in custom.get("firms", "").split(";") if f.strip()],
        responsible=assigned.get(uid, []),
    )


def _parse_budget(text: str) -> dict[str, float] | None:
    """ClusterDesk's "source=amount; ..." budget, or None when a part is not one of its sources and a
    positive amount."""
    budget = {}
    for part in filter(None, (p.strip() for p in text.split(";"))):
        source, _, amount = part.partition("=")
        try:
            value = float(amount)
        except ValueError:
            return None
        if source not in BUDGET_SOURCES or not math.isfinite(value) or value < 0:
            return None
        budget[source] = value
    return budget


def _unreadable_budgets(fields: CustomFields) -> str | None:
    names = fields.unreadable_budgets
    if not names:
        return None
    return tr_plural(
        "mspdi:unreadable_budgets",
        "The budget by source of {count} task could not be read ({names}); it was kept in the task notes.",
        "The budgets by source of {count} tasks could not be read ({names}); they were kept in the task "
        "notes.",
        len(names),
        messages_language(),
        names=", ".join(f"'{name}'" for name in names[:3]),
    )


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
