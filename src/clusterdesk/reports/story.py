"""The web story: one self-contained HTML file that steps through a presentation's slides with the
project's interactive map, for a steering committee meeting without internet (from a USB stick).

Leaflet and the page's own script and style are inlined, the map is drawn from embedded data over the
offline basemap (no tile server). Every text of the project enters the page escaped, in the slides'
HTML; the script's data are JSON written without any "<", so nothing in them can end the script element.
The page speaks the project's language (`--language` to choose another).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.errors import ClusterDeskError, missing_folder_message
from clusterdesk.reports.progress import CancelFlag, ProgressCallback, Steps
from clusterdesk.reports.story_map import map_payload
from clusterdesk.reports.story_slides import read_story, slides_html
from clusterdesk.reports.story_texts import page_title, page_words
from clusterdesk.reports.texts import chosen_language
from clusterdesk.reports.webmap_assets import inline_assets_html, remote_references

_HERE = Path(__file__).resolve().parent


def script_data(payload: dict) -> str:
    """JSON for a script element: no "<" at all, so "</script>" or "<!--" in a name cannot derail it."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


@dataclass
class StoryResult:
    path: Path
    presentation: str
    slides: int
    size_bytes: int


def build_story_html(
    project, presentation: str | None = None, language: str | None = None, steps: Steps | None = None
) -> tuple[str, str, int]:
    """The page of the story of `presentation` (by name; the project's default one when None), its
    presentation's name and its number of slides. Refuses with ClusterDeskError, naming what exists,
    when the project has no such presentation or it has no slides."""
    steps = steps or Steps(None, None, "The web story")
    info = project.info()
    language = chosen_language(language, info.language)
    steps.report(0.05, "Reading the slides")
    story = read_story(project, presentation, language)
    steps.report(0.25, "Reading the map")
    data = map_payload(project, story.slides, language)
    words = page_words(language)
    data.update({"words": words, "language": language, "count": len(story.slides)})
    steps.report(0.8, "Writing the page")
    title = page_title(story.name, info.cluster_name, language)
    style = (_HERE / "story.css").read_text(encoding="utf-8")
    script = (_HERE / "story.js").read_text(encoding="utf-8")
    page = "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{html.escape(language)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="ClusterDesk">',
            f"<title>{html.escape(title)}</title>",
            inline_assets_html(),
            f"<style>{style}</style>",
            "</head>",
            "<body>",
            f'<div id="cd-map" role="region" aria-label="{html.escape(words["map"])}"></div>',
            slides_html(story, words, language),
            f'<script type="application/json" id="cd-story-data">{script_data(data)}</script>',
            f"<script>{script}</script>",
            "</body>",
            "</html>",
        ]
    )
    remote = remote_references(page)
    if remote:
        raise ClusterDeskError(
            f"The web story would load {remote[0]!r} from the internet; it must work offline. "
            "Update ClusterDesk, or report this as a bug."
        )
    return page, story.name, len(story.slides)


def export_story(
    project,
    out_path: str | Path,
    presentation: str | None = None,
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
) -> StoryResult:
    """Write the web story of `project` to `out_path` (HTML), replacing the file only once it is whole."""
    target = Path(out_path).expanduser()
    if target.suffix.lower() not in (".html", ".htm"):
        target = target.with_suffix(".html")
    if not target.parent.is_dir():
        raise ClusterDeskError(missing_folder_message(target.parent))
    steps = Steps(progress, cancel, "The web story")
    page, name, count = build_story_html(project, presentation, language, steps)
    temporary = target.with_name(f".{target.name}.part")
    try:
        temporary.write_text(page, encoding="utf-8")
        temporary.replace(target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ClusterDeskError(f"Cannot write {target}: {error.strerror}. Choose another folder.") from error
    steps.report(1.0, f"Wrote {target.name}")
    return StoryResult(target, name, count, target.stat().st_size)
