"""Labels of the sample maps, placed by the renderer's one placer: no two overlap, none covers a symbol or
a decoration, none leaves the image, and an overview still names the most important stakeholders."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from clusterdesk.core.project import Project
from clusterdesk.render.decorations import MapDecorations
from clusterdesk.render.export import viewport_for
from clusterdesk.render.points import overview_budget
from clusterdesk.render.renderer import MapRenderer

SAMPLES = Path(__file__).resolve().parents[1] / "sample_projects"
TOLERANCE = 0.5  # pixels: rectangles that touch or round to the same pixel edge do not overlap

# (sample, language, extent or None for the cluster, size)
VIEWS = [
    ("atuntaqui_garments", "es", None, (1366, 768)),
    ("atuntaqui_garments", "en", None, (1920, 1080)),
    ("atuntaqui_garments", "es", (-78.26, 0.29, -78.18, 0.36), (1366, 768)),  # the town of Atuntaqui
    ("atuntaqui_garments", "en", (-80.0, -2.0, -76.0, 1.5), (1366, 768)),  # northern Ecuador
    ("samara_automotive", "ru", None, (1366, 768)),
    ("samara_automotive", "ru", None, (1920, 1080)),
    ("samara_automotive", "en", (49.2, 53.45, 49.6, 53.6), (1366, 768)),  # Tolyatti
    ("samara_automotive", "ru", (44.0, 51.0, 54.0, 56.0), (1366, 768)),  # the Volga region
    ("ambato_footwear", "es", None, (1366, 768)),
]


def _overlap(a: QRectF, b: QRectF) -> bool:
    common = a.intersected(b)
    return common.width() > TOLERANCE and common.height() > TOLERANCE


def _render(sample: str, language: str, extent, size, decorations: MapDecorations | None = None):
    project = Project.open(SAMPLES / f"{sample}.gpkg")
    renderer = MapRenderer(project, language=language)
    if decorations is not None:
        renderer.map_decorations = decorations
    viewport = viewport_for(renderer, *size, extent)
    renderer.render(viewport)
    return project, renderer, viewport


@pytest.fixture(params=VIEWS, ids=[f"{v[0]}-{v[1]}-{v[3][0]}-{'cluster' if v[2] is None else i}"
                                   for i, v in enumerate(VIEWS)])  # fmt: skip
def rendered(request, qapp):
    sample, language, extent, size = request.param
    project, renderer, viewport = _render(sample, language, extent, size)
    yield renderer, viewport
    renderer.close()
    project.close()


def test_no_two_labels_overlap(rendered):
    renderer, _viewport = rendered
    labels = renderer.label_placement.labels
    assert labels, "the map names nothing"
    for i, first in enumerate(labels):
        for second in labels[i + 1 :]:
            assert not _overlap(first.rect, second.rect), (first.text, second.text)


def test_no_label_leaves_the_image(rendered):
    renderer, viewport = rendered
    image = QRectF(0, 0, viewport.width, viewport.height)
    for label in renderer.label_placement.labels:
        assert image.contains(label.rect), (label.text, label.rect)


def test_no_label_covers_a_symbol(rendered):
    renderer, viewport = rendered
    placement = renderer.label_placement
    boxes = [QRectF(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in placement.symbol_boxes.tolist()]
    # Independently of what the placer registered: every located stakeholder in view, from the project,
    # with the smallest symbol's radius (2.4 mm across).
    points = renderer.data.project.stakeholder_points()
    located = ~np.isnan(points.lon)
    px, py = viewport.lonlat_to_pixel(points.lon[located], points.lat[located])
    inside = (px >= 0) & (px < viewport.width) & (py >= 0) & (py < viewport.height)
    radius = 1.2 * viewport.pixels_per_mm()
    centres = list(zip(px[inside].tolist(), py[inside].tolist(), strict=True))
    assert len(boxes) >= len(centres)
    for label in placement.labels:
        for box in boxes:
            assert not _overlap(label.rect, box), (label.text, label.layer)
        core = label.rect.adjusted(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE)
        for x, y in centres:
            assert not core.intersects(QRectF(x - radius, y - radius, 2 * radius, 2 * radius)), label.text


def test_places_and_boundary_names_come_first(rendered):
    renderer, _viewport = rendered
    layers = [label.layer for label in renderer.label_placement.labels]
    if "stakeholder" in layers:
        first_stakeholder = layers.index("stakeholder")
        assert not {"boundary", "place", "country"} & set(layers[first_stakeholder:])


@pytest.mark.parametrize(
    ("sample", "language", "extent"),
    [
        ("samara_automotive", "ru", None),  # about 1:435,000: the whole agglomeration
        ("samara_automotive", "ru", (44.0, 51.0, 54.0, 56.0)),
        ("atuntaqui_garments", "es", (-80.0, -2.0, -76.0, 1.5)),
    ],
)
def test_an_overview_names_the_most_important_stakeholders_that_fit(qapp, sample, language, extent):
    project, renderer, viewport = _render(sample, language, extent, (1366, 768))
    try:
        assert viewport.zoom() < 11  # an overview, where every stakeholder used to go unnamed
        named = [label.text for label in renderer.label_placement.labels if label.layer == "stakeholder"]
        assert 0 < len(named) <= overview_budget(viewport)
    finally:
        renderer.close()
        project.close()


def test_the_most_connected_stakeholder_is_named_before_the_others(qapp):
    """On the Samara overview the stakeholders named are the best connected of those in view."""
    from clusterdesk.render.points import _shown_points, connection_counts

    project, renderer, viewport = _render("samara_automotive", "ru", None, (1366, 768))
    try:
        index, _px, _py = _shown_points(viewport, renderer.data, ())
        degree = connection_counts(renderer.data)[index]
        fids = renderer.data.points.points.fid[index]
        names = renderer.data.names(fids.tolist())
        by_name = {names[int(f)]: int(d) for f, d in zip(fids.tolist(), degree.tolist(), strict=True)}
        named = [lb.text for lb in renderer.label_placement.labels if lb.layer == "stakeholder"]
        budget = overview_budget(viewport)
        cutoff = sorted(by_name.values(), reverse=True)[min(budget, len(by_name)) - 1]
        assert all(by_name[name] >= cutoff for name in named)
    finally:
        renderer.close()
        project.close()


def test_labels_keep_clear_of_title_legend_north_arrow_and_scale_bar(qapp):
    chosen = MapDecorations(
        title="Automotive suppliers of Tolyatti and Samara", legend=True, north_arrow=True
    )
    project, renderer, viewport = _render("samara_automotive", "ru", None, (1366, 768), chosen)
    try:
        placement = renderer.label_placement
        assert len(placement.reserved) == 5  # title, legend, scale bar, north arrow, credits
        for label in placement.labels:
            for rect in placement.reserved:
                assert not _overlap(label.rect, rect), label.text
    finally:
        renderer.close()
        project.close()


def test_a_label_never_goes_past_the_edge_even_for_a_stakeholder_at_the_edge(qapp):
    """A viewport whose right edge runs just past a named stakeholder: its name goes left or nowhere."""
    project = Project.open(SAMPLES / "atuntaqui_garments.gpkg")
    renderer = MapRenderer(project, language="es")
    try:
        full = viewport_for(renderer, 1366, 768)
        renderer.render(full)
        rightmost = max(
            (lb for lb in renderer.label_placement.labels if lb.layer == "stakeholder"),
            key=lambda lb: lb.rect.right(),
        )
        shifted = full.panned(rightmost.rect.left() - full.width + 20, 0)
        renderer.render(shifted)
        for label in renderer.label_placement.labels:
            assert QRectF(0, 0, shifted.width, shifted.height).contains(label.rect), label.text
    finally:
        renderer.close()
        project.close()
