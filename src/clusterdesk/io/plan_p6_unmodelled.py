"""What a Primavera P6 project holds that the action plan does not model, one sentence each: resources
and their assignments, costs and expenses, user-defined fields, constraints, activity codes, activity
calendars of their own and relationships with other projects."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from clusterdesk.core.catalogue import count_text, messages_language, tr_plural
from clusterdesk.io.plan_foreign_xml import parse_number, quoted
from clusterdesk.io.plan_mspdi_xml import children, text

_COSTS = ("PlannedTotalCost", "ActualTotalCost", "RemainingTotalCost", "AtCompletionTotalCost",
          "PlannedExpenseCost", "ActualExpenseCost")  # fmt: skip
_NO_CONSTRAINT = ("", "None", "As Soon As Possible")


def _both(root: ET.Element, project: ET.Element, name: str) -> list[ET.Element]:
    """Elements P6 writes at the top level or inside the project, depending on its version."""
    return [*children(root, name), *children(project, name)]


def _names(elements: list[ET.Element]) -> list[str]:
    return [text(e, "Name") or text(e, "Id") or "?" for e in elements]


def unmodelled(root: ET.Element, project: ET.Element, activities: list[ET.Element], calendar_id: str | None,
               outside_links: int) -> list[str]:  # fmt: skip
    """Sentences in the messages language; `outside_links` counts relationships with other projects."""
    language = messages_language()
    out: list[str] = []
    resources = _names(children(root, "Resource"))
    if resources:
        out.append(tr_plural(
            "p6:resources",
            "{count} resource was not imported ({names}); name the parties responsible for a task in "
            "ClusterDesk.",
            "{count} resources were not imported ({names}); name the parties responsible for a task in "
            "ClusterDesk.",
            len(resources), language, count=count_text(len(resources), language), names=quoted(resources),
        ))  # fmt: skip
    if assignments := len(_both(root, project, "ResourceAssignment")):
        out.append(tr_plural(
            "p6:assignments",
            "{count} resource assignment was not imported, with its units and costs.",
            "{count} resource assignments were not imported, with their units and costs.",
            assignments, language, count=count_text(assignments, language),
        ))  # fmt: skip
    costly = _names([a for a in activities if any(parse_number(text(a, name)) for name in _COSTS)])
    if costly:
        out.append(tr_plural(
            "p6:costs",
            "The cost of {count} activity was not imported ({names}); the plan keeps a budget by source, "
            "which you can enter in the task.",
            "The costs of {count} activities were not imported ({names}); the plan keeps a budget by source, "
            "which you can enter in each task.",
            len(costly), language, count=count_text(len(costly), language), names=quoted(costly),
        ))  # fmt: skip
    if expenses := len(_both(root, project, "ActivityExpense") + _both(root, project, "ProjectExpense")):
        out.append(tr_plural(
            "p6:expenses",
            "{count} expense item was not imported.",
            "{count} expense items were not imported.",
            expenses, language, count=count_text(expenses, language),
        ))  # fmt: skip
    udfs = sum(len(children(a, "UDF")) for a in [project, *activities]) + len(
        _both(root, project, "UDFValue")
    )
    if udfs:
        out.append(tr_plural(
            "p6:udfs",
            "{count} user-defined field value was not imported; the plan has no place for P6's UDFs.",
            "{count} user-defined field values were not imported; the plan has no place for P6's UDFs.",
            udfs, language, count=count_text(udfs, language),
        ))  # fmt: skip
    constrained = _names([a for a in activities
                          if (text(a, "PrimaryConstraintType") or "") not in _NO_CONSTRAINT
                          or (text(a, "SecondaryConstraintType") or "") not in _NO_CONSTRAINT])  # fmt: skip
    if constrained:
        out.append(tr_plural(
            "p6:constraints",
            "{count} activity has a date constraint ({names}); its dates were imported, the constraint was "
            "not.",
            "{count} activities have date constraints ({names}); their dates were imported, the constraints "
            "were not.",
            len(constrained), language, count=count_text(len(constrained), language),
            names=quoted(constrained),
        ))  # fmt: skip
    coded = _names([a for a in activities if children(a, "Code")])
    if coded:
        out.append(tr_plural(
            "p6:codes",
            "The activity codes of {count} activity were not imported ({names}).",
            "The activity codes of {count} activities were not imported ({names}).",
            len(coded), language, count=count_text(len(coded), language), names=quoted(coded),
        ))  # fmt: skip
    own = _names([a for a in activities if text(a, "CalendarObjectId") not in (None, "", calendar_id)])
    if own:
        out.append(tr_plural(
            "p6:activity_calendars",
            "{count} activity follows a calendar of its own ({names}); it is scheduled on the plan's "
            "calendar.",
            "{count} activities follow calendars of their own ({names}); they are scheduled on the plan's "
            "calendar.",
            len(own), language, count=count_text(len(own), language), names=quoted(own),
        ))  # fmt: skip
    if outside_links:
        out.append(tr_plural(
            "p6:outside_links",
            "{count} relationship with an activity of another project was not imported.",
            "{count} relationships with activities of other projects were not imported.",
            outside_links, language, count=count_text(outside_links, language),
        ))  # fmt: skip
    return out
