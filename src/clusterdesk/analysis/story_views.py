"""The content of each ready-made slide as plain data any renderer can show: the presentation mode, the
web story (`clusterdesk story`) and the printed brief (`clusterdesk brief`) all call `story_view`.

Every text is already in the reader's language (numbers, money, dates and periods through
core.formatting, labels through the catalogues), and every view is kept to what one slide holds: the
limits are stated in each module (results: story_views_results.RESULTS_SHOWN, milestones:
story_views_plan.MILESTONES_SHOWN, budget: MOST_OBJECTIVES, governance: MATURITY_SHOWN, decisions:
DECISIONS_SHOWN) and a cut list says how many it shows of how many. docs/presentations.md lists what
each view shows and how each figure is counted. Qt-free.

    story_view(project, "results", language="es") -> StoryView
    story_views(project, language="ru") -> {kind: StoryView} for every ready-made kind
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from clusterdesk.analysis.story_views_common import (
    MARKS,
    KeyFigure,
    StoryView,
    ViewContext,
    ViewRow,
    ViewTable,
    view_context,
)
from clusterdesk.core.presentations import SLIDE_KINDS

__all__ = [
    "MARKS",
    "READY_MADE",
    "KeyFigure",
    "StoryView",
    "ViewContext",
    "ViewRow",
    "ViewTable",
    "story_view",
    "story_views",
]


def _builders() -> dict[str, Callable[[ViewContext], StoryView]]:
    from clusterdesk.analysis import (
        story_views_figures,
        story_views_governance,
        story_views_network,
        story_views_plan,
        story_views_results,
    )

    return {
        "key_figures": story_views_figures.key_figures,
        "results": story_views_results.results,
        "network": story_views_network.network,
        "milestones": story_views_plan.milestones,
        "budget": story_views_plan.budget,
        "governance": story_views_governance.governance,
        "decisions": story_views_governance.decisions,
    }


READY_MADE = tuple(kind for kind in SLIDE_KINDS if kind != "map")


def story_view(
    project,
    kind: str,
    language: str | None = None,
    options: Mapping[str, Any] | None = None,
    today: dt.date | None = None,
) -> StoryView:
    """The content of a ready-made slide of `kind` (a key of SLIDE_KINDS other than "map") in `language`
    (None: the project's), as on `today` (None: today); `options` are the slide's own."""
    builders = _builders()
    if kind not in builders:
        raise ValueError(f"{kind!r} is not a ready-made view; choose one of: {', '.join(builders)}")
    return builders[kind](view_context(project, language, today, options))


def story_views(project, language: str | None = None, today: dt.date | None = None) -> dict[str, StoryView]:
    """Every ready-made view, in the order of SLIDE_KINDS."""
    return {kind: story_view(project, kind, language, today=today) for kind in READY_MADE}
