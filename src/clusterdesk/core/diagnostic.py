"""The participatory diagnostic of the cluster (phase 3) as GeoPackage attributes tables.

A diagnostic report (its date and authors) holds items: the strengths, weaknesses, opportunities and threats
of the SWOT, the findings and the leverage points for action. Each item can name the stakeholders who
raised it and the plan objectives and actions that answer it (by task UUID, as results do: the plan may
delete a task without knowing about the diagnostic, and a dangling UUID is ignored).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import INTEGER, TEXT, CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date
from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid, _in_list

ITEM_CATEGORIES: dict[str, str] = {
    "strength": "Strength",
    "weakness": "Weakness",
    "opportunity": "Opportunity",
    "threat": "Threat",
    "finding": "Finding",
    "leverage_point": "Leverage point",
}
SWOT_CATEGORIES = ("strength", "weakness", "opportunity", "threat")

DIAGNOSTIC_TABLE_TITLES: dict[str, str] = {
    "diagnostic_reports": "Diagnostic reports",
    "diagnostic_items": "Diagnostic: SWOT, findings and leverage points",
    "diagnostic_item_stakeholders": "Stakeholders who raised diagnostic items",
    "diagnostic_item_tasks": "Plan objectives and actions answering diagnostic items",
}
DIAGNOSTIC_TABLES = tuple(DIAGNOSTIC_TABLE_TITLES)


class DiagnosticReport(FidAndUuid, Base):
    __tablename__ = "diagnostic_reports"
    __table_args__ = ({"sqlite_autoincrement": True},)
    title: Mapped[str] = mapped_column(TEXT)
    report_date: Mapped[dt.date | None] = mapped_column(Date)
    authors: Mapped[str | None] = mapped_column(TEXT)  # "name; name"
    summary: Mapped[str | None] = mapped_column(TEXT)


class DiagnosticItem(FidAndUuid, Base):
    __tablename__ = "diagnostic_items"
    __table_args__ = (
        CheckConstraint(_in_list("category", ITEM_CATEGORIES), name="ck_diagnostic_category"),
        {"sqlite_autoincrement": True},
    )
    report_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("diagnostic_reports.fid"), index=True)
    category: Mapped[str] = mapped_column(TEXT)
    position: Mapped[int] = mapped_column(INTEGER, default=0)  # order within its category
    text: Mapped[str] = mapped_column(TEXT)
    evidence: Mapped[str | None] = mapped_column(TEXT)
    notes: Mapped[str | None] = mapped_column(TEXT)


class DiagnosticItemStakeholder(FidAndUuid, Base):
    __tablename__ = "diagnostic_item_stakeholders"
    __table_args__ = (
        UniqueConstraint("item_id", "stakeholder_id", name="uq_item_stakeholder"),
        {"sqlite_autoincrement": True},
    )
    item_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("diagnostic_items.fid"), index=True)
    stakeholder_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("stakeholders.fid"), index=True)


class DiagnosticItemTask(FidAndUuid, Base):
    __tablename__ = "diagnostic_item_tasks"
    __table_args__ = (
        UniqueConstraint("item_id", "task_uuid", name="uq_item_task"),
        {"sqlite_autoincrement": True},
    )
    item_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("diagnostic_items.fid"), index=True)
    task_uuid: Mapped[str] = mapped_column(TEXT, index=True)


TABLE_TITLES.update(DIAGNOSTIC_TABLE_TITLES)
