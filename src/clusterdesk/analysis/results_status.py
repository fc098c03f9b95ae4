"""Whether each results indicator is on track, at risk or off track, or has no data (docs/results.md).

The rule, for an indicator at a period with an actual value `a`:
- the expected value `e` is the period's own target; without one, the value on the straight line between
  the surrounding known points (the baseline at its period, each target at its period), which is how the
  time elapsed counts; after the last target, the last target. No target anywhere gives "no data".
- for an indicator meant to increase or decrease, the progress ratio r = (a − b) / (e − b) with b the
  baseline (0 when none is recorded): on track when r ≥ the on-track threshold (0.9 by default), at risk
  when r ≥ the at-risk threshold (0.6), off track below. When e equals b, and for indicators meant to stay
  where they are, the deviation |a − e| / |e| (|a − e| when e is 0) is compared with 1 − threshold; an
  increase (decrease) at or above (below) e is on track.
- a yes/no indicator is compared only with the target due by the period (the latest target at or before
  it): met is on track, not met is off track; before its first target it is on track when no target is
  due yet.
- a period without an actual is "no data": a missing value is never filled in, carried or averaged.
Only totals count; disaggregated values are shown but do not change the status. Qt-free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from clusterdesk.core.periods import Period, parse_period, period_of
from clusterdesk.core.results import STATUS_REASONS as STATUS_REASONS  # the reasons a Status gives
from clusterdesk.core.results import STATUSES as STATUSES  # the statuses a Status has


@dataclass(frozen=True)
class Thresholds:
    on_track: float = 0.9
    at_risk: float = 0.6


@dataclass(frozen=True)
class Series:
    """One indicator's totals: what the status rule reads."""

    unit: str
    direction: str
    baseline: float | None
    baseline_period: Period | None
    targets: Mapping[str, float]  # period code -> value
    actuals: Mapping[str, float]


@dataclass(frozen=True)
class Status:
    period: str | None  # the period judged; None when the indicator has no actual at all
    status: str  # a key of STATUSES
    actual: float | None
    expected: float | None
    ratio: float | None  # progress ratio, or None where the deviation rule or no data applied
    reason: str  # a key of STATUS_REASONS, for the words shown beside the status


def _points(series: Series) -> list[tuple[int, float]]:
    points: dict[int, float] = {}
    if series.baseline is not None and series.baseline_period is not None:
        points[series.baseline_period.ordinal()] = series.baseline
    for code, value in series.targets.items():
        period = parse_period(code)
        if period is not None:
            points[period.ordinal()] = value  # a target of the baseline period wins over the baseline
    return sorted(points.items())


def expected_value(series: Series, period: Period) -> float | None:
    """The value the indicator should have reached at `period`, or None when no target says."""
    if period.code in series.targets:
        return series.targets[period.code]
    if not series.targets:
        return None
    points = _points(series)
    at = period.ordinal()
    before = [p for p in points if p[0] <= at]
    after = [p for p in points if p[0] > at]
    if before and after:
        (x0, y0), (x1, y1) = before[-1], after[0]
        return y0 + (y1 - y0) * (at - x0) / (x1 - x0)
    if before:
        return before[-1][1]
    return None  # before the first known point there is no line to read


def _due_target(series: Series, period: Period) -> float | None:
    due = [
        (p, value) for code, value in series.targets.items()
        if (p := parse_period(code)) is not None and p <= period
    ]  # fmt: skip
    return max(due)[1] if due else None


def status_at(series: Series, period: Period, thresholds: Thresholds = Thresholds()) -> Status:
    """The status of one indicator at one period (see the module's rule)."""
    actual = series.actuals.get(period.code)
    if actual is None:
        return Status(period.code, "no_data", None, expected_value(series, period), None, "no_actual")
    if series.unit == "yes_no":
        due = _due_target(series, period)
        if due is None:
            if not series.targets:
                return Status(period.code, "no_data", actual, None, None, "no_target")
            return Status(period.code, "on_track", actual, None, None, "not_due")
        met = _meets(series.direction, actual, due)
        return Status(
            period.code, "on_track" if met else "off_track", actual, due, None, "met" if met else "not_met"
        )
    expected = expected_value(series, period)
    if expected is None:
        return Status(period.code, "no_data", actual, None, None, "no_target")
    base = series.baseline if series.baseline is not None else 0.0
    if series.direction != "maintain" and expected != base:
        ratio = (actual - base) / (expected - base)
        return Status(period.code, _grade(ratio, thresholds), actual, expected, ratio, "progress")
    if series.direction != "maintain" and _meets(series.direction, actual, expected):
        return Status(period.code, "on_track", actual, expected, None, "deviation")
    deviation = abs(actual - expected) / abs(expected) if expected else abs(actual - expected)
    return Status(period.code, _grade(1 - deviation, thresholds), actual, expected, None, "deviation")


def _meets(direction: str, actual: float, target: float) -> bool:
    if direction == "increase":
        return actual >= target
    if direction == "decrease":
        return actual <= target
    return actual == target


def _grade(share: float, thresholds: Thresholds) -> str:
    if share >= thresholds.on_track:
        return "on_track"
    if share >= thresholds.at_risk:
        return "at_risk"
    return "off_track"


def latest_status(series: Series, thresholds: Thresholds = Thresholds()) -> Status:
    """The status at the latest period with an actual value; "no data" when there is none."""
    periods = [p for code in series.actuals if (p := parse_period(code)) is not None]
    if not periods:
        reason = "no_actual" if series.targets else "no_target"
        return Status(None, "no_data", None, None, None, reason)
    return status_at(series, max(periods), thresholds)


def latest_target(series: Series) -> tuple[str, float] | None:
    """The last period with a target and its value (the end-of-project target, usually)."""
    periods = sorted((p, code) for code in series.targets if (p := parse_period(code)) is not None)
    if not periods:
        return None
    code = periods[-1][1]
    return code, series.targets[code]


def baseline_period(baseline_date, frequency: str) -> Period | None:
    return None if baseline_date is None else period_of(baseline_date, frequency)
