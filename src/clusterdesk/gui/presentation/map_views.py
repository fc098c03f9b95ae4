"""A map view as a slide keeps it: what the canvas shows now (extent, layers, filters, the selection as
highlighted stakeholders), and the same view put back on a renderer for the show."""

from __future__ import annotations

from typing import Any

from clusterdesk.core.project import KIND_CODES
from clusterdesk.core.vocabulary import RELATION_KINDS
from clusterdesk.gui.presentation.slides import Slide
from clusterdesk.render.renderer import DEFAULT_LAYERS, MapRenderer
from clusterdesk.render.viewport import Viewport

KIND_FILTER = "kind"
RELATION_KIND_FILTER = "relation_kind"


def view_of_renderer(renderer: MapRenderer, viewport: Viewport, highlighted: list[str]) -> dict[str, Any]:
    """The slide fields of a map view: extent in degrees, layers shown, filters, options."""
    min_lon, min_lat, max_lon, max_lat = viewport.lonlat_bounds()
    filters: dict[str, list[str]] = {}
    if renderer.hidden_kinds:
        filters[KIND_FILTER] = [k for k in KIND_CODES if k not in renderer.hidden_kinds]
    if renderer.hidden_relation_kinds:
        filters[RELATION_KIND_FILTER] = [k for k in RELATION_KINDS if k not in renderer.hidden_relation_kinds]
    options: dict[str, Any] = {}
    if renderer.size_by_employees:
        options["size_by_employees"] = True
    if renderer.colour_by_capacity:
        options["colour_by_capacity"] = True
    if renderer.colour_by_answer is not None:
        options["colour_by_answer"] = list(renderer.colour_by_answer)
    return {
        "min_lon": min_lon,
        "min_lat": min_lat,
        "max_lon": max_lon,
        "max_lat": max_lat,
        "layers": [state.id for state in renderer.layers if state.visible],
        "filters": filters,
        "highlighted": list(highlighted),
        "options": options,
    }


def canvas_view(canvas) -> dict[str, Any]:
    """What the map canvas shows now, with its selected stakeholders as the highlighted ones."""
    fids = sorted(canvas.selection.fids) if canvas.selection is not None else []
    uuids: list[str] = []
    if fids and canvas.project is not None:
        connection = canvas.project.connection
        for start in range(0, len(fids), 500):
            chunk = fids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            uuids += [
                row[0]
                for row in connection.execute(
                    f"SELECT uuid FROM stakeholders WHERE fid IN ({marks}) ORDER BY fid", chunk
                )
            ]
    return view_of_renderer(canvas.renderer, canvas.viewport, uuids)


def apply_slide(renderer: MapRenderer, slide: Slide, highlighted_fids: frozenset[int]) -> None:
    """Show the slide's layers, filters and highlighted stakeholders on `renderer`."""
    shown = set(slide.layers) if slide.layers is not None else set(DEFAULT_LAYERS)
    for state in renderer.layers:
        state.visible = state.id in shown
    kinds = slide.filters.get(KIND_FILTER)
    renderer.hidden_kinds = {k for k in KIND_CODES if k not in kinds} if isinstance(kinds, list) else set()
    relation_kinds = slide.filters.get(RELATION_KIND_FILTER)
    renderer.hidden_relation_kinds = (
        {k for k in RELATION_KINDS if k not in relation_kinds} if isinstance(relation_kinds, list) else set()
    )
    renderer.size_by_employees = bool(slide.options.get("size_by_employees"))
    if renderer.colour_by_capacity != bool(slide.options.get("colour_by_capacity")):
        renderer.colour_by_capacity = bool(slide.options.get("colour_by_capacity"))
    answer = slide.options.get("colour_by_answer")
    wanted = (int(answer[0]), str(answer[1])) if isinstance(answer, list) and len(answer) == 2 else None
    if renderer.colour_by_answer != wanted:
        renderer.colour_by_answer = wanted
    renderer.selection = highlighted_fids


def show_dpi(height: int) -> float:
    """The dpi a slide's map is drawn at: symbols and labels grow with the screen, as the slide's text
    does (a 1280×720 projector shows them a third larger than a 96 dpi monitor would)."""
    return 96.0 * max(1.0, height / 540)


def slide_viewport(slide: Slide, width: int, height: int) -> Viewport:
    """The view that shows the slide's whole extent on a screen of this size (no margin: the extent is
    what the presenter framed)."""
    return Viewport.from_extent(*slide.extent, width, height, dpi=show_dpi(height), margin=0)
