"""The slides of the web story as HTML: which presentation the story tells, and each slide's title,
caption, speaker notes and, for a ready-made view, its figures and tables. Every text is escaped here."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.core.errors import ClusterDeskError, ValidationError
from clusterdesk.core.presentation_edits import chosen_presentation, read_presentations
from clusterdesk.reports.story_texts import (
    empty_presentation_message,
    no_presentation_message,
    slide_of,
    unknown_presentation_message,
)
from clusterdesk.reports.story_views_html import view_html

# Four corners: the full-screen button's icon, drawn so it needs no font
_FULL_SCREEN_ICON = (
    '<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" fill="none" stroke="currentColor" '
    'stroke-width="2.6"><path d="M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6"/></svg>'
)


@dataclass
class StorySlide:
    kind: str
    title: str
    caption: str | None = None
    speaker_notes: str | None = None
    min_lon: float | None = None
    min_lat: float | None = None
    max_lon: float | None = None
    max_lat: float | None = None
    layers: list | None = None
    filters: dict | None = None
    highlighted: list | None = None
    options: dict | None = None


@dataclass
class Story:
    name: str
    slides: list[StorySlide] = field(default_factory=list)
    views: list[str] = field(default_factory=list)  # the HTML of each slide's ready-made view, or ""


def _slide(row: dict) -> StorySlide:
    return StorySlide(**{name: row.get(name) for name in StorySlide.__dataclass_fields__})


def _project_name(project) -> str:
    return Path(getattr(project, "path", None) or "project").name


def read_story(project, presentation: str | None, language: str) -> Story:
    """The presentation called `presentation` (any case), else the project's default one; refuses
    (ClusterDeskError naming what there is) when the project has none, none of that name, or it has no
    slides."""
    found = read_presentations(project.session)
    if not found:
        raise ClusterDeskError(no_presentation_message(_project_name(project)))
    try:
        chosen = chosen_presentation(found, presentation)
    except ValidationError:
        names = [p.name for p in found]
        raise ClusterDeskError(
            unknown_presentation_message(_project_name(project), presentation or "", names)
        ) from None
    if chosen is None or not chosen.slides:
        raise ClusterDeskError(empty_presentation_message(chosen.name if chosen else presentation or ""))
    slides = [_slide(row) for row in chosen.slides]
    return Story(chosen.name, slides, [view_html(project, slide, language) for slide in slides])


def _text_block(element: str, css: str, value: str | None) -> str:
    if not value or not value.strip():
        return ""
    return f'<{element} class="{css}">{html.escape(value.strip())}</{element}>'


def slides_html(story: Story, words: dict[str, str], language: str) -> str:
    """The slides, the slide rail, the controls and the notes panel."""
    total = len(story.slides)
    parts = ['<main id="cd-story" class="cd-story" aria-live="polite">']
    for number, (slide, view) in enumerate(zip(story.slides, story.views, strict=True), start=1):
        kind = "map" if slide.kind == "map" or not view else "view"
        label = html.escape(slide_of(number, total, language))
        card = "".join(
            [
                f'<p class="cd-kicker">{number}\u2009/\u2009{total}</p>',
                _text_block("h1", "cd-title", slide.title),
                _text_block("p", "cd-caption", slide.caption),
                f'<div class="cd-view">{view}</div>' if view else "",
            ]
        )
        notes = _text_block("p", "cd-notes-text", slide.speaker_notes) or (
            f'<p class="cd-notes-text cd-notes-none">{html.escape(words["noNotes"])}</p>'
        )
        parts.append(
            f'<section class="cd-slide cd-slide-{kind}" data-kind="{html.escape(slide.kind)}" '
            f'aria-roledescription="slide" aria-label="{label}" hidden>'
            f'<div class="cd-card">{card}</div>'
            f'<aside class="cd-notes" aria-label="{html.escape(words["notes"])}">'
            f"<h2>{html.escape(words['notes'])}</h2>{notes}</aside></section>"
        )
    parts.append("</main>")
    rail = "".join(
        f'<li><button type="button" class="cd-rail-item" data-go="{i}" '
        f'title="{html.escape(slide_of(i + 1, total, language))}: {html.escape(slide.title or "")}">'
        f"{i + 1}</button></li>"
        for i, slide in enumerate(story.slides)
    )
    previous, following = html.escape(words["previous"]), html.escape(words["next"])
    parts.append(
        f'<nav class="cd-bar" aria-label="{html.escape(words["slides"])}">'
        f'<button type="button" class="cd-previous" title="{previous}" aria-label="{previous}">'
        "\u2190</button>"
        f'<ol class="cd-rail">{rail}</ol>'
        f'<span class="cd-counter" aria-hidden="true">1\u2009/\u2009{total}</span>'
        f'<button type="button" class="cd-toggle-notes" title="{html.escape(words["notesButton"])}" '
        f'aria-pressed="false">{html.escape(words["notesButton"])}</button>'
        f'<button type="button" class="cd-full-screen" title="{html.escape(words["fullScreen"])}" '
        f'aria-label="{html.escape(words["fullScreen"])}">{_FULL_SCREEN_ICON}</button>'
        f'<button type="button" class="cd-next" title="{following}" aria-label="{following}">\u2192</button>'
        "</nav>"
        f'<div class="cd-black" hidden title="{html.escape(words["black"])}"></div>'
    )
    return "".join(parts)
