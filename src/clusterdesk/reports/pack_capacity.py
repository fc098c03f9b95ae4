"""The institutional capacity section of the pack: a radar chart per institution with its rounds overlaid,
the comparison across institutions and the gaps to targets.

Scores, completeness and gaps come from `analysis.capacity_scores`: a dimension or an assessment that is
not completely scored has no score here either, and is marked incomplete instead of being averaged.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from clusterdesk.analysis import capacity_scores as scores
from clusterdesk.analysis.capacity_labels import in_language
from clusterdesk.core.capacity import SCALE_MAX, SCALE_MIN
from clusterdesk.core.formatting import decimal, short_date
from clusterdesk.render.score_colours import score_rgb
from clusterdesk.reports.pack_charts import fit_text
from clusterdesk.reports.pack_context import PackContext
from clusterdesk.reports.pack_sections import heading
from clusterdesk.reports.pack_style import (
    FONT,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    MUTED,
    data_table_style,
    header_cells,
    table_style,
)
from clusterdesk.reports.texts import capacity_round_label
from clusterdesk.reports.texts import text as printed_text

# The colours of the app's radar chart (gui.capacity.radar_chart), in round order: early rounds warm,
# later ones cool, so progress reads outward in print as on screen.
ROUND_COLOURS = ("#d35400", "#2471a3", "#1e8449", "#7d3c98", "#b7950b", "#566573")
TARGET_COLOUR = "#5d6d7e"
GRID_COLOUR = "#d5d8dc"
TEXT_COLOUR = "#2c3e50"
_LABEL_SIZE = 6.5
# The gap table keeps this many of each institution's largest gaps, so it fits on one page
GAPS_PER_INSTITUTION = 2
_LEGEND_ROW = 9.5


def round_colour(position: int) -> str:
    return ROUND_COLOURS[position % len(ROUND_COLOURS)]


def score_colour(score: float) -> colors.Color:
    """The app's score colour behind a table cell: the shared scale, paled so the figure stays readable."""
    return colors.Color(*(channel / 255 for channel in score_rgb(score, pale=True)))


def _wrap(text: str, width: float, lines: int = 3) -> list[str]:
    """Words of `text` in at most `lines` lines of `width` points, the last shortened if need be."""
    found: list[str] = []
    for word in text.split():
        if found and stringWidth(f"{found[-1]} {word}", FONT_CONDENSED, _LABEL_SIZE) <= width:
            found[-1] = f"{found[-1]} {word}"
        else:
            found.append(word)
    if len(found) > lines:
        found = found[: lines - 1] + [
            fit_text(" ".join(found[lines - 1 :]), FONT_CONDENSED, _LABEL_SIZE, width)
        ]
    return found


def _series_label(result: scores.AssessmentResult, language: str = "en") -> str:
    assessment = result.assessment
    label = capacity_round_label(assessment.round, language) + (
        f", {short_date(assessment.assessed_on, language)}" if assessment.assessed_on else ""
    )
    if result.overall is not None:
        return printed_text("series_overall", language, label=label, score=decimal(result.overall, language))
    return printed_text(
        "series_incomplete",
        language,
        label=label,
        scored=decimal(result.scored, language, 0),
        total=decimal(result.total, language, 0),
    )


def radar(
    axes: list[str],
    results: list[scores.AssessmentResult],
    target: tuple[float, ...],
    width: float,
    language: str = "en",
) -> Drawing:
    """Dimension scores of each round on a spider chart, the target dashed in grey. A dimension without a
    score leaves a gap in its round's outline; an incomplete round is dashed and unfilled."""
    legend_height = _LEGEND_ROW * (len(results) + 1) + 4
    label_width = width * 0.24
    radius = min(width / 2 - label_width - 4, 62)
    chart_height = 2 * (radius + 3 * (_LABEL_SIZE + 1) + 10)  # room for three-line labels above and below
    height = chart_height + legend_height
    drawing = Drawing(width, height)
    cx, cy = width / 2, legend_height + chart_height / 2

    def point(axis: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * axis / len(axes)  # first axis up, then clockwise
        share = (value - SCALE_MIN + 1) / (SCALE_MAX - SCALE_MIN + 1)  # the lowest level is not the centre
        return cx + radius * share * math.cos(angle), cy + radius * share * math.sin(angle)

    grid = colors.HexColor(GRID_COLOUR)
    for level in range(SCALE_MIN, SCALE_MAX + 1):
        ring = [c for axis in range(len(axes)) for c in point(axis, level)]
        drawing.add(Polygon(ring, fillColor=None, strokeColor=grid, strokeWidth=0.5))
    for axis, name in enumerate(axes):
        x, y = point(axis, SCALE_MAX)
        drawing.add(Line(cx, cy, x, y, strokeColor=grid, strokeWidth=0.5))
        _axis_label(drawing, name, cx, cy, x, y, label_width)

    def outline(values, colour: str, dashed: bool, fill: bool, dots: bool) -> None:
        points = [None if v is None else point(axis, v) for axis, v in enumerate(values)]
        stroke = colors.HexColor(colour)
        if fill and all(p is not None for p in points):
            shade = colors.Color(stroke.red, stroke.green, stroke.blue, alpha=0.15)
            drawing.add(Polygon([c for p in points for c in p], fillColor=shade, strokeColor=None))
        for axis, here in enumerate(points):  # a side only between two scored dimensions
            there = points[(axis + 1) % len(points)]
            if here is not None and there is not None:
                drawing.add(
                    PolyLine(
                        [*here, *there],
                        strokeColor=stroke,
                        strokeWidth=1.3,
                        strokeDashArray=[3, 2] if dashed else None,
                    )
                )
        for spot in points if dots else []:
            if spot is not None:
                drawing.add(Circle(*spot, 1.8, fillColor=stroke, strokeColor=colors.white, strokeWidth=0.4))

    outline(target, TARGET_COLOUR, dashed=True, fill=False, dots=False)
    for position, result in enumerate(results):
        values = tuple(d.score for d in result.dimensions)
        outline(values, round_colour(position), not result.complete, result.complete, dots=True)
    for level in range(SCALE_MIN, SCALE_MAX + 1):  # scale numbers on the first spoke, on a white chip
        x, y = point(0, level)
        drawing.add(Rect(x - 7, y - 2.5, 5, 6, fillColor=colors.Color(1, 1, 1, alpha=0.85), strokeColor=None))
        drawing.add(String(x - 4.5, y - 1.8, str(level), fontName=FONT, fontSize=5.5, fillColor=MUTED,
                           textAnchor="middle"))  # fmt: skip
    rows = [(round_colour(i), _series_label(r, language), not r.complete) for i, r in enumerate(results)]
    rows.append((TARGET_COLOUR, printed_text("target", language), True))
    for row, (colour, text, dashed) in enumerate(rows):
        y = legend_height - (row + 1) * _LEGEND_ROW + 2
        drawing.add(
            Line(2, y + 2, 18, y + 2, strokeColor=colors.HexColor(colour), strokeWidth=1.6,
                 strokeDashArray=[3, 2] if dashed else None)
        )  # fmt: skip
        label = fit_text(text, FONT_CONDENSED, 7, width - 24)
        drawing.add(
            String(22, y, label, fontName=FONT_CONDENSED, fontSize=7, fillColor=colors.HexColor(TEXT_COLOUR))
        )
    return drawing


def _axis_label(drawing: Drawing, name: str, cx: float, cy: float, x: float, y: float, width: float) -> None:
    dx, dy = x - cx, y - cy
    length = math.hypot(dx, dy) or 1.0
    ax, ay = x + 5 * dx / length, y + 5 * dy / length
    lines = _wrap(name, width)
    if abs(dx) < length * 0.2:
        anchor = "middle"
    else:
        anchor = "start" if dx > 0 else "end"
    block = len(lines) * (_LABEL_SIZE + 1)
    if abs(dy) < length * 0.8:
        top = ay + block / 2
    else:
        top = ay + block if dy > 0 else ay
    for i, line in enumerate(lines):
        drawing.add(
            String(ax, top - (i + 1) * (_LABEL_SIZE + 1) + 1.5, line, fontName=FONT_CONDENSED,
                   fontSize=_LABEL_SIZE, fillColor=colors.HexColor(TEXT_COLOUR), textAnchor=anchor)
        )  # fmt: skip


def _radars(context: PackContext, framework, grouped, targets) -> list:
    styles = context.styles
    column = context.frame_width / 2
    axes = [d.name for d in framework.dimensions]
    cells = []
    for institution, results in grouped:
        target = tuple(
            scores.target_for(targets, framework, institution, d.fid) for d in framework.dimensions
        )
        title = Paragraph(f"<b>{escape(results[0].assessment.institution_name)}</b>", styles.cell)
        cells.append([title, radar(axes, results, target, column - 8, context.language)])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    table = Table(rows, colWidths=[column, column])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)))
    return [Paragraph(escape(context.t("h_capacity_rounds")), styles.h2), table]


def _comparison(context: PackContext, framework, grouped) -> list:
    styles, width = context.styles, context.frame_width
    dimensions = framework.dimensions
    t = context.t
    labels = [t("col_institution"), t("col_round"), t("col_scored"), *[d.code for d in dimensions]]
    rows = [header_cells([*labels, t("col_overall")], numeric_from_column=2)]
    commands = []
    muted = ParagraphStyle("cell_muted_right", parent=styles.cell_right, textColor=MUTED)
    for _institution, results in grouped:
        result = results[-1]  # the latest round, as in the app's comparison
        row = [
            Paragraph(escape(result.assessment.institution_name), styles.cell),
            capacity_round_label(result.assessment.round, context.language),
            f"{context.number(result.scored)}/{context.number(result.total)}",
        ]
        for column, part in enumerate([*result.dimensions, None], start=3):
            value = part.score if part is not None else result.overall
            if value is None:  # "incomplete" wraps in its cell: "не завершена" is wider than a score
                row.append("–" if part is not None else Paragraph(escape(t("incomplete")), muted))
                commands.append(("TEXTCOLOR", (column, len(rows)), (column, len(rows)), MUTED))
            else:
                row.append(context.number(value, 1))
                commands.append(("BACKGROUND", (column, len(rows)), (column, len(rows)), score_colour(value)))
        rows.append(row)
    score_width = (width * 0.56) / (len(dimensions) + 1.6)
    # the round's name gets room for "Промежуточная" and "Medio término"
    widths = [width * 0.24, width * 0.14, width * 0.06] + [score_width] * len(dimensions)
    widths.append(score_width * 1.6)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(data_table_style(numeric_from_column=2))
    table.setStyle(TableStyle(commands))  # on top of the data style, whose fonts stay
    key = "; ".join(f"<b>{escape(d.code)}</b> {escape(d.name)}" for d in dimensions)
    note = f"{escape(t('cap_comparison_note'))} {key}."
    return [CondPageBreak(50 * mm), Paragraph(escape(t("h_comparison")), styles.h2), table,
            Paragraph(note, styles.small)]  # fmt: skip


def _gaps(context: PackContext, framework) -> list:
    styles, width = context.styles, context.frame_width
    found = scores.gaps(context.project, framework)
    t = context.t
    if not found:
        return [Paragraph(escape(t("h_gaps")), styles.h2), Paragraph(escape(t("cap_reached")), styles.body)]
    shown = largest_gaps(found)
    keys = ("col_institution", "col_dimension", "col_round", "col_score", "target", "col_gap", "col_weakest")
    rows = [header_cells([t(key) for key in keys])]
    for gap in shown:
        weakest = ", ".join(f"{i.code} {i.name} ({context.number(s)})" for i, s in gap.weakest)
        rows.append(
            [
                Paragraph(escape(gap.institution_name), styles.cell),
                Paragraph(escape(gap.dimension.name), styles.cell),
                capacity_round_label(gap.round, context.language),
                context.number(gap.score, 1),
                context.number(gap.target, 1),
                context.number(gap.gap, 1),
                Paragraph(escape(weakest), styles.cell),
            ]
        )
    # room for the longest round names and headings: "Промежуточная", "Puntuación", "Отставание"
    fractions = (0.17, 0.15, 0.14, 0.105, 0.075, 0.105, 0.255)
    table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(data_table_style())
    table.setStyle(
        TableStyle(
            [
                ("ALIGN", (3, 0), (5, -1), "RIGHT"),
                ("FONTNAME", (5, 1), (5, -1), FONT_CONDENSED_BOLD),
            ]
        )
    )
    note = t("cap_gaps_note", count=context.number(GAPS_PER_INSTITUTION))
    left_out = len(found) - len(shown)
    if left_out:
        note += context.plural("cap_left", left_out)
    note = escape(note)
    # The shortened table starts on a fresh page rather than being split, when a page can hold it whole
    height = table.wrap(width, 10_000)[1] + 20 * mm
    return [CondPageBreak(min(height, 200 * mm)), Paragraph(escape(t("h_gaps")), styles.h2), table,
            Paragraph(note, styles.small)]  # fmt: skip


def largest_gaps(found: list, per_institution: int = GAPS_PER_INSTITUTION) -> list:
    """The largest `per_institution` gaps of each institution, keeping the largest-first order of `found`,
    so the table fits a page and still names every institution that falls short."""
    taken: dict[int, int] = {}
    shown = []
    for gap in found:
        if taken.get(gap.institution_id, 0) < per_institution:
            taken[gap.institution_id] = taken.get(gap.institution_id, 0) + 1
            shown.append(gap)
    return shown


def capacity(context: PackContext) -> list:
    """The capacity section, or nothing when no institution has been assessed."""
    if not context.has_table("capacity_assessments"):
        return []
    if context.count("SELECT count(*) FROM capacity_assessments") == 0:
        return []
    story: list = [heading(context, context.t("capacity"), "capacity")]
    for framework_id, _name in scores.framework_names(context.project):
        framework = scores.load_framework(context.project, framework_id)
        if framework is None:
            continue
        # the default framework's names in the pack's language; names users entered stay as entered
        framework = in_language(framework, context.language)
        by_institution = scores.results_by_institution(context.project, framework)
        if not by_institution:
            continue
        grouped = sorted(
            by_institution.items(), key=lambda item: item[1][0].assessment.institution_name.casefold()
        )
        targets = scores.targets(context.project, framework)
        incomplete = sum(not r.complete for _i, results in grouped for r in results)
        rounds = sum(len(results) for _i, results in grouped)
        summary = context.t(
            "cap_summary", count=context.number(len(grouped)), framework=escape(framework.name),
            dimensions=context.number(len(framework.dimensions)),
            indicators=context.number(len(framework.indicators)), low=context.number(SCALE_MIN),
            high=context.number(SCALE_MAX), rounds=context.number(rounds),
        )  # fmt: skip
        unfinished = context.t("cap_incomplete", count=context.number(incomplete))
        summary += escape(unfinished) if incomplete else "."
        story += [Paragraph(summary, context.styles.lead), *_radars(context, framework, grouped, targets)]
        story += _comparison(context, framework, grouped)
        story += [Spacer(1, 2 * mm), *_gaps(context, framework)]
    return story if len(story) > 1 else []
