"""Title, legend, scale bar and north arrow on maps written by render-map and export_view."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from clusterdesk.cli.main import main
from clusterdesk.core.project import KIND_CODES, Project
from clusterdesk.core.vocabulary_labels import kind_label
from clusterdesk.render.decorations import MapDecorations
from clusterdesk.render.export import export_view, viewport_for
from clusterdesk.render.renderer import MapRenderer

SAMPLES = Path(__file__).resolve().parents[2] / "sample_projects"
ATUNTAQUI = SAMPLES / "atuntaqui_garments.gpkg"
SAMARA = SAMPLES / "samara_automotive.gpkg"
SIZE = (1366, 768)


def _pixels(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    bits = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), -1)
    return bits[:, : image.width()].copy()


def _render(tmp_path: Path, name: str, *options: str) -> np.ndarray:
    target = tmp_path / f"{name}.png"
    assert main(["render-map", str(ATUNTAQUI), "-o", str(target), "--size", "x".join(map(str, SIZE)),
                 *options]) == 0  # fmt: skip
    return _pixels(target)


def _changed(first: np.ndarray, second: np.ndarray, rows: slice, columns: slice) -> float:
    """Share of pixels that differ in a region."""
    return float((first[rows, columns] != second[rows, columns]).mean())


def test_each_decoration_appears_in_its_corner(qt_app, tmp_path):
    bare = _render(tmp_path, "bare", "--no-legend", "--no-scale-bar", "--no-north-arrow")
    dressed = _render(tmp_path, "dressed", "--title", "Garments of Atuntaqui")
    width, height = SIZE
    top_centre = (slice(0, 50), slice(width // 2 - 100, width // 2 + 100))
    top_right = (slice(0, 60), slice(width - 50, width))
    bottom_left = (slice(height - 40, height - 12), slice(0, 120))
    bottom_right = (slice(height - 160, height - 20), slice(width - 120, width - 10))  # legend above credits
    for name, (rows, columns) in {"title": top_centre, "north arrow": top_right, "scale bar": bottom_left,
                                  "legend": bottom_right}.items():  # fmt: skip
        assert _changed(bare, dressed, rows, columns) > 0.1, name
    # The map itself is the same map: the middle of the image does not change.
    middle = (slice(height // 2 - 20, height // 2 + 20), slice(100, 200))
    assert _changed(bare, dressed, *middle) < 0.05
    # Without a title, nothing is written at the top centre.
    untitled = _render(tmp_path, "untitled")
    assert _changed(bare, untitled, *top_centre) < 0.02


def test_the_legend_lists_the_kinds_shown_in_the_project_language(qt_app, tmp_path):
    project = Project.open(SAMARA)
    try:
        renderer = MapRenderer(project, language="ru")
        renderer.map_decorations = MapDecorations(legend=True)
        viewport = viewport_for(renderer, *SIZE)
        points = project.stakeholder_points()
        px, py = viewport.lonlat_to_pixel(points.lon, points.lat)
        with np.errstate(invalid="ignore"):
            in_view = (px >= 0) & (px < SIZE[0]) & (py >= 0) & (py < SIZE[1])
        expected = {KIND_CODES[code] for code in np.unique(points.kind[in_view]).tolist()}
        shown = renderer.legend_kinds(viewport)
        assert set(shown) == expected and len(shown) == len(expected)
        renderer.hidden_kinds = {"supplier"}
        assert "supplier" not in renderer.legend_kinds(viewport)
        assert renderer.decoration_layout(viewport).legend_kinds == tuple(renderer.legend_kinds(viewport))
        renderer.hidden_kinds = set()
        target = export_view(renderer, viewport, tmp_path / "samara.pdf", *SIZE,
                             decorations=MapDecorations(title="Автокластер Самары", legend=True))  # fmt: skip
        renderer.close()
    finally:
        project.close()
    text = _pdf_text(target)
    assert "Автокластер Самары" in text
    assert "Участники" in text
    for kind in shown:
        assert kind_label(kind, "ru") in text
    assert "Enterprise" not in text


def test_the_pdf_of_render_map_holds_its_title_and_a_legend_of_what_it_shows(qt_app, tmp_path):
    target = tmp_path / "atuntaqui.pdf"
    assert main(["render-map", str(ATUNTAQUI), "-o", str(target), "--title", "Prendas de Atuntaqui"]) == 0
    text = _pdf_text(target)
    assert "Prendas de Atuntaqui" in text
    assert kind_label("enterprise", "es") in text  # the project speaks Spanish
    # A kind the sample has no stakeholder of is not listed.
    project = Project.open(ATUNTAQUI)
    try:
        renderer = MapRenderer(project)
        kinds = renderer.legend_kinds(viewport_for(renderer, 1600, 1000))
    finally:
        project.close()
    from clusterdesk.core.vocabulary import STAKEHOLDER_KINDS

    for kind in set(STAKEHOLDER_KINDS) - set(kinds):
        assert kind_label(kind, "es") not in text
    bare = tmp_path / "bare.pdf"
    assert main(["render-map", str(ATUNTAQUI), "-o", str(bare), "--no-legend"]) == 0
    assert kind_label("enterprise", "es") not in _pdf_text(bare)


def test_a_long_title_is_made_smaller_to_fit_and_never_cut(qt_app):
    project = Project.open(ATUNTAQUI)
    try:
        renderer = MapRenderer(project)
        viewport = viewport_for(renderer, 800, 500)
        title = "Cluster de prendas de vestir y tejidos de punto de Atuntaqui, cantón Antonio Ante, Imbabura"
        renderer.map_decorations = MapDecorations(title=title, north_arrow=True)
        layout = renderer.decoration_layout(viewport)
        assert layout.title_text == title
        assert layout.title.left() >= 0 and layout.title.right() <= 800
        assert not layout.title.intersects(layout.north_arrow)
    finally:
        project.close()


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
