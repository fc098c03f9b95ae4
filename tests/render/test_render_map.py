"""render_map and the render-map command draw what the project holds, where it is, in its colours."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from render_fixtures import ASSOCIATION_AT, ENTERPRISE_AT, EXTENT

from clusterdesk.core.symbology import BOUNDARY_OUTLINE, stakeholder_style
from clusterdesk.render import points as points_module
from clusterdesk.render import render_map
from clusterdesk.render.export import MapExportError, export_view, parse_extent, viewport_for
from clusterdesk.render.renderer import MapRenderer
from clusterdesk.render.viewport import Viewport
from conftest import assert_valid_project

SIZE = (400, 300)


def _pixel(image: QImage, lon: float, lat: float) -> QColor:
    view = Viewport.from_extent(*EXTENT, *SIZE)
    x, y = view.lonlat_to_pixel(lon, lat)
    return image.pixelColor(round(float(x)), round(float(y)))


def _close(colour: QColor, expected: str, tolerance: int = 12) -> bool:
    target = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True))


@pytest.mark.parametrize("stamped", [False, True], ids=["painted", "stamped"])
def test_stakeholders_drawn_in_their_kind_colour(qt_app, small_project, monkeypatch, stamped):
    if stamped:
        monkeypatch.setattr(points_module, "PAINTER_LIMIT", 0)
    image = render_map(small_project, *SIZE, EXTENT, layers=["stakeholders"])
    assert (image.width(), image.height()) == SIZE
    assert _close(_pixel(image, *ENTERPRISE_AT), stakeholder_style("enterprise").colour)
    assert _close(_pixel(image, *ASSOCIATION_AT), stakeholder_style("business_association").colour)
    # Away from every stakeholder the background stays white.
    assert _close(_pixel(image, -78.20, 0.33), "#ffffff")


def test_hidden_kind_is_not_drawn(qt_app, small_project):
    renderer = MapRenderer(small_project, layers=["stakeholders"])
    renderer.hidden_kinds = {"enterprise"}
    image = renderer.render(Viewport.from_extent(*EXTENT, *SIZE))
    assert _close(_pixel(image, *ENTERPRISE_AT), "#ffffff")
    assert _close(_pixel(image, *ASSOCIATION_AT), stakeholder_style("business_association").colour)


def test_selection_ring_and_layer_cache(qt_app, small_project):
    renderer = MapRenderer(small_project, layers=["stakeholders"])
    view = Viewport.from_extent(*EXTENT, *SIZE)
    before = renderer.render(view)
    cached = renderer.layer_image("stakeholders", view)
    renderer.selection = frozenset({1})
    after = renderer.render(view)
    assert renderer.layer_image("stakeholders", view) is cached  # selecting repaints only the highlight
    assert before != after


def test_boundary_outline_and_basemap(qt_app, small_project):
    image = render_map(small_project, *SIZE, EXTENT, layers=["basemap", "boundaries"])
    view = Viewport.from_extent(*EXTENT, *SIZE)
    x, y = view.lonlat_to_pixel(-78.20, 0.39)  # on the northern edge of the boundary
    column = [image.pixelColor(round(float(x)), round(float(y)) + d) for d in range(-2, 3)]
    assert any(_close(c, BOUNDARY_OUTLINE, 40) for c in column)
    inside = _pixel(image, -78.20, 0.33)
    assert not _close(inside, "#ffffff", 2)  # land colour under a light boundary fill


def test_relations_need_both_ends_located(qt_app, small_project):
    renderer = MapRenderer(small_project, layers=["relations"])
    relations = renderer.data.relations
    assert len(relations.fid) == 2
    from PySide6.QtGui import QPainter

    from clusterdesk.render.overlays import draw_relations

    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    drawn = draw_relations(painter, Viewport.from_extent(*EXTENT, *SIZE), renderer.data)
    painter.end()
    assert drawn == 1  # the relation from the stakeholder without a location is left out


def test_labels_name_stakeholders_when_zoomed_in(qt_app, small_project):
    from PySide6.QtGui import QPainter

    from clusterdesk.render.points import draw_labels

    renderer = MapRenderer(small_project)
    view = Viewport.from_extent(*EXTENT, 800, 600)
    image = QImage(800, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    assert draw_labels(painter, view, renderer.data) == 2
    assert draw_labels(painter, Viewport.world(800, 600), renderer.data) == 0  # not at world scale
    painter.end()


def test_render_map_from_a_path_and_default_extent(qt_app, small_project):
    small_project.save()
    image = render_map(small_project.path, 320, 200)
    assert not image.isNull() and image.width() == 320
    renderer = MapRenderer(small_project)
    view = viewport_for(renderer, 320, 200)
    lon0, lat0, lon1, lat1 = view.lonlat_bounds()
    assert lon0 < ENTERPRISE_AT[0] < lon1 and lat0 < ASSOCIATION_AT[1] < lat1


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_export_formats(qt_app, small_project, tmp_path, suffix, magic):
    renderer = MapRenderer(small_project)
    target = export_view(
        renderer, Viewport.from_extent(*EXTENT, *SIZE), tmp_path / f"map{suffix}", 600, 450, 150
    )
    assert target.read_bytes()[:5].startswith(magic)
    if suffix == ".png":
        image = QImage(str(target))
        assert (image.width(), image.height()) == (600, 450)
        assert round(image.dotsPerMeterX() * 0.0254) == 150
    if suffix == ".svg":
        assert b"<path" in target.read_bytes()


def test_export_refuses_unknown_format(qt_app, small_project, tmp_path):
    with pytest.raises(MapExportError, match=r"\.png, \.svg or \.pdf"):
        export_view(MapRenderer(small_project), Viewport.world(100, 100), tmp_path / "map.bmp", 100, 100)


def test_render_map_command_writes_png(qt_app, small_project, tmp_path, capsys):
    from clusterdesk.cli.main import main

    small_project.save()
    out = tmp_path / "map.png"
    code = main(["render-map", str(small_project.path), "-o", str(out), "--size", "500x300",
                 "--extent", ",".join(map(str, EXTENT))])  # fmt: skip
    assert code == 0, capsys.readouterr()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (500, 300)
    assert_valid_project(small_project.path)


def test_render_map_command_explains_bad_arguments(qt_app, small_project, tmp_path, capsys):
    from clusterdesk.cli.main import main

    small_project.save()
    assert main(["render-map", str(small_project.path), "-o", str(tmp_path / "a.png"), "--size", "big"]) != 0
    assert "--size must look like 1600x1000" in capsys.readouterr().err
    with pytest.raises(MapExportError, match="minimum first"):
        parse_extent("10,0,5,1")


def test_size_by_employees_enlarges_firms(qt_app, small_project):
    view = Viewport.from_extent(*EXTENT, *SIZE)
    x, y = (round(float(v)) for v in view.lonlat_to_pixel(*ENTERPRISE_AT))
    renderer = MapRenderer(small_project, layers=["stakeholders"])
    renderer.decorations = False
    plain = renderer.render(view)
    renderer.size_by_employees = True  # 40 employees: twice the diameter
    sized = renderer.render(view)
    enterprise = stakeholder_style("enterprise").colour
    assert _close(plain.pixelColor(x + 8, y), "#ffffff") and _close(sized.pixelColor(x + 8, y), enterprise)


def test_render_map_png_for_documents(qt_app, small_project):
    from clusterdesk.render import render_map_png

    data = render_map_png(small_project, 300, 200, EXTENT, dpi=150)
    assert data.startswith(b"\x89PNG")
    image = QImage.fromData(data)
    assert (image.width(), image.height()) == (300, 200)


def test_a_project_with_nothing_located_opens_on_its_country_proper(qt_app, tmp_path):
    from clusterdesk.core.project import Project
    from clusterdesk.render.export import default_extent

    project = Project.new(tmp_path / "ecuador.gpkg", "Cluster", country="EC", sector_code="1410")
    try:
        west, south, east, north = default_extent(MapRenderer(project))
    finally:
        project.close()
    assert -81.5 < west < -80.0 and east < -75.0  # the mainland; the Galápagos lie near 90° west
    assert -5.5 < south and north < 2.0
