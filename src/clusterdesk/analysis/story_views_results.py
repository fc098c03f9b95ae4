"""The results slide: each outcome and output indicator with its baseline, latest target, latest actual
and status (analysis.results_series and the status rule of analysis.results_status, so the slide says
what the Results panel says). At most RESULTS_SHOWN rows: when there are more, the worst statuses are
kept (off track, at risk, no data, on track, then the chain's order) and shown in the chain's order."""

from __future__ import annotations

from clusterdesk.analysis.results_overview import STATUS_SEVERITY, IndicatorOverview, indicator_overviews
from clusterdesk.analysis.story_views_common import (
    KeyFigure,
    StoryView,
    ViewContext,
    ViewRow,
    ViewTable,
    shown_of,
)
from clusterdesk.core import formatting
from clusterdesk.core.catalogue import tr
from clusterdesk.core.periods import parse_period
from clusterdesk.core.results import ResultsData, read_results
from clusterdesk.core.vocabulary_labels import label

RESULTS_SHOWN = 8
LEVELS = ("outcome", "output")


def _digits(value: float, most: int = 2) -> int:
    for digits in range(most + 1):
        if abs(value * 10**digits - round(value * 10**digits)) < 1e-6:
            return digits
    return most


def format_value(context: ViewContext, value: float | None, unit: str) -> str:
    """A value in its unit: 45 %, 1.250 US$, Sí, 3,5."""
    if value is None:
        return formatting.DASH
    if unit == "percentage":  # stored as 0-100
        return formatting.percent(value / 100, context.language, _digits(value, 1))
    if unit == "currency":
        return context.money(value)
    if unit == "yes_no":
        return tr("story:yes", "Yes", context.language) if value else tr("story:no", "No", context.language)
    return formatting.decimal(value, context.language, _digits(value))


def period_text(context: ViewContext, code: str | None) -> str:
    return formatting.period_label(code, context.language) if code and parse_period(code) else ""


def chain_indicators(context: ViewContext) -> tuple[ResultsData, dict[int, IndicatorOverview], list[dict]]:
    """The chain, every indicator's overview, and the outcome and output indicators in chain order."""
    data = read_results(context.connection, with_values=False)
    overviews = indicator_overviews(context.connection, data)
    levels = {r["fid"]: r["level"] for r in data.results}
    chosen = [i for i in data.indicators if levels.get(i["result_id"]) in LEVELS]
    return data, overviews, chosen


def results(context: ViewContext) -> StoryView:
    title = tr("story:title_results", "Results: where the indicators stand", context.language)
    _data, overviews, indicators = chain_indicators(context)
    if not indicators:
        return StoryView(
            "results",
            title,
            empty=tr("story:no_indicators", "No outcome or output indicators yet.", context.language),
        )
    counts = {code: 0 for code in STATUS_SEVERITY}
    for indicator in indicators:
        counts[overviews[indicator["fid"]].status.status] += 1
    figures = [
        KeyFigure(
            label("indicator_status", code, context.language),
            context.number(counts[code]),
            number=counts[code],
        )
        for code in ("on_track", "at_risk", "off_track", "no_data")
    ]
    rank = {i["fid"]: n for n, i in enumerate(indicators)}
    worst = sorted(
        indicators, key=lambda i: (STATUS_SEVERITY.index(overviews[i["fid"]].status.status), rank[i["fid"]])
    )
    shown = sorted(worst[:RESULTS_SHOWN], key=lambda i: rank[i["fid"]])
    rows = []
    for indicator in shown:
        overview = overviews[indicator["fid"]]
        unit, status = indicator["unit"], overview.status.status
        target = overview.latest_target
        actual = overview.latest_actual
        rows.append(
            ViewRow(
                (
                    indicator["code"],
                    indicator["name"],
                    format_value(context, indicator["baseline_value"], unit),
                    _with_period(context, target, unit),
                    _with_period(context, actual, unit),
                    label("indicator_status", status, context.language),
                ),
                status,
            )
        )
    columns = (
        tr("story:col_code", "Code", context.language),
        tr("story:col_indicator", "Indicator", context.language),
        tr("story:col_baseline", "Baseline", context.language),
        tr("story:col_target", "Latest target", context.language),
        tr("story:col_actual", "Latest actual", context.language),
        tr("story:col_status", "Status", context.language),
    )
    notes = [n for n in [shown_of(context, len(shown), len(indicators))] if n]
    return StoryView(
        "results", title, figures, [ViewTable(columns, rows, numeric_from=2, mark_column=5)], notes
    )


def _with_period(context: ViewContext, pair: tuple[str, float] | None, unit: str) -> str:
    if pair is None:
        return formatting.DASH
    period = period_text(context, pair[0])
    value = format_value(context, pair[1], unit)
    return f"{value} ({period})" if period else value


def off_track(context: ViewContext) -> list[tuple[dict, IndicatorOverview]]:
    """Outcome and output indicators whose latest status is off track, in chain order."""
    _data, overviews, indicators = chain_indicators(context)
    return [(i, overviews[i["fid"]]) for i in indicators if overviews[i["fid"]].status.status == "off_track"]
