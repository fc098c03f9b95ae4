"""Reading the diagnostic for views and the pack (no Qt): its reports, the items of each category in
their order, the stakeholders who raised each item and the plan objectives and actions answering it.

Task links are kept by UUID (see core.diagnostic); a link whose task the plan has since deleted is left
out here, so that nothing shows a task that is gone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from clusterdesk.core.catalogue import tr
from clusterdesk.core.diagnostic import (
    ITEM_CATEGORIES,
    DiagnosticItem,
    DiagnosticItemStakeholder,
    DiagnosticItemTask,
    DiagnosticReport,
)

CATEGORY_RANK = {code: rank for rank, code in enumerate(ITEM_CATEGORIES)}


@dataclass
class DiagnosticData:
    reports: list[dict[str, Any]] = field(default_factory=list)  # by date, then as entered
    items: list[dict[str, Any]] = field(default_factory=list)  # by category, then position
    stakeholders: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # item -> fid, name
    tasks: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # item -> uuid, fid, name, kind

    @property
    def is_empty(self) -> bool:
        return not self.reports and not self.items

    def items_of(self, category: str, report_id: int | None = None, any_report: bool = True) -> list[dict]:
        """The items of one category in their order; of one report unless `any_report`."""
        return [
            item
            for item in self.items
            if item["category"] == category and (any_report or item["report_id"] == report_id)
        ]

    def item(self, fid: int) -> dict[str, Any] | None:
        return next((item for item in self.items if item["fid"] == fid), None)


def read_diagnostic(connection) -> DiagnosticData:
    """The whole diagnostic of a project, read through a SQLAlchemy connection."""
    from clusterdesk.core.model import Stakeholder
    from clusterdesk.core.plan import PlanTask

    reports_table = DiagnosticReport.__table__
    reports = sorted(
        (dict(r._mapping) for r in connection.execute(select(reports_table))),
        key=lambda r: (r["report_date"] is None, r["report_date"] or 0, r["fid"]),
    )
    items = sorted(
        (dict(r._mapping) for r in connection.execute(select(DiagnosticItem.__table__))),
        key=lambda i: (CATEGORY_RANK.get(i["category"], len(CATEGORY_RANK)), i["position"], i["fid"]),
    )
    people = Stakeholder.__table__
    raised = DiagnosticItemStakeholder.__table__
    stakeholders: dict[int, list[dict[str, Any]]] = {}
    query = (
        select(raised.c.item_id, people.c.fid, people.c.name)
        .join(people, people.c.fid == raised.c.stakeholder_id)
        .order_by(people.c.name, people.c.fid)
    )
    for item_id, fid, name in connection.execute(query):
        stakeholders.setdefault(item_id, []).append({"fid": fid, "name": name})
    plan = PlanTask.__table__
    answers = DiagnosticItemTask.__table__
    tasks: dict[int, list[dict[str, Any]]] = {}
    query = (
        select(answers.c.item_id, plan.c.uuid, plan.c.fid, plan.c.name, plan.c.kind)
        .join(plan, plan.c.uuid == answers.c.task_uuid)  # an inner join leaves dangling UUIDs out
        .order_by(answers.c.fid)
    )
    for item_id, uuid, fid, name, kind in connection.execute(query):
        tasks.setdefault(item_id, []).append({"uuid": uuid, "fid": fid, "name": name, "kind": kind})
    return DiagnosticData(reports, items, stakeholders, tasks)


def has_diagnostic(connection) -> bool:
    """Whether the project has a diagnostic report or item."""
    for table in (DiagnosticReport.__table__, DiagnosticItem.__table__):
        if connection.execute(select(table.c.fid).limit(1)).first() is not None:
            return True
    return False


def category_label(code: str, language: str | None = "en") -> str:
    """One item's category as a word: Strength, Weakness ... Leverage point."""
    labels = {
        "strength": tr("diagnostic_category:strength", "Strength", language),
        "weakness": tr("diagnostic_category:weakness", "Weakness", language),
        "opportunity": tr("diagnostic_category:opportunity", "Opportunity", language),
        "threat": tr("diagnostic_category:threat", "Threat", language),
        "finding": tr("diagnostic_category:finding", "Finding", language),
        "leverage_point": tr("diagnostic_category:leverage_point", "Leverage point", language),
    }
    return labels.get(code, code)


def category_heading(code: str, language: str | None = "en") -> str:
    """A category as the heading of its list: Strengths, Key findings, Leverage points."""
    labels = {
        "strength": tr("diagnostic_heading:strength", "Strengths", language),
        "weakness": tr("diagnostic_heading:weakness", "Weaknesses", language),
        "opportunity": tr("diagnostic_heading:opportunity", "Opportunities", language),
        "threat": tr("diagnostic_heading:threat", "Threats", language),
        "finding": tr("diagnostic_heading:finding", "Key findings", language),
        "leverage_point": tr("diagnostic_heading:leverage_point", "Leverage points", language),
    }
    return labels.get(code, code)


def split_authors(authors: str | None) -> list[str]:
    """The authors of a report as a list ("Ana Pérez; Luis Mora" -> two names)."""
    return [name.strip() for name in (authors or "").split(";") if name.strip()]
