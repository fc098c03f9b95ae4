"""The result chain of the cluster initiative (phase 6, monitoring and evaluation) as GeoPackage tables.

Results form a tree: the impact at the top, outcomes under it and outputs under outcomes (`parent_id`),
each with a code such as 1, 1.1, 1.1.1. A result names the plan's objectives and actions that contribute
to it by their task UUID (the plan may delete a task without knowing about results; a dangling UUID is
ignored where a dangling foreign key would break the file). Indicators belong to one result; their values
are kept per reporting period (`core.periods`), as targets or actuals, for the total (empty dimension and
category) or for one category of one disaggregation. A value that was not reported has no row: nothing is
ever filled in or averaged for it.

An indicator whose `computed` names a formula of `analysis.results_computed` takes its actuals from the
project itself, recomputed on demand; its stored rows hold only targets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import INTEGER, REAL, TEXT, CheckConstraint, ForeignKey, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from clusterdesk.core.column_types import Date
from clusterdesk.core.model import TABLE_TITLES, Base, FidAndUuid, _in_list

RESULT_LEVELS: dict[str, str] = {"impact": "Impact", "outcome": "Outcome", "output": "Output"}
# the level a result under a parent of each level has; the impact has no parent
CHILD_LEVEL: dict[str | None, str] = {None: "impact", "impact": "outcome", "outcome": "output"}

INDICATOR_UNITS: dict[str, str] = {
    "number": "Number",
    "percentage": "Percentage",
    "currency": "Currency",
    "yes_no": "Yes/no",
    "score": "Score",
}

DIRECTIONS: dict[str, str] = {"increase": "Increase", "decrease": "Decrease", "maintain": "Maintain"}

VALUE_KINDS: dict[str, str] = {"target": "Target", "actual": "Actual"}

# Disaggregations an indicator may report by, with their categories. Area categories are the project's
# own administrative areas (stakeholders.admin_area), so they are open: any non-empty text.
DISAGGREGATIONS: dict[str, str] = {
    "sex": "Sex",
    "firm_size": "Firm size class",
    "area": "Area",
    "stakeholder_kind": "Stakeholder kind",
}
SEX_CATEGORIES: dict[str, str] = {"female": "Female", "male": "Male"}
# size classes by employees, as most national SME definitions draw them
FIRM_SIZE_CLASSES: dict[str, str] = {
    "micro": "Micro (1-9 employees)",
    "small": "Small (10-49 employees)",
    "medium": "Medium (50-249 employees)",
    "large": "Large (250 or more employees)",
}

# an indicator's status at a period (analysis.results_status gives the rule)
STATUSES: dict[str, str] = {
    "on_track": "On track",
    "at_risk": "At risk",
    "off_track": "Off track",
    "no_data": "No data",
}

STATUS_REASONS: dict[str, str] = {
    "no_actual": "No actual value reported for this period.",
    "no_target": "No target is set, so progress cannot be judged.",
    "progress": "Progress towards the expected value.",
    "deviation": "Distance from the value to be kept.",
    "not_due": "Not due yet.",
    "met": "Target met.",
    "not_met": "Target not met.",
}

REPORTING_FREQUENCIES: dict[str, str] = {"quarter": "Quarterly", "semester": "Half-yearly", "year": "Yearly"}

# The status rule's default thresholds (share of the expected progress reached); the project may change them.
DEFAULT_ON_TRACK = 0.9
DEFAULT_AT_RISK = 0.6

RESULTS_TABLE_TITLES: dict[str, str] = {
    "results": "Result chain: impact, outcomes and outputs",
    "result_task_links": "Plan objectives and actions contributing to results",
    "result_indicators": "Results indicators",
    "indicator_values": "Results indicator baselines, targets and actuals",
}
RESULTS_TABLES = tuple(RESULTS_TABLE_TITLES)  # derived: a table titled is a table watched


def firm_size_class(employees: int | None) -> str | None:
    """The size class of a firm with `employees`, or None when the number is unknown."""
    if employees is None or employees < 0:
        return None
    if employees < 10:
        return "micro"
    if employees < 50:
        return "small"
    if employees < 250:
        return "medium"
    return "large"


class Result(FidAndUuid, Base):
    __tablename__ = "results"
    __table_args__ = (
        CheckConstraint(_in_list("level", RESULT_LEVELS), name="ck_result_level"),
        CheckConstraint("parent_id IS NULL OR parent_id <> fid", name="ck_result_not_own_parent"),
        {"sqlite_autoincrement": True},
    )
    parent_id: Mapped[int | None] = mapped_column(INTEGER, ForeignKey("results.fid"), index=True)
    position: Mapped[int] = mapped_column(INTEGER, default=0)  # order among siblings
    level: Mapped[str] = mapped_column(TEXT, default="outcome")
    code: Mapped[str] = mapped_column(TEXT)
    statement: Mapped[str] = mapped_column(TEXT)
    assumptions: Mapped[str | None] = mapped_column(TEXT)  # assumptions and risks, as a logframe states them
    notes: Mapped[str | None] = mapped_column(TEXT)


class ResultTaskLink(FidAndUuid, Base):
    __tablename__ = "result_task_links"
    __table_args__ = (
        UniqueConstraint("result_id", "task_uuid", name="uq_result_task"),
        {"sqlite_autoincrement": True},
    )
    result_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("results.fid"), index=True)
    task_uuid: Mapped[str] = mapped_column(TEXT, index=True)


class ResultIndicator(FidAndUuid, Base):
    __tablename__ = "result_indicators"
    __table_args__ = (
        CheckConstraint(_in_list("unit", INDICATOR_UNITS), name="ck_indicator_unit"),
        CheckConstraint(_in_list("direction", DIRECTIONS), name="ck_indicator_direction"),
        {"sqlite_autoincrement": True},
    )
    result_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("results.fid"), index=True)
    position: Mapped[int] = mapped_column(INTEGER, default=0)
    code: Mapped[str] = mapped_column(TEXT)
    name: Mapped[str] = mapped_column(TEXT)
    definition: Mapped[str | None] = mapped_column(TEXT)
    unit: Mapped[str] = mapped_column(TEXT, default="number")
    direction: Mapped[str] = mapped_column(TEXT, default="increase")
    disaggregations: Mapped[str | None] = mapped_column(TEXT)  # "sex; firm_size", codes of DISAGGREGATIONS
    data_source: Mapped[str | None] = mapped_column(TEXT)
    collection_method: Mapped[str | None] = mapped_column(TEXT)
    frequency: Mapped[str | None] = mapped_column(TEXT)  # how often it is collected, as the team words it
    responsible: Mapped[str | None] = mapped_column(TEXT)  # person or body reporting it
    verification: Mapped[str | None] = mapped_column(TEXT)  # means of verification
    computed: Mapped[str | None] = mapped_column(TEXT)  # a formula key of analysis.results_computed
    baseline_value: Mapped[float | None] = mapped_column(REAL)
    baseline_date: Mapped[dt.date | None] = mapped_column(Date)
    baseline_source: Mapped[str | None] = mapped_column(TEXT)
    notes: Mapped[str | None] = mapped_column(TEXT)

    def disaggregation_list(self) -> list[str]:
        return split_codes(self.disaggregations)


class IndicatorValue(FidAndUuid, Base):
    """One reported number: a target or an actual of one period, for the total or one category."""

    __tablename__ = "indicator_values"
    __table_args__ = (
        CheckConstraint(_in_list("kind", VALUE_KINDS), name="ck_value_kind"),
        CheckConstraint("(dimension = '') = (category = '')", name="ck_value_category"),
        UniqueConstraint(
            "indicator_id", "period", "kind", "dimension", "category", name="uq_indicator_value"
        ),
        {"sqlite_autoincrement": True},
    )
    indicator_id: Mapped[int] = mapped_column(INTEGER, ForeignKey("result_indicators.fid"), index=True)
    period: Mapped[str] = mapped_column(TEXT)  # "2024", "2024-S2" or "2024-Q3" (core.periods)
    kind: Mapped[str] = mapped_column(TEXT, default="actual")
    dimension: Mapped[str] = mapped_column(TEXT, default="")  # "" for the total
    category: Mapped[str] = mapped_column(TEXT, default="")
    value: Mapped[float] = mapped_column(REAL)
    note: Mapped[str | None] = mapped_column(TEXT)
    evidence: Mapped[str | None] = mapped_column(TEXT)  # a file name or a link


def split_codes(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(";") if part.strip()]


@dataclass
class ResultsData:
    """Everything the results views, reports and exports read, in one snapshot (plain dicts)."""

    results: list[dict[str, Any]]  # in outline order: parents before children, siblings by position
    indicators: list[dict[str, Any]]  # by result outline order, then position
    values: list[dict[str, Any]]
    task_links: dict[int, list[str]] = field(default_factory=dict)  # result fid -> task UUIDs
    tasks: dict[str, dict[str, Any]] = field(default_factory=dict)  # task UUID -> fid, name, kind, ...

    def children(self, parent_id: int | None) -> list[dict[str, Any]]:
        return [r for r in self.results if r["parent_id"] == parent_id]

    def indicators_of(self, result_id: int) -> list[dict[str, Any]]:
        return [i for i in self.indicators if i["result_id"] == result_id]

    def values_of(self, indicator_id: int) -> list[dict[str, Any]]:
        return [v for v in self.values if v["indicator_id"] == indicator_id]

    def results_of_task(self, task_uuid: str) -> list[dict[str, Any]]:
        by_fid = {r["fid"]: r for r in self.results}
        return [by_fid[fid] for fid, uuids in self.task_links.items() if task_uuid in uuids and fid in by_fid]


def outline_order(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Results depth first: each parent before its children, siblings by position then code."""
    children: dict[int | None, list[dict[str, Any]]] = {}
    fids = {r["fid"] for r in results}
    for row in results:
        parent = row["parent_id"] if row["parent_id"] in fids else None
        children.setdefault(parent, []).append(row)
    ordered: list[dict[str, Any]] = []

    def visit(parent: int | None) -> None:
        for row in sorted(children.get(parent, []), key=lambda r: (r["position"], r["code"], r["fid"])):
            ordered.append(row)
            visit(row["fid"])

    visit(None)
    return ordered


def read_results(connection, with_values: bool = True) -> ResultsData:
    """The result chain, its indicators and (unless `with_values` is False) every stored value."""
    from clusterdesk.core.plan import PlanTask

    results = outline_order([dict(r._mapping) for r in connection.execute(select(Result.__table__))])
    rank = {r["fid"]: index for index, r in enumerate(results)}
    indicators = sorted(
        (dict(r._mapping) for r in connection.execute(select(ResultIndicator.__table__))),
        key=lambda i: (rank.get(i["result_id"], len(rank)), i["position"], i["code"], i["fid"]),
    )
    values: list[dict[str, Any]] = []
    if with_values:
        table = IndicatorValue.__table__
        values = [dict(r._mapping) for r in connection.execute(select(table).order_by(table.c.period))]
    links: dict[int, list[str]] = {}
    link_table = ResultTaskLink.__table__
    for result_id, task_uuid in connection.execute(
        select(link_table.c.result_id, link_table.c.task_uuid).order_by(link_table.c.fid)
    ):
        links.setdefault(result_id, []).append(task_uuid)
    tasks_table = PlanTask.__table__
    columns = (tasks_table.c.uuid, tasks_table.c.fid, tasks_table.c.name, tasks_table.c.kind)
    tasks = {r.uuid: dict(r._mapping) for r in connection.execute(select(*columns))}
    return ResultsData(results, indicators, values, links, tasks)


TABLE_TITLES.update(RESULTS_TABLE_TITLES)  # one list of titles for gpkg_contents, kept beside the tables
