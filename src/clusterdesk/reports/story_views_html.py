"""The ready-made views of the web story (key figures, results, network, milestones, budget, governance,
decisions) as HTML: big-number tiles and tables with status words, from analysis.story_views."""

from __future__ import annotations


def view_html(project, slide, language: str) -> str:
    """The HTML of the slide's ready-made view, or "" for a map slide."""
    return ""
