"""The ready-made views of the web story (key figures, results, network, milestones, budget, governance,
decisions) as HTML: big-number tiles and tables whose states are words beside a coloured shape, from
analysis.story_views, which writes every number and label in the story's language. Every text is
escaped here."""

from __future__ import annotations

from html import escape

from clusterdesk.analysis.story_views import StoryView, ViewTable, story_view

# How each state of a row looks beside its word: a tone (colour) and a shape, so the state reads in
# black and white and to those who do not tell red from green
STATUS_LOOK = {
    "on_track": ("good", "\u25cf"),
    "done": ("good", "\u2713"),
    "yes": ("good", "\u2713"),
    "at_risk": ("warn", "\u25b2"),
    "coming": ("none", "\u25cb"),
    "off_track": ("bad", "\u25a0"),
    "late": ("bad", "\u25a0"),
    "no": ("bad", "\u2717"),
    "no_data": ("none", "\u2013"),
    "unknown": ("none", "?"),
}


def _status(word: str, mark: str) -> str:
    tone, shape = STATUS_LOOK.get(mark, ("none", "\u2013"))
    return (
        f'<span class="cd-status cd-status-{tone}" data-mark="{escape(mark)}">'
        f'<span aria-hidden="true">{shape}</span>\u00a0{escape(word)}</span>'
    )


def _table(table: ViewTable) -> str:
    def numeric(column: int) -> str:
        return ' class="cd-number"' if table.numeric_from is not None and column >= table.numeric_from else ""

    head = "".join(f"<th{numeric(i)}>{escape(name)}</th>" for i, name in enumerate(table.columns))
    body = []
    for number, row in enumerate(table.rows):
        cells = []
        for i, cell in enumerate(row.cells):
            shown = _status(cell, row.mark) if row.mark and i == (table.mark_column or 0) else escape(cell)
            cells.append(f"<td{numeric(i)}>{shown}</td>")
        total = ' class="cd-total"' if table.total_last and number == len(table.rows) - 1 else ""
        body.append(f"<tr{total}>{''.join(cells)}</tr>")
    title = f"<h3>{escape(table.title)}</h3>" if table.title else ""
    return (
        f'{title}<table class="cd-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
    )


def render_view(view: StoryView) -> str:
    """The tiles, tables and notes of one view."""
    parts = []
    if view.figures:
        tiles = "".join(
            f'<div class="cd-tile{" cd-tile-long" * (len(figure.value) > 8)}"><span class="cd-tile-value">'
            f"{escape(figure.value)}</span>"
            f'<span class="cd-tile-label">{escape(figure.label)}</span>'
            + (f'<span class="cd-tile-note">{escape(figure.note)}</span>' if figure.note else "")
            + "</div>"
            for figure in view.figures
        )
        # beside tables, the tiles are set in one line each, to leave the tables room
        compact = " cd-tiles-compact" if view.tables else ""
        parts.append(f'<div class="cd-tiles{compact}">{tiles}</div>')
    tables = [_table(table) for table in view.tables]
    if len(tables) > 1:  # side by side on a wide screen (story.css), one under the other on a narrow one
        parts.append(
            '<div class="cd-blocks">' + "".join(f'<div class="cd-block">{t}</div>' for t in tables) + "</div>"
        )
    else:
        parts += tables
    parts += [f'<p class="cd-view-note">{escape(note)}</p>' for note in view.notes if note]
    if view.empty:
        parts.append(f'<p class="cd-view-empty">{escape(view.empty)}</p>')
    return "".join(parts)


def view_html(project, slide, language: str) -> str:
    """The HTML of the slide's ready-made view, or "" for a map slide."""
    if slide.kind == "map":
        return ""
    return render_view(story_view(project, slide.kind, language, options=slide.options or {}))
