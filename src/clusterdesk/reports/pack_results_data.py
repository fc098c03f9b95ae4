"""What the pack's Results section and the web map's results block print: the result chain with its
indicators' baselines, latest targets and actuals and status, period labels and values written in the
report's language, and the marks that go with each status. Qt-free, read once per report.

Figures come from `analysis.results_series`, which merges the actuals of computed indicators, and the
status rule of `analysis.results_status`, so the reports say what the Results panel says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from clusterdesk.analysis.results_series import (
    MonitoringSettings,
    indicator_series,
    monitoring_settings,
    value_rows,
)
from clusterdesk.analysis.results_status import Series, Status, latest_status, latest_target
from clusterdesk.core import formatting
from clusterdesk.core.periods import Period, parse_period, period_of
from clusterdesk.core.results import FIRM_SIZE_CLASSES, SEX_CATEGORIES, ResultsData, read_results, split_codes
from clusterdesk.core.results_formulas import SurveyQuestion, computed_name, computed_rule, survey_questions
from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS
from clusterdesk.core.vocabulary_labels import category_label
from clusterdesk.reports.texts import text

# A status is always printed as its word; the mark beside it differs in shape as well as colour, so it
# reads in grey print and for colour-blind readers too
STATUS_MARKS: dict[str, tuple[str, str]] = {
    "on_track": ("●", "#2e7d32"),
    "at_risk": ("▲", "#b7791f"),
    "off_track": ("■", "#b0352c"),
    "no_data": ("○", "#616e7c"),
}


# categories in the order their vocabularies list them (female before male, micro to large firms)
_CATEGORY_ORDER = {
    code: i for i, code in enumerate([*SEX_CATEGORIES, *FIRM_SIZE_CLASSES, *STAKEHOLDER_KINDS])
}


def _digits(value: float, most: int = 2) -> int:
    for digits in range(most + 1):
        if abs(value * 10**digits - round(value * 10**digits)) < 1e-6:
            return digits
    return most


def format_value(
    value: float | None, unit: str, language: str | None = "en", currency: str | None = None
) -> str:
    """A value in its unit as the language writes it: 45 %, 1.250 US$, Sí, 3,5."""
    if value is None:
        return formatting.DASH
    if unit == "percentage":  # stored as 0-100
        return formatting.percent(value / 100, language, _digits(value, 1))
    if unit == "currency":
        return formatting.money(value, currency, language)
    if unit == "yes_no":
        return text("yes" if value else "no", language)
    if unit == "score":
        return formatting.decimal(value, language, max(1, _digits(value)))
    return formatting.decimal(value, language, _digits(value))


@dataclass(frozen=True)
class IndicatorFigures:
    indicator: dict[str, Any]
    series: Series
    status: Status
    target: tuple[str, float] | None  # latest target: (period code, value)
    actual: tuple[str, float] | None  # latest actual
    categories: list[tuple[str, str, float]]  # (dimension, category, value) at the latest actual's period


@dataclass
class ResultsReport:
    data: ResultsData
    settings: MonitoringSettings
    figures: dict[int, IndicatorFigures]  # by indicator fid
    depth: dict[int, int] = field(default_factory=dict)  # result fid -> 0 for the impact, 1, 2 ...
    questions: dict[str, SurveyQuestion] = field(default_factory=dict)  # what survey formulas ask

    def formula_name(self, indicator: dict[str, Any], language: str | None) -> str:
        """The formula of a computed indicator, with its survey question where it has one."""
        return computed_name(indicator["computed"], language, self.questions)

    def formula_rule(self, indicator: dict[str, Any], language: str | None) -> str:
        return computed_rule(indicator["computed"], language, self.questions)

    def indicators_of(self, result_id: int) -> list[IndicatorFigures]:
        return [
            self.figures[i["fid"]] for i in self.data.indicators_of(result_id) if i["fid"] in self.figures
        ]

    def contributing_tasks(self, result_id: int) -> list[dict[str, Any]]:
        """The plan tasks a result names that still exist (a deleted task's link is ignored)."""
        tasks = self.data.tasks
        return [tasks[uuid] for uuid in self.data.task_links.get(result_id, []) if uuid in tasks]

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUS_MARKS, 0)
        for figures in self.figures.values():
            counts[figures.status.status] = counts.get(figures.status.status, 0) + 1
        return counts

    @property
    def current_period(self) -> Period:
        return period_of(dt.date.today(), self.settings.frequency)


def _latest(values: dict[str, float]) -> tuple[str, float] | None:
    periods = sorted((p, code) for code in values if (p := parse_period(code)) is not None)
    return (periods[-1][1], values[periods[-1][1]]) if periods else None


def _depths(data: ResultsData) -> dict[int, int]:
    parents = {r["fid"]: r["parent_id"] for r in data.results}
    depth: dict[int, int] = {}
    for fid in parents:
        level, parent, seen = 0, parents[fid], {fid}
        while parent in parents and parent not in seen:  # damaged data must not loop
            seen.add(parent)
            level, parent = level + 1, parents[parent]
        depth[fid] = level
    return depth


def results_report(project) -> ResultsReport | None:
    """The project's result chain with every indicator's figures, or None when it has no result."""
    connection = project.session.connection()
    data = read_results(connection, with_values=False)
    if not data.results:
        return None
    settings = monitoring_settings(connection)
    series = indicator_series(connection, data.indicators, settings)
    categories: dict[tuple[int, str], list[tuple[str, str, float]]] = {}
    for row in value_rows(connection, data.indicators, settings.frequency):
        if row["kind"] == "actual" and row["dimension"]:
            key = (row["indicator_id"], row["period"])
            categories.setdefault(key, []).append((row["dimension"], row["category"], row["value"]))
    figures = {}
    for indicator in data.indicators:
        one = series[indicator["fid"]]
        actual = _latest(dict(one.actuals))
        # only the breakdowns the indicator reports by: a formula may compute more than it asks for
        wanted = split_codes(indicator["disaggregations"])
        found = (
            [c for c in categories.get((indicator["fid"], actual[0]), []) if c[0] in wanted] if actual else []
        )
        found.sort(key=lambda c: (wanted.index(c[0]), _CATEGORY_ORDER.get(c[1], len(_CATEGORY_ORDER)), c[1]))
        figures[indicator["fid"]] = IndicatorFigures(
            indicator, one, latest_status(one, settings.thresholds), latest_target(one), actual, found
        )
    return ResultsReport(data, settings, figures, _depths(data), survey_questions(connection))


def categories_text(figures: IndicatorFigures, language: str, currency: str | None = None) -> str:
    """The latest actual by category: "Female 12 · Male 8"."""
    unit = figures.indicator["unit"]
    return " · ".join(
        f"{category_label(dimension, category, language)} {format_value(value, unit, language, currency)}"
        for dimension, category, value in figures.categories
    )
