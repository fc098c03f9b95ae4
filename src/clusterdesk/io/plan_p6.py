"""Reading Primavera P6 XML (root <APIBusinessObjects>, Oracle's P6 XML schema) into a PlanDocument.

One project of the file is read: the first, or the one whose Id or Name is asked for; the others are
named in the import summary. WBS elements become summary tasks nesting their activities (and the WBS
below them); activities keep their names, dates (actual where the activity has started or finished,
else the current schedule's, else the planned), percent complete as the activity's PercentCompleteType
chooses, and milestones (Start or Finish Milestone). Relationships keep their type and their lag, which
P6 writes in hours and the plan keeps in working days of the calendar's HoursPerDay. Dates, durations and
percentages P6 writes but cannot be read are left out; only a file without a project, or whose links
form a loop, is refused.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.io.plan_foreign_xml import (
    parse_date,
    parse_number,
    parse_plan_xml,
    quoted,
    refusal,
    refuse_loops,
)
from clusterdesk.io.plan_mspdi_xml import children, local, text
from clusterdesk.io.plan_p6_calendar import project_calendar
from clusterdesk.io.plan_p6_unmodelled import unmodelled
from clusterdesk.io.plan_records import LinkRecord, PlanDocument, TaskRecord

PROGRAM = "Primavera P6"
LINK_TYPES = {
    "Finish to Start": "FS",
    "Start to Start": "SS",
    "Finish to Finish": "FF",
    "Start to Finish": "SF",
}
_MILESTONES = ("Start Milestone", "Finish Milestone")
_PERCENT = {"Physical": "PhysicalPercentComplete", "Duration": "DurationPercentComplete",
            "Units": "UnitsPercentComplete"}  # fmt: skip
_STATUS = {"Not Started": "not_started", "In Progress": "in_progress", "Completed": "completed"}
_TAG = re.compile(r"<[^>]+>")


def p6_projects(root: ET.Element) -> list[ET.Element]:
    return children(root, "Project")


def project_label(project: ET.Element) -> str:
    return text(project, "Name") or text(project, "Id") or "?"


def read_p6(path: str | Path, project_name: str | None = None) -> PlanDocument:
    """Read one project of a P6 XML file; raises PlanFileError when there is none or links form a loop."""
    path = Path(path)
    language = messages_language()
    root = parse_plan_xml(path, PROGRAM)
    if local(root.tag) != "APIBusinessObjects":
        raise refusal(path, tr("p6:root", "the root element is <{element}>, not <APIBusinessObjects>: not a "
                               "Primavera P6 XML file.", language, element=local(root.tag)))  # fmt: skip
    projects = p6_projects(root)
    if not projects:
        raise refusal(path, tr(
            "p6:no_project",
            "the Primavera P6 file holds no project (only shared data such as calendars or resources). In "
            "P6, export the project itself: File > Export, Primavera PM XML, then choose the project.",
            language,
        ))  # fmt: skip
    project = _chosen(projects, project_name, path)
    calendar = project_calendar(root, project)
    hours_per_day = calendar.calendar.hours_per_day
    document = PlanDocument(
        project_label(project),
        calendar=calendar.calendar,
        holiday_names=calendar.holiday_names,
        extra_working_days=calendar.working_days,
    )
    activities = children(project, "Activity")
    notes = _notes(root, project)
    _add_outline(document, project, activities, notes, hours_per_day)
    # Tasks by the ObjectId a relationship names: an activity's, else a WBS element's, since MPXJ writes a
    # link of an MS Project summary task with the ObjectId of the WBS element the summary became
    keys = {t.key.removeprefix("wbs:"): t.key for t in document.tasks if t.key.startswith("wbs:")}
    keys.update((t.key, t.key) for t in document.tasks if not t.key.startswith("wbs:"))
    outside = 0
    for relationship in [*children(root, "Relationship"), *children(project, "Relationship")]:
        predecessor = keys.get(text(relationship, "PredecessorActivityObjectId") or "")
        successor = keys.get(text(relationship, "SuccessorActivityObjectId") or "")
        if predecessor is None or successor is None:
            outside += 1
            continue
        lag = parse_number(text(relationship, "Lag")) or 0.0
        kind = LINK_TYPES.get(text(relationship, "Type") or "", "FS")
        document.links.append(LinkRecord(predecessor, successor, kind, round(lag / hours_per_day)))
    refuse_loops(document, path, PROGRAM)
    others = [project_label(p) for p in projects if p is not project]
    document.not_understood = [
        *([_other_projects(others, document.name)] if others else []),
        *calendar.not_understood,
        *unmodelled(root, project, activities, calendar.object_id, outside),
    ]
    return document


def _chosen(projects: list[ET.Element], wanted: str | None, path: Path) -> ET.Element:
    if not wanted:
        return projects[0]
    for project in projects:
        if wanted.casefold() in ((text(project, "Id") or "").casefold(), project_label(project).casefold()):
            return project
    raise refusal(path, tr(
        "p6:no_such_project", "has no project with the ID or name '{wanted}'; it holds {projects}.",
        messages_language(), wanted=wanted, projects=quoted([project_label(p) for p in projects]),
    ))  # fmt: skip


def _other_projects(others: list[str], chosen: str) -> str:
    language = messages_language()
    return tr_plural(
        "p6:other_projects",
        "The file holds {count} other project ({names}); only '{chosen}' was imported. Import the file "
        "again and choose the other project to add it too.",
        "The file holds {count} other projects ({names}); only '{chosen}' was imported. Import the file "
        "again and choose another project to add it too.",
        len(others), language, count=count_text(len(others), language), names=quoted(others), chosen=chosen,
    )  # fmt: skip


def _notes(root: ET.Element, project: ET.Element) -> dict[str, str]:
    """Activity notebook texts by activity ObjectId, as plain text (P6 writes them as HTML)."""
    found: dict[str, list[str]] = {}
    for note in [*children(root, "ActivityNote"), *children(project, "ActivityNote")]:
        body = _TAG.sub(" ", text(note, "Note") or "")
        body = re.sub(r"[ \t]+", " ", body).strip()
        if body:
            found.setdefault(text(note, "ActivityObjectId") or "", []).append(body)
    return {key: "\n\n".join(bodies) for key, bodies in found.items()}


def _add_outline(document: PlanDocument, project: ET.Element, activities: list[ET.Element],
                 notes: dict[str, str], hours_per_day: float) -> None:  # fmt: skip
    """WBS nodes as summaries in their sequence, each with its activities by start, then the WBS below."""
    wbs = children(project, "WBS")
    ids = {text(w, "ObjectId") for w in wbs}
    below: dict[str | None, list[ET.Element]] = {}
    for node in wbs:
        parent = text(node, "ParentObjectId")
        below.setdefault(parent if parent in ids else None, []).append(node)
    for nodes in below.values():
        nodes.sort(key=lambda w: parse_number(text(w, "SequenceNumber")) or 0)  # stable: file order on ties
    in_wbs: dict[str | None, list[ET.Element]] = {}
    for activity in activities:
        node = text(activity, "WBSObjectId")
        in_wbs.setdefault(node if node in ids else None, []).append(activity)

    def by_start(activity: ET.Element) -> tuple[str, str]:
        start, finish = _dates(activity)
        return str(start or finish or "9999"), text(activity, "Id") or ""

    for items in in_wbs.values():
        items.sort(key=by_start)

    def holds_activities(node_id: str | None) -> bool:
        return bool(in_wbs.get(node_id)) or any(
            holds_activities(text(n, "ObjectId")) for n in below.get(node_id, [])
        )

    def visit(node_id: str | None, level: int) -> None:
        for activity in in_wbs.get(node_id, []):
            document.tasks.append(_activity(activity, level, notes, hours_per_day))
        for node in below.get(node_id, []):
            object_id = text(node, "ObjectId")
            if not holds_activities(object_id):  # an empty WBS element would be a task with nothing to do
                continue
            name = text(node, "Name") or text(node, "Code") or "?"
            document.tasks.append(TaskRecord(key=f"wbs:{object_id}", name=name, level=level))
            visit(object_id, level + 1)

    visit(None, 1)


def _dates(activity: ET.Element):
    start = next(filter(None, (parse_date(text(activity, n)) for n in
                               ("ActualStartDate", "StartDate", "PlannedStartDate"))), None)  # fmt: skip
    finish = next(filter(None, (parse_date(text(activity, n)) for n in
                                ("ActualFinishDate", "FinishDate", "PlannedFinishDate"))), None)  # fmt: skip
    return start, finish


def _activity(activity: ET.Element, level: int, notes: dict[str, str], hours_per_day: float) -> TaskRecord:
    key = text(activity, "ObjectId") or ""
    start, finish = _dates(activity)
    milestone = (text(activity, "Type") or "") in _MILESTONES
    if milestone:
        start = start or finish if text(activity, "Type") == "Start Milestone" else finish or start
        finish = start
    elif start and finish and finish < start:
        finish = None  # kept from the start and duration instead
    percent = _percent(activity)
    status = _STATUS.get(text(activity, "Status") or "")
    if status is None:
        status = "completed" if percent >= 100 else "in_progress" if percent > 0 else "not_started"
    return TaskRecord(
        key=key,
        name=text(activity, "Name") or text(activity, "Id") or key,
        level=level,
        start=start,
        finish=finish,
        duration_days=None if start and finish else _duration_days(activity, hours_per_day),
        milestone=milestone,
        percent_complete=percent,
        status=status,
        notes=notes.get(key),
    )


def _duration_days(activity: ET.Element, hours_per_day: float) -> int | None:
    """Working days of an activity without both dates (its finish then follows from the calendar)."""
    hours = parse_number(text(activity, "AtCompletionDuration")) or parse_number(
        text(activity, "PlannedDuration")
    )
    return None if hours is None or hours < 0 else max(round(hours / hours_per_day), 1)


def _percent(activity: ET.Element) -> float:
    """The percent complete P6 shows for the activity: physical, duration or units, as the activity chose."""
    chosen = _PERCENT.get(text(activity, "PercentCompleteType") or "Duration", "DurationPercentComplete")
    value = parse_number(text(activity, chosen))
    if value is None:
        value = parse_number(text(activity, "PercentComplete")) or 0.0
    value *= 100  # P6 XML writes fractions: 0.5 is half done
    return float(min(max(round(value, 1), 0.0), 100.0))
