"""The status rule of analysis.results_status against cases worked out by hand (docs/results.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from clusterdesk.analysis.results_series import all_statuses, monitoring_settings
from clusterdesk.analysis.results_status import (
    Series,
    Thresholds,
    expected_value,
    latest_status,
    latest_target,
    status_at,
)
from clusterdesk.core.errors import ValidationError
from clusterdesk.core.periods import parse_period
from clusterdesk.core.results_edits import (
    ValueEntry,
    add_indicator,
    add_result,
    set_monitoring_settings,
    set_values,
)


def series(
    unit="number", direction="increase", baseline=None, baseline_period=None, targets=None, actuals=None
):
    return Series(
        unit, direction, baseline, parse_period(baseline_period) if baseline_period else None,
        targets or {}, actuals or {},
    )  # fmt: skip


def judge(one: Series, period: str, thresholds: Thresholds | None = None):
    status = status_at(one, parse_period(period), thresholds or Thresholds())
    return status.status, status.reason


# baseline 10 in 2024-Q1, final target 50 in 2025-Q4: seven quarters apart
RISING = {"baseline": 10.0, "baseline_period": "2024-Q1", "targets": {"2025-Q4": 50.0}}


def test_increase_reads_the_expected_value_off_the_line_from_baseline_to_target():
    # 2024-Q3 is two quarters in: e = 10 + (50 − 10) × 2 / 7 = 21.428571...
    expected = 10 + 40 * 2 / 7
    assert expected_value(series(**RISING), parse_period("2024-Q3")) == pytest.approx(expected)
    # actual 21: r = (21 − 10) / (21.43 − 10) = 0.9625 ≥ 0.9
    on = status_at(series(**RISING, actuals={"2024-Q3": 21.0}), parse_period("2024-Q3"))
    assert (on.status, on.reason) == ("on_track", "progress")
    assert on.ratio == pytest.approx(11 / (expected - 10)) and on.expected == pytest.approx(expected)
    # actual 20: r = 10 / 11.43 = 0.875, between 0.6 and 0.9
    assert judge(series(**RISING, actuals={"2024-Q3": 20.0}), "2024-Q3") == ("at_risk", "progress")
    # actual 16: r = 6 / 11.43 = 0.525 < 0.6
    assert judge(series(**RISING, actuals={"2024-Q3": 16.0}), "2024-Q3") == ("off_track", "progress")


def test_decrease():
    # baseline 100 in 2024-Q1, target 60 in 2024-Q4: at 2024-Q2 e = 100 − 40 / 3 = 86.67
    falling = {"direction": "decrease", "baseline": 100.0, "baseline_period": "2024-Q1",
               "targets": {"2024-Q4": 60.0}}  # fmt: skip
    # actual 90: r = (90 − 100) / (86.67 − 100) = 0.75
    assert judge(series(**falling, actuals={"2024-Q2": 90.0}), "2024-Q2") == ("at_risk", "progress")
    # actual 85: r = −15 / −13.33 = 1.125
    assert judge(series(**falling, actuals={"2024-Q2": 85.0}), "2024-Q2") == ("on_track", "progress")
    # actual 105 went the wrong way: r = 5 / −13.33 < 0
    assert judge(series(**falling, actuals={"2024-Q2": 105.0}), "2024-Q2") == ("off_track", "progress")


def test_a_periods_own_target_wins_over_the_line():
    steps = {"baseline": 10.0, "baseline_period": "2024-Q1", "targets": {"2024-Q2": 30.0, "2024-Q4": 50.0}}
    # 2024-Q2 has its own target 30: actual 28 gives r = 18 / 20 = 0.9, exactly the on-track threshold
    assert judge(series(**steps, actuals={"2024-Q2": 28.0}), "2024-Q2") == ("on_track", "progress")
    # 2024-Q3 lies halfway between the targets 30 and 50: e = 40; actual 31 gives r = 21 / 30 = 0.7
    assert expected_value(series(**steps), parse_period("2024-Q3")) == 40.0
    assert judge(series(**steps, actuals={"2024-Q3": 31.0}), "2024-Q3") == ("at_risk", "progress")


def test_after_the_last_target_the_last_target_is_expected():
    # 2026-Q2 is after the final target (2025-Q4, 50): e = 50; actual 45 gives r = 35 / 40 = 0.875
    assert expected_value(series(**RISING), parse_period("2026-Q2")) == 50.0
    assert judge(series(**RISING, actuals={"2026-Q2": 45.0}), "2026-Q2") == ("at_risk", "progress")
    assert judge(series(**RISING, actuals={"2026-Q2": 50.0}), "2026-Q2") == ("on_track", "progress")


def test_before_the_first_known_point_there_is_no_expected_value():
    # no baseline period: the line starts at the first target, so 2024-Q2 has nothing to read
    one = series(baseline=10.0, targets={"2024-Q4": 50.0}, actuals={"2024-Q2": 20.0})
    assert expected_value(one, parse_period("2024-Q2")) is None
    assert judge(one, "2024-Q2") == ("no_data", "no_target")
    # without a baseline the progress is counted from 0: 2024-Q4 actual 45 gives r = 45 / 50 = 0.9
    assert judge(series(targets={"2024-Q4": 50.0}, actuals={"2024-Q4": 45.0}), "2024-Q4") == (
        "on_track", "progress"
    )  # fmt: skip


def test_maintain_compares_the_deviation_with_one_minus_the_threshold():
    keep = {
        "direction": "maintain",
        "baseline": 80.0,
        "baseline_period": "2024-Q1",
        "targets": {"2024-Q4": 80.0},
    }
    # |76 − 80| / 80 = 0.05: 1 − 0.05 = 0.95 ≥ 0.9
    assert judge(series(**keep, actuals={"2024-Q4": 76.0}), "2024-Q4") == ("on_track", "deviation")
    # above the value is as far off as below: |84 − 80| / 80 = 0.05
    assert judge(series(**keep, actuals={"2024-Q4": 84.0}), "2024-Q4") == ("on_track", "deviation")
    # |70 − 80| / 80 = 0.125: 0.875
    assert judge(series(**keep, actuals={"2024-Q4": 70.0}), "2024-Q4") == ("at_risk", "deviation")
    # |40 − 80| / 80 = 0.5: 0.5 < 0.6
    assert judge(series(**keep, actuals={"2024-Q4": 40.0}), "2024-Q4") == ("off_track", "deviation")
    # a value to keep at 0 counts the distance itself: |0.05 − 0| = 0.05 -> 0.95; |0.3| -> 0.7
    zero = {"direction": "maintain", "targets": {"2024-Q4": 0.0}}
    assert judge(series(**zero, actuals={"2024-Q4": 0.05}), "2024-Q4") == ("on_track", "deviation")
    assert judge(series(**zero, actuals={"2024-Q4": 0.3}), "2024-Q4") == ("at_risk", "deviation")


def test_an_increase_whose_target_equals_the_baseline():
    flat = {"baseline": 10.0, "baseline_period": "2024-Q1", "targets": {"2024-Q4": 10.0}}
    # at or above the target: on track; below it, the deviation: |9 − 10| / 10 = 0.1 -> 0.9, |8 − 10| -> 0.8
    assert judge(series(**flat, actuals={"2024-Q4": 12.0}), "2024-Q4") == ("on_track", "deviation")
    assert judge(series(**flat, actuals={"2024-Q4": 9.0}), "2024-Q4") == ("on_track", "deviation")
    assert judge(series(**flat, actuals={"2024-Q4": 8.0}), "2024-Q4") == ("at_risk", "deviation")


def test_yes_no_before_and_after_the_target_is_due():
    plan = {"unit": "yes_no", "targets": {"2024-Q4": 1.0}}
    # 2024-Q2: no target due yet, so a "no" is not late
    assert judge(series(**plan, actuals={"2024-Q2": 0.0}), "2024-Q2") == ("on_track", "not_due")
    # 2024-Q4: the target is due
    assert judge(series(**plan, actuals={"2024-Q4": 0.0}), "2024-Q4") == ("off_track", "not_met")
    assert judge(series(**plan, actuals={"2024-Q4": 1.0}), "2024-Q4") == ("on_track", "met")
    # 2025-Q2: still the 2024-Q4 target, never interpolated
    assert judge(series(**plan, actuals={"2025-Q2": 0.0}), "2025-Q2") == ("off_track", "not_met")
    status = status_at(series(**plan, actuals={"2025-Q2": 1.0}), parse_period("2025-Q2"))
    assert (status.status, status.expected, status.ratio) == ("on_track", 1.0, None)
    # a yes/no meant to decrease (e.g. "a dispute is open"): 0 meets a target of 0
    stop = {"unit": "yes_no", "direction": "decrease", "targets": {"2024-Q4": 0.0}}
    assert judge(series(**stop, actuals={"2024-Q4": 0.0}), "2024-Q4") == ("on_track", "met")
    assert judge(series(**stop, actuals={"2024-Q4": 1.0}), "2024-Q4") == ("off_track", "not_met")


def test_no_actual_is_no_data_and_never_filled_in():
    one = series(**RISING, actuals={"2024-Q2": 15.0})
    status = status_at(one, parse_period("2024-Q3"))  # the actual of 2024-Q2 is not carried over
    assert (status.status, status.reason, status.actual) == ("no_data", "no_actual", None)
    assert status.expected == pytest.approx(10 + 40 * 2 / 7)  # what was expected is still shown


def test_no_target_is_no_data():
    assert judge(series(actuals={"2024-Q2": 15.0}), "2024-Q2") == ("no_data", "no_target")
    assert judge(series(baseline=3.0, baseline_period="2024-Q1", actuals={"2024-Q2": 15.0}), "2024-Q2") == (
        "no_data", "no_target"
    )  # fmt: skip
    assert judge(series(unit="yes_no", actuals={"2024-Q2": 1.0}), "2024-Q2") == ("no_data", "no_target")


def test_latest_status_and_latest_target():
    one = series(**RISING, actuals={"2024-Q2": 30.0, "2024-Q3": 16.0})
    latest = latest_status(one)  # 2024-Q3 is the latest actual: r = 0.525
    assert (latest.period, latest.status) == ("2024-Q3", "off_track")
    assert latest_target(one) == ("2025-Q4", 50.0)
    empty = latest_status(series(**RISING))
    assert (empty.period, empty.status, empty.reason) == (None, "no_data", "no_actual")
    assert latest_status(series()).reason == "no_target"
    assert latest_target(series()) is None


def test_thresholds_change_the_grade():
    one = series(**RISING, actuals={"2024-Q3": 20.0})  # r = 0.875
    assert judge(one, "2024-Q3", Thresholds(0.8, 0.5)) == ("on_track", "progress")
    assert judge(one, "2024-Q3", Thresholds(0.95, 0.9)) == ("off_track", "progress")


def test_thresholds_set_on_the_project(new_project):
    project = new_project
    add = add_result(project, {"statement": "Firms export together"})
    project.stack.push(add)
    indicator = add_indicator(project, {
        "result_id": add.rows["results"][0]["fid"], "name": "Firms exporting",
        "baseline_value": 10.0, "baseline_date": dt.date(2024, 2, 15),
    })  # fmt: skip
    project.stack.push(indicator)
    fid = indicator.rows["result_indicators"][0]["fid"]
    # baseline 10 in 2024-Q1 (from its date), target 50 in 2025-Q4, actual 20 in 2024-Q3: r = 0.875
    project.stack.push(set_values(project, fid, [
        ValueEntry("2025-Q4", "target", 50.0), ValueEntry("2024-Q3", "actual", 20.0),
    ]))  # fmt: skip

    def thresholds():
        return monitoring_settings(project.session.connection()).thresholds

    def status():
        return all_statuses(project.session.connection())[fid].status

    assert thresholds() == Thresholds(0.9, 0.6)
    assert status() == "at_risk"

    project.stack.push(set_monitoring_settings(project, on_track=0.8, at_risk=0.5))
    assert thresholds() == Thresholds(0.8, 0.5)
    assert status() == "on_track"
    project.stack.push(set_monitoring_settings(project, on_track=0.95))  # at risk stays 0.5
    assert thresholds() == Thresholds(0.95, 0.5)
    assert status() == "at_risk"

    project.stack.undo()
    project.stack.undo()
    assert thresholds() == Thresholds(0.9, 0.6)
    assert status() == "at_risk"
    for on_track, at_risk in ((0.5, 0.6), (0.9, 0.0), (0.9, 0.9), (2.0, 0.6)):
        with pytest.raises(ValidationError) as refused:
            set_monitoring_settings(project, on_track=on_track, at_risk=at_risk)
        assert refused.value.field == "status_on_track"
