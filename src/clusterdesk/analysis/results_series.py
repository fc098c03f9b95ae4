"""Indicator values as every view reads them: stored targets and actuals, with the actuals of computed
indicators recomputed from the project, so that manual and computed indicators look the same. Qt-free."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from clusterdesk.analysis.results_status import Series, Status, Thresholds, baseline_period, latest_status
from clusterdesk.core.model import ProjectInfo
from clusterdesk.core.periods import FREQUENCY_MONTHS
from clusterdesk.core.results import IndicatorValue, ResultIndicator


@dataclass(frozen=True)
class MonitoringSettings:
    frequency: str
    thresholds: Thresholds


def monitoring_settings(connection) -> MonitoringSettings:
    table = ProjectInfo.__table__
    row = connection.execute(
        select(table.c.reporting_frequency, table.c.status_on_track, table.c.status_at_risk)
    ).first()
    if row is None:
        return MonitoringSettings("quarter", Thresholds())
    frequency = row[0] if row[0] in FREQUENCY_MONTHS else "quarter"
    defaults = Thresholds()
    return MonitoringSettings(
        frequency, Thresholds(row[1] if row[1] is not None else defaults.on_track,
                              row[2] if row[2] is not None else defaults.at_risk),
    )  # fmt: skip


def value_rows(connection, indicators: Iterable[dict[str, Any]], frequency: str, totals_only: bool = False):
    """Every value row of `indicators` (dicts with fid and computed): stored rows, with the actuals of
    computed indicators replaced by their computed values (`analysis.results_computed`)."""
    from clusterdesk.analysis.results_computed import computed_values

    indicators = list(indicators)
    names = ("indicator_id", "period", "kind", "dimension", "category", "value", "note", "evidence")
    query = f"SELECT {', '.join(names)} FROM {IndicatorValue.__tablename__}"  # plain tuples: 40,000 rows
    if totals_only:
        query += " WHERE dimension = ''"
    wanted = {i["fid"] for i in indicators}
    computed = {i["fid"]: i["computed"] for i in indicators if i.get("computed")}
    rows = [
        dict(zip(names, r, strict=True)) for r in connection.exec_driver_sql(query)
        if r[0] in wanted and not (r[0] in computed and r[2] == "actual")
    ]  # fmt: skip
    cache: dict[str, list[dict[str, Any]]] = {}
    for fid, key in computed.items():
        if key not in cache:
            cache[key] = computed_values(connection, key, frequency)
        for value in cache[key]:
            if totals_only and value["dimension"]:
                continue
            rows.append({"indicator_id": fid, "kind": "actual", "note": None, "evidence": None, **value})
    return rows


def indicator_series(connection, indicators: Iterable[dict[str, Any]] | None = None,
                     settings: MonitoringSettings | None = None) -> dict[int, Series]:  # fmt: skip
    """Totals per indicator (all indicators when none are given), ready for the status rule."""
    settings = settings or monitoring_settings(connection)
    if indicators is None:
        indicators = [dict(r._mapping) for r in connection.execute(select(ResultIndicator.__table__))]
    indicators = list(indicators)
    targets: dict[int, dict[str, float]] = {i["fid"]: {} for i in indicators}
    actuals: dict[int, dict[str, float]] = {i["fid"]: {} for i in indicators}
    for row in value_rows(connection, indicators, settings.frequency, totals_only=True):
        (targets if row["kind"] == "target" else actuals)[row["indicator_id"]][row["period"]] = row["value"]
    return {
        i["fid"]: Series(
            unit=i["unit"], direction=i["direction"], baseline=i["baseline_value"],
            baseline_period=baseline_period(i["baseline_date"], settings.frequency),
            targets=targets[i["fid"]], actuals=actuals[i["fid"]],
        )
        for i in indicators
    }  # fmt: skip


def all_statuses(connection) -> dict[int, Status]:
    """The latest status of every indicator of the project, by indicator fid."""
    settings = monitoring_settings(connection)
    series = indicator_series(connection, settings=settings)
    return {fid: latest_status(s, settings.thresholds) for fid, s in series.items()}
