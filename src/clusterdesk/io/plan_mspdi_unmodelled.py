"""What an MS Project XML file holds that the action plan does not model, one sentence each.

The plan keeps tasks, dates, links, progress, a calendar and the responsible parties (work resources
assigned to tasks). Material and cost resources, work and costs, date constraints other than "start no
earlier than" (which ClusterDesk itself writes), deadlines, baselines and task calendars are left out;
the import summary says so instead of refusing the file.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from clusterdesk.core.catalogue import count_text, messages_language, tr, tr_plural
from clusterdesk.io.plan_mspdi_xml import child, children, number, text

WORK_RESOURCE = "1"  # MSPDI resource Type: 0 material, 1 work, 2 cost
# MS Project (and MPXJ) write an assignment to this resource UID for a task that has work but no resource
UNASSIGNED = "-65535"
_KEPT_CONSTRAINTS = {"0", "4"}  # as soon as possible; start no earlier than
_NAMED = 3


def _is_work(resource: ET.Element) -> bool:
    return (text(resource, "Type") or WORK_RESOURCE) == WORK_RESOURCE


def work_resources(root: ET.Element) -> dict[str, str]:
    """Work resources by UID: the parties a plan can name as responsible."""
    found = {}
    for resource in children(child(root, "Resources"), "Resource"):
        uid, name = text(resource, "UID"), text(resource, "Name")
        if uid is None or not name or text(resource, "IsNull") == "1":
            continue
        if _is_work(resource):
            found[uid] = name
    return found


def _quoted(names: list[str]) -> str:
    shown = ", ".join(f"'{name}'" for name in names[:_NAMED])
    if len(names) > _NAMED:
        shown = tr("xlsx:and_more", "{cells} and {count} more", messages_language(), cells=shown,
                   count=len(names) - _NAMED)  # fmt: skip
    return shown


def _non_zero(element: ET.Element, *names: str) -> bool:
    for name in names:
        value = text(element, name)
        if value and value.startswith("P"):  # a duration such as work, PT0H0M0S when none
            if any(ch in "123456789" for ch in value):
                return True
        elif number(element, name):
            return True
    return False


def unmodelled(root: ET.Element, tasks: list[ET.Element]) -> list[str]:
    """Sentences, in the messages language, for each kind of content the plan leaves out."""
    language = messages_language()
    sentences = []
    resources = [r for r in children(child(root, "Resources"), "Resource")
                 if text(r, "Name") and text(r, "IsNull") != "1"]  # fmt: skip
    others = [text(r, "Name") or "" for r in resources if not _is_work(r)]
    if others:
        sentences.append(tr_plural(
            "mspdi:material_resources",
            "{count} material or cost resource was not imported ({names}); the plan names only the parties "
            "responsible for a task.",
            "{count} material or cost resources were not imported ({names}); the plan names only the parties "
            "responsible for a task.",
            len(others), language, count=count_text(len(others), language), names=_quoted(others),
        ))  # fmt: skip
    assignments = children(child(root, "Assignments"), "Assignment")
    assigned = {text(a, "ResourceUID") for a in assignments}
    idle = [text(r, "Name") or "" for r in resources
            if _is_work(r) and text(r, "UID") not in assigned]  # fmt: skip
    if idle:
        sentences.append(tr_plural(
            "mspdi:idle_resources",
            "{count} resource is assigned to no task and was not imported ({names}).",
            "{count} resources are assigned to no task and were not imported ({names}).",
            len(idle), language, count=count_text(len(idle), language), names=_quoted(idle),
        ))  # fmt: skip
    loaded = [a for a in assignments if text(a, "ResourceUID") != UNASSIGNED
              and _non_zero(a, "Work", "Cost", "ActualWork", "ActualCost")]  # fmt: skip
    if loaded:
        sentences.append(tr_plural(
            "mspdi:assignment_work",
            "The work and cost of {count} resource assignment were not imported; each assigned resource "
            "became a responsible party: the lead institution at 100% units, otherwise a supporting one.",
            "The work and cost of {count} resource assignments were not imported; each assigned resource "
            "became a responsible party: the lead institution at 100% units, otherwise a supporting one.",
            len(loaded), language, count=count_text(len(loaded), language),
        ))  # fmt: skip
    leaves = [t for t in tasks if text(t, "Summary") != "1"]  # summaries add up their tasks' costs
    costly = [t for t in leaves if _non_zero(t, "Cost", "FixedCost", "ActualCost")]
    rates = [r for r in resources if _non_zero(r, "StandardRate", "OvertimeRate", "CostPerUse", "Cost")]
    if costly:
        sentences.append(tr_plural(
            "mspdi:costs",
            "The cost of {count} task was not imported; the plan keeps a budget by source, which you can "
            "enter in the task.",
            "The costs of {count} tasks were not imported; the plan keeps a budget by source, which you can "
            "enter in each task.",
            len(costly), language, count=count_text(len(costly), language),
        ))  # fmt: skip
    if rates:
        sentences.append(
            tr("mspdi:rates", "The resources' rates and costs per use were not imported.", language)
        )
    constrained = [text(t, "Name") or "" for t in tasks
                   if (text(t, "ConstraintType") or "0") not in _KEPT_CONSTRAINTS]  # fmt: skip
    if constrained:
        sentences.append(tr_plural(
            "mspdi:constraints",
            "{count} task has a date constraint other than 'start no earlier than' ({names}); its dates were "
            "imported, the constraint was not.",
            "{count} tasks have date constraints other than 'start no earlier than' ({names}); their dates "
            "were imported, the constraints were not.",
            len(constrained), language, count=count_text(len(constrained), language),
            names=_quoted(constrained),
        ))  # fmt: skip
    deadlines = [text(t, "Name") or "" for t in tasks if text(t, "Deadline")]
    if deadlines:
        sentences.append(tr_plural(
            "mspdi:deadlines",
            "{count} task has a deadline ({names}), which was not imported.",
            "{count} tasks have deadlines ({names}), which were not imported.",
            len(deadlines), language, count=count_text(len(deadlines), language), names=_quoted(deadlines),
        ))  # fmt: skip
    baselines = {text(b, "Number") or "0" for t in tasks for b in children(t, "Baseline")}
    if baselines:
        sentences.append(tr_plural(
            "mspdi:baselines",
            "The file's {count} baseline was not imported; save a baseline in ClusterDesk to measure "
            "slippage from now on.",
            "The file's {count} baselines were not imported; save a baseline in ClusterDesk to measure "
            "slippage from now on.",
            len(baselines), language, count=count_text(len(baselines), language),
        ))  # fmt: skip
    project_calendar = text(root, "CalendarUID")
    own_calendar = [text(t, "Name") or "" for t in tasks
                    if text(t, "CalendarUID") not in (None, "-1", project_calendar)]  # fmt: skip
    if own_calendar:
        sentences.append(tr_plural(
            "mspdi:task_calendars",
            "{count} task follows a calendar of its own ({names}); it is scheduled on the plan's calendar.",
            "{count} tasks follow calendars of their own ({names}); they are scheduled on the plan's "
            "calendar.",
            len(own_calendar), language, count=count_text(len(own_calendar), language),
            names=_quoted(own_calendar),
        ))  # fmt: skip
    return sentences
