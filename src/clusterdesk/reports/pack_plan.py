"""Sections of the pack about the action plan: vision and objectives, the plan as a table, the Gantt
chart (both on landscape pages) and the budget with its cost sharing."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Paragraph, Spacer, Table

from clusterdesk.analysis.plan_schedule import schedule_project
from clusterdesk.core.errors import ClusterDeskError
from clusterdesk.core.plan import BUDGET_SOURCES
from clusterdesk.core.vocabulary_labels import budget_source_label, status_label
from clusterdesk.reports.pack_charts import donut, stacked_columns
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_gantt import gantt_pages, status_legend
from clusterdesk.reports.pack_plan_data import PlanRow, current_vision, load_plan
from clusterdesk.reports.pack_sections import heading
from clusterdesk.reports.pack_style import (
    ACCENT,
    ACCENT_LIGHT,
    FONT_CONDENSED_BOLD,
    HEADER_GAP,
    MARGIN,
    data_table_style,
    header_cells,
    page_size,
    table_style,
)

SOURCE_COLOURS = {"enterprises": "#d95f02", "public": "#386cb0", "donor": "#1b9e77", "other": "#9e9e9e"}
_TABLE_CHUNK = 45  # rows per table: short tables split fast, and each repeats its header


def _plan(context: PackContext) -> list[PlanRow]:
    if "plan" not in context.notes_cache:
        plan = load_plan(context.connection) if context.has_table("plan_tasks") else []
        if plan and context.has_table("plan_links"):
            _mark_critical(context, plan)
        context.notes_cache["plan"] = plan
    return context.notes_cache["plan"]


def _mark_critical(context: PackContext, plan: list[PlanRow]) -> None:
    """Flag the tasks on the critical path, when the plan has dependencies to define one."""
    if not context.count("SELECT count(*) FROM plan_links"):
        return
    try:
        critical = set(schedule_project(context.project).result.critical_ids())
    except ClusterDeskError as error:
        # A dependency loop is the planner's to fix in the plan panel; the pack still prints
        context.notes["critical"] = context.t("critical_not_marked", error=error)
        return
    for row in plan:
        row.critical = row.fid in critical and not row.is_summary


def vision(context: PackContext) -> list:
    styles = context.styles
    statement = current_vision(context.connection) if context.has_table("vision_statements") else None
    objectives = [row for row in _plan(context) if row.depth == 0]
    if statement is None and not objectives:
        return []
    story = [heading(context, context.t("vision"), "vision")]
    if statement is not None:
        text, agreed_on, agreed_by = statement
        box = Table(
            [[Paragraph(escape(text).replace("\n", "<br/>"), styles.lead)]], colWidths=[context.frame_width]
        )
        box.setStyle(
            table_style(
                *[
                    ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("TOPPADDING", (0, 0), (-1, -1), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [Paragraph(escape(context.t("shared_vision")), styles.h2), box]
        agreed = " ".join(
            p
            for p in (
                context.t("agreed_by", who=escape(agreed_by)) if agreed_by else "",
                context.t("agreed_on", date=context.long_date(agreed_on)) if agreed_on else "",
            )
            if p
        )
        if agreed:
            story.append(Paragraph(agreed + ".", styles.caption))
    if objectives:
        plan = _plan(context)
        width = context.frame_width
        t = context.t
        data = [
            [t("col_no"), t("col_objective"), t("col_from"), t("col_to"), t("col_actions"),
             t("col_budget", currency=context.currency).strip()]
        ]  # fmt: skip
        for objective in objectives:
            actions = sum(1 for r in plan if r.parent_id == objective.fid)
            data.append(
                [
                    objective.number,
                    Paragraph(escape(objective.name), styles.cell),
                    context.date(objective.start),
                    context.date(objective.finish),
                    context.number(actions),
                    context.number(_subtree_budget(plan, objective)[4]),
                ]
            )
        table = Table(data, colWidths=[width * f for f in (0.06, 0.44, 0.13, 0.13, 0.09, 0.15)], repeatRows=1)
        table.setStyle(data_table_style(numeric_from_column=4))
        story += [Spacer(1, 4 * mm), Paragraph(escape(t("strategic_objectives")), styles.h2), table]
    return story


def plan_table(context: PackContext) -> list:
    plan = _plan(context)
    if not plan:
        return []
    styles, width = context.styles, context.landscape_frame_width
    t = context.t
    header = [
        t("col_no"), t("col_task"), t("col_start"), t("col_finish"), t("col_days"), t("col_status"),
        t("col_responsible"), t("col_budget", currency=context.currency).strip(),
    ]  # fmt: skip
    widths = [width * f for f in (0.06, 0.33, 0.08, 0.08, 0.05, 0.09, 0.2, 0.11)]
    story = [
        heading(context, t("plan"), "plan"),
        Paragraph(escape(t("plan_intro", count=context.number(len(plan)))), styles.body),
    ]
    for start in range(0, len(plan), _TABLE_CHUNK):
        data = [header_cells(header)]
        bold_rows = []
        for offset, row in enumerate(plan[start : start + _TABLE_CHUNK], start=1):
            indent = "&nbsp;" * 3 * min(row.depth, 5)
            name = f"{indent}<b>{escape(row.name)}</b>" if row.is_summary else f"{indent}{escape(row.name)}"
            if row.milestone:
                name += " ◆"
            data.append(
                [
                    row.number,
                    Paragraph(name, styles.cell),
                    context.date(row.start),
                    context.date(row.finish),
                    "" if row.is_summary else context.number(row.duration_days),
                    Paragraph(escape(status_label(row.status, context.language)), styles.cell),
                    Paragraph(escape(row.responsible), styles.cell),
                    context.number(row.budget_total) if row.budget_total else "",
                ]
            )
            if row.depth == 0:
                bold_rows.append(offset)
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(data_table_style())
        table.setStyle(
            table_style(
                *[("ALIGN", (4, 0), (4, -1), "RIGHT"), ("ALIGN", (7, 0), (7, -1), "RIGHT")]
                + [("FONTNAME", (0, r), (-1, r), FONT_CONDENSED_BOLD) for r in bold_rows]
                + [("BACKGROUND", (0, r), (-1, r), ACCENT_LIGHT) for r in bold_rows]
            )
        )
        story.append(table)
    return story


def gantt(context: PackContext) -> list:
    plan = _plan(context)
    if not any(row.start for row in plan):
        return []
    width, height = page_size(context.paper, landscape_page=True)
    frame_width = width - 2 * MARGIN
    frame_height = height - 2 * (MARGIN + HEADER_GAP)
    legend = "   ".join(
        f"<font color='{colour}'>■</font> {escape(label)}"
        for label, colour in status_legend(context.language)
    )
    if any(row.critical for row in plan):
        legend += f"   <font color='#c1121f'>□</font> {escape(context.t('critical_path'))}"
    intro = [heading(context, context.t("gantt"), "gantt"), Paragraph(legend, context.styles.small)]
    heading_height = 36 * mm / 2 + 8
    pages = gantt_pages(
        plan, frame_width, frame_height - heading_height, frame_height - 2, dt.date.today(), context.language
    )
    story = intro + [pages[0]]
    for page in pages[1:]:
        story += [PageBreak(), page]
    return story


def _subtree_budget(plan: list[PlanRow], root: PlanRow) -> tuple[float, float, float, float, float]:
    """Budget by source of a task and everything under it, and the total (last)."""
    members = {root.fid}
    totals = [0.0, 0.0, 0.0, 0.0]
    for row in plan:  # outline order: a parent always comes before its children
        if row.fid in members or row.parent_id in members:
            members.add(row.fid)
            totals = [a + b for a, b in zip(totals, row.budget, strict=True)]
    return (*totals, sum(totals))


def budget(context: PackContext) -> list:
    plan = _plan(context)
    totals = [sum(row.budget[i] for row in plan) for i in range(4)]
    if not plan or sum(totals) <= 0:
        return []
    styles, width = context.styles, context.frame_width
    sources = list(BUDGET_SOURCES)
    currency = context.currency
    story = [
        heading(context, context.t("budget"), "budget"),
        Paragraph(context.t("budget_intro", total=escape(context.money(sum(totals)))), styles.body),
    ]
    story.append(
        donut(
            [budget_source_label(s, context.language) for s in sources],
            totals,
            [SOURCE_COLOURS[s] for s in sources],
            width,
            context.language,
        )
    )
    objectives = [row for row in plan if row.depth == 0]
    t, source_labels = context.t, [budget_source_label(s, context.language) for s in sources]
    data = [
        header_cells(
            [t("col_no"), t("col_objective"), *source_labels, t("col_total"), t("col_firms_share")], 2
        )
    ]
    per_objective = []
    for objective in objectives:
        values = _subtree_budget(plan, objective)
        per_objective.append(values)
        share = context.percent(values[0] / values[4]) if values[4] else "–"
        data.append(
            [objective.number, Paragraph(escape(objective.name), styles.cell)]
            + [context.number(v) for v in values]
            + [share]
        )
    grand = sum(totals)
    data.append(
        ["", t("col_total")]
        + [context.number(v) for v in totals]
        + [context.number(grand), context.percent(totals[0] / grand)]
    )
    table = Table(
        data, colWidths=[width * f for f in (0.05, 0.23, 0.12, 0.12, 0.1, 0.13, 0.13, 0.12)], repeatRows=1
    )
    table.setStyle(data_table_style(numeric_from_column=2))
    table.setStyle(
        table_style(
            *[
                ("FONTNAME", (0, -1), (-1, -1), FONT_CONDENSED_BOLD),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.HexColor("#1d3557")),
            ]
        )
    )
    story += [Paragraph(escape(t("by_objective", currency=currency or t("amounts"))), styles.h2), table]
    if 1 < len(objectives) <= 12:
        series = [
            (source_labels[i], SOURCE_COLOURS[s], [v[i] for v in per_objective])
            for i, s in enumerate(sources)
        ]
        chart = stacked_columns(
            [o.number for o in objectives], series, width, height=170, language=context.language
        )
        story += [
            CondPageBreak(65 * mm),
            Spacer(1, 4 * mm),
            chart,
            Paragraph(escape(t("budget_caption")), styles.caption),
        ]
    return story
