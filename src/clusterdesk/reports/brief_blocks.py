"""A ready-made view (analysis.story_views) laid out for the printed brief: its heading and caption, its
key figures as a band of boxes, its tables with the state marks beside the words, its notes. Every text
from the project is escaped before it enters a Paragraph, so markup in a title prints as typed."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from clusterdesk.analysis.story_views import KeyFigure, StoryView, ViewTable
from clusterdesk.reports.pack_results_data import STATUS_MARKS
from clusterdesk.reports.pack_style import (
    ACCENT,
    ACCENT_LIGHT,
    FONT_BOLD,
    FONT_CONDENSED,
    FONT_CONDENSED_BOLD,
    MUTED,
    data_table_style,
    styles,
    table_style,
)

# The mark printed before a state's word: a shape as well as a colour, so it reads in grey print too
MARKS: dict[str, tuple[str, str]] = {
    **STATUS_MARKS,
    "done": ("●", "#2e7d32"),
    "late": ("■", "#b0352c"),
    "coming": ("○", "#616e7c"),
    "yes": ("●", "#2e7d32"),
    "no": ("■", "#b0352c"),
    "unknown": ("○", "#616e7c"),
}
FIGURE_COLUMNS = 4
KEEP_ROWS = 6
MAX_COLUMN_SHARE = 0.3
SHORT_COLUMN_SHARE = 0.12  # a column needing less keeps its text on one line


def _text_styles() -> dict[str, ParagraphStyle]:
    base = styles()
    return {
        "h2": ParagraphStyle(
            "brief_h2", parent=base.h2, fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=2
        ),
        "caption": ParagraphStyle("brief_caption", parent=base.caption, spaceBefore=0, spaceAfter=3),
        "table_title": ParagraphStyle(
            "brief_table_title", parent=base.body, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=2
        ),
        "value": ParagraphStyle("brief_value", parent=base.figure, fontSize=15, leading=18),
        "label": ParagraphStyle("brief_label", parent=base.figure_label, fontSize=7.5, leading=9.5),
        "note": ParagraphStyle("brief_note", parent=base.figure_label, fontSize=6.8, leading=8.5),
        "cell": base.cell,
        "cell_right": base.cell_right,
        "small": ParagraphStyle("brief_small", parent=base.small, spaceBefore=1),
        "empty": ParagraphStyle("brief_empty", parent=base.body, textColor=MUTED),
    }


def figure_band(figures: list[KeyFigure], width: float) -> Table:
    """Key figures in boxes, FIGURE_COLUMNS to a row: the figure large, what it counts under it."""
    text = _text_styles()
    columns = len(figures) if len(figures) <= FIGURE_COLUMNS + 1 else FIGURE_COLUMNS
    room = width / max(columns, 1) - 8  # the cell's padding
    cells = []
    for figure in figures:
        value = text["value"]
        wide = stringWidth(figure.value, value.fontName, value.fontSize)
        if wide > room:  # a long amount shrinks to fit its box rather than run into the next
            size = max(8.0, value.fontSize * room / wide)
            value = ParagraphStyle("brief_value_small", parent=value, fontSize=size, leading=value.leading)
        cell = [Paragraph(escape(figure.value), value), Paragraph(escape(figure.label), text["label"])]
        if figure.note:
            cell.append(Paragraph(escape(figure.note), text["note"]))
        cells.append(cell)
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    while len(rows[-1]) < columns:
        rows[-1].append("")
    table = Table(rows, colWidths=[width / columns] * columns)
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
            ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
            ("LINEBELOW", (0, 0), (-1, -2), 2, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        )
    )
    return table


def _marked(word: str, mark: str | None) -> str:
    if mark not in MARKS:
        return escape(word)
    symbol, colour = MARKS[mark]
    return f'<font color="{colour}">{symbol}</font> {escape(word)}'


def _text_width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _column_widths(table: ViewTable, width: float) -> list[float]:
    """Figures, marked states and short texts (codes, dates) get the width of their longest cell on one
    line, their heading's longest word at least and MAX_COLUMN_SHARE of the width at most; the longer
    texts (names, subjects, evidence) share what is left in proportion to their length and wrap."""
    padding = 9
    needed = []
    for index, heading in enumerate(table.columns):
        head = max((_text_width(w, FONT_CONDENSED_BOLD, 7.5) for w in heading.split()), default=0)
        cells = [_text_width(r.cells[index], FONT_CONDENSED, 8) for r in table.rows]
        if index == table.mark_column:
            cells = [c + _text_width("● ", FONT_CONDENSED, 8) for c in cells]
        needed.append(max([head, *cells]) + padding)
    figures = set(range(table.numeric_from, len(needed))) if table.numeric_from is not None else set()
    fixed = {
        c for c in range(len(needed))
        if c in figures or c == table.mark_column or needed[c] <= width * SHORT_COLUMN_SHARE
    }  # fmt: skip
    flexible = [c for c in range(len(needed)) if c not in fixed]
    widths = [min(n, width * MAX_COLUMN_SHARE) if c in fixed else 0.0 for c, n in enumerate(needed)]
    rest = width - sum(widths)
    if not flexible or rest <= 0:
        total = sum(needed)
        return [width * n / total for n in needed]
    # one very long text (a list of names) must not squeeze the other texts into a word a line
    weights = {c: min(needed[c], width * 0.5) for c in flexible}
    total = sum(weights.values())
    for c in flexible:
        widths[c] = rest * weights[c] / total
    # a text column given more than it needs passes the surplus to every column, so that a table of short
    # texts spreads evenly instead of leaving one column a wide gap
    surplus = sum(max(widths[c] - needed[c], 0) for c in flexible)
    if surplus > 0:
        for c in flexible:
            widths[c] = min(widths[c], needed[c])
        used = sum(widths)
        widths = [w * width / used for w in widths]
    return widths


def view_table(table: ViewTable, width: float) -> list:
    text = _text_styles()
    header = data_table_style(numeric_from_column=table.numeric_from)
    head_style = ParagraphStyle("brief_head", parent=styles().cell_head, fontSize=7.5, splitLongWords=0)
    data = [[Paragraph(escape(c), head_style) for c in table.columns]]
    for row in table.rows:
        cells = []
        for index, value in enumerate(row.cells):
            numeric = table.numeric_from is not None and index >= table.numeric_from
            marked = row.mark is not None and index == table.mark_column
            content = _marked(value, row.mark) if marked else escape(value)
            cells.append(Paragraph(content, text["cell_right"] if numeric and not marked else text["cell"]))
        data.append(cells)
    grid = Table(data, colWidths=_column_widths(table, width), repeatRows=1)
    grid.setStyle(header)
    if table.total_last and table.rows:
        grid.setStyle(table_style(("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)))
    flowables = [Paragraph(escape(table.title), text["table_title"])] if table.title else []
    # a short table stays on one page; a longer one may break, its heading row repeated
    return [*flowables, grid]


def view_block(view: StoryView, width: float, heading: str | None = None, caption: str | None = None) -> list:
    """The section of one view: heading (the slide's title, else the view's), caption, figures, tables,
    notes. The heading stays with what follows it."""
    text = _text_styles()
    opening = [Paragraph(escape(heading or view.title), text["h2"])]
    if caption:
        opening.append(Paragraph(escape(caption), text["caption"]))
    body: list = []
    if view.figures:
        body += [figure_band(view.figures, width), Spacer(1, 2 * mm)]
    if view.empty:
        body.append(Paragraph(escape(view.empty), text["empty"]))
    # the heading stays with the figures; a short table stays on one page (the first one with the
    # heading), a longer one may break with its heading row repeated
    first = [*opening, *body]
    body = []
    for number, table in enumerate(view.tables):
        flowables = view_table(table, width)
        if len(table.rows) > KEEP_ROWS:
            body += [KeepTogether(first), *flowables] if number == 0 else flowables
        elif number == 0:
            body.append(KeepTogether([*first, *flowables]))
        else:
            body.append(KeepTogether(flowables))
        body.append(Spacer(1, 1.5 * mm))
    if not view.tables:
        body.append(KeepTogether(first))
    return body + [Paragraph(escape(note), text["small"]) for note in view.notes]


__all__ = ["ACCENT", "MARKS", "figure_band", "view_block", "view_table"]
