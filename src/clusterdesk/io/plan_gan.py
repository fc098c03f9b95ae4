"""Reading GanttProject's own .gan files (XML root <project>) into a PlanDocument.

Tasks nest as `<task id name start duration complete meeting>` inside one another: a task holding others
is a summary. `duration` counts working days of the file's calendar (`plan_gan_calendar`), `complete`
is the percent done and `meeting="true"` marks a milestone; `<notes>` keeps the task's notes. A
dependency is written inside its predecessor as `<depend id="successor" type difference hardness>`,
where type 1 is start-start, 2 finish-start, 3 finish-finish and 4 start-finish (GanttProject's
ConstraintType, persisted as its order from 1) and `difference` is the lag in days. Resources, their
allocations, custom columns, vacations and baselines are named in the import summary; only a file that
is not a GanttProject plan, or whose dependencies form a loop, is refused.
"""

from __future__ import annotations

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
from clusterdesk.io.plan_gan_calendar import read_calendar
from clusterdesk.io.plan_mspdi_xml import local
from clusterdesk.io.plan_records import LinkRecord, PlanDocument, TaskRecord

PROGRAM = "GanttProject"
LINK_TYPES = {"1": "SS", "2": "FS", "3": "FF", "4": "SF"}
_HORIZON_YEARS = 3  # yearly holidays reach this many years past the last task's start (tasks slip)


def read_gan(path: str | Path) -> PlanDocument:
    """Read a GanttProject plan; raises PlanFileError when it is none or its dependencies form a loop."""
    path = Path(path)
    language = messages_language()
    root = parse_plan_xml(path, PROGRAM)
    tasks_element = root.find("tasks")
    if local(root.tag) != "project" or tasks_element is None:
        raise refusal(path, tr(
            "gan:root",
            "not a GanttProject plan: the root element is <{element}>, where a .gan file has <project> "
            "with <tasks>.",
            language, element=local(root.tag),
        ))  # fmt: skip
    elements = list(tasks_element.iter("task"))
    starts = [d for e in elements if (d := parse_date(e.get("start")))]
    first = min(starts).year if starts else 2000
    last = max(starts).year + _HORIZON_YEARS if starts else 2040
    calendar = read_calendar(root, range(first, last + 1))
    document = PlanDocument(
        (root.get("name") or "").strip() or path.stem,
        calendar=calendar.calendar,
        holiday_names=calendar.holiday_names,
        extra_working_days=calendar.working_days,
    )

    def visit(parent: ET.Element, level: int) -> None:
        for element in parent.findall("task"):
            document.tasks.append(_task(element, level, calendar.calendar))
            for depend in element.findall("depend"):
                lag = parse_number(depend.get("difference")) or 0.0
                kind = LINK_TYPES.get((depend.get("type") or "2").strip(), "FS")
                document.links.append(
                    LinkRecord(element.get("id", ""), depend.get("id", ""), kind, round(lag))
                )
            visit(element, level + 1)

    visit(tasks_element, 1)
    known = {t.key for t in document.tasks}
    document.links = [k for k in document.links if k.predecessor in known and k.successor in known]
    refuse_loops(document, path, PROGRAM)
    document.not_understood = [*calendar.not_understood, *_unmodelled(root, elements)]
    return document


def _task(element: ET.Element, level: int, calendar) -> TaskRecord:
    key = element.get("id", "")
    start = parse_date(element.get("start"))
    milestone = (element.get("meeting") or "").lower() == "true"
    duration = parse_number(element.get("duration"))
    days = None if duration is None or duration < 0 else round(duration)
    finish = None
    if start is not None and not milestone and days is not None:
        finish = calendar.finish_of(start, days)
    percent = parse_number(element.get("complete")) or 0.0
    percent = min(max(percent, 0.0), 100.0)
    notes = element.find("notes")
    return TaskRecord(
        key=key,
        name=(element.get("name") or "").strip() or key,
        level=level,
        start=start,
        finish=finish,
        duration_days=0 if milestone else days,
        milestone=milestone,
        percent_complete=percent,
        status="completed" if percent >= 100 else "in_progress" if percent > 0 else "not_started",
        notes=(notes.text or "").strip() or None if notes is not None else None,
    )


def _unmodelled(root: ET.Element, tasks: list[ET.Element]) -> list[str]:
    language = messages_language()
    out: list[str] = []
    resources = [(r.get("name") or "?") for r in root.findall("resources/resource")]
    if resources:
        out.append(tr_plural(
            "gan:resources",
            "{count} resource was not imported ({names}); name the parties responsible for a task in "
            "ClusterDesk.",
            "{count} resources were not imported ({names}); name the parties responsible for a task in "
            "ClusterDesk.",
            len(resources), language, count=count_text(len(resources), language), names=quoted(resources),
        ))  # fmt: skip
    if allocations := len(root.findall("allocations/allocation")):
        out.append(tr_plural(
            "gan:allocations",
            "{count} resource allocation to a task was not imported.",
            "{count} resource allocations to tasks were not imported.",
            allocations, language, count=count_text(allocations, language),
        ))  # fmt: skip
    columns = [(p.get("name") or "?") for p in root.findall("tasks/taskproperties/taskproperty")
               if p.get("type") == "custom"]  # fmt: skip
    if columns:
        out.append(tr_plural(
            "gan:custom_columns",
            "{count} custom column of the tasks was not imported ({names}).",
            "{count} custom columns of the tasks were not imported ({names}).",
            len(columns), language, count=count_text(len(columns), language), names=quoted(columns),
        ))  # fmt: skip
    if vacations := len(root.findall("vacations/vacation")):
        out.append(tr_plural(
            "gan:vacations",
            "{count} resource vacation was not imported.",
            "{count} resource vacations were not imported.",
            vacations, language, count=count_text(vacations, language),
        ))  # fmt: skip
    if baselines := len(root.findall("previous/previous-tasks")):
        out.append(tr_plural(
            "gan:baselines",
            "The file's {count} baseline was not imported; save a baseline in ClusterDesk to measure "
            "slippage from now on.",
            "The file's {count} baselines were not imported; save a baseline in ClusterDesk to measure "
            "slippage from now on.",
            baselines, language, count=count_text(baselines, language),
        ))  # fmt: skip
    costly = [(t.get("name") or "?") for t in tasks if parse_number(t.get("cost-manual-value"))]
    if costly:
        out.append(tr_plural(
            "gan:costs",
            "The cost of {count} task was not imported ({names}); the plan keeps a budget by source, which "
            "you can enter in the task.",
            "The costs of {count} tasks were not imported ({names}); the plan keeps a budget by source, "
            "which you can enter in each task.",
            len(costly), language, count=count_text(len(costly), language), names=quoted(costly),
        ))  # fmt: skip
    return out
