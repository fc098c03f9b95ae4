"""The pack's cluster map read back from the PDF: one lossless image from the shared renderer at print
resolution, with north arrow, caption and a legend that matches how the renderer drew the project."""

from __future__ import annotations

import re

import numpy as np
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from shapely.geometry import Polygon

from clusterdesk.core.edits import AddBoundary, AddRelations, AddStakeholders
from clusterdesk.core.project import Project
from clusterdesk.core.symbology import stakeholder_style
from clusterdesk.render.points import DENSE_COUNT
from clusterdesk.reports.pack import build_pack
from clusterdesk.reports.pack_map import symbol
from clusterdesk.reports.pack_style import number


def _multiply(a: list[float], b: list[float]) -> list[float]:
    """PDF matrices [a b c d e f]: the product a × b (a applied first)."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _placed_images(reader: PdfReader, page) -> list[tuple[object, float, float]]:
    """Each image drawn on the page with its drawn width and height in points (from the content stream's
    transformation matrix where it is painted)."""
    xobjects = page["/Resources"].get("/XObject") or {}
    stack, matrix, placed = [], [1.0, 0, 0, 1.0, 0, 0], []
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator == b"q":
            stack.append(matrix)
        elif operator == b"Q":
            matrix = stack.pop()
        elif operator == b"cm":
            matrix = _multiply([float(v) for v in operands], matrix)
        elif operator == b"Do":
            item = xobjects[operands[0]].get_object()
            if item.get("/Subtype") == "/Image":
                placed.append((item, abs(matrix[0]), abs(matrix[3])))
    return placed


def _map_page(path, caption: str = "stakeholders have a location"):
    reader = PdfReader(path)
    for page in reader.pages:
        if caption in (page.extract_text() or ""):
            return reader, page
    raise AssertionError("no page shows the cluster map")


def _text(page) -> str:
    return " ".join((page.extract_text() or "").split())


def _number(value: int) -> str:
    """A number as the pack prints it, its thousands separator made a plain space as _text does."""
    return " ".join(number(value).split())


def test_map_is_one_lossless_image_of_at_least_300_dpi_with_legend(cluster_project, tmp_path):
    result = build_pack(cluster_project, tmp_path / "map.pdf", sections=["map"])
    reader, page = _map_page(result.path)
    images = _placed_images(reader, page)
    assert len(images) == 1
    image, drawn_width, drawn_height = images[0]
    filters = image.get("/Filter")
    assert "/DCTDecode" not in (filters if isinstance(filters, list) else [filters])  # no JPEG loss
    assert image["/Width"] / (drawn_width / 72) >= 300
    assert image["/Height"] / (drawn_height / 72) >= 300
    assert drawn_width > 450  # the full width of the A4 text frame (174 mm)
    pixels = np.asarray(page.images[0].image.convert("RGB"))
    # Enterprises are drawn in their kind's colour (the renderer's symbols, not an empty basemap)
    red, green, blue = (int(stakeholder_style("enterprise").colour[i : i + 2], 16) for i in (1, 3, 5))
    enterprise = (pixels[..., 0] == red) & (pixels[..., 1] == green) & (pixels[..., 2] == blue)
    assert enterprise.sum() > 200
    text = _text(page)
    for entry in ("Legend", "Enterprise 2", "Supplier 1", "Business association 1", "Supplies 1"):
        assert entry in text, entry
    assert "Joint action 1" in text and "Member of 2" in text and "Cluster boundary 1" in text
    assert "8 of 9 stakeholders have a location" in text
    assert re.search(r"\bN\b", text)  # the north arrow's letter
    assert "per grid cell" not in text and "dot in the colour" not in text


def test_large_projects_print_dots_and_a_density_of_relations(tmp_path):
    project = Project.new(tmp_path / "dense.gpkg", "Taller network", country="EC")
    try:
        count = DENSE_COUNT + 1000
        rows = [
            {
                "name": f"Taller {i}",
                "kind": "enterprise" if i % 3 else "supplier",
                "lon": -78.2 + (i % 150) * 0.0004,
                "lat": 0.33 + (i // 150) * 0.0004,
            }
            for i in range(count)
        ]
        added = AddStakeholders(rows)
        project.stack.push(added)
        fids = added.added_fids
        ties = [
            {
                "source_id": fids[i],
                "target_id": fids[(i * 7919 + 1) % count],
                "kind": "supplies",
                "survey_round": "baseline",
            }
            for i in range(2600)
        ]
        project.stack.push(AddRelations(ties))
        result = build_pack(project, tmp_path / "dense.pdf", sections=["map"])
    finally:
        project.close()
    reader, page = _map_page(result.path)
    assert len(_placed_images(reader, page)) == 1
    text = _text(page)
    assert "each stakeholder is a dot in the colour of its kind" in text
    assert "Relations are drawn as one density of lines" in text
    enterprises = sum(1 for row in rows if row["kind"] == "enterprise")
    assert f"Enterprise {_number(enterprises)}" in text
    assert f"Relations, darker where more ties cross {_number(2600)}" in text
    assert "Supplies" not in text  # no per-kind line styles that the map does not show
    assert result.path.stat().st_size < 4_000_000


def test_a_boundary_alone_is_mapped_and_explained(tmp_path):
    project = Project.new(tmp_path / "boundary.gpkg", "Boundary only", country="EC")
    try:
        project.stack.push(AddBoundary("Núcleo", Polygon([(-78.23, 0.32), (-78.18, 0.32), (-78.18, 0.36)])))
        result = build_pack(project, tmp_path / "pack.pdf", sections=["map"])
    finally:
        project.close()
    reader, page = _map_page(result.path, "the map shows the cluster boundaries")
    assert len(_placed_images(reader, page)) == 1
    text = _text(page)
    assert "Cluster boundary 1" in text and "Enterprise" not in text


def test_map_section_left_out_when_nothing_has_a_location(tmp_path):
    project = Project.new(tmp_path / "unlocated.gpkg", "Unlocated", country="EC")
    try:
        project.stack.push(AddStakeholders([{"name": "Taller sin ubicación", "kind": "enterprise"}]))
        result = build_pack(project, tmp_path / "pack.pdf", sections=["profile", "map"])
    finally:
        project.close()
    assert result.sections == ["profile"]


@pytest.mark.parametrize("shape", ["square", "diamond", "triangle", "pentagon", "hexagon", "star", "cross"])
def test_legend_symbols_are_the_renderer_shapes_right_way_up(shape):
    drawn = symbol(shape, 100, 50, 6, "#1b9e77")
    x0, y0, x1, y1 = drawn.getBounds()
    assert x0 < 100 < x1 and y0 < 50 < y1
    assert 8 < x1 - x0 < 20 and 8 < y1 - y0 < 20
    if shape in ("triangle", "pentagon", "star"):
        # These point up on the map; ReportLab's y axis runs the other way from Qt's
        assert y1 - 50 > 50 - y0


def test_a_long_legend_stays_on_the_map_page_of_letter_paper(cluster_project, tmp_path):
    rows = [
        {"name": "Consultores del Norte", "kind": "bds_provider", "lon": -78.211, "lat": 0.336},
        {"name": "Fundación Tejer", "kind": "ngo_other", "lon": -78.208, "lat": 0.331},
    ]
    added = AddStakeholders(rows)
    cluster_project.stack.push(added)
    first = cluster_project.connection.execute("SELECT min(fid) FROM stakeholders").fetchone()[0]
    ties = [
        {"source_id": added.added_fids[i], "target_id": first, "kind": kind, "survey_round": "baseline"}
        for i, kind in enumerate(("advises", "finances"))
    ] + [{"source_id": added.added_fids[1], "target_id": first, "kind": "other", "survey_round": "baseline"}]
    cluster_project.stack.push(AddRelations(ties))
    result = build_pack(cluster_project, tmp_path / "letter.pdf", paper="Letter", sections=["map"])
    reader, page = _map_page(result.path)
    _image, drawn_width, drawn_height = _placed_images(reader, page)[0]
    text = _text(page)
    for entry in (
        "BDS provider 1",
        "NGO or other 1",
        "Advises 1",
        "Finances 1",
        "Other 1",
        "Cluster boundary 1",
    ):
        assert entry in text, entry
    assert drawn_height < drawn_width  # shortened so the legend fits under it
