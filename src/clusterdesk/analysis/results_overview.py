"""What the results views show at a glance: each indicator's baseline, latest target, latest actual and
status, each result's indicators summarised by status, the reporting periods worth a row, and the values
of one indicator (stored, with computed actuals merged). Qt-free; the desktop, reports and the command
line read the same figures.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from clusterdesk.analysis.results_series import MonitoringSettings, indicator_series, monitoring_settings
from clusterdesk.analysis.results_status import STATUSES, Series, Status, latest_status, latest_target
from clusterdesk.core.model import ProjectInfo
from clusterdesk.core.periods import Period, parse_period, period_of, periods_between
from clusterdesk.core.plan import PlanTask
from clusterdesk.core.results import IndicatorValue, ResultsData

# worst first: a result shows the worst status among its indicators
STATUS_SEVERITY = ("off_track", "at_risk", "no_data", "on_track")


@dataclass(frozen=True)
class IndicatorOverview:
    fid: int
    series: Series
    status: Status
    latest_target: tuple[str, float] | None  # (period code, value)
    latest_actual: tuple[str, float] | None


@dataclass(frozen=True)
class StatusSummary:
    counts: dict[str, int]  # status code -> indicators with it, in STATUSES order, only those present
    worst: str | None  # None for a result without indicators


def indicator_overviews(
    connection, data: ResultsData, settings: MonitoringSettings | None = None
) -> dict[int, IndicatorOverview]:
    """Baseline, latest target and actual and status of every indicator of `data`, by fid."""
    settings = settings or monitoring_settings(connection)
    series = indicator_series(connection, data.indicators, settings)
    overviews = {}
    for fid, one in series.items():
        actuals = sorted((p, code) for code in one.actuals if (p := parse_period(code)) is not None)
        actual = (actuals[-1][1], one.actuals[actuals[-1][1]]) if actuals else None
        overviews[fid] = IndicatorOverview(
            fid, one, latest_status(one, settings.thresholds), latest_target(one), actual
        )
    return overviews


def summarise(statuses: list[str]) -> StatusSummary:
    counted = Counter(statuses)
    counts = {code: counted[code] for code in STATUSES if counted[code]}
    worst = next((code for code in STATUS_SEVERITY if counted[code]), None)
    return StatusSummary(counts, worst)


def result_summaries(data: ResultsData, overviews: dict[int, IndicatorOverview]) -> dict[int, StatusSummary]:
    """Each result's own indicators summarised by their latest status, by result fid."""
    statuses: dict[int, list[str]] = {r["fid"]: [] for r in data.results}
    for indicator in data.indicators:
        overview = overviews.get(indicator["fid"])
        if overview is not None and indicator["result_id"] in statuses:
            statuses[indicator["result_id"]].append(overview.status.status)
    return {fid: summarise(found) for fid, found in statuses.items()}


def indicator_values(connection, indicator: dict[str, Any], frequency: str) -> list[dict[str, Any]]:
    """Every value of one indicator (targets and actuals, totals and categories), with the actuals of a
    computed indicator taken from the project; each row has period, kind, dimension, category, value,
    note and evidence."""
    table = IndicatorValue.__table__
    columns = (
        table.c.period,
        table.c.kind,
        table.c.dimension,
        table.c.category,
        table.c.value,
        table.c.note,
        table.c.evidence,
    )
    query = select(*columns).where(table.c.indicator_id == indicator["fid"])
    rows = [dict(r._mapping) for r in connection.execute(query)]
    if indicator.get("computed"):
        from clusterdesk.analysis.results_computed import computed_values

        rows = [r for r in rows if r["kind"] != "actual"]
        for value in computed_values(connection, indicator["computed"], frequency):
            rows.append({"kind": "actual", "note": None, "evidence": None, **value})
    return rows


def reporting_periods(
    connection,
    frequency: str,
    values: list[dict[str, Any]],
    baseline_date: dt.date | None = None,
    today: dt.date | None = None,
) -> list[Period]:
    """The periods a values table offers: from the earliest of the project's start, the plan's first
    action, the baseline and any value, to the latest of the plan's last action, any value and today."""
    info = ProjectInfo.__table__
    tasks = PlanTask.__table__
    start = connection.execute(select(info.c.start_date)).scalar()
    first_task, last_task = connection.execute(
        select(func.min(tasks.c.start), func.max(tasks.c.finish))
    ).first()
    days = [d for d in (start, baseline_date, today or dt.date.today()) if d is not None]
    days += [_date(d) for d in (first_task, last_task) if d is not None]
    periods = [
        p for row in values if (p := parse_period(row["period"])) is not None and p.frequency == frequency
    ]
    days += [p.start for p in periods]
    first, last = min(days), max(days)
    return periods_between(first, last, frequency) if days else [period_of(dt.date.today(), frequency)]


def _date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
