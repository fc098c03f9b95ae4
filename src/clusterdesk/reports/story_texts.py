"""Every word of the web story that is not the project's own: the page's controls, and what `story`
says when the project has no presentation to show. Printed texts speak the story's language; refusals
the messages language (`core.catalogue`)."""

from __future__ import annotations

from clusterdesk.core.catalogue import messages_language, tr


def page_words(language: str) -> dict[str, str]:
    """The controls of the page, their tooltips and what screen readers announce."""
    return {
        "previous": tr("webstory:previous", "Previous slide", language),
        "next": tr("webstory:next", "Next slide", language),
        "slides": tr("webstory:slides", "Slides", language),
        "notes": tr("webstory:notes", "Speaker notes", language),
        "noNotes": tr("webstory:no_notes", "No notes for this slide.", language),
        "notesButton": tr("webstory:notes_button", "Notes (N)", language),
        "fullScreen": tr("webstory:full_screen", "Full screen (F)", language),
        "black": tr("webstory:black", "Black screen (B); any key brings the slide back", language),
        "map": tr("webstory:map", "Map of the cluster", language),
    }


def slide_of(number: int, total: int, language: str) -> str:
    """'Slide 3 of 8', for the slide rail and screen readers."""
    return tr("webstory:slide_of", "Slide {number} of {total}", language, number=number, total=total)


def page_title(presentation: str, cluster: str, language: str) -> str:
    return tr(
        "webstory:page_title",
        "{presentation} – {cluster}",
        language,
        presentation=presentation,
        cluster=cluster,
    )


def no_presentation_message(project_name: str) -> str:
    return tr(
        "webstory:no_presentation",
        "{project} has no presentation yet, so there is no story to write. Make one in the desktop's "
        "Slides panel (Add this view as a slide), or start from a sample project: each comes with a "
        "default story.",
        messages_language(),
        project=project_name,
    )


def unknown_presentation_message(project_name: str, name: str, names: list[str]) -> str:
    return tr(
        "webstory:unknown_presentation",
        "{project} has no presentation named {name}. Its presentations: {names}.",
        messages_language(),
        project=project_name,
        name=repr(name),
        names=", ".join(repr(n) for n in names),
    )


def empty_presentation_message(name: str) -> str:
    return tr(
        "webstory:empty_presentation",
        "The presentation {name} has no slides yet. Add some in the desktop's Slides panel.",
        messages_language(),
        name=repr(name),
    )
