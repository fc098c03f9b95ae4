"""The result chain of a sample, written through the results commands (core.results_edits), so every row
passes the same validation as one typed in the Results panel.

Each sample's chain lives in its own module (results_<sample>.py) as plain data: an impact with its
outcomes and outputs, the plan objectives ("O1", "O2" …) and actions (their keys in plan_stories.py)
that contribute to each, and indicators with baseline, targets per reporting period and actuals up to the
sample's "today", the date of its follow-up survey, as which its plan progress is recorded. Actuals of
computed indicators are left to the project itself. UUIDs derive from the sample key and the codes, so
the file stays the same from build to build.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select, update

from clusterdesk.core.periods import FREQUENCY_MONTHS, parse_period
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.project import Project
from clusterdesk.core.results import ResultTaskLink
from clusterdesk.core.results_edits import (
    ValueEntry,
    add_indicator,
    add_result,
    set_monitoring_settings,
    set_result_tasks,
    set_values,
)

from .common import sample_uuid


def seq(first: str, *values: float | None) -> dict[str, float]:
    """Values for consecutive periods from `first` on (None skips a period): seq("2023-S1", 5, 10)."""
    period = parse_period(first)
    if period is None:
        raise ValueError(f"{first!r} is not a period code")
    found: dict[str, float] = {}
    for value in values:
        if value is not None:
            found[period.code] = value
        period = period.next()
    return found


@dataclass(frozen=True)
class Indicator:
    name: str
    definition: str
    unit: str = "number"
    direction: str = "increase"
    data_source: str = ""
    collection_method: str = ""
    frequency: str = ""
    responsible: str = ""
    verification: str = ""
    baseline: float | None = None
    baseline_date: dt.date | None = None
    baseline_source: str = ""
    targets: dict[str, float] = field(default_factory=dict)
    actuals: dict[str, float] = field(default_factory=dict)
    # the actuals broken down: {"sex": {"female": 0.7, "male": 0.3}}; shares of each period's total
    split: dict[str, dict[str, float]] = field(default_factory=dict)
    computed: str | None = None  # a formula of core.results_formulas: actuals come from the project
    value_notes: dict[str, str] = field(default_factory=dict)  # period -> note on that period's actual
    evidence: dict[str, str] = field(default_factory=dict)  # period -> file name of the evidence
    notes: str | None = None


@dataclass(frozen=True)
class Result:
    statement: str
    indicators: tuple[Indicator, ...] = ()
    children: tuple[Result, ...] = ()
    tasks: tuple[str, ...] = ()  # plan keys: "O1" for an objective, "MKT" for an action
    assumptions: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Chain:
    frequency: str  # quarter, semester or year
    impact: Result


def _split(total: float, shares: dict[str, float]) -> dict[str, float]:
    """Whole numbers (money to the unit) that add up to `total`, by largest remainder."""
    raw = {category: total * share / sum(shares.values()) for category, share in shares.items()}
    parts = {category: float(int(value)) for category, value in raw.items()}
    left = round(total - sum(parts.values()))
    for category in sorted(raw, key=lambda c: raw[c] - parts[c], reverse=True)[: max(left, 0)]:
        parts[category] += 1
    return parts


class _ChainWriter:
    def __init__(self, project: Project, key: str, chain: Chain, today: dt.date):
        self.project, self.key, self.chain, self.today = project, key, chain, today
        rows = project.session.execute(select(PlanTask.uuid)).scalars()
        self.task_uuids = set(rows)

    def uuid(self, table: str, name: str) -> str:
        return sample_uuid(self.key, table, name)

    def task_uuid(self, plan_key: str) -> str:
        found = self.uuid("plan_tasks", plan_key)
        if found not in self.task_uuids:
            raise KeyError(f"{self.key}: the result chain names plan task {plan_key!r}, not in the plan")
        return found

    def result(self, result: Result, parent: int | None, code: str) -> None:
        values = {
            "uuid": self.uuid("results", code),
            "parent_id": parent,
            "code": code,
            "statement": result.statement,
            "assumptions": result.assumptions,
            "notes": result.notes,
        }
        command = add_result(self.project, values)
        self.project.stack.push(command)
        fid = command.rows["results"][0]["fid"]
        if result.tasks:
            uuids = [self.task_uuid(k) for k in result.tasks]
            self.project.stack.push(set_result_tasks(self.project, fid, uuids))
        for letter, indicator in zip("abcdefghij", result.indicators, strict=False):
            self.indicator(indicator, fid, f"{code}{letter}")
        for number, child in enumerate(result.children, start=1):
            self.result(child, fid, f"{code}.{number}")

    def indicator(self, indicator: Indicator, result_id: int, code: str) -> None:
        values = {
            "uuid": self.uuid("result_indicators", code),
            "result_id": result_id,
            "code": code,
            "name": indicator.name,
            "definition": indicator.definition,
            "unit": indicator.unit,
            "direction": indicator.direction,
            "disaggregations": "; ".join(indicator.split) or None,
            "data_source": indicator.data_source or None,
            "collection_method": indicator.collection_method or None,
            "frequency": indicator.frequency or None,
            "responsible": indicator.responsible or None,
            "verification": indicator.verification or None,
            "computed": indicator.computed,
            "baseline_value": indicator.baseline,
            "baseline_date": indicator.baseline_date,
            "baseline_source": indicator.baseline_source or None,
            "notes": indicator.notes,
        }
        command = add_indicator(self.project, values)
        self.project.stack.push(command)
        fid = command.rows["result_indicators"][0]["fid"]
        entries = [ValueEntry(period, "target", value) for period, value in indicator.targets.items()]
        if indicator.computed and indicator.actuals:
            raise ValueError(f"{self.key} {code}: a computed indicator takes its actuals from the project")
        for period, value in indicator.actuals.items():
            self._check_reported_by_today(code, period)
            entries.append(
                ValueEntry(period, "actual", value, note=indicator.value_notes.get(period),
                           evidence=indicator.evidence.get(period))
            )  # fmt: skip
            for dimension, shares in indicator.split.items():
                for category, part in _split(value, shares).items():
                    entries.append(ValueEntry(period, "actual", part, dimension, category))
        command = set_values(self.project, fid, entries)
        for row in command.rows:
            name = "/".join((code, row["period"], row["kind"], row["dimension"], row["category"]))
            row["uuid"] = self.uuid("indicator_values", name)
        self.project.stack.push(command)

    def _check_reported_by_today(self, code: str, period_code: str) -> None:
        period = parse_period(period_code)
        if period is None or period.frequency != self.chain.frequency:
            raise ValueError(f"{self.key} {code}: {period_code!r} is not a {self.chain.frequency} period")
        if period.end > self.today:
            raise ValueError(
                f"{self.key} {code}: an actual for {period_code}, which ends after the sample's today"
            )


def write_result_chain(project: Project, key: str, chain: Chain, today: dt.date) -> None:
    """Write `chain` into the sample's project (its plan must be there) with fixed UUIDs; `today` is the
    sample's own: no actual is recorded for a period that had not ended by then."""
    if chain.frequency not in FREQUENCY_MONTHS:
        raise ValueError(f"{key}: unknown reporting frequency {chain.frequency!r}")
    project.stack.push(set_monitoring_settings(project, frequency=chain.frequency))
    _ChainWriter(project, key, chain, today).result(chain.impact, None, "1")
    links = ResultTaskLink.__table__
    session = project.session
    for fid, result_id, task_uuid in session.execute(
        select(links.c.fid, links.c.result_id, links.c.task_uuid)
    ).all():
        stable = sample_uuid(key, "result_task_links", f"{result_id}/{task_uuid}")
        session.execute(update(links).where(links.c.fid == fid).values(uuid=stable))
    session.commit()
    project.stack.clear()
