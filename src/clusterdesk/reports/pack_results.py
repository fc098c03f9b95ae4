"""The Results section of the pack: the result chain (impact, outcomes, outputs with their codes,
statements, contributing plan actions and assumptions), the indicators with baseline, latest target,
latest actual and status, the formulas of computed indicators, and target-versus-actual charts of the
outcome indicators. Printed only when the project has a result chain.

Every cell holding words is a Paragraph, so long Spanish, French and Russian words wrap within their
column; statuses are a word with a mark that differs in shape and colour, never colour alone.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from clusterdesk.core.formatting import NBSP, period_label
from clusterdesk.core.vocabulary_labels import label
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_results_charts import chart_legend, chart_periods, target_actual_chart
from clusterdesk.reports.pack_results_data import (
    STATUS_MARKS,
    IndicatorFigures,
    ResultsReport,
    categories_text,
    format_value,
    results_report,
)
from clusterdesk.reports.pack_sections import heading
from clusterdesk.reports.pack_style import ACCENT_LIGHT, data_table_style, header_cells, table_style

COMPUTED_MARK = "ƒ"
_MUTED = "#616e7c"


def status_markup(status: str, language: str) -> str:
    """The status word after its coloured mark, as Paragraph markup."""
    mark, colour = STATUS_MARKS.get(status, STATUS_MARKS["no_data"])
    word = escape(label("indicator_status", status, language))
    return f"<font color='{colour}'>{mark}</font>{NBSP}{word}"


def _summary(context: PackContext, report: ResultsReport) -> Table:
    styles = context.styles
    counts = report.status_counts()
    cells = [[Paragraph(context.number(len(report.figures)), styles.figure),
              Paragraph(escape(context.t("res_indicators")), styles.figure_label)]]  # fmt: skip
    for status, count in counts.items():
        mark, colour = STATUS_MARKS[status]
        figure = f"<font color='{colour}' size='14'>{mark}</font> {context.number(count)}"
        cells.append(
            [Paragraph(figure, styles.figure),
             Paragraph(escape(label("indicator_status", status, context.language)), styles.figure_label)]
        )  # fmt: skip
    width = context.frame_width / len(cells)
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        )
    )
    return table


def _chain_table(context: PackContext, report: ResultsReport) -> Table:
    styles, width, t = context.styles, context.frame_width, context.t
    rows = [header_cells([t("col_code"), t("col_result"), t("col_assumptions")])]
    for result in report.data.results:
        depth = report.depth.get(result["fid"], 0)
        indented = ParagraphStyle(f"result_depth_{depth}", parent=styles.cell, leftIndent=8 * depth)
        level = escape(label("result_level", result["level"], context.language))
        cell = f"<font color='{_MUTED}'>{level}</font><br/><b>{escape(result['statement'])}</b>"
        tasks = report.contributing_tasks(result["fid"])
        if tasks:
            names = "; ".join(escape(task["name"]) for task in tasks)
            cell += f"<br/><font color='{_MUTED}'>{t('res_contributing', actions=names)}</font>"
        code_style = ParagraphStyle(
            "result_code", parent=styles.cell, fontName="ClusterDeskSans-CondensedBold"
        )
        rows.append(
            [
                Paragraph(escape(result["code"]), code_style),
                Paragraph(cell, indented),
                Paragraph(escape(result["assumptions"] or "–"), styles.cell),
            ]
        )
    table = Table(rows, colWidths=[width * 0.1, width * 0.56, width * 0.34], repeatRows=1)
    table.setStyle(data_table_style())
    impact_rows = [i + 1 for i, r in enumerate(report.data.results) if r["level"] == "impact"]
    table.setStyle(TableStyle([("BACKGROUND", (0, r), (-1, r), ACCENT_LIGHT) for r in impact_rows]))
    return table


def _value_style(context: PackContext) -> ParagraphStyle:
    # an amount wider than its column runs into the padding rather than being cut between digits
    return ParagraphStyle("result_value", parent=context.styles.cell, splitLongWords=0)


def _value_cell(
    context: PackContext, value: tuple[str, float] | None, unit: str, extra: str = ""
) -> Paragraph:
    if value is None:
        return Paragraph(
            f"<font color='{_MUTED}'>{escape(context.t('res_no_data'))}</font>", context.styles.cell
        )
    code, number = value
    shown = escape(format_value(number, unit, context.language, context.currency))
    when = escape(period_label(code, context.language))
    markup = f"{shown}<br/><font color='{_MUTED}' size='7'>{when}</font>"
    if extra:
        markup += f"<br/><font size='7'>{escape(extra)}</font>"
    return Paragraph(markup, _value_style(context))


def _baseline_cell(context: PackContext, indicator: dict) -> Paragraph:
    value = indicator["baseline_value"]
    if value is None:
        return Paragraph("–", context.styles.cell)
    markup = escape(format_value(value, indicator["unit"], context.language, context.currency))
    if indicator["baseline_date"]:
        markup += (
            f"<br/><font color='{_MUTED}' size='7'>{escape(context.date(indicator['baseline_date']))}</font>"
        )
    return Paragraph(markup, _value_style(context))


def _indicator_cell(context: PackContext, report: ResultsReport, indicator: dict) -> Paragraph:
    language = context.language
    unit = label("indicator_unit", indicator["unit"], language)
    direction = label("direction", indicator["direction"], language)
    markup = f"<b>{escape(indicator['name'])}</b><br/>"
    markup += f"<font color='{_MUTED}'>{escape(unit)} · {escape(direction)}</font>"
    if indicator["computed"]:
        formula = report.formula_name(indicator, language)
        computed = escape(context.t("res_computed", formula=formula))
        markup += f"<br/><i>{COMPUTED_MARK} {computed}</i>"
    return Paragraph(markup, context.styles.cell)


def _indicator_table(context: PackContext, report: ResultsReport) -> Table | None:
    width, t, language = context.frame_width, context.t, context.language
    rows = [
        header_cells([t("col_code"), t("col_indicator"), t("col_baseline"), t("col_latest_target"),
                      t("col_latest_actual"), t("col_status")])
    ]  # fmt: skip
    code_style = ParagraphStyle(
        "indicator_code", parent=context.styles.cell, fontName="ClusterDeskSans-CondensedBold"
    )
    for result in report.data.results:
        for figures in report.indicators_of(result["fid"]):
            indicator = figures.indicator
            unit = indicator["unit"]
            rows.append(
                [
                    Paragraph(escape(indicator["code"]), code_style),
                    _indicator_cell(context, report, indicator),
                    _baseline_cell(context, indicator),
                    _value_cell(context, figures.target, unit),
                    _value_cell(
                        context, figures.actual, unit, categories_text(figures, language, context.currency)
                    ),
                    Paragraph(status_markup(figures.status.status, language), context.styles.cell),
                ]
            )
    if len(rows) == 1:
        return None
    shares = (0.08, 0.32, 0.14, 0.14, 0.17, 0.15)
    table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1)
    table.setStyle(data_table_style())
    return table


def _formula_notes(context: PackContext, report: ResultsReport) -> list:
    computed = [f.indicator for f in report.figures.values() if f.indicator["computed"]]
    if not computed:
        return []
    styles, language = context.styles, context.language
    lines = [Paragraph(f"{COMPUTED_MARK} {escape(context.t('res_formulas'))}", styles.small)]
    for indicator in computed:
        name = report.formula_name(indicator, language)
        rule = report.formula_rule(indicator, language)
        lines.append(
            Paragraph(f"<b>{escape(indicator['code'])}</b> {escape(name)}: {escape(rule)}", styles.small)
        )
    return [Spacer(1, 2 * mm), *lines]


def _chart_pair(context: PackContext, report: ResultsReport, pair: list[IndicatorFigures]) -> Table:
    """Two charts side by side, titles in a row of their own so the charts line up however many lines
    a title takes; a pair never splits across pages."""
    width, gap = context.frame_width, 6 * mm
    cell_width = (width - gap) / 2
    titles, charts = [], []
    for figures in pair:
        indicator = figures.indicator
        titles.append(
            Paragraph(f"<b>{escape(indicator['code'])}</b> {escape(indicator['name'])}", context.styles.cell)
        )
        periods = chart_periods(figures.series, report.settings.frequency)
        charts.append(
            target_actual_chart(figures.series, periods, report.current_period, cell_width, 46 * mm,
                                context.language, context.currency)
        )  # fmt: skip
    while len(titles) < 2:
        titles.append("")
        charts.append("")
    table = Table([titles, charts], colWidths=[cell_width + gap / 2, cell_width + gap / 2])
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), gap / 2),
            ("LEFTPADDING", (1, 0), (1, -1), gap / 2),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
        )
    )
    return table


def _charts(context: PackContext, report: ResultsReport) -> list:
    charted = [
        figures
        for result in report.data.results
        if result["level"] == "outcome"
        for figures in report.indicators_of(result["fid"])
        if figures.series.targets or figures.series.actuals
    ]
    if not charted:
        return []
    pairs = [_chart_pair(context, report, charted[i : i + 2]) for i in range(0, len(charted), 2)]
    styles = context.styles
    head = [
        Paragraph(escape(context.t("h_res_charts")), styles.h2),
        chart_legend(context.frame_width, context.language),
        Spacer(1, 2 * mm),
    ]
    note = Paragraph(escape(context.t("res_chart_note")), styles.small)
    # the heading and legend stay with the first pair of charts
    return [
        CondPageBreak(70 * mm),
        KeepTogether([*head, pairs[0]]),
        *(KeepTogether([p]) for p in pairs[1:]),
        note,
    ]


def results(context: PackContext) -> list:
    """The Results section, or nothing when the project has no result chain."""
    if not context.has_table("results") or context.count("SELECT count(*) FROM results") == 0:
        return []
    report = results_report(context.project)
    if report is None:
        return []
    styles, t = context.styles, context.t
    settings = report.settings
    frequency = label("reporting_frequency", settings.frequency, context.language)
    rule = t(
        "res_rule",
        on_track=context.percent(settings.thresholds.on_track),
        at_risk=context.percent(settings.thresholds.at_risk),
    )
    story = [
        heading(context, t("results"), "results"),
        Paragraph(escape(t("res_intro")), styles.lead),
    ]
    if report.figures:
        story += [_summary(context, report), Spacer(1, 2 * mm)]
    frequency = t("res_frequency", frequency=frequency[:1].lower() + frequency[1:])
    story.append(Paragraph(f"{escape(frequency)} {escape(rule)}", styles.small))
    story += [Paragraph(escape(t("h_result_chain")), styles.h2), _chain_table(context, report)]
    indicators = _indicator_table(context, report)
    if indicators is not None:
        story += [CondPageBreak(40 * mm), Paragraph(escape(t("h_indicators")), styles.h2), indicators]
        story += _formula_notes(context, report)
    story += _charts(context, report)
    return story
