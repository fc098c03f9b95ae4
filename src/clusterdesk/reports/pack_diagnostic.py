"""The pack's Diagnostic section (phase 3): the report's title, date and authors, the SWOT as a 2×2
table, the key findings and leverage points with the plan actions answering them, and the baseline
figures of the firms: for the survey of the baseline round, the standard indicators as the number of firms
answering, total, mean and median. Printed only when the project has a diagnostic.

Every text of the project is escaped where it enters a Paragraph, so markup in it prints as typed.
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from clusterdesk.core.catalogue import tr
from clusterdesk.core.diagnostic import SWOT_CATEGORIES
from clusterdesk.core.diagnostic_data import DiagnosticData, category_heading, read_diagnostic, split_authors
from clusterdesk.core.formatting import NBSP
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_sections import heading
from clusterdesk.reports.pack_style import data_table_style, header_cells, table_style

# the quadrants' colours, as in the Diagnostic panel: internal in the top row, external below
QUADRANT_COLOURS = {
    "strength": "#2e7d32",
    "weakness": "#c62828",
    "opportunity": "#1565c0",
    "threat": "#b26a00",
}
BASELINE_STANDARDS = ("sales", "exports", "employees", "women_employees", "new_products")
MONEY_STANDARDS = ("sales", "exports")
_MUTED = "#616e7c"


@dataclass(frozen=True)
class BaselineFigure:
    standard: str
    answering: int
    total: float | None
    mean: float | None
    median: float | None


def baseline_survey(connection) -> tuple | None:
    """(fid, name, held_on, responses) of the survey of the baseline round, the earliest when several."""
    found = connection.execute(
        "SELECT fid, name, held_on FROM surveys WHERE round_code = 'baseline' "
        "ORDER BY held_on IS NULL, held_on, fid LIMIT 1"
    ).fetchone()
    if found is None:
        return None
    responses = connection.execute("SELECT count(*) FROM survey_responses WHERE survey_id = ?", (found[0],))
    return (*found, responses.fetchone()[0])


def baseline_figures(connection, survey_id: int) -> list[BaselineFigure]:
    """The standard indicators the survey asked, from its answers: firms answering, total, mean, median."""
    figures = []
    for standard in BASELINE_STANDARDS:
        question = connection.execute(
            "SELECT fid FROM survey_questions WHERE survey_id = ? AND standard = ? ORDER BY fid LIMIT 1",
            (survey_id, standard),
        ).fetchone()
        if question is None:
            continue
        values = [
            row[0]
            for row in connection.execute(
                "SELECT a.value_number FROM survey_answers a"
                " JOIN survey_responses r ON r.fid = a.response_id"
                " WHERE a.question_id = ? AND r.survey_id = ? AND a.value_number IS NOT NULL",
                (question[0], survey_id),
            )
        ]
        figures.append(
            BaselineFigure(
                standard,
                len(values),
                sum(values) if values else None,
                statistics.fmean(values) if values else None,
                statistics.median(values) if values else None,
            )
        )
    return figures


def standard_label(standard: str, language: str) -> str:
    labels = {
        "sales": tr("pack_diagnostic:sales", "Sales in the last 12 months", language),
        "exports": tr("pack_diagnostic:exports", "Exports in the last 12 months", language),
        "employees": tr("pack_diagnostic:employees", "Employees", language),
        "women_employees": tr("pack_diagnostic:women_employees", "Women employees", language),
        "new_products": tr(
            "pack_diagnostic:new_products", "New products or models in the last 12 months", language
        ),
    }
    return labels[standard]


def diagnostic(context: PackContext) -> list:
    if not context.has_table("diagnostic_items"):
        return []
    data = read_diagnostic(context.project.session.connection())
    if data.is_empty:
        return []
    report = data.reports[-1] if data.reports else None  # the latest, as the panel shows
    report_id = report["fid"] if report else None
    items = [i for i in data.items if i["report_id"] in (report_id, None)]
    data = DiagnosticData(data.reports, items, data.stakeholders, data.tasks)
    story: list = [heading(context, context.t("diagnostic"), "diagnostic")]
    story += _report_header(context, report)
    if any(data.items_of(c) for c in SWOT_CATEGORIES):
        story += [
            Paragraph(
                escape(tr("pack_diagnostic:swot", "SWOT analysis", context.language)), context.styles.h2
            ),
            _swot_table(context, data),
        ]
    for category in ("finding", "leverage_point"):
        if data.items_of(category):
            story += [CondPageBreak(40 * mm), *_item_table(context, data, category)]
    story += _baseline(context)
    return story


def _report_header(context: PackContext, report: dict | None) -> list:
    styles, language = context.styles, context.language
    if report is None:
        return []
    story = [Paragraph(f"<b>{escape(report['title'])}</b>", styles.lead)]
    facts = []
    if report["report_date"] is not None:
        facts.append(
            tr(
                "pack_diagnostic:dated",
                "Dated {date}",
                language,
                date=context.long_date(report["report_date"]),
            )
        )
    authors = split_authors(report["authors"])
    if authors:
        facts.append(tr("pack_diagnostic:authors", "Authors: {names}", language, names=", ".join(authors)))
    if facts:
        story.append(Paragraph(escape(" · ".join(facts)), styles.body))
    if report["summary"]:
        story.append(Paragraph(escape(report["summary"]).replace("\n", "<br/>"), styles.body))
    return story


def _bullets(context: PackContext, items: list[dict]) -> list:
    style = ParagraphStyle(
        "swot_item",
        parent=context.styles.cell,
        fontSize=8.5,
        leading=11,
        leftIndent=8,
        firstLineIndent=-8,
        spaceAfter=3,
    )
    evidence = ParagraphStyle(
        "swot_evidence",
        parent=style,
        fontSize=7.5,
        leading=9.5,
        textColor=colors.HexColor(_MUTED),
        leftIndent=8,
        firstLineIndent=0,
    )
    cells: list = []
    for item in items:
        cells.append(Paragraph(f"•{NBSP}{escape(item['text'])}", style))
        if item["evidence"]:
            cells.append(Paragraph(escape(item["evidence"]), evidence))
    return cells or [Paragraph("–", style)]


def _swot_table(context: PackContext, data: DiagnosticData) -> Table:
    head = ParagraphStyle("swot_head", parent=context.styles.cell_head, fontSize=9.5, leading=12)
    rows, commands = [], []
    for pair_row, pair in enumerate((SWOT_CATEGORIES[:2], SWOT_CATEGORIES[2:])):
        rows.append([Paragraph(escape(category_heading(c, context.language)), head) for c in pair])
        rows.append([_bullets(context, data.items_of(c)) for c in pair])
        for column, category in enumerate(pair):
            commands.append(
                (
                    "BACKGROUND",
                    (column, 2 * pair_row),
                    (column, 2 * pair_row),
                    colors.HexColor(QUADRANT_COLOURS[category]),
                )
            )
    width = context.frame_width / 2
    table = Table(rows, colWidths=[width, width], splitInRow=1)
    table.setStyle(
        table_style(
            *commands,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9aa5b1")),
            ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#9aa5b1")),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table


def _item_table(context: PackContext, data: DiagnosticData, category: str) -> list:
    styles, language = context.styles, context.language
    small = ParagraphStyle(
        "item_evidence", parent=styles.cell, fontSize=7.5, leading=9.5, textColor=colors.HexColor(_MUTED)
    )
    column = (
        tr("pack_diagnostic:col_finding", "Finding", language)
        if category == "finding"
        else tr("pack_diagnostic:col_leverage", "Leverage point", language)
    )
    rows = [
        header_cells(
            [
                tr("pack_diagnostic:col_no", "No.", language),
                column,
                tr("pack_diagnostic:col_answered", "Plan actions answering it", language),
            ]
        )
    ]
    none_yet = tr("pack_diagnostic:none_yet", "none yet", language)
    for number, item in enumerate(data.items_of(category), start=1):
        text = [Paragraph(escape(item["text"]), styles.cell)]
        if item["evidence"]:
            text.append(Paragraph(escape(item["evidence"]), small))
        people = data.stakeholders.get(item["fid"], [])
        if people:
            names = ", ".join(p["name"] for p in people)
            text.append(
                Paragraph(
                    escape(tr("pack_diagnostic:raised_by", "Raised by {names}", language, names=names)), small
                )
            )
        tasks = data.tasks.get(item["fid"], [])
        answered = [Paragraph(escape(t["name"]), styles.cell) for t in tasks] or [
            Paragraph(f"<font color='{_MUTED}'>{escape(none_yet)}</font>", styles.cell)
        ]
        rows.append([Paragraph(context.number(number), styles.cell), text, answered])
    width = context.frame_width
    table = Table(rows, colWidths=[10 * mm, width * 0.58 - 10 * mm, width * 0.42], repeatRows=1, splitInRow=1)
    table.setStyle(data_table_style())
    return [Paragraph(escape(category_heading(category, language)), styles.h2), table]


def _baseline(context: PackContext) -> list:
    if not context.has_table("surveys"):
        return []
    connection, language, styles = context.connection, context.language, context.styles
    survey = baseline_survey(connection)
    if survey is None:
        return []
    fid, name, held_on, responses = survey
    figures = baseline_figures(connection, fid)
    if not figures:
        return []
    story = [
        CondPageBreak(50 * mm),
        Paragraph(
            escape(tr("pack_diagnostic:baseline", "Baseline figures of the firms", language)), styles.h2
        ),
    ]
    intro = tr(
        "pack_diagnostic:baseline_intro",
        "From the survey {survey} of the baseline round (responses received: {count}).",
        language,
        survey=name,
        count=context.number(responses),
    )
    if held_on:
        intro += " " + tr(
            "pack_diagnostic:baseline_held",
            "Closed on {date}.",
            language,
            date=context.long_date(dt.date.fromisoformat(str(held_on)[:10])),
        )
    story.append(Paragraph(escape(intro), styles.body))
    rows = [
        header_cells(
            [
                tr("pack_diagnostic:col_indicator", "Indicator", language),
                tr("pack_diagnostic:col_answering", "Firms answering", language),
                tr("pack_diagnostic:col_total", "Total", language),
                tr("pack_diagnostic:col_mean", "Mean", language),
                tr("pack_diagnostic:col_median", "Median", language),
            ],
            numeric_from_column=1,
        )
    ]
    for figure in figures:
        money = figure.standard in MONEY_STANDARDS

        def shown(value: float | None, decimals: int, money: bool = money) -> str:
            if value is None:
                return "–"
            return context.money(value) if money else context.number(value, decimals)

        rows.append(
            [
                Paragraph(escape(standard_label(figure.standard, language)), styles.cell),
                Paragraph(context.number(figure.answering), styles.cell_right),
                Paragraph(escape(shown(figure.total, 0)), styles.cell_right),
                Paragraph(escape(shown(figure.mean, 1)), styles.cell_right),
                Paragraph(escape(shown(figure.median, 1)), styles.cell_right),
            ]
        )
    width = context.frame_width
    table = Table(
        rows, colWidths=[width * 0.36, width * 0.13, width * 0.19, width * 0.16, width * 0.16], repeatRows=1
    )
    table.setStyle(data_table_style(numeric_from_column=1))
    note = tr(
        "pack_diagnostic:baseline_note",
        "Only firms that answered a question count for it: a missing answer is never taken as zero.",
        language,
    )
    return [*story, table, Spacer(1, 2 * mm), Paragraph(escape(note), styles.small)]
